//! Yew components. Thin: they place text that [`crate::present`] prepared and
//! never touch `window`, `document` or `history` (that is [`crate::web`]'s job).

mod card;
mod card_grid;
mod data_notice;
mod root;
mod widget;

pub use card::{Card, CardProps};
pub use card_grid::{CardGrid, CardGridProps};
pub use data_notice::{DataError, DataErrorProps, DataNotice, DataNoticeProps};
pub use root::{DataState, Root, RootProps};
pub use widget::{Widget, WidgetProps};

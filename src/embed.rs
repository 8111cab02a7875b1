//! An editor's settings for one widget: the `data-*` attributes (or `mount()`
//! options) read into typed [`options::EmbedOptions`], the colour theme, and
//! the locked scope that narrows the data before indexing.

pub mod options;
pub mod scope;
pub mod settings;
pub mod theme;

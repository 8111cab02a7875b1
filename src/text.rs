//! Text rules shared by search and sorting: Nordic-aware folding of case and
//! diacritics, and title order per interface language.

pub mod collate;
pub mod fold;
pub mod marks;

//! Text rules shared by search, sorting and the files the widget writes:
//! Nordic-aware folding of case and diacritics, title order per interface
//! language, and text written as a JSON string.

pub mod collate;
pub mod fold;
pub mod json_string;
pub mod marks;

//! The current view as files a visitor takes away: a spreadsheet (CSV, in the
//! form [`crate::sheet`] describes) and schema-v1 JSON that the widget (and its
//! `data-src`) reads back; and the names those files get.

mod csv_file;
mod file_name;
mod json_file;

pub use csv_file::to_csv;
pub use file_name::file_name;
pub use json_file::to_json;

/// The kinds of file the view can be saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, UTF-8 with a byte-order mark.
    Csv,
    /// Schema-version-1 JSON.
    Json,
}

impl Format {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// The media type the file is offered as.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
        }
    }

    /// The records as a file of this format.
    pub fn write<'a>(self, records: impl IntoIterator<Item = &'a crate::model::Partnership>) -> String {
        match self {
            Format::Csv => to_csv(records),
            Format::Json => to_json(records),
        }
    }
}

//! Languages that data text may be written in.

use super::code_enum::code_enum;

code_enum! {
    /// A language of data text: the keys of a localised text and a source's language.
    pub enum DataLang {
        /// English.
        En = "en",
        /// Norwegian Bokmål.
        Nb = "nb",
        /// Norwegian Nynorsk.
        Nn = "nn",
        /// Swedish.
        Sv = "sv",
        /// Danish.
        Da = "da",
        /// Finnish.
        Fi = "fi",
        /// Icelandic.
        Is = "is",
    }
}

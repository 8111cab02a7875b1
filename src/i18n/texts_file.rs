//! A language's [`Texts`] as a file of its own: a header line, then every
//! text in the order `Texts` declares them, one per line. The published
//! widget carries only the English table and fetches the language it speaks
//! as this file (`dist/texts/<tag>.txt`, written by the prerender tool and
//! sealed into `embed.js`); Rust apps and the native tools keep every table
//! compiled in. The order comes from the struct itself (`texts_table!`), so
//! a new text needs no second list.

use std::fmt;

use super::{Texts, UiLang};

/// The first line's words before the tag and the count.
const MAGIC: &str = "nordic-partnerships texts 1";

/// Declares `Texts` and the walk over its fields in declaration order.
macro_rules! texts_table {
    ($(#[$meta:meta])* pub struct Texts { $( $(#[$fmeta:meta])* pub $field:ident: $ty:ty, )+ }) => {
        $(#[$meta])*
        pub struct Texts { $( $(#[$fmeta])* pub $field: $ty, )+ }

        impl Texts {
            /// How many texts a table holds (an array's items each).
            pub(crate) const COUNT: usize = 0 $( + <$ty as texts_file::TextField>::COUNT )+;

            /// Every text, in declaration order (an array's items in turn).
            pub(crate) fn lines(&self) -> Vec<&'static str> {
                let mut out = Vec::with_capacity(Self::COUNT);
                $( texts_file::TextField::put(&self.$field, &mut out); )+
                out
            }

            /// A table from its texts in declaration order (the indices are
            /// known when this is compiled: straight copies, no checks).
            pub(crate) fn from_lines(lines: &[&'static str; Self::COUNT]) -> Texts {
                let mut at = 0;
                Texts { $( $field: texts_file::TextField::take(lines, &mut at), )+ }
            }
        }
    };
}
pub(super) use texts_table;

/// A field of [`Texts`]: one text, or a fixed list of them.
pub(super) trait TextField: Sized {
    /// How many texts it holds.
    const COUNT: usize;
    fn put(&self, out: &mut Vec<&'static str>);
    fn take(lines: &[&'static str], at: &mut usize) -> Self;
}

impl TextField for &'static str {
    const COUNT: usize = 1;

    fn put(&self, out: &mut Vec<&'static str>) {
        out.push(self);
    }

    fn take(lines: &[&'static str], at: &mut usize) -> Self {
        let text = lines.get(*at).copied().unwrap_or_default();
        *at += 1;
        text
    }
}

impl<const N: usize> TextField for [&'static str; N] {
    const COUNT: usize = N;

    fn put(&self, out: &mut Vec<&'static str>) {
        out.extend(self);
    }

    fn take(lines: &[&'static str], at: &mut usize) -> Self {
        std::array::from_fn(|_| <&'static str>::take(lines, at))
    }
}

/// Why a texts file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextsFileError {
    /// The first line is not this format's, for this language.
    Header,
    /// It holds a different number of texts than this build's table.
    Count {
        /// How many the file has.
        found: usize,
        /// How many the table has.
        expected: usize,
    },
}

impl fmt::Display for TextsFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextsFileError::Header => f.write_str("not a texts file for this language"),
            TextsFileError::Count { found, expected } => {
                write!(f, "{found} texts where this build has {expected}: the file is from another release")
            }
        }
    }
}

impl Texts {
    /// The file of `lang`'s texts, for a published widget to fetch.
    ///
    /// # Panics
    ///
    /// When a text holds a line break, which the format cannot carry (a build
    /// tool's check: the tests hold every table to it).
    pub fn to_file(&self, lang: UiLang) -> String {
        let lines = self.lines();
        let mut out = format!("{MAGIC} {} {}\n", lang.tag(), lines.len());
        for line in lines {
            assert!(!line.contains(['\n', '\r']), "{lang:?}: a text with a line break: {line:?}");
            out.push_str(line);
            out.push('\n');
        }
        out
    }

    /// Reads `lang`'s texts from a file [`Texts::to_file`] wrote. Checked before
    /// it is kept (the caller keeps `text` for as long as the page lives).
    ///
    /// # Errors
    ///
    /// [`TextsFileError`] when the header or the number of texts does not match.
    pub fn from_file(text: &'static str, lang: UiLang) -> Result<Texts, TextsFileError> {
        Texts::check_file(text, lang)?;
        let lines: Vec<&'static str> = text.strip_suffix('\n').unwrap_or(text).split('\n').skip(1).collect();
        let lines: &[&'static str; Texts::COUNT] = lines
            .as_slice()
            .try_into()
            .map_err(|_| TextsFileError::Count { found: lines.len(), expected: Texts::COUNT })?;
        Ok(Texts::from_lines(lines))
    }

    /// Whether `text` is `lang`'s texts file for this build (its header and its
    /// number of texts), before anything of it is kept.
    ///
    /// # Errors
    ///
    /// [`TextsFileError`] when the header or the number of texts does not match.
    pub fn check_file(text: &str, lang: UiLang) -> Result<(), TextsFileError> {
        let mut lines = text.strip_suffix('\n').unwrap_or(text).split('\n');
        let header = lines.next().unwrap_or_default();
        let found = || header.strip_prefix(MAGIC)?.strip_prefix(' ')?.strip_prefix(lang.tag())?.strip_prefix(' ');
        let Some(count) = found().and_then(|n| n.parse::<usize>().ok()) else {
            return Err(TextsFileError::Header);
        };
        let expected = Texts::COUNT;
        let found = lines.count();
        if count != expected || found != expected {
            return Err(TextsFileError::Count { found: if count == expected { found } else { count }, expected });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leak(text: String) -> &'static str {
        Box::leak(text.into_boxed_str())
    }

    #[test]
    fn every_table_goes_to_a_file_and_back_unchanged() {
        for lang in UiLang::ALL {
            let file = leak(lang.texts().to_file(lang));
            let read = Texts::from_file(file, lang).expect("reads back");
            assert_eq!(read.lines(), lang.texts().lines(), "{lang:?}");
        }
    }

    #[test]
    fn a_file_for_another_language_or_release_is_refused() {
        let file = leak(UiLang::Is.texts().to_file(UiLang::Is));
        assert_eq!(Texts::from_file(file, UiLang::Sv).err(), Some(TextsFileError::Header));
        let n = UiLang::Is.texts().lines().len();
        let short = leak(file.replacen(&format!(" {n}\n"), &format!(" {}\n", n - 1), 1));
        assert_eq!(
            Texts::from_file(short, UiLang::Is).err(),
            Some(TextsFileError::Count { found: n - 1, expected: n })
        );
        let cut =
            leak(file.rsplit_once("\n").map(|(a, _)| a).unwrap_or_default().rsplit_once('\n').unwrap().0.to_owned());
        assert!(matches!(Texts::from_file(cut, UiLang::Is), Err(TextsFileError::Count { .. })));
        assert_eq!(Texts::from_file("", UiLang::Is).err(), Some(TextsFileError::Header));
        assert_eq!(
            Texts::from_file("<!doctype html>\n<p>Not found</p>", UiLang::Is).err(),
            Some(TextsFileError::Header)
        );
    }
}

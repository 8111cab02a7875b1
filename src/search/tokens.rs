//! Splitting text into words, with their byte offsets in the original text.
//!
//! A word is a maximal run of letters, digits and combining marks; anything
//! else (spaces, hyphens, apostrophes, punctuation) separates words. So
//! `Sør-Trøndelag` is two words, and `e` + combining acute stays one.

use crate::text::fold::Folder;
use crate::text::marks::is_combining_mark;

/// Whether `c` belongs inside a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The words of `text`, each as (byte offset of its start, the word).
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator of [`words`]; ASCII text, the common case, is read byte by byte.
pub(crate) struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Words<'_> {
    /// The character at `pos`, if any, and whether it belongs in a word.
    fn peek(&self) -> Option<(char, bool)> {
        match self.text.as_bytes().get(self.pos) {
            Some(&b) if b.is_ascii() => Some((char::from(b), b.is_ascii_alphanumeric())),
            Some(_) => self.text.get(self.pos..)?.chars().next().map(|c| (c, is_word_char(c))),
            None => None,
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        loop {
            let (c, in_word) = self.peek()?;
            if in_word {
                break;
            }
            self.pos += c.len_utf8();
        }
        let start = self.pos;
        while let Some((c, true)) = self.peek() {
            self.pos += c.len_utf8();
        }
        self.text.get(start..self.pos).map(|word| (start, word))
    }
}

/// Folds one word into `out` (cleared first) as characters.
pub(crate) fn fold_word(word: &str, out: &mut Vec<char>) {
    out.clear();
    let mut folder = Folder::default();
    for c in word.chars() {
        folder.push(c, &mut |f| out.push(f));
    }
}

/// The byte length of the shortest start of `word` whose folded form has at
/// least `n_folded` characters, stretched over any following characters that
/// fold to nothing (the second `a` of `Aa`, a combining accent). Used to
/// highlight exactly the typed part of a prefix match.
pub(crate) fn original_len_of_folded_prefix(word: &str, n_folded: usize) -> usize {
    let mut folder = Folder::default();
    let mut written = 0;
    let mut end = 0;
    for (i, c) in word.char_indices() {
        let n = folder.push(c, &mut |_| {});
        if written >= n_folded && n > 0 {
            break;
        }
        written += n;
        end = i + c.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_everything_but_letters_digits_and_marks() {
        let got: Vec<(usize, &str)> = words("Sør-Trøndelag: 5G, e\u{301}! partners'").collect();
        assert_eq!(got, [(0, "Sør"), (5, "Trøndelag"), (17, "5G"), (21, "e\u{301}"), (26, "partners")]);
        assert_eq!(words("  ").count(), 0);
        assert_eq!(words("").count(), 0);
    }

    #[test]
    fn folded_prefix_maps_back_to_original_bytes() {
        for (word, n, want) in [
            ("Aarhus", 1, "Aa"),
            ("Aarhus", 2, "Aar"),
            ("Umeå", 4, "Umeå"),
            ("Høyskolen", 2, "Hø"),
            ("Västerbotten", 3, "Väs"),
            ("cafe\u{301}s", 4, "cafe\u{301}"),
            ("abc", 0, ""),
            ("abc", 9, "abc"),
        ] {
            let len = original_len_of_folded_prefix(word, n);
            assert_eq!(&word[..len], want, "{word:?} {n}");
        }
    }
}

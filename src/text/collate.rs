//! Sort keys for titles and names in each interface language's alphabet.
//!
//! A small table rather than a full collation library: `icu_collator` with its
//! compiled data would add several hundred kilobytes of wasm for what the
//! widget needs, which is the order of Latin-script titles in seven
//! languages. Each language's own letters are one [`Alphabet`] (its letters
//! between the base letters, its letters after `z`), following CLDR's
//! tailorings, named in the language's line of `i18n`'s table:
//!
//! - **Swedish, Finnish**: `å` `ä` `ö` are letters after `z`; `æ` sorts as
//!   `ä`, `ø` (and `œ`, Finnish `õ`) as `ö`; `w` is `v`'s equal at first, as
//!   the base letters are (it is a letter of its own, after `v`).
//! - **Norwegian (Bokmål and Nynorsk), Danish**: `æ` `ø` `å` are letters
//!   after `z`; `ä` sorts as `æ`, `ö` as `ø`, and the old spelling `aa` as `å`
//!   (so Aarhus sorts with Århus, at the end).
//! - **Icelandic**: `a á b d ð e é f g h i í j k l m n o ó p r s t u ú v x y ý
//!   þ æ ö` — the accented vowels and `ð` are letters of their own right after
//!   their base letters; `þ`, `æ` (with `ä`) and `ö` (with `ø`) follow `z`.
//! - **English**: Nordic letters are their base letters (`å`→a, `ø`→o,
//!   `æ`→ae).
//! - **All**: `ü` sorts as `y` in the Nordic languages; `ð`/`đ` as d, `þ` as
//!   th, `ß` as ss where the language has no letter of its own for them;
//!   other accents are ignored at first (`é` as e); case is ignored at first;
//!   punctuation is ignored; a space sorts before any letter (so "Care
//!   Norway" comes before "Caremark"); digits come before letters; letters of
//!   other scripts come after the Latin ones.
//!
//! Strings that tie on all of that are ordered by their characters, so the
//! order is total and deterministic.

use std::cmp::Ordering;

use crate::i18n::{Alphabet, UiLang};
use crate::text::marks::base_letter;

/// A sort key: compare keys instead of strings to sort many times cheaply.
/// It is a byte string (each weight as two big-endian bytes, then two zero
/// bytes, then the text's UTF-8 for the tie-break), so comparing two keys is
/// one `memcmp`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortKey(Vec<u8>);

impl SortKey {
    /// The key as bytes; byte order is sort order.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

/// Whether `a` and `b` sort text alike (Danish and Norwegian do; Finnish
/// differs from Swedish in `õ`), so keys made for one serve the other.
pub fn same_rules(a: UiLang, b: UiLang) -> bool {
    std::ptr::eq(a.alphabet(), b.alphabet())
}

/// Weight of a run of whitespace between words.
const SPACE: u16 = 1;
/// Weights of the digits 0–9 start here.
const DIGIT: u16 = 10;
/// Weights of the letters a–z start here, two apart: a language's own
/// letter after a base letter takes the odd weight between.
const LETTER: u16 = 100;
/// Letters after z: the first of them.
const AFTER_Z: u16 = LETTER + 52;
/// Letters of other scripts: this plus the code point (capped), after all Latin letters.
const OTHER: u16 = 1000;

/// The sort key of `text` in `lang`'s alphabet.
///
/// ```
/// use nordic_partnerships::text::collate::sort_key;
/// use nordic_partnerships::i18n::UiLang;
/// assert!(sort_key("Örebro", UiLang::Sv) > sort_key("Zürich", UiLang::Sv));
/// assert!(sort_key("Örebro", UiLang::En) < sort_key("Zürich", UiLang::En));
/// ```
pub fn sort_key(text: &str, lang: UiLang) -> SortKey {
    let mut b = KeyBuilder {
        key: Vec::with_capacity(text.len() * 3 + 2),
        pending_space: false,
        lang,
        alphabet: lang.alphabet(),
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // Danish and Norwegian read `aa` as `å`.
        if c.eq_ignore_ascii_case(&'a')
            && b.alphabet.aa_is_a_ring
            && chars.peek().is_some_and(|n| n.eq_ignore_ascii_case(&'a'))
        {
            chars.next();
            if let Some(w) = own_letter('å', b.alphabet) {
                b.push_weights(&[w]);
            }
        } else if c.is_ascii() {
            b.push_lower(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(|lower| b.push_lower(lower));
        }
    }
    // Ties are broken by the text itself, after a separator below every weight.
    b.key.extend_from_slice(&[0, 0]);
    b.key.extend_from_slice(text.as_bytes());
    SortKey(b.key)
}

struct KeyBuilder {
    key: Vec<u8>,
    /// A space was seen after some letter: written before the next letter, so
    /// leading, trailing and repeated spaces count once or not at all.
    pending_space: bool,
    lang: UiLang,
    alphabet: &'static Alphabet,
}

impl KeyBuilder {
    fn push_lower(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = !self.key.is_empty();
            return;
        }
        if c.is_ascii() {
            if let Some(w) = base_weight(c) {
                self.push_weights(&[w]);
            }
            return;
        }
        if let Some(w) = own_letter(c, self.alphabet) {
            self.push_weights(&[w]);
            return;
        }
        match tailored(c, self.lang) {
            Some(Tailored::Spelled(s)) => {
                let weights: Vec<u16> = s.chars().filter_map(base_weight).collect();
                self.push_weights(&weights);
            }
            None => {
                let weight = base_letter(c).and_then(base_weight);
                self.push_weights(weight.as_slice());
            }
        }
    }

    /// Writes weights, after the pending space if there is one; punctuation
    /// (no weights) writes nothing and keeps the space pending.
    fn push_weights(&mut self, weights: &[u16]) {
        if weights.is_empty() {
            return;
        }
        if self.pending_space {
            self.key.extend_from_slice(&SPACE.to_be_bytes());
            self.pending_space = false;
        }
        for w in weights {
            self.key.extend_from_slice(&w.to_be_bytes());
        }
    }
}

/// Compares two strings in `lang`'s alphabet.
pub fn compare(a: &str, b: &str, lang: UiLang) -> Ordering {
    sort_key(a, lang).cmp(&sort_key(b, lang))
}

enum Tailored {
    Spelled(&'static str),
}

/// The weight of a lower-case character that is a letter of `alphabet`'s own.
fn own_letter(c: char, alphabet: &Alphabet) -> Option<u16> {
    if let Some(&(_, base)) = alphabet.after_letter.iter().find(|(letter, _)| *letter == c) {
        return base_weight(base).map(|w| w + 1);
    }
    let place = alphabet.after_z.iter().position(|letters| letters.contains(c))?;
    Some(AFTER_Z + u16::try_from(place).unwrap_or(u16::MAX - AFTER_Z))
}

/// What a lower-case character that is not a letter of the language's own
/// sorts as, where that is not its base letter.
fn tailored(c: char, lang: UiLang) -> Option<Tailored> {
    use Tailored::Spelled;
    Some(match c {
        'ü' | 'ű' if lang != UiLang::En => Spelled("y"),
        'æ' => Spelled("ae"),
        'ø' => Spelled("o"),
        'œ' => Spelled("oe"),
        'ß' => Spelled("ss"),
        'ð' | 'đ' => Spelled("d"),
        'þ' => Spelled("th"),
        'ł' => Spelled("l"),
        'ı' => Spelled("i"),
        _ => return None,
    })
}

/// The primary weight of a lower-case base character, or `None` for punctuation.
fn base_weight(c: char) -> Option<u16> {
    if c.is_ascii_lowercase() {
        return Some(LETTER + 2 * (c as u16 - 'a' as u16));
    }
    if c.is_ascii_digit() {
        return Some(DIGIT + (c as u16 - '0' as u16));
    }
    let capped = u16::try_from(u32::from(c)).unwrap_or(u16::MAX);
    c.is_alphanumeric().then(|| OTHER.saturating_add(capped))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row lists strings in the order `lang` sorts them.
    fn check(lang: UiLang, sorted: &[&str]) {
        let mut shuffled: Vec<&str> = sorted.iter().rev().copied().collect();
        shuffled.sort_by(|a, b| compare(a, b, lang));
        assert_eq!(shuffled, sorted, "{lang:?}");
    }

    #[test]
    fn swedish_and_finnish_put_a_ring_a_umlaut_o_umlaut_after_z() {
        let list = ["Alfa", "Umeå", "Umeå universitet", "Zeta", "Åre", "Älvsbyn", "Ærø", "Örebro", "Øresund"];
        check(UiLang::Sv, &list);
        check(UiLang::Fi, &list);
        check(UiLang::Sv, &["Tyskland", "Über", "Zeta"]);
    }

    #[test]
    fn norwegian_and_danish_put_ae_o_slash_a_ring_after_z() {
        let list = ["Alfa", "Zeta", "Ælle", "Ærø", "Æz", "Öland", "Ørsted", "Ålesund", "Aarhus"];
        check(UiLang::Nb, &list);
        check(UiLang::Da, &list);
        assert_eq!(compare("Ärø", "Ærø", UiLang::Da), Ordering::Less, "ä ties with æ until the tie-break");
    }

    #[test]
    fn icelandic_has_its_accented_letters_after_their_base_and_thorn_ae_o_umlaut_after_z() {
        check(
            UiLang::Is,
            &[
                "Akranes",
                "Azur",
                "Álftanes",
                "Bad",
                "Bað",
                "Bae",
                "Egilsstaðir",
                "Ezra",
                "Éljagangur",
                "Izmir",
                "Ísafjörður",
                "Oz",
                "Ólafsvík",
                "Uz",
                "Úlfljótsvatn",
                "Yz",
                "Ýmir",
                "Zeta",
                "Þingvellir",
                "Æðey",
                "Ögur",
            ],
        );
        // Other languages read the same letters as their base letters (Swedish: ö after z still).
        check(UiLang::En, &["Akranes", "Álftanes", "Azur", "Ísafjörður", "Izmir", "Þingvellir"]);
    }

    #[test]
    fn english_uses_base_letters() {
        check(UiLang::En, &["Aarhus", "Ærø", "Ålesund", "Örebro", "Øresund", "Zeta"]);
    }

    #[test]
    fn languages_with_the_same_rules_give_the_same_keys() {
        let samples = ["Aarhus", "Ærø", "Øresund", "Åre", "Tõnu", "Über", "Zeta 5", "Þingvellir"];
        for a in UiLang::ALL {
            for b in UiLang::ALL {
                let alike = samples.iter().all(|s| sort_key(s, a) == sort_key(s, b));
                assert_eq!(same_rules(a, b), alike, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn case_accents_punctuation_spaces_and_digits() {
        check(UiLang::En, &["5G pilot", "AI lab", "ai-based", "Café", "cafeteria", "Care Norway", "Caremark"]);
        assert_eq!(compare("abc", "ABC", UiLang::Sv), Ordering::Greater, "ties broken by code point");
        assert_eq!(compare("x", "x", UiLang::Sv), Ordering::Equal);
        check(UiLang::Sv, &["Zeta", "Ωmega", "北京"]);
    }
}

//! Plural forms, in one place: which form of a counted word each interface
//! language uses for a number. The rules are the Unicode CLDR plural rules
//! (`common/supplemental/plurals.xml`, unchanged for these languages since
//! CLDR 24) restricted to whole numbers — the widget counts partnerships,
//! entries and years, never fractions — where CLDR's operands are `i = n`,
//! `v = 0`, `t = 0`. Every language here has two forms for whole numbers,
//! `one` and `other`; a language with more (e.g. `few`) would add a variant.
//!
//! Written as a table rather than taken from `intl_pluralrules` or ICU4X's
//! `icu_plurals`: those carry every locale's rules and operand parsing for
//! fractions, which the widget never needs, while the seven rules below are
//! two lines of arithmetic. Measured on 2026-12-07 with a probe crate built
//! like the widget (a wasm export `plural(language, n)` for these seven
//! languages, `wasm-opt -Oz`, gzip -9): `intl_pluralrules` 7.0.2 with
//! `unic-langid` 10 376 B, this table 338 B. README, "Adding a language",
//! says how to copy a new language's rule from CLDR.

/// A plural form (CLDR's category).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// CLDR `one`: the form used for 1 (and, in Icelandic, 21, 31, …).
    One,
    /// CLDR `other`: every other number.
    Other,
}

/// A language's rule: the form for a whole number.
pub type PluralRule = fn(u64) -> Plural;

/// English, Swedish, Finnish (`one: i = 1 and v = 0`), Norwegian Bokmål and
/// Nynorsk (`one: n = 1`) and Danish (`one: n = 1 or t != 0 and i = 0,1`):
/// for whole numbers, exactly 1.
pub fn one_is_1(n: u64) -> Plural {
    if n == 1 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Icelandic (`one: t = 0 and i % 10 = 1 and i % 100 != 11 or t % 10 = 1
/// and t % 100 != 11`): for whole numbers, those ending in 1 but not in 11 —
/// 1, 21, 31, 101, 121, but not 11 or 111.
pub fn icelandic(n: u64) -> Plural {
    if n % 10 == 1 && n % 100 != 11 {
        Plural::One
    } else {
        Plural::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERS: [u64; 9] = [0, 1, 2, 5, 11, 21, 22, 101, 111];

    #[test]
    fn the_rules_give_cldrs_forms() {
        use Plural::{One as O, Other as X};
        assert_eq!(NUMBERS.map(one_is_1), [X, O, X, X, X, X, X, X, X]);
        assert_eq!(NUMBERS.map(icelandic), [X, O, X, X, X, O, X, O, X]);
        // CLDR's own samples for Icelandic `one`: 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001.
        for n in [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001] {
            assert_eq!(icelandic(n), O, "{n}");
        }
        // … and for `other`: 0, 2–16, 100, 1000, 10000, 100000, 1000000.
        for n in (2..=16).chain([0, 100, 1000, 10_000, 100_000, 1_000_000]) {
            assert_eq!(icelandic(n), X, "{n}");
        }
    }
}

//! Each interface language's alphabet, for title order (`text::collate`
//! reads it): the letters a language has of its own, where they go. Data,
//! from CLDR's collation tailorings; named in the language's line of the
//! `ui_langs!` table.

/// A language's own letters, where they differ from the base letters a–z.
pub struct Alphabet {
    /// Letters of their own right after a base letter: `(letter, base)`
    /// (Icelandic `á` after `a`).
    pub after_letter: &'static [(char, char)],
    /// Letters after `z`, in order; each entry lists the characters that
    /// share that place (Swedish `"äæ"`: `æ` sorts as `ä`).
    pub after_z: &'static [&'static str],
    /// Whether `aa` sorts as the letter holding `å` (Danish and Norwegian names).
    pub aa_is_a_ring: bool,
}

/// English: the base letters only; Nordic letters sort as their base letters.
pub const BASE_LETTERS_ONLY: Alphabet = Alphabet { after_letter: &[], after_z: &[], aa_is_a_ring: false };
/// Swedish: å ä ö after z.
pub const SWEDISH: Alphabet = Alphabet { after_letter: &[], after_z: &["å", "äæ", "öøœő"], aa_is_a_ring: false };
/// Finnish: as Swedish, and Estonian õ with ö.
pub const FINNISH: Alphabet =
    Alphabet { after_letter: &[], after_z: &["å", "äæ", "öøœőõ"], aa_is_a_ring: false };
/// Danish and Norwegian (Bokmål and Nynorsk): æ ø å after z; aa as å.
pub const DANO_NORWEGIAN: Alphabet =
    Alphabet { after_letter: &[], after_z: &["æä", "øöő", "å"], aa_is_a_ring: true };
/// Icelandic: a á b d ð e é f g h i í j k l m n o ó p r s t u ú v x y ý þ æ ö.
pub const ICELANDIC: Alphabet = Alphabet {
    after_letter: &[('á', 'a'), ('ð', 'd'), ('é', 'e'), ('í', 'i'), ('ó', 'o'), ('ú', 'u'), ('ý', 'y')],
    after_z: &["þ", "æä", "öøő", "å"],
    aa_is_a_ring: false,
};

//! A fast, non-cryptographic hash for the index build's tables.

use std::hash::{BuildHasherDefault, Hasher};

/// A fast, non-cryptographic hash (the Firefox/rustc "Fx" hash) for the
/// build's word tables: SipHash's protection against crafted collisions is
/// not needed for the site's own data, and hashing was a large part of the
/// build time.
pub(crate) type FastHash = BuildHasherDefault<FxHasher>;

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            for (w, b) in word.iter_mut().zip(chunk) {
                *w = *b;
            }
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn equal_input_equal_hash_and_words_spread() {
        let h = |s: &str| FastHash::default().hash_one(s);
        assert_eq!(h("umea"), h("umea"));
        let words = ["umea", "umeb", "helse", "helseklynge", "a", "ab", "ba", "synthetic"];
        let mut hashes: Vec<u64> = words.iter().map(|w| h(w)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len());
    }
}

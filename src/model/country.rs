//! Countries: the five Nordic countries a partnership works in, and any
//! ISO 3166-1 alpha-2 code for where a partner is based.

use std::fmt;

use super::code_enum::code_enum;

code_enum! {
    /// A Nordic country, the only values a partnership's `countries` may hold
    /// (in the order facets list them), written as its ISO 3166-1 alpha-2 code.
    pub enum Country {
        /// Norway.
        No = "NO",
        /// Sweden.
        Se = "SE",
        /// Denmark.
        Dk = "DK",
        /// Finland.
        Fi = "FI",
        /// Iceland.
        Is = "IS",
    }
}

/// Every officially assigned ISO 3166-1 alpha-2 code, as one string of pairs.
const ISO_3166_ALPHA2: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGR\
GSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMF\
MGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSA\
SBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYE\
YTZAZMZW";

/// Any officially assigned ISO 3166-1 alpha-2 country code, e.g. `US`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses an upper-case, officially assigned code; `UK` or `se` give `None`.
    pub fn parse(code: &str) -> Option<CountryCode> {
        let bytes: [u8; 2] = code.as_bytes().try_into().ok()?;
        ISO_3166_ALPHA2.as_bytes().chunks_exact(2).any(|pair| pair == bytes).then_some(CountryCode(bytes))
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        // Only ASCII pairs from the table above are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The Nordic country this code names, if it is one.
    pub fn nordic(self) -> Option<Country> {
        Country::parse(self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_pairs_of_capitals() {
        let pairs: Vec<&[u8]> = ISO_3166_ALPHA2.as_bytes().chunks(2).collect();
        assert_eq!(pairs.len(), 249);
        assert!(pairs.windows(2).all(|w| w[0] < w[1]));
        assert!(ISO_3166_ALPHA2.bytes().all(|b| b.is_ascii_uppercase()));
    }

    #[test]
    fn nordic_and_other_codes() {
        assert_eq!(Country::parse("SE"), Some(Country::Se));
        assert_eq!(Country::parse("US"), None);
        assert_eq!(CountryCode::parse("US").map(|c| c.to_string()), Some("US".into()));
        assert_eq!(CountryCode::parse("IS").and_then(CountryCode::nordic), Some(Country::Is));
        for bad in ["", "se", "UK", "EU", "SWE", "S"] {
            assert_eq!(CountryCode::parse(bad), None, "{bad:?}");
        }
    }
}

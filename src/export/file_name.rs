//! What a saved view's file is called: what it holds and when, e.g.
//! `partnerships-SE-digital_health-2026-12-01.csv`.

use crate::query::Query;
use crate::text::fold::fold;

/// The longest a name's description of the view gets, so a long search or
/// many ticked values still give a usable file name.
const MAX_DESCRIPTION: usize = 60;

/// `partnerships`, then the ticked values' codes (partners and the search text
/// as plain lower-case words), the year range, `date` (the visitor's
/// `YYYY-MM-DD`) and the extension. Only ASCII letters, digits, `-` and `_`.
pub fn file_name(query: &Query, date: &str, extension: &str) -> String {
    let mut parts: Vec<String> = query.selected().map(|value| slug(value.code())).collect();
    if !query.years.is_open() {
        let year = |y: Option<u16>| y.map(|y| y.to_string()).unwrap_or_default();
        parts.push(format!("{}-{}", year(query.years.from()), year(query.years.to())).trim_matches('-').to_owned());
    }
    if query.has_text() {
        parts.push(slug(&query.text));
    }
    let mut description = String::new();
    for part in parts.iter().filter(|p| !p.is_empty()) {
        if description.len() + part.len() + 1 > MAX_DESCRIPTION {
            break;
        }
        description.push('-');
        description.push_str(part);
    }
    format!("partnerships{description}-{}.{extension}", slug(date))
}

/// Letters and digits without their marks, the rest as single `-`; codes keep `_` and case.
fn slug(text: &str) -> String {
    let is_code = text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if is_code {
        return text.to_owned();
    }
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, FocusArea};
    use crate::query::{FacetValue, YearRange};

    #[test]
    fn names_what_the_view_holds() {
        let mut query = Query::new();
        assert_eq!(file_name(&query, "2026-12-01", "csv"), "partnerships-2026-12-01.csv");
        query.select(FacetValue::Country(Country::Se));
        query.select(FacetValue::FocusArea(FocusArea::DigitalHealth));
        assert_eq!(file_name(&query, "2026-12-01", "csv"), "partnerships-SE-digital_health-2026-12-01.csv");
        query.years = YearRange::new(Some(2015), None);
        query.text = "Umeå  sjukhus!".into();
        assert_eq!(
            file_name(&query, "2026-12-01", "json"),
            "partnerships-SE-digital_health-2015-umea-sjukhus-2026-12-01.json"
        );
    }

    #[test]
    fn partners_become_plain_words_and_long_views_are_cut() {
        let mut query = Query::new();
        query.select(FacetValue::Partner("Karolinska Institutet / KI".into()));
        assert_eq!(file_name(&query, "2026-12-01", "csv"), "partnerships-karolinska-institutet-ki-2026-12-01.csv");
        query.text = "x".repeat(200);
        let name = file_name(&query, "2026-12-01", "csv");
        assert!(name.len() < 100 && name.ends_with("-2026-12-01.csv"), "{name}");
        assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
    }
}

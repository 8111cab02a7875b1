//! Interface languages and every fixed string the widget shows: UI texts
//! (one table per language in `i18n/`), labels for the controlled
//! vocabularies, month names for dates, and which of a record's own texts a
//! reader of each language sees ([`reader_text`]).

mod alphabet;
mod da;
mod editor;
mod en;
pub mod fetched;
mod fi;
mod is;
mod labels;
mod nb;
mod nn;
mod plural;
pub mod reader_text;
mod sv;
mod texts_file;

pub use alphabet::Alphabet;
pub use editor::{fill, EditorTexts, PageTexts};
pub use labels::{Label, Labels};
pub use plural::{Plural, PluralRule};
pub use texts_file::TextsFileError;

use crate::model::DataLang;

/// Declares [`UiLang`] from one line per language: its variant, every tag
/// that picks it, its data language and its texts. Adding a language is a
/// line here, its `Texts` table and its labels; every `match` on `UiLang`
/// that must learn of it fails to compile until it does, and `embed.js`
/// takes its language list from this table at build time (`embed-texts`).
macro_rules! ui_langs {
    ($( $(#[$meta:meta])* $name:ident: tags [$($tag:literal),+], data $data:ident, plural $plural:path, alphabet $alphabet:path, texts $texts:path, labels $labels:path, editor $editor:path, page $page:path, load_failed $failed:path; )+) => {
        /// A language the interface is available in.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum UiLang {
            $( $(#[$meta])* $name, )+
        }

        impl UiLang {
            /// Every interface language, in the order a language switch lists them.
            pub const ALL: [UiLang; [$(UiLang::$name),+].len()] = [$(UiLang::$name),+];

            /// Every primary language tag that picks an interface language (`no`
            /// picks Bokmål), in the table's order.
            pub const TAGS: &'static [(&'static str, UiLang)] = &[$( $( ($tag, UiLang::$name), )+ )+];

            /// The data language whose text suits readers of this interface language.
            pub fn data_lang(self) -> DataLang {
                match self {
                    $( UiLang::$name => DataLang::$data, )+
                }
            }

            /// The fixed interface texts. The published widget (feature
            /// `fetched-texts`) carries English only and reads the others from
            /// [`fetched`]; until a language's file is there, its texts are
            /// English ([`UiLang::has_texts`] says whether they are here).
            pub fn texts(self) -> &'static Texts {
                #[cfg(all(feature = "fetched-texts", target_arch = "wasm32"))]
                return fetched::get(self).unwrap_or(&en::TEXTS);
                #[cfg(not(all(feature = "fetched-texts", target_arch = "wasm32")))]
                self.compiled_texts()
            }

            /// The texts compiled in (all but English left out of the published widget).
            #[cfg_attr(all(feature = "fetched-texts", target_arch = "wasm32"), allow(dead_code))]
            fn compiled_texts(self) -> &'static Texts {
                match self {
                    $( UiLang::$name => &$texts, )+
                }
            }

            /// Whether this language's own texts are here: always, except in
            /// the published widget before its file was fetched.
            pub fn has_texts(self) -> bool {
                #[cfg(all(feature = "fetched-texts", target_arch = "wasm32"))]
                return self == UiLang::En || fetched::get(self).is_some();
                #[cfg(not(all(feature = "fetched-texts", target_arch = "wasm32")))]
                true
            }

            /// The plural form this language uses for `n` (CLDR rules, `i18n/plural.rs`).
            pub fn plural(self, n: usize) -> Plural {
                let rule: PluralRule = match self {
                    $( UiLang::$name => $plural, )+
                };
                rule(u64::try_from(n).unwrap_or(u64::MAX))
            }

            /// The alphabet titles are ordered by ([`Alphabet`]).
            pub fn alphabet(self) -> &'static Alphabet {
                match self {
                    $( UiLang::$name => &$alphabet, )+
                }
            }

            /// The language's own name and its vocabulary labels ([`Labels`]).
            pub fn labels(self) -> &'static Labels {
                match self {
                    $( UiLang::$name => &$labels, )+
                }
            }

            /// The words of the editors' tools: `validate` and the validator page
            /// ([`EditorTexts`]; the widget itself never reads them).
            pub fn editor(self) -> &'static EditorTexts {
                match self {
                    $( UiLang::$name => &$editor, )+
                }
            }

            /// The validator page's own words ([`PageTexts`]).
            pub fn page(self) -> &'static PageTexts {
                match self {
                    $( UiLang::$name => &$page, )+
                }
            }

            /// What `embed.js` shows when the widget's code could not be loaded.
            pub fn load_failed(self) -> &'static str {
                match self {
                    $( UiLang::$name => $failed, )+
                }
            }
        }
    };
}

ui_langs! {
    /// English.
    #[default]
    En: tags ["en"], data En, plural plural::one_is_1, alphabet alphabet::BASE_LETTERS_ONLY, texts en::TEXTS, labels en::LABELS, editor en::EDITOR, page en::PAGE, load_failed en::LOAD_FAILED;
    /// Norwegian Bokmål (also for the bare `no`).
    Nb: tags ["nb", "no"], data Nb, plural plural::one_is_1, alphabet alphabet::DANO_NORWEGIAN, texts nb::TEXTS, labels nb::LABELS, editor nb::EDITOR, page nb::PAGE, load_failed nb::LOAD_FAILED;
    /// Norwegian Nynorsk.
    Nn: tags ["nn"], data Nn, plural plural::one_is_1, alphabet alphabet::DANO_NORWEGIAN, texts nn::TEXTS, labels nn::LABELS, editor nn::EDITOR, page nn::PAGE, load_failed nn::LOAD_FAILED;
    /// Swedish.
    Sv: tags ["sv"], data Sv, plural plural::one_is_1, alphabet alphabet::SWEDISH, texts sv::TEXTS, labels sv::LABELS, editor sv::EDITOR, page sv::PAGE, load_failed sv::LOAD_FAILED;
    /// Danish.
    Da: tags ["da"], data Da, plural plural::one_is_1, alphabet alphabet::DANO_NORWEGIAN, texts da::TEXTS, labels da::LABELS, editor da::EDITOR, page da::PAGE, load_failed da::LOAD_FAILED;
    /// Finnish.
    Fi: tags ["fi"], data Fi, plural plural::one_is_1, alphabet alphabet::FINNISH, texts fi::TEXTS, labels fi::LABELS, editor fi::EDITOR, page fi::PAGE, load_failed fi::LOAD_FAILED;
    /// Icelandic.
    Is: tags ["is"], data Is, plural plural::icelandic, alphabet alphabet::ICELANDIC, texts is::TEXTS, labels is::LABELS, editor is::EDITOR, page is::PAGE, load_failed is::LOAD_FAILED;
}

impl UiLang {
    /// Picks a language from a BCP 47 tag such as `sv-FI`, `nn` or `no` by its
    /// primary subtag ([`UiLang::TAGS`]).
    ///
    /// ```
    /// use nordic_partnerships::UiLang;
    /// assert_eq!(UiLang::from_tag("is-IS"), Some(UiLang::Is));
    /// assert_eq!(UiLang::from_tag("no"), Some(UiLang::Nb));
    /// assert_eq!(UiLang::Is.count(21), "21 samstarfsverkefni");
    /// ```
    pub fn from_tag(tag: &str) -> Option<UiLang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        UiLang::TAGS.iter().find(|(t, _)| *t == primary).map(|&(_, lang)| lang)
    }

    /// The BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        self.data_lang().code()
    }

    /// The accepted tags, for messages: `en, nb, no, nn, sv, da, fi, is`.
    pub fn tags_list() -> String {
        UiLang::TAGS.iter().map(|(tag, _)| *tag).collect::<Vec<_>>().join(", ")
    }
}

texts_file::texts_table! {
/// The interface texts of one language.
#[derive(Debug)]
pub struct Texts {
    /// Accessible name of the widget region.
    pub widget_label: &'static str,
    /// Heading of the partner list on a card.
    pub partners: &'static str,
    /// Heading of the funder list on a card.
    pub funders: &'static str,
    /// Label before the countries.
    pub countries: &'static str,
    /// Label before the region.
    pub region: &'static str,
    /// Label before the focus areas.
    pub focus_areas: &'static str,
    /// Label before the period.
    pub period: &'static str,
    /// Label before the status.
    pub status: &'static str,
    /// Heading of the source list.
    pub sources: &'static str,
    /// Text of the end of an open period ("2019 – present").
    pub present: &'static str,
    /// Shown when the start date is not known.
    pub start_unknown: &'static str,
    /// Marks a link that opens in a new tab, for screen readers.
    pub opens_in_new_tab: &'static str,
    /// Says a source has no known web address.
    pub no_address: &'static str,
    /// Result count, one partnership: "{n}" is replaced.
    pub count_one: &'static str,
    /// Result count, several partnerships: "{n}" is replaced.
    pub count_many: &'static str,
    /// Notice that one record of the data could not be shown.
    pub rejected_notice_one: &'static str,
    /// Notice that some records of the data could not be shown: "{n}" is replaced.
    pub rejected_notice: &'static str,
    /// Notice when one record is shown with a value left out.
    pub incomplete_notice_one: &'static str,
    /// Notice when records are shown with values left out: "{n}" is replaced.
    pub incomplete_notice: &'static str,
    /// Message when the data cannot be read at all.
    pub data_error: &'static str,
    /// Label of the search box.
    pub search_label: &'static str,
    /// Example text inside the empty search box.
    pub search_placeholder: &'static str,
    /// Heading of the filter panel and its toggle button on small screens.
    pub filters: &'static str,
    /// Facet group: countries.
    pub facet_country: &'static str,
    /// Facet group: focus areas.
    pub facet_focus_area: &'static str,
    /// Facet group: kinds of partnership.
    pub facet_partnership_kind: &'static str,
    /// Facet group: kinds of partner organisation.
    pub facet_partner_kind: &'static str,
    /// Facet group: status.
    pub facet_status: &'static str,
    /// Facet group: named organisations.
    pub facet_partner: &'static str,
    /// Button under a long facet list.
    pub show_more_values: &'static str,
    /// Button under an expanded facet list.
    pub show_fewer_values: &'static str,
    /// Legend of the year range.
    pub years: &'static str,
    /// Label of the first year.
    pub year_from: &'static str,
    /// Label of the last year.
    pub year_to: &'static str,
    /// Label of the sort select.
    pub sort_label: &'static str,
    /// Sort option: best match.
    pub sort_relevance: &'static str,
    /// Sort option: newest start first.
    pub sort_newest: &'static str,
    /// Sort option: oldest start first.
    pub sort_oldest: &'static str,
    /// Sort option: by title.
    pub sort_title: &'static str,
    /// Accessible name of the list of active-filter chips.
    pub active_filters: &'static str,
    /// Accessible name of a chip's remove button: "{label}" is replaced.
    pub remove_filter: &'static str,
    /// Chip text for the search words: "{text}" is replaced.
    pub search_chip: &'static str,
    /// Button that removes every filter and the search text.
    pub clear_all: &'static str,
    /// Result count when filtered, total of one: "{n}" and "{total}" are replaced.
    pub count_of_one: &'static str,
    /// Result count when filtered: "{n}" and "{total}" are replaced.
    pub count_of_many: &'static str,
    /// Button under the grid: "{n}" is how many more are shown.
    pub show_more_results: &'static str,
    /// Heading when nothing matches.
    pub empty_title: &'static str,
    /// Text before the filters the visitor could loosen.
    pub empty_hint: &'static str,
    /// Shown while data loads.
    pub loading: &'static str,
    /// The result count's place while the words of a large file are still
    /// being indexed and a search with text waits for them.
    pub search_pending: &'static str,
    /// Accessible name of the group of buttons that save or share the results.
    pub view_actions: &'static str,
    /// The button that downloads the results as CSV.
    pub save_csv: &'static str,
    /// The button that downloads the results as JSON.
    pub save_json: &'static str,
    /// The button that copies a link to this view.
    pub copy_link: &'static str,
    /// Said when the link is on the clipboard.
    pub link_copied: &'static str,
    /// Label of the link shown when it could not be copied.
    pub copy_this_link: &'static str,
    /// The visible word before the "CSV" and "JSON" buttons (whose names are `save_csv`, `save_json`).
    pub download: &'static str,
    /// The details dialog's button that copies a link opening this partnership.
    pub copy_partnership_link: &'static str,
    /// A link named a partnership the list does not hold (`{id}`: the id from the link).
    pub unknown_partnership: &'static str,
    /// Accessible name of the map of countries (each country in it is a checkbox).
    pub map_label: &'static str,
    /// Under the timeline: one partnership has no start date, so is not in the chart.
    pub timeline_undated_one: &'static str,
    /// Under the timeline: {n} partnerships have no start date, so are not in the chart.
    pub timeline_undated: &'static str,
    /// The timeline in words, for screen readers: {first}, {last}, {peak} (the busiest year) and {n}.
    pub timeline_summary: &'static str,
    /// Button that opens a card's full details.
    pub details: &'static str,
    /// Button that closes the details.
    pub close: &'static str,
    /// Label of the language switch.
    pub language: &'static str,
    /// Shown when a record has no summary.
    pub no_summary: &'static str,
    /// First choice of a year select: no limit.
    pub any_year: &'static str,
    /// After the partners a card lists: "{n}" more are in the details.
    pub more_partners: &'static str,
    /// After a facet heading: "{n}" values ticked.
    pub selected_count: &'static str,
    /// Data error: the file could not be fetched.
    pub error_network: &'static str,
    /// Data error: the server answered with an error; "{status}" is replaced.
    pub error_http: &'static str,
    /// Data error: the file is not JSON (e.g. an HTML page).
    pub error_content_type: &'static str,
    /// Data error: the file is not valid JSON or not in the expected form.
    pub error_json: &'static str,
    /// Data error: the file is over the size cap.
    pub error_too_large: &'static str,
    /// Data error: the file did not match its published integrity hash.
    pub error_integrity: &'static str,
    /// Data error: the page holding the widget does not allow data from that address.
    pub error_not_allowed: &'static str,
    /// After "Status unknown" on a card: how old the newest evidence is (`{year}`).
    pub latest_source: &'static str,
    /// After "Status unknown" on a card whose sources carry no date.
    pub no_dated_source: &'static str,
    /// Under the status filter: what each status means.
    pub status_help: &'static str,
    /// Where editors find the details.
    pub error_details: &'static str,
    /// Shown when the widget itself failed.
    pub error_internal: &'static str,
    /// A date with its day: `{d}` the day, `{month}` the month's name, `{m}`
    /// its number, `{year}` the year ("5. mai 2022").
    pub full_date: &'static str,
    /// Month names, January first.
    pub months: [&'static str; 12],
}
}

impl UiLang {
    /// `one` or `other` of a pair of templates, by this language's plural rule.
    pub(crate) fn by_plural(self, n: usize, one: &'static str, other: &'static str) -> String {
        let template = match self.plural(n) {
            Plural::One => one,
            Plural::Other => other,
        };
        template.replace("{n}", &n.to_string())
    }

    /// "12 partnerships", with the right plural form.
    pub fn count(self, n: usize) -> String {
        let t = self.texts();
        self.by_plural(n, t.count_one, t.count_many)
    }

    /// "12 of 48 partnerships" (the word agrees with the total, as it is read).
    pub fn count_of(self, n: usize, total: usize) -> String {
        let t = self.texts();
        let template = match self.plural(total) {
            Plural::One => t.count_of_one,
            Plural::Other => t.count_of_many,
        };
        template.replace("{n}", &n.to_string()).replace("{total}", &total.to_string())
    }

    /// "3 entries could not be shown", with the number filled in.
    pub fn rejected(self, n: usize) -> String {
        let t = self.texts();
        self.by_plural(n, t.rejected_notice_one, t.rejected_notice)
    }

    /// "3 entries are shown without details that could not be read".
    pub fn incomplete(self, n: usize) -> String {
        let t = self.texts();
        self.by_plural(n, t.incomplete_notice_one, t.incomplete_notice)
    }

    /// "3 partnerships without a start date are not in the chart".
    pub fn timeline_undated(self, n: usize) -> String {
        let t = self.texts();
        self.by_plural(n, t.timeline_undated_one, t.timeline_undated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_languages() {
        assert_eq!(UiLang::from_tag("sv-FI"), Some(UiLang::Sv));
        assert_eq!(UiLang::from_tag("nn"), Some(UiLang::Nn));
        assert_eq!(UiLang::from_tag("nn-NO"), Some(UiLang::Nn));
        assert_eq!(UiLang::from_tag("is-IS"), Some(UiLang::Is));
        assert_eq!(UiLang::from_tag("NO"), Some(UiLang::Nb));
        assert_eq!(UiLang::from_tag("de"), None);
        assert_eq!(UiLang::from_tag(""), None);
    }

    /// A template's name, how to read it from a table, and its placeholders.
    type Template = (&'static str, fn(&Texts) -> &'static str, &'static [&'static str]);

    /// Every template and the placeholders it must hold, in every language.
    const TEMPLATES: [Template; 13] = [
        ("count_one", |t| t.count_one, &["{n}"]),
        ("count_many", |t| t.count_many, &["{n}"]),
        ("rejected_notice", |t| t.rejected_notice, &["{n}"]),
        ("incomplete_notice", |t| t.incomplete_notice, &["{n}"]),
        ("remove_filter", |t| t.remove_filter, &["{label}"]),
        ("search_chip", |t| t.search_chip, &["{text}"]),
        ("count_of_one", |t| t.count_of_one, &["{n}", "{total}"]),
        ("count_of_many", |t| t.count_of_many, &["{n}", "{total}"]),
        ("show_more_results", |t| t.show_more_results, &["{n}"]),
        ("more_partners", |t| t.more_partners, &["{n}"]),
        ("selected_count", |t| t.selected_count, &["{n}"]),
        ("error_http", |t| t.error_http, &["{status}"]),
        ("unknown_partnership", |t| t.unknown_partnership, &["{id}"]),
    ];

    #[test]
    fn every_placeholder_is_in_every_language() {
        for lang in UiLang::ALL {
            for (name, get, placeholders) in TEMPLATES {
                let text = get(lang.texts());
                let found: Vec<&str> = text
                    .match_indices('{')
                    .filter_map(|(i, _)| {
                        let end = text.get(i..)?.find('}')?;
                        text.get(i..=i + end)
                    })
                    .collect();
                let mut expected = placeholders.to_vec();
                expected.sort_unstable();
                let mut found_sorted = found.clone();
                found_sorted.sort_unstable();
                assert_eq!(found_sorted, expected, "{lang:?} {name}: {text:?}");
            }
        }
    }

    #[test]
    fn every_table_is_filled_and_counts_read_well() {
        for lang in UiLang::ALL {
            let t = lang.texts();
            assert!(t.count_many.contains("{n}") && t.count_one.contains("{n}"), "{lang:?}");
            assert!(t.rejected_notice.contains("{n}"), "{lang:?}");
            assert!(t.months.iter().all(|m| !m.is_empty()));
            // The buttons show "CSV" and "JSON"; their names must contain what they show.
            assert!(t.save_csv.contains("CSV") && t.save_json.contains("JSON"), "{lang:?}");
        }
        assert_eq!(UiLang::En.count(1), "1 partnership");
        assert_eq!(UiLang::Sv.count(48), "48 partnerskap");
        assert!(UiLang::En.rejected(1).starts_with("1 entry "));
        assert!(UiLang::En.rejected(3).starts_with("3 entries "));
    }

    /// Every string that counts, in every language, for the numbers where
    /// plural rules differ: the form the language's rule picks, with the
    /// number in it. Where `one` serves more than 1 (Icelandic: 21, 101), the
    /// `one` templates must show the number.
    #[test]
    fn every_count_takes_its_languages_plural_form() {
        for lang in UiLang::ALL {
            let t = lang.texts();
            for n in [0, 1, 2, 5, 11, 21, 22, 101, 111] {
                let one = lang.plural(n) == Plural::One;
                let pick = |one_form: &str, other_form: &str| {
                    if one { one_form } else { other_form }.replace("{n}", &n.to_string())
                };
                assert_eq!(lang.count(n), pick(t.count_one, t.count_many), "{lang:?} {n}");
                assert_eq!(lang.rejected(n), pick(t.rejected_notice_one, t.rejected_notice), "{lang:?} {n}");
                assert_eq!(lang.incomplete(n), pick(t.incomplete_notice_one, t.incomplete_notice), "{lang:?} {n}");
                assert_eq!(lang.timeline_undated(n), pick(t.timeline_undated_one, t.timeline_undated), "{lang:?} {n}");
                let of = if one { t.count_of_one } else { t.count_of_many };
                assert_eq!(lang.count_of(2, n), of.replace("{n}", "2").replace("{total}", &n.to_string()));
                if one && n != 1 {
                    for template in
                        [t.count_one, t.rejected_notice_one, t.incomplete_notice_one, t.timeline_undated_one]
                    {
                        assert!(template.contains("{n}"), "{lang:?}: `one` serves {n} too: {template:?}");
                    }
                }
            }
        }
        assert_eq!(UiLang::En.count(21), "21 partnerships");
        // Icelandic takes the singular for 21, 101 — not for 11 or 111.
        let is = UiLang::Is.texts();
        for (n, one) in [(1, true), (11, false), (21, true), (22, false), (101, true), (111, false)] {
            let form = if one { is.count_one } else { is.count_many };
            assert_eq!(UiLang::Is.count(n), form.replace("{n}", &n.to_string()), "{n}");
        }
        assert_eq!(UiLang::En.count(1), "1 partnership");
    }
}

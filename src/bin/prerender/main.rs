//! `cargo run --bin prerender -- DIST YEAR`: the widget's opening view for the
//! bundled data — heading, result count, filters with their counts, map,
//! timeline and the first page of cards — rendered natively by the widget's
//! own components (Yew's server renderer over `ui::Widget`, the same card
//! markup), so a visitor sees it before any code or data arrives.
//!
//! It writes the English view into `DIST/index.html` and `DIST/frame.html`
//! (the pages we own) as a declarative shadow root, which the live widget
//! takes over (`web::first_view`); `DIST/first-view/<lang>.json` for every
//! interface language, at a snippet's heading level 2 with "Copy link", which
//! `embed.js` fetches with its integrity and builds while the code and data
//! download, deriving the variant a widget starts with (heading level 1 on the
//! standalone page and the frame; without "Copy link" when its url-state is
//! off; checked here against rendering each variant); and `DIST/all/<lang>.html`, every partnership on a static page
//! for visitors and crawlers without JavaScript. In the prerendered view the
//! controls that cannot work yet are disabled (`tree::disable`), the search
//! box takes text (the live widget searches it), and "Show more" is a link
//! into the static list at the next card.

/// Natively only, with the bundled data (`cargo run --bin prerender`).
#[cfg(any(target_arch = "wasm32", not(feature = "bundled-data")))]
fn main() {}

#[cfg(all(not(target_arch = "wasm32"), feature = "bundled-data"))]
fn main() -> Result<(), String> {
    native::main()
}

#[cfg(all(not(target_arch = "wasm32"), feature = "bundled-data"))]
mod tree;

#[cfg(all(not(target_arch = "wasm32"), feature = "bundled-data"))]
mod native {
    use std::path::Path;
    use std::rc::Rc;

    use nordic_partnerships::embed::settings::Settings;
    use nordic_partnerships::i18n::UiLang;
    use nordic_partnerships::load::{bundled, Dataset};
    use nordic_partnerships::model::Partnership;
    use nordic_partnerships::query::url_state::WidgetAddress;
    use nordic_partnerships::query::Query;
    use nordic_partnerships::search::Index;
    use nordic_partnerships::ui::{render_to_string, WidgetProps};
    use nordic_partnerships::view::card_markup::{self, CardContext};
    use nordic_partnerships::view::card_text;
    use nordic_partnerships::view::state::HistoryMode;
    use nordic_partnerships::view::Shared;
    use nordic_partnerships::view::{UrlSync, UrlSyncHandle};

    use crate::tree::{self, escape};

    /// The live standalone widget keeps its view in the address, so it shows
    /// "Copy link"; the prerendered one must show it too (same layout).
    struct AddressBar;

    impl UrlSync for AddressBar {
        fn read(&self) -> WidgetAddress {
            WidgetAddress::default()
        }
        fn write(&self, _: &WidgetAddress, _: HistoryMode) {}
        fn listen(&self, _: Box<dyn Fn(WidgetAddress)>) -> Box<dyn std::any::Any> {
            Box::new(())
        }
        fn link(&self, _: &WidgetAddress) -> Option<String> {
            Some(String::new())
        }
    }

    /// The widget's opening view as HTML, by the widget's own components.
    /// `linked`: the widget keeps its view in the address (its `url-state`
    /// is on), so it offers "Copy link".
    fn render(data: &Rc<Dataset>, settings: Settings, linked: bool) -> Result<String, String> {
        let props = WidgetProps {
            data: Shared(Rc::clone(data)),
            settings,
            index: None,
            url: linked.then(|| UrlSyncHandle(Rc::new(AddressBar))),
            notices: Vec::new(),
            show_all: false,
            styles: false,
            query: None,
            on_query: None,
            on_results: None,
            on_lang: None,
            on_open: None,
            on_change: None,
        };
        render_to_string(props).ok_or_else(|| "the widget's render waited for something; a first view must not".into())
    }

    /// The live view made a first view: controls that need the code
    /// disabled, "Show more" a link into the full static list at `more_href`.
    fn first_view(html: &str, more_href: &str) -> Result<Vec<tree::Node>, String> {
        let mut view = tree::parse(html).map_err(|e| format!("the rendered view: {e}"))?;
        tree::disable(&mut view);
        if !tree::link_more(&mut view, more_href) {
            return Err("the rendered view has no \"Show more\"".into());
        }
        Ok(view)
    }

    /// A page of ours with the first view in its widget placeholder's
    /// declarative shadow root (its stylesheet inline: the page is ours, and
    /// the live widget adopts the same sheet before removing it).
    fn with_first_view(page: &str, placeholder: &str, view: &str) -> Result<String, String> {
        let at = page.find(placeholder).ok_or_else(|| format!("no {placeholder} in the page"))? + placeholder.len();
        let css = nordic_partnerships::web::WIDGET_CSS;
        let shadow = format!(
            "<template shadowrootmode=\"open\"><style data-np-prerendered>{css}</style><div class=\"np-host\" data-np-prerendered>{view}</div></template>"
        );
        let mut page = page.to_owned();
        page.insert_str(at, &shadow);
        Ok(page)
    }

    /// The fragment `embed.js` builds: the view as a tree. It is drawn with
    /// `dist/widget.css`, which `embed.js` fetches for the live widget anyway
    /// (adopted, so a host's strict CSP needs no `style-src`).
    fn fragment(lang: UiLang, view: &[tree::Node]) -> String {
        let mut out = String::from("{\"lang\":");
        nordic_partnerships::text::json_string::push_json_string(&mut out, lang.tag());
        out.push_str(",\"view\":");
        out.push_str(&tree::to_json(view));
        out.push_str("}\n");
        out
    }

    /// Every partnership with all its details, in `lang`, as a page of its own:
    /// for visitors without JavaScript (the first view's "Show more" and the
    /// snippet's fallback link lead here) and for search engines. Each record is
    /// an `<article id="<its id>">`, the anchor a partnership's link names.
    fn static_list(order: &[&Partnership], lang: UiLang) -> String {
        let texts = lang.texts();
        let title = format!("{} ({})", texts.widget_label, lang.count(order.len()));
        let cx = CardContext { lang, heading_level: 1, href: &nordic_partnerships::web::links::safe_href };
        let mut body = String::new();
        for p in order {
            let name = card_text::title(p, lang);
            let article = format!(
            "<li class=\"np-grid__item\"><article class=\"np-card np-card--{status}\" id=\"{id}\"><h2 class=\"np-card__title\" lang=\"{title_lang}\">{title}</h2><p class=\"np-card__kind\">{kind}</p>{details}</article></li>",
            status = p.status.code(),
            id = p.id,
            title_lang = name.lang.code(),
            title = escape(&name.text),
            kind = escape(&card_text::kind_and_status(p, lang)),
            details = card_markup::details(p, cx).as_str(),
        );
            body.push_str(&article);
        }
        let alternates: String = UiLang::ALL
            .iter()
            .map(|l| format!("<link rel=\"alternate\" hreflang=\"{0}\" href=\"{0}.html\">", l.tag()))
            .collect();
        format!(
        "<!doctype html><html lang=\"{tag}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><meta name=\"description\" content=\"{description}\"><link rel=\"canonical\" href=\"{tag}.html\">{alternates}<link rel=\"stylesheet\" href=\"../widget.css\"><link rel=\"icon\" href=\"../favicon.svg\"></head><body><main class=\"np-widget np-static\" data-theme=\"auto\"><h1 class=\"np-title\">{title}</h1><p><a href=\"../index.html\">{search}</a></p><ul class=\"np-grid\">{body}</ul></main></body></html>\n",
        tag = lang.tag(),
        title = escape(&title),
        description = escape(texts.widget_label),
        search = escape(texts.search_label),
    )
    }

    /// Our pages that carry the English first view at heading level 1, their
    /// placeholders, and whether the widget there keeps its view in the
    /// address (the frame's does not).
    const PAGES: [(&str, &str, bool); 2] = [
        ("index.html", "<div data-nordic-partnerships data-heading-level=\"1\">", true),
        ("frame.html", "<div data-nordic-partnerships>", false),
    ];

    fn write(path: &Path, text: &str) -> Result<(), String> {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn main() -> Result<(), String> {
        let mut args = std::env::args().skip(1);
        let (Some(dist), Some(year)) = (args.next(), args.next()) else {
            return Err("usage: prerender DIST YEAR".into());
        };
        let dist = Path::new(&dist);
        let year: u16 = year.parse().map_err(|_| format!("not a year: {year}"))?;
        let data = Rc::new(bundled::dataset().map_err(|e| format!("bundled data: {e}"))?);
        let index = Index::new(&data.records, year);
        let (dir, all) = (dist.join("first-view"), dist.join("all"));
        for dir in [&dir, &all] {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        // The published stylesheet is the minified one the widget is drawn with: `embed.js`
        // fetches it (sealed) for the first view and the live widget; the static lists link it.
        write(&dist.join("widget.css"), nordic_partnerships::web::WIDGET_CSS)?;
        // Every language but English (which the widget carries) as the file the published
        // widget fetches when it speaks it (`i18n::fetched`).
        let texts = dist.join("texts");
        std::fs::create_dir_all(&texts).map_err(|e| format!("{}: {e}", texts.display()))?;
        for lang in UiLang::ALL.into_iter().filter(|&lang| lang != UiLang::En) {
            write(&texts.join(format!("{}.txt", lang.tag())), &lang.texts().to_file(lang))?;
        }
        for lang in UiLang::ALL {
            // The opening view's order: the static list follows it, so "Show more" lands on the next card.
            let order: Vec<&Partnership> =
                index.run(&Query::new(), lang).hits.iter().filter_map(|hit| data.records.get(hit.record)).collect();
            let list = all.join(format!("{}.html", lang.tag()));
            write(&list, &static_list(&order, lang))?;
            let next_card = order.get(nordic_partnerships::view::state::PAGE_SIZE).map(|r| format!("#{}", r.id));
            let more = format!("all/{}.html{}", lang.tag(), next_card.unwrap_or_default());
            // One fragment per language, at a snippet's default (heading level 2, with "Copy
            // link"); `embed.js` derives the other variants a page starts with (level 1: our
            // pages; without "Copy link": url-state off), as `tree::variant` does. Each
            // variant is rendered too and must be exactly what the derivation gives.
            let render_view = |level: u8, linked: bool| -> Result<Vec<tree::Node>, String> {
                let settings = Settings { lang, heading_level: level, today_year: Some(year), ..Settings::default() };
                first_view(&render(&data, settings, linked)?, &more)
            };
            let base = render_view(2, true)?;
            for (level, linked) in [(1, true), (1, false), (2, false)] {
                if tree::variant(&base, level, linked) != render_view(level, linked)? {
                    return Err(format!(
                        "{}: the view at heading level {level}{} is not what embed.js derives from the fragment (tree::variant)",
                        lang.tag(),
                        if linked { "" } else { " without Copy link" }
                    ));
                }
            }
            let file = dir.join(format!("{}.json", lang.tag()));
            let json = fragment(lang, &base);
            write(&file, &json)?;
            eprintln!("prerender: {} {} bytes", file.display(), json.len());
            if lang == UiLang::En {
                for (page, placeholder, page_linked) in PAGES {
                    let path = dist.join(page);
                    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                    let view = tree::variant(&base, 1, page_linked);
                    write(&path, &with_first_view(&text, placeholder, &tree::to_html(&view))?)?;
                }
            }
        }
        Ok(())
    }
}

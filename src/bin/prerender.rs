//! `cargo run --bin prerender -- DIST YEAR`: the widget's opening view for the
//! bundled data — heading, result count, filters with their counts, map,
//! timeline and the first page of cards — rendered natively by the widget's
//! own components (Yew's server renderer over `ui::Widget`, the same card
//! markup), so a visitor sees it before any code or data arrives.
//!
//! It writes `DIST/index.html`'s first view (English, the page's language) as
//! a declarative shadow root, which the live widget takes over
//! (`web::first_view`), and `DIST/first-view/<lang>.html` for every interface
//! language. In the prerendered view the controls that cannot work yet are
//! disabled (the browser shows and announces them so), the search box takes
//! text (the live widget searches it), and "Show more" is a link to the
//! static list of every partnership (`all.html`), which also serves visitors
//! and crawlers without JavaScript.

/// Natively only, with the bundled data (`cargo run --bin prerender`).
#[cfg(any(target_arch = "wasm32", not(feature = "bundled-data")))]
fn main() {}

#[cfg(all(not(target_arch = "wasm32"), feature = "bundled-data"))]
fn main() -> Result<(), String> {
    native::main()
}

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
    use nordic_partnerships::view::{UrlSync, UrlSyncHandle};

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
    fn render(data: &Rc<Dataset>, settings: Settings) -> Result<String, String> {
        let props = WidgetProps {
            data: Rc::clone(data),
            settings,
            index: None,
            url: Some(UrlSyncHandle(Rc::new(AddressBar))),
            notices: Vec::new(),
            show_all: false,
        };
        render_to_string(props).ok_or_else(|| "the widget's render waited for something; a first view must not".into())
    }

    /// The live view made a first view: controls that need the code disabled,
    /// "Show more" a link into the full static list at the next card.
    fn disabled_until_live(html: &str, more_href: &str) -> String {
        let mut out = html
            .replace("<button ", "<button disabled ")
            .replace("<select ", "<select disabled ")
            .replace("<input type=\"checkbox\"", "<input type=\"checkbox\" disabled")
            .replace("tabindex=\"0\"", "tabindex=\"-1\" aria-disabled=\"true\"");
        if let Some(start) = out.find("<div class=\"np-more\">") {
            if let Some(end) = out[start..].find("</div>").map(|e| start + e) {
                let button = out[start..end].trim_end_matches("</button>");
                let label = button.rsplit('>').next().unwrap_or_default().to_owned();
                let link = format!(
                    "<div class=\"np-more\"><a class=\"np-button np-button--wide\" href=\"{more_href}\">{label}</a>"
                );
                out.replace_range(start..end, &link);
            }
        }
        out
    }

    /// `index.html`'s widget placeholder with the first view in a declarative
    /// shadow root (its stylesheet inline: the page is ours, and the live widget
    /// adopts the same sheet before removing it).
    fn with_first_view(page: &str, view: &str) -> Result<String, String> {
        let placeholder = "<div data-nordic-partnerships data-heading-level=\"1\">";
        let at = page.find(placeholder).ok_or("index.html has no widget placeholder")? + placeholder.len();
        let css = nordic_partnerships::web::WIDGET_CSS;
        let shadow = format!(
        "<template shadowrootmode=\"open\"><style data-np-prerendered>{css}</style><div class=\"np-host\" data-np-prerendered>{view}</div></template>"
    );
        let mut page = page.to_owned();
        page.insert_str(at, &shadow);
        Ok(page)
    }

    /// Every partnership with all its details, in `lang`, as a page of its own:
    /// for visitors without JavaScript (the first view's "Show more" and the
    /// snippet's fallback link lead here) and for search engines. Each record is
    /// an `<article id="<its id>">`, the anchor a partnership's link names.
    fn static_list(order: &[&Partnership], lang: UiLang) -> String {
        let texts = lang.texts();
        let title = format!("{} ({})", texts.widget_label, texts.count(order.len()));
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

    /// Text for HTML content and attribute values.
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
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
        for lang in UiLang::ALL {
            // The opening view's order: the static list follows it, so "Show more" lands on the next card.
            let order: Vec<&Partnership> =
                index.run(&Query::new(), lang).hits.iter().filter_map(|hit| data.records.get(hit.record)).collect();
            let list = all.join(format!("{}.html", lang.tag()));
            std::fs::write(&list, static_list(&order, lang)).map_err(|e| format!("{}: {e}", list.display()))?;
            let settings = Settings { lang, heading_level: 1, today_year: Some(year), ..Settings::default() };
            let next_card = order.get(nordic_partnerships::view::state::PAGE_SIZE).map(|r| format!("#{}", r.id));
            let more = format!("all/{}.html{}", lang.tag(), next_card.unwrap_or_default());
            let view = disabled_until_live(&render(&data, settings)?, &more);
            let file = dir.join(format!("{}.html", lang.tag()));
            std::fs::write(&file, &view).map_err(|e| format!("{}: {e}", file.display()))?;
            if lang == UiLang::En {
                let index = dist.join("index.html");
                let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
                std::fs::write(&index, with_first_view(&page, &view)?)
                    .map_err(|e| format!("{}: {e}", index.display()))?;
            }
            eprintln!("prerender: {} {} bytes", file.display(), view.len());
        }
        Ok(())
    }
}

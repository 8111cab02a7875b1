//! The prerendered view as a tree: parsed from the HTML the widget's own
//! components render (Yew's server renderer and `view::markup`, so a small,
//! known dialect: no comments, no raw-text elements, attribute values always
//! double-quoted), made inert where it needs the code (`disable`,
//! `link_more`), and written out as HTML (the pages we own carry it in a
//! declarative shadow root) or as JSON that `embed.js` builds with
//! `createElement` — no HTML parser on a host page, so nothing for its
//! Trusted Types policy to refuse.

use nordic_partnerships::text::json_string::push_json_string;
use nordic_partnerships::view::markup;

/// One node of the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element { name: String, attrs: Vec<(String, String)>, children: Vec<Node> },
}

/// An element whose end tag is still to come: name, attributes, children so far.
type Open = (String, Vec<(String, String)>, Vec<Node>);

/// Elements that have no end tag.
const VOID: [&str; 8] = ["input", "br", "img", "meta", "link", "hr", "source", "wbr"];

/// Parses the widget's rendered HTML. An error names what it did not expect,
/// with the byte offset: the build stops rather than ship a broken view.
pub fn parse(html: &str) -> Result<Vec<Node>, String> {
    let mut stack: Vec<Open> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    let mut rest = html;
    let offset = |rest: &str| html.len() - rest.len();
    fn push(stack: &mut [Open], top: &mut Vec<Node>, node: Node) {
        match stack.last_mut() {
            Some((_, _, children)) => children.push(node),
            None => top.push(node),
        }
    }
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').ok_or_else(|| format!("unclosed end tag at {}", offset(rest)))?;
            let name = &after[..end];
            let (open, attrs, children) =
                stack.pop().ok_or_else(|| format!("</{name}> closes nothing at {}", offset(rest)))?;
            if open != name {
                return Err(format!("</{name}> closes <{open}> at {}", offset(rest)));
            }
            push(&mut stack, &mut top, Node::Element { name: open, attrs, children });
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let name_end = after.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(after.len());
            let name = after[..name_end].to_owned();
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                return Err(format!("not a tag at {}", offset(rest)));
            }
            let mut tail = &after[name_end..];
            let mut attrs = Vec::new();
            let self_closed = loop {
                tail = tail.trim_start();
                if let Some(t) = tail.strip_prefix("/>") {
                    tail = t;
                    break true;
                }
                if let Some(t) = tail.strip_prefix('>') {
                    tail = t;
                    break false;
                }
                let key_end = tail
                    .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
                    .filter(|&e| e > 0)
                    .ok_or_else(|| format!("bad attribute in <{name}> at {}", offset(tail)))?;
                let key = tail[..key_end].to_owned();
                tail = &tail[key_end..];
                let value = if let Some(t) = tail.strip_prefix("=\"") {
                    let end = t.find('"').ok_or_else(|| format!("unclosed value of {key} at {}", offset(t)))?;
                    tail = &t[end + 1..];
                    unescape(&t[..end]).map_err(|e| format!("{e} in {key} at {}", offset(t)))?
                } else if tail.starts_with('=') {
                    return Err(format!("unquoted value of {key} at {}", offset(tail)));
                } else {
                    String::new()
                };
                attrs.push((key, value));
            };
            rest = tail;
            if self_closed || VOID.contains(&name.as_str()) {
                push(&mut stack, &mut top, Node::Element { name, attrs, children: Vec::new() });
            } else {
                stack.push((name, attrs, Vec::new()));
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end]).map_err(|e| format!("{e} at {}", offset(rest)))?;
            push(&mut stack, &mut top, Node::Text(text));
            rest = &rest[end..];
        }
    }
    match stack.pop() {
        Some((open, ..)) => Err(format!("<{open}> is never closed")),
        None => Ok(top),
    }
}

/// Decodes the character references the renderers write.
fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').ok_or("a bare &")? + at;
        let entity = &rest[at + 1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => entity
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32)
                .ok_or_else(|| format!("unknown character reference &{entity};"))?,
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Text for HTML content and attribute values (the widget's own escaping,
/// `view::markup::escape`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    markup::escape(&mut out, text);
    out
}

/// The nodes as HTML.
pub fn to_html(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        write_html(&mut out, node);
    }
    out
}

fn write_html(out: &mut String, node: &Node) {
    match node {
        Node::Text(text) => markup::escape(out, text),
        Node::Element { name, attrs, children } => {
            out.push('<');
            out.push_str(name);
            for (key, value) in attrs {
                out.push(' ');
                out.push_str(key);
                if !value.is_empty() {
                    out.push_str("=\"");
                    markup::escape(out, value);
                    out.push('"');
                }
            }
            out.push('>');
            if VOID.contains(&name.as_str()) {
                return;
            }
            for child in children {
                write_html(out, child);
            }
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
    }
}

/// The nodes as JSON for `embed.js`: a text is a string, an element
/// `[name, {attribute: value…}, child…]`.
pub fn to_json(nodes: &[Node]) -> String {
    let mut out = String::from("[");
    for (i, node) in nodes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_json(&mut out, node);
    }
    out.push(']');
    out
}

fn write_json(out: &mut String, node: &Node) {
    match node {
        Node::Text(text) => push_json_string(out, text),
        Node::Element { name, attrs, children } => {
            out.push('[');
            push_json_string(out, name);
            out.push_str(",{");
            for (i, (key, value)) in attrs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_json_string(out, key);
                out.push(':');
                push_json_string(out, value);
            }
            out.push('}');
            for child in children {
                out.push(',');
                write_json(out, child);
            }
            out.push(']');
        }
    }
}

fn class_is(attrs: &[(String, String)], class: &str) -> bool {
    attrs.iter().any(|(k, v)| k == "class" && v.split(' ').any(|c| c == class))
}

fn set(attrs: &mut Vec<(String, String)>, key: &str, value: &str) {
    match attrs.iter_mut().find(|(k, _)| k == key) {
        Some((_, v)) => *v = value.to_owned(),
        None => attrs.push((key.to_owned(), value.to_owned())),
    }
}

/// Makes the controls that need the code inert, as the browser shows and
/// announces them: buttons, selects and checkboxes `disabled` (`embed.js`
/// turns that into `aria-disabled` with a "Loading…" message once it runs),
/// other focusable parts (the map's countries) out of the tab order. The
/// search box stays usable: what is typed there is searched at take-over.
pub fn disable(nodes: &mut [Node]) {
    for node in nodes {
        if let Node::Element { name, attrs, children } = node {
            let checkbox = name == "input" && attrs.iter().any(|(k, v)| k == "type" && v == "checkbox");
            if name == "button" || name == "select" || checkbox {
                set(attrs, "disabled", "");
            } else if attrs.iter().any(|(k, v)| k == "tabindex" && v == "0") {
                set(attrs, "tabindex", "-1");
                set(attrs, "aria-disabled", "true");
            }
            disable(children);
        }
    }
}

/// Turns the "Show more" button (in `<div class="np-more">`) into a link to
/// `href`, keeping its words and look. Whether there was one to turn.
pub fn link_more(nodes: &mut [Node], href: &str) -> bool {
    for node in nodes {
        if let Node::Element { attrs, children, .. } = node {
            if class_is(attrs, "np-more") {
                for child in children.iter_mut() {
                    if let Node::Element { name, attrs, children: words } = child {
                        if name == "button" {
                            let class = attrs.iter().find(|(k, _)| k == "class").map(|(_, v)| v.clone());
                            let mut link = vec![("href".to_owned(), href.to_owned())];
                            link.extend(class.map(|c| ("class".to_owned(), c)));
                            *child = Node::Element { name: "a".into(), attrs: link, children: std::mem::take(words) };
                            return true;
                        }
                    }
                }
            }
            if link_more(children, href) {
                return true;
            }
        }
    }
    false
}

/// Another variant of a view rendered at heading level 2 with its "Copy link":
/// at `level` 1 every heading one level up (the view's headings are h2–h4, so
/// none is capped at h6), and unlinked without the copy button and its status
/// line (`.np-copy-link`, `.np-view-actions__status`). `embed.js` derives the
/// variants of a fragment the same way (`variant`); the prerender checks, for
/// every language, that this gives exactly what rendering the variant gives.
pub fn variant(nodes: &[Node], level: u8, linked: bool) -> Vec<Node> {
    nodes
        .iter()
        .filter(|node| match node {
            Node::Element { attrs, .. } => {
                linked || !(class_is(attrs, "np-copy-link") || class_is(attrs, "np-view-actions__status"))
            }
            Node::Text(_) => true,
        })
        .map(|node| match node {
            Node::Text(text) => Node::Text(text.clone()),
            Node::Element { name, attrs, children } => {
                let name = match (level, name.as_str()) {
                    (1, "h2") => "h1".to_owned(),
                    (1, "h3") => "h2".to_owned(),
                    (1, "h4") => "h3".to_owned(),
                    _ => name.clone(),
                };
                Node::Element { name, attrs: attrs.clone(), children: variant(children, level, linked) }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: &str = r#"<section lang="en" class="np-widget"><h1>A &amp; B</h1><input type="search" value=""><select class="s"><option value="en" selected="selected">English</option></select><ul><li class="np-card" tabindex="0">It&#39;s &quot;x&quot; &lt;y&gt;</li></ul><svg viewBox="0 0 1 1"><path d="M0 0"></path><circle r="1"/></svg><div class="np-more"><button type="button" class="np-button">Show 24 more</button></div></section>"#;

    #[test]
    fn the_widgets_html_round_trips() {
        let tree = parse(VIEW).unwrap();
        let again = to_html(&tree);
        assert_eq!(parse(&again).unwrap(), tree);
        let Node::Element { children, .. } = &tree[0] else { panic!() };
        assert_eq!(
            children[0],
            Node::Element { name: "h1".into(), attrs: vec![], children: vec![Node::Text("A & B".into())] }
        );
        assert!(again.contains("It&#39;s &quot;x&quot; &lt;y&gt;"), "{again}");
    }

    #[test]
    fn a_variant_moves_headings_up_and_leaves_copy_link_out() {
        let view = parse(concat!(
            "<h2 class=\"np-title\">T</h2><div class=\"np-view-actions\">",
            "<button class=\"np-link-button\">CSV</button><button class=\"np-link-button np-copy-link\">Copy link</button>",
            "<span class=\"np-view-actions__status\"></span></div><h3>A</h3><h4>B</h4>"
        ))
        .unwrap();
        assert_eq!(to_html(&variant(&view, 2, true)), to_html(&view));
        let h1 = to_html(&variant(&view, 1, false));
        assert!(h1.starts_with("<h1 class=\"np-title\">T</h1>") && h1.ends_with("<h2>A</h2><h3>B</h3>"), "{h1}");
        assert!(h1.contains(">CSV<") && !h1.contains("Copy link") && !h1.contains("np-view-actions__status"), "{h1}");
    }

    #[test]
    fn malformed_html_is_an_error_not_a_broken_view() {
        for bad in ["<div><p></div>", "<div>", "</p>", "<a href=x>", "a & b", "&nope;", "<p class=\"x>"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn json_is_names_attributes_and_children() {
        let tree = parse(r#"<p class="a">x<b>"y"</b><input type="checkbox"></p>"#).unwrap();
        assert_eq!(to_json(&tree), r#"[["p",{"class":"a"},"x",["b",{},"\"y\""],["input",{"type":"checkbox"}]]]"#);
    }

    #[test]
    fn controls_are_disabled_and_show_more_becomes_a_link() {
        let mut tree = parse(VIEW).unwrap();
        disable(&mut tree);
        assert!(link_more(&mut tree, "all/en.html#next"));
        let html = to_html(&tree);
        assert!(html.contains("<select class=\"s\" disabled>"), "{html}");
        assert!(html.contains(r#"<input type="search" value>"#), "the search box takes text: {html}");
        assert!(html.contains("tabindex=\"-1\" aria-disabled=\"true\""), "{html}");
        assert!(
            html.contains(
                r#"<div class="np-more"><a href="all/en.html#next" class="np-button">Show 24 more</a></div>"#
            ),
            "{html}"
        );
        assert!(!html.contains("<button"), "{html}");
    }
}

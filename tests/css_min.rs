//! The stylesheet minifier keeps every rule, selector and value: only
//! comments and spaces that CSS does not read go.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/css_min.rs"]
mod css_min;

use css_min::minify;

#[test]
fn comments_and_spaces_go_and_meaning_stays() {
    let css = "/* a comment */\n.a .b,\n.c :focus-visible {\n  color: red;\n  margin: 0 calc(1em + 2px);\n}\n\n@media print {\n  .d { content: \"a  b\"; }\n}\n";
    assert_eq!(
        minify(css),
        ".a .b,.c :focus-visible{color: red;margin: 0 calc(1em + 2px)}@media print{.d{content: \"a  b\"}}"
    );
}

#[test]
fn the_widget_stylesheet_keeps_every_rule() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/widget.css")).expect("widget.css");
    let min = minify(&css);
    assert!(min.len() * 10 < css.len() * 8, "{} → {} bytes", css.len(), min.len());
    // As many blocks and declarations, no comment left.
    let count = |text: &str, c: char| text.chars().filter(|x| *x == c).count();
    assert_eq!(count(&min, '{'), count(&css, '{') - count_in_comments(&css, '{'));
    assert_eq!(count(&min, '}'), count(&min, '{'));
    assert!(!min.contains("/*"));
    for property in
        ["--_np-map-5:", "print-color-adjust: exact", "grid-template-columns: minmax(13em, 16em) minmax(0, 1fr)"]
    {
        assert!(min.contains(&property.replace(", ", ",")), "{property}");
    }
}

fn count_in_comments(css: &str, c: char) -> usize {
    css.split("/*").skip(1).map(|part| part.split("*/").next().unwrap_or("").chars().filter(|x| *x == c).count()).sum()
}

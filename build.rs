//! Writes the minified widget stylesheet that `web::shadow` compiles in.

#[path = "build/css_min.rs"]
mod css_min;

fn main() {
    println!("cargo::rerun-if-changed=static/widget.css");
    println!("cargo::rerun-if-changed=build/css_min.rs");
    let css = std::fs::read_to_string("static/widget.css").unwrap_or_else(|e| panic!("static/widget.css: {e}"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")))
        .join("widget.min.css");
    std::fs::write(&out, css_min::minify(&css)).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

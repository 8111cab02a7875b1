//! The validator page's module (`dist/validator.js`, built by `./dev build`):
//! the widget, to preview a file's valid records, and `checkFile` (the checks
//! of `validate`, see `web::validator`). It is a module of its own so the
//! widget's visitors never download the editors' tools.

#[cfg(target_arch = "wasm32")]
fn main() {
    nordic_partnerships::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the validator page's browser module; `./dev build` builds it (see README.md).");
    std::process::exit(2);
}

//! The wasm module that Trunk builds. Its `main` runs when `embed.js`
//! initialises the module: it installs the widget renderer; `embed.js` then
//! mounts the widgets through the exported `mountAll` and `mount`, and shows
//! the internal-error message if the module ever stops (see `web::internal_error`).

#[cfg(target_arch = "wasm32")]
fn main() {
    nordic_partnerships::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser module; build it with `trunk build` (see README.md).");
    std::process::exit(2);
}

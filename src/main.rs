//! The standalone page that Trunk builds: mounts a widget into every
//! `[data-nordic-partnerships]` element of `index.html`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use nordic_partnerships::web::{mount_all, MountOptions};
    match mount_all(&MountOptions::default()) {
        // The handles live as long as the page.
        Ok(handles) => std::mem::forget(handles),
        Err(error) => gloo::console::error!(format!("nordic-partnerships: {error}")),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser page; build it with `trunk build` (see README.md).");
    std::process::exit(2);
}

// Loads the widget: an external ES module (no inline script), so pages with a
// strict Content-Security-Policy can run it. The wasm is resolved against this
// module's own URL, so the folder works under any path. Initialising runs the
// Rust `main`, which mounts a widget into every [data-nordic-partnerships].
import init from './nordic-partnerships.js';

await init({ module_or_path: new URL('./nordic-partnerships_bg.wasm', import.meta.url) });

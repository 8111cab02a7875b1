// Loads the example app built by ./dev (wasm-bindgen --target web into pkg/).
import init from './pkg/yew_app.js';

await init({ module_or_path: new URL('./pkg/yew_app_bg.wasm', import.meta.url) });

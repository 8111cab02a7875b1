// Loads the probe built by ./dev (wasm-bindgen --target web into pkg/): its
// main installs the panic hook and the renderer, then every placeholder is
// mounted; window.npCrash() panics inside the wasm.
import init, { crash, mountAll } from './pkg/panic_probe.js';

await init({ module_or_path: new URL('./pkg/panic_probe_bg.wasm', import.meta.url) });
mountAll();
window.npCrash = crash;
document.documentElement.dataset.ready = 'yes';

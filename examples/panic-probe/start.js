// The probe built by ./dev (examples/panic_probe.rs, under the widget's file
// names in /widget/) started by the real embed.js, which mounts every
// placeholder and watches for the module stopping; window.npCrash() panics
// inside the wasm. The same module instance: embed.js imports the same URL.
await import('/widget/embed.js');
const { crash } = await import('/widget/nordic-partnerships.js');
window.npCrash = crash;
document.documentElement.dataset.ready = 'yes';

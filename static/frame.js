// The iframe embed, for CMSs that strip <script>: frame.html?lang=sv&country=SE&src=…
// shows one widget filling the frame. Each address parameter is the data-* setting of the
// same name (README, "Embed on your site"), so a frame and a snippet take the same settings
// and report wrong ones the same way. The widget keeps its filters to itself (url-state
// off) and is the frame's page (heading level 1) unless the address says otherwise.
// Where the host page listens (the optional script in snippet.html), the frame tells it
// its height, so the host can size the frame to the widget; otherwise it scrolls inside.
const widget = document.querySelector('[data-nordic-partnerships]');
const params = new URLSearchParams(location.search);
for (const [name, value] of params) {
  // Only setting-shaped names become attributes; the widget names any it does not know.
  if (/^[a-z][a-z-]{0,30}$/.test(name)) widget.setAttribute(`data-${name}`, value);
}
if (!params.has('url-state')) widget.setAttribute('data-url-state', 'off');
if (!params.has('heading-level')) widget.setAttribute('data-heading-level', '1');

if (window.parent !== window) {
  let last = 0;
  const tell = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height says nothing private, so any host may hear it.
    window.parent.postMessage({ type: 'nordic-partnerships:height', height }, '*');
  };
  new ResizeObserver(tell).observe(document.documentElement);
}

await import('./embed.js');

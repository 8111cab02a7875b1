// The iframe embed, for CMSs that strip <script>: frame.html?lang=sv&country=SE&src=…
// shows one widget filling the frame. Each address parameter is the data-* setting of the
// same name (README, "Embed on your site"), so a frame and a snippet take the same settings
// and report wrong ones the same way. The widget keeps its filters to itself (url-state
// off) and is the frame's page (heading level 1) unless the address says otherwise.
// Where the host page listens (the optional script in snippet.html), the frame tells it
// its height, so the host can size the frame to the widget; otherwise it scrolls inside.
//
// Anyone can write a frame address, and the frame shows its data under the publisher's
// origin, so `src` is taken only from this origin or from an origin the publisher lists in
// frame-sources.json beside this file ({"origins": ["https://data.example.org"]}, edited at
// deploy time; README, "Data from other sites in the frame"). Any other `src` is not
// requested: the widget says the publisher does not allow it. Names the widget uses for
// itself (`np-…`) are never taken from the address.
const widget = document.querySelector('[data-nordic-partnerships]');
const params = new URLSearchParams(location.search);
for (const [name, value] of params) {
  // Only setting-shaped names become attributes; the widget names any it does not know.
  if (/^[a-z][a-z-]{0,30}$/.test(name) && !name.startsWith('np-') && name !== 'src') {
    widget.setAttribute(`data-${name}`, value);
  }
}
if (!params.has('url-state')) widget.setAttribute('data-url-state', 'off');
if (!params.has('heading-level')) widget.setAttribute('data-heading-level', '1');

/** Whether the publisher lets this frame show the data file at `src`. */
async function allowedSource(src) {
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    return true; // not an address: the widget's settings notice names it, and nothing is requested
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return true; // likewise
  if (url.origin === location.origin) return true;
  try {
    const response = await fetch(new URL('./frame-sources.json', import.meta.url), { cache: 'no-cache' });
    if (!response.ok) return false;
    const { origins } = await response.json();
    return Array.isArray(origins) && origins.some((origin) => {
      try {
        return new URL(origin).origin === url.origin;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

const src = params.get('src');
if (src !== null) {
  widget.setAttribute((await allowedSource(src)) ? 'data-src' : 'data-np-refused-src', src);
}

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

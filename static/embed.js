// The Nordic partnerships widget loader: one external ES module, so it runs
// under a strict Content-Security-Policy (no inline script). Everything it
// loads resolves against this module's own URL, so the folder works from any
// origin and under any path, whatever the host page's <base>.
//
// Integrity: the release build (tools/seal.mjs) writes wasm-bindgen's glue
// code into this file in place of the import below, and the SHA-384 of the
// wasm and of partnerships.json into WASM_INTEGRITY and DATA_INTEGRITY. The
// snippet's integrity attribute covers this file, so it covers every byte
// the widget loads: a changed wasm or data file is refused.
//
// Each widget lives in its own open shadow root, styled by a stylesheet the
// wasm carries, so the host page's CSS and the widget's never meet.
//
// It mounts a widget into every <div data-nordic-partnerships …> on the page,
// now and whenever one is added later, unmounts those removed from the page,
// and defines <nordic-partnerships …>. Loading it twice is harmless: a module
// runs once per URL, the element is defined once, and an element that holds
// a widget is never mounted again.
import init, { internalErrorTexts, loadingSessions, mount, mountAll, mountedCount, prefetched, setPublishedData, unmountDetached, wasmMemoryBytes } from './nordic-partnerships.js';

const WASM_INTEGRITY = null;
const DATA_INTEGRITY = null;

const SELECTOR = '[data-nordic-partnerships]';

// The one message the loader itself may have to show: the wasm could not be
// loaded (network, CSP, or a file that failed its integrity check). The
// release build (tools/seal.mjs) writes the interface languages here from the
// widget's own table (`cargo run --bin embed-texts`): every tag that picks a
// language, and the message in each. Unsealed (a debug build), English only.
const LANGUAGES = null;
const { tags: LANG_TAGS, loadFailed: LOAD_FAILED } = LANGUAGES ?? {
  tags: { en: 'en' },
  loadFailed: { en: 'The partnership list could not be loaded. Details are in the browser console.' },
};

function showLoadFailure(error) {
  console.error('nordic-partnerships: the widget could not be loaded:', error);
  for (const element of document.querySelectorAll(`${SELECTOR}, nordic-partnerships`)) {
    const tag = (element.dataset.lang || element.closest('[lang]')?.lang || navigator.language || 'en');
    const lang = LANG_TAGS[tag.split(/[-_]/)[0].toLowerCase()] ?? 'en';
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = LOAD_FAILED[lang];
    (element.shadowRoot || element.attachShadow({ mode: 'open' })).replaceChildren(alert);
  }
}

const wasmUrl = new URL('./nordic-partnerships_bg.wasm', import.meta.url);
const glueUrl = new URL('./nordic-partnerships.js', import.meta.url);

// A bug in the wasm stops it for good: the release build aborts at a panic,
// which arrives here as a WebAssembly.RuntimeError thrown from whatever called
// into the wasm (an event handler, a frame, a task). Then every widget says
// so in its language instead of sitting there unresponsive, and nothing calls
// into the stopped module again. The wording is read from the wasm up front
// (see src/web/internal_error.rs); errors of other scripts are left alone.
let internalError = null;
let stopped = false;

function isOurStop(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return false;
  const stack = String(error.stack ?? '');
  return [import.meta.url, wasmUrl.href, glueUrl.href].some((url) => stack.includes(url));
}

function showInternalError(error) {
  if (stopped) return;
  stopped = true;
  console.error('nordic-partnerships: internal error; every widget on the page has stopped:', error);
  const texts = internalError ?? {};
  for (const element of document.querySelectorAll('[data-np-mounted]')) {
    const root = element.shadowRoot ?? element;
    const lang = root.querySelector('.np-widget')?.getAttribute('lang');
    const [label, message] = texts[lang] ?? texts.en ?? ['', LOAD_FAILED.en];
    const section = document.createElement('section');
    section.className = 'np-widget';
    section.setAttribute('lang', lang in texts ? lang : 'en');
    section.setAttribute('data-theme', root.querySelector('.np-widget')?.getAttribute('data-theme') ?? 'auto');
    section.setAttribute('aria-label', label);
    const alert = document.createElement('p');
    alert.className = 'np-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = message;
    section.append(alert);
    root.replaceChildren(section);
  }
}

addEventListener('error', (event) => {
  if (isOurStop(event.error)) showInternalError(event.error);
});
addEventListener('unhandledrejection', (event) => {
  if (isOurStop(event.reason)) showInternalError(event.reason);
});
const dataUrl = new URL('./partnerships.json', import.meta.url).href;

// The data of the widgets already on the page downloads while the wasm does,
// not after it: each answer is handed to the wasm, which reads it exactly as
// it reads its own fetch (status, type, size cap). Only http(s) addresses are
// requested, as the wasm itself does; anything else it refuses unrequested.
function startDataDownloads() {
  const downloads = new Map();
  for (const element of document.querySelectorAll(`${SELECTOR}, nordic-partnerships`)) {
    if (element.hasAttribute('data-np-refused-src')) continue; // the frame refused its src: nothing to fetch
    const src = element.getAttribute('data-src');
    let address = dataUrl;
    let integrity = DATA_INTEGRITY ?? undefined;
    if (src !== null) {
      if (src.trim() === '') continue; // the settings' notice handles it
      try {
        const url = new URL(src, location.href);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        address = url.href;
        integrity = undefined;
      } catch {
        continue;
      }
    }
    // Keyed by address and check: an editor's data-src naming the published file is
    // downloaded unchecked, and never stands in for the checked download (or the other way).
    const key = `${integrity ?? ''} ${address}`;
    if (!downloads.has(key)) {
      const response = fetch(address, { integrity });
      response.catch(() => {}); // a failure is reported by the widget that reads it
      downloads.set(key, { address, integrity, response });
    }
  }
  return downloads;
}
const downloads = startDataDownloads();

const ready = init({
  module_or_path: WASM_INTEGRITY ? fetch(wasmUrl, { integrity: WASM_INTEGRITY }) : wasmUrl,
}).then(() => {
  const texts = internalErrorTexts();
  internalError = {};
  for (let i = 0; i + 2 < texts.length; i += 3) internalError[texts[i]] = [texts[i + 1], texts[i + 2]];
  // Widgets without data-src show the partnerships published beside this file
  // (set before any widget mounts, custom elements included).
  setPublishedData(dataUrl, DATA_INTEGRITY ?? undefined);
  for (const { address, integrity, response } of downloads.values()) prefetched(address, integrity, response);
}).catch((error) => {
  showLoadFailure(error);
  throw error;
});

class NordicPartnerships extends HTMLElement {
  connectedCallback() {
    ready.then(() => {
      if (this.isConnected && !this.widget && !stopped) this.widget = mount(this, undefined);
    });
  }

  disconnectedCallback() {
    ready.then(() => {
      if (!this.isConnected && this.widget && !stopped) {
        this.widget.unmount();
        this.widget = undefined;
      }
    });
  }
}

if (!customElements.get('nordic-partnerships')) {
  customElements.define('nordic-partnerships', NordicPartnerships);
}

await ready;
mountAll();

// Placeholders added later (a CMS that renders late, a single-page app), and
// removed ones: their widgets are unmounted, with their listeners and their
// address prefix, so a widget mounted again reads the plain parameters.
new MutationObserver((records) => {
  if (stopped) return;
  let added = false;
  let removed = false;
  for (const record of records) {
    for (const node of record.addedNodes) {
      added ||= node.nodeType === Node.ELEMENT_NODE && (node.matches(SELECTOR) || node.querySelector(SELECTOR) !== null);
    }
    removed ||= record.removedNodes.length > 0;
  }
  if (removed) unmountDetached();
  if (added) mountAll();
}).observe(document.documentElement, { childList: true, subtree: true });

export { loadingSessions, mount, mountAll, mountedCount, unmountDetached, wasmMemoryBytes };

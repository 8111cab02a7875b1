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
// Each widget lives in its own open shadow root, styled by one adopted
// stylesheet (widget.css beside this file, fetched with its SHA-384 while the
// wasm downloads and handed to it), so the host page's CSS and the widget's
// never meet, and a strict CSP needs no style-src for it.
//
// It mounts a widget into every <div data-nordic-partnerships …> on the page,
// now and whenever one is added later, unmounts those removed from the page,
// and defines <nordic-partnerships …>. Loading it twice is harmless: a module
// runs once per URL, the element is defined once, and an element that holds
// a widget is never mounted again.
import init, { addTexts, internalErrorTexts, loadingSessions, mount, mountAll, mountedCount, prefetched, setPublishedData, setTextsLoader, unmountDetached, useStyles, wasmMemoryBytes } from './nordic-partnerships.js';

const WASM_INTEGRITY = null;
const DATA_INTEGRITY = null;
const STYLES_INTEGRITY = null;
// The prerendered first views (dist/first-view/<lang>.json, one per language, at heading
// level 2 with "Copy link") and their SHA-256, written by tools/seal.mjs: { en: 'sha256-…', … }.
// Unsealed, none.
const FIRST_VIEWS = null;
// Each interface language's texts (dist/texts/<tag>.txt) and their SHA-256, written by
// tools/seal.mjs: { is: 'sha256-…', … }. The wasm carries English; a widget that speaks
// another language gets its file, fetched here beside the wasm (or by the widget when a
// visitor switches to it). Unsealed (a debug build), the wasm carries every language.
const TEXTS = null;

const SELECTOR = '[data-nordic-partnerships]';

// The one message the loader itself may have to show: the wasm could not be
// loaded (network, CSP, or a file that failed its integrity check). The
// release build (tools/seal.mjs) writes the interface languages here from the
// widget's own table (`cargo run --bin embed-texts`): every tag that picks a
// language, and the message in each. Unsealed (a debug build), English only.
const LANGUAGES = null;
const { tags: LANG_TAGS, loadFailed: LOAD_FAILED, loading: LOADING } = LANGUAGES ?? {
  tags: { en: 'en' },
  loadFailed: { en: 'The partnership list could not be loaded. Details are in the browser console.' },
  loading: { en: 'Loading partnerships…' },
};
/** The interface language a tag picks, if any (as the wasm's `UiLang::from_tag`). */
const pickLang = (tag) => (tag == null ? undefined : LANG_TAGS[tag.split(/[-_]/)[0].toLowerCase()]);
/** The language a widget in `element` speaks, as the wasm decides it (src/web/page_lang.rs). */
const langOf = (element) => pickLang(element.getAttribute('data-lang'))
  ?? pickLang(element.closest('[lang]')?.getAttribute('lang'))
  ?? navigator.languages.map(pickLang).find(Boolean)
  ?? 'en';

function showLoadFailure(error) {
  console.error('nordic-partnerships: the widget could not be loaded:', error);
  for (const element of document.querySelectorAll(`${SELECTOR}, nordic-partnerships`)) {
    const tag = (element.dataset.lang || element.closest('[lang]')?.lang || navigator.language || 'en');
    const lang = pickLang(tag) ?? 'en';
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = LOAD_FAILED[lang];
    (element.shadowRoot || element.attachShadow({ mode: 'open' })).replaceChildren(alert);
  }
}

const wasmUrl = new URL('./nordic-partnerships_bg.wasm', import.meta.url);
const glueUrl = new URL('./nordic-partnerships.js', import.meta.url);

// A language's texts, fetched once with its hash (a promise of the file's text).
const textsFetched = new Map();
function fetchTexts(tag) {
  if (!TEXTS?.[tag]) return Promise.reject(new Error(`no texts for ${tag}`));
  if (!textsFetched.has(tag)) {
    textsFetched.set(tag, fetch(new URL(`./texts/${tag}.txt`, import.meta.url), { integrity: TEXTS[tag] })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .catch((error) => {
        textsFetched.delete(tag); // asked again, fetched again
        throw error;
      }));
  }
  return textsFetched.get(tag);
}
// The languages the widgets on the page speak now, fetched while the wasm downloads.
const textsAtStart = TEXTS
  ? [...new Set([...document.querySelectorAll(`[data-nordic-partnerships], nordic-partnerships`)].map(langOf))]
    .filter((tag) => TEXTS[tag])
    .map((tag) => fetchTexts(tag).then((text) => [tag, text], (error) => {
      console.warn(`nordic-partnerships: the ${tag} texts could not be fetched (the widget asks again):`, error);
      return null;
    }))
  : [];

// The stylesheet, one sheet for every widget and the first view. Without it a
// widget still works, unstyled, and says why in the console.
const styles = fetch(new URL('./widget.css', import.meta.url), STYLES_INTEGRITY ? { integrity: STYLES_INTEGRITY } : {})
  .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  })
  .catch((error) => {
    console.warn('nordic-partnerships: the stylesheet could not be loaded; the widget is shown unstyled:', error);
    return null;
  });

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

/** The internal-error wording of every language whose texts the wasm has, read while it can be called. */
function readInternalError() {
  const texts = internalErrorTexts();
  internalError = {};
  for (let i = 0; i + 2 < texts.length; i += 3) internalError[texts[i]] = [texts[i + 1], texts[i + 2]];
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

// ---- The first view, before the code and the data ----
// The build renders the widget's opening view (src/bin/prerender) for every
// language. Our own pages carry the English one in a declarative shadow root;
// here a page's one widget gets the view that matches its settings, fetched
// with its integrity while the wasm and the data download, and built with
// createElement (no HTML parser: nothing for a host's Trusted Types to
// refuse; its stylesheet adopted: nothing for a strict CSP to refuse). The
// live widget takes its place when its first page is in (src/web/first_view.rs).
// Settings that change the opening view (own data, filters, a page size, a
// title, a shared link's parameters…) get none: never a view that then jumps.
const VIEW_SETTINGS = new Set(['data-nordic-partnerships', 'data-lang', 'data-theme', 'data-heading-level', 'data-url-state']);
// The address parameters that change the opening view (with a widget's prefix), written
// in by tools/seal.mjs from query::url_state::view_param_names. Unsealed, there are no first views.
const VIEW_PARAMS = null;
const SKIP_MARK = 'data-np-first-view'; // set by first-view.js on our pages when the address asks for another view
const PRERENDERED = '[data-np-prerendered]';

/** Which first view `element`'s widget opens with, or null when none matches its settings. */
function firstViewFor(element) {
  for (const { name } of element.attributes) {
    if (name.startsWith('data-') && !VIEW_SETTINGS.has(name)) return null;
  }
  const level = element.getAttribute('data-heading-level') ?? '2';
  const urlState = element.getAttribute('data-url-state') ?? 'on';
  const theme = element.getAttribute('data-theme') || 'auto';
  if (!['1', '2'].includes(level) || !/^[\w-]*$/.test(urlState) || !['auto', 'light', 'dark'].includes(theme)) return null;
  const linked = urlState !== 'off';
  if (linked && VIEW_PARAMS?.test(location.search)) return null;
  // A data-lang no language takes gets a notice in the live widget: no first view before it.
  const dataLang = element.getAttribute('data-lang');
  if (dataLang !== null && !pickLang(dataLang)) return null;
  const name = langOf(element);
  return FIRST_VIEWS?.[name] ? { name, integrity: FIRST_VIEWS[name], theme, level: Number(level), linked } : null;
}

const SVG = 'http://www.w3.org/2000/svg';
const WITH_LINK_ONLY = /(^| )(np-copy-link|np-view-actions__status)( |$)/;
/**
 * A node of the prerendered tree (a text, or [name, attributes, ...children]) as the variant
 * `wanted` starts with: at heading level 1 every heading one level up, and without "Copy link"
 * when the widget keeps its view out of the address. The same derivation as the prerender's
 * `tree::variant`, which checks it against rendering each variant. Null: not in this variant.
 */
function build(node, wanted, svg = false) {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  if (!wanted.linked && WITH_LINK_ONLY.test(attributes.class ?? '')) return null;
  const name = wanted.level === 1 && /^h[234]$/.test(tag) ? `h${tag[1] - 1}` : tag;
  const inSvg = svg || name === 'svg';
  const element = inSvg ? document.createElementNS(SVG, name) : document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (/^on/i.test(key)) continue; // never written by the renderer; never taken
    // "Show more" leads to the static list beside this file, not beside the host page.
    const relative = key === 'href' && !/^([a-z][a-z\d+.-]*:|#)/i.test(value);
    element.setAttribute(key, relative ? new URL(value, import.meta.url).href : value);
  }
  return appendBuilt(element, children, wanted, inSvg);
}

/** `parent` with the nodes of `nodes` that are in the variant `wanted` appended, built. */
function appendBuilt(parent, nodes, wanted, svg = false) {
  for (const node of nodes) {
    const built = build(node, wanted, svg);
    if (built) parent.append(built);
  }
  return parent;
}

/**
 * Until the live widget takes over, a control that needs the code stays
 * focusable and says why it does nothing: aria-disabled (the prerendered
 * HTML has `disabled`, right for a page without JavaScript), and activating
 * it announces "Loading partnerships…".
 */
function guard(view) {
  const lang = view.querySelector('.np-widget')?.getAttribute('lang');
  const status = document.createElement('p');
  status.className = 'np-visually-hidden';
  status.setAttribute('role', 'status');
  view.append(status);
  for (const control of view.querySelectorAll(':is(button, select, input)[disabled]')) {
    control.disabled = false;
    control.setAttribute('aria-disabled', 'true');
  }
  const hold = (event) => {
    if (!event.target.closest?.('[aria-disabled="true"]')) return;
    if (event.type === 'keydown' && !['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'mousedown') return;
    status.textContent = '';
    setTimeout(() => { status.textContent = LOADING[lang] ?? LOADING.en; }, 50);
  };
  for (const type of ['mousedown', 'click', 'keydown']) view.addEventListener(type, hold, true);
}

function startFirstView() {
  const elements = document.querySelectorAll(`${SELECTOR}, nordic-partnerships`);
  // One widget: a second one's title differs ("… (2)"), so it would not match.
  if (elements.length !== 1) return;
  const [element] = elements;
  const declared = element.shadowRoot?.querySelector(`.np-host${PRERENDERED}`);
  if (declared && !document.documentElement.hasAttribute(SKIP_MARK)) {
    guard(declared);
    return;
  }
  const wanted = FIRST_VIEWS && firstViewFor(element);
  if (!wanted) return;
  const fragment = fetch(new URL(`./first-view/${wanted.name}.json`, import.meta.url), { integrity: wanted.integrity })
    .then((response) => (response.ok ? response.json() : null));
  Promise.all([fragment, styles])
    .then(([fragment, sheet]) => {
      // The live widget may have come first (a warm cache): then it stays. Unstyled, no first view.
      if (!fragment || !sheet || !element.isConnected || element.hasAttribute('data-np-mounted')) return;
      const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
      const view = document.createElement('div');
      view.className = 'np-host';
      view.setAttribute('data-np-prerendered', '');
      appendBuilt(view, fragment.view, wanted);
      view.querySelector('.np-widget')?.setAttribute('data-theme', wanted.theme);
      guard(view);
      shadow.adoptedStyleSheets = [sheet];
      shadow.replaceChildren(view);
      document.documentElement.removeAttribute(SKIP_MARK);
    })
    .catch((error) => console.warn('nordic-partnerships: no first view (the widget shows once loaded):', error));
}
startFirstView();

const ready = init({
  module_or_path: WASM_INTEGRITY ? fetch(wasmUrl, { integrity: WASM_INTEGRITY }) : wasmUrl,
}).then(() => Promise.all([styles, ...textsAtStart])).then(([sheet, ...fetched]) => {
  if (sheet) useStyles(sheet);
  for (const [tag, text] of fetched.filter(Boolean)) addTexts(tag, text);
  readInternalError();
  // Another language a visitor switches to: fetched then, and its wording for an internal error kept.
  setTextsLoader((tag) => fetchTexts(tag).then((text) => {
    if (addTexts(tag, text)) readInternalError();
    return text;
  }));
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

// The Nordic partnerships widget loader: one external ES module, so it runs
// under a strict Content-Security-Policy (no inline script). Everything it
// loads resolves against this module's own URL, so the folder works from any
// origin and under any path, whatever the host page's <base>.
//
// It mounts a widget into every <div data-nordic-partnerships …> on the page,
// now and whenever one is added later, and defines <nordic-partnerships …>.
// Loading it twice is harmless: a module runs once per URL, the element is
// defined once, and an element that holds a widget is never mounted again.
import init, { mount, mountAll } from './nordic-partnerships.js';

const SELECTOR = '[data-nordic-partnerships]';

const ready = init({ module_or_path: new URL('./nordic-partnerships_bg.wasm', import.meta.url) });

// The widget's stylesheet, from beside this module: one <link>, added once.
// (Under a strict CSP the host allows this origin in style-src.)
const styles = new URL('./widget.css', import.meta.url).href;
if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.href === styles)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styles;
  document.head.append(link);
}

class NordicPartnerships extends HTMLElement {
  connectedCallback() {
    ready.then(() => {
      if (this.isConnected && !this.widget) this.widget = mount(this, undefined);
    });
  }

  disconnectedCallback() {
    ready.then(() => {
      if (!this.isConnected && this.widget) {
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

// Placeholders added later (a CMS that renders late, a single-page app).
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && (node.matches(SELECTOR) || node.querySelector(SELECTOR))) {
        mountAll();
        return;
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export { mount, mountAll };

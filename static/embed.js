// The Nordic partnerships widget loader: one external ES module, so it runs
// under a strict Content-Security-Policy (no inline script). Everything it
// loads resolves against this module's own URL, so the folder works from any
// origin and under any path, whatever the host page's <base>.
//
// Each widget lives in its own open shadow root, styled by a stylesheet the
// wasm carries, so the host page's CSS and the widget's never meet.
//
// It mounts a widget into every <div data-nordic-partnerships …> on the page,
// now and whenever one is added later, and defines <nordic-partnerships …>.
// Loading it twice is harmless: a module runs once per URL, the element is
// defined once, and an element that holds a widget is never mounted again.
import init, { mount, mountAll } from './nordic-partnerships.js';

const SELECTOR = '[data-nordic-partnerships]';

const ready = init({ module_or_path: new URL('./nordic-partnerships_bg.wasm', import.meta.url) });

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

// Injected into every benchmark page before its own scripts (Playwright's
// addInitScript). It records, in the page's own clock:
// - long tasks and layout shifts (PerformanceObserver);
// - the time of the last input or click event, and of the last DOM change
//   (MutationObserver on the document and on every shadow root as it is
//   attached), so "event → DOM updated" is measured where it happens;
// - "first cards": the first animation frame after a card is in the DOM
//   (a prerendered first view's cards count: they are on screen);
// - "live": the same for the live widget's own cards (interactive).
// The selector of a card comes in `window.__benchCardSelector`.
(() => {
  const bench = {
    longTasks: [],
    layoutShift: 0,
    lastEvent: 0,
    lastMutation: 0,
    cardsInDom: null,
    firstCards: null,
    liveInDom: null,
    live: null,
  };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.layoutShift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const roots = [document];
  const observe = (root) => new MutationObserver(() => { bench.lastMutation = performance.now(); })
    .observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  observe(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    roots.push(root);
    observe(root);
    return root;
  };
  for (const type of ['input', 'click', 'change']) {
    document.addEventListener(type, (e) => { if (e.isTrusted) bench.lastEvent = e.timeStamp; }, true);
  }

  // Shadow roots made by attachShadow, and declarative ones written in the page.
  const allRoots = () => [
    ...roots,
    ...[...document.querySelectorAll('[data-nordic-partnerships], nordic-partnerships')].map((e) => e.shadowRoot).filter(Boolean),
  ];
  const hasCard = () => allRoots().some((root) => root.querySelector(window.__benchCardSelector));
  // "Interactive": a card of the live widget (not of a prerendered first view, nor of the
  // live widget still hidden beside it). A page with no first view: its first cards.
  const hasLiveCard = () => allRoots().some((root) =>
    [...root.querySelectorAll(window.__benchCardSelector)].some((card) => !card.closest('[data-np-prerendered], [data-np-pending]')));
  const poll = () => {
    if (bench.cardsInDom === null && hasCard()) {
      bench.cardsInDom = performance.now();
      requestAnimationFrame(() => { bench.firstCards = performance.now(); });
    }
    if (bench.liveInDom === null && hasLiveCard()) {
      bench.liveInDom = performance.now();
      requestAnimationFrame(() => { bench.live = performance.now(); });
    }
    if (bench.liveInDom === null || bench.cardsInDom === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  /** Resolves once the DOM has not changed for `quietMs`: the time from the last event to the last change. */
  bench.settle = (quietMs = 150, timeoutMs = 10000) => new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      const now = performance.now();
      const quiet = now - Math.max(bench.lastMutation, bench.lastEvent) >= quietMs;
      if (quiet || now - start > timeoutMs) {
        resolve(bench.lastMutation >= bench.lastEvent ? bench.lastMutation - bench.lastEvent : null);
      } else {
        setTimeout(check, 20);
      }
    };
    setTimeout(check, 20);
  });
})();

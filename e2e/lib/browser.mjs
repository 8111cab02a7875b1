// Debian's Chromium driven by playwright-core (never `npx playwright install`:
// it downloads a browser, which these machines cannot).
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// Each widget lives in an open shadow root, which document.querySelector does
// not enter. Pages get two helpers that do: npAll(selector) (every match in
// the document and in open shadow roots) and npActive() (the focused element,
// inside shadow roots too). Playwright locators pierce shadow roots by themselves.
export const SHADOW_HELPERS = `
  window.npAll = (selector) => {
    const out = [...document.querySelectorAll(selector)];
    for (const host of document.querySelectorAll('*')) {
      if (host.shadowRoot) out.push(...host.shadowRoot.querySelectorAll(selector));
    }
    return out;
  };
  window.npActive = () => {
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    return e;
  };
`;

/** The mount elements: include them in axe scans, which then audit their shadow roots. */
export const WIDGET_HOSTS = '[data-nordic-partnerships], nordic-partnerships';

// A page that records console errors, page errors and failed requests, so a
// test can assert there were none.
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(SHADOW_HELPERS);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  await page.goto(url);
  return { page, context, problems };
}

/**
 * Waits until `scope` (a page or a locator) shows cards and no grid in it is
 * still filling its first page (the grid carries aria-busy until it is full),
 * so counts and "Show more" read the settled view.
 */
export async function cardsShown(scope, { timeout = 30_000 } = {}) {
  await scope.locator('.np-card').first().waitFor({ timeout });
  // A prerendered first view's cards are not the live widget's: wait for its take-over.
  await scope.locator('[data-np-prerendered], [data-np-pending]').first().waitFor({ state: 'detached', timeout });
  await scope.locator('.np-grid[aria-busy]').first().waitFor({ state: 'detached', timeout });
}

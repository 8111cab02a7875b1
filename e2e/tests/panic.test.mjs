// A real panic in the wasm (examples/panic_probe.rs, built as the release
// widget is: aborting at once): embed.js sees the module stop and replaces
// every mounted widget with the internal-error message in its language, as
// text in a role=alert; the console says what happened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../lib/server.mjs';
import { cardsShown, launch, openPage } from '../lib/browser.mjs';

const PROBE = new URL('../../examples/panic-probe/', import.meta.url).pathname;
const PKG = process.env.NP_PANIC_PROBE_PKG ?? new URL('../../target/wasm/panic-probe-pkg/', import.meta.url).pathname;

let server;
let browser;

before(async () => {
  server = await serve({ '/widget/': PKG, '/': PROBE });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a real panic leaves every widget with a readable error in its language', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'yes', null, { timeout: 30_000 });
  const widgets = page.locator('[data-nordic-partnerships]');
  await cardsShown(widgets.nth(0), { timeout: 30_000 });
  await cardsShown(widgets.nth(1), { timeout: 30_000 });

  // As a bug would: from a task of its own, not from a caller that catches it.
  await page.evaluate(() => setTimeout(() => window.npCrash()));
  const alerts = page.locator('[data-nordic-partnerships] [role=alert]');
  await alerts.nth(1).waitFor({ timeout: 10_000 });
  assert.deepEqual(await alerts.allTextContents(), [
    'Kumppanuuslista pysähtyi sisäisen virheen vuoksi. Yritä uudelleen lataamalla sivu uudelleen.',
    'Listan över partnerskap stoppade på grund av ett internt fel. Ladda om sidan för att försöka igen.',
  ]);
  assert.equal(await page.locator('.np-card').count(), 0);
  assert.ok(problems.some((p) => /nordic-partnerships: internal error; every widget on the page has stopped: RuntimeError/.test(p)), problems.join('\n'));
  // Nothing calls into the stopped module: a placeholder added now stays empty.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div data-nordic-partnerships id="late"></div>'));
  await page.evaluate(() => new Promise(requestAnimationFrame));
  assert.equal(await page.locator('#late').evaluate((el) => el.shadowRoot === null && !el.hasAttribute('data-np-mounted')), true);
  await context.close();
});

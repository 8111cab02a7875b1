// A real panic in the wasm (examples/panic_probe.rs): the panic hook replaces
// every mounted widget with the internal-error message in its language, as
// text in a role=alert, and the console gets the panic for developers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../lib/server.mjs';
import { launch, openPage } from '../lib/browser.mjs';

const PROBE = new URL('../../examples/panic-probe/', import.meta.url).pathname;
const PKG = process.env.NP_PANIC_PROBE_PKG ?? new URL('../../target/wasm/panic-probe-pkg/', import.meta.url).pathname;

let server;
let browser;

before(async () => {
  server = await serve({ '/pkg/': PKG, '/': PROBE });
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
  await widgets.nth(0).locator('.np-card').first().waitFor({ timeout: 30_000 });
  await widgets.nth(1).locator('.np-card').first().waitFor({ timeout: 30_000 });

  // The panic surfaces in JavaScript as an exception from the wasm call.
  const thrown = await page.evaluate(() => {
    try {
      window.npCrash();
      return null;
    } catch (error) {
      return String(error);
    }
  });
  assert.ok(thrown, 'crash() threw');

  const alerts = page.locator('[data-nordic-partnerships] [role=alert]');
  await alerts.nth(1).waitFor({ timeout: 10_000 });
  assert.deepEqual(await alerts.allTextContents(), [
    'Kumppanuuslista pysähtyi sisäisen virheen vuoksi. Yritä uudelleen lataamalla sivu uudelleen.',
    'Listan över partnerskap stoppade på grund av ett internt fel. Ladda om sidan för att försöka igen.',
  ]);
  assert.equal(await page.locator('.np-card').count(), 0);
  assert.ok(problems.some((p) => /nordic-partnerships: internal error: [\s\S]*panic probe: a deliberate panic/.test(p)), problems.join('\n'));
  await context.close();
});

import { launch, openPage } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
const server = await serve('/work/main/dist');
const browser = await launch();
const [path, w, scheme, action, clip] = process.argv.slice(2);
const { page, context } = await openPage(browser, server.url + path, { viewport: { width: +w, height: 900 }, colorScheme: scheme });
await page.locator('.np-card').first().waitFor();
if (action === 'years') { const h = page.locator('[data-np-handle=from]'); await h.focus(); }
await page.locator('.np-timeline').scrollIntoViewIfNeeded();
await page.waitForTimeout(200);
const opts = { path: `/tmp/shot/${w}-${scheme}-${action ?? 'plain'}.png` };
if (clip) { const b = await page.locator('.np-years').boundingBox(); opts.clip = { x: b.x - 10, y: b.y - 10, width: b.width + 20, height: b.height + 20 }; }
await page.screenshot(opts);
await browser.close(); await server.close();

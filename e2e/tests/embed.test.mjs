// Embedding on a host page (examples/host/): two widgets on one page, an
// organisation's own data, data errors, placeholders added later, the custom
// element, and settings that are wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { AxeBuilder } from '@axe-core/playwright';
import { cardsShown, launch, openPage, WIDGET_HOSTS } from '../lib/browser.mjs';

const DIST = process.env.NP_DIST ?? new URL('../../dist/', import.meta.url).pathname;
const HOST = new URL('../../examples/host/', import.meta.url).pathname;
const DATA = JSON.parse(readFileSync(new URL('../../data/partnerships.json', import.meta.url), 'utf8'));
const countWith = (pred) => DATA.partnerships.filter(pred).length;

let server;
let browser;

before(async () => {
  server = await serve({ '/widget/': DIST, '/': HOST });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Errors the widget is expected to log for editors; anything else is a failure.
const unexpected = (problems, allowed) => problems.filter((p) => !allowed.some((re) => re.test(p)));

async function openPlain(options = {}) {
  const opened = await openPage(browser, `${server.url}plain.html`, { viewport: { width: 1280, height: 900 }, ...options });
  // Both widgets load in slices, each at its own pace: wait for the cards of each.
  for (const n of [0, 1]) await cardsShown(opened.page.locator('.np-widget').nth(n));
  return opened;
}

test('two widgets on one page: own settings, own data, own live region and address prefix', async () => {
  const { page, context, problems } = await openPlain();
  const [first, second] = [page.locator('.np-widget').nth(0), page.locator('.np-widget').nth(1)];
  const nSeNo = countWith((p) => p.countries.includes('SE') || p.countries.includes('NO'));
  assert.equal(await first.getByRole('status').textContent(), `${nSeNo} partnerskap`);
  assert.equal(await first.getAttribute('lang'), 'sv');
  // The organisation's own file: two valid records, one left out and counted.
  assert.equal(await second.getByRole('status').textContent(), '2 partnerships');
  assert.match(await second.locator('.np-notice').textContent(), /^1 entry in the data could not be shown/);
  assert.equal(await page.locator('[role=status]').count(), 2);
  // Typing in one widget leaves the other alone and writes under its own prefix.
  await second.getByRole('searchbox').fill('test bed');
  await page.waitForFunction(() => location.search.includes('w2-q=test+bed'));
  assert.equal(await second.getByRole('status').textContent(), '1 of 2 partnerships');
  assert.equal(await first.getByRole('status').textContent(), `${nSeNo} partnerskap`);
  await first.getByRole('checkbox', { name: /^Norge\s*\d+$/ }).check();
  await page.waitForFunction(() => /(^|[?&])country=NO(&|$)/.test(location.search));
  assert.equal(await second.getByRole('status').textContent(), '1 of 2 partnerships');
  // Each widget is styled inside its own shadow root; nothing was added to the page's styles.
  assert.equal(await page.locator('link[rel=stylesheet], style').count(), 0);
  for (const widget of [first, second]) {
    assert.equal(await widget.locator('.np-grid').evaluate((el) => getComputedStyle(el).display), 'grid');
  }
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nordic-partnerships]')[1].shadowRoot.mode), 'open');
  // Every reason for the left-out record is in the console, naming the record and field.
  const logged = problems.join('\n');
  assert.match(logged, /our-data\.json: record 2 \(id "Example Broken Record"\), field "id"/);
  assert.match(logged, /field "sources\[0\]\.url": "javascript:alert\(1\)" is not a web address/);
  assert.deepEqual(unexpected(problems, [/our-data\.json: record 2/]), []);
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  const axe = await new AxeBuilder({ page }).include(WIDGET_HOSTS).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);
  await context.close();
});

test('data errors give a clear message in the widget and the details in the console', async () => {
  const { page, context, problems } = await openPlain();
  const cases = [
    ['http://127.0.0.1:9/closed.json', /could not be fetched \(network error\)/, /closed\.json: the request failed/],
    ['missing.json', /HTTP 404/, /missing\.json: the server answered HTTP 404/],
    ['plain.html', /does not point to a JSON file/, /plain\.html: the server sent "text\/html; charset=utf-8", not JSON/],
    ['broken.json', /not valid partnership data/, /broken\.json: invalid JSON at line 4, column \d+/],
  ];
  for (const [src, message] of cases) {
    await page.evaluate((src) => {
      const div = document.createElement('div');
      div.dataset.nordicPartnerships = '';
      div.dataset.src = src;
      div.dataset.urlState = 'off';
      div.className = `case-${src.replace(/\W/g, '-')}`;
      document.body.append(div);
    }, src);
    const alert = page.locator(`.case-${src.replace(/\W/g, '-')} [role=alert]`);
    await alert.waitFor({ timeout: 10_000 });
    assert.match(await alert.textContent(), message);
  }
  const logged = problems.join('\n');
  for (const [, , detail] of cases) assert.match(logged, detail);
  assert.deepEqual(
    unexpected(problems, [/our-data\.json: record 2/, /closed\.json/, /net::ERR_/, /missing\.json/, /plain\.html/, /broken\.json/, /status of 404/]),
    [],
  );
  await context.close();
});

test('the custom element mounts, and unmounts when removed; wrong settings are named in the widget', async () => {
  const { page, context, problems } = await openPlain();
  await page.evaluate(() => {
    const el = document.createElement('nordic-partnerships');
    el.setAttribute('data-country', 'IS');
    el.setAttribute('data-url-state', 'off');
    el.setAttribute('data-theme', 'purple');
    document.body.append(el);
  });
  const widget = page.locator('nordic-partnerships .np-widget');
  await cardsShown(widget);
  assert.equal(await widget.getByRole('status').textContent(), `${countWith((p) => p.countries.includes('IS'))} partnerships`);
  assert.equal(
    await widget.locator('.np-notice').textContent(),
    'data-theme="purple" was ignored: expected auto, light or dark',
  );
  const mountedCount = () => page.evaluate(async () => (await import('/widget/embed.js')).mountedCount());
  const before = await mountedCount();
  await page.evaluate(() => {
    window.npRemoved = npAll('nordic-partnerships')[0];
    window.npRemoved.remove();
  });
  // The widget is gone: its app was destroyed (nothing left in its shadow
  // root) and the registry let it go.
  await page.waitForFunction(() => window.npRemoved.shadowRoot.querySelector('.np-widget') === null);
  assert.equal(await mountedCount(), before - 1);
  assert.deepEqual(unexpected(problems, [/our-data\.json: record 2/, /data-theme="purple"/]), []);
  await context.close();
});

test('the published snippet, with its SRI hash, mounts the widget (and its frame form the framed one)', async () => {
  // Every address in it (the script, the frame, the frame listener's origin) points at this server.
  const snippet = readFileSync(new URL('snippet.html', `file://${DIST}/`), 'utf8')
    .replace(/https:\/\/YOUR-HOST\/nordic-partnerships\/[^/]+\//g, `${server.url}widget/`);
  const integrity = snippet.match(/integrity="([^"]+)"/)[1];
  assert.match(integrity, /^sha384-[A-Za-z0-9+/]+=*$/);
  const { page, context, problems } = await openPage(browser, 'about:blank');
  await page.route(`${server.url}snippet-page.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>Snippet</title><link rel="icon" href="/widget/favicon.svg"></head><body>${snippet}</body></html>`,
  }));
  await page.goto(`${server.url}snippet-page.html`);
  await cardsShown(page, { timeout: 30_000 });
  assert.equal(await page.locator('script[integrity]').getAttribute('integrity'), integrity);
  await cardsShown(page.frameLocator('iframe').locator('.np-widget'), { timeout: 30_000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a loading line is announced while an organisation's data is on its way", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/our-data.json', async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(`${server.url}plain.html`);
  const own = page.locator('[data-title="Our partnerships"]');
  await own.getByRole('status').waitFor({ timeout: 30_000 });
  assert.equal(await own.getByRole('status').textContent(), 'Loading partnerships…');
  await cardsShown(own, { timeout: 30_000 });
  assert.equal(await own.getByRole('status').textContent(), '2 partnerships');
  await context.close();
});

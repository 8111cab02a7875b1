// A good guest on the host's page (issue 21): the host router's
// history.state is never changed, the frame shows only data its publisher
// allows and takes no internal names from its address, a download started
// without the published fingerprint never stands in for one with it, and a
// file that fails its fingerprint says so.
import { test, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { assert, setup, DIST, N_RECORDS, countText, eventually, cardsShown, checkbox } from './support.mjs';
import { serve } from '../lib/server.mjs';

const env = setup();
const HOST = new URL('../../examples/host/', import.meta.url).pathname;
let other; // a second origin, serving examples/host/ with CORS

before(async () => {
  other = await serve(HOST, { cors: true });
});
after(async () => {
  await other?.close();
});

// A host page with a small router of its own, as single-page apps have: it
// keeps its data in history.state and complains on a popstate without it.
const ROUTER_PAGE = `
  <script>
    history.replaceState({ router: 'mini', route: '/partners', key: 'k1' }, '');
    window.routerErrors = [];
    addEventListener('popstate', (e) => {
      if (e.state?.router !== 'mini') routerErrors.push('popstate with state ' + JSON.stringify(e.state));
    });
  </script>
  <h1>Host app</h1>
  <div data-nordic-partnerships></div>
  <script type="module" src="embed.js"></script>`;

test("the host router's history.state survives typing, a pushed filter and Back; its own parameters too", async () => {
  const { page, context, problems } = await env.open();
  await page.route(env.url('app.html?page=2'), (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>app</title>${ROUTER_PAGE}</html>` }));
  await page.goto(env.url('app.html?page=2'));
  const widget = page.locator('.np-widget');
  await cardsShown(widget);
  const hostState = { router: 'mini', route: '/partners', key: 'k1' };
  const state = () => page.evaluate(() => history.state);

  await widget.getByRole('searchbox').pressSequentially('ai', { delay: 30 });
  await eventually(async () => assert.equal(new URL(page.url()).search, '?page=2&q=ai'));
  assert.deepEqual(await state(), hostState, 'typing keeps the entry\'s state');

  const length = await page.evaluate(() => history.length);
  await checkbox(page, 'Sweden').check();
  await eventually(async () => assert.equal(new URL(page.url()).search, '?page=2&q=ai&country=SE'));
  assert.equal(await page.evaluate(() => history.length), length + 1, 'a filter change pushes an entry');
  assert.deepEqual(await state(), hostState, 'the pushed entry carries the host\'s state');

  await page.goBack();
  await eventually(async () => assert.equal(new URL(page.url()).search, '?page=2&q=ai'));
  assert.deepEqual(await state(), hostState, 'Back returns to the host\'s state, intact');
  await eventually(async () => assert.equal(await checkbox(page, 'Sweden').isChecked(), false));
  await page.goForward();
  await eventually(async () => assert.equal(await checkbox(page, 'Sweden').isChecked(), true));
  assert.deepEqual(await page.evaluate(() => routerErrors), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('frame.html shows data from its own origin, refuses other origins unless frame-sources.json lists them', async () => {
  const { page, context } = await env.open();
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  const foreign = `${other.url}our-data.json`;
  const frameWith = async (query) => {
    await env.host(page, `<iframe src="frame.html?${query}" title="Partnerships" width="800" height="600"></iframe>`);
    return page.frameLocator('iframe').locator('.np-widget');
  };

  // Another origin, not listed: not requested, and the visitor is told why.
  let widget = await frameWith(`lang=sv&title=Official%20list&src=${encodeURIComponent(foreign)}`);
  const error = widget.locator('.np-error');
  await error.waitFor();
  assert.match(await error.textContent(), /visar bara datafiler som utgivaren tillåter/);
  assert.equal(await widget.locator('.np-card').count(), 0);
  assert.ok(!requested.includes(foreign), 'the refused file is never requested');

  // Same origin: shown.
  await page.route(env.url('examples-our-data.json'), (route) =>
    route.fulfill({ contentType: 'application/json', body: readFileSync(`${HOST}our-data.json`) }));
  await frameWith('src=examples-our-data.json');
  widget = page.frameLocator('iframe').locator('.np-widget');
  await cardsShown(widget);
  assert.equal((await widget.getByRole('status').textContent()).trim(), '2 partnerships');

  // Listed by the publisher in frame-sources.json: shown.
  await page.route(env.url('frame-sources.json'), (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ origins: [other.url.replace(/\/$/, '')] }) }));
  widget = await frameWith(`src=${encodeURIComponent(foreign)}`);
  await cardsShown(widget);
  assert.equal((await widget.getByRole('status').textContent()).trim(), '2 partnerships');
  await context.close();
});

test('frame.html takes no internal names from its address (np-mounted cannot stop the widget)', async () => {
  const { page, context } = await env.open();
  await env.host(page, `<iframe src="frame.html?np-mounted=1&np-refused-src=x.json" title="Partnerships" width="800" height="600"></iframe>`);
  const widget = page.frameLocator('iframe').locator('.np-widget');
  await cardsShown(widget);
  assert.equal((await widget.getByRole('status').textContent()).trim(), countText(N_RECORDS));
  await context.close();
});

test('a download without the published fingerprint never stands in for one with it; a mismatch is named', async () => {
  const { page, context, problems } = await env.open();
  // The published file, changed after the release was sealed.
  const changed = JSON.parse(readFileSync(`${DIST}/partnerships.json`, 'utf8'));
  changed.partnerships = changed.partnerships.slice(0, 3);
  await page.route(env.url('partnerships.json'), (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(changed) }));
  // The first placeholder names the published file itself (downloaded unchecked), the second shows it as published.
  await env.host(page, `
    <div data-nordic-partnerships data-src="partnerships.json" data-title="Named"></div>
    <div data-nordic-partnerships data-title="Published" data-lang="nb"></div>
    <script type="module" src="embed.js"></script>`);
  const [named, published] = [page.locator('[data-title="Named"] .np-widget'), page.locator('[data-title="Published"] .np-widget')];
  await cardsShown(named);
  assert.equal((await named.getByRole('status').textContent()).trim(), '3 partnerships');
  const error = published.locator('.np-error');
  await error.waitFor();
  assert.match(await error.textContent(), /stemte ikke med det publiserte fingeravtrykket/);
  assert.ok(problems.some((p) => p.includes('does not match its published hash sha256-')), problems.join('\n'));
  await context.close();
});

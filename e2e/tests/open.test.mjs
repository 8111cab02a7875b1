// A link to every partnership: opening details puts `?open=<id>` in the
// address as a history entry; Back closes them and Forward opens them again;
// a shared link opens the page with them open, and closing those replaces the
// entry; an unknown id gives a short notice and the normal view; the dialog
// copies its own link; two widgets keep their own `open`.
import { test, before, after } from 'node:test';
import { serve } from '../lib/server.mjs';
import { launch, openPage, cardsShown } from '../lib/browser.mjs';
import { assert, setup, eventually, params, RECORDS, N_RECORDS, countText, statusText, DIST } from './support.mjs';

const env = setup();
const dialog = (page) => page.locator('dialog.np-dialog');
const isOpen = (page) => dialog(page).evaluate((d) => d.open);
const dialogTitle = (page) => page.locator('.np-dialog__title').textContent();
const historyLength = (page) => page.evaluate(() => history.length);
const titleOf = (r) => r.title.en ?? Object.values(r.title)[0];

test('Details put the partnership in the address; Back closes them, Forward reopens, Close steps back', async () => {
  const { page, context } = await env.open('?country=IS');
  const length0 = await historyLength(page);
  const card = page.locator('.np-card').first();
  const title = await card.locator('.np-card__title').textContent();
  const id = RECORDS.find((r) => titleOf(r) === title).id;
  await card.getByRole('button', { name: /^Details/ }).click();
  await eventually(async () => assert.equal(await isOpen(page), true));
  assert.equal(params(page).get('open'), id);
  assert.equal(params(page).get('country'), 'IS', 'the view stays in the address');
  assert.equal(await historyLength(page), length0 + 1, 'opening adds one entry');

  await page.goBack();
  await eventually(async () => assert.equal(await isOpen(page), false, 'Back closes the details'));
  assert.equal(params(page).get('open'), null);
  assert.equal(params(page).get('country'), 'IS');
  await page.goForward();
  await eventually(async () => assert.equal(await isOpen(page), true, 'Forward opens them again'));
  assert.equal(await dialogTitle(page), title);

  // Close after a fresh open: the entry it added is stepped back over, not left behind.
  await page.goBack();
  await eventually(async () => assert.equal(await isOpen(page), false));
  await card.getByRole('button', { name: /^Details/ }).click();
  await eventually(async () => assert.equal(params(page).get('open'), id));
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await eventually(async () => assert.equal(params(page).get('open'), null));
  assert.equal(await isOpen(page), false);
  assert.equal(await historyLength(page), length0 + 1, 'no second entry of the same view');
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.closest('.np-card') !== null
    || document.activeElement?.shadowRoot?.activeElement?.closest('.np-card') !== null), true, 'focus back on the card'));
  await context.close();
});

test('a shared link opens its partnership; closing replaces the entry; the dialog copies its own link', async () => {
  const record = RECORDS[RECORDS.length - 1];
  const { page, context } = await env.open(`?q=zzzz&open=${record.id}`);
  await eventually(async () => assert.equal(await isOpen(page), true));
  assert.equal(await dialogTitle(page), titleOf(record), 'open even when the view does not list it');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog(page).getByRole('button', { name: 'Copy link to this partnership' }).click();
  await eventually(async () => assert.match(await dialog(page).locator('[aria-live]').textContent(), /Link copied/));
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.search, `?open=${record.id}`, 'the partnership link carries no view of its own');

  const length0 = await historyLength(page);
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(params(page).get('open'), null));
  assert.equal(await isOpen(page), false);
  assert.equal(params(page).get('q'), 'zzzz', 'the view stays');
  assert.equal(await historyLength(page), length0, 'closing what a link opened replaces its entry');

  // The copied link opens the same partnership on its own.
  const again = await openPage(env.browser, copied.href);
  await cardsShown(again.page.locator('.np-widget'));
  await eventually(async () => assert.equal(await dialogTitle(again.page), titleOf(record)));
  assert.equal(await statusText(again.page), countText(N_RECORDS));
  await again.context.close();
  await context.close();
});

test('an unknown id gives a short notice and the normal view', async () => {
  const { page, context } = await env.open('?open=no-such-partnership');
  assert.equal(await isOpen(page), false);
  assert.match(await page.locator('.np-notice').textContent(), /no-such-partnership.*not in this list/);
  assert.equal(await statusText(page), countText(N_RECORDS));
  // The next change to the view answers it: the notice and the parameter go.
  await page.getByRole('searchbox', { name: 'Search partnerships' }).fill('health');
  await eventually(async () => assert.equal(params(page).get('open'), null));
  assert.equal(await page.locator('.np-notice').count(), 0);
  await context.close();
});

test('two widgets on one page keep their own open partnership', async () => {
  const host = new URL('../../examples/host/', import.meta.url).pathname;
  const server = await serve({ '/widget/': DIST, '/': host });
  const browser = await launch();
  try {
    const { page, context } = await openPage(browser, `${server.url}plain.html?w2-open=example-test-bed`);
    const [first, second] = [page.locator('.np-widget').nth(0), page.locator('.np-widget').nth(1)];
    await cardsShown(first);
    await eventually(async () => assert.equal(await second.locator('dialog.np-dialog').evaluate((d) => d.open), true));
    assert.equal(await first.locator('dialog.np-dialog').evaluate((d) => d.open), false);
    await page.keyboard.press('Escape');
    await eventually(async () => assert.equal(params(page).get('w2-open'), null));
    await first.locator('.np-card').first().getByRole('button', { name: /^(Details|Detaljer)/ }).click();
    await eventually(async () => assert.ok(params(page).get('open'), 'the first widget writes its own `open`'));
    assert.equal(params(page).get('w2-open'), null);
    assert.equal(await second.locator('dialog.np-dialog').evaluate((d) => d.open), false);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

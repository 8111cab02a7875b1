// A host page hears its widget: `nordic-partnerships:change` (query, count,
// total, language) at the start and after every change, and
// `nordic-partnerships:open` (the opened partnership's id, or null), as DOM
// events that bubble from the placeholder, as README's analytics snippet uses them.
import { test } from 'node:test';
import { assert, setup, eventually, RECORDS, N_RECORDS, checkbox } from './support.mjs';
import { cardsShown } from '../lib/browser.mjs';

const env = setup();

test('a host page hears every change of the view and every opened partnership as DOM events', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await env.host(page, `<div data-nordic-partnerships data-url-state="off"></div>
    <script type="module">
      window.heard = [];
      for (const type of ['nordic-partnerships:change', 'nordic-partnerships:open']) {
        document.addEventListener(type, (event) => window.heard.push({ type, detail: event.detail, from: event.target.localName }));
      }
    </script>
    <script type="module" src="embed.js"></script>`);
  await cardsShown(page);
  const heard = () => page.evaluate(() => window.heard);
  await eventually(async () =>
    assert.deepEqual((await heard()).at(-1), {
      type: 'nordic-partnerships:change',
      detail: { query: {}, count: N_RECORDS, total: N_RECORDS, lang: 'en' },
      from: 'div',
    }), { timeout: 10_000 });

  await checkbox(page, 'Sweden').check();
  const nSe = RECORDS.filter((r) => r.countries.includes('SE')).length;
  await eventually(async () =>
    assert.deepEqual((await heard()).at(-1).detail, { query: { country: ['SE'] }, count: nSe, total: N_RECORDS, lang: 'en' }));
  await page.locator('.np-widget input[type=search]').fill('region');
  await eventually(async () => assert.equal((await heard()).at(-1).detail.query.q, 'region'));
  assert.deepEqual((await heard()).at(-1).detail.query.country, ['SE']);

  const before = (await heard()).length;
  await page.locator('.np-card__open').first().click();
  await eventually(async () => assert.equal((await heard()).at(-1).type, 'nordic-partnerships:open'));
  const opened = (await heard()).at(-1).detail.id;
  assert.ok(RECORDS.some((r) => r.id === opened), opened);
  await page.keyboard.press('Escape');
  await eventually(async () => assert.deepEqual((await heard()).at(-1), { type: 'nordic-partnerships:open', detail: { id: null }, from: 'div' }));
  assert.equal((await heard()).slice(before).filter((e) => e.type === 'nordic-partnerships:change').length, 0, 'opening details changes no view');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await eventually(async () => assert.equal((await heard()).at(-1).detail.lang, 'sv'));
  assert.deepEqual(problems, []);
  await context.close();
});

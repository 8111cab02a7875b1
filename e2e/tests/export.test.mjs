// Taking the view away: "Download CSV" and "Download JSON" save every result
// of the current view (not just the cards on screen) under a name that says
// what they hold; the JSON reads back through data-src; "Copy link" puts the
// view's address on the clipboard, or shows it to copy by hand.
import { test } from 'node:test';
import {
  assert,
  setup,
  RECORDS,
  countWhere,
  inCountries,
  hasFocus,
  expectStatus,
  countText,
  eventually,
  cardsShown,
  checkbox,
} from './support.mjs';

const env = setup();

/** The documented columns (README, "The CSV columns"). */
const COLUMNS = [
  'id',
  ...['title', 'summary'].flatMap((f) => ['en', 'nb', 'nn', 'sv', 'da', 'fi', 'is'].map((l) => `${f}_${l}`)),
  'kind', 'status', 'started', 'ended', 'countries', 'region', 'partners', 'focus_areas', 'funders', 'sources', 'checked',
];

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  if (rows.at(-1).length === 0 && cell === '') rows.pop();
  return rows;
}

/** Clicks `name` and returns the download's file name and bytes. */
async function download(page, name, { keyboard = false } = {}) {
  const started = page.waitForEvent('download');
  const button = page.getByRole('group', { name: 'Save or share these results' }).getByRole('button', { name });
  if (keyboard) {
    await button.focus();
    await page.keyboard.press('Enter');
  } else {
    await button.click();
  }
  const file = await started;
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

const SE_DH = (r) => inCountries('SE')(r) && hasFocus('digital_health')(r);
const DATE = /\d{4}-\d{2}-\d{2}/.source;

test('Download CSV saves every result of the view: BOM, the documented header, one row per partnership', async () => {
  const { page, context, problems } = await env.open('?country=SE&focus=digital_health');
  const n = countWhere(SE_DH);
  await expectStatus(page, countText(n));
  const { name, bytes } = await download(page, 'Download CSV');
  assert.match(name, new RegExp(`^partnerships-SE-digital_health-${DATE}\\.csv$`));
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0], COLUMNS);
  assert.equal(rows.length - 1, n, 'one row per partnership in the view');
  assert.ok(rows.every((r) => r.length === COLUMNS.length), 'every row has every column');
  const ids = rows.slice(1).map((r) => r[0]);
  assert.deepEqual([...ids].sort(), RECORDS.filter(SE_DH).map((r) => r.id).sort());
  // Lists sit in one cell: codes joined by "; ", partners one per line.
  const first = RECORDS.find((r) => r.id === ids[0]);
  const cell = (name) => rows[1][COLUMNS.indexOf(name)];
  assert.equal(cell('countries'), first.countries.join('; '));
  assert.equal(cell('partners').split('\n').length, first.partners.length);
  assert.equal(cell('partners').split('\n')[0].split(' | ')[0], first.partners[0].name.replaceAll('|', '\\|'));
  assert.ok(bytes.toString('utf8').includes('å') || bytes.toString('utf8').includes('ö'), 'Nordic letters kept as UTF-8');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Download JSON (by keyboard) saves the view as schema v1, which the widget reads back through data-src', async () => {
  const { page, context, problems } = await env.open('?q=cancer');
  const shown = await page.locator('.np-count').textContent();
  const n = Number(shown.match(/^(\d+) of/)[1]);
  const { name, bytes } = await download(page, 'Download JSON', { keyboard: true });
  assert.match(name, new RegExp(`^partnerships-cancer-${DATE}\\.json$`));
  const json = JSON.parse(bytes.toString('utf8'));
  assert.equal(json.schema_version, 1);
  assert.equal(json.partnerships.length, n);
  // The best match first, as the cards are: the file keeps the view's order.
  const firstCard = (await page.locator('.np-card .np-card__title').first().textContent()).trim();
  const firstRecord = RECORDS.find((r) => r.id === json.partnerships[0].id);
  assert.equal(firstCard, firstRecord.title.en ?? Object.values(firstRecord.title)[0]);
  for (const record of json.partnerships) {
    const original = RECORDS.find((r) => r.id === record.id);
    assert.deepEqual(record.title, original.title);
    assert.deepEqual(record.partners.map((p) => p.name), original.partners.map((p) => p.name));
  }

  // Fed back to a widget as its data-src: every record shows, no problems.
  await context.route('**/exported.json', (route) => route.fulfill({ contentType: 'application/json', body: bytes }));
  await env.host(page, `<div data-nordic-partnerships data-src="exported.json" data-url-state="off"></div>
    <script type="module" src="embed.js"></script>`, 'roundtrip.html');
  await cardsShown(page.locator('.np-widget'));
  await expectStatus(page, `${n} partnerships`);
  assert.equal(await page.locator('.np-notice').count(), 0, 'no notice of unreadable entries');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Copy link puts the address of this view on the clipboard and says so; the link opens the same view', async () => {
  const { page, context, problems } = await env.open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await checkbox(page, 'Finland').check();
  const n = countWhere(inCountries('FI'));
  await expectStatus(page, countText(n));
  const group = page.getByRole('group', { name: 'Save or share these results' });
  await group.getByRole('button', { name: 'Copy link' }).click();
  await eventually(async () => assert.equal((await group.locator('[aria-live=polite]').textContent()).trim(), 'Link copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.equal(new URL(copied).searchParams.get('country'), 'FI');
  // Changing the view clears the stale "Link copied".
  await checkbox(page, 'Finland').uncheck();
  await eventually(async () => assert.equal((await group.locator('[aria-live=polite]').textContent()).trim(), ''));

  const other = await context.newPage();
  await other.goto(copied);
  await expectStatus(other, countText(n));
  assert.deepEqual(problems, []);
  await context.close();
});

test('where the clipboard is unavailable, the link is shown, selected text to copy by hand', async () => {
  const { page, context, problems } = await env.open('?status=active', {
    viewport: { width: 1280, height: 900 },
  });
  await page.evaluate(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const input = page.getByRole('textbox', { name: 'Copy this link:' });
  await input.waitFor();
  assert.equal(await input.inputValue(), page.url());
  assert.equal(await input.evaluate((i) => i.readOnly), true);
  // Focused with the whole link selected, so Ctrl+C copies it.
  assert.equal(await page.evaluate(() => npActive()?.readOnly), true);
  assert.equal(await page.evaluate(() => { const i = npActive(); return i.value.slice(i.selectionStart, i.selectionEnd); }), page.url());
  assert.deepEqual(problems, []);
  await context.close();
});

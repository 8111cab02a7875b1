// The validator page (validate.html): a file pasted, dropped, picked or
// fetched is checked in the browser with the same messages as `cargo run
// --bin validate`, a JSON syntax error by line and column, a bad record by
// line, record, id and field, a spreadsheet by row and column; the valid
// records show in a widget; it keeps working offline; axe finds nothing.
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, setup, N_RECORDS, eventually, axeViolations, cardsShown, SHOTS, DESKTOP } from './support.mjs';
import { openPage } from '../lib/browser.mjs';

const env = setup();
const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLE_SHEET = join(ROOT, 'examples/sheets/partnerships-example.csv');

const GOOD = {
  id: 'good-one', title: { en: 'A good one' }, kind: 'project', status: 'active',
  countries: ['NO'], partners: [{ name: 'UiO', kind: 'university', country: 'NO' }],
};
const BAD_FILE = `{
  "schema_version": 1,
  "partnerships": [
${JSON.stringify(GOOD)},
${JSON.stringify({ ...GOOD, id: 'bad-two', countries: ['NO', 'SW'], kind: 'projekt' })}
  ]
}
`;

/** What `cargo run --bin validate --lang LANG` prints for `body` (as a file named `name`), without the file name. */
function cli(body, name, lang = 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'np-validate-'));
  const path = join(dir, name);
  writeFileSync(path, body);
  let out;
  try {
    out = execFileSync('cargo', ['run', '--quiet', '--bin', 'validate', '--', '--lang', lang, path], { cwd: ROOT, encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit code 1: errors found
  }
  const levels = LEVELS[lang].join('|');
  return out.trim().split('\n').map((l) => l.slice(path.length).match(new RegExp(`^(?::(\\d+))?: (${levels}): (.*)$`))).filter(Boolean)
    .map(([, line, level, rest]) => `${level} ${line ? `${line} ` : ''}${rest}`);
}

/** The page's table, as lines shaped like cli()'s: "level [line|row] place: why". */
async function table(page) {
  return page.locator('#problems tbody tr').evaluateAll((rows) => rows.map((r) => {
    const [level, at, place, why] = [...r.cells].map((c) => c.textContent);
    return `${level} ${at ? `${at} ` : ''}${place}: ${why}`;
  }));
}

/** The words for error and warning, as validate and the page say them. */
const LEVELS = { en: ['error', 'warning'], is: ['villa', 'viðvörun'], nn: ['feil', 'åtvaring'] };

/** Opens validate.html (in an English-speaking browser unless `options` say otherwise) and waits until its checks are loaded. */
async function openChecker(options = DESKTOP, path = 'validate.html') {
  const opened = await openPage(env.browser, env.url(path), { locale: 'en-GB', ...options });
  await opened.page.locator('html[data-checker-ready]').waitFor({ state: 'attached' });
  return opened;
}

async function paste(page, body) {
  await page.locator('#text').fill(body);
  await page.getByRole('button', { name: 'Check the text' }).click();
}

test('a pasted JSON file: a syntax error by line and column; bad records by line, record, id and field, in the words of validate', async () => {
  const { page, context, problems } = await openChecker();
  await paste(page, '{\n  "schema_version": 1,\n  "partnerships": [ { "id": "x", } ]\n}');
  await eventually(async () => assert.match(await page.locator('#summary').textContent(), /^pasted\.json: the file cannot be read: invalid JSON at line 3, column \d+: /));

  await paste(page, BAD_FILE);
  await eventually(async () => assert.equal(await page.locator('#summary').textContent(), 'pasted.json: 1 valid partnership, 1 left out, 2 warnings.'));
  const shown = await table(page);
  assert.deepEqual(shown, cli(BAD_FILE, 'bad.json'));
  assert.ok(shown.some((l) => l.startsWith('error 5 record 1 (id "bad-two"), field "kind": unknown value "projekt"')), shown.join('\n'));
  assert.ok(shown.some((l) => l.startsWith('warning 5 record 1 (id "bad-two"), field "countries[1]"')), shown.join('\n'));
  // validate's own check beyond the loader's, on the page too.
  assert.ok(shown.some((l) => l.startsWith('warning record "good-one": status "active" but no source has a date')), shown.join('\n'));
  // The preview shows the valid record.
  await cardsShown(page.locator('#preview'));
  assert.equal(await page.locator('#preview .np-card').count(), 1);
  assert.equal((await page.locator('#preview .np-card__title').textContent()).trim(), 'A good one');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a spreadsheet picked from disk: checked by row and column; its valid records previewed and offered as JSON', async () => {
  const { page, context, problems } = await openChecker();
  await page.locator('#file').setInputFiles(EXAMPLE_SHEET);
  await eventually(async () => assert.equal(await page.locator('#summary').textContent(), 'partnerships-example.csv: 3 valid partnerships, 0 left out, 0 warnings.'));
  await cardsShown(page.locator('#preview'));
  assert.equal(await page.locator('#preview .np-card').count(), 3);
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the valid partnerships as JSON' }).click();
  const file = await saved;
  assert.equal(file.suggestedFilename(), 'partnerships-example.json');

  const sheet = 'id,title_en,kind,status,countries,partners\nok,Fine,project,active,SE,"KI | university | SE"\nbad,Broken,project,active,SE,"KI | univ | SE"\n';
  await page.locator('#file').setInputFiles({ name: 'ours.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  await eventually(async () => assert.match(await page.locator('#summary').textContent(), /^ours\.csv: 1 valid partnership, 1 left out/));
  assert.equal(await page.locator('#where-col').textContent(), 'Row');
  const shown = await table(page);
  assert.ok(shown.some((l) => l.startsWith('warning 3 row 3 (id "bad"), column "partners", line 1, field "kind": unknown value "univ"')), shown.join('\n'));
  assert.ok(shown.includes('error 3 row 3 (id "bad"), column "partners": has no usable entry (see the problems above)'), shown.join('\n'));
  assert.deepEqual(shown, cli(sheet, 'ours.csv').map((l) => l.replace(/^(error|warning) row (\d+)/, '$1 $2 row $2')));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dropped file and a fetched address are checked; once loaded the page works offline', async () => {
  const { page, context, problems } = await openChecker();
  const transfer = await page.evaluateHandle((body) => {
    const data = new DataTransfer();
    data.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
    return data;
  }, BAD_FILE);
  await page.dispatchEvent('#text', 'drop', { dataTransfer: transfer });
  await eventually(async () => assert.equal(await page.locator('#summary').textContent(), 'dropped.json: 1 valid partnership, 1 left out, 2 warnings.'));

  await page.locator('#address').fill(`${env.url()}partnerships.json`);
  await page.getByRole('button', { name: 'Fetch and check' }).click();
  await eventually(async () => assert.equal(await page.locator('#summary').textContent(), `partnerships.json: ${N_RECORDS} valid partnerships, 0 left out, 0 warnings.`));

  await context.setOffline(true);
  await paste(page, BAD_FILE);
  await eventually(async () => assert.equal(await page.locator('#summary').textContent(), 'pasted.json: 1 valid partnership, 1 left out, 2 warnings.'));
  await cardsShown(page.locator('#preview'));
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('axe finds nothing on the validator page with a report and a preview, light and dark, 1280 and 375 px', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openChecker({ viewport: { width: 1280, height: 900 }, colorScheme });
      await paste(page, BAD_FILE);
    await cardsShown(page.locator('#preview'));
    assert.deepEqual(await axeViolations(page, ['body']), [], colorScheme);
    await page.screenshot({ path: `${SHOTS}/validator-1280-${colorScheme}.png`, fullPage: true });
    await context.close();
  }
  const { page, context } = await openChecker({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  await page.locator('#file').setInputFiles(EXAMPLE_SHEET);
  await cardsShown(page.locator('#preview'));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling at 375 px');
  assert.deepEqual(await axeViolations(page, ['body']), [], '375 px');
  await page.screenshot({ path: `${SHOTS}/validator-375-light.png`, fullPage: true });
  await context.close();
});

/** Every text on the page a person reads (and the placeholders, titles and labels), skipping the pasted file and the preview. */
async function pageWords(page) {
  return page.evaluate(() => {
    const words = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('#preview, textarea, select, #problems tbody')) continue;
      const text = node.textContent.trim();
      if (text) words.push(text);
    }
    words.push(document.title);
    return words;
  });
}

for (const [lang, locale, heading, summary] of [
  ['is', 'is-IS', 'Athugaðu gögnin þín um samstarfsverkefni', /^pasted\.json: 1 gilt samstarfsverkefni, 1 /],
  ['nn', 'nn-NO', 'Kontroller datafila di', /^pasted\.json: 1 gyldig samarbeid, 1 /],
]) {
  test(`the validator page in ${lang}: it follows the browser, says every label and problem in ${lang} as validate --lang ${lang} does, and switches language`, async () => {
    const { page, context, problems } = await openChecker({ ...DESKTOP, locale });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.locator('h1').textContent(), heading);
    // No English label left: every text of the page differs from the English page's.
    const english = await (async () => {
      const opened = await openChecker();
      const words = await pageWords(opened.page);
      await opened.context.close();
      return new Set(words);
    })();
    const words = await pageWords(page);
    const left = words.filter((w) => english.has(w) && !/^(JSON|CSV|\.json|\.csv)$/.test(w));
    assert.deepEqual(left, [], `English left on the ${lang} page`);

    await page.locator('#text').fill(BAD_FILE);
    await page.locator('#check').click();
    await eventually(async () => assert.match(await page.locator('#summary').textContent(), summary));
    const shown = await table(page);
    assert.deepEqual(shown, cli(BAD_FILE, 'bad.json', lang));
    assert.ok(shown.every((l) => !/unknown value|expected one of|is required|no source has a date/.test(l)), shown.join('\n'));
    assert.ok(shown.some((l) => l.includes('"projekt"')), shown.join('\n'));
    assert.deepEqual(await axeViolations(page, ['body']), [], `${lang}: axe`);
    await page.screenshot({ path: `${SHOTS}/validator-${lang}-1280.png`, fullPage: true });

    // The switch: English, and the last check said again in it; the address remembers.
    await page.locator('#lang').selectOption('en');
    await eventually(async () => assert.equal(await page.locator('h1').textContent(), 'Check your partnership data'));
    await eventually(async () => assert.equal(await page.locator('#summary').textContent(), 'pasted.json: 1 valid partnership, 1 left out, 2 warnings.'));
    assert.match(page.url(), /[?&]lang=en\b/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('validate.html?lang=is speaks Icelandic to an English browser', async () => {
  const { page, context } = await openChecker(DESKTOP, 'validate.html?lang=is');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'is');
  assert.equal(await page.locator('#lang').inputValue(), 'is');
  await context.close();
});

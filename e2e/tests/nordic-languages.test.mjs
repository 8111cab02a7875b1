// Every Nordic reader: each of the seven interface languages renders the
// widget with no English string left, axe finds nothing in any of them,
// Icelandic takes its singular for 21 (CLDR), and Icelandic titles sort in
// the Icelandic alphabet (á after a, ð after d, þ æ ö after z).
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { assert, setup, eventually, RECORDS, SHOTS, axeViolations, checkbox } from './support.mjs';
import { cardsShown } from '../lib/browser.mjs';

const env = setup();
const SRC = new URL('../../src/i18n/', import.meta.url).pathname;
const LANGS = ['nb', 'nn', 'sv', 'da', 'fi', 'is'];

/** The string literals of a language's texts file (its interface strings). */
const literals = (lang) =>
  new Set([...readFileSync(`${SRC}${lang}.rs`, 'utf8').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\"/g, '"')));
const ENGLISH = literals('en');
const MONTHS_EN = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The widget's interface text: text nodes and labelling attributes, leaving out the data's own text (it carries its lang). */
function interfaceText(page) {
  return page.evaluate(() => {
    const widget = document.querySelector('[data-nordic-partnerships]').shadowRoot.querySelector('.np-host:not([data-np-prerendered]) .np-widget');
    const lang = widget.getAttribute('lang');
    const out = [];
    const walk = (el) => {
      if (el !== widget && el.hasAttribute('lang') && el.getAttribute('lang') !== lang) return;
      for (const name of ['aria-label', 'placeholder', 'title', 'aria-description']) {
        if (el.hasAttribute(name)) out.push(el.getAttribute(name).trim());
      }
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.data.trim()) out.push(child.data.trim());
        else if (child.nodeType === Node.ELEMENT_NODE) walk(child);
      }
    };
    walk(widget);
    return out;
  });
}

test('every language: no English string left in the widget, and axe finds nothing', async () => {
  for (const lang of LANGS) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await env.host(page, `<div data-nordic-partnerships data-lang="${lang}" data-url-state="off"></div><script type="module" src="embed.js"></script>`);
    await cardsShown(page);
    // Open a facet's "show more" and a details dialog, so their words are on the page too.
    await page.locator('.np-card__open').first().click();
    await page.locator('dialog[open]').waitFor();
    const own = literals(lang);
    const englishOnly = [...ENGLISH].filter((s) => !own.has(s) && !s.includes('{') && /[a-z]{3}/i.test(s));
    const texts = await interfaceText(page);
    const left = texts.filter((t) => englishOnly.includes(t) || MONTHS_EN.test(t));
    assert.deepEqual(left, [], `${lang}: English left in the interface`);
    assert.deepEqual(await axeViolations(page), [], `${lang}: axe`);
    await page.keyboard.press('Escape');
    await context.close();
  }
});

/** A data file of `records`, served beside the host page as `name`. */
async function serveData(page, name, records) {
  await page.route(env.url(name), (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ schema_version: 1, partnerships: records }) }));
}

test('Icelandic counts by its own plural rule: 21 takes the singular, 22 the plural', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // 21 valid records and 21 that cannot be shown (no title, no partners).
  const valid = RECORDS.slice(0, 21);
  const broken = Array.from({ length: 21 }, (_, i) => ({ id: `broken-${i}` }));
  await serveData(page, 'twenty-one.json', [...valid, ...broken]);
  await env.host(page, '<div data-nordic-partnerships data-lang="is" data-url-state="off" data-src="twenty-one.json"></div><script type="module" src="embed.js"></script>');
  await cardsShown(page);
  const status = page.locator('.np-widget .np-count');
  assert.equal(await status.textContent(), '21 samstarfsverkefni');
  assert.match(await page.locator('.np-widget .np-notice').first().textContent(), /^Ekki tókst að birta 21 færslu úr gögnunum\./);
  // "N af 21" takes the singular; "N af 22" the plural.
  const country = valid[0].countries[0];
  const countryName = { NO: 'Noregur', SE: 'Svíþjóð', DK: 'Danmörk', FI: 'Finnland', IS: 'Ísland' }[country];
  await (await checkbox(page, countryName)).check();
  const n = valid.filter((r) => r.countries.includes(country)).length;
  await eventually(async () => assert.equal(await status.textContent(), `${n} af 21 samstarfsverkefni`));
  await page.screenshot({ path: `${SHOTS}is-21-1280.png` });

  await serveData(page, 'twenty-two.json', RECORDS.slice(0, 22));
  await env.host(page, '<div data-nordic-partnerships data-lang="is" data-url-state="off" data-src="twenty-two.json"></div><script type="module" src="embed.js"></script>');
  await cardsShown(page);
  await (await checkbox(page, countryName)).check();
  const m = RECORDS.slice(0, 22).filter((r) => r.countries.includes(country)).length;
  await eventually(async () => assert.equal(await page.locator('.np-widget .np-count').textContent(), `${m} af 22 samstarfsverkefnum`));
  await context.close();
});

test('Icelandic title order: á after a, ð after d, þ æ ö after z', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const titles = ['Ölfus', 'Þingeyri', 'Zeta', 'Álftanes', 'Azur', 'Bað', 'Bae', 'Bad', 'Æðey', 'Ísafjörður', 'Izmir', 'Akranes'];
  const base = RECORDS[0];
  const records = titles.map((title, i) => ({ ...base, id: `t-${i}`, title: { is: title } }));
  await serveData(page, 'titles.json', records);
  await env.host(page, '<div data-nordic-partnerships data-lang="is" data-url-state="off" data-src="titles.json"></div><script type="module" src="embed.js"></script>');
  await cardsShown(page);
  await page.locator('.np-widget select').filter({ has: page.locator('option', { hasText: 'Heiti A–Ö' }) }).selectOption({ label: 'Heiti A–Ö' });
  const expected = ['Akranes', 'Azur', 'Álftanes', 'Bad', 'Bað', 'Bae', 'Izmir', 'Ísafjörður', 'Zeta', 'Þingeyri', 'Æðey', 'Ölfus'];
  await eventually(async () =>
    assert.deepEqual((await page.locator('.np-widget .np-card__title').allTextContents()).map((t) => t.trim()), expected));
  await context.close();
});

test('screenshots: Icelandic and Nynorsk at 375 and 1280 px', async () => {
  for (const lang of ['is', 'nn']) {
    for (const [width, height] of [[375, 800], [1280, 900]]) {
      const context = await env.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await env.host(page, `<div data-nordic-partnerships data-lang="${lang}" data-url-state="off"></div><script type="module" src="embed.js"></script>`);
      await cardsShown(page);
      await page.screenshot({ path: `${SHOTS}lang-${lang}-${width}.png` });
      await context.close();
    }
  }
});

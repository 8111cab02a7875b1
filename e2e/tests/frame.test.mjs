// The iframe embed: frame.html takes the data-* settings as address
// parameters and fills the frame with one widget; with the host's optional
// listener the frame's height follows the widget, without it the frame
// scrolls inside. The snippet the build writes holds both ways.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { assert, setup, DIST, countWhere, inCountries, eventually, cardsShown } from './support.mjs';

const env = setup();

/** The listener from dist/snippet.html, with its address made this server's. */
function listener() {
  const snippet = readFileSync(`${DIST}/snippet.html`, 'utf8');
  const script = snippet.match(/<script>\n([\s\S]*?)<\/script>/)[1];
  return script.replace(/https:\/\/YOUR-HOST\/nordic-partnerships\/[^/]+/g, env.url().replace(/\/$/, ''));
}

test('frame.html applies its address parameters: language, locked country, theme, map off', async () => {
  const { page, context, problems } = await env.open();
  await env.host(page, `<iframe src="frame.html?lang=sv&country=SE&theme=dark&map=off" title="Partnerships" width="800" height="600"></iframe>`);
  const frame = page.frameLocator('iframe');
  await cardsShown(frame.locator('.np-widget'));
  const widget = frame.locator('.np-widget');
  assert.equal(await widget.getAttribute('lang'), 'sv');
  assert.equal(await widget.getAttribute('data-theme'), 'dark');
  assert.equal((await widget.locator('.np-count').textContent()).trim(), `${countWhere(inCountries('SE'))} partnerskap`);
  assert.equal(await widget.locator('.np-map').count(), 0, 'map=off');
  assert.equal(await widget.locator('h1').count(), 1, 'the widget is the frame\'s page');
  // Filters stay in the frame: the frame's address is not rewritten.
  await widget.getByRole('searchbox').fill('cancer');
  await eventually(async () => assert.match(await widget.locator('.np-count').textContent(), /av/));
  assert.equal(await page.frames()[1].evaluate(() => location.search), '?lang=sv&country=SE&theme=dark&map=off');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong parameter is named in the frame like a wrong attribute', async () => {
  const { page, context } = await env.open();
  await env.host(page, `<iframe src="frame.html?country=XX&page-size=0" title="Partnerships" width="800" height="600"></iframe>`);
  const notice = page.frameLocator('iframe').locator('.np-notice');
  await notice.first().waitFor();
  const text = await notice.allTextContents();
  assert.ok(text.some((t) => t.includes('data-country="XX" was ignored')), text.join(' | '));
  assert.ok(text.some((t) => t.includes('data-page-size="0" was ignored')), text.join(' | '));
  await context.close();
});

test('with the snippet\'s listener the frame grows to the widget; without it the frame scrolls inside', async () => {
  const { page, context, problems } = await env.open();
  await env.host(page, `<iframe src="frame.html?lang=en" title="Partnerships" width="800" height="400"></iframe>
    <script>${listener()}</script>`);
  const frame = page.frameLocator('iframe');
  await cardsShown(frame.locator('.np-widget'));
  const content = () => page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await eventually(async () => assert.equal(Number(await page.locator('iframe').getAttribute('height')), await content()));
  const grown = await content();
  assert.ok(grown > 400, 'the frame grew');
  // With no results the widget is shorter, and so is the frame.
  await frame.getByRole('searchbox').fill('zzzz-no-such-thing');
  await eventually(async () => {
    assert.ok((await content()) < grown, 'the widget shrank');
    assert.equal(Number(await page.locator('iframe').getAttribute('height')), await content());
  });

  await env.host(page, `<iframe src="frame.html" title="Partnerships" width="800" height="400"></iframe>`);
  await cardsShown(page.frameLocator('iframe').locator('.np-widget'));
  assert.equal(await page.locator('iframe').getAttribute('height'), '400', 'no listener, no resizing');
  assert.ok(await page.frames()[1].evaluate(() => document.documentElement.scrollHeight > innerHeight), 'it scrolls inside');
  assert.deepEqual(problems, []);
  await context.close();
});

// Small screens (375 px): the filter panel waits behind a "Filters" button
// that counts the active filters, nothing scrolls sideways, and every
// control is a comfortable touch target (44 × 44 CSS px).
import { test } from 'node:test';
import {
  assert,
  setup,
  MOBILE,
  N_RECORDS,
  countWhere,
  inCountries,
  eventually,
  expectStatus,
  countText,
  checkbox,
  brokenWords,
  cardsShown,
} from './support.mjs';

const env = setup();
const MIN_TARGET = 44;

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Visible controls smaller than a touch target, as readable lines. */
function smallTargets(page) {
  return page.evaluate((min) => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const name = (e) => (e.getAttribute('aria-label') ?? e.closest('label')?.textContent ?? e.textContent ?? '').trim().slice(0, 50);
    const out = [];
    const check = (selector, needWidth) => {
      for (const e of npAll(selector)) {
        if (!visible(e)) continue;
        const r = e.getBoundingClientRect();
        if (r.height < min - 0.5 || (needWidth && r.width < min - 0.5)) {
          out.push(`${e.tagName.toLowerCase()}.${e.className} "${name(e)}": ${r.width.toFixed(1)} × ${r.height.toFixed(1)}`);
        }
      }
    };
    // Buttons (chips, toggles, Details, Show more), selects, the search box.
    check('.np-widget button, .np-widget select, .np-widget input[type=search], .np-widget .np-chip', true);
    // A checkbox row is tapped through its label.
    check('.np-widget label.np-check', false);
    return out;
  }, MIN_TARGET);
}

test('375 px: filters behind a button that counts them; no sideways scrolling; 44 px touch targets', async () => {
  const { page, context, problems } = await env.open('', MOBILE);
  await cardsShown(page);
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  const panel = page.locator('.np-filters');

  assert.equal(await toggle.isVisible(), true, 'the Filters button shows');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await panel.isVisible(), false, 'the panel is hidden at first');
  assert.equal(await page.getByRole('group', { name: 'Filters' }).count(), 0, 'the hidden panel is out of the accessibility tree');
  assert.ok((await overflow(page)) <= 0, `page scrolls sideways by ${await overflow(page)} px`);
  assert.deepEqual(await smallTargets(page), [], 'touch targets, panel closed');

  await toggle.tap();
  await eventually(async () => assert.equal(await toggle.getAttribute('aria-expanded'), 'true'));
  assert.equal(await panel.isVisible(), true);
  assert.ok((await overflow(page)) <= 0, `page scrolls sideways by ${await overflow(page)} px with the panel open`);

  // Tap the "Sweden" row.
  await page.locator('.np-filters label.np-check', { has: page.locator('.np-check__label', { hasText: /^Sweden$/ }) }).tap();
  await expectStatus(page, countText(countWhere(inCountries('SE'))));
  assert.equal(await checkbox(page, 'Sweden').isChecked(), true);
  const counted = page.getByRole('button', { name: 'Filters (1)', exact: true });
  await eventually(async () => assert.equal(await counted.count(), 1, 'the button shows "Filters (1)"'));
  assert.equal(await counted.getAttribute('aria-expanded'), 'true');
  assert.ok((await overflow(page)) <= 0);
  // The chip is on screen now too.
  assert.equal(await page.getByRole('button', { name: 'Remove filter: Country: Sweden' }).isVisible(), true);
  assert.deepEqual(await smallTargets(page), [], 'touch targets, panel open, one filter');
  assert.deepEqual(await brokenWords(page, '.np-widget button, .np-widget label, .np-widget .np-count'), [], 'no word of a control is split across lines');

  // A second filter counts too; the year range as well.
  await page.getByRole('combobox', { name: 'From' }).selectOption('2019');
  await eventually(async () => assert.equal(await page.getByRole('button', { name: 'Filters (2)', exact: true }).count(), 1));

  // Closing the panel keeps the filters.
  await page.getByRole('button', { name: 'Filters (2)', exact: true }).tap();
  await eventually(async () => assert.equal(await panel.isVisible(), false));
  assert.equal(await page.getByRole('button', { name: 'Filters (2)', exact: true }).getAttribute('aria-expanded'), 'false');
  assert.notEqual(await page.locator('.np-widget').getByRole('status').textContent(), countText(N_RECORDS));
  assert.ok((await overflow(page)) <= 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('375 px: the details dialog fits the screen; its Close button is a 44 px target with its label on one line', async () => {
  const { page, context, problems } = await env.open('', MOBILE);
  const details = page.getByRole('button', { name: /^Details: / }).first();
  await details.tap();
  const dialog = page.locator('dialog.np-dialog[open]');
  await dialog.waitFor();
  const box = await dialog.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375 + 0.5, `dialog spans ${box.x}–${box.x + box.width} px of 375`);
  const close = dialog.getByRole('button', { name: 'Close' });
  const c = await close.boundingBox();
  assert.ok(c.width >= MIN_TARGET && c.height >= MIN_TARGET, `Close is ${c.width} × ${c.height}`);
  // The button's label stays whole (not "Clo" over "se"), as do the title's words.
  assert.deepEqual(await brokenWords(page, 'dialog[open] button, dialog[open] h3'), [], 'no word in the dialog header is split across lines');
  assert.ok((await overflow(page)) <= 0);
  await close.tap();
  await eventually(async () => assert.equal(await page.locator('dialog.np-dialog[open]').count(), 0));
  assert.deepEqual(problems, []);
  await context.close();
});

// Keyboard only: Tab reaches every control in reading order with a visible
// focus outline, Space ticks, Enter opens a card's details, Escape closes
// them and focus returns to the "Details" button. The dialog shows the full
// record.
import { test } from 'node:test';
import {
  assert,
  setup,
  RECORDS,
  N_RECORDS,
  titleOf,
  countWhere,
  inCountries,
  eventually,
  expectStatus,
  countText,
  cardsShown,
} from './support.mjs';

const env = setup();

/** The focused element: a short description, whether it is in the widget, and its focus styles. */
function focused(page) {
  return page.evaluate(() => {
    const e = npActive();
    if (!e || e === document.body) return { desc: 'body', inWidget: false };
    const cs = getComputedStyle(e);
    const label = e.getAttribute('aria-label') ?? e.closest('label')?.querySelector('span')?.textContent ?? e.textContent;
    return {
      desc: `${e.tagName.toLowerCase()}${e.type ? `[${e.type}]` : ''} "${(label ?? '').trim().slice(0, 60)}"`,
      tag: e.tagName.toLowerCase(),
      type: e.getAttribute('type'),
      name: (label ?? '').trim(),
      ariaLabel: e.getAttribute('aria-label'),
      className: e.className,
      inWidget: !!e.closest('.np-widget'),
      inDialog: !!e.closest('dialog'),
      focusVisible: e.matches(':focus-visible'),
      outline: `${cs.outlineStyle} ${cs.outlineWidth}`,
      outlineVisible: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)',
      boxShadow: cs.boxShadow,
    };
  });
}

/** Asserts the focused element shows a visible focus indicator. */
function assertVisibleFocus(f) {
  assert.ok(f.focusVisible, `${f.desc} matches :focus-visible`);
  assert.ok(f.outlineVisible || (f.boxShadow && f.boxShadow !== 'none'), `${f.desc} has a visible focus outline (outline: ${f.outline}, box-shadow: ${f.boxShadow})`);
}

/** Presses Tab until `want(focused)` holds, checking each stop on the way; returns the stops. */
async function tabUntil(page, want, what, max = 120) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    stops.push(f.desc);
    assert.ok(f.inWidget, `Tab ${i + 1} left the widget at ${f.desc} before reaching ${what}; stops: ${stops.join(' → ')}`);
    assertVisibleFocus(f);
    if (want(f)) return stops;
  }
  assert.fail(`${what} not reached in ${max} Tabs: ${stops.join(' → ')}`);
}

test('keyboard only: Tab through the controls, Space ticks, a chip, Enter opens details, Escape closes and focus returns', async () => {
  const { page, context, problems } = await env.open();
  await cardsShown(page);

  // The first stops, in reading order.
  await tabUntil(page, (f) => f.tag === 'select' && f.name === 'Language', 'the language select', 1);
  await tabUntil(page, (f) => f.tag === 'input' && f.type === 'search', 'the search box', 1);
  await tabUntil(page, (f) => f.tag === 'select' && f.name === 'Sort by', 'the sort select', 1);
  // The map: one stop per country, each a checkbox named with its count.
  for (const [country, code] of [['Norway', 'NO'], ['Sweden', 'SE'], ['Denmark', 'DK'], ['Finland', 'FI'], ['Iceland', 'IS']]) {
    const n = countWhere(inCountries(code));
    await tabUntil(page, (f) => f.tag === 'g' && f.ariaLabel === `${country}, ${n} partnerships`, `the map's ${country}`, 1);
  }
  await tabUntil(page, (f) => f.tag === 'button' && /^Country/.test(f.name), 'the Country toggle', 1);

  // Enter folds the Country group and unfolds it again.
  const toggle = page.getByRole('button', { name: /^Country/ });
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await toggle.getAttribute('aria-expanded'), 'false'));
  assert.equal(await page.getByRole('checkbox', { name: /^Sweden\s*\d+$/ }).count(), 0, 'folded values are gone');
  assert.equal((await focused(page)).name.startsWith('Country'), true, 'focus stays on the toggle');
  await page.keyboard.press('Space');
  await eventually(async () => assert.equal(await toggle.getAttribute('aria-expanded'), 'true'));

  // Space on "Sweden" ticks it; focus stays on the checkbox.
  await tabUntil(page, (f) => f.type === 'checkbox' && f.name === 'Sweden', 'the Sweden checkbox', 5);
  await page.keyboard.press('Space');
  await expectStatus(page, countText(countWhere(inCountries('SE'))));
  assert.equal(await page.getByRole('checkbox', { name: /^Sweden\s*\d+$/ }).isChecked(), true);
  const after = await focused(page);
  assert.equal(after.name, 'Sweden', 'focus stays on the ticked checkbox');
  assertVisibleFocus(after);

  // On through the rest of the filters to the chip.
  await tabUntil(page, (f) => f.ariaLabel === 'Remove filter: Country: Sweden', 'the Sweden chip');
  // Then to the first card's "Details" button.
  const stops = await tabUntil(page, (f) => f.ariaLabel?.startsWith('Details: '), 'a Details button');
  const detailsLabel = (await focused(page)).ariaLabel;
  const title = detailsLabel.slice('Details: '.length);
  assert.equal(title, (await page.locator('.np-card__title').first().textContent()).trim(), `the first card's button comes first (${stops.join(' → ')})`);

  // Enter opens the dialog, named by the title, with focus inside.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  assert.equal(await page.locator('dialog.np-dialog').evaluate((d) => d.open), true);
  await eventually(async () => assert.equal((await focused(page)).inDialog, true, 'focus moves into the dialog'));
  // Tab stays inside the modal dialog.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.desc === 'body') break; // past the last control, Chromium hands focus to the browser UI
    assert.ok(f.inDialog, `Tab inside the dialog reached ${f.desc}`);
    assertVisibleFocus(f);
  }

  // Escape closes it and focus returns to the same "Details" button.
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(await page.locator('dialog.np-dialog').evaluate((d) => d.open), false));
  await eventually(async () => assert.equal((await focused(page)).ariaLabel, detailsLabel, 'focus is back on the Details button'));
  assertVisibleFocus(await focused(page));
  assert.deepEqual(problems, []);
  await context.close();
});

test('typing in the search box keeps focus there while results change', async () => {
  const { page, context, problems } = await env.open();
  const box = page.getByRole('searchbox', { name: 'Search partnerships' });
  await box.focus();
  let typed = '';
  for (const text of ['s', 'st', 'sto', 'stoc', 'stockholm', 'stockholm u']) {
    await page.keyboard.type(text.slice(typed.length), { delay: 20 });
    typed = text;
    await eventually(async () => assert.equal(await box.inputValue(), text));
    // Let the re-render land, then check that nothing took the focus.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const f = await focused(page);
    assert.equal(f.tag === 'input' && f.type === 'search', true, `after "${text}" focus is on ${f.desc}`);
  }
  // The caret is still at the end: typing goes on where it was.
  await page.keyboard.type('ppsala');
  await eventually(async () => assert.equal(await box.inputValue(), 'stockholm uppsala'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the details dialog shows the full record; Close returns focus to its Details button', async () => {
  const { page, context, problems } = await env.open();
  // The first-page record with the most partners, so the card shows only some.
  const candidates = RECORDS.slice(0, 24);
  const record = candidates.reduce((a, b) => (b.partners.length > a.partners.length ? b : a));
  const title = titleOf(record);
  const details = page.getByRole('button', { name: `Details: ${title}`, exact: true });
  await details.click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  assert.equal((await dialog.locator('.np-dialog__title').textContent()).trim(), title);
  assert.equal(await dialog.locator('.np-partner').count(), record.partners.length, 'every partner is listed');
  assert.equal(await dialog.locator('.np-source').count(), record.sources.length, 'every source is listed');
  for (const link of await dialog.locator('a').evaluateAll((as) => as.map((a) => [a.target, a.rel]))) {
    assert.deepEqual(link, ['_blank', 'noopener noreferrer']);
  }
  if (record.funders.length) assert.match(await dialog.textContent(), /Funded by/);
  // The page behind is inert while the modal is open.
  assert.equal(await page.locator('dialog.np-dialog').evaluate((d) => d.matches(':modal')), true);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await eventually(async () => assert.equal(await page.getByRole('dialog').count(), 0));
  await eventually(async () => assert.equal(await details.evaluate((b) => b === npActive()), true, 'focus returns to the Details button'));
  // It opens again (the close event reset the state).
  await details.click();
  await page.getByRole('dialog', { name: title }).waitFor();
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(await page.getByRole('dialog').count(), 0));
  assert.deepEqual(problems, []);
  await context.close();
});

test('focus stays in the widget when the control that had it goes away (chip, Clear all, last "Show more")', async () => {
  const { page, context, problems } = await env.open('?q=health&country=NO,SE');
  await cardsShown(page);
  // Each place where focus fell out of the widget, checked all the way through.
  const lost = [];
  const expectFocusInWidget = async (after) => {
    const f = await focused(page);
    if (!f.inWidget) lost.push(`after ${after}, focus is on ${f.desc}`);
  };

  // Remove a chip with the keyboard: focus must not fall back to <body>.
  await page.getByRole('button', { name: 'Remove filter: Country: Sweden' }).focus();
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await page.getByRole('button', { name: 'Remove filter: Country: Sweden' }).count(), 0));
  await settleFrames(page);
  await expectFocusInWidget('removing the "Country: Sweden" chip');

  // "Clear all" removes itself with the chips.
  await page.getByRole('button', { name: 'Clear all' }).focus();
  await page.keyboard.press('Enter');
  await expectStatus(page, countText(N_RECORDS));
  await settleFrames(page);
  await expectFocusInWidget('"Clear all"');

  // The empty state's only chip.
  await page.getByRole('searchbox').fill('zzqxjv');
  await page.locator('.np-empty').waitFor();
  await page.getByRole('button', { name: 'Remove filter: Search: “zzqxjv”' }).focus();
  await page.keyboard.press('Enter');
  await cardsShown(page);
  await settleFrames(page);
  await expectFocusInWidget('removing the empty state’s chip');

  // The last "Show N more" disappears once everything is shown.
  for (let i = 0; i < 10; i++) {
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    if ((await more.count()) === 0) break;
    await more.focus();
    await page.keyboard.press('Enter');
    await settleFrames(page);
  }
  assert.equal(await page.locator('.np-card').count(), N_RECORDS);
  await expectFocusInWidget('the last "Show N more"');
  assert.deepEqual(lost, [], 'focus falls back to <body>, so keyboard users start again from the top');
  assert.deepEqual(problems, []);
  await context.close();
});

function settleFrames(page) {
  return page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

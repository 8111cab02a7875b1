// The timeline: partnerships active per year among those matching every
// other filter; two handles set the same year range as the selects, by
// keyboard (arrows, Page Up/Down, Home/End) or by dragging (one history entry
// per drag); undated partnerships are counted and said to be left out.
import { test } from 'node:test';
import {
  assert,
  setup,
  RECORDS,
  countWhere,
  inCountries,
  expectStatus,
  countText,
  eventually,
  checkbox,
  params,
  axeViolations,
  SHOTS,
} from './support.mjs';

const env = setup();
const THIS_YEAR = new Date().getFullYear();
const period = (r) => {
  if (!r.started) return null;
  const start = Number(r.started.slice(0, 4));
  return [start, Math.max(start, r.ended ? Number(r.ended.slice(0, 4)) : THIS_YEAR)];
};
const DATED_YEARS = RECORDS.flatMap((r) => [r.started, r.ended]).filter(Boolean).map((d) => Number(d.slice(0, 4)));
// The axis: the earliest year in the data to this year (or the latest in the data, if later).
const FIRST = Math.min(THIS_YEAR, ...DATED_YEARS);
const LAST = Math.max(THIS_YEAR, ...DATED_YEARS);
const overlaps = (from, to) => (r) => { const p = period(r); return !!p && p[0] <= to && p[1] >= from; };

/** "Partnerships active per year, FIRST–LAST; most in PEAK: N." for the records matching `pred`. */
function summary(pred) {
  let peak = [FIRST, -1];
  for (let y = FIRST; y <= LAST; y++) {
    const n = RECORDS.filter((r) => pred(r) && overlaps(y, y)(r)).length;
    if (n > peak[1]) peak = [y, n];
  }
  return `Partnerships active per year, ${FIRST}–${LAST}; most in ${peak[0]}: ${peak[1]}.`;
}

const slider = (page, name) => page.getByRole('slider', { name: `Years active: ${name}` });
const timelineText = (page) => page.locator('.np-timeline .np-visually-hidden').textContent();

test('the chart counts the partnerships active per year within the other filters and names those without dates', async () => {
  const { page, context, problems } = await env.open();
  assert.equal(await timelineText(page), summary(() => true));
  const undated = countWhere((r) => !r.started);
  assert.ok(undated > 0);
  assert.equal((await page.locator('.np-timeline__note').textContent()).trim(), `${undated} partnerships without a start date are not in the chart.`);
  await checkbox(page, 'Iceland').check();
  await eventually(async () => assert.equal(await timelineText(page), summary(inCountries('IS'))));
  const undatedIs = countWhere((r) => !r.started && inCountries('IS')(r));
  const note = page.locator('.np-timeline__note');
  if (undatedIs === 0) assert.equal(await note.count(), 0);
  else assert.match(await note.textContent(), new RegExp(`^${undatedIs} partnership`));
  // A year range narrows the cards but not the chart, which shows what a wider range would add.
  await page.getByRole('combobox', { name: 'From' }).selectOption('2020');
  await expectStatus(page, countText(countWhere((r) => inCountries('IS')(r) && overlaps(2020, 9999)(r))));
  assert.equal(await timelineText(page), summary(inCountries('IS')));
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard: the handles are sliders that move the year filter, the selects and the address, and stop at each other', async () => {
  const { page, context, problems } = await env.open();
  const from = slider(page, 'From');
  const to = slider(page, 'To');
  assert.equal(await from.getAttribute('aria-valuenow'), String(FIRST));
  assert.equal(await from.getAttribute('aria-valuetext'), 'Any year');
  assert.equal(await to.getAttribute('aria-valuenow'), String(LAST));

  await from.focus();
  await page.keyboard.press('PageUp');
  await eventually(async () => assert.equal(await from.getAttribute('aria-valuenow'), String(FIRST + 5)));
  assert.equal(await from.getAttribute('aria-valuetext'), String(FIRST + 5));
  assert.equal(await page.getByRole('combobox', { name: 'From' }).inputValue(), String(FIRST + 5));
  assert.equal(params(page).get('from'), String(FIRST + 5));
  await expectStatus(page, countText(countWhere(overlaps(FIRST + 5, 9999))));
  assert.equal(await page.evaluate(() => npActive()?.dataset.npHandle), 'from', 'focus stays on the handle');

  await to.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await eventually(async () => assert.equal(await page.getByRole('combobox', { name: 'To' }).inputValue(), String(LAST - 2)));
  await expectStatus(page, countText(countWhere(overlaps(FIRST + 5, LAST - 2))));
  // Home takes the To handle down to the From handle, not past it.
  await page.keyboard.press('Home');
  await eventually(async () => assert.equal(await to.getAttribute('aria-valuenow'), String(FIRST + 5)));
  assert.equal(await to.getAttribute('aria-valuemin'), String(FIRST + 5));
  // End opens the range's end again: "Any year".
  await page.keyboard.press('End');
  await eventually(async () => assert.equal(await to.getAttribute('aria-valuetext'), 'Any year'));
  assert.equal(params(page).get('to'), null);

  // The select moves the handle too.
  await page.getByRole('combobox', { name: 'From' }).selectOption('2019');
  await eventually(async () => assert.equal(await from.getAttribute('aria-valuenow'), '2019'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('dragging a handle sets the range on release, as one history entry', async () => {
  const { page, context, problems } = await env.open();
  const svg = page.locator('.np-timeline__svg');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  const knob = await page.locator('[data-np-handle=from] .np-timeline__knob').boundingBox();
  const length = await page.evaluate(() => history.length);
  const years = LAST - FIRST + 1;
  // To the middle of the bar of FIRST + 10.
  const target = box.x + ((10 + 0.5) / years) * box.width;
  await page.mouse.move(knob.x + knob.width / 2, knob.y + knob.height / 2);
  await page.mouse.down();
  await page.mouse.move((knob.x + target) / 2, knob.y, { steps: 4 });
  await page.mouse.move(target, knob.y, { steps: 4 });
  // While dragging, the handle follows and nothing is committed yet.
  assert.equal(await slider(page, 'From').getAttribute('aria-valuenow'), String(FIRST + 10));
  assert.equal(params(page).get('from'), null);
  await page.mouse.up();
  await eventually(async () => assert.equal(params(page).get('from'), String(FIRST + 10)));
  await expectStatus(page, countText(countWhere(overlaps(FIRST + 10, 9999))));
  assert.equal(await page.evaluate(() => history.length), length + 1, 'one entry for the drag');
  await page.goBack();
  await eventually(async () => assert.equal(params(page).get('from'), null));
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe finds nothing in the timeline, light and dark, with a handle focused', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await env.open('?from=2012&to=2020', { viewport: { width: 1280, height: 900 }, colorScheme });
    await slider(page, 'To').focus();
    assert.deepEqual(await axeViolations(page), [], `axe, ${colorScheme}`);
    await page.locator('.np-years').screenshot({ path: `${SHOTS}/timeline-1280-${colorScheme}.png` });
    await context.close();
  }
});

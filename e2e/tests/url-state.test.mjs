// The address reflects the view: typing replaces the history entry, a facet
// change pushes one, Back and Forward restore the views they pass, a shared
// link opens exactly its view, and malformed parameters are ignored quietly.
import { test } from 'node:test';
import {
  assert,
  setup,
  N_RECORDS,
  countWhere,
  inCountries,
  hasFocus,
  eventually,
  expectStatus,
  statusText,
  countText,
  cardTitles,
  checkbox,
  revealCheckbox,
  search,
  waitForLive,
} from './support.mjs';

const env = setup();
const DH = 'Digital health & telemedicine';

/** What the visitor sees, compared before and after history navigation. */
async function view(page) {
  return {
    search: search(page),
    text: await page.getByRole('searchbox', { name: 'Search partnerships' }).inputValue(),
    checked: await page.locator('.np-filters label.np-check:has(input:checked) .np-check__label').allTextContents(),
    status: await statusText(page),
    titles: await cardTitles(page),
    from: await page.getByRole('combobox', { name: 'From' }).inputValue(),
    sort: await page.getByRole('combobox', { name: 'Sort by' }).evaluate((s) => s.selectedOptions[0].textContent),
  };
}

async function expectView(page, expected, what) {
  await eventually(async () => assert.deepEqual(await view(page), expected, what));
}

const historyLength = (page) => page.evaluate(() => history.length);

test('typing replaces the history entry; each facet change pushes one that Back undoes and Forward redoes', async () => {
  const { page, context, problems } = await env.open();
  const length0 = await historyLength(page);
  const views = [];

  await page.getByRole('searchbox', { name: 'Search partnerships' }).pressSequentially('ai', { delay: 30 });
  await eventually(async () => assert.equal(search(page), '?q=ai'));
  assert.equal(await historyLength(page), length0, 'typing adds no history entries');
  views.push(await view(page));

  await checkbox(page, 'Sweden').check();
  await eventually(async () => assert.equal(search(page), '?q=ai&country=SE'));
  assert.equal(await historyLength(page), length0 + 1, 'ticking a value adds one entry');
  views.push(await view(page));

  await checkbox(page, 'Norway').check();
  await eventually(async () => assert.equal(search(page), '?q=ai&country=NO,SE'));
  views.push(await view(page));

  await (await revealCheckbox(page, 'Focus area', DH)).check();
  await eventually(async () => assert.equal(search(page), '?q=ai&country=NO,SE&focus=digital_health'));
  assert.equal(await historyLength(page), length0 + 3);
  views.push(await view(page));
  assert.deepEqual(views[3].checked, ['Norway', 'Sweden', DH]);
  assert.notEqual(views[3].status, views[2].status, 'the focus area narrowed the results');

  // Back, step by step, to the typed query.
  for (const i of [2, 1, 0]) {
    await page.evaluate(() => history.back());
    await expectView(page, views[i], `Back to view ${i} (${views[i].search})`);
  }
  // Forward, step by step, to the last view.
  for (const i of [1, 2, 3]) {
    await page.evaluate(() => history.forward());
    await expectView(page, views[i], `Forward to view ${i} (${views[i].search})`);
  }
  // Back then a new change: the undone entry is replaced, not resurrected.
  await page.evaluate(() => history.back());
  await expectView(page, views[2], 'Back once more');
  await checkbox(page, 'Denmark').check();
  // Values are written in the vocabulary's order (NO, SE, DK, FI, IS), not the order ticked.
  await eventually(async () => assert.equal(search(page), '?q=ai&country=NO,SE,DK'));
  assert.equal(await historyLength(page), length0 + 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Back and Forward also restore the sort and year selects', async () => {
  const { page, context, problems } = await env.open();
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  const views = [await view(page)];
  for (const [change, expectedSearch] of [
    [() => sort.selectOption({ label: 'Newest first' }), '?sort=newest'],
    [() => sort.selectOption({ label: 'Title A–Z' }), '?sort=title'],
    [() => page.getByRole('combobox', { name: 'From' }).selectOption('2019'), '?from=2019&sort=title'],
    [() => page.getByRole('combobox', { name: 'From' }).selectOption('2021'), '?from=2021&sort=title'],
  ]) {
    await change();
    await eventually(async () => assert.equal(search(page), expectedSearch));
    views.push(await view(page));
  }
  // Each step changed what the selects show.
  assert.deepEqual(views.map((v) => `${v.sort}/${v.from}`), ['Best match/', 'Newest first/', 'Title A–Z/', 'Title A–Z/2019', 'Title A–Z/2021']);

  // Compare the address, the results and the selects; report every step that differs.
  const mismatches = [];
  const step = async (go, i) => {
    await page.evaluate(go);
    await eventually(async () => assert.equal(search(page), views[i].search));
    await eventually(async () => assert.deepEqual((await view(page)).titles, views[i].titles));
    const v = await view(page);
    if (v.sort !== views[i].sort || v.from !== views[i].from) {
      mismatches.push(`at ${views[i].search || '(no query)'} the selects show sort "${v.sort}", From "${v.from}"; expected "${views[i].sort}", "${views[i].from}"`);
    }
  };
  for (const i of [3, 2, 1, 0]) await step(() => history.back(), i);
  for (const i of [1, 2, 3, 4]) await step(() => history.forward(), i);
  assert.deepEqual(mismatches, [], 'the results follow history but the selects keep showing the old choice');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the address follows every part of the view, in the documented form', async () => {
  const { page, context, problems } = await env.open();
  await page.getByRole('searchbox', { name: 'Search partnerships' }).fill('ai');
  await checkbox(page, 'Sweden').check();
  await checkbox(page, 'Norway').check();
  await (await revealCheckbox(page, 'Focus area', DH)).check();
  await page.getByRole('combobox', { name: 'From' }).selectOption('2019');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest first' });
  await eventually(async () => assert.equal(search(page), '?q=ai&country=NO,SE&focus=digital_health&from=2019&sort=newest'));
  await page.getByRole('combobox', { name: 'To' }).selectOption('2024');
  await eventually(async () => assert.equal(search(page), '?q=ai&country=NO,SE&focus=digital_health&from=2019&to=2024&sort=newest'));
  // Text with spaces and Nordic letters is form-encoded.
  await page.getByRole('searchbox').fill('Umeå universitet');
  await eventually(async () => assert.match(new URL(page.url()).search, /^\?q=Ume%C3%A5\+universitet&/));
  // Clearing everything empties the address (sort is kept: it is not a filter).
  await page.getByRole('button', { name: 'Clear all' }).click();
  await eventually(async () => assert.equal(search(page), '?sort=newest'));
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Best match' });
  await eventually(async () => assert.equal(search(page), ''));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a shared link opens exactly its view, and Reload keeps it', async () => {
  // The view built by hand...
  const built = await env.open();
  await built.page.getByRole('searchbox', { name: 'Search partnerships' }).fill('health');
  await checkbox(built.page, 'Sweden').check();
  await (await revealCheckbox(built.page, 'Focus area', DH)).check();
  await eventually(async () => assert.equal(search(built.page), '?q=health&country=SE&focus=digital_health'));
  const expected = await view(built.page);
  assert.ok(expected.titles.length > 0 && expected.status !== countText(N_RECORDS));
  assert.deepEqual(built.problems, []);
  await built.context.close();

  // ... and opened from a link, its parameters in another order.
  const { page, context, problems } = await env.open('?country=SE&focus=digital_health&q=health');
  await eventually(async () => assert.equal(await statusText(page), expected.status));
  const opened = await view(page);
  assert.deepEqual({ ...opened, search: undefined }, { ...expected, search: undefined });
  assert.equal(await checkbox(page, 'Sweden').isChecked(), true);
  assert.equal(await checkbox(page, DH).isChecked(), true);
  assert.equal(await page.getByRole('searchbox').inputValue(), 'health');
  assert.equal(
    await page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter: Country: Sweden' }).count(),
    1,
  );

  await page.reload();
  await waitForLive(page);
  await eventually(async () => assert.deepEqual({ ...(await view(page)), search: undefined }, { ...expected, search: undefined }));

  // Years and sort come back too.
  await page.goto(env.url('?country=NO,SE&from=2019&sort=title'));
  await waitForLive(page);
  await eventually(async () => {
    const v = await view(page);
    assert.deepEqual(v.checked, ['Norway', 'Sweden']);
    assert.equal(v.from, '2019');
    assert.equal(v.sort, 'Title A–Z');
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('malformed parameters are ignored without errors; valid ones still apply', async () => {
  const nSeDh = countWhere((r) => inCountries('SE')(r) && hasFocus('digital_health')(r));
  for (const [query, expected] of [
    // Unknown codes, broken years, unknown sort, a bad escape, empty and unknown names.
    ['?country=XX,se,&focus=nope,DIGITAL_HEALTH&from=abc&to=99999&sort=weird&status=%zz&kind=&bogus=1&=x&&', { checked: ['Sweden', DH], n: nSeDh }],
    ['?from=20x9&to=-1&sort=&partner=' + 'x'.repeat(5000), { checked: [], n: N_RECORDS }],
    ['?country=%&focus=%E5&status=active,active,,', { checked: ['Active'], n: countWhere((r) => r.status === 'active') }],
  ]) {
    const { page, context, problems } = await env.open(query);
    await expectStatus(page, countText(expected.n));
    const v = await view(page);
    assert.deepEqual(v.checked, expected.checked, query);
    assert.equal(v.from, '', `${query}: From stays "Any year"`);
    assert.equal(await page.getByRole('combobox', { name: 'To' }).inputValue(), '', `${query}: To stays "Any year"`);
    assert.equal(v.sort, 'Best match', query);
    assert.deepEqual(problems, [], query);
    await context.close();
  }
  // A broken percent escape in the text is kept as literal text.
  const { page, context, problems } = await env.open('?q=%zz');
  await eventually(async () => assert.equal(await page.getByRole('searchbox').inputValue(), '%zz'));
  await waitForLive(page);
  assert.deepEqual(problems, []);
  await context.close();
});

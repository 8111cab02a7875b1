// The phone benchmark (part of `./dev bench`): time from navigation to the
// first card on screen, on every route a visitor meets the widget by, against
// the vanilla-JS floor on the same data, in one run:
//   - desktop: 1280 px, no throttling;
//   - phone: 375 px, Slow-4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
//     up) and a 4× slower CPU (Chromium's DevTools protocol), files served
//     gzipped as a real host serves them.
// It also reports when the widget becomes interactive (its live cards have
// taken the prerendered view's place; for the floor, its first cards).
import { launch } from '../lib/browser.mjs';

export const PHONE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpu: 4 };

/** [route, address under the benchmark server, card selector]. */
export const ROUTES = [
  ['standalone `index.html`', 'widget/index.html', '.np-card'],
  ['`frame.html`', 'widget/frame.html', '.np-card'],
  ['a host page with the snippet', 'bench/host.html', '.np-card'],
  ['vanilla-JS floor on the same data', 'bench/peers/peer.html?engine=vanilla&src=/widget/partnerships.json', '.card'],
];
const FLOOR = ROUTES.length - 1;

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

async function measure(browser, url, card, phone) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } },
  );
  await context.addInitScript({ content: `window.__benchCardSelector = ${JSON.stringify(card)};` });
  await context.addInitScript({ path: new URL('./probe.js', import.meta.url).pathname });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const sizes = [];
  tab.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize, () => 0)));
  try {
    if (phone) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PHONE });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    }
    await tab.goto(url);
    await tab.waitForFunction(() => window.__bench.firstCards !== null && window.__bench.live !== null, null, { timeout: 120_000 });
    const { firstCards, live } = await tab.evaluate(() => ({ firstCards: __bench.firstCards, live: __bench.live }));
    await tab.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { firstCards, live, bytes };
  } catch (error) {
    return { failed: String(error.message ?? error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/**
 * Runs every route `rounds` times on both profiles (routes take turns within
 * a round). Returns the Markdown table and the figures.
 */
export async function phoneBench(server, rounds) {
  const browser = await launch();
  const runs = ROUTES.map(() => ({ desktop: [], phone: [] }));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [i, [name, path, card]] of ROUTES.entries()) {
        for (const profile of ['desktop', 'phone']) {
          const result = await measure(browser, `${server.url}${path}`, card, profile === 'phone');
          runs[i][profile].push(result);
          const note = result.failed ? `failed: ${result.failed}` : `first card ${result.firstCards.toFixed(0)} ms`;
          console.error(`bench: ${profile} ${name} round ${round + 1}: ${note}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const figures = runs.map(({ desktop, phone }) => {
    const ok = (list) => list.filter((r) => !r.failed);
    return {
      desktop: median(ok(desktop).map((r) => r.firstCards)),
      phone: median(ok(phone).map((r) => r.firstCards)),
      phoneLive: median(ok(phone).map((r) => r.live)),
      bytes: median(ok(phone).map((r) => r.bytes)),
      failed: [...desktop, ...phone].find((r) => r.failed)?.failed,
    };
  });
  const ms = (x) => (x === null ? '–' : `${Math.round(x).toLocaleString('en').replace(/,/g, ' ')} ms`);
  const ratio = (x, floor) => (x === null || !floor ? '' : ` (${(x / floor).toFixed(2)}×)`);
  const floor = figures[FLOOR];
  const lines = [
    `${rounds} rounds, medians; phone: 375 px, Slow-4G (150 ms round trip, 1.6 Mbit/s), 4× CPU slowdown, gzip served. ` +
      'First card: navigation → first frame with a card in the page. Interactive: the live widget\'s own cards on screen (the floor: its first cards). Bytes: transferred on the phone, gzipped.',
    '',
    '| route | desktop first card | phone first card | phone interactive | bytes |',
    '|---|---|---|---|---|',
  ];
  for (const [i, [name]] of ROUTES.entries()) {
    const f = figures[i];
    if (f.failed && f.phone === null) {
      lines.push(`| ${name} | failed: ${f.failed} | | | |`);
      continue;
    }
    const vs = i === FLOOR ? null : floor;
    lines.push(`| ${name} | ${ms(f.desktop)}${ratio(f.desktop, vs?.desktop)} | ${ms(f.phone)}${ratio(f.phone, vs?.phone)} | ` +
      `${ms(f.phoneLive)}${ratio(f.phoneLive, vs?.phoneLive)} | ${f.bytes === null ? '–' : `${(f.bytes / 1000).toFixed(0)} KB`} |`);
  }
  return { table: lines.join('\n'), figures: Object.fromEntries(ROUTES.map(([name], i) => [name, figures[i]])), floor: ROUTES[FLOOR][0] };
}

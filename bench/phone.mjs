// The bench as a patient's phone would load the pages (issue 15): the CPU 4×
// slower and DevTools' «Slow 4G» network, each page in a fresh context (cold
// cache), both widgets served gzip-compressed by the same server. Times, from
// navigation start: the first question on screen (SurveyJS shows it at once;
// the widget after «Start», clicked as soon as its start screen is there), and
// the click that opens the result until its headline is there.
import { BASE, open } from './session.mjs';
import { PAGES } from './pages.mjs';

/** DevTools' «Slow 4G» preset as DevTools sets it (bytes/s and ms): ~1.6 Mbit/s
 *  down × 0.9, ~0.75 Mbit/s up × 0.9, 150 ms RTT × 3.75, added to every request. */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};
export const CPU_SLOWDOWN = 4;

/** The pages of the phone run: the widget in bokmål and in nynorsk (its texts a file of their own), and SurveyJS. */
export const PHONE_PAGES = [
  { key: 'ours', label: 'Ryggsjekk nb', def: PAGES.ours, url: '/ours.html' },
  { key: 'oursNn', label: 'Ryggsjekk nn', def: PAGES.ours, url: '/ours-nn.html' },
  { key: 'surveyjs', label: 'SurveyJS', def: PAGES.surveyjs, url: '/surveyjs.html' },
];

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

export async function phoneLoad(browser, { def, url, label }, load) {
  const s = await open(browser, def, { phone: throttle });
  try {
    await s.page.goto(BASE + url, { timeout: 120_000 });
    const first = await s.page.evaluate(() => window.__bench.whenFirstQuestion);
    if (typeof first !== 'number') throw new Error(`${label}: no first question (${first})`);
    const painted = await s.page.evaluate(() => window.__bench.whenFirstPainted);
    let result = NaN;
    let resultPainted = NaN;
    // «Start» was clicked by the probe already.
    for (const step of def.journey(load).filter((st) => st.kind !== 'start')) {
      const t = await s.page.evaluate((st) => window.__bench.step(st), { ...step, settle: true });
      if (step.kind === 'result') {
        result = t;
        resultPainted = await s.page.evaluate(() => window.__bench.whenPainted);
      }
    }
    if (s.errors.length) throw new Error(`${label}: page errors: ${s.errors.join('; ')}`);
    return { first, painted, result, resultPainted, encodings: s.encodings, foreign: s.foreign };
  } finally {
    await s.context.close();
  }
}

/** `loads` cold loads of each phone page, in rotating order; samples in ms and the encodings the server sent. */
export async function phoneRun(browser, loads, progress = () => {}) {
  const out = Object.fromEntries(PHONE_PAGES.map((p) => [p.key, { first: [], painted: [], result: [], resultPainted: [], encodings: {} }]));
  const foreign = [];
  for (let i = 0; i < loads; i++) {
    // Rotate which page goes first, so drift on a shared machine hits all alike.
    const order = PHONE_PAGES.map((_, k) => PHONE_PAGES[(k + i) % PHONE_PAGES.length]);
    for (const p of order) {
      const r = await phoneLoad(browser, p, i);
      out[p.key].first.push(r.first);
      out[p.key].painted.push(r.painted);
      out[p.key].result.push(r.result);
      out[p.key].resultPainted.push(r.resultPainted);
      Object.assign(out[p.key].encodings, r.encodings);
      foreign.push(...r.foreign);
    }
    progress(i + 1);
  }
  return { pages: out, foreign };
}

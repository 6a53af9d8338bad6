// One page in a fresh browser context, with the probe (bench/probe.mjs):
// the cold loads, the memory run and the language measurements of bench/run.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { PAGES, QUESTIONS } from './pages.mjs';
import { probe } from './probe.mjs';

export const BASE = process.env.BENCH_URL || 'http://127.0.0.1:8191';
export const SITE = process.env.BENCH_SITE || 'target/bench-site';
export const RESETS = Math.max(1, Number(process.env.BENCH_RESETS || 500));

/** A fresh context and page with the probe; every request outside BASE is reported (and fails: see LAUNCH). */
export async function open(browser, pageDef, { clock = false, phone = null } = {}) {
  const context = await browser.newContext({
    locale: 'nb-NO',
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    // The phone run: gzip only, as the comparison says (Chromium would take brotli from localhost).
    ...(phone ? { extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } } : {}),
  });
  const foreign = [];
  const loaded = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(BASE) && !url.startsWith('data:')) foreign.push(url);
  });
  if (clock) await context.clock.install();
  const page = await context.newPage();
  // Throttling is per page (CDP), set before the navigation.
  if (phone) await phone(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const encodings = {};
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin !== new URL(BASE).origin) return;
    encodings[u.pathname.slice(1)] = r.headers()['content-encoding'] || 'identity';
    if (r.request().resourceType() !== 'document') loaded.push(u.pathname.slice(1));
  });
  await page.addInitScript(probe, { ready: pageDef.ready, host: pageDef.host, first: phone ? pageDef.first : undefined });
  return { context, page, foreign, errors, loaded, encodings };
}

export async function coldLoad(browser, pageDef, load) {
  const s = await open(browser, pageDef);
  try {
    await s.page.goto(BASE + pageDef.url);
    await s.page.evaluate(() => window.__bench.whenReady);
    const ready = await s.page.evaluate(() => window.__bench.ready);
    const answer = [];
    const result = [];
    const resultPainted = [];
    for (const step of pageDef.journey(load)) {
      const t = await s.page.evaluate((st) => window.__bench.step(st), { ...step, settle: true });
      if (step.kind === 'answer') answer.push(t);
      if (step.kind === 'result') {
        result.push(t);
        resultPainted.push(await s.page.evaluate(() => window.__bench.whenPainted));
      }
    }
    if (s.errors.length) throw new Error(`${pageDef.label}: page errors: ${s.errors.join('; ')}`);
    return { ready, answer, result, resultPainted, loaded: s.loaded, foreign: s.foreign };
  } finally {
    await s.context.close();
  }
}

export async function heap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() => window.__bench.wasmBytes());
  return { jsHeap: usedSize, wasm, total: usedSize + wasm, domNodes: m.Nodes, listeners: m.JSEventListeners };
}

export async function memoryRun(browser, key) {
  const def = PAGES[key];
  const kiosk = key === 'ours';
  const s = await open(browser, def, { clock: kiosk });
  try {
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Performance.enable');
    await s.page.goto(BASE + def.memoryUrl);
    await s.page.evaluate(() => window.__bench.whenReady);
    const journey = def.journey(0);
    await s.page.evaluate((st) => window.__bench.journey(st), journey);
    const afterJourney = await heap(s.page, cdp);
    const started = Date.now();
    for (let i = 0; i < RESETS; i++) {
      if (kiosk) {
        // Idle limit (30 s) + the warning's grace (30 s): the kiosk forgets the patient.
        await s.page.clock.runFor(61_000);
        await s.page.evaluate((sel) => window.__bench.waitFor(sel), def.restartedWhen);
      } else {
        await s.page.evaluate(() => window.benchSurvey.clear(true, true));
        await s.page.evaluate((sel) => window.__bench.waitFor(sel), `[data-name="${QUESTIONS[0]}"]`);
      }
      await s.page.evaluate((st) => window.__bench.journey(st), def.journey(i + 1));
    }
    const afterResets = await heap(s.page, cdp);
    if (s.errors.length) throw new Error(`${def.label}: page errors: ${s.errors.join('; ')}`);
    return {
      resets: RESETS,
      seconds: (Date.now() - started) / 1000,
      afterJourney,
      afterResets,
      growth: afterResets.total - afterJourney.total,
    };
  } finally {
    await s.context.close();
  }
}

/** One cold load of `url`: the widget's files it fetched (paths in SITE). */
export async function filesOf(browser, url) {
  const s = await open(browser, PAGES.ours);
  try {
    await s.page.goto(BASE + url);
    await s.page.evaluate(() => window.__bench.whenReady);
    // The widget shows once its language is in: every file the first load needs is there.
    return [...new Set(s.loaded)].filter((f) => fs.existsSync(path.join(SITE, f)));
  } finally {
    await s.context.close();
  }
}

/** A fresh bokmål page: the click on «Nynorsk» until the widget shows nynorsk (ms). */
export async function switchTime(browser) {
  const s = await open(browser, PAGES.ours);
  try {
    await s.page.goto(BASE + PAGES.ours.url);
    await s.page.evaluate(() => window.__bench.whenReady);
    return await s.page.evaluate(() => window.__bench.step({ click: '.rs-lang[lang="nn"]', done: { present: 'section[lang="nn"]' }, settle: true }));
  } finally {
    await s.context.close();
  }
}

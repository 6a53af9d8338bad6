// The benchmark driver (run by scripts/bench, which builds and serves the site).
// Measures the widget and the same questionnaire in SurveyJS in one run, with
// one method, in Debian's headless Chromium, and checks the budgets of issue 5.
//
//   BENCH_URL    the served site (target/bench-site)     BENCH_SITE  its folder
//   BENCH_LOADS  cold loads per page (default 10)        BENCH_RESETS  kiosk resets (500)
//
// Timing happens inside the page: `performance.now()` plus a MutationObserver,
// installed before any page script runs (addInitScript):
//   ready  = navigation start → the first interactive control is in the DOM
//            (ours: the start button in the shadow root; SurveyJS: its first radio input);
//   answer = a dispatched click on an option or «Neste» → the DOM shows the change
//            (the option is checked and drawn as checked / the next screen is there),
//            taken at the first MutationObserver callback or, if the click changes
//            nothing the observer sees, after the click's task and its microtasks;
//   result = the same for the click that opens the result (its headline is there).
// Before each timed click the page gets two animation frames to finish the
// previous step's rendering (a patient does not click within a millisecond).
// Memory: JS heap (after a forced GC, CDP Runtime.getHeapUsage) + wasm linear
// memory, after one full journey and after BENCH_RESETS resets: kiosk idle resets
// driven by Playwright's fake clock for the widget, survey.clear() for SurveyJS.
// Languages (issue 15): bokmål is in the wasm, every other language a file of
// its own. Printed: each language file (raw, gzip, brotli); the first load of
// a bokmål page (ours.html) and of a nynorsk one (ours-nn.html), as fetched
// in a cold load, and for every other language the bokmål load plus its file;
// the gate is ≤ 100 KB gzip with any language, the target ≤ 80 KB. And the
// switch: a click on «Nynorsk» on the start screen of a fresh bokmål page
// (its file not loaded yet) → the widget re-rendered in nynorsk (goal ≤ 150 ms).
import fs from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';

const BASE = process.env.BENCH_URL || 'http://127.0.0.1:8191';
const SITE = process.env.BENCH_SITE || 'target/bench-site';
const LOADS = Math.max(3, Number(process.env.BENCH_LOADS || 10));
const RESETS = Math.max(1, Number(process.env.BENCH_RESETS || 500));
const OUT = 'bench-results/latest.json';

const KB = 1000; // sizes in the table are decimal kilobytes (1 KB = 1000 bytes)
const BUDGET = {
  wireGzipBytes: 100 * KB, // wasm + js + css, gzip -9
  wireTargetBytes: 80 * KB, // the target (issue 15), reported, not a gate
  switchMs: 150, // to a language not loaded yet (issue 15), reported, not a gate
  wireRatio: 0.27, // of the SurveyJS page
  readyRatio: 0.5, // of SurveyJS's ready time
  readyMs: 100,
  answerMs: 4,
  resultMs: 16,
  resetGrowthBytes: 1024 * 1024, // JS heap + wasm memory, after vs before the resets
};

// Foreign hosts do not resolve, so nothing can leave the machine; requests are
// only observed (page.on('request')), not routed through Playwright, which
// would add ~25 ms to every request of both pages.
const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(BASE).hostname}`],
};

// The nine screens, as named in bench/surveyjs.json (the generator's `name`).
const QUESTIONS = ['location', 'flags-a', 'flags-b', 'flags-c', 'radiating', 'duration', 'activity', 'work'];
const THOUGHTS = 5;

/** Which option a load picks: varied per load, «none of these» on the red-flag screens. */
function choice(load, q) {
  if (q.startsWith('flags-')) return -1; // the last option
  // v2: the first two radiating options are warning signs (B stops, C changes the
  // headline); a full journey takes one of the last three.
  if (q === 'radiating') return -1 - (load % 3);
  return load + QUESTIONS.indexOf(q);
}

// ------------------------------------------------------------------ the two pages

const PAGES = {
  ours: {
    label: 'Ryggsjekk',
    url: '/ours.html',
    memoryUrl: '/ours-kiosk.html',
    host: 'ryggsjekk-widget', // the widget lives in this element's shadow root
    ready: '.rs-start .rs-nav button.rs-primary',
    journey(load) {
      const steps = [{ kind: 'start', click: '.rs-start .rs-nav button.rs-primary', done: { present: '.rs-progress-text' } }];
      for (const q of QUESTIONS) {
        steps.push({ kind: 'answer', click: 'input[name="rs-answer"]', index: choice(load, q), done: { checked: true } });
        steps.push({ kind: 'answer', click: '.rs-nav button[type="submit"]', done: { changed: '.rs-progress-text' } });
      }
      for (let r = 0; r < THOUGHTS; r++) {
        steps.push({ kind: 'answer', click: '.rs-statement input[type="radio"]', index: r * 2 + ((load + r) % 2), done: { checked: true } });
      }
      steps.push({ kind: 'result', click: '.rs-nav button[type="submit"]', done: { present: '.rs-headline' } });
      return steps;
    },
    restartedWhen: '.rs-start .rs-nav button.rs-primary',
  },
  surveyjs: {
    label: 'SurveyJS',
    url: '/surveyjs.html',
    memoryUrl: '/surveyjs.html',
    host: null,
    ready: 'input[type="radio"]',
    journey(load) {
      const steps = [];
      QUESTIONS.forEach((q, i) => {
        const next = QUESTIONS[i + 1] || 'thoughts';
        steps.push({
          kind: 'answer',
          click: `[data-name="${q}"] input[type="radio"]`,
          index: choice(load, q),
          done: { checked: true, drawn: ['.sd-item', 'sd-item--checked'] },
        });
        steps.push({ kind: 'answer', click: '.sd-navigation__next-btn', done: { present: `[data-name="${next}"]` } });
      });
      for (let r = 0; r < THOUGHTS; r++) {
        steps.push({
          kind: 'answer',
          click: '[data-name="thoughts"] input[type="radio"]',
          index: r * 2 + ((load + r) % 2),
          done: { checked: true, drawn: ['.sd-item', 'sd-item--checked'] },
        });
      }
      steps.push({ kind: 'result', click: '.sd-navigation__complete-btn', done: { present: '.rs-bench-headline' } });
      return steps;
    },
  },
};

// ------------------------------------------------------------- in the page

/** Installed before any page script: ready detection, wasm memory, step timing. */
function probe(cfg) {
  const B = (window.__bench = { ready: null, memories: [] });
  // Awaited by the harness instead of polling the page.
  let readyResolve;
  B.whenReady = new Promise((r) => (readyResolve = r));

  // Keep every wasm memory the page instantiates (the widget's linear memory).
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      for (const v of Object.values(instance?.exports || {})) if (v instanceof WebAssembly.Memory) B.memories.push(v);
      return result;
    };
  }
  B.wasmBytes = () => B.memories.reduce((n, m) => n + m.buffer.byteLength, 0);

  // ready: the first time the control is in the DOM (document or any shadow root).
  const observers = [];
  const watch = (root) => {
    const check = () => {
      if (B.ready === null && root.querySelector(cfg.ready)) {
        B.ready = performance.now();
        observers.forEach((o) => o.disconnect());
        readyResolve(B.ready);
      }
    };
    const o = new MutationObserver(check);
    o.observe(root, { childList: true, subtree: true });
    observers.push(o);
    check();
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    // The widget's root is closed as shipped; the bench reads it, like the tests' opener.
    const root = attachShadow.call(this, this.localName === 'ryggsjekk-widget' ? { ...init, mode: 'open' } : init);
    if (B.ready === null) watch(root);
    return root;
  };
  watch(document);

  B.root = () => (cfg.host ? document.querySelector(cfg.host).shadowRoot : document);

  /** One step: click, and the time until the DOM shows the change. With `settle`,
   *  first wait two frames, so the previous step's rendering is not counted. */
  B.step = async (step) => {
    if (step.settle) {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Then a task of its own: a click inside the frame's callbacks would wait for its paint.
      await new Promise((r) => setTimeout(r, 0));
    }
    return B.measure(step);
  };
  B.measure = (step) =>
    new Promise((resolve, reject) => {
      const root = B.root();
      const all = root.querySelectorAll(step.click);
      const index = step.index === undefined ? 0 : step.index < 0 ? all.length + step.index : step.index % all.length;
      const target = all[index];
      if (!target) return reject(new Error(`nothing to click: ${step.click} [${index}] of ${all.length}`));
      const d = step.done;
      const before = d.changed ? root.querySelector(d.changed)?.textContent : null;
      const done = () => {
        if (d.present) return !!root.querySelector(d.present);
        if (d.changed) {
          const now = root.querySelector(d.changed)?.textContent;
          return now != null && now !== before;
        }
        if (d.checked) {
          if (!target.checked) return false;
          if (!d.drawn) return true;
          const item = target.closest(d.drawn[0]);
          return !!item && item.classList.contains(d.drawn[1]);
        }
        return true;
      };
      let finished = false;
      let t0 = 0;
      const mo = new MutationObserver(() => finish());
      const channel = new MessageChannel();
      const timeout = setTimeout(() => {
        if (finished) return;
        finished = true;
        mo.disconnect();
        reject(new Error(`no change within 5 s after clicking ${step.click} [${index}]`));
      }, 5000);
      function finish() {
        if (finished || !done()) return;
        const t = performance.now() - t0;
        finished = true;
        mo.disconnect();
        clearTimeout(timeout);
        channel.port1.close();
        resolve(t);
      }
      mo.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      // After the click's task and the microtasks it queued (a render that changes
      // nothing a MutationObserver sees, e.g. a radio's `checked` property).
      channel.port1.onmessage = () => finish();
      t0 = performance.now();
      target.click();
      channel.port2.postMessage(0);
    });

  /** Resolves once `sel` is in the widget's root (no timers: the clock may be fake). */
  B.waitFor = (sel) =>
    new Promise((resolve) => {
      const root = B.root();
      if (root.querySelector(sel)) return resolve();
      const o = new MutationObserver(() => {
        if (root.querySelector(sel)) {
          o.disconnect();
          resolve();
        }
      });
      o.observe(root, { childList: true, subtree: true });
    });

  /** A whole journey in the page (for the memory runs); returns nothing. */
  B.journey = async (steps) => {
    for (const s of steps) await B.step(s);
  };
}

// ------------------------------------------------------------------- node side

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const stats = (xs) => ({
  n: xs.length,
  median: median(xs),
  p10: quantile(xs, 0.1),
  p90: quantile(xs, 0.9),
  min: Math.min(...xs),
  max: Math.max(...xs),
});

function sizes(files) {
  const rows = files.map((name) => {
    const buf = fs.readFileSync(path.join(SITE, name));
    return {
      file: name,
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }).length,
    };
  });
  const total = { file: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  return { files: rows, total };
}

/** A fresh context and page with the probe; every request outside BASE is reported (and fails: see LAUNCH). */
async function open(browser, pageDef, { clock = false } = {}) {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 800 } });
  const foreign = [];
  const loaded = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(BASE) && !url.startsWith('data:')) foreign.push(url);
  });
  if (clock) await context.clock.install();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === new URL(BASE).origin && r.request().resourceType() !== 'document') loaded.push(u.pathname.slice(1));
  });
  await page.addInitScript(probe, { ready: pageDef.ready, host: pageDef.host });
  return { context, page, foreign, errors, loaded };
}

async function coldLoad(browser, pageDef, load) {
  const s = await open(browser, pageDef);
  try {
    await s.page.goto(BASE + pageDef.url);
    await s.page.evaluate(() => window.__bench.whenReady);
    const ready = await s.page.evaluate(() => window.__bench.ready);
    const answer = [];
    const result = [];
    for (const step of pageDef.journey(load)) {
      const t = await s.page.evaluate((st) => window.__bench.step(st), { ...step, settle: true });
      if (step.kind === 'answer') answer.push(t);
      if (step.kind === 'result') result.push(t);
    }
    if (s.errors.length) throw new Error(`${pageDef.label}: page errors: ${s.errors.join('; ')}`);
    return { ready, answer, result, loaded: s.loaded, foreign: s.foreign };
  } finally {
    await s.context.close();
  }
}

async function heap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() => window.__bench.wasmBytes());
  return { jsHeap: usedSize, wasm, total: usedSize + wasm, domNodes: m.Nodes, listeners: m.JSEventListeners };
}

async function memoryRun(browser, key) {
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
async function filesOf(browser, url) {
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
async function switchTime(browser) {
  const s = await open(browser, PAGES.ours);
  try {
    await s.page.goto(BASE + PAGES.ours.url);
    await s.page.evaluate(() => window.__bench.whenReady);
    return await s.page.evaluate(() => window.__bench.step({ click: '.rs-lang[lang="nn"]', done: { present: 'section[lang="nn"]' }, settle: true }));
  } finally {
    await s.context.close();
  }
}

// ------------------------------------------------------------------------ run

const LOAD_BEFORE = loadavg().map((x) => x.toFixed(1)).join(' ');
const browser = await chromium.launch(LAUNCH);
const version = browser.version();
const results = { ours: { ready: [], answer: [], result: [] }, surveyjs: { ready: [], answer: [], result: [] } };
const files = {};
const foreign = new Set();
try {
  // One warm-up load each (server, disk cache, browser process), not counted.
  for (const key of Object.keys(PAGES)) {
    const r = await coldLoad(browser, PAGES[key], 0);
    files[key] = [...new Set(r.loaded)].filter((f) => fs.existsSync(path.join(SITE, f)));
    r.foreign.forEach((u) => foreign.add(u));
  }
  for (let i = 0; i < LOADS; i++) {
    // Alternate which page goes first, so drift on a shared machine hits both alike.
    const order = i % 2 ? ['surveyjs', 'ours'] : ['ours', 'surveyjs'];
    for (const key of order) {
      const r = await coldLoad(browser, PAGES[key], i);
      results[key].ready.push(r.ready);
      results[key].answer.push(...r.answer);
      results[key].result.push(...r.result);
      r.foreign.forEach((u) => foreign.add(u));
    }
    process.stderr.write(`\r[bench] cold loads ${i + 1}/${LOADS}`);
  }
  process.stderr.write('\n');
  process.stderr.write('[bench] languages: first loads and switches…\n');
  files.oursNn = await filesOf(browser, '/ours-nn.html');
  results.switchMs = [];
  for (let i = 0; i < Math.min(LOADS, 10); i++) results.switchMs.push(await switchTime(browser));
  process.stderr.write(`[bench] memory: ${RESETS} resets each…\n`);
  results.ours.memory = await memoryRun(browser, 'ours');
  results.surveyjs.memory = await memoryRun(browser, 'surveyjs');
} finally {
  await browser.close();
}

// --------------------------------------------------------------------- report

const ours = { size: sizes(files.ours), ...results.ours };
const sjs = { size: sizes(files.surveyjs), ...results.surveyjs };
for (const r of [ours, sjs]) {
  r.readyStats = stats(r.ready);
  r.answerStats = stats(r.answer);
  r.resultStats = stats(r.result);
}

// Languages: each file, and the first load with each language.
const langFiles = fs.readdirSync(SITE).filter((f) => /^texts\.[a-z]+\.[0-9a-f]+\.bin$/.test(f)).sort();
const langSizes = sizes(langFiles);
const firstNn = sizes(files.oursNn);
const firstLoads = [
  ['nb (measured)', ours.size.total.gzip],
  ['nn (measured)', firstNn.total.gzip],
  ...langSizes.files.filter((f) => !/^texts\.nn\./.test(f.file)).map((f) => [`${f.file.split('.')[1]} (nb + its file)`, ours.size.total.gzip + f.gzip]),
];
const worstFirstLoad = Math.max(...firstLoads.map(([, b]) => b));
const switchStats = stats(results.switchMs);

const checks = [
  ['wire size gzip ≤ 100 KB', ours.size.total.gzip <= BUDGET.wireGzipBytes],
  ['first load with any language, gzip ≤ 100 KB', worstFirstLoad <= BUDGET.wireGzipBytes],
  ['wire size ≤ 0.27 × SurveyJS', ours.size.total.gzip <= BUDGET.wireRatio * sjs.size.total.gzip],
  ['ready ≤ 1/2 × SurveyJS', ours.readyStats.median <= BUDGET.readyRatio * sjs.readyStats.median],
  ['ready ≤ 100 ms', ours.readyStats.median <= BUDGET.readyMs],
  ['answer ≤ 4 ms', ours.answerStats.median <= BUDGET.answerMs],
  ['result ≤ 16 ms', ours.resultStats.median <= BUDGET.resultMs],
  [`${RESETS} resets: growth ≤ 1 MB`, ours.memory.growth <= BUDGET.resetGrowthBytes],
];

const kb = (b) => (b / KB).toFixed(1);
const ms = (x) => x.toFixed(1);
const mb = (b) => (b / 1e6).toFixed(2);
const sign = (b) => (b >= 0 ? '+' : '') + mb(b);
const ratio = (a, b) => (a / b).toFixed(2);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

const lines = [];
const W = 40; // label column
const C = 13; // value columns
lines.push(`Ryggsjekk vs SurveyJS 2.5.38 — Chromium ${version}, ${LOADS} cold loads each, server: ${process.env.BENCH_SERVER || "?"}, ${os()}`);
lines.push(`load average before/after: ${LOAD_BEFORE} / ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
lines.push('');
lines.push(`${pad('files loaded (KB = 1000 bytes)', W + 2)}${lpad('raw', 9)}${lpad('gzip -9', 9)}${lpad('brotli', 9)}`);
for (const [label, r] of [['Ryggsjekk', ours], ['SurveyJS', sjs]]) {
  for (const f of [...r.size.files, r.size.total]) {
    lines.push(`  ${pad(`${label} ${f.file}`, W)}${lpad(kb(f.raw), 9)}${lpad(kb(f.gzip), 9)}${lpad(kb(f.brotli), 9)}`);
  }
}
lines.push('');
lines.push(`${pad('language files (KB)', W + 2)}${lpad('raw', 9)}${lpad('gzip -9', 9)}${lpad('brotli', 9)}`);
for (const f of langSizes.files) lines.push(`  ${pad(f.file, W)}${lpad(kb(f.raw), 9)}${lpad(kb(f.gzip), 9)}${lpad(kb(f.brotli), 9)}`);
lines.push(`${pad('first load, gzip -9 (KB)', W + 2)}${lpad('', 9)}  gate ≤ ${kb(BUDGET.wireGzipBytes)}, target ≤ ${kb(BUDGET.wireTargetBytes)}`);
for (const [label, bytes] of firstLoads) {
  const note = bytes <= BUDGET.wireTargetBytes ? 'target met' : `${kb(bytes - BUDGET.wireTargetBytes)} over the target`;
  lines.push(`  ${pad(label, W)}${lpad(kb(bytes), 9)}  ${note}`);
}
lines.push(`  ${pad('  files of the nn load', W)}${firstNn.files.map((f) => f.file).join(', ')}`);
lines.push(`${pad(`switch to nn, not loaded yet (ms, n=${switchStats.n})`, W + 2)}${lpad(ms(switchStats.median), 9)}  median; p90 ${ms(switchStats.p90)}; goal ≤ ${BUDGET.switchMs} ms`);
lines.push('');
lines.push(`${pad('metric', W)}${lpad('Ryggsjekk', C)}${lpad('SurveyJS', C)}${lpad('ours/SJS', 9)}  budget (ours)`);
const row = (name, a, b, budget, fmt = ms) =>
  lines.push(`${pad(name, W)}${lpad(fmt(a), C)}${lpad(fmt(b), C)}${lpad(ratio(a, b), 9)}  ${budget}`);
const spread = (name, a, b) =>
  lines.push(`${pad(name, W)}${lpad(`${ms(a.p10)}–${ms(a.p90)}`, C)}${lpad(`${ms(b.p10)}–${ms(b.p90)}`, C)}`);
row('wire size, gzip -9 (KB)', ours.size.total.gzip, sjs.size.total.gzip, '≤ 100 KB and ≤ 0.27', kb);
row('wire size, brotli (KB)', ours.size.total.brotli, sjs.size.total.brotli, '', kb);
row(`ready, median (ms, n=${LOADS})`, ours.readyStats.median, sjs.readyStats.median, '≤ 100 ms and ≤ 0.5');
spread('  p10–p90', ours.readyStats, sjs.readyStats);
row(`answer, median (ms, n=${ours.answer.length})`, ours.answerStats.median, sjs.answerStats.median, '≤ 4 ms');
spread('  p10–p90', ours.answerStats, sjs.answerStats);
row(`result, median (ms, n=${ours.result.length})`, ours.resultStats.median, sjs.resultStats.median, '≤ 16 ms');
spread('  p10–p90', ours.resultStats, sjs.resultStats);
const mo = ours.memory;
const ms2 = sjs.memory;
row('JS heap + wasm, 1 journey (MB)', mo.afterJourney.total, ms2.afterJourney.total, '', mb);
lines.push(`${pad('  of which wasm memory (MB)', W)}${lpad(mb(mo.afterJourney.wasm), C)}${lpad(mb(ms2.afterJourney.wasm), C)}`);
row(`  after ${RESETS} resets (MB)`, mo.afterResets.total, ms2.afterResets.total, '', mb);
lines.push(`${pad(`  growth over the resets (MB)`, W)}${lpad(sign(mo.growth), C)}${lpad(sign(ms2.growth), C)}${lpad('', 9)}  ≤ 1 MB (1 MiB)`);
lines.push(`${pad('  DOM nodes after 1 journey / resets', W)}${lpad(`${mo.afterJourney.domNodes} / ${mo.afterResets.domNodes}`, C)}${lpad(`${ms2.afterJourney.domNodes} / ${ms2.afterResets.domNodes}`, C)}`);
lines.push('');
for (const [name, ok] of checks) lines.push(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
if (foreign.size) lines.push(`  note: refused requests to other hosts: ${[...foreign].join(', ')}`);
console.log(lines.join('\n'));

function os() {
  return `${process.platform}, ${cpus().length} cores, node ${process.version}`;
}

fs.mkdirSync(path.dirname(OUT), { recursive: true });
const json = {
  date: new Date().toISOString(),
  command: 'scripts/bench',
  chromium: version,
  node: process.version,
  loadAverage: { before: LOAD_BEFORE, after: loadavg().map((x) => x.toFixed(1)).join(' ') },
  loads: LOADS,
  resets: RESETS,
  budgets: BUDGET,
  pass: checks.every((c) => c[1]),
  checks: Object.fromEntries(checks),
  languages: { files: langSizes.files, firstLoadNn: firstNn, firstLoads: Object.fromEntries(firstLoads), switchMs: switchStats, switchSamples: results.switchMs },
  ours: { size: ours.size, ready: ours.readyStats, answer: ours.answerStats, result: ours.resultStats, memory: ours.memory, samples: { ready: ours.ready, answer: ours.answer, result: ours.result } },
  surveyjs: { size: sjs.size, ready: sjs.readyStats, answer: sjs.answerStats, result: sjs.resultStats, memory: sjs.memory, samples: { ready: sjs.ready, answer: sjs.answer, result: sjs.result } },
  ratios: {
    wireGzip: ours.size.total.gzip / sjs.size.total.gzip,
    ready: ours.readyStats.median / sjs.readyStats.median,
    answer: ours.answerStats.median / sjs.answerStats.median,
    result: ours.resultStats.median / sjs.resultStats.median,
  },
  refusedRequests: [...foreign],
};
fs.writeFileSync(OUT, JSON.stringify(json, null, 2) + '\n');
console.log(`wrote ${OUT}`);
process.exitCode = json.pass ? 0 : 1;

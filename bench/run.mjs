// The benchmark driver (run by scripts/bench, which builds and serves the site).
// Measures the widget and the same questionnaire in SurveyJS in one run, with
// one method, in Debian's headless Chromium, and checks the budgets of issues 5 and 15.
//
//   BENCH_URL    the served site (target/bench-site)     BENCH_SITE  its folder
//   BENCH_LOADS  cold loads per page (default 10)        BENCH_RESETS  kiosk resets (500)
//   BENCH_PHONE_LOADS  cold loads per page of the phone run (default 5; 0 skips it)
//
// Timing happens inside the page (bench/probe.mjs): `performance.now()` plus a
// MutationObserver, installed before any page script runs:
//   ready  = navigation start → the first interactive control is in the DOM
//            (ours: the start button in the shadow root; SurveyJS: its first radio input);
//   answer = a dispatched click on an option or «Neste» → the DOM shows the change;
//   result = the same for the click that opens the result (its headline is there);
//            also reported to the end of the frame that shows it (a requestAnimationFrame,
//            then a task), since the widget's focus on the headline lays the page out
//            before the DOM mark and SurveyJS lays its page out after it.
// Before each timed click the page gets two animation frames to finish the
// previous step's rendering (a patient does not click within a millisecond).
// Memory: JS heap (after a forced GC) + wasm linear memory, after one journey
// and after BENCH_RESETS resets (kiosk idle resets under Playwright's fake clock
// for the widget, survey.clear() for SurveyJS).
// Languages (issue 15): bokmål is in the wasm, every other language a file of
// its own. Printed: each language file; the first load of a bokmål page
// (ours.html) and of a nynorsk one (ours-nn.html) as fetched in a cold load,
// and for every other language the bokmål load plus its file, counted as the
// server sends them (the precompressed .gz); and the switch to nynorsk on a
// fresh bokmål page (its file not loaded yet) until the widget shows it.
// The phone run (bench/phone.mjs): CPU 4× slower and Slow 4G, first question
// and result, ours (nb, nn) beside SurveyJS.
// The widget's pages are the pinned snippets of dist/ as they are (bench/site.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';
import { PAGES } from './pages.mjs';
import { BASE, RESETS, SITE, coldLoad, filesOf, memoryRun, switchTime } from './session.mjs';
import { CPU_SLOWDOWN, SLOW_4G, phoneRun } from './phone.mjs';
import { sizes, stats } from './stats.mjs';
import { loadAverage, table } from './report.mjs';

const LOADS = Math.max(3, Number(process.env.BENCH_LOADS || 10));
const PHONE_LOADS = Math.max(0, Number(process.env.BENCH_PHONE_LOADS ?? 5));
const OUT = 'bench-results/latest.json';

const KB = 1000;
const BUDGET = {
  wireGzipBytes: 100 * KB, // everything a first load fetches, as sent gzipped, with any language
  wireTargetBytes: 80 * KB, // the target (issue 15), reported, not a gate
  switchMs: 150, // to a language not loaded yet (issue 15), reported, not a gate
  wireRatio: 0.27, // of the SurveyJS page
  readyRatio: 0.5, // of SurveyJS's ready time
  readyMs: 100,
  answerMs: 4,
  resultMs: 16,
  resetGrowthBytes: 1024 * 1024, // JS heap + wasm memory, after vs before the resets
  phoneFirstRatio: 0.4, // first question on the phone, ours/SurveyJS: no worse than before issue 15
  phoneFirstTarget: 0.3, // its target, reported
};

// Foreign hosts do not resolve, so nothing can leave the machine; requests are
// only observed (page.on('request')), not routed through Playwright, which
// would add ~25 ms to every request of both pages.
const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(BASE).hostname}`],
};

const inSite = (files) => [...new Set(files)].filter((f) => fs.existsSync(path.join(SITE, f)));
const loadBefore = loadAverage();
const browser = await chromium.launch(LAUNCH);
const version = browser.version();
const results = { ours: { ready: [], answer: [], result: [], resultPainted: [] }, surveyjs: { ready: [], answer: [], result: [], resultPainted: [] } };
const files = {};
const foreign = new Set();
let phone = null;
try {
  // One warm-up load each (server, disk cache, browser process), not counted.
  for (const key of Object.keys(PAGES)) {
    const r = await coldLoad(browser, PAGES[key], 0);
    files[key] = inSite(r.loaded);
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
      results[key].resultPainted.push(...r.resultPainted);
      r.foreign.forEach((u) => foreign.add(u));
    }
    process.stderr.write(`\r[bench] cold loads ${i + 1}/${LOADS}`);
  }
  process.stderr.write('\n[bench] languages: first loads and switches…\n');
  files.oursNn = inSite(await filesOf(browser, '/ours-nn.html'));
  results.switchMs = [];
  for (let i = 0; i < Math.min(LOADS, 10); i++) results.switchMs.push(await switchTime(browser));
  if (PHONE_LOADS) {
    phone = await phoneRun(browser, PHONE_LOADS, (n) => process.stderr.write(`\r[bench] phone loads ${n}/${PHONE_LOADS}`));
    phone.foreign.forEach((u) => foreign.add(u));
    process.stderr.write('\n');
  }
  process.stderr.write(`[bench] memory: ${RESETS} resets each…\n`);
  results.ours.memory = await memoryRun(browser, 'ours');
  results.surveyjs.memory = await memoryRun(browser, 'surveyjs');
} finally {
  await browser.close();
}

const ours = { size: sizes(SITE, files.ours), ...results.ours };
const sjs = { size: sizes(SITE, files.surveyjs), ...results.surveyjs };
for (const r of [ours, sjs]) {
  r.readyStats = stats(r.ready);
  r.answerStats = stats(r.answer);
  r.resultStats = stats(r.result);
  r.resultPaintedStats = stats(r.resultPainted);
}

// Languages: each file, and the first load with each language.
const LANG_FILE = /(^|\/)texts\.([a-z]+)\.[0-9a-f]+\.bin$/;
const langDir = path.dirname(files.ours.find((f) => f.endsWith('ryggsjekk_bg.wasm')));
const langFiles = fs.readdirSync(path.join(SITE, langDir)).filter((f) => LANG_FILE.test(f)).sort().map((f) => path.join(langDir, f));
const langSizes = sizes(SITE, langFiles);
// Issue 17: fetched only when «Ta med på mobilen» is pressed, never on a first load.
const onDemand = sizes(SITE, ['handoff-qr.js', 'qr.wasm'].map((f) => path.join(langDir, f)).filter((f) => fs.existsSync(path.join(SITE, f))));
const firstNn = sizes(SITE, files.oursNn);
const firstLoads = [
  ['nb (measured)', ours.size.total.sent],
  ['nn (measured)', firstNn.total.sent],
  ...langSizes.files.filter((f) => LANG_FILE.exec(f.file)[2] !== 'nn').map((f) => [`${LANG_FILE.exec(f.file)[2]} (nb + its file)`, ours.size.total.sent + f.sent]),
];
const worstFirstLoad = Math.max(...firstLoads.map(([, b]) => b));
const switchStats = stats(results.switchMs);

if (phone) {
  phone.stats = Object.fromEntries(Object.entries(phone.pages).map(([k, v]) => [k, { first: stats(v.first), painted: stats(v.painted), result: stats(v.result), resultPainted: stats(v.resultPainted) }]));
  Object.assign(phone, { cpu: CPU_SLOWDOWN, net: SLOW_4G, loads: PHONE_LOADS });
}
const phoneRatio = (k) => phone.stats[k].first.median / phone.stats.surveyjs.first.median;

const checks = [
  ['first load with any language, sent gzip ≤ 100 KB', worstFirstLoad <= BUDGET.wireGzipBytes],
  ['wire size ≤ 0.27 × SurveyJS', ours.size.total.sent <= BUDGET.wireRatio * sjs.size.total.sent],
  ['ready ≤ 1/2 × SurveyJS', ours.readyStats.median <= BUDGET.readyRatio * sjs.readyStats.median],
  ['ready ≤ 100 ms', ours.readyStats.median <= BUDGET.readyMs],
  ['answer ≤ 4 ms', ours.answerStats.median <= BUDGET.answerMs],
  ['result ≤ 16 ms', ours.resultStats.median <= BUDGET.resultMs],
  [`${RESETS} resets: growth ≤ 1 MB`, ours.memory.growth <= BUDGET.resetGrowthBytes],
  ...(phone ? [[`phone: first question ≤ ${BUDGET.phoneFirstRatio} × SurveyJS (nb and nn)`, Math.max(phoneRatio('ours'), phoneRatio('oursNn')) <= BUDGET.phoneFirstRatio]] : []),
];

console.log(table({ version, loadBefore, LOADS, RESETS, BUDGET, ours, sjs, langSizes, onDemand, firstNn, firstLoads, switchStats, phone, checks, foreign }).join('\n'));

fs.mkdirSync(path.dirname(OUT), { recursive: true });
const pick = (r) => ({ size: r.size, ready: r.readyStats, answer: r.answerStats, result: r.resultStats, resultPainted: r.resultPaintedStats, memory: r.memory, samples: { ready: r.ready, answer: r.answer, result: r.result } });
const json = {
  date: new Date().toISOString(),
  command: 'scripts/bench',
  chromium: version,
  node: process.version,
  loadAverage: { before: loadBefore, after: loadAverage() },
  loads: LOADS,
  resets: RESETS,
  budgets: BUDGET,
  pass: checks.every((c) => c[1]),
  checks: Object.fromEntries(checks),
  onDemand: onDemand.files,
  languages: { files: langSizes.files, firstLoadNn: firstNn, firstLoads: Object.fromEntries(firstLoads), switchMs: switchStats, switchSamples: results.switchMs },
  ours: pick(ours),
  surveyjs: pick(sjs),
  ratios: {
    wireGzip: ours.size.total.sent / sjs.size.total.sent,
    ready: ours.readyStats.median / sjs.readyStats.median,
    answer: ours.answerStats.median / sjs.answerStats.median,
    result: ours.resultStats.median / sjs.resultStats.median,
    resultPainted: ours.resultPaintedStats.median / sjs.resultPaintedStats.median,
    ...(phone ? { phoneFirstNb: phoneRatio('ours'), phoneFirstNn: phoneRatio('oursNn'), phoneResultNb: phone.stats.ours.result.median / phone.stats.surveyjs.result.median } : {}),
  },
  phone,
  refusedRequests: [...foreign],
};
fs.writeFileSync(OUT, JSON.stringify(json, null, 2) + '\n');
console.log(`wrote ${OUT}`);
process.exitCode = json.pass ? 0 : 1;

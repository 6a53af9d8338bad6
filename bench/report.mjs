// The bench's printed table (bench/run.mjs gathers the numbers).
import { cpus, loadavg } from 'node:os';

const KB = 1000; // sizes are decimal kilobytes (1 KB = 1000 bytes)
const kb = (b) => (b / KB).toFixed(1);
const ms = (x) => x.toFixed(1);
const mb = (b) => (b / 1e6).toFixed(2);
const sign = (b) => (b >= 0 ? '+' : '') + mb(b);
const ratio = (a, b) => (a / b).toFixed(2);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const W = 40; // label column
const C = 13; // value columns

export const loadAverage = () => loadavg().map((x) => x.toFixed(1)).join(' ');

/** The report as lines of text. `r`: what bench/run.mjs measured (see there). */
export function table(r) {
  const { ours, sjs, BUDGET, RESETS, LOADS } = r;
  const lines = [];
  lines.push(`Ryggsjekk vs SurveyJS 2.5.38 — Chromium ${r.version}, ${LOADS} cold loads each, server: ${process.env.BENCH_SERVER || '?'}, ${process.platform}, ${cpus().length} cores, node ${process.version}`);
  lines.push(`load average before/after: ${r.loadBefore} / ${loadAverage()}`);
  lines.push('');
  const sizeHead = (title) => lines.push(`${pad(title, W + 2)}${lpad('raw', 9)}${lpad('gzip -9', 9)}${lpad('sent gz', 9)}${lpad('brotli', 9)}`);
  const sizeRow = (label, f) => lines.push(`  ${pad(label, W)}${lpad(kb(f.raw), 9)}${lpad(kb(f.gzip), 9)}${lpad(kb(f.sent), 9)}${lpad(kb(f.brotli), 9)}`);
  sizeHead('files loaded (KB = 1000 bytes)');
  for (const [label, x] of [['Ryggsjekk', ours], ['SurveyJS', sjs]]) {
    for (const f of [...x.size.files, x.size.total]) sizeRow(`${label} ${f.file.replace(/^v\/[^/]+\//, '')}`, f);
  }
  lines.push('');
  sizeHead('language files (KB)');
  for (const f of r.langSizes.files) sizeRow(f.file, f);
  sizeHead('on demand: «Ta med på mobilen» (KB)');
  for (const f of r.onDemand.files) sizeRow(f.file, f);
  lines.push(`${pad('first load, sent gzip (KB)', W + 2)}${lpad('', 9)}  gate ≤ ${kb(BUDGET.wireGzipBytes)}, target ≤ ${kb(BUDGET.wireTargetBytes)}`);
  for (const [label, bytes] of r.firstLoads) {
    const note = bytes <= BUDGET.wireTargetBytes ? 'target met' : `${kb(bytes - BUDGET.wireTargetBytes)} over the target`;
    lines.push(`  ${pad(label, W)}${lpad(kb(bytes), 9)}  ${note}`);
  }
  lines.push(`  ${pad('  files of the nn load', W)}${r.firstNn.files.map((f) => f.file.replace(/^v\/[^/]+\//, '')).join(', ')}`);
  const sw = r.switchStats;
  lines.push(`${pad(`switch to nn, not loaded yet (ms, n=${sw.n})`, W + 2)}${lpad(ms(sw.median), 9)}  median; p90 ${ms(sw.p90)}; goal ≤ ${BUDGET.switchMs} ms`);
  lines.push('');
  lines.push(`${pad('metric', W)}${lpad('Ryggsjekk', C)}${lpad('SurveyJS', C)}${lpad('ours/SJS', 9)}  budget (ours)`);
  const row = (name, a, b, budget, fmt = ms) => lines.push(`${pad(name, W)}${lpad(fmt(a), C)}${lpad(fmt(b), C)}${lpad(ratio(a, b), 9)}  ${budget}`);
  const spread = (name, a, b) => lines.push(`${pad(name, W)}${lpad(`${ms(a.p10)}–${ms(a.p90)}`, C)}${lpad(`${ms(b.p10)}–${ms(b.p90)}`, C)}`);
  row('wire size, sent gzip (KB)', ours.size.total.sent, sjs.size.total.sent, '≤ 100 KB and ≤ 0.27', kb);
  row('wire size, brotli (KB)', ours.size.total.brotli, sjs.size.total.brotli, '', kb);
  row(`ready, median (ms, n=${LOADS})`, ours.readyStats.median, sjs.readyStats.median, '≤ 100 ms and ≤ 0.5');
  spread('  p10–p90', ours.readyStats, sjs.readyStats);
  row(`answer, median (ms, n=${ours.answer.length})`, ours.answerStats.median, sjs.answerStats.median, '≤ 4 ms');
  spread('  p10–p90', ours.answerStats, sjs.answerStats);
  row(`result, median (ms, n=${ours.result.length})`, ours.resultStats.median, sjs.resultStats.median, '≤ 16 ms');
  spread('  p10–p90', ours.resultStats, sjs.resultStats);
  row('  … its frame rendered, median (ms)', ours.resultPaintedStats.median, sjs.resultPaintedStats.median, 'reported (same way for both)');
  const mo = ours.memory;
  const m2 = sjs.memory;
  row('JS heap + wasm, 1 journey (MB)', mo.afterJourney.total, m2.afterJourney.total, '', mb);
  lines.push(`${pad('  of which wasm memory (MB)', W)}${lpad(mb(mo.afterJourney.wasm), C)}${lpad(mb(m2.afterJourney.wasm), C)}`);
  row(`  after ${RESETS} resets (MB)`, mo.afterResets.total, m2.afterResets.total, '', mb);
  lines.push(`${pad('  growth over the resets (MB)', W)}${lpad(sign(mo.growth), C)}${lpad(sign(m2.growth), C)}${lpad('', 9)}  ≤ 1 MB (1 MiB)`);
  lines.push(`${pad('  DOM nodes after 1 journey / resets', W)}${lpad(`${mo.afterJourney.domNodes} / ${mo.afterResets.domNodes}`, C)}${lpad(`${m2.afterJourney.domNodes} / ${m2.afterResets.domNodes}`, C)}`);
  if (r.phone) phoneTable(lines, r.phone, BUDGET);
  lines.push('');
  for (const [name, ok] of r.checks) lines.push(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
  if (r.foreign.size) lines.push(`  note: refused requests to other hosts: ${[...r.foreign].join(', ')}`);
  return lines;
}

function phoneTable(lines, p, BUDGET) {
  lines.push('');
  lines.push(`phone: CPU ${p.cpu}× slower, Slow 4G (${p.net.latency} ms, ${(p.net.downloadThroughput / 1000).toFixed(0)} KB/s down), ${p.loads} cold loads each`);
  const P = 16; // wider: the p10–p90 spans
  lines.push(`${pad('', W)}${lpad('nb', P)}${lpad('nn', P)}${lpad('SurveyJS', P)}${lpad('nb/SJS', 9)}${lpad('nn/SJS', 9)}`);
  const s = p.stats;
  const prow = (name, k, budget) =>
    lines.push(`${pad(name, W)}${lpad(ms(s.ours[k].median), P)}${lpad(ms(s.oursNn[k].median), P)}${lpad(ms(s.surveyjs[k].median), P)}` +
      `${lpad(ratio(s.ours[k].median, s.surveyjs[k].median), 9)}${lpad(ratio(s.oursNn[k].median, s.surveyjs[k].median), 9)}  ${budget}`);
  prow('first question, median (ms)', 'first', `ratio ≤ ${BUDGET.phoneFirstRatio} (gate), ≤ ${BUDGET.phoneFirstTarget} (target)`);
  const pspread = (k) => lines.push(`${pad('  p10–p90', W)}${['ours', 'oursNn', 'surveyjs'].map((x) => lpad(`${ms(s[x][k].p10)}–${ms(s[x][k].p90)}`, P)).join('')}`);
  pspread('first');
  prow('  … its frame rendered, median (ms)', 'painted', 'reported (both pages measured the same way)');
  pspread('painted');
  prow('result, median (ms)', 'result', '≤ SurveyJS (target)');
  pspread('result');
  prow('  … its frame rendered, median (ms)', 'resultPainted', 'reported');
  for (const [k, label] of [['ours', 'nb'], ['oursNn', 'nn'], ['surveyjs', 'SurveyJS']]) {
    const enc = Object.entries(p.pages[k].encodings).filter(([f]) => !f.endsWith('.html')).map(([f, e]) => `${f.replace(/^v\/[^/]+\//, '')} ${e}`);
    lines.push(`  sent as (${label}): ${enc.join(', ')}`);
  }
}

// Today's methods on other builds, on today's machine: the ready time (cold
// loads, no throttling) and the phone's first question (CPU 4×, Slow 4G), the
// widget in bokmål beside SurveyJS, every build's pages interleaved in each
// round so drift on a shared machine hits all alike. For budgets that move
// with the machine (ready ≤ 100 ms, the phone ratio): measure the build from
// before a change beside the build after it. Not part of scripts/bench's checks.
//
//   node bench/baseline.mjs [rounds] <site> [<site> …]
//     each <site>: a folder laid out like target/bench-site (scripts/bench makes
//     it): ours.html from that build's pinned snippet, and SurveyJS's files.
//     All sites must sit in one parent folder, which one nginx serves.
//   BASELINE_PHONE=0  ready only (no phone loads)
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';
import { startNginx } from '../scripts/lib/nginx.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const LOADS = /^\d+$/.test(args[0] ?? '') ? Math.max(3, Number(args.shift())) : 5;
const sites = args.map((s) => path.resolve(s));
const root = path.dirname(sites[0] ?? '');
if (!sites.length || sites.some((s) => path.dirname(s) !== root)) throw new Error('usage: node bench/baseline.mjs [rounds] <site> [<site> …] (sites in one folder)');
const server = await startNginx({ root });
process.env.BENCH_URL = server.url;
// session.mjs reads BENCH_URL when it is first imported.
const { coldLoad } = await import('./session.mjs');
const { PAGES } = await import('./pages.mjs');
const { PHONE_PAGES, phoneLoad } = await import('./phone.mjs');

// One entry per (site, page): its page definition with the site's folder in front.
const runs = sites.flatMap((site) =>
  PHONE_PAGES.filter((p) => p.key !== 'oursNn').map((p) => {
    const url = `/${path.basename(site)}${p.url}`;
    return { site: path.basename(site), key: p.key, def: { ...p.def, url }, phone: { ...p, url }, ready: [], first: [], painted: [] };
  }),
);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(server.url).hostname}`],
});
try {
  for (const r of runs) await coldLoad(browser, r.def, 0); // warm-up, not counted
  for (let i = 0; i < LOADS; i++) {
    const order = runs.map((_, k) => runs[(k + i) % runs.length]);
    for (const r of order) r.ready.push((await coldLoad(browser, r.def, i)).ready);
    for (const r of process.env.BASELINE_PHONE === '0' ? [] : order) {
      const p = await phoneLoad(browser, r.phone, i);
      r.first.push(p.first);
      r.painted.push(p.painted);
    }
    process.stderr.write(`\r[baseline] ${i + 1}/${LOADS}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`\n${LOADS} rounds, medians in ms (ratio: ours / SurveyJS in the same site)`);
for (const site of sites.map((s) => path.basename(s))) {
  const of = (key) => runs.find((r) => r.site === site && r.key === key);
  const [o, s] = [of('ours'), of('surveyjs')];
  const line = (what, a, b, digits) => `  ${what.padEnd(13)} ours ${a.toFixed(digits).padStart(7)}  SurveyJS ${b.toFixed(digits).padStart(7)}  ratio ${(a / b).toFixed(3)}`;
  console.log(site);
  console.log(line('ready', median(o.ready), median(s.ready), 1));
  if (!o.first.length) continue;
  console.log(line('phone first', median(o.first), median(s.first), 0));
  console.log(line('  its frame', median(o.painted), median(s.painted), 0));
}

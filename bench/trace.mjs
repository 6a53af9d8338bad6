// Where the widget's ready time goes (not part of scripts/bench's budgets): cold
// loads of a bench page served by Debian's nginx with deploy/nginx.conf, each in
// a fresh browser context, broken down from Navigation/Resource Timing, a probe
// around WebAssembly's compile/instantiate calls and the shadow root, and (for
// the wasm compile and the script work) a Chromium performance trace.
//
//   node bench/trace.mjs                 after scripts/bench has filled target/bench-site
//   TRACE_LOADS=15 TRACE_PAGE=ours.html TRACE_OUT=target/trace.json node bench/trace.mjs
//   TRACE_ROUTE=1   route every request through Playwright (as bench/run.mjs did until it only observed requests)
//   TRACE_WAIT=sleep  wait 1.5 s before asking the page (Playwright's polling script
//                     then does not run in the page while it loads)
//
// Prints the median of each milestone (ms since navigation start) and writes the
// trace of the last load to TRACE_OUT (open it in chrome://tracing or DevTools).
import fs from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';
import { startNginx } from '../scripts/lib/nginx.mjs';

const SITE = process.env.BENCH_SITE || 'target/bench-site';
const LOADS = Math.max(1, Number(process.env.TRACE_LOADS || 15));
const PAGE = process.env.TRACE_PAGE || 'ours.html';
const OUT = process.env.TRACE_OUT || 'target/trace.json';
const READY = '.rs-start .rs-nav button.rs-primary';
const ROUTE = process.env.TRACE_ROUTE === '1';

/** In the page, before any script: times of the wasm calls, the shadow root and the start button. */
function probe(ready) {
  const T = (window.__trace = { wasm: [], ready: null, shadow: null, requests: [] });
  for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      const call = { name, start: performance.now(), end: null };
      T.wasm.push(call);
      const p = original.apply(this, args);
      p.then(() => (call.end = performance.now()), () => (call.end = performance.now()));
      return p;
    };
  }
  // The loader's fetch of the wasm: when it is called (the loader module runs)
  // and when its response is there (with integrity: the whole body, verified).
  const fetch = window.fetch;
  window.fetch = function (...args) {
    const call = { start: performance.now(), end: null };
    if (String(args[0]).endsWith('.wasm')) T.fetch = call;
    const p = fetch.apply(this, args);
    p.then(() => (call.end = performance.now()), () => (call.end = performance.now()));
    return p;
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (T.shadow === null) {
      T.shadow = performance.now();
      new MutationObserver((_, o) => {
        if (T.ready === null && root.querySelector(ready)) {
          T.ready = performance.now();
          o.disconnect();
        }
      }).observe(root, { childList: true, subtree: true });
    }
    return root;
  };
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = (s.length - 1) / 2;
  return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
};

const server = await startNginx({ root: SITE });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const rows = [];
const warnings = new Set();
let wasmRequests = [];
const before = loadavg()[0].toFixed(2);
try {
  for (let i = 0; i <= LOADS; i++) {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 800 } });
    // As bench/run.mjs does (it refuses requests to other hosts): every request then
    // goes through Playwright, which costs each one a round trip to this process.
    if (ROUTE) await context.route('**/*', (route) => route.continue());
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url().replace(server.url, '')));
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.add(`${m.type()}: ${m.text()}`);
    });
    await page.addInitScript(probe, READY);
    const last = i === LOADS;
    if (last) {
      await browser.startTracing(page, {
        path: OUT,
        categories: [
          'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'v8.execute',
          'blink.user_timing', 'loading', 'blink.resource', 'netlog', 'toplevel',
        ],
      });
    }
    await page.goto(`${server.url}/${PAGE}`);
    if (process.env.TRACE_WAIT === 'sleep') await new Promise((ok) => setTimeout(ok, 1500));
    await page.waitForFunction(() => window.__trace.ready !== null, null, { timeout: 20000 });
    const r = await page.evaluate(() => {
      const T = window.__trace;
      const nav = performance.getEntriesByType('navigation')[0];
      const res = (suffix) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix));
      const pick = (e) => e && { fetchStart: e.fetchStart, requestStart: e.requestStart, responseStart: e.responseStart, responseEnd: e.responseEnd, initiator: e.initiatorType };
      return {
        html: pick(nav),
        domInteractive: nav.domInteractive,
        load: nav.loadEventStart,
        loader: pick(res('ryggsjekk.js')),
        wasm: pick(res('ryggsjekk_bg.wasm')),
        css: pick(res('ryggsjekk.css')),
        wasmCalls: T.wasm,
        fetch: T.fetch,
        domContentLoaded: nav.domContentLoadedEventStart,
        shadow: T.shadow,
        ready: T.ready,
      };
    });
    r.wasmRequests = requests.filter((u) => u.endsWith('.wasm')).length;
    if (last) await browser.stopTracing();
    await context.close();
    if (i > 0) rows.push(r); // load 0 warms up nginx, the disk cache and the browser process
    wasmRequests = r.wasmRequests;
    process.stderr.write(`\r[trace] ${i}/${LOADS}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
process.stderr.write('\n');

const line = (label, xs) => console.log(`${label.padEnd(44)}${median(xs).toFixed(1).padStart(8)}`);
console.log(`${PAGE}: medians of ${rows.length} cold loads (ms since navigation start), load average ${before} → ${loadavg()[0].toFixed(2)}`);
line('HTML response start', rows.map((r) => r.html.responseStart));
line('HTML response end', rows.map((r) => r.html.responseEnd));
line('DOM interactive', rows.map((r) => r.domInteractive));
line('DOMContentLoaded', rows.map((r) => r.domContentLoaded));
line('load event', rows.map((r) => r.load));
for (const name of ['loader', 'wasm', 'css']) {
  line(`${name}: request start`, rows.map((r) => r[name]?.requestStart));
  line(`${name}: response start`, rows.map((r) => r[name]?.responseStart));
  line(`${name}: response end`, rows.map((r) => r[name]?.responseEnd));
}
line('loader runs: fetch(wasm) called', rows.map((r) => r.fetch?.start));
line('fetch(wasm) resolved (body in, verified)', rows.map((r) => r.fetch?.end));
const callNames = [...new Set(rows.flatMap((r) => r.wasmCalls.map((c) => c.name)))];
for (const name of callNames) {
  line(`WebAssembly.${name}: called`, rows.map((r) => r.wasmCalls.find((c) => c.name === name)?.start));
  line(`WebAssembly.${name}: resolved`, rows.map((r) => r.wasmCalls.find((c) => c.name === name)?.end));
}
line('shadow root attached (mount)', rows.map((r) => r.shadow));
line('start button in the DOM (ready)', rows.map((r) => r.ready));
console.log(`wasm requests in the last load: ${wasmRequests}`);
for (const w of warnings) console.log(`console ${w}`);

// The trace of the last load: wasm compile and script work, from the trace events.
const trace = JSON.parse(fs.readFileSync(OUT, 'utf8'));
const events = trace.traceEvents || trace;
const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.includes(PAGE))
  ?? events.find((e) => e.name === 'navigationStart');
const t0 = nav ? nav.ts : 0;
const interesting = /^(wasm\.|v8\.wasm|v8\.compileModule|v8\.evaluateModule|EvaluateScript|v8\.compile$|FunctionCall|ResourceSendRequest|ResourceReceiveResponse|ResourceFinish|ParseHTML|Layout|UpdateLayoutTree|Paint|TimerFire|RunMicrotasks|v8\.run)/;
console.log(`\ntrace of the last load (${OUT}), ms since navigationStart, durations ≥ 0.3 ms or instant events:`);
for (const e of events.filter((e) => interesting.test(e.name)).sort((a, b) => a.ts - b.ts)) {
  const dur = e.dur ? e.dur / 1000 : 0;
  if (e.ph === 'X' && dur < 0.3) continue;
  const url = e.args?.data?.url || e.args?.url || e.args?.data?.requestId || '';
  console.log(`  ${((e.ts - t0) / 1000).toFixed(1).padStart(7)}  ${dur ? dur.toFixed(1).padStart(6) : '     -'}  ${e.name} ${String(url).replace(server.url, '')}`);
}

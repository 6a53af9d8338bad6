// What makes a result tall: the height of each block of a collapsed
// non-urgent result at a phone's width, and the space above it (margins,
// gaps). Not a test: a measurement for whoever tightens the layout (issue 16).
// Needs a built dist/ served somewhere:
//
//   python3 scripts/lib/server.py --dir dist --port 8281 --quiet &
//   node scripts/lib/result-blocks.mjs http://127.0.0.1:8281 [referral|short-episode|thoughts] [nb|nn] [width]
//
// Prints one row per block: its height, and the gap between it and the block
// before it (what margins and padding add). Rows are the result screen's
// children, the parts of the first screen and each folded summary.
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { openResult } from './result-page.mjs';

const [base = 'http://127.0.0.1:8281', name = 'referral', lang = 'nb', width = '390'] = process.argv.slice(2);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const { context, widget } = await openResult(browser, base, name, lang, { width: Number(width), height: 844 });
  const rows = await widget.evaluate((el) => {
    const root = el.shadowRoot;
    const label = (n) => {
      const sec = n.getAttribute('data-section');
      const cls = [...n.classList].filter((c) => c !== 'rs-section').join('.');
      const text = (n.querySelector('summary, h2, h3')?.textContent ?? n.textContent).trim().slice(0, 34);
      return `${n.tagName.toLowerCase()}${cls ? '.' + cls : ''}${sec ? `[${sec}]` : ''} «${text}»`;
    };
    const out = [];
    const top = el.getBoundingClientRect().top;
    let prev = top;
    const visit = (n, depth) => {
      const r = n.getBoundingClientRect();
      if (r.height === 0) return;
      out.push({ block: '  '.repeat(depth) + label(n), top: Math.round(r.top - top), height: Math.round(r.height), gap: Math.round(r.top - prev) });
      prev = r.bottom;
    };
    const host = root.querySelector('.rs-host > section');
    for (const n of host.children) {
      if (!n.classList.contains('rs-result')) { visit(n, 0); continue; }
      for (const c of n.children) {
        if (c.classList.contains('rs-now') || c.classList.contains('rs-folds')) {
          const r = c.getBoundingClientRect();
          out.push({ block: label(c), top: Math.round(r.top - top), height: Math.round(r.height), gap: Math.round(r.top - prev) });
          for (const k of c.children) visit(k, 1);
          prev = r.bottom;
        } else visit(c, 0);
      }
    }
    const r = el.getBoundingClientRect();
    out.push({ block: 'bottom padding + border', top: Math.round(prev - top), height: Math.round(r.bottom - prev), gap: 0 });
    out.push({ block: 'TOTAL', top: 0, height: Math.round(r.height), gap: 0 });
    return out;
  });
  console.log(`${name} ${lang} at ${width} px`);
  for (const r of rows) console.log(`${String(r.top).padStart(5)} ${String(r.gap).padStart(4)} ${String(r.height).padStart(5)}  ${r.block}`);
  await context.close();
} finally {
  await browser.close();
}

// Screenshots of three non-urgent results for the clinic guide (docs/embedding.md),
// at a phone (390×844) and a kiosk screen (1080×1920), in bokmål and nynorsk.
// Not a test: people look at them. Needs a built dist/ served somewhere:
//
//   python3 scripts/lib/server.py --dir dist --port 8281 --quiet &
//   node scripts/lib/result-screenshots.mjs http://127.0.0.1:8281 docs/screenshots [--full]
//
// Writes <out>/<result>-<lang>-<width>.png of the widget only (cropped to it,
// so the files stay small) and prints each result's full height at 390 px.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { journey, walk } from '../../tests/e2e/helpers.mjs';
import { RESULTS } from '../../tests/e2e/results.mjs';

const args = process.argv.slice(2);
// --full: the whole result, not only the first screen (to see what makes it tall).
const full = args.includes('--full');
const [base = 'http://127.0.0.1:8281', out = 'docs/screenshots'] = args.filter((a) => a !== '--full');
const SIZES = [
  { width: 390, height: 844 },
  { width: 1080, height: 1920 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const [name, answers] of Object.entries(RESULTS)) {
    for (const lang of ['nb', 'nn']) {
      for (const size of SIZES) {
        const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
        await context.addInitScript(() => {
          const attach = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init) {
            return attach.call(this, { ...init, mode: 'open' });
          };
        });
        const page = await context.newPage();
        await page.goto(`${base}/harness.html`);
        await page.evaluate((l) => {
          document.body.style.margin = '0';
          const el = document.createElement('ryggsjekk-widget');
          el.setAttribute('lang', l);
          document.querySelector('main').append(el);
        }, lang);
        const widget = page.locator('ryggsjekk-widget');
        await widget.locator('.rs-host > section').waitFor();
        await walk(widget, lang, journey(answers));
        await page.evaluate(() => document.activeElement?.blur());
        await page.evaluate(() => window.scrollTo(0, 0));
        const height = await widget.evaluate((el) => Math.round(el.getBoundingClientRect().height));
        const file = `${out}/${name}-${lang}-${size.width}.png`;
        // The first screen as the patient sees it, not the whole page.
        if (full) await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size.width, height: full ? height : Math.min(height, size.height) } });
        console.log(`${file}: result height ${height} px at ${size.width} px`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}

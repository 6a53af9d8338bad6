// Screenshots of three non-urgent results for the clinic guide (docs/embedding.md,
// docs/screenshots/README.md), at a phone (390×844) and a kiosk screen
// (1080×1920), in bokmål and nynorsk: the whole result with every disclosure
// closed, as the patient first gets it, and one referral result with every
// disclosure open. Not a test: people look at them. Run by scripts/screenshots,
// or against any served dist/:
//
//   node scripts/lib/result-screenshots.mjs http://127.0.0.1:8281 docs/screenshots [--first]
//
// Writes <out>/<result>-<lang>-<width>.png (the widget only, cropped to it) and
// <out>/referral-nb-390-open.png, and prints each result's height.
// --first: only the first screen (844 or 1920 px), not the whole result.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { openResult } from './result-page.mjs';
import { RESULTS } from '../../tests/e2e/results.mjs';

const args = process.argv.slice(2);
const first = args.includes('--first');
const [base = 'http://127.0.0.1:8281', out = 'docs/screenshots'] = args.filter((a) => !a.startsWith('--'));
const SIZES = [
  { width: 390, height: 844 },
  { width: 1080, height: 1920 },
];

async function shoot(browser, name, lang, size, { open = false } = {}) {
  const { context, page, widget } = await openResult(browser, base, name, lang, size);
  // Every disclosure of the result, the sources list inside one included.
  if (open) await widget.evaluate((el) => el.shadowRoot.querySelectorAll('.rs-result details').forEach((d) => { d.open = true; }));
  await page.evaluate(() => document.activeElement?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await widget.evaluate((el) => Math.round(el.getBoundingClientRect().height));
  const file = `${out}/${name}-${lang}-${size.width}${open ? '-open' : ''}.png`;
  if (!first) await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size.width, height: first ? Math.min(height, size.height) : height } });
  console.log(`${file}: result height ${height} px at ${size.width} px${open ? ', everything open' : ''}`);
  await context.close();
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const name of Object.keys(RESULTS)) {
    for (const lang of ['nb', 'nn']) {
      for (const size of SIZES) await shoot(browser, name, lang, size);
    }
  }
  await shoot(browser, 'referral', 'nb', SIZES[0], { open: true });
} finally {
  await browser.close();
}

// Host CSS custom properties cannot hide the text (issue 14): whatever the
// --ryggsjekk-* theme, the 113 line, the headings, the buttons and the answers
// keep a contrast of at least 4.5:1 and a readable size and width (the
// stylesheet clamps the colours, styles/ryggsjekk.css); a readable theme is
// still applied as the host set it.
import { test, expect } from './fixtures.mjs';
import { forward, openWidget, TAG } from './helpers.mjs';

/** Opens the harness with one widget whose style sets `theme` (CSSOM: the page's CSP allows no <style>). */
async function themed(page, theme, pageBackground = null) {
  await page.goto('/harness.html');
  await page.evaluate(({ tag, theme, pageBackground }) => {
    if (pageBackground) document.body.style.background = pageBackground;
    const el = document.createElement(tag);
    el.setAttribute('lang', 'nb');
    for (const [name, value] of Object.entries(theme)) el.style.setProperty(name, value);
    document.querySelector('main').append(el);
  }, { tag: TAG, theme, pageBackground });
  const widget = page.locator(TAG);
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  return widget;
}

/** Contrast, size and width of every text the patient must read on this screen. */
function readability(widget) {
  return widget.evaluate((host) => {
    // Any CSS colour (rgb(), oklch(), color(srgb …)) → [r, g, b, alpha], as the canvas paints it.
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const parse = (c) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (fg, bg) => fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3]));
    const lum = (c) => c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    /** The colour behind `el`: its own background or the nearest ancestor's (across the shadow boundary), over white. */
    const background = (el) => {
      const layers = [];
      for (let n = el; n; n = n.parentElement ?? n.getRootNode().host) {
        const bg = parse(getComputedStyle(n).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reverse().reduce((acc, layer) => over(layer, acc), [255, 255, 255]);
    };
    const out = [];
    for (const el of host.shadowRoot.querySelectorAll('.rs-acute, h2, button, .rs-option-text, p')) {
      if (!el.textContent.trim() || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      out.push({
        text: el.textContent.trim().slice(0, 30),
        contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
        fontSize: parseFloat(style.fontSize),
        width: el.getBoundingClientRect().width,
      });
    }
    return out;
  });
}

const HOSTILE = {
  'transparent text': { '--ryggsjekk-text': 'transparent' },
  'text colour = background': { '--ryggsjekk-text': '#123456', '--ryggsjekk-bg': '#123456' },
  'button text = accent': { '--ryggsjekk-accent': '#ffffff', '--ryggsjekk-accent-text': '#ffffff' },
  'a dark background (fixed grey hints on it)': { '--ryggsjekk-bg': '#000000', '--ryggsjekk-text': '#ffffff' },
  'a see-through background on a dark page': { '--ryggsjekk-bg': 'rgba(255, 255, 255, 0)', page: '#000000' },
  'zero width and a junk font': { '--ryggsjekk-max-width': '0px', '--ryggsjekk-font': '0px' },
};

for (const [name, theme] of Object.entries(HOSTILE)) {
  test(`a host theme cannot hide the text: ${name}`, async ({ page }) => {
    const { page: pageBackground, ...vars } = theme;
    const widget = await themed(page, vars, pageBackground);
    for (const screen of ['start', 'question']) {
      if (screen === 'question') await forward(widget, 'nb', 'nav-start');
      const texts = await readability(widget);
      expect(texts.length, screen).toBeGreaterThan(3);
      for (const t of texts) {
        expect(t.contrast, `${screen}: «${t.text}»`).toBeGreaterThanOrEqual(4.5);
        expect(t.fontSize, `${screen}: «${t.text}»`).toBeGreaterThanOrEqual(14);
        expect(t.width, `${screen}: «${t.text}»`).toBeGreaterThan(40);
      }
    }
  });
}

// The positive twin: the readability check finds unreadable text when the
// clamp is bypassed (transparent text set inside the shadow root), and a
// readable theme is applied as set.
test('the check can fail, and a readable theme is kept', async ({ page }) => {
  const widget = await openWidget(page, { lang: 'nb' });
  await widget.evaluate((host) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.rs-host { --text: transparent !important; }');
    host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
  });
  expect((await readability(widget)).some((t) => t.contrast < 4.5)).toBe(true);
  const kept = await themed(page, { '--ryggsjekk-accent': '#0b6e4f', '--ryggsjekk-bg': '#fffdf5' });
  const start = kept.getByRole('button', { name: 'Start', exact: true });
  expect(await start.evaluate((b) => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.fillStyle = getComputedStyle(b).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data];
  })).toEqual([11, 110, 79, 255]);
  for (const t of await readability(kept)) expect(t.contrast, t.text).toBeGreaterThanOrEqual(4.5);
});

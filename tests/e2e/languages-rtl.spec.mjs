// Arabic, right to left (issue 15): the widget's root takes `dir` from the
// language and the stylesheet mirrors the layout (logical properties), with
// the DOM order unchanged; phone numbers and source names stay left to right.
// At 320 px nothing is clipped, nothing overlaps and the page does not scroll
// sideways, and axe finds nothing. Screenshots of every screen in ar and pl at
// 390 and 1080 px go to target/lang-screens/ for people to look at.
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { forward, heading, journey, openWidget, option, text, thoughtOption, walk } from './helpers.mjs';

const SHOTS = 'target/lang-screens';

/** Horizontal scroll, and visible boxes that leave the viewport or overlap a sibling control. */
function layoutProblems(el) {
  const root = el.shadowRoot;
  const width = document.documentElement.clientWidth;
  const problems = [];
  if (document.documentElement.scrollWidth > width + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  // checkVisibility: a closed <details> keeps its content laid out (content-visibility), unseen.
  const visible = (e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  };
  const name = (e) => `<${e.localName} class="${e.className?.baseVal ?? e.className}">${(e.textContent ?? '').trim().slice(0, 30)}`;
  for (const e of root.querySelectorAll('.rs-host *')) {
    if (!visible(e) || e.closest('svg') || e.closest('[aria-hidden="true"]')) continue;
    const r = e.getBoundingClientRect();
    if (r.left < -1 || r.right > width + 1) problems.push(`outside the screen (${Math.round(r.left)}–${Math.round(r.right)}): ${name(e)}`);
    // Text cut off by its own box (overflow hidden with more content than room).
    const s = getComputedStyle(e);
    if (s.overflowX === 'hidden' && e.scrollWidth > e.clientWidth + 1) problems.push(`clipped: ${name(e)}`);
  }
  const controls = [...root.querySelectorAll('button, a, label, input, h2, h3, p')].filter(visible);
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const [a, b] = [controls[i], controls[j]];
      if (a.contains(b) || b.contains(a)) continue;
      const [r, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      const x = Math.min(r.right, q.right) - Math.max(r.left, q.left);
      const y = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
      if (x > 2 && y > 2) problems.push(`overlap: ${name(a)} / ${name(b)}`);
    }
  }
  // A phone number keeps its digit groups' order in a right-to-left line: «116 117», not «117 116» (and 116 123).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.search(/116[\s\u00a0]1(17|23)/);
    if (at < 0 || !n.parentElement.checkVisibility()) continue;
    const x = (from) => {
      const r = document.createRange();
      r.setStart(n, from);
      r.setEnd(n, from + 3);
      return r.getBoundingClientRect().left;
    };
    if (x(at) > x(at + 4)) problems.push(`reversed number: ${name(n.parentElement)}`);
  }
  return problems;
}

/** The screens of a journey through every question to the longest result, and both urgent screens. */
async function everyScreen(page, lang, visit) {
  const w = await openWidget(page, { lang });
  await visit(w, 'start');
  await forward(w, lang, 'nav-start');
  await visit(w, 'location');
  await option(w, lang, 'location-neck').check();
  await forward(w, lang);
  await visit(w, 'flags-a');
  await option(w, lang, 'flag-none').check();
  await forward(w, lang);
  await option(w, lang, 'flag-none').check();
  await forward(w, lang);
  await option(w, lang, 'flag-c-morning-stiffness').check();
  await forward(w, lang);
  await option(w, lang, 'radiating-numb').check();
  await forward(w, lang);
  await option(w, lang, 'duration-over-3-months').check();
  await forward(w, lang);
  await option(w, lang, 'activity-no').check();
  await forward(w, lang);
  await option(w, lang, 'work-graded').check();
  await forward(w, lang);
  for (const id of ['thought-fear-harm', 'thought-never-better', 'thought-down']) await thoughtOption(w, lang, id).check();
  await visit(w, 'thoughts');
  await forward(w, lang, 'nav-see-result');
  await visit(w, 'result');
  await forward(w, lang, 'nav-restart');
  await walk(w, lang, journey({ location: 'location-neck', a: 'flag-a-stroke' }));
  await visit(w, 'urgent-a');
  await forward(w, lang, 'nav-restart');
  await walk(w, lang, journey({ b: 'flag-b-cancer-night-pain' }));
  await visit(w, 'urgent-b');
}

test('ar at 320 px: right to left, nothing clipped or overlapping, no sideways scroll, axe clean', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 720 });
  await everyScreen(page, 'ar', async (w, screen) => {
    await expect(w.locator('.rs-host')).toHaveAttribute('dir', 'rtl');
    // Mirrored by the stylesheet, not by reordering: the heading's first line
    // starts at the right edge of its content box.
    const gap = await heading(w).evaluate((h) => {
      const range = document.createRange();
      range.selectNodeContents(h);
      const first = range.getClientRects()[0];
      const box = h.getBoundingClientRect();
      const s = getComputedStyle(h);
      return box.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth) - first.right;
    });
    expect(Math.abs(gap), `${screen}: the heading starts at the right`).toBeLessThan(2);
    expect(await w.evaluate(layoutProblems), screen).toEqual([]);
    await expectNoA11yViolations(page);
    if (screen.startsWith('urgent')) {
      // The number reads 116 117, not 117 116: isolated left to right.
      const number = w.locator('bdi.rs-phone-number').first();
      await expect(number).toHaveAttribute('dir', 'ltr');
      await expect(number).toHaveText(screen === 'urgent-a' ? '113' : /116\s117/);
    }
  });
});

for (const lang of ['ar', 'pl']) {
  test(`every screen in ${lang} photographed at 390 and 1080 px (target/lang-screens)`, async ({ page }) => {
    test.setTimeout(180_000);
    mkdirSync(SHOTS, { recursive: true });
    await everyScreen(page, lang, async (w, screen) => {
      for (const width of [390, 1080]) {
        await page.setViewportSize({ width, height: 900 });
        await w.screenshot({ path: `${SHOTS}/${lang}-${screen}-${width}.png`, animations: 'disabled', caret: 'hide' });
      }
      await expect(heading(w)).toBeVisible();
    });
  });
}

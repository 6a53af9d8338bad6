// Accessibility (issue 4, WCAG 2.1 AA) in both modes and every language:
// keyboard-only use, visible focus, focus on each new screen's heading, the
// announced error, lang and heading semantics, reflow at 320 CSS px and
// 200 %/400 % zoom, text spacing (1.4.12), reduced motion and forced colours.
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import {
  foldSummary, btn, format, forward, heading, journey, openWidget, option, text, thoughtOption, walk,
} from './helpers.mjs';

const LANGS = ['nb', 'nn', 'en'];
const MODES = ['embedded', 'kiosk'];

/** Opens a widget; kiosk with the longest idle time, so no reset interrupts a test. */
function open(page, lang, mode) {
  return openWidget(page, { lang, mode, idleSeconds: mode === 'kiosk' ? 3600 : undefined });
}

/**
 * Goes through one screen of every type and calls `check(name)` on each:
 * start, a question, the unanswered-question error, a red-flag screen, the
 * thoughts screen, the full result (sources open), and an urgent screen.
 */
async function everyScreen(widget, lang, check) {
  await check('start');
  await forward(widget, lang, 'nav-start');
  await check('question');
  await btn(widget, lang, 'nav-next').click();
  await expect(widget.getByText(text(lang, 'error-choose-one'))).toBeVisible();
  await check('error');
  await option(widget, lang, 'location-several').check();
  await forward(widget, lang);
  await check('flags');
  for (const id of ['flag-none', 'flag-none', 'flag-c-steroids-osteoporosis', 'radiating-numb', 'duration-over-3-months', 'activity-no', 'work-full']) {
    await option(widget, lang, id).check();
    await forward(widget, lang);
  }
  for (const id of ['thought-fear-harm', 'thought-down']) await thoughtOption(widget, lang, id).check();
  await check('thoughts');
  await forward(widget, lang, 'nav-see-result');
  // The sources are folded on the result: open them as a patient would.
  await foldSummary(widget, lang, 'section-sources').click();
  await widget.getByText(text(lang, 'sources-show')).click();
  await check('result');
  await forward(widget, lang, 'nav-restart');
  await walk(widget, lang, journey({ a: 'flag-a-tearing-pain' }));
  await check('urgent');
}

/** Describes the focused element in the widget and whether its focus indicator shows. */
function focusState(widget) {
  return widget.evaluate((host) => {
    const a = host.shadowRoot.activeElement;
    if (!a) return { focused: null };
    // A radio's indicator is on its full-row label (:focus-within).
    const ring = a.matches('input[type=radio]') ? a.closest('label') : a;
    const s = getComputedStyle(ring);
    const width = parseFloat(s.outlineWidth) || 0;
    return {
      focused: `${a.tagName.toLowerCase()}${a.type ? `[${a.type}]` : ''}: ${(a.labels?.[0] ?? a).textContent.trim().slice(0, 40)}`,
      visible: s.outlineStyle !== 'none' && width >= 2,
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    };
  });
}

async function expectVisibleFocus(widget) {
  const state = await focusState(widget);
  expect(state.focused, 'something in the widget has focus').not.toBeNull();
  expect(state.visible, `visible focus indicator on ${state.focused} (outline ${state.outline})`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking each stop shows focus. */
async function tabTo(page, widget, target, { shift = false, max = 12 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el.getRootNode().activeElement === el)) {
      await expectVisibleFocus(widget);
      return;
    }
    await expectVisibleFocus(widget);
  }
  throw new Error(`Tab did not reach ${target} within ${max} presses`);
}

/**
 * With the keyboard only: Tab into the radio group, Space to check the focused
 * option, arrow keys until `id` is checked.
 */
async function chooseByKeyboard(page, widget, lang, id, { down = true } = {}) {
  const first = widget.getByRole('radio').first();
  await tabTo(page, widget, first);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  const wanted = option(widget, lang, id);
  for (let i = 0; i < 10 && !(await wanted.isChecked()); i++) {
    await page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
    await expectVisibleFocus(widget);
  }
  await expect(wanted).toBeChecked();
  await expect(wanted).toBeFocused();
}

/** Tab to «Neste» (via «Tilbake» and back with Shift+Tab), press Enter; the new heading gets focus. */
async function nextByKeyboard(page, widget, lang, { id = 'nav-next', title } = {}) {
  const back = btn(widget, lang, 'nav-back');
  const next = btn(widget, lang, id);
  await tabTo(page, widget, next);
  await tabTo(page, widget, back, { shift: true });
  await tabTo(page, widget, next);
  await page.keyboard.press('Enter');
  if (title) await expect(heading(widget)).toHaveText(title);
  await expect(heading(widget)).toBeFocused();
}

/** Heading levels inside the widget: one h2 first, never a skipped level. */
function headingLevels(widget) {
  return widget.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => Number(h.tagName[1])),
  );
}

async function expectHeadingsInOrder(widget) {
  const levels = await headingLevels(widget);
  expect(levels[0], `first heading is the screen's h2 (${levels})`).toBe(2);
  expect(levels.filter((l) => l === 2), `one h2 per screen (${levels})`).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) {
    expect(levels[i], `no skipped heading level (${levels})`).toBeLessThanOrEqual(levels[i - 1] + 1);
    expect(levels[i], `nothing above the screen's h2 (${levels})`).toBeGreaterThanOrEqual(2);
  }
}

for (const mode of MODES) {
  for (const lang of LANGS) {
    test(`keyboard only, start to result, focus visible and on each heading (${mode}, ${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      const widget = await open(page, lang, mode);
      // Nothing steals focus on page load; Tab enters the widget at the language switch.
      expect((await focusState(widget)).focused).toBeNull();
      await tabTo(page, widget, btn(widget, lang, 'nav-start'));
      await page.keyboard.press('Enter');
      await expect(heading(widget)).toHaveText(text(lang, 'q-location'));
      await expect(heading(widget)).toBeFocused();

      await chooseByKeyboard(page, widget, lang, 'location-lower');
      await nextByKeyboard(page, widget, lang, { title: text(lang, 'q-flags-now') });
      // «Nei, ingen av disse» is last: ArrowUp from the first wraps round to it.
      for (const group of ['a', 'b']) {
        await chooseByKeyboard(page, widget, lang, 'flag-none', { down: false });
        await nextByKeyboard(page, widget, lang, { title: text(lang, group === 'a' ? 'q-flags-now' : 'q-flags-c') });
      }
      await chooseByKeyboard(page, widget, lang, 'flag-none', { down: false });
      await nextByKeyboard(page, widget, lang, { title: text(lang, 'q-radiating') });
      await chooseByKeyboard(page, widget, lang, 'radiating-no');
      await nextByKeyboard(page, widget, lang, { title: text(lang, 'q-duration') });
      await chooseByKeyboard(page, widget, lang, 'duration-6-weeks-3-months');
      // Back with the keyboard keeps the answer; Enter on «Neste» again.
      await tabTo(page, widget, btn(widget, lang, 'nav-back'));
      await page.keyboard.press('Space');
      await expect(heading(widget)).toHaveText(text(lang, 'q-radiating'));
      await expect(heading(widget)).toBeFocused();
      await nextByKeyboard(page, widget, lang, { title: text(lang, 'q-duration') });
      await expect(option(widget, lang, 'duration-6-weeks-3-months')).toBeChecked();
      await nextByKeyboard(page, widget, lang, { title: text(lang, 'q-activity') });
      await chooseByKeyboard(page, widget, lang, 'activity-no');
      await nextByKeyboard(page, widget, lang, { title: text(lang, 'q-work') });
      await chooseByKeyboard(page, widget, lang, 'work-full');
      await nextByKeyboard(page, widget, lang, { title: text(lang, 'q-thoughts') });
      // Thoughts: each statement is one tab stop; Space agrees with the first.
      await tabTo(page, widget, thoughtOption(widget, lang, 'thought-fear-harm'));
      await page.keyboard.press('Space');
      await expect(thoughtOption(widget, lang, 'thought-fear-harm')).toBeChecked();
      await page.keyboard.press('ArrowRight');
      await expect(thoughtOption(widget, lang, 'thought-fear-harm', false)).toBeChecked();
      await nextByKeyboard(page, widget, lang, { id: 'nav-see-result', title: text(lang, 'headline-referral') });

      // The result: every stop shows focus; the sources open with Enter; no trap.
      await tabTo(page, widget, foldSummary(widget, lang, 'section-sources'));
      await page.keyboard.press('Enter');
      const summary = widget.getByText(text(lang, 'sources-show'));
      await tabTo(page, widget, summary);
      await page.keyboard.press('Enter');
      await expect(widget.getByText(/Foster NE/)).toBeVisible();
      await expect(btn(widget, lang, 'print-button')).toHaveCount(mode === 'kiosk' ? 0 : 1);
      await tabTo(page, widget, btn(widget, lang, 'nav-restart'));
      await page.keyboard.press('Tab');
      expect((await focusState(widget)).focused, 'Tab leaves the widget after its last control').toBeNull();
      await tabTo(page, widget, btn(widget, lang, 'nav-restart'), { shift: true });
      await page.keyboard.press('Enter');
      await expect(heading(widget)).toHaveText(text(lang, 'start-title'));
      await expect(heading(widget)).toBeFocused();
    });
  }
}

for (const lang of LANGS) {
  test(`the unanswered-question error is announced and tied to the question (${lang})`, async ({ page }) => {
    const widget = await open(page, lang, 'embedded');
    await forward(widget, lang, 'nav-start');
    // The live region is in place, empty, before anything goes wrong.
    const live = widget.locator('[aria-live]');
    await expect(live).toHaveCount(1);
    await expect(live).toHaveText('');
    await expect(live).toHaveAttribute('aria-live', /^(assertive|polite)$/);
    const group = widget.getByRole('group', { name: text(lang, 'q-location') });
    await expect(group).not.toHaveAttribute('aria-invalid', 'true');
    await btn(widget, lang, 'nav-next').click();
    await expect(live).toHaveText(text(lang, 'error-choose-one'));
    await expect(group).toHaveAccessibleDescription(new RegExp(text(lang, 'error-choose-one')));
    await expect(group).toHaveAttribute('aria-invalid', 'true');
    // The hint stays part of the description.
    await expect(group).toHaveAccessibleDescription(new RegExp(text(lang, 'q-location-hint')));
    await expect(heading(widget)).toHaveText(text(lang, 'q-location'));
    // Answering clears it.
    await option(widget, lang, 'location-neck').check();
    await expect(live).toHaveText('');
    await expect(group).not.toHaveAttribute('aria-invalid', 'true');
  });
}

for (const mode of MODES) {
  for (const lang of LANGS) {
    test(`lang, landmarks, headings and progress on every screen (${mode}, ${lang})`, async ({ page }) => {
      const widget = await open(page, lang, mode);
      const region = widget.getByRole('region', { name: text(lang, 'app-label'), exact: true });
      await everyScreen(widget, lang, async (name) => {
        await expect(region, name).toHaveAttribute('lang', lang);
        await expectHeadingsInOrder(widget);
        if (name === 'question' || name === 'error') {
          await expect(widget.getByText(format(lang, 'progress', { step: 1, total: 9 }), { exact: true })).toBeVisible();
        }
        // The language switch names each language in that language.
        for (const [code, name] of Object.entries({ nb: 'Bokmål', nn: 'Nynorsk', en: 'English' })) {
          await expect(widget.getByRole('button', { name, exact: true })).toHaveAttribute('lang', code);
        }
      });
    });
  }
}

/** Everything inside the widget that sticks out of its box sideways, and the page's horizontal scroll. */
function overflow(page, widget) {
  return widget.evaluate((host) => {
    const doc = document.documentElement;
    const out = [];
    if (doc.scrollWidth > doc.clientWidth) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (el.clientWidth === 0 || ['INPUT', 'PROGRESS', 'LINK', 'SLOT'].includes(el.tagName)) continue;
      const s = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
      // Clipped vertically (1.4.12: text spacing must not cut anything off).
      if (s.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} clips: ${el.scrollHeight} > ${el.clientHeight}`);
    }
    const r = host.getBoundingClientRect();
    if (r.right > doc.clientWidth + 1) out.push(`the widget is wider than the viewport: ${r.right} > ${doc.clientWidth}`);
    return out;
  });
}

// 1280×800 at 200 % is 640×400 CSS px; 1280×1024 at 400 % is 320×256.
const REFLOW = { '320px': { width: 320, height: 640 }, '200%': { width: 640, height: 400 }, '400%': { width: 320, height: 256 } };

for (const mode of MODES) {
  test(`reflow at 320 CSS px, 200 % and 400 % zoom: no horizontal scrolling (${mode})`, async ({ page }) => {
    test.setTimeout(120_000);
    const widget = await open(page, 'nn', mode);
    await everyScreen(widget, 'nn', async (name) => {
      for (const [label, size] of Object.entries(REFLOW)) {
        await page.setViewportSize(size);
        expect(await overflow(page, widget), `${name} at ${label}`).toEqual([]);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  });

  test(`text spacing overrides (WCAG 1.4.12) clip nothing (${mode})`, async ({ page }) => {
    test.setTimeout(120_000);
    const widget = await open(page, 'nb', mode);
    // The bookmarklet's values, as a constructable sheet in the shadow root (the CSP blocks <style>).
    await widget.evaluate((host) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p, li, dd, blockquote { margin-bottom: 2em !important; }`);
      host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
    });
    expect(await widget.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('h2')).letterSpacing)).not.toBe('normal');
    await everyScreen(widget, 'nb', async (name) => {
      for (const size of [{ width: 1280, height: 800 }, { width: 360, height: 740 }, { width: 320, height: 640 }]) {
        await page.setViewportSize(size);
        expect(await overflow(page, widget), `${name} at ${size.width} px`).toEqual([]);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  });

  test(`reduced motion and forced colours keep every control visible, axe clean (${mode})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    const widget = await open(page, 'en', mode);
    await everyScreen(widget, 'en', async (name) => {
      await expectNoA11yViolations(page);
      const problems = await widget.evaluate((host) => {
        const out = [];
        for (const el of host.shadowRoot.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          if (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) out.push(`transition on ${el.tagName}`);
          if (s.animationName !== 'none') out.push(`animation on ${el.tagName}`);
        }
        // Controls: on screen, not transparent, with a visible edge (forced colours drop backgrounds).
        for (const el of host.shadowRoot.querySelectorAll('button, input, label, a[href], summary')) {
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          const what = `${el.tagName.toLowerCase()} «${el.textContent.trim().slice(0, 30)}»`;
          if (r.width < 1 || r.height < 1 || s.visibility !== 'visible' || Number(s.opacity) < 1) out.push(`${what} is not visible`);
          if ((el.matches('button, label')) && !(parseFloat(s.borderTopWidth) >= 1 && s.borderTopStyle !== 'none')) out.push(`${what} has no border in forced colours`);
        }
        return out;
      });
      expect(problems, name).toEqual([]);
      for (const b of await widget.getByRole('button').all()) await expect(b).toBeVisible();
      for (const r of await widget.getByRole('radio').all()) await expect(r).toBeVisible();
    });
  });
}

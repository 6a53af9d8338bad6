// Kiosk mode (issue 4): a shared waiting-room tablet must forget every patient.
// Time is Playwright's fake clock: installed before the page loads, paused, and
// moved on with runFor(), so the 1 s idle tick of src/ui/app.rs is exact and no
// test sleeps.
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { screenshot } from './screens.mjs';
import {
  foldSummary, ENDONYMS, SINGLE_CHOICE, btn, format, forward, heading, journey, openWidget, option, text, thoughtOption, walk,
} from './helpers.mjs';

const IDLE_DEFAULT = 90;
const GRACE = 30; // seconds the warning shows before the reset (≥ 20, WCAG 2.2.1)
const T0 = new Date('2026-03-02T08:00:00+01:00').getTime();

/** A kiosk widget with a paused fake clock. */
async function openKiosk(page, { lang = 'nb', idleSeconds } = {}) {
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang, mode: 'kiosk', idleSeconds });
  // Jump past the load (firing whatever was due) and stop time.
  await page.clock.pauseAt(T0 + 60_000);
  return widget;
}

const seconds = (n) => n * 1000;

/** The language an element is in: its own or its nearest ancestor's lang. */
function langOf(locator) {
  return locator.evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? null);
}

function dialog(widget) {
  return widget.getByRole('alertdialog');
}

/** The idle warning's text with `left` seconds to go (the body uses a plural selector). */
function countdown(lang, left) {
  const word = { nb: ['sekund', 'sekunder'], nn: ['sekund', 'sekund'], en: ['second', 'seconds'] }[lang][left === 1 ? 0 : 1];
  return `${left} ${word}`;
}

/** Every radio and checkbox on the current screen is unchecked. */
async function expectNothingChecked(widget) {
  await expect(widget.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(widget.getByRole('checkbox', { checked: true })).toHaveCount(0);
}

/** The element focused inside the widget's shadow root, described. */
function focused(widget) {
  return widget.evaluate((el) => {
    const a = el.shadowRoot.activeElement;
    return a ? `${a.tagName.toLowerCase()}:${a.textContent.trim()}` : null;
  });
}

for (const lang of ['nb', 'nn']) {
  test(`the idle warning appears after idle-seconds, holds focus, and «${text(lang, 'kiosk-continue')}» cancels it (${lang})`, async ({ page }) => {
    const widget = await openKiosk(page, { lang });
    // An untouched kiosk has no one to warn.
    await page.clock.runFor(seconds(IDLE_DEFAULT * 3));
    await expect(dialog(widget)).toHaveCount(0);
    await forward(widget, lang, 'nav-start');
    await option(widget, lang, 'location-lower').check();
    await page.clock.runFor(seconds(IDLE_DEFAULT - 1));
    await expect(dialog(widget)).toHaveCount(0);
    await page.clock.runFor(seconds(1));
    const warning = dialog(widget);
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAccessibleName(text(lang, 'kiosk-idle-title'));
    await expect(warning).toHaveAccessibleDescription(new RegExp(countdown(lang, GRACE)));
    expect(await langOf(warning)).toBe(lang);
    const cont = warning.getByRole('button', { name: text(lang, 'kiosk-continue'), exact: true });
    await expect(cont).toBeFocused();
    // Modal: Tab and Shift+Tab stay in the dialog; a tap on the backdrop changes nothing.
    await page.keyboard.press('Tab');
    await expect(cont).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(cont).toBeFocused();
    await page.mouse.click(3, 3);
    await expect(warning).toBeVisible();
    // The countdown counts.
    await page.clock.runFor(seconds(10));
    await expect(warning).toContainText(countdown(lang, GRACE - 10));
    await page.clock.runFor(seconds(GRACE - 10 - 1));
    await expect(warning).toContainText(countdown(lang, 1));
    await cont.click();
    await expect(dialog(widget)).toHaveCount(0);
    // Nothing was lost, focus is back where it was, and the idle time starts again from zero.
    await expect(option(widget, lang, 'location-lower')).toBeChecked();
    await expect(option(widget, lang, 'location-lower')).toBeFocused();
    await page.clock.runFor(seconds(IDLE_DEFAULT - 1));
    await expect(dialog(widget)).toHaveCount(0);
    // A key press is activity too.
    await page.keyboard.press('Shift');
    await page.clock.runFor(seconds(IDLE_DEFAULT - 1));
    await expect(dialog(widget)).toHaveCount(0);
    await page.clock.runFor(seconds(1));
    await expect(dialog(widget)).toBeVisible();
    // Escape continues too.
    await page.keyboard.press('Escape');
    await expect(dialog(widget)).toHaveCount(0);
    await expect(option(widget, lang, 'location-lower')).toBeFocused();
    await page.clock.runFor(seconds(IDLE_DEFAULT));
    await expect(dialog(widget)).toBeVisible();
    // And Enter on the focused button.
    await page.keyboard.press('Enter');
    await expect(dialog(widget)).toHaveCount(0);
    await expect(option(widget, lang, 'location-lower')).toBeChecked();
    await expect(option(widget, lang, 'location-lower')).toBeFocused();
  });

  test(`the reset forgets everything, back at the start in the attribute's language (${lang})`, async ({ page }) => {
    const widget = await openKiosk(page, { lang, idleSeconds: 30 });
    const answers = journey({
      location: 'location-neck', c: 'flag-c-weight-loss', radiating: 'radiating-numb', duration: 'duration-6-weeks-3-months',
      activity: 'activity-no', work: 'work-graded',
      thoughts: { 'thought-fear-harm': true, 'thought-worry': true, 'thought-down': true },
    });
    await walk(widget, lang, answers);
    await expect(heading(widget)).toHaveText(text(lang, 'headline-see-gp-days'));
    // The patient switches to English in the widget, then walks away.
    await widget.getByRole('button', { name: ENDONYMS.en, exact: true }).click();
    await expect(heading(widget)).toHaveText(text('en', 'headline-see-gp-days'));
    await page.clock.runFor(seconds(30));
    await expect(dialog(widget)).toBeVisible();
    // The warning speaks the language on screen, so the patient understands it.
    await expect(dialog(widget)).toHaveAccessibleName(text('en', 'kiosk-idle-title'));
    expect(await langOf(dialog(widget))).toBe('en');
    await page.clock.runFor(seconds(GRACE));
    await expect(dialog(widget)).toHaveCount(0);
    // Back at the start, in the language of the lang attribute, focus on the heading.
    await expect(heading(widget)).toHaveText(text(lang, 'start-title'));
    await expect(heading(widget)).toBeFocused();
    await expect(widget.getByRole('region', { name: text(lang, 'app-label') })).toHaveAttribute('lang', lang);
    await expect(widget.getByRole('button', { name: ENDONYMS[lang], exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(widget.getByText(text(lang, 'kiosk-attract'))).toBeVisible();
    // Going forward again shows no old answer anywhere.
    await forward(widget, lang, 'nav-start');
    for (const key of SINGLE_CHOICE) {
      await expectNothingChecked(widget);
      await btn(widget, lang, 'nav-next').click();
      await expect(widget.getByText(text(lang, 'error-choose-one'))).toBeVisible();
      await option(widget, lang, key === 'location' ? 'location-lower' : journey()[key]).check();
      await forward(widget, lang);
    }
    await expectNothingChecked(widget);
    await forward(widget, lang, 'nav-see-result');
    // The new result knows only the new answers.
    await expect(heading(widget)).toHaveText(text(lang, 'headline-stay-active'));
    await expect(widget.getByText(text(lang, 'location-neck'))).toHaveCount(0);
    await expect(widget.getByText(text(lang, 'flag-c-weight-loss'))).toHaveCount(0);
    await expect(widget.getByText(text(lang, 'mood-safety'))).toHaveCount(0);
    // The kiosk result has no print button, and says so.
    await expect(btn(widget, lang, 'print-button')).toHaveCount(0);
    await expect(widget.getByText(text(lang, 'kiosk-no-print'))).toBeVisible();
  });

  test(`urgent results reset too, after telling the patient to tell the staff (${lang})`, async ({ page }) => {
    const widget = await openKiosk(page, { lang });
    await walk(widget, lang, journey({ a: 'flag-a-chest-breathing' }));
    await expect(heading(widget)).toHaveText(text(lang, 'urgent-a-title'));
    await expect(widget.getByText(text(lang, 'kiosk-tell-staff'))).toBeVisible();
    // A tel: link does nothing on a kiosk: the number is shown, not linked.
    await expect(widget.getByRole('link')).toHaveCount(0);
    await expect(widget.getByText('113', { exact: true })).toBeVisible();
    await page.clock.runFor(seconds(IDLE_DEFAULT));
    await expect(dialog(widget)).toBeVisible();
    await page.clock.runFor(seconds(GRACE));
    await expect(heading(widget)).toHaveText(text(lang, 'start-title'));
    await expect(heading(widget)).toBeFocused();
    await forward(widget, lang, 'nav-start');
    await expectNothingChecked(widget);
    // And the B screen.
    await page.clock.runFor(seconds(IDLE_DEFAULT + GRACE));
    await walk(widget, lang, journey({ b: 'flag-b-bladder-bowel' }));
    await expect(heading(widget)).toHaveText(text(lang, 'urgent-b-title'));
    await expect(widget.getByText(text(lang, 'kiosk-tell-staff'))).toBeVisible();
    await expect(widget.getByRole('link')).toHaveCount(0);
    await page.clock.runFor(seconds(IDLE_DEFAULT + GRACE));
    await expect(heading(widget)).toHaveText(text(lang, 'start-title'));
  });
}

test('idle-seconds is clamped to 30–3600 with one warning each', async ({ page, guard }) => {
  guard.allowConsole('warning', /^ryggsjekk: idle-seconds="(5|99999)"/);
  const widget = await openKiosk(page, { idleSeconds: 5 });
  await forward(widget, 'nb', 'nav-start');
  await page.clock.runFor(seconds(29));
  await expect(dialog(widget)).toHaveCount(0);
  await page.clock.runFor(seconds(1));
  await expect(dialog(widget)).toBeVisible();

  // A new limit closes the warning and counts afresh (the session is kept).
  await widget.evaluate((el) => el.setAttribute('idle-seconds', '99999'));
  await expect(dialog(widget)).toHaveCount(0);
  await page.clock.runFor(seconds(3599));
  await expect(dialog(widget)).toHaveCount(0);
  await page.clock.runFor(seconds(1));
  await expect(dialog(widget)).toBeVisible();
  const warnings = guard.consoleMessages.filter((m) => m.type() === 'warning').map((m) => m.text());
  expect(warnings).toHaveLength(2);
});

test('the embedded mode never resets', async ({ page }) => {
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang: 'nb' });
  await page.clock.pauseAt(T0 + 60_000);
  await forward(widget, 'nb', 'nav-start');
  await option(widget, 'nb', 'location-neck').check();
  await page.clock.runFor(seconds(3600 + GRACE));
  await expect(dialog(widget)).toHaveCount(0);
  await expect(option(widget, 'nb', 'location-neck')).toBeChecked();
});

test('200 resets in a row leave no growth in DOM nodes or listeners', async ({ page }) => {
  test.setTimeout(180_000);
  const widget = await openKiosk(page, { idleSeconds: 30 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('DOMDebugger.enable').catch(() => {});

  /** One patient: start, one answer, walk away, warned, reset. */
  const cycle = async () => {
    await btn(widget, 'nb', 'nav-start').click();
    await option(widget, 'nb', 'location-several').check();
    await page.clock.runFor(seconds(30 + GRACE));
    await expect(heading(widget)).toHaveText(text('nb', 'start-title'));
  };

  /** Nodes and listeners, counted after a full garbage collection. */
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    // Listeners on every node of the widget (host, shadow root, everything inside).
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("ryggsjekk-widget")' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    const shadowNodes = await widget.evaluate((el) => el.shadowRoot.querySelectorAll('*').length);
    return { nodes: counters.nodes, jsEventListeners: counters.jsEventListeners, widgetListeners: listeners.length, shadowNodes };
  };

  // Warm up (first-use allocations, caches), then measure before and after.
  for (let i = 0; i < 5; i++) await cycle();
  const before = await measure();
  for (let i = 0; i < 200; i++) await cycle();
  const after = await measure();
  test.info().annotations.push({ type: 'counters', description: JSON.stringify({ before, after }) });
  expect(after.shadowNodes).toBe(before.shadowNodes);
  expect(after.widgetListeners).toBe(before.widgetListeners);
  // Process-wide counters: a leak would add ≥ 200 (one per reset); allow GC noise.
  expect(after.nodes - before.nodes, JSON.stringify({ before, after })).toBeLessThan(100);
  expect(after.jsEventListeners - before.jsEventListeners, JSON.stringify({ before, after })).toBeLessThan(20);
});

/** Targets smaller than 44×44 CSS px among the visible controls. */
function smallTargets(widget) {
  return widget.evaluate((el) => {
    const root = el.shadowRoot;
    const small = [];
    for (const c of root.querySelectorAll('button, label, a[href], summary, input:not([type=radio])')) {
      const r = c.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 44 || r.height < 44) small.push(`${c.tagName.toLowerCase()} «${c.textContent.trim().slice(0, 40)}» ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  });
}

// axe waits on timers, so these run on the real clock; the kiosk's idle time
// (90 s) is far longer than the test's pauses, and every click restarts it.
for (const lang of ['nb', 'nn', 'en']) {
  test(`kiosk: every target ≥ 44×44 CSS px, axe clean, screenshots (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const widget = await openWidget(page, { lang, mode: 'kiosk', idleSeconds: 3600 });
    const check = async (name) => {
      expect(await smallTargets(widget), `small targets on ${name}`).toEqual([]);
      await expectNoA11yViolations(page);
      if (lang !== 'en') await screenshot(page, `kiosk-${lang}-${name}`);
    };
    await check('start');
    await forward(widget, lang, 'nav-start');
    await check('location');
    await option(widget, lang, 'location-several').check();
    await forward(widget, lang);
    await check('flags-a');
    await option(widget, lang, 'flag-none').check();
    await forward(widget, lang);
    await option(widget, lang, 'flag-none').check();
    await forward(widget, lang);
    await option(widget, lang, 'flag-c-age').check();
    await forward(widget, lang);
    for (const id of ['radiating-pain-only', 'duration-4-5', 'activity-partly', 'work-full']) {
      await option(widget, lang, id).check();
      await forward(widget, lang);
    }
    await thoughtOption(widget, lang, 'thought-down').check();
    await thoughtOption(widget, lang, 'thought-worry').check();
    await check('thoughts');
    await forward(widget, lang, 'nav-see-result');
    await foldSummary(widget, lang, 'section-sources').click();
    await widget.getByText(text(lang, 'sources-show')).click();
    await check('result');
    await forward(widget, lang, 'nav-restart');
    await walk(widget, lang, journey({ b: 'flag-b-weakness' }));
    await check('urgent-b');
  });

  test(`kiosk: the idle warning has large targets and is axe clean (${lang})`, async ({ page }) => {
    const widget = await openKiosk(page, { lang, idleSeconds: 30 });
    await forward(widget, lang, 'nav-start');
    await page.clock.runFor(seconds(30));
    await expect(dialog(widget)).toBeVisible();
    // Let time flow for axe: the warning stays for GRACE (30) real seconds.
    await page.clock.resume();
    expect(await smallTargets(widget)).toEqual([]);
    await expectNoA11yViolations(page);
    if (lang !== 'en') await screenshot(page, `kiosk-${lang}-idle-warning`);
    await expect(dialog(widget), 'the warning was still up while checked').toBeVisible();
  });
}

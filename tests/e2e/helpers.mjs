// Building blocks for journey tests: open a widget, answer, go on.
//
//   const widget = await openWidget(page, { lang: 'nn', mode: 'kiosk' });
//   await start(widget);
//   await answer(widget, 'Korsryggen');
//   await next(widget);
//
// Button and option names come from locales/<lang>/main.ftl, so the tests read
// like what the patient sees and follow the texts when they change.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { loaderData } from '../../scripts/lib/loader-data.mjs';

export const TAG = 'ryggsjekk-widget';

const messageCache = new Map();

/**
 * The simple (one-line, no placeables) messages of a language:
 * `nav-next = Neste` → { 'nav-next': 'Neste' }. Enough for buttons and options.
 */
export function messages(lang) {
  if (!messageCache.has(lang)) {
    const table = {};
    for (const line of readFileSync(`locales/${lang}/main.ftl`, 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*)\s*=\s*(\S.*)$/.exec(line);
      if (m && !m[2].includes('{')) table[m[1]] = m[2].trim();
    }
    messageCache.set(lang, table);
  }
  return messageCache.get(lang);
}

/** The text of message `id` in `lang`; throws on a missing id so typos fail loudly. */
export function text(lang, id) {
  const value = messages(lang)[id];
  if (value === undefined) throw new Error(`no simple message "${id}" in locales/${lang}/main.ftl`);
  return value;
}

/**
 * Opens the test harness page (dist/harness.html) and adds one widget with the
 * given attributes (undefined = attribute absent). Resolves when it has rendered.
 * Returns the <ryggsjekk-widget> locator; role locators pierce its shadow root.
 */
export async function openWidget(page, { lang, pageLang = 'nb', mode, idleSeconds } = {}) {
  await page.goto('/harness.html');
  await page.evaluate(
    ({ tag, lang, pageLang, mode, idleSeconds }) => {
      if (pageLang == null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = pageLang;
      const element = document.createElement(tag);
      if (lang != null) element.setAttribute('lang', lang);
      if (mode != null) element.setAttribute('mode', mode);
      if (idleSeconds != null) element.setAttribute('idle-seconds', String(idleSeconds));
      document.querySelector('main').append(element);
    },
    { tag: TAG, lang, pageLang, mode, idleSeconds },
  );
  const widget = page.locator(TAG);
  await waitForWidget(widget);
  return widget;
}

/** Resolves when the element is defined (wasm loaded) and the widget has rendered into it. */
export async function waitForWidget(widget) {
  await expect
    // .rs-host: the app's own element (before it, the shadow root may hold the
    // waiting slot or the watchdog's fallback, see js/ryggsjekk.js).
    .poll(() => widget.evaluate((el) => el.shadowRoot?.querySelector('.rs-host')?.childElementCount ?? 0), {
      message: 'the widget renders into its shadow root',
    })
    .toBeGreaterThan(0);
}

/** The language the widget shows: its lang attribute's, else the page's (not a draft), else nb (the core's table). */
export async function widgetLang(widget) {
  const { LANG_TAGS, DEFAULT_LANG, UNREVIEWED } = await loaderData();
  const [own, page] = await widget.evaluate((el) => [el.getAttribute('lang'), document.documentElement.lang]);
  const known = (tag) => {
    const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    return Object.hasOwn(LANG_TAGS, primary) ? LANG_TAGS[primary] : undefined;
  };
  // An unreviewed draft only from the element's own attribute (embed::parse_lang).
  const fromPage = known(page);
  return known(own) ?? (UNREVIEWED.includes(fromPage) ? undefined : fromPage) ?? DEFAULT_LANG;
}

/** A button of the widget by its message id, e.g. button(widget, 'nav-next'). */
export async function button(widget, id) {
  return widget.getByRole('button', { name: text(await widgetLang(widget), id), exact: true });
}

/** Clicks «Start». */
export async function start(widget) {
  await (await button(widget, 'nav-start')).click();
}

/** Chooses the option whose visible label is `optionName` (a radio button or a checkbox). */
export async function answer(widget, optionName) {
  const option = widget
    .getByRole('radio', { name: optionName, exact: true })
    .or(widget.getByRole('checkbox', { name: optionName, exact: true }));
  await option.check();
}

/** Clicks «Neste» (or «Se rådene dine» on the last question when `last` is set). */
export async function next(widget, { last = false } = {}) {
  await (await button(widget, last ? 'nav-see-result' : 'nav-next')).click();
}

/** Clicks «Tilbake». */
export async function back(widget) {
  await (await button(widget, 'nav-back')).click();
}

/** The widget's current screen heading (every screen has one h2). */
export function heading(widget) {
  return widget.getByRole('heading', { level: 2 });
}

// ── Journeys with an explicit language ────────────────────────────────────
// The helpers above read the language from the lang attribute; these take it
// as an argument, so they also work after the in-widget language switch.

const rawCache = new Map();

/** Every one-line message of a language, placeables kept: `progress = Spørsmål { $step } av { $total }`. */
function rawMessages(lang) {
  if (!rawCache.has(lang)) {
    const table = {};
    for (const line of readFileSync(`locales/${lang}/main.ftl`, 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*)\s*=\s*(\S.*)$/.exec(line);
      if (m) table[m[1]] = m[2].trim();
    }
    rawCache.set(lang, table);
  }
  return rawCache.get(lang);
}

/** A one-line message with simple `{ $var }` placeables filled in (no selectors). */
export function format(lang, id, vars = {}) {
  const value = rawMessages(lang)[id];
  if (value === undefined) throw new Error(`no message "${id}" in locales/${lang}/main.ftl`);
  return value.replace(/\{\s*\$([a-z-]+)\s*\}/g, (_, name) => {
    if (!(name in vars)) throw new Error(`message "${id}" needs $${name}`);
    return String(vars[name]);
  });
}

/** The language switch's button names (the languages' own names). */
export const ENDONYMS = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** A radio option by its message id. */
export function option(widget, lang, id) {
  return widget.getByRole('radio', { name: text(lang, id), exact: true });
}

/** A button by its message id, in an explicit language. */
export function btn(widget, lang, id) {
  return widget.getByRole('button', { name: text(lang, id), exact: true });
}

/** The agree/disagree radio of one thoughts-and-feelings statement. */
export function thoughtOption(widget, lang, thoughtId, agree = true) {
  return widget
    .getByRole('group', { name: text(lang, thoughtId), exact: true })
    .getByRole('radio', { name: text(lang, agree ? 'answer-agree' : 'answer-disagree'), exact: true });
}

/**
 * What identifies the screen on display: the progress value and the heading.
 * Two red-flag screens share a heading, so the progress value tells them apart.
 */
export function screenKey(widget) {
  return widget.evaluate((el) => {
    const root = el.shadowRoot;
    return `${root.querySelector('progress')?.value ?? '-'}|${root.querySelector('h2')?.textContent ?? ''}`;
  });
}

/**
 * Clicks the forward button («Neste», «Se rådene dine» on the thoughts screen,
 * «Start» on the start screen) and waits until another screen shows.
 */
export async function forward(widget, lang, id = 'nav-next') {
  const before = await screenKey(widget);
  await btn(widget, lang, id).click();
  await expect.poll(() => screenKey(widget), { message: `«${text(lang, id)}» leads to another screen` }).not.toBe(before);
}

/** Clicks «Tilbake» and waits for the previous screen. */
export async function backward(widget, lang) {
  const before = await screenKey(widget);
  await btn(widget, lang, 'nav-back').click();
  await expect.poll(() => screenKey(widget), { message: '«Tilbake» leads to another screen' }).not.toBe(before);
}

/** The answers of a journey, by message id; red flags default to «Nei, ingen av disse». */
export function journey(overrides = {}) {
  return {
    location: 'location-lower',
    a: 'flag-none',
    b: 'flag-none',
    c: 'flag-none',
    radiating: 'radiating-no',
    duration: 'duration-under-2',
    activity: 'activity-yes',
    work: 'work-working',
    thoughts: {}, // { 'thought-down': true, … }: agreed (true) or disagreed (false)
    ...overrides,
  };
}

export const SINGLE_CHOICE = ['location', 'a', 'b', 'c', 'radiating', 'duration', 'activity', 'work'];

/**
 * From the start screen, answers `answers` (see journey()) question by
 * question. Stops after `until` (a key of SINGLE_CHOICE) has been answered and
 * sent, or where an A or B flag ends the questionnaire; otherwise goes through
 * the thoughts screen to the result.
 */
export async function walk(widget, lang, answers, { until } = {}) {
  await forward(widget, lang, 'nav-start');
  for (const key of SINGLE_CHOICE) {
    await option(widget, lang, answers[key]).check();
    await forward(widget, lang);
    if (key === until) return;
    if ((key === 'a' || key === 'b') && answers[key] !== 'flag-none') return;
    // Radiating pain getting worse is a B sign: it stops like the B screen.
    if (key === 'radiating' && answers[key] === 'flag-b-radiating-worse') return;
  }
  for (const [id, agree] of Object.entries(answers.thoughts)) await thoughtOption(widget, lang, id, agree).check();
  await forward(widget, lang, 'nav-see-result');
}

/**
 * The summary of a folded result section (issue 16), found by the section's
 * title: what a patient clicks, or tabs to and presses Enter on, to open it.
 */
export function foldSummary(widget, lang, id) {
  return widget
    .getByRole('region', { name: text(lang, id), exact: true })
    .getByText(text(lang, id), { exact: true });
}

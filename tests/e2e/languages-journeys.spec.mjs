// Every patient journey in every language (issue 15). Questions are found by
// role, answers by their position within the question (the same position as
// the bokmål option the journey names), so a test needs no word of the
// language it checks. What the result must show is the core's own answer for
// those answers: the same journey in bokmål, read back into message ids (its
// screen heading, its sections, its phone links); the language must then show
// those messages, in its own words. axe runs on every result, and the guard
// of fixtures.mjs accepts no request beyond the widget's own files.
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { messages, openWidget, screenKey, text } from './helpers.mjs';
import { loaderData } from '../../scripts/lib/loader-data.mjs';

const { LANGS, BUILTIN_LANG } = await loaderData();

const QUESTIONS = ['location', 'a', 'b', 'c', 'radiating', 'duration', 'activity', 'work'];
/** The journeys, by bokmål message id; red flags default to «Nei, ingen av disse». */
const JOURNEYS = {
  'urgent A': { a: 'flag-a-trauma-weakness' },
  'urgent B': { b: 'flag-b-saddle-numbness' },
  'urgent B from radiating pain': { radiating: 'flag-b-radiating-worse' },
  'neck stroke signs': { location: 'location-neck', a: 'flag-a-stroke' },
  'C sign, long-lasting': { c: 'flag-c-morning-stiffness', duration: 'duration-over-3-months', activity: 'activity-no', work: 'work-graded' },
  referral: {
    radiating: 'radiating-pain-only', duration: 'duration-6-weeks-3-months', activity: 'activity-partly', work: 'work-full',
    thoughts: { 'thought-fear-harm': true, 'thought-never-better': false, 'thought-worry': false, 'thought-down': false, 'thought-not-back': false },
  },
  'short episode': {},
  'feeling down, neck': {
    location: 'location-neck', duration: 'duration-2-3', activity: 'activity-partly',
    thoughts: { 'thought-fear-harm': true, 'thought-worry': true, 'thought-down': true },
  },
  'numbness, no paid work': { location: 'location-several', radiating: 'radiating-numb', duration: 'duration-4-5', work: 'work-none' },
};
const DEFAULTS = {
  location: 'location-lower', a: 'flag-none', b: 'flag-none', c: 'flag-none',
  radiating: 'radiating-no', duration: 'duration-under-2', activity: 'activity-yes', work: 'work-working', thoughts: {},
};

/** The screen's forward button (Start, Next, See result): the last button of its nav. */
async function forward(widget) {
  const before = await screenKey(widget);
  await widget.locator('.rs-nav').getByRole('button').last().click();
  await expect.poll(() => screenKey(widget)).not.toBe(before);
}

/** Answers by position: in bokmål the positions are taken from the ids and returned. */
async function walk(widget, answers, positions) {
  const record = positions === undefined;
  const out = { single: [], thoughts: [] };
  await forward(widget);
  for (const [i, key] of QUESTIONS.entries()) {
    const radios = widget.getByRole('radio');
    let at = positions?.single[i];
    if (record) {
      const names = await radios.evaluateAll((els) => els.map((e) => e.labels?.[0]?.textContent.trim() ?? ''));
      at = names.indexOf(text(BUILTIN_LANG, answers[key]));
      expect(at, `${answers[key]} among ${names}`).toBeGreaterThan(-1);
      out.single.push(at);
    }
    if (at === undefined) return out;
    await radios.nth(at).check();
    await forward(widget);
    const stops = (key === 'a' || key === 'b') ? answers[key] !== 'flag-none' : key === 'radiating' && answers[key] === 'flag-b-radiating-worse';
    if (record && stops) return out;
  }
  const groups = widget.getByRole('group').filter({ has: widget.page().getByRole('radio') });
  if (record) {
    const names = await groups.evaluateAll((els) => els.map((e) => e.querySelector('legend')?.textContent.trim() ?? ''));
    for (const [id, agree] of Object.entries(answers.thoughts)) out.thoughts.push([names.indexOf(text(BUILTIN_LANG, id)), agree ? 0 : 1]);
  }
  for (const [g, r] of record ? out.thoughts : positions.thoughts) await groups.nth(g).getByRole('radio').nth(r).check();
  await forward(widget);
  return out;
}

/** What the screen shows: its headings (h2, h3) and its phone links. */
function shown(widget) {
  return widget.evaluate((el) => ({
    headings: [...el.shadowRoot.querySelectorAll('h2, h3')].map((h) => h.textContent.trim()),
    tel: [...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
  }));
}

/** The ids whose bokmål text is `t` (two messages may share a text, e.g. «Svaret ditt:»). */
const idsOf = (t) => Object.entries(messages(BUILTIN_LANG)).filter(([, v]) => v === t).map(([id]) => id);

for (const [name, overrides] of Object.entries(JOURNEYS)) {
  test(`journey "${name}" in every language`, async ({ page, guard }) => {
    test.setTimeout(180_000);
    const answers = { ...DEFAULTS, ...overrides };
    const nb = await openWidget(page, { lang: BUILTIN_LANG });
    const positions = await walk(nb, answers);
    const expected = await shown(nb);
    const ids = expected.headings.map(idsOf);
    expect(ids.filter((c) => c.length).length, `bokmål headings ${expected.headings}`).toBeGreaterThan(0);

    for (const lang of LANGS.filter((l) => l !== BUILTIN_LANG)) {
      const w = await openWidget(page, { lang });
      await expect(w.locator('section')).toHaveAttribute('lang', lang);
      await walk(w, answers, positions);
      const got = await shown(w);
      // The same messages in its words, where bokmål shows a one-line message; the same phone links.
      expect(got.headings.length, `${lang}: ${got.headings}`).toBe(expected.headings.length);
      got.headings.forEach((h, i) => {
        const candidates = ids[i].filter((id) => messages(lang)[id] !== undefined);
        if (candidates.length) expect(candidates.map((id) => messages(lang)[id]), `${lang} heading ${i}`).toContain(h);
      });
      expect(got.tel, lang).toEqual(expected.tel);
      await expectNoA11yViolations(page);
    }
    expect(guard.requests.length).toBeGreaterThan(0);
  });
}

// The non-urgent result's first phone screen (issue 16): headline, what to do
// now and why inside the first 390×844 viewport; the rest in closed
// disclosures that work by keyboard; warning signs and the 116 123 line never
// folded away. Answers and words from tests/e2e/results.mjs and locales/.
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { ENDONYMS, btn, heading, journey, openWidget, text, walk } from './helpers.mjs';
import { RESULTS } from './results.mjs';

const PHONE = { width: 390, height: 844 };
const HEADLINES = { referral: 'headline-referral', 'short-episode': 'headline-stay-active', thoughts: 'headline-stay-active' };
const T0 = new Date('2026-03-02T08:00:00+01:00').getTime();

/** A result section by its title: a region, open or folded. */
const region = (widget, lang, id) => widget.getByRole('region', { name: text(lang, id), exact: true });
/** The «what to do now» part of the first screen. */
const now = (widget, lang) => region(widget, lang, 'now-title');
/** The summary of a folded section (what a patient taps or tabs to). */
const summary = (widget, lang, id) => region(widget, lang, id).getByText(text(lang, id), { exact: true });
// The result's folds (and the sources list inside one), not the display tools' panel.
const openDisclosures = (widget) => widget.evaluate((el) => el.shadowRoot.querySelectorAll('.rs-folds details[open]').length);
const disclosures = (widget) => widget.evaluate((el) => el.shadowRoot.querySelectorAll('.rs-folds details').length);

async function result(page, name, lang = 'nb') {
  await page.setViewportSize(PHONE);
  const widget = await openWidget(page, { lang });
  // Edge to edge, as on a health portal's phone layout: the widget is 390 px wide.
  await page.evaluate(() => { document.body.style.margin = '0'; });
  await walk(widget, lang, journey(RESULTS[name]));
  await expect(heading(widget)).toHaveText(text(lang, HEADLINES[name]));
  await page.evaluate(() => window.scrollTo(0, 0));
  return widget;
}

for (const name of Object.keys(RESULTS)) {
  test(`${name}: headline, actions and why on the first phone screen`, async ({ page }) => {
    const widget = await result(page, name);
    await expect(heading(widget)).toBeInViewport({ ratio: 1 });
    const actions = now(widget, 'nb').getByRole('listitem');
    const count = await actions.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
    for (let i = 0; i < count; i++) await expect(actions.nth(i)).toBeInViewport({ ratio: 1 });
    const why = now(widget, 'nb').getByRole('paragraph');
    await expect(why).toHaveText(/^Fordi du /);
    await expect(why).toBeInViewport({ ratio: 1 });
    // The timeline says in words what it shows.
    await expect(widget.getByRole('img', { name: /^Tidslinje .*4–6 uker/ })).toBeVisible();
    // Everything else is closed; the warning signs are not among it.
    expect(await openDisclosures(widget)).toBe(0);
    const safety = region(widget, 'nb', 'section-safety');
    for (const id of ['safety-113', 'safety-116', 'safety-worse']) await expect(safety.getByText(text('nb', id))).toBeVisible();
  });
}

test('the referral result with everything closed is at most about two phone screens tall', async ({ page }) => {
  const widget = await result(page, 'referral');
  await expect(now(widget, 'nb').getByRole('listitem').first()).toHaveText(text('nb', 'now-book-gp-referral'));
  const { width, height } = await widget.evaluate((el) => el.getBoundingClientRect().toJSON());
  expect(width).toBe(PHONE.width);
  // Issue 16 asked for about 1 700 px, measured before content v2 made the
  // safety net name every A and B sign (about 700 px at 390 px wide, and it is
  // never folded). 2 176 px measured with everything else folded; the bound
  // keeps that from growing unnoticed.
  expect(height, `the referral result is ${height} px tall at 390 px`).toBeLessThanOrEqual(2200);
  // Measured on a result that really has the folded parts.
  expect(await disclosures(widget)).toBeGreaterThanOrEqual(5);
});

test('feeling down: the 116 123 line shows without opening anything', async ({ page }) => {
  const widget = await result(page, 'thoughts', 'nn');
  const mood = widget.getByText(text('nn', 'mood-safety'));
  await expect(mood).toBeVisible();
  await expect(mood).toContainText('116 123');
  expect(await openDisclosures(widget)).toBe(0);
  // The rest of the thoughts section is one tap away.
  await expect(widget.getByText(text('nn', 'thoughts-affect'))).toBeHidden();
  await summary(widget, 'nn', 'section-thoughts').click();
  await expect(widget.getByText(text('nn', 'thoughts-affect'))).toBeVisible();
});

test('a disclosure opens with Enter and closes with Space, from the keyboard', async ({ page }) => {
  const widget = await result(page, 'referral');
  const answers = summary(widget, 'nb', 'section-why');
  const intro = region(widget, 'nb', 'section-why').getByText(text('nb', 'why-intro'));
  await expect(intro).toBeHidden();
  await answers.focus();
  await expect(answers).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(intro).toBeVisible();
  await page.keyboard.press('Space');
  await expect(intro).toBeHidden();
});

test('axe is clean with the disclosures closed and open', async ({ page }) => {
  const widget = await result(page, 'referral');
  await expectNoA11yViolations(page);
  const n = await disclosures(widget);
  for (const id of ['section-why', 'section-referral', 'section-radiating', 'section-work', 'section-self-care', 'section-gp-questions', 'section-options', 'section-sources']) {
    await summary(widget, 'nb', id).click();
  }
  await widget.getByText(text('nb', 'sources-show')).click();
  expect(await openDisclosures(widget)).toBe(n);
  await expectNoA11yViolations(page);
});

test('a language switch keeps open what the patient opened', async ({ page }) => {
  const widget = await result(page, 'referral');
  await summary(widget, 'nb', 'section-referral').click();
  await expect(region(widget, 'nb', 'section-referral').getByText(text('nb', 'referral-rule'))).toBeVisible();
  await widget.getByRole('button', { name: ENDONYMS.nn, exact: true }).click();
  await expect(heading(widget)).toHaveText(text('nn', 'headline-referral'));
  await expect(region(widget, 'nn', 'section-referral').getByText(text('nn', 'referral-rule'))).toBeVisible();
  await expect(region(widget, 'nn', 'section-options').getByText(text('nn', 'option-recovery'))).toBeHidden();
  expect(await openDisclosures(widget)).toBe(1);
});

test('the kiosk idle reset closes every disclosure', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.setViewportSize(PHONE);
  const widget = await openWidget(page, { lang: 'nb', mode: 'kiosk', idleSeconds: 30 });
  await page.clock.pauseAt(T0 + 60_000);
  await walk(widget, 'nb', journey(RESULTS.referral));
  for (const id of ['section-why', 'section-referral']) await summary(widget, 'nb', id).click();
  expect(await openDisclosures(widget)).toBe(2);
  await page.clock.runFor(30_000 + 30_000);
  await expect(heading(widget)).toHaveText(text('nb', 'start-title'));
  expect(await openDisclosures(widget)).toBe(0);
  // The next patient's result starts closed too.
  await walk(widget, 'nb', journey(RESULTS.referral));
  await expect(btn(widget, 'nb', 'nav-restart')).toBeVisible();
  expect(await disclosures(widget)).toBeGreaterThanOrEqual(5);
  expect(await openDisclosures(widget)).toBe(0);
});

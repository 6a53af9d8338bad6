// Issue 17: a print in a language the fastlege may not read carries the same
// summary in bokmål after it; Norwegian prints stay one language; urgent
// results have no print at all. print() is replaced by a recorder (as in
// print.spec.mjs), which keeps each copy's language, direction and text.
import { test, expect } from './fixtures.mjs';
import { recordPrints } from './print-record.mjs';
import { mkdirSync } from 'node:fs';
import { SCREENS_DIR } from './screens.mjs';
import { btn, heading, journey, openWidget, text, walk } from './helpers.mjs';

const prints = (page) => page.evaluate(() => window.__prints);

// Neck, 6–12 weeks, mostly not back, full sick leave, two worries agreed: the
// referral, work and worries questions for the fastlege (content spec section 11).
const REFERRAL = journey({
  location: 'location-neck', duration: 'duration-6-weeks-3-months', activity: 'activity-no', work: 'work-full',
  thoughts: { 'thought-down': true, 'thought-worry': true },
});
const EXPECTED = ['print-title', 'headline-referral', 'print-answers', 'location-neck', 'work-full',
  'section-referral', 'section-gp-questions', 'gp-question-active', 'gp-question-referral', 'gp-question-work', 'gp-question-worries'];

async function printOnce(page, lang, answers, guard) {
  await page.addInitScript(recordPrints);
  const widget = await openWidget(page, { lang });
  await walk(widget, lang, answers);
  await expect(heading(widget)).toHaveText(text(lang, 'headline-referral'));
  const before = guard.requests.length;
  await btn(widget, lang, 'print-button').click();
  await expect.poll(async () => (await prints(page)).length).toBe(1);
  // Bokmål is in the wasm: the second language costs no request.
  expect(guard.requests.slice(before).map((r) => r.url())).toEqual([]);
  return (await prints(page))[0];
}

for (const [lang, dir] of [['en', 'ltr'], ['ar', 'rtl']]) {
test(`a ${lang} print has ${lang}, then the same summary in bokmål, questions for the fastlege in both`, async ({ page, context, guard }) => {
  const printed = await printOnce(page, lang, REFERRAL, guard);
  expect(printed.lang).toBe(lang);
  expect(printed.copies.map((c) => c.lang)).toEqual([lang, 'nb']);
  // Each copy in its own direction: Arabic right to left, the bokmål after it left to right.
  expect(printed.copies.map((c) => c.dir)).toEqual([dir, 'ltr']);
  const [own, nb] = printed.copies;
  for (const id of EXPECTED) {
    expect(own.text, `${lang} ${id}`).toContain(text(lang, id));
    expect(nb.text, `nb ${id}`).toContain(text('nb', id));
  }
  // Each copy in its own language only: no English in the bokmål copy.
  expect(nb.text).not.toContain(text(lang, 'headline-referral'));
  expect(own.text).not.toContain(text('nb', 'headline-referral'));

  // As printed: A4 width, print media; the bokmål copy starts on its own page.
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 794, height: 1123 });
  await sheet.emulateMedia({ media: 'print' });
  await sheet.setContent(printed.html, { waitUntil: 'load' });
  await sheet.addStyleTag({ content: printed.css });
  const copies = sheet.locator('body > .rs-print');
  await expect(copies).toHaveCount(2);
  await expect(copies.nth(1)).toHaveAttribute('lang', 'nb');
  expect(await copies.nth(1).evaluate((d) => getComputedStyle(d).breakBefore)).toBe('page');
  await expect(sheet.getByRole('heading', { level: 1, name: text(lang, 'print-title') })).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 1, name: text('nb', 'print-title') })).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 2, name: text('nb', 'section-gp-questions') })).toBeVisible();
  mkdirSync(SCREENS_DIR, { recursive: true });
  await sheet.screenshot({ path: `${SCREENS_DIR}/print-bilingual-${lang}.png`, fullPage: true });
  await sheet.close();
});
}

for (const lang of ['nb', 'nn']) {
  test(`a ${lang} print stays one language, with the questions for the fastlege`, async ({ page, guard }) => {
    const printed = await printOnce(page, lang, REFERRAL, guard);
    expect(printed.copies.map((c) => c.lang)).toEqual([lang]);
    for (const id of EXPECTED) expect(printed.copies[0].text, id).toContain(text(lang, id));
  });
}

for (const [group, flag] of [['a', 'flag-a-chest-breathing'], ['b', 'flag-b-bladder-bowel']]) {
  test(`an urgent ${group.toUpperCase()} result has nothing to print (en)`, async ({ page }) => {
    await page.addInitScript(recordPrints);
    const widget = await openWidget(page, { lang: 'en' });
    await walk(widget, 'en', journey({ [group]: flag }));
    await expect(widget.getByRole('link', { name: new RegExp(group === 'a' ? '113' : '116') }).first()).toBeVisible();
    await expect(btn(widget, 'en', 'print-button')).toHaveCount(0);
    expect(await prints(page)).toEqual([]);
  });
}

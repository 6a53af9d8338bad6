// Patient journeys (issue 3), in bokmål and nynorsk, found by role and
// accessible name like a patient would find them. What each result must say
// comes from the content spec (shared/docs/clinical-content.md, sections 4–6);
// the words come from locales/<lang>/main.ftl. Every test also runs the privacy
// audit of fixtures.mjs (own static files only, nothing stored, no console errors).
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { screenshot } from './screens.mjs';
import {
  foldSummary, ENDONYMS, TAG, backward, btn, format, forward, heading, journey, openWidget, option, text, thoughtOption,
  waitForWidget, walk,
} from './helpers.mjs';

/** The questionnaire has stopped: nothing to answer, no way forward. */
async function expectStopped(widget, lang) {
  await expect(widget.getByRole('radio')).toHaveCount(0);
  await expect(btn(widget, lang, 'nav-next')).toHaveCount(0);
  await expect(btn(widget, lang, 'nav-see-result')).toHaveCount(0);
  await expect(widget.getByText(new RegExp(format(lang, 'progress', { step: '\\d+', total: '\\d+' })))).toHaveCount(0);
  await expect(btn(widget, lang, 'nav-restart')).toBeVisible();
}

/** Urgent screens carry only their own action (content spec 4): no self-care, no options, no safety net. */
async function expectNoSelfCare(widget, lang) {
  for (const id of ['section-self-care', 'section-options', 'section-safety', 'section-referral']) {
    await expect(widget.getByRole('heading', { name: text(lang, id), exact: true })).toHaveCount(0);
  }
  for (const id of ['selfcare-active', 'selfcare-exercise', 'option-exercise', 'headline-stay-active']) {
    await expect(widget.getByText(text(lang, id))).toHaveCount(0);
  }
}

/** A result section: the region named by its heading. */
function section(widget, lang, id) {
  return widget.getByRole('region', { name: text(lang, id), exact: true });
}

for (const lang of ['nb', 'nn']) {
  test.describe(`journeys in ${lang}`, () => {
    test(`an A flag shows 113 and stops (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ a: 'flag-a-trauma-weakness' }));
      await expect(heading(widget)).toHaveText(text(lang, 'urgent-a-title'));
      const call = widget.getByRole('link', { name: text(lang, 'urgent-a-call'), exact: true });
      await expect(call).toHaveAttribute('href', 'tel:113');
      await expect(call).toContainText('113');
      // The patient's own words to say on the phone, and the reason.
      await expect(widget.getByText(text(lang, 'say-a-trauma-weakness'))).toBeVisible();
      await expect(widget.getByText(text(lang, 'flag-a-trauma-weakness'))).toBeVisible();
      await expectStopped(widget, lang);
      await expectNoSelfCare(widget, lang);
      // Kiosk-only staff line is not for a patient at home.
      await expect(widget.getByText(text(lang, 'kiosk-tell-staff'))).toHaveCount(0);
    });

    test(`a B flag shows 116 117 and stops (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ b: 'flag-b-saddle-numbness' }));
      await expect(heading(widget)).toHaveText(text(lang, 'urgent-b-title'));
      const call = widget.getByRole('link', { name: text(lang, 'urgent-b-call'), exact: true });
      await expect(call).toHaveAttribute('href', 'tel:116117');
      await expect(call).toContainText('116 117');
      await expect(widget.getByText(text(lang, 'urgent-b-body'))).toBeVisible();
      await expect(widget.getByText(text(lang, 'say-b-saddle-numbness'))).toBeVisible();
      await expectStopped(widget, lang);
      await expectNoSelfCare(widget, lang);
      await expect(widget.getByRole('link', { name: text(lang, 'urgent-a-call'), exact: true })).toHaveCount(0);
    });

    test(`radiating pain getting worse: the B screen, a second chance (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ location: 'location-several', radiating: 'flag-b-radiating-worse' }));
      await expect(heading(widget)).toHaveText(text(lang, 'urgent-b-title'));
      await expect(widget.getByText(text(lang, 'say-b-radiating-worse'))).toBeVisible();
      // Only what the patient answered: «Flere steder», not neck and back.
      await expect(widget.getByText({ nb: 'Jeg har vondt flere steder.', nn: 'Eg har vondt fleire stader.' }[lang], { exact: true })).toBeVisible();
      await expect(widget.getByText({ nb: 'nakken og ryggen', nn: 'nakken og ryggen' }[lang])).toHaveCount(0);
      await expectStopped(widget, lang);
      await expectNoSelfCare(widget, lang);
    });

    test(`a C flag puts the fastlege within days first, the rest follows (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ c: 'flag-c-cancer', duration: 'duration-6-weeks-3-months', activity: 'activity-partly', work: 'work-full' }));
      await expect(heading(widget)).toHaveText(text(lang, 'headline-see-gp-days'));
      // C never hides the referral advice (invariant 2), and the rest follows.
      await expect(section(widget, lang, 'section-referral')).toContainText(text(lang, 'referral-c-first'));
      await expect(section(widget, lang, 'section-why')).toContainText(text(lang, 'flag-c-cancer'));
      await expect(section(widget, lang, 'section-work')).toBeVisible();
      await expect(section(widget, lang, 'section-self-care')).toContainText(text(lang, 'selfcare-active'));
      await expect(section(widget, lang, 'section-options')).toBeVisible();
      await expect(section(widget, lang, 'section-safety')).toBeVisible();
      await expect(btn(widget, lang, 'print-button')).toBeVisible();
    });

    test(`under 2 weeks, active and working: stay active, self-care (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ duration: 'duration-under-2', activity: 'activity-yes', work: 'work-working' }));
      await expect(heading(widget)).toHaveText(text(lang, 'headline-stay-active'));
      await expect(widget.getByText(text(lang, 'stay-active-gp'))).toBeVisible();
      const selfCare = section(widget, lang, 'section-self-care');
      for (const id of ['selfcare-active', 'selfcare-move', 'selfcare-exercise', 'selfcare-pain-relief']) {
        await expect(selfCare).toContainText(text(lang, id));
      }
      await expect(section(widget, lang, 'section-safety')).toContainText(text(lang, 'safety-worse'));
      // Nothing that does not apply.
      for (const id of ['section-referral', 'section-work', 'section-radiating', 'section-thoughts']) {
        await expect(section(widget, lang, id)).toHaveCount(0);
      }
      // No neck note for the lower back.
      await expect(widget.getByText(text(lang, 'neck-note'))).toHaveCount(0);
    });

    test(`6 weeks to 3 months and not back at work: referral, and what it is for (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ duration: 'duration-6-weeks-3-months', activity: 'activity-no', work: 'work-full' }));
      await expect(heading(widget)).toHaveText(text(lang, 'headline-referral'));
      const referral = section(widget, lang, 'section-referral');
      await expect(referral).toContainText(text(lang, 'referral-rule'));
      // From 6 weeks: firmly (content spec 6, rule 3), and the word the patient needs.
      await expect(referral).toContainText(text(lang, 'referral-firm'));
      await expect(referral).toContainText({ nb: 'henvisning', nn: 'tilvising' }[lang]);
      // v2: what the referral is for, and rehabilitation from about 6 weeks.
      await expect(referral).toContainText(text(lang, 'referral-what'));
      await expect(referral).toContainText(text(lang, 'referral-rehab'));
      await expect(section(widget, lang, 'section-gp-questions')).toContainText(text(lang, 'gp-question-referral'));
      // Full sick leave over 4 weeks: plan the way back.
      await expect(section(widget, lang, 'section-work')).toContainText(text(lang, 'work-plan-return'));
    });

    test(`more than 3 months: interdisciplinary rehabilitation (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ duration: 'duration-over-3-months', activity: 'activity-partly', work: 'work-graded' }));
      await expect(heading(widget)).toHaveText(text(lang, 'headline-referral'));
      const referral = section(widget, lang, 'section-referral');
      await expect(referral).toContainText(text(lang, 'referral-rehab'));
      await expect(referral).toContainText({ nb: /tverrfaglig rehabilitering/i, nn: /tverrfagleg rehabilitering/i }[lang]);
      await expect(section(widget, lang, 'section-options')).toContainText(text(lang, 'option-rehab'));
    });

    test(`4–5 weeks and back: keep going, no referral (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ duration: 'duration-4-5', activity: 'activity-yes', work: 'work-none' }));
      await expect(heading(widget)).toHaveText(text(lang, 'headline-keep-going'));
      await expect(section(widget, lang, 'section-referral')).toHaveCount(0);
    });

    test(`thoughts agreed: the thoughts-and-feelings section (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ thoughts: { 'thought-fear-harm': true, 'thought-worry': true, 'thought-down': false } }));
      const thoughts = section(widget, lang, 'section-thoughts');
      for (const id of ['thoughts-affect', 'thoughts-help', 'thoughts-gp']) await expect(thoughts).toContainText(text(lang, id));
      // «Feeling down» was not agreed: no mood safety line.
      await expect(widget.getByText(text(lang, 'mood-safety'))).toHaveCount(0);
    });

    test(`one thought agreed is not enough for the section (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ thoughts: { 'thought-worry': true } }));
      await expect(heading(widget)).toHaveText(text(lang, 'headline-stay-active'));
      await expect(section(widget, lang, 'section-thoughts')).toHaveCount(0);
    });

    test(`feeling down: the mood safety line with 116 123 (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      // Only «feeling down» agreed: the safety line is always added (content spec 6).
      await walk(widget, lang, journey({ thoughts: { 'thought-down': true } }));
      const mood = widget.getByText(text(lang, 'mood-safety'));
      await expect(mood).toBeVisible();
      for (const number of ['116 123', '116 117', '113']) await expect(mood).toContainText(number);
    });

    test(`neck: the neck statements and the neck note (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ location: 'location-neck' }), { until: 'location' });
      // A for the neck adds stroke and headline signs to the unmarked ones.
      for (const id of ['flag-a-trauma-weakness', 'flag-a-stroke', 'flag-a-headache-meningitis']) {
        await expect(option(widget, lang, id)).toBeVisible();
      }
      await backward(widget, lang);
      await option(widget, lang, 'location-lower').check();
      await forward(widget, lang);
      await expect(option(widget, lang, 'flag-a-trauma-weakness')).toBeVisible();
      await expect(option(widget, lang, 'flag-a-stroke')).toHaveCount(0);
      await backward(widget, lang);
      await backward(widget, lang);
      await walk(widget, lang, journey({ location: 'location-neck' }));
      await expect(widget.getByText(text(lang, 'neck-note'))).toBeVisible();
    });

    test(`back navigation keeps every answer (${lang})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      const answers = journey({ location: 'location-several', radiating: 'radiating-pain-only', duration: 'duration-2-3', activity: 'activity-partly' });
      await walk(widget, lang, answers, { until: 'activity' });
      // On the work screen now; back through every screen, each answer still checked.
      for (const key of ['activity', 'duration', 'radiating', 'c', 'b', 'a', 'location']) {
        await backward(widget, lang);
        await expect(option(widget, lang, answers[key])).toBeChecked();
        await expect(widget.getByRole('radio', { checked: true })).toHaveCount(1);
      }
      await backward(widget, lang);
      await expect(heading(widget)).toHaveText(text(lang, 'start-title'));
      // And forward again without answering anything: every screen still answered.
      await forward(widget, lang, 'nav-start');
      for (const key of ['location', 'a', 'b', 'c', 'radiating', 'duration', 'activity']) {
        await expect(option(widget, lang, answers[key])).toBeChecked();
        await forward(widget, lang);
      }
      await expect(heading(widget)).toHaveText(text(lang, 'q-work'));
      // The result's back button returns to the thoughts, answers intact.
      await option(widget, lang, 'work-working').check();
      await forward(widget, lang);
      await thoughtOption(widget, lang, 'thought-worry').check();
      await forward(widget, lang, 'nav-see-result');
      await backward(widget, lang);
      await expect(thoughtOption(widget, lang, 'thought-worry')).toBeChecked();
    });

    const other = lang === 'nb' ? 'nn' : 'nb';

    test(`switching language in the widget mid-journey keeps the answers (${lang} → ${other} → en)`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      const answers = journey({ location: 'location-middle', duration: 'duration-6-weeks-3-months' });
      await walk(widget, lang, answers, { until: 'duration' });
      await widget.getByRole('button', { name: ENDONYMS[other], exact: true }).click();
      await expect(heading(widget)).toHaveText(text(other, 'q-activity'));
      await expect(widget.getByRole('button', { name: ENDONYMS[other], exact: true })).toHaveAttribute('aria-pressed', 'true');
      await backward(widget, other);
      await expect(option(widget, other, 'duration-6-weeks-3-months')).toBeChecked();
      await widget.getByRole('button', { name: ENDONYMS.en, exact: true }).click();
      await expect(option(widget, 'en', 'duration-6-weeks-3-months')).toBeChecked();
      await forward(widget, 'en');
      await option(widget, 'en', 'activity-no').check();
      await forward(widget, 'en');
      await option(widget, 'en', 'work-full').check();
      await forward(widget, 'en');
      await forward(widget, 'en', 'nav-see-result');
      // The result in English from answers given in two other languages.
      await expect(heading(widget)).toHaveText(text('en', 'headline-referral'));
      await expect(section(widget, 'en', 'section-why')).toContainText(text('en', 'location-middle'));
    });

    test(`changing the lang attribute mid-journey keeps the answers (${lang} → ${other})`, async ({ page }) => {
      const widget = await openWidget(page, { lang });
      await walk(widget, lang, journey({ b: 'flag-none' }), { until: 'b' });
      await option(widget, lang, 'flag-c-age').check();
      await widget.evaluate((el, l) => el.setAttribute('lang', l), other);
      await expect(heading(widget)).toHaveText(text(other, 'q-flags-c'));
      await expect(option(widget, other, 'flag-c-age')).toBeChecked();
      await expect(widget.getByRole('region', { name: text(other, 'app-label') })).toHaveAttribute('lang', other);
      await backward(widget, other);
      await expect(option(widget, other, 'flag-none')).toBeChecked();
      await widget.evaluate((el, l) => el.setAttribute('lang', l), lang);
      await expect(option(widget, lang, 'flag-none')).toBeChecked();
    });
  });
}

test('two widgets on one page stay independent', async ({ page }) => {
  await page.goto('/two.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await waitForWidget(first);
  await waitForWidget(second);
  await walk(first, 'nb', journey({ location: 'location-neck' }), { until: 'location' });
  // The second is still on its start screen; going on there, nothing is checked.
  await expect(heading(second)).toHaveText(text('nb', 'start-title'));
  await forward(second, 'nb', 'nav-start');
  await expect(second.getByRole('radio', { checked: true })).toHaveCount(0);
  await option(second, 'nb', 'location-lower').check();
  await second.getByRole('button', { name: ENDONYMS.nn, exact: true }).click();
  await expect(heading(second)).toHaveText(text('nn', 'q-location'));
  // The first keeps its own answer, language and screen; neck statements only there.
  await expect(first.getByRole('region')).toHaveAttribute('lang', 'nb');
  await expect(option(first, 'nb', 'flag-a-stroke')).toBeVisible();
  await backward(first, 'nb');
  await expect(option(first, 'nb', 'location-neck')).toBeChecked();
  await expect(option(second, 'nn', 'location-lower')).toBeChecked();
  await expect(second.getByRole('radio', { checked: true })).toHaveCount(1);
  // An urgent result in one leaves the other where it was.
  await forward(first, 'nb');
  await option(first, 'nb', 'flag-a-chest-breathing').check();
  await forward(first, 'nb');
  await expect(heading(first)).toHaveText(text('nb', 'urgent-a-title'));
  await expect(heading(second)).toHaveText(text('nn', 'q-location'));
  await expect(option(second, 'nn', 'location-lower')).toBeChecked();
  await forward(first, 'nb', 'nav-restart');
  await expect(heading(first)).toHaveText(text('nb', 'start-title'));
  await expect(option(second, 'nn', 'location-lower')).toBeChecked();
});

// Every screen type, in every language: axe (WCAG 2.1 A/AA) finds nothing, and a
// desktop and a 360 px screenshot go to test-results/screens/ for people to look at.
for (const lang of ['nb', 'nn', 'en']) {
  test(`every screen type passes axe and is photographed (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const widget = await openWidget(page, { lang });
    const check = async (name) => {
      await expectNoA11yViolations(page);
      await screenshot(page, `${lang}-${name}`);
    };
    await check('start');
    await forward(widget, lang, 'nav-start');
    await check('location');
    await btn(widget, lang, 'nav-next').click();
    await expect(widget.getByText(text(lang, 'error-choose-one'))).toBeVisible();
    await check('error');
    await option(widget, lang, 'location-several').check();
    await forward(widget, lang);
    await check('flags-a');
    await option(widget, lang, 'flag-none').check();
    await forward(widget, lang);
    await option(widget, lang, 'flag-none').check();
    await forward(widget, lang);
    await option(widget, lang, 'flag-c-morning-stiffness').check();
    await check('flags-c');
    await forward(widget, lang);
    await option(widget, lang, 'radiating-numb').check();
    await forward(widget, lang);
    await option(widget, lang, 'duration-over-3-months').check();
    await check('duration');
    await forward(widget, lang);
    await option(widget, lang, 'activity-no').check();
    await forward(widget, lang);
    await option(widget, lang, 'work-graded').check();
    await forward(widget, lang);
    for (const id of ['thought-fear-harm', 'thought-never-better', 'thought-down']) await thoughtOption(widget, lang, id).check();
    await thoughtOption(widget, lang, 'thought-worry', false).check();
    await check('thoughts');
    await forward(widget, lang, 'nav-see-result');
    // The longest result: C headline, referral, radiating, work, thoughts, mood, neck.
    await expect(section(widget, lang, 'section-thoughts')).toBeVisible();
    await check('result');
    await foldSummary(widget, lang, 'section-sources').click();
    await widget.getByText(text(lang, 'sources-show')).click();
    await expect(widget.getByRole('list').last()).toContainText('Foster');
    await check('result-sources');
    await forward(widget, lang, 'nav-restart');
    await walk(widget, lang, journey({ location: 'location-neck', a: 'flag-a-stroke' }));
    await check('urgent-a');
    await forward(widget, lang, 'nav-restart');
    await walk(widget, lang, journey({ b: 'flag-b-cancer-night-pain' }));
    await check('urgent-b');
  });
}

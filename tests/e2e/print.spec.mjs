// The print summary for the fastlege (src/ui/print.rs): a hidden same-origin
// iframe holding only the summary, whose own print() is called, so the host
// page around the widget is never printed. print() is replaced (before the page
// loads) by a recorder on every iframe window the page asks for, so nothing
// opens a dialog and the test knows exactly when, and with what, it was called.
import { test, expect } from './fixtures.mjs';
import { recordPrints } from './print-record.mjs';
import { mkdirSync } from 'node:fs';
import { SCREENS_DIR } from './screens.mjs';
import { btn, heading, journey, openWidget, text, walk } from './helpers.mjs';

const HOST_TEXT = 'Vertssidens hemmelige tekst som ikke skal skrives ut';

async function toResult(page, lang, answers) {
  await page.addInitScript(recordPrints);
  const widget = await openWidget(page, { lang });
  await page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.querySelector('main').prepend(p);
  }, HOST_TEXT);
  await walk(widget, lang, answers);
  return widget;
}

const prints = (page) => page.evaluate(() => window.__prints);

/** What the browser does when the print dialog closes: afterprint on the printed window. */
const closePrintDialog = (widget) =>
  widget.evaluate((el) => el.shadowRoot.querySelector('iframe.rs-print-frame').contentWindow.dispatchEvent(new Event('afterprint')));

for (const lang of ['nb', 'nn']) {
  test(`print builds a frame with only the summary and prints it (${lang})`, async ({ page }) => {
    const answers = journey({ location: 'location-neck', duration: 'duration-6-weeks-3-months', activity: 'activity-no', work: 'work-full', thoughts: { 'thought-down': true } });
    const widget = await toResult(page, lang, answers);
    await expect(heading(widget)).toHaveText(text(lang, 'headline-referral'));
    const frame = widget.locator('iframe.rs-print-frame');
    await expect(frame).toHaveCount(0);
    expect(await prints(page)).toEqual([]);

    await btn(widget, lang, 'print-button').click();
    await expect(frame).toHaveCount(1);
    await expect.poll(async () => (await prints(page)).length, { message: 'print() was called once' }).toBe(1);
    const [printed] = await prints(page);
    expect(printed.frameClass).toBe('rs-print-frame');
    expect(printed.inWidget).toBe(true);
    // Printed once its stylesheet was in.
    expect(printed.styled).toBe(true);
    expect(printed.lang).toBe(lang);
    expect(printed.title).toBe(text(lang, 'print-title'));

    // What the fastlege gets: the headline, the answers, the advice that applies.
    const body = printed.text.replace(/\s+/g, ' ');
    for (const id of ['print-title', 'headline-referral', 'print-answers', 'location-neck', 'duration-6-weeks-3-months', 'activity-no', 'work-full', 'section-referral', 'referral-firm']) {
      expect(body, id).toContain(text(lang, id));
    }
    // Only the summary: none of the host page, none of the widget's controls.
    expect(body).not.toContain(HOST_TEXT);
    for (const id of ['print-button', 'nav-restart', 'nav-back', 'lang-switch-label']) expect(body, id).not.toContain(text(lang, id));
    expect(printed.html).not.toContain('ryggsjekk-widget');
    expect(printed.html).not.toContain('<script');
    expect(printed.html).not.toContain('<button');

    // The frame itself never shows and is no stop for the keyboard or screen readers.
    await expect(frame).toHaveAttribute('aria-hidden', 'true');
    await expect(frame).toHaveAttribute('tabindex', '-1');
    const box = await frame.boundingBox();
    expect((box?.width ?? 0) * (box?.height ?? 0)).toBe(0);

    // Printing again (before the dialog closed) replaces the frame instead of piling them up.
    await btn(widget, lang, 'print-button').click();
    await expect.poll(async () => (await prints(page)).length).toBe(2);
    await expect(frame).toHaveCount(1);
    // When the dialog closes, the summary goes: no copy of the answers stays in the page.
    await closePrintDialog(widget);
    await expect(frame).toHaveCount(0);
  });

  test(`printing makes no request, even under the page's strict CSP (${lang})`, async ({ page, guard }) => {
    const widget = await toResult(page, lang, journey());
    const before = guard.requests.length;
    expect(before).toBeGreaterThan(2); // the page, the loader, the wasm, the stylesheet
    await btn(widget, lang, 'print-button').click();
    await expect.poll(async () => (await prints(page)).length).toBe(1);
    expect(guard.requests.slice(before).map((r) => r.url())).toEqual([]);
    // Positive twin: the summary is styled all the same.
    const [printed] = await prints(page);
    expect(printed.styled).toBe(true);
    expect(printed.css).toContain('.rs-print');
  });
}

test('the print summary, as printed (PNG for people to look at)', async ({ page, context }) => {
  const widget = await toResult(page, 'nb', journey({
    location: 'location-several', c: 'flag-c-age', radiating: 'radiating-numb', duration: 'duration-over-3-months',
    activity: 'activity-partly', work: 'work-graded', thoughts: { 'thought-fear-harm': true, 'thought-worry': true, 'thought-down': true },
  }));
  await btn(widget, 'nb', 'print-button').click();
  await expect.poll(async () => (await prints(page)).length).toBe(1);
  const [printed] = await prints(page);
  // The frame's document as it was printed, in a page of its own at print media
  // and A4 width (210 mm ≈ 794 CSS px).
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 794, height: 1123 });
  await sheet.emulateMedia({ media: 'print' });
  await sheet.setContent(printed.html, { waitUntil: 'load' });
  await sheet.addStyleTag({ content: printed.css });
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(text('nb', 'print-title'));
  await expect(sheet.getByText(text('nb', 'headline-see-gp-days'))).toBeVisible();
  mkdirSync(SCREENS_DIR, { recursive: true });
  await sheet.screenshot({ path: `${SCREENS_DIR}/print-summary-nb.png`, fullPage: true });
  await sheet.close();
});

test('kiosk mode has no print button, and says how to keep the advice', async ({ page }) => {
  const widget = await openWidget(page, { lang: 'nn', mode: 'kiosk', idleSeconds: 3600 });
  await walk(widget, 'nn', journey());
  await expect(heading(widget)).toHaveText(text('nn', 'headline-stay-active'));
  await expect(btn(widget, 'nn', 'print-button')).toHaveCount(0);
  await expect(widget.getByText(text('nn', 'kiosk-no-print'))).toBeVisible();
});

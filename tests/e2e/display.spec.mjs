// Text size and contrast (issue 17): a locked kiosk has no browser zoom, so
// the widget offers 100–200 % text and high contrast itself. At 200 % and
// 320 px nothing may stick out or scroll sideways (WCAG 1.4.4, 1.4.10), axe
// stays clean, and the kiosk idle reset gives the next patient the defaults.
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { btn, format, forward, journey, openWidget, text, walk } from './helpers.mjs';

const sizeButton = (widget, lang, percent) =>
  widget.getByRole('group', { name: text(lang, 'text-size'), exact: true })
    .getByRole('button', { name: format(lang, 'text-size-option', { percent }), exact: true });
const contrast = (widget, lang) => btn(widget, lang, 'contrast-high');

/** The computed font size of the screen heading, in px. */
const headingPx = (widget) =>
  widget.evaluate((el) => parseFloat(getComputedStyle(el.shadowRoot.querySelector('h2')).fontSize));

/** Sideways overflow of the page and of anything in the widget, at the current viewport. */
function overflow(widget) {
  return widget.evaluate((host) => {
    const doc = document.documentElement;
    const out = [];
    if (doc.scrollWidth > doc.clientWidth) out.push(`page: ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const el of [host, ...host.shadowRoot.querySelectorAll('*')]) {
      if (el.clientWidth === 0 || ['INPUT', 'PROGRESS', 'LINK', 'SLOT'].includes(el.tagName)) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
}

test('embedded: behind «Tekst og kontrast», 200 % doubles the text, toggles are pressed', async ({ page }) => {
  const widget = await openWidget(page, { lang: 'nb' });
  const normal = await headingPx(widget);
  await expect(sizeButton(widget, 'nb', 200)).toBeHidden();
  await widget.getByText(text('nb', 'display-settings'), { exact: true }).click();
  await expect(sizeButton(widget, 'nb', 100)).toHaveAttribute('aria-pressed', 'true');
  await sizeButton(widget, 'nb', 200).click();
  await expect(sizeButton(widget, 'nb', 200)).toHaveAttribute('aria-pressed', 'true');
  await expect(sizeButton(widget, 'nb', 100)).toHaveAttribute('aria-pressed', 'false');
  expect(await headingPx(widget)).toBeCloseTo(normal * 2, 0);
  // By keyboard: the contrast toggle is a real button.
  await contrast(widget, 'nb').focus();
  await page.keyboard.press('Enter');
  await expect(contrast(widget, 'nb')).toHaveAttribute('aria-pressed', 'true');
  const colour = await widget.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('h2')).color);
  expect(colour).toBe('rgb(0, 0, 0)');
  await expectNoA11yViolations(page);
});

for (const mode of ['embedded', 'kiosk']) {
  test(`200 % and high contrast at 320 px: no sideways scroll on any screen, axe clean (${mode})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const lang = 'nn';
    const widget = await openWidget(page, { lang, mode: mode === 'kiosk' ? 'kiosk' : undefined });
    if (mode === 'embedded') await widget.getByText(text(lang, 'display-settings'), { exact: true }).click();
    await sizeButton(widget, lang, 200).click();
    await contrast(widget, lang).click();
    const check = async (name) => {
      expect(await overflow(widget), `${name}`).toEqual([]);
      await expectNoA11yViolations(page);
    };
    await check('start');
    // The choice holds from screen to screen.
    await walk(widget, lang, journey({ radiating: 'radiating-numb', duration: 'duration-over-3-months' }), { until: 'location' });
    await expect(sizeButton(widget, lang, 200)).toHaveAttribute('aria-pressed', 'true');
    await check('question');
    for (const id of ['flag-none', 'flag-none', 'flag-none', 'radiating-numb', 'duration-over-3-months', 'activity-no', 'work-full']) {
      await widget.getByRole('radio', { name: text(lang, id), exact: true }).check();
      await forward(widget, lang);
    }
    await forward(widget, lang, 'nav-see-result');
    await check('result');
    await forward(widget, lang, 'nav-restart');
    await walk(widget, lang, journey({ a: 'flag-a-tearing-pain' }));
    await check('urgent');
  });
}

test('kiosk: the controls show at once, and the idle reset restores the defaults', async ({ page }) => {
  const T0 = new Date('2026-03-02T08:00:00+01:00').getTime();
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang: 'nb', mode: 'kiosk', idleSeconds: 30 });
  await page.clock.pauseAt(T0 + 60_000);
  const normal = await headingPx(widget);
  await sizeButton(widget, 'nb', 150).click();
  await contrast(widget, 'nb').click();
  await forward(widget, 'nb', 'nav-start');
  expect(await headingPx(widget)).toBeCloseTo(normal * 1.5, 0);
  // 30 s idle, then the 30 s warning, then the reset.
  await page.clock.runFor(61_000);
  await expect(btn(widget, 'nb', 'nav-start')).toBeVisible();
  await expect(sizeButton(widget, 'nb', 100)).toHaveAttribute('aria-pressed', 'true');
  await expect(contrast(widget, 'nb')).toHaveAttribute('aria-pressed', 'false');
  expect(await headingPx(widget)).toBeCloseTo(normal, 0);
});

// Attributes changed by the embedding page while a patient is answering
// (issue 12): `mode`, `idle-seconds` and `lang` re-render the widget in place,
// and the answers stay. (A mode change used to re-create the widget and lose them.)
import { test, expect } from './fixtures.mjs';
import { backward, btn, forward, journey, openWidget, option, screenKey, text, walk } from './helpers.mjs';

const T0 = new Date('2026-03-02T08:00:00+01:00').getTime();
const seconds = (n) => n * 1000;

/** Sets (or, with null, removes) an attribute of the element, as a page script would. */
function setAttr(widget, name, value) {
  return widget.evaluate((el, [n, v]) => (v == null ? el.removeAttribute(n) : el.setAttribute(n, v)), [name, value]);
}

/** The kiosk layout is on (the root region's class; nothing else marks it on a question screen). */
function kioskLayout(widget) {
  return widget.locator('section[data-kiosk]');
}

test('answers survive a change of mode to kiosk and back, and of lang', async ({ page }) => {
  const widget = await openWidget(page, { lang: 'nb' });
  // Two answers: the location (sent), and «none of these» on the A screen (not yet sent).
  await walk(widget, 'nb', journey({ location: 'location-neck' }), { until: 'location' });
  await option(widget, 'nb', 'flag-none').check();
  const screen = await screenKey(widget);

  await setAttr(widget, 'mode', 'kiosk');
  await expect(kioskLayout(widget)).toHaveCount(1);
  await expect(option(widget, 'nb', 'flag-none')).toBeChecked();
  expect(await screenKey(widget)).toBe(screen);

  await setAttr(widget, 'mode', 'embedded');
  await expect(kioskLayout(widget)).toHaveCount(0);
  await expect(option(widget, 'nb', 'flag-none')).toBeChecked();

  await setAttr(widget, 'lang', 'nn');
  await expect(widget.getByRole('region', { name: text('nn', 'app-label') })).toHaveAttribute('lang', 'nn');
  await expect(option(widget, 'nn', 'flag-none')).toBeChecked();

  await setAttr(widget, 'mode', null);
  await backward(widget, 'nn');
  await expect(option(widget, 'nn', 'location-neck')).toBeChecked();
  await forward(widget, 'nn');
  await expect(option(widget, 'nn', 'flag-none')).toBeChecked();
});

test('switched to kiosk in place, the idle timer runs; switched back, it stops and the answers stay', async ({ page }) => {
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang: 'nb', idleSeconds: 30 });
  await page.clock.pauseAt(T0 + 60_000);
  await walk(widget, 'nb', journey({ location: 'location-lower' }), { until: 'location' });
  const dialog = widget.getByRole('alertdialog');

  await setAttr(widget, 'mode', 'kiosk');
  await expect(kioskLayout(widget)).toHaveCount(1);
  await page.clock.runFor(seconds(29));
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(seconds(1));
  await expect(dialog).toBeVisible();
  await expect(btn(widget, 'nb', 'kiosk-continue')).toBeFocused();

  // Back to embedded while the warning shows: it closes, and nothing resets any more.
  await setAttr(widget, 'mode', 'embedded');
  await expect(dialog).toHaveCount(0);
  await expect(kioskLayout(widget)).toHaveCount(0);
  await page.clock.runFor(seconds(3600 + 30));
  await expect(dialog).toHaveCount(0);
  await backward(widget, 'nb');
  await expect(option(widget, 'nb', 'location-lower')).toBeChecked();
});

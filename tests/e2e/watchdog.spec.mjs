// Help that shows when loading stalls (issue 14). A stylesheet or wasm that
// never answers must not leave a blank box: the clinic's own content in the
// element shows until the widget is ready, the static fallback (113, 116 117)
// joins it after the loader's watchdog (4 s), and loading goes on: when the
// file arrives after all, the widget replaces both. Time is the fake clock, so
// the watchdog fires exactly when the test moves it on.
import { test, expect } from './fixtures.mjs';
import { TAG, text } from './helpers.mjs';

const WATCHDOG_MS = 4000;
const CLINIC = 'Klinikkens egen tekst: ring oss på 12 34 56 78.';
const T0 = new Date('2026-03-02T08:00:00+01:00').getTime();

for (const file of ['ryggsjekk_bg.wasm', 'ryggsjekk.css']) {
  test(`${file} stalls: the clinic's content, then the fallback; the widget replaces both when it arrives`, async ({ page }) => {
    const held = [];
    await page.route(`**/${file}`, (route) => held.push(route));
    await page.clock.install({ time: T0 });
    await page.clock.pauseAt(T0 + 1000);
    await page.goto('/harness.html');
    await page.evaluate(({ tag, clinic }) => {
      const main = document.querySelector('main');
      const withContent = document.createElement(tag);
      withContent.id = 'with';
      const p = document.createElement('p');
      p.textContent = clinic;
      withContent.append(p);
      const empty = document.createElement(tag);
      empty.id = 'empty';
      main.append(withContent, empty);
    }, { tag: TAG, clinic: CLINIC });
    await expect.poll(() => held.length, { message: `${file} was requested and is held` }).toBeGreaterThan(0);
    const fallbacks = page.locator(`${TAG} [data-ryggsjekk-fallback]`);
    const clinic = page.getByText(CLINIC);
    // Before the watchdog: the clinic's content, no fallback yet.
    await expect(clinic).toBeVisible();
    await expect(fallbacks).toHaveCount(0);
    await page.clock.runFor(WATCHDOG_MS - 100);
    await expect(fallbacks).toHaveCount(0);
    // The watchdog: the fallback in both, the clinic's content still there; no blank box.
    await page.clock.runFor(100);
    await expect(fallbacks).toHaveCount(2);
    for (const box of await fallbacks.all()) {
      await expect(box).toBeVisible();
      await expect(box.getByRole('link', { name: '113', exact: true })).toBeVisible();
      await expect(box.getByRole('link', { name: '116 117', exact: true })).toBeVisible();
    }
    await expect(clinic).toBeVisible();
    expect((await page.locator('#empty').boundingBox()).height).toBeGreaterThan(100);
    // Slow success: the file arrives after all, and the widget takes over.
    for (const route of held.splice(0)) await route.continue();
    for (const id of ['with', 'empty']) {
      await expect(page.locator(`#${id}`).getByRole('button', { name: text('nb', 'nav-start'), exact: true })).toBeVisible();
    }
    await expect(fallbacks).toHaveCount(0);
    await expect(clinic).toBeHidden();
  });
}

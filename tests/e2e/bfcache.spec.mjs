// Back/forward cache (issue 14): a patient who leaves the page and comes Back
// must not see the previous answers or result. Playwright starts Chromium with
// --disable-back-forward-cache, so these tests drop that default argument, and
// prove the page really came from the cache (pageshow with persisted). The
// pages come from Debian's nginx with deploy/nginx.conf, as a clinic hosts them:
// the test server's Cache-Control: no-store keeps this Chromium from caching.
import { test as guardedTest, expect } from './fixtures.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { heading, journey, openWidget, text, walk } from './helpers.mjs';

const test = guardedTest.extend({
  nginx: [
    async ({}, use) => {
      const server = await startNginx({ root: 'dist' });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 30_000 },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.url),
});

test.use({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

for (const mode of ['embedded', 'kiosk']) {
  test(`Back to a page kept in the back/forward cache shows no previous answer (${mode})`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__shown = [];
      addEventListener('pageshow', (e) => window.__shown.push(e.persisted));
    });
    const widget = await openWidget(page, { lang: 'nb', mode, idleSeconds: 3600 });
    await walk(widget, 'nb', journey({ location: 'location-neck' }));
    await expect(heading(widget)).toHaveText(text('nb', 'headline-stay-active'));
    await page.goto('/example.html');
    await page.goBack({ waitUntil: 'commit' });
    // The very page object came back (not a new load): the cache, not the network.
    await expect.poll(() => page.evaluate(() => window.__shown)).toEqual([false, true]);
    const inside = await widget.evaluate((el) => ({
      text: el.shadowRoot.textContent,
      checked: el.shadowRoot.querySelectorAll('input:checked').length,
    }));
    expect(inside.checked).toBe(0);
    expect(inside.text).not.toContain(text('nb', 'headline-stay-active'));
    expect(inside.text).not.toContain(text('nb', 'location-neck'));
    await expect(heading(widget)).toHaveText(text('nb', 'start-title'));
  });
}

// The built widget loads like a clinic would load it: the wasm instantiates,
// every widget renders into its own shadow root, and nothing else is fetched.
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { screenshot } from './screens.mjs';
import { TAG, openWidget, text, waitForWidget } from './helpers.mjs';

test('the demo page shows the start button in every widget', async ({ page, baseURL }) => {
  await page.goto('/');
  const widgets = page.locator(TAG);
  await expect(widgets).toHaveCount(3);
  const nb = page.locator(`${TAG}[lang="nb"]`).first();
  await expect(nb.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  // The clinic's own content, slotted into the start screen.
  await expect(nb.getByText('Eksempel helsesenter')).toBeVisible();
  for (const widget of await widgets.all()) {
    await waitForWidget(widget);
    await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    // The stylesheet sits inside the shadow root, so the page's CSS cannot leak in.
    await expect(widget.locator('link[rel="stylesheet"]')).toHaveAttribute('href', `${baseURL}/ryggsjekk.css`);
  }
  await expectNoA11yViolations(page);
  await screenshot(page, 'demo');
});

test('the minimal example follows the page language', async ({ page }) => {
  await page.goto('/example.html');
  const widget = page.locator(TAG);
  await waitForWidget(widget);
  await expect(widget.getByRole('heading', { level: 2 })).toHaveText(text('nb', 'start-title'));
  await expectNoA11yViolations(page);
});

test('two widgets on one page each get their own shadow root and app', async ({ page }) => {
  await page.goto('/two.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await waitForWidget(first);
  await waitForWidget(second);
  await expect(first.getByRole('button', { name: 'Start', exact: true })).toHaveCount(1);
  await expect(second.getByRole('button', { name: 'Start', exact: true })).toHaveCount(1);
  const distinct = await page.evaluate(() => {
    const [a, b] = document.querySelectorAll('ryggsjekk-widget');
    return a.shadowRoot !== b.shadowRoot && a.shadowRoot.querySelector('div') !== b.shadowRoot.querySelector('div');
  });
  expect(distinct).toBe(true);
});

test('loads from another origin than the page (CORS, import.meta.url)', async ({ page, context, guard, baseURL }) => {
  // A clinic's page on its own (https) origin, served by Playwright itself; the widget
  // from ours. Chromium asks before a public page may reach a loopback address (local
  // network access); a real clinic and its CDN are both public, so the test grants it.
  const clinic = 'https://clinic.test';
  await context.grantPermissions(['local-network-access'], { origin: clinic });
  guard.allowDocumentsFrom(clinic);
  await page.route(`${clinic}/clinic.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>Klinikk</title>
        <link rel="icon" href="data:,">
        <script type="module" src="${baseURL}/ryggsjekk.js"></script></head>
        <body><main><h1>Klinikken</h1><${TAG}></${TAG}></main></body></html>`,
    }),
  );
  await page.goto(`${clinic}/clinic.html`);
  const widget = page.locator(TAG);
  await waitForWidget(widget);
  await expect(widget.getByRole('button', { name: text('nn', 'nav-start'), exact: true })).toBeVisible();
  const urls = guard.requests.map((r) => r.url());
  expect(urls).toContain(`${baseURL}/ryggsjekk_bg.wasm`);
  expect(urls).toContain(`${baseURL}/ryggsjekk.css`);
  // The page is in nynorsk: its texts come from the widget's origin too (CORS), beside the loader.
  expect(urls.filter((u) => /\/texts\./.test(u))).toEqual([expect.stringMatching(new RegExp(`^${baseURL}/texts\\.nn\\.[0-9a-f]+\\.bin$`))]);
});

test('the element re-creates its app on reconnect and frees it on removal', async ({ page }) => {
  const widget = await openWidget(page, { lang: 'nb' });
  await page.evaluate((tag) => {
    const el = document.querySelector(tag);
    el.remove();
    if (el.shadowRoot.querySelector('div').childElementCount !== 0) throw new Error('not freed on disconnect');
    document.querySelector('main').append(el);
  }, TAG);
  await waitForWidget(widget);
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('bad attributes warn once and fall back instead of breaking', async ({ page, guard }) => {
  guard.allowConsole('warning', /^ryggsjekk: unknown mode="fullscreen"/);
  const widget = await openWidget(page, { mode: 'fullscreen' });
  await expect(widget.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  const warnings = guard.consoleMessages.filter((m) => m.type() === 'warning');
  expect(warnings.map((m) => m.text())).toHaveLength(1);
});

test('changing lang re-renders in that language; the page language is the fallback', async ({ page }) => {
  const widget = await openWidget(page, { pageLang: 'nn' });
  const title = widget.getByRole('heading', { level: 2 });
  await expect(title).toHaveText(text('nn', 'start-title'));
  await widget.evaluate((el) => el.setAttribute('lang', 'nb'));
  await expect(title).toHaveText(text('nb', 'start-title'));
  await widget.evaluate((el) => el.removeAttribute('lang'));
  await expect(title).toHaveText(text('nn', 'start-title'));
});

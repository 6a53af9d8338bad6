// The iframe page (issue 7): dist/embed.html for CMSs that strip <script>, the
// documented <iframe> snippet with its sandbox tokens (each one tested for its
// need), the host CSP's frame-src, the opt-in height message and its host
// snippet, the default heights, and the light-DOM fallback when no script runs.
import { readFileSync } from 'node:fs';
import { test as guardedTest, unguardedTest as plainTest, expect } from './fixtures.mjs';
import { STRICT_CSP, withServers, recordViolations } from '../../scripts/lib/e2e-shared.mjs';
import { fallbackText } from '../../scripts/lib/loader-data.mjs';
import { TAG, text } from './helpers.mjs';

const test = withServers(guardedTest);
// tel: links are "requests" the privacy guard does not know; that test checks the console itself.
const unguarded = withServers(plainTest);

/** The sandbox tokens docs/embedding.md recommends (the smallest set that works). */
export const SANDBOX = 'allow-scripts allow-forms allow-same-origin allow-modals allow-top-navigation-to-custom-protocols';
/** Default frame heights per mode, as documented. */
export const HEIGHTS = { embedded: 840, kiosk: 1080 };
const ANSWERS = ['location-lower', 'flag-none', 'flag-none', 'flag-none', 'radiating-no', 'duration-under-2', 'activity-yes', 'work-working'];

/** The clinic's page with one iframe of embed.html (+ embed-host.js for autoheight). */
function framePage(widgetUrl, { query = 'lang=nb', sandbox = SANDBOX, autoheight = false, height = HEIGHTS.embedded } = {}) {
  const sb = sandbox === null ? '' : ` sandbox="${sandbox}"`;
  const auto = autoheight ? ' data-ryggsjekk-autoheight' : '';
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Klinikk</title><link rel="icon" href="data:,">
${autoheight ? `<script type="module" src="${widgetUrl}/embed-host.js"></script>` : ''}</head>
<body><main><h1>Klinikken</h1>
<iframe title="Ryggsjekk: sjekk av nakke- og ryggsmerter" src="${widgetUrl}/embed.html?${query}"${auto}${sb}
  width="100%" height="${height}" loading="lazy" referrerpolicy="no-referrer"></iframe>
</main></body></html>`;
}

const FRAME_CSP = (widget) => `${STRICT_CSP(widget)}; frame-src ${widget}`;

async function walkToResult(w, lang = 'nb') {
  await w.getByRole('button', { name: text(lang, 'nav-start'), exact: true }).click();
  for (const id of ANSWERS) {
    await w.getByRole('radio', { name: text(lang, id), exact: true }).check();
    await w.getByRole('button', { name: text(lang, 'nav-next'), exact: true }).click();
  }
  await w.getByRole('button', { name: text(lang, 'nav-see-result'), exact: true }).click();
  await expect(w.getByRole('button', { name: text(lang, 'print-button') })).toBeVisible();
}

test('embed.html?lang=nn&mode=kiosk shows the kiosk widget in nynorsk', async ({ page }) => {
  await page.goto('/embed.html?lang=nn&mode=kiosk');
  const w = page.locator(TAG);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText(text('nn', 'start-title'));
  await expect(w.locator('.rs-attract')).toHaveCount(1);
  await expect(page.locator(`${TAG} > p`)).toBeHidden(); // the light-DOM fallback text
});

/** Records every message the host page receives (installed before any page script). */
async function recordMessages(page) {
  await page.addInitScript(() => {
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push({ data: e.data, origin: e.origin }));
  });
}
const messagesOf = (page) => page.evaluate(() => window.__messages.map((m) => m.data));

// nn: its texts are a file of their own, fetched inside the frame (its own CSP, connect-src 'self').
for (const lang of ['nb', 'nn']) {
  test(`the documented iframe, sandboxed, under a strict host CSP with frame-src: a whole journey (${lang})`, async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    await recordViolations(page);
    await recordMessages(page);
    await page.goto(host.page('/clinic.html', framePage(widget.url, { query: `lang=${lang}` }), { 'Content-Security-Policy': FRAME_CSP(widget.url) }));
    const w = page.frameLocator('iframe').locator(TAG);
    await walkToResult(w, lang);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    // No message to the parent without ?autoheight=1 (the autoheight tests below
    // show the same recorder does receive them when asked for).
    expect(await messagesOf(page)).toEqual([]);
    const texts = guard.requests.map((r) => r.url()).filter((u) => /\/texts\./.test(u));
    expect(texts).toEqual(lang === 'nb' ? [] : [expect.stringMatching(new RegExp(`/texts\\.${lang}\\.[0-9a-f]+\\.bin$`))]);
  });
}

test.describe('each sandbox token is needed', () => {
  test('without allow-scripts: only the fallback text inside the element', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('error', /Blocked script execution .* sandboxed and the 'allow-scripts' permission is not set/);
    await page.goto(host.page('/clinic.html', framePage(widget.url, { sandbox: SANDBOX.replace('allow-scripts ', '') })));
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('link', { name: '113' })).toBeVisible();
    await expect(frame.getByRole('link', { name: '116 117' })).toBeVisible();
  });

  test('without allow-forms: the answers cannot be sent', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('error', /Blocked form submission .* 'allow-forms' permission is not set/);
    await page.goto(host.page('/clinic.html', framePage(widget.url, { sandbox: SANDBOX.replace('allow-forms ', '') })));
    const w = page.frameLocator('iframe').locator(TAG);
    await w.getByRole('button', { name: 'Start', exact: true }).click();
    await w.getByRole('radio', { name: text('nb', ANSWERS[0]), exact: true }).check();
    const title = await w.getByRole('heading', { level: 2 }).textContent();
    await w.getByRole('button', { name: text('nb', 'nav-next'), exact: true }).click();
    await expect.poll(() => guard.consoleMessages.map((m) => m.text()).join('\n')).toMatch(/allow-forms/);
    await expect(w.getByRole('heading', { level: 2 })).toHaveText(title);
  });

  // Print builds the summary in a hidden same-origin iframe inside the widget
  // (src/ui/print.rs). In a sandbox without allow-same-origin every document gets
  // its own opaque origin, so the widget cannot reach that frame: nothing to print.
  // (allow-modals, which print() needs in a sandbox, cannot be observed in
  // headless Chromium, which ignores print() either way.)
  test('allow-same-origin: Print can build its summary', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    for (const [sandbox, built] of [
      [SANDBOX.replace(' allow-same-origin', ''), false],
      [SANDBOX, true],
    ]) {
      await page.goto(host.page(`/print-${built}.html`, framePage(widget.url, { sandbox })));
      const w = page.frameLocator('iframe').locator(TAG);
      await walkToResult(w);
      await w.getByRole('button', { name: text('nb', 'print-button') }).click();
      const summary = () =>
        page.frames()[1].evaluate((tag) => {
          const frame = document.querySelector(tag).shadowRoot.querySelector('iframe');
          return frame ? (frame.contentDocument?.body?.textContent ?? '').length : -1;
        }, TAG);
      if (built) await expect.poll(summary).toBeGreaterThan(100);
      else {
        await expect.poll(summary).toBeGreaterThanOrEqual(0); // the frame exists…
        expect(await summary()).toBe(0); // …but the widget could not write into it
      }
    }
  });

  unguarded('tel: links need allow-top-navigation-to-custom-protocols', async ({ page, host, widget }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => delete globalThis.WebAssembly); // the fallback's tel: links, no journey needed
    const blocked = () => errors.filter((e) => /external protocol blocked by sandbox/.test(e)).length;
    for (const [sandbox, expectBlocked] of [
      [SANDBOX.replace(' allow-top-navigation-to-custom-protocols', ''), true],
      [SANDBOX, false],
    ]) {
      const before = blocked();
      await page.goto(host.page(`/clinic-${expectBlocked}.html`, framePage(widget.url, { sandbox })));
      const link = page.frameLocator('iframe').locator(TAG).getByRole('link', { name: '113', exact: true });
      await link.click();
      if (expectBlocked) await expect.poll(blocked).toBeGreaterThan(before);
      else {
        // The sandbox check runs in the frame's renderer as the click's default
        // action, so a console marker logged by the frame after the click arrives
        // after any "blocked" message would have: wait for it instead of sleeping.
        const marker = `tel-check-${Date.now()}`;
        await page.frames()[1].evaluate((m) => console.error(m), marker);
        await expect.poll(() => errors.includes(marker)).toBe(true);
        expect(blocked()).toBe(before);
      }
    }
    expect(errors.filter((e) => !/external protocol|WebAssembly|tel:|tel-check-|registered handler/.test(e))).toEqual([]);
    for (const url of requests) expect(url.startsWith(host.url) || url.startsWith(widget.url) || url === 'tel:113', url).toBe(true);
  });
});

test.describe('autoheight', () => {
  test('?autoheight=1&parent-origin=<host> posts only its height; embed-host.js applies it', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    await recordMessages(page);
    await page.goto(host.page('/clinic.html', framePage(widget.url, { query: `lang=nb&autoheight=1&parent-origin=${host.url}`, autoheight: true, height: 150 })));
    const frame = page.locator('iframe');
    const frameHeight = () => frame.evaluate((f) => f.clientHeight);
    const w = page.frameLocator('iframe').locator(TAG);
    await expect(w.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect.poll(frameHeight).toBeGreaterThan(300);
    const inner = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(frameHeight).toBe(inner);
    await walkToResult(w);
    await expect.poll(frameHeight).toBeGreaterThan(inner);
    const messages = await messagesOf(page);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(Object.keys(m).sort()).toEqual(['height', 'ryggsjekk']);
      expect(m.ryggsjekk).toBe('height');
      expect(Number.isInteger(m.height)).toBe(true);
    }
  });

  test('without parent-origin, or with another origin, no height reaches the page', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('warning', /^ryggsjekk: autoheight=1 needs parent-origin=/);
    // Chromium's own message when the target origin is not the parent's.
    guard.allowConsole('warning', /postMessage.*target origin provided \('https:\/\/other\.example'\) does not match/);
    await recordMessages(page);
    for (const [n, query] of [[1, 'lang=nb&autoheight=1'], [2, 'lang=nb&autoheight=1&parent-origin=https://other.example']]) {
      await page.goto(host.page(`/clinic-${n}.html`, framePage(widget.url, { query, autoheight: true, height: 150 })));
      const w = page.frameLocator('iframe').locator(TAG);
      await expect(w.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
      // The frame has rendered (and would have posted by now): a frame task later, still nothing.
      await page.frames()[1].evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      expect(await messagesOf(page), query).toEqual([]);
      expect(await page.locator('iframe').evaluate((f) => f.clientHeight)).toBe(150);
    }
    // Warned once, for the page without parent-origin.
    expect(guard.consoleMessages.filter((m) => /needs parent-origin/.test(m.text()))).toHaveLength(1);
  });
});

test('the default heights per mode fit the start screen without scrolling (360 px and desktop)', async ({ page, host, widget, guard }) => {
  guard.allowDocumentsFrom(host.url);
  for (const [mode, height] of Object.entries(HEIGHTS)) {
    for (const width of mode === 'kiosk' ? [768, 1080, 1280] : [360, 768, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(host.page(`/h-${mode}.html`, framePage(widget.url, { query: `lang=nb&mode=${mode}`, height })));
      const w = page.frameLocator('iframe').locator(TAG);
      await expect(w.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
      // No scrolling inside the frame: everything, up to the Start button, is in view.
      const fit = await page.frames()[1].evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        view: document.documentElement.clientHeight,
        content: Math.ceil(document.querySelector('main').getBoundingClientRect().bottom),
      }));
      expect(fit.scroll, `${mode} at ${width}px`).toBeLessThanOrEqual(fit.view);
      expect(fit.content, `${mode} at ${width}px`).toBeLessThanOrEqual(height);
    }
  }
});

test('with JavaScript off, the element\'s own fallback text shows (embed.html and the snippet)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const page = await context.newPage();
    await page.goto('/embed.html?lang=nn');
    await expect(page.getByRole('link', { name: '113' })).toBeVisible();
    await expect(page.getByRole('link', { name: '116 117' })).toBeVisible();
    // The signs in short too, as written in locales/nb/fallback.ftl (no script, so bokmål).
    for (const id of ['fallback-a', 'fallback-b']) await expect(page.locator(TAG)).toContainText(fallbackText('nb', id));
    await page.setContent(readFileSync('dist/snippet.html', 'utf8'));
    await expect(page.getByRole('link', { name: '116 117' })).toBeVisible();
    for (const id of ['fallback-a', 'fallback-b']) await expect(page.locator(TAG)).toContainText(fallbackText('nb', id));
  } finally {
    await context.close();
  }
});

// ── docs/embedding.md: every fenced code block works as written ────────────────
const DOC_CDN = 'https://cdn.example.no/ryggsjekk/';
/** The clinic's own origin in the docs' examples (the iframe's parent-origin). */
const DOC_CLINIC = 'https://www.klinikk.example.no';
const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
const docBlocks = [...readFileSync('docs/embedding.md', 'utf8').matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m, i) => ({
  n: i + 1,
  kind: m[1],
  code: m[2],
}));

/** A documented snippet with the example host replaced by the test's widget origin (and the current version/hash). */
function adapt(code, widgetUrl, hostUrl) {
  return code
    .replaceAll(DOC_CLINIC, hostUrl)
    .replace(
      /v\/[^/]+\/(ryggsjekk\.(?:js|css))"([^>]*?\s)integrity="[^"]*"/g,
      (_, name, between) => `${manifest.base}${name}"${between}integrity="${manifest.integrity[name]}"`,
    )
    // A language file's example name (texts.nn.<12 hex>.bin) → the built one.
    .replace(/texts\.([a-z]{2,3})\.[0-9a-f]{12}\.bin/g, (_, lang) => manifest.languages[lang].path.slice(manifest.base.length))
    .replace(/\/v\/[0-9][^/]*\//g, `/${manifest.base}`)
    .replaceAll(DOC_CDN, `${widgetUrl}/`)
    .replaceAll(new URL(DOC_CDN).origin, widgetUrl);
}
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

test.describe('docs/embedding.md', () => {
  test('has code blocks of known kinds only', () => {
    expect(docBlocks.length).toBeGreaterThanOrEqual(10);
    for (const b of docBlocks) expect(['html', 'css', 'http', 'nginx', 'json'], `block ${b.n}`).toContain(b.kind);
  });

  for (const block of docBlocks) {
    test(`block ${block.n} (${block.kind}) works as written`, async ({ page, host, widget, guard }) => {
      guard.allowDocumentsFrom(host.url);
      const code = adapt(block.code, widget.url, host.url);
      const pageWith = (body, head = '', headers = {}) =>
        host.page(
          `/doc-${block.n}.html`,
          `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Dok</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`,
          headers,
        );
      const widgetHtml = `<script type="module" src="${widget.url}/ryggsjekk.js"></script><${TAG}></${TAG}>`;
      switch (block.kind) {
        case 'html': {
          await recordViolations(page);
          await page.goto(pageWith(code));
          if (code.includes('<iframe')) {
            const frame = page.locator('iframe');
            await expect(frame).toHaveAttribute('title', /Ryggsjekk/);
            const w = page.frameLocator('iframe').locator(TAG);
            await expect(w.getByRole('button', { name: /^Start$/ })).toBeVisible();
            if (code.includes('data-ryggsjekk-autoheight')) {
              await expect.poll(() => frame.evaluate((f) => f.clientHeight)).not.toBe(840);
            }
          } else {
            const widgets = page.locator(TAG);
            expect(await widgets.count()).toBeGreaterThan(0);
            for (const w of await widgets.all()) {
              const lang = (await w.getAttribute('lang')) ?? 'nb';
              await expect(w.getByRole('button', { name: text(lang, 'nav-start'), exact: true })).toBeVisible();
              if ((await w.getAttribute('mode')) === 'kiosk') await expect(w.locator('.rs-attract')).toHaveCount(1);
            }
            for (const slotted of await page.locator(`${TAG} > [slot]`).all()) await expect(slotted).toBeVisible();
            // Light-DOM children without a slot (the fallback text) are not rendered once the widget is.
            const shown = await page.evaluate((tag) =>
              [...document.querySelectorAll(tag)].flatMap((el) => [...el.children].filter((c) => !c.slot && c.getClientRects().length > 0)).length, TAG);
            expect(shown).toBe(0);
          }
          expect(await page.evaluate(() => window.__violations)).toEqual([]);
          break;
        }
        case 'css': {
          // Also under the hostile-free default: the documented variables take effect.
          await page.goto(pageWith(widgetHtml, `<style>${code}</style>`));
          const startButton = page.locator(TAG).getByRole('button', { name: 'Start', exact: true });
          await expect(startButton).toBeVisible();
          const accent = /--ryggsjekk-accent:\s*(#[0-9a-f]{6})/i.exec(code)[1];
          const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16)).join(', ')})`;
          // As painted (the stylesheet's colour clamp computes to oklch()): the documented accent, unchanged.
          await expect.poll(() => startButton.evaluate((b) => {
            const ctx = document.createElement('canvas').getContext('2d');
            ctx.fillStyle = getComputedStyle(b).backgroundColor;
            ctx.fillRect(0, 0, 1, 1);
            const [r, g, bl] = ctx.getImageData(0, 0, 1, 1).data;
            return `rgb(${r}, ${g}, ${bl})`;
          })).toBe(rgb);
          await expect(startButton).toHaveCSS('font-family', /Georgia/);
          break;
        }
        case 'http': {
          const [, name, value] = /^([\w-]+):\s*(.+)$/m.exec(code.trim());
          expect(name).toBe('Content-Security-Policy');
          await recordViolations(page);
          await page.goto(pageWith(widgetHtml, '', { [name]: value }));
          await expect(page.locator(TAG).getByRole('button', { name: 'Start', exact: true })).toBeVisible();
          expect(await page.evaluate(() => window.__violations)).toEqual([]);
          break;
        }
        case 'nginx': {
          const conf = collapse(readFileSync('deploy/nginx.conf', 'utf8').replace(/#.*$/gm, ''));
          const statements = code
            .split(';')
            .map((s) => collapse(s.replace(/^[^{]*\{/, '').replace(/}/g, '')))
            .filter(Boolean);
          expect(statements.length).toBeGreaterThan(3);
          for (const s of statements) expect(conf, `deploy/nginx.conf has "${s}"`).toContain(s);
          break;
        }
        case 'json': {
          const documented = JSON.parse(block.code); // the example values, as in the docs
          for (const key of Object.keys(documented)) expect(manifest, key).toHaveProperty(key);
          expect(documented.guidelineUpdated).toBe(manifest.guidelineUpdated);
          break;
        }
        default:
          throw new Error(`no test for a ${block.kind} block`);
      }
    });
  }
});

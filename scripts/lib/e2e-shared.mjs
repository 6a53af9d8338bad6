// Shared by the e2e specs of issues 6 and 7 (hardening, hosting, embed):
// per-test servers for the widget's origin and the clinic's page, the strict
// CSP, and the fallback assertion. Not a spec file itself.
import { existsSync } from 'node:fs';
import { expect } from '@playwright/test';
import { startServer } from './static-server.mjs';
import { fallbackText } from './loader-data.mjs';

export const TAG = 'ryggsjekk-widget';
export const PANIC_DIST = 'target/dist-test-panic';
export const STRICT_CSP = (widgetOrigin) =>
  `default-src 'none'; script-src ${widgetOrigin} 'wasm-unsafe-eval'; connect-src ${widgetOrigin}; ` +
  `style-src ${widgetOrigin}; img-src ${widgetOrigin} data:`;
export const RELOAD = Object.fromEntries(['nb', 'nn', 'en'].map((lang) => [lang, fallbackText(lang, 'fallback-reload')]));

function flipLastByte(bytes) {
  const copy = Buffer.from(bytes);
  copy[copy.length - 1] ^= 0x01;
  return copy;
}

/** Our fixtures on top of either the guarded test (fixtures.mjs) or Playwright's own. */
export function withServers(base) {
  return base.extend({
    /** The dist folder the widget origin serves. */
    widgetDist: ['dist', { option: true }],
    /** CORS on the widget origin: 'all', 'none' or 'js' (only .js files). */
    widgetCors: ['all', { option: true }],
    /** 'wasm' or 'css': serve that file with one byte changed (as if tampered with). */
    widgetTamper: ['', { option: true }],
    widget: async ({ widgetDist, widgetCors, widgetTamper }, use) => {
      if (!existsSync(`${widgetDist}/ryggsjekk.js`)) {
        throw new Error(`${widgetDist}/ is missing: run scripts/build${widgetDist === PANIC_DIST ? ' --test-panic' : ''} (scripts/test does)`);
      }
      const server = await startServer({
        root: widgetDist,
        cors: widgetCors === 'all' ? true : widgetCors === 'js' ? (path) => path.endsWith('.js') : false,
        transform: (path, bytes) => (widgetTamper && path.endsWith(`.${widgetTamper}`) ? flipLastByte(bytes) : bytes),
      });
      await use(server);
      await server.close();
    },
    baseURL: async ({ widget }, use) => use(widget.url),
    /** The clinic's page, on another origin (another port). */
    host: async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
  });
}


/** A clinic's page that loads the widget from `widgetUrl`. */
export function hostPage(widgetUrl, { lang = 'nb', body = `<${TAG}></${TAG}>`, head = '', loader = 'ryggsjekk.js' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Klinikk</title>
<link rel="icon" href="data:,">${head}
<script type="module" src="${widgetUrl}/${loader}"></script></head>
<body><main><h1>Klinikken</h1>${body}</main></body></html>`;
}

/** Records CSP violations in the page (before any of its scripts run). */
export async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
      true,
    );
  });
}

/**
 * The widget shows the static fallback in `lang`, and nothing else: the A and
 * B signs in short (locales/<lang>/fallback.ftl) with 113 and 116 117 as tel:
 * links, or, with `kiosk`, as plain numbers (no link at all) after a line
 * that sends the patient to the staff.
 */
export async function expectFallback(widget, lang, { kiosk = false } = {}) {
  const box = widget.locator('[data-ryggsjekk-fallback]');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('lang', lang);
  await expect(box).toContainText(fallbackText(lang, 'fallback-title'));
  await expect(box).toContainText(fallbackText(lang, 'fallback-a'));
  await expect(box).toContainText(fallbackText(lang, 'fallback-b'));
  await expect(box).toContainText(fallbackText(lang, 'fallback-gp'));
  if (kiosk) {
    await expect(box).toContainText(fallbackText(lang, 'fallback-kiosk-staff'));
    await expect(box.getByRole('link')).toHaveCount(0);
    await expect(box.locator('a[href^="tel:" i]')).toHaveCount(0);
  } else {
    await expect(box).not.toContainText(fallbackText(lang, 'fallback-kiosk-staff'));
    await expect(box.getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
    await expect(box.getByRole('link', { name: '116 117', exact: true })).toHaveAttribute('href', 'tel:116117');
  }
  await expect(box.getByRole('button', { name: RELOAD[lang], exact: true })).toBeVisible();
  // Never half-rendered: no trace of the app is left beside the fallback.
  expect(await widget.evaluate((el) => el.shadowRoot.querySelectorAll('.rs, .rs-host, link').length)).toBe(0);
}

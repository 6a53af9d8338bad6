// The Playwright `test` every e2e spec imports. Every page it opens gets the
// test opener (openShadowRoots, below): the shipped widget's shadow root is
// closed, so host scripts cannot read the answers, and the tests open it to
// look inside. privacy.spec.mjs proves the shipped element is closed, without it.
// `test` also adds an automatic `guard` fixture that enforces the widget's
// privacy promise after each test:
//
// - every request is a GET to the widget's own origin for one of the files in
//   dist/ (the loader, the wasm, the stylesheet, the demo pages), answered < 400;
// - localStorage, sessionStorage, cookies, IndexedDB and Cache Storage are empty;
// - nothing was logged with console.error and no page error was thrown, and no
//   console.warn unless the test allowed it (the widget warns about bad attributes).
//
//   import { test, expect } from './fixtures.mjs';
//   test('…', async ({ page, guard }) => {
//     guard.allowConsole('warning', /unknown mode/);      // expected warnings
//     guard.allowDocumentsFrom('http://clinic.test');     // a page the test serves itself
//   });
import { test as base, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** URL paths of every file in dist/: the only things the widget's origin may be asked for. */
function distPaths(dir = 'dist', prefix = '') {
  const paths = new Set(prefix === '' ? ['/'] : []);
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) distPaths(full, `${prefix}/${name}`).forEach((p) => paths.add(p));
    else paths.add(`${prefix}/${name}`);
  }
  return paths;
}

/**
 * An init script: makes the widget's shadow root open, for tests only (the
 * shipped element asks for a closed one). Only <ryggsjekk-widget> is affected.
 */
export function openShadowRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    return attach.call(this, this.localName === 'ryggsjekk-widget' ? { ...init, mode: 'open' } : init);
  };
}

/** Adds the opener to every page of `context` (for contexts a test makes itself). */
export const withOpener = (context) => context.addInitScript(openShadowRoots);

/** Playwright's own `test` (no guard), with the opener. */
export const unguardedTest = base.extend({
  context: async ({ context }, use) => {
    await withOpener(context);
    await use(context);
  },
});

const guard = [
  async ({ context, baseURL }, use) => {
    const widgetOrigin = new URL(baseURL).origin;
    const assets = distPaths();
    const documentOrigins = new Set();
    const allowedConsole = [];
    const requests = [];
    const problems = [];
    const consoleMessages = [];

    context.on('request', (request) => {
      if (request.url().startsWith('data:')) return;
      requests.push(request);
    });
    context.on('requestfailed', (request) => {
      if (!request.url().startsWith('data:')) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    context.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    context.on('console', (message) => consoleMessages.push(message));
    context.on('weberror', (error) => problems.push(`page error: ${error.error().stack ?? error.error()}`));

    await use({
      /** Every request so far (Playwright Request objects). */
      requests,
      /** Every console message so far (Playwright ConsoleMessage objects). */
      consoleMessages,
      /** Allow documents (only) from an origin the test fulfils itself with page.route. */
      allowDocumentsFrom(origin) {
        documentOrigins.add(new URL(origin).origin);
      },
      /** Allow console messages of a type ('warning', 'error', …) whose text matches. */
      allowConsole(type, pattern) {
        allowedConsole.push({ type, pattern });
      },
    });

    // 1. Network: GETs of our own files only.
    const strays = requests
      .filter((request) => {
        const url = new URL(request.url());
        if (request.method() !== 'GET') return true;
        if (request.resourceType() === 'document' && documentOrigins.has(url.origin)) return false;
        return url.origin !== widgetOrigin || !assets.has(url.pathname);
      })
      .map((request) => `${request.method()} ${request.url()} (${request.resourceType()})`);
    expect(strays, 'requests to anything but the widget\'s own static files').toEqual([]);

    // 2. Console and page errors.
    for (const message of consoleMessages) {
      const type = message.type();
      if (type !== 'error' && type !== 'warning') continue;
      const allowed = allowedConsole.some((a) => a.type === type && a.pattern.test(message.text()));
      if (!allowed) problems.push(`console.${type === 'warning' ? 'warn' : type}: ${message.text()} (${message.location().url})`);
    }
    expect(problems, 'console errors, unexpected warnings, page errors or failed requests').toEqual([]);

    // 3. Storage: nothing stored anywhere, in any origin the test visited.
    const state = await context.storageState({ indexedDB: true });
    expect(state.cookies, 'cookies').toEqual([]);
    const stored = state.origins.filter((o) => o.localStorage.length > 0 || (o.indexedDB?.length ?? 0) > 0);
    expect(stored, 'localStorage or IndexedDB contents').toEqual([]);
    for (const page of context.pages()) {
      if (page.isClosed() || !/^https?:/.test(page.url())) continue;
      const inPage = await page.evaluate(async () => ({
        origin: location.origin,
        cookie: document.cookie,
        localStorage: Object.keys(localStorage),
        sessionStorage: Object.keys(sessionStorage),
        indexedDB: (await indexedDB.databases()).map((db) => db.name),
        cacheStorage: self.caches ? await caches.keys() : [],
      }));
      expect(inPage, `storage in ${inPage.origin}`).toEqual({
        origin: inPage.origin, cookie: '', localStorage: [], sessionStorage: [], indexedDB: [], cacheStorage: [],
      });
    }
  },
  { auto: true },
];

/** The test every spec uses: the opener and the guard. */
export const test = unguardedTest.extend({ guard });

/** The guard without the opener: the widget as it ships, its shadow root closed. */
export const closedTest = base.extend({ guard });

export { expect };

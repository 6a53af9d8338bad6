// Hosting (issue 7): dist/ as built (versioned files, alias, manifest, snippets)
// and served by Debian's nginx with deploy/nginx.conf, exactly as
// docs/embedding.md documents it: MIME types, CORS, cache headers, gzip and
// brotli, and a patient's journey and a strict-CSP clinic page against it.
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { test as guardedTest, expect } from './fixtures.mjs';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { STRICT_CSP, recordViolations } from '../../scripts/lib/e2e-shared.mjs';
import { TAG, openWidget, start, answer, next, text, waitForWidget } from './helpers.mjs';

const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
const sources = readFileSync('core/src/assessment/sources.rs', 'utf8');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';
const TYPES = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
};
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** The language files (every language but bokmål, which is in the wasm), by language. */
const LANG_FILES = Object.fromEntries(
  Object.entries(manifest.languages).map(([lang, f]) => [lang, f.path.slice(manifest.base.length)]),
);

/** A raw GET (no automatic decompression): status, headers, body bytes. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

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

/** Serves `/pasted.html`: a bare page with dist/<snippet> pasted into its body. */
function servePasted(page, baseURL, snippet) {
  const body = readFileSync(`dist/${snippet}`, 'utf8');
  return page.route(`${baseURL}/pasted.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
    }),
  );
}

test.describe('dist/ as built', () => {
  test('versioned files, an identical unversioned alias, manifest and snippets', async () => {
    const version = /CONTENT_VERSION: &str = "([^"]+)"/.exec(sources)[1];
    expect(manifest.contentVersion).toBe(version);
    expect(manifest.guidelineUpdated).toBe('15.09.2021');
    expect(manifest.base).toBe(`v/${version}/`);
    // Bokmål (the table's first language) is in the wasm; every other language
    // in locales/languages.toml is a file of its own, named by its content.
    const table = [...readFileSync('locales/languages.toml', 'utf8').matchAll(/^code = "([a-z]+)"/gm)].map((m) => m[1]);
    expect(manifest.builtinLanguage).toBe('nb');
    expect(table[0]).toBe('nb');
    expect(Object.keys(LANG_FILES).sort()).toEqual(table.slice(1).sort());
    for (const [lang, name] of Object.entries(LANG_FILES)) {
      expect(name).toMatch(new RegExp(`^texts\\.${lang}\\.[0-9a-f]{12}\\.bin$`));
      expect(name).toContain(createHash('sha384').update(readFileSync(`dist/${manifest.base}${name}`)).digest('hex').slice(0, 12));
    }
    for (const name of ['ryggsjekk.js', 'ryggsjekk_bg.wasm', 'ryggsjekk.css', 'embed.html', 'embed.js', ...Object.values(LANG_FILES)]) {
      const versioned = manifest.files.find((f) => f.path === `${manifest.base}${name}`);
      const alias = manifest.files.find((f) => f.path === name);
      expect(versioned, name).toBeTruthy();
      expect(versioned.cache).toBe('immutable');
      expect(alias.cache).toBe('short');
      expect(alias.sha384).toBe(versioned.sha384);
      expect(manifest.integrity[name]).toBe(versioned.sha384);
    }
    for (const file of manifest.files) {
      const bytes = readFileSync(`dist/${file.path}`);
      expect(bytes.length, file.path).toBe(file.bytes);
      expect(sri(bytes), file.path).toBe(file.sha384);
    }
    // The loader carries the hashes of the wasm and the stylesheet it verifies.
    const loader = readFileSync(`dist/${manifest.base}ryggsjekk.js`, 'utf8');
    expect(loader).toContain(manifest.integrity['ryggsjekk_bg.wasm']);
    expect(loader).toContain(manifest.integrity['ryggsjekk.css']);
    // … and the names and hashes of the language files it fetches.
    for (const name of Object.values(LANG_FILES)) {
      expect(loader).toContain(name);
      expect(loader).toContain(manifest.integrity[name]);
    }
    // Snippets: the versioned one pins the loader with integrity + crossorigin,
    // and preloads the wasm (no integrity: the loader's fetch checks it) and the
    // stylesheet (with the integrity the widget's <link> has, or it would not match).
    const pinned = readFileSync('dist/snippet.versioned.html', 'utf8');
    expect(pinned).toContain(
      `<script type="module" src="./${manifest.base}ryggsjekk.js" integrity="${manifest.integrity['ryggsjekk.js']}" crossorigin="anonymous"></script>`,
    );
    expect(pinned).toContain(`<link rel="preload" href="./${manifest.base}ryggsjekk_bg.wasm" as="fetch" crossorigin="anonymous">`);
    expect(pinned).toContain(
      `<link rel="preload" href="./${manifest.base}ryggsjekk.css" as="style" integrity="${manifest.integrity['ryggsjekk.css']}" crossorigin="anonymous">`,
    );
    const alias = readFileSync('dist/snippet.html', 'utf8');
    expect(alias).toContain('<link rel="preload" href="./ryggsjekk_bg.wasm" as="fetch" crossorigin="anonymous">');
    expect(alias).toContain('<script type="module" src="./ryggsjekk.js"></script>');
    expect(alias).not.toContain('integrity=');
    // Precompressed copies beside the widget's files, decoding to the same bytes.
    for (const name of ['ryggsjekk.js', 'ryggsjekk_bg.wasm', 'ryggsjekk.css', ...Object.values(LANG_FILES)]) {
      for (const path of [`${manifest.base}${name}`, name]) {
        expect(sri(brotliDecompressSync(readFileSync(`dist/${path}.br`))), `${path}.br`).toBe(manifest.integrity[name]);
        expect(sri(gunzipSync(readFileSync(`dist/${path}.gz`))), `${path}.gz`).toBe(manifest.integrity[name]);
      }
    }
    for (const snippet of [pinned, alias]) expect(snippet).toMatch(/<ryggsjekk-widget[^>]*>[\s\S]*tel:113[\s\S]*tel:116117[\s\S]*<\/ryggsjekk-widget>/);
  });

  test('the bench pages embed the widget exactly as the pinned snippets say, preloads included', async () => {
    const { BENCH_PAGES, benchPage, snippetTags } = await import('../../bench/site.mjs');
    // A language other than bokmål: its own pinned snippet also preloads its texts
    // file (as the wasm: as=fetch, crossorigin, no integrity; the loader's fetch checks it).
    for (const [lang, file] of Object.entries(LANG_FILES)) {
      const snippet = readFileSync(`dist/snippet.versioned.${lang}.html`, 'utf8');
      expect(snippet).toContain(`<link rel="preload" href="./${manifest.base}${file}" as="fetch" crossorigin="anonymous">`);
      expect(snippet).toContain(`<ryggsjekk-widget lang="${lang}">`);
    }
    expect(readFileSync('dist/snippet.versioned.html', 'utf8')).not.toContain('texts.');
    for (const [name, [from, title, attributes]] of Object.entries(BENCH_PAGES)) {
      const snippet = readFileSync(`dist/${from}`, 'utf8');
      const tags = snippetTags(snippet);
      // The loader, the wasm and the stylesheet (and a language file for nn).
      expect(tags.length, from).toBe(from === 'snippet.versioned.html' ? 3 : 4);
      const html = benchPage(snippet, title, attributes);
      for (const tag of tags) expect(html, name).toContain(tag);
    }
  });

  test('the ready-to-paste snippets work as pasted (light-DOM text replaced once it renders)', async ({ page, baseURL, guard }) => {
    guard.allowDocumentsFrom(baseURL);
    for (const snippet of ['snippet.versioned.html', 'snippet.html']) {
      await servePasted(page, baseURL, snippet);
      await page.goto('/pasted.html');
      const w = page.locator(TAG);
      await expect(w.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
      // The fallback paragraph is light DOM without a slot: hidden once the widget renders.
      await expect(page.locator(`${TAG} > p`)).toBeHidden();
      await page.unroute(`${baseURL}/pasted.html`);
    }
  });

  for (const snippet of ['snippet.versioned.html', 'snippet.html', 'snippet.versioned.nn.html']) {
    test(`${snippet}: the loader takes the preloaded wasm (one request, no warning)`, async ({ page, baseURL, guard }) => {
      guard.allowDocumentsFrom(baseURL);
      await servePasted(page, baseURL, snippet);
      await page.goto('/pasted.html');
      await expect(page.locator(TAG).getByRole('button', { name: 'Start', exact: true })).toBeVisible();
      // Chromium warns about a preload nobody used (or one it could not match,
      // e.g. by integrity or CORS mode) ~3 s after the load event. A control page,
      // loaded after this one, has a preload nobody uses: once its warning is in,
      // any warning about the snippet's preloads would be in too.
      const unused = /manifest\.json was preloaded using link preload but not used/;
      guard.allowConsole('warning', unused);
      const control = await page.context().newPage();
      await control.route(`${baseURL}/control.html`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>c</title><link rel="icon" href="data:,">' +
            '<link rel="preload" href="/manifest.json" as="fetch" crossorigin="anonymous"></head><body></body></html>',
        }),
      );
      await control.goto('/control.html');
      await expect
        .poll(() => guard.consoleMessages.filter((m) => unused.test(m.text())).length, { timeout: 15_000, message: 'the control page\'s unused-preload warning' })
        .toBe(1);
      await control.close();
      expect(guard.consoleMessages.filter((m) => /preload/i.test(m.text()) && !unused.test(m.text())).map((m) => m.text())).toEqual([]);
      const count = (suffix) => guard.requests.filter((r) => new URL(r.url()).pathname.endsWith(suffix)).length;
      expect(count('/ryggsjekk_bg.wasm')).toBe(1);
      expect(count('/ryggsjekk.css')).toBe(1);
      expect(count('/ryggsjekk.js')).toBe(1);
      const entries = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, initiator: e.initiatorType })),
      );
      // The one download of the wasm is the page's <link rel=preload>, not the loader's fetch().
      expect(entries.filter((e) => e.name.endsWith('/ryggsjekk_bg.wasm'))).toEqual([
        { name: `/${snippet === 'snippet.html' ? '' : manifest.base}ryggsjekk_bg.wasm`, initiator: 'link' },
      ]);
      if (snippet.endsWith('.nn.html')) {
        // The nynorsk texts too: one download, the snippet's preload, taken by the loader's fetch().
        expect(count(`/${LANG_FILES.nn}`)).toBe(1);
        expect(entries.filter((e) => e.name.endsWith(`/${LANG_FILES.nn}`))).toEqual([{ name: `/${manifest.base}${LANG_FILES.nn}`, initiator: 'link' }]);
      }
      // The widget's stylesheet came from a preload too (the snippet's or the loader's): one entry.
      expect(entries.filter((e) => e.name.endsWith('/ryggsjekk.css'))).toHaveLength(1);
      // The loader's own stylesheet preload (unpinned snippet) is gone from <head> once used.
      expect(await page.evaluate(() => document.querySelectorAll('head link[rel=preload]').length)).toBe(0);
      await page.unroute(`${baseURL}/pasted.html`);
    });
  }
});

test.describe('Debian nginx with deploy/nginx.conf', () => {
  test('MIME types, CORS, cache headers and integrity of every file', async ({ nginx }) => {
    for (const file of manifest.files) {
      const res = await get(`${nginx.url}/${file.path}`);
      expect(res.status, file.path).toBe(200);
      const ext = file.path.split('.').pop();
      if (TYPES[ext]) expect(res.headers['content-type'], file.path).toBe(TYPES[ext]);
      expect(res.headers['access-control-allow-origin'], file.path).toBe('*');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control'], file.path).toBe(file.cache === 'immutable' ? IMMUTABLE : SHORT);
      expect(sri(res.body), file.path).toBe(file.sha384);
    }
    expect((await get(`${nginx.url}/v/`)).status).toBe(404); // no directory listing
    expect((await get(`${nginx.url}/v/0.0.0/ryggsjekk.js`)).status).toBe(404);
  });

  test('a 404 under the versioned path is not cached (immutable would pin the error for a year)', async ({ nginx }) => {
    // Positive twin: a file that is there is immutable.
    expect((await get(`${nginx.url}/${manifest.base}ryggsjekk.js`)).headers['cache-control']).toBe(IMMUTABLE);
    for (const path of [`/${manifest.base}nothing-here.js`, '/v/0.0.0/ryggsjekk.js']) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers['cache-control'] ?? '', path).not.toMatch(/immutable|max-age=[1-9]/);
    }
  });

  test('gzip and brotli, decoding to the very same bytes', async ({ nginx }) => {
    for (const name of ['ryggsjekk_bg.wasm', 'ryggsjekk.js', 'ryggsjekk.css', ...Object.values(LANG_FILES)]) {
      const url = `${nginx.url}/${manifest.base}${name}`;
      const gz = await get(url, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding'], name).toBe('gzip');
      expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
      expect(sri(gunzipSync(gz.body))).toBe(manifest.integrity[name]);
      const br = await get(url, { 'Accept-Encoding': 'br, gzip' });
      expect(br.headers['content-encoding'], name).toBe('br');
      expect(sri(brotliDecompressSync(br.body))).toBe(manifest.integrity[name]);
      expect(br.body.length).toBeLessThan(readFileSync(`dist/${manifest.base}${name}`).length);
      const plain = await get(url, { 'Accept-Encoding': 'identity' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      // Served as precompressed by scripts/build (brotli_static, gzip_static), not
      // compressed again on each request: the very bytes of the .br/.gz files.
      expect(br.body.equals(readFileSync(`dist/${manifest.base}${name}.br`)), `${name}.br`).toBe(true);
      expect(gz.body.equals(readFileSync(`dist/${manifest.base}${name}.gz`)), `${name}.gz`).toBe(true);
    }
  });

  test('a patient\'s journey on the demo page served by nginx', async ({ page, guard }) => {
    const widget = await openWidget(page, { lang: 'nn' });
    const wasm = guard.requests.find((r) => r.url().endsWith('/ryggsjekk_bg.wasm'));
    expect((await wasm.response()).headers()['content-type']).toBe('application/wasm');
    await start(widget);
    const first = await widget.getByRole('heading', { level: 2 }).textContent();
    await answer(widget, text('nn', 'location-lower'));
    await next(widget);
    await expect(widget.getByRole('heading', { level: 2 })).not.toHaveText(first);
  });

  test('a clinic page on another origin, strict CSP, the pinned versioned loader', async ({ page, nginx, guard }) => {
    const host = await startServer();
    try {
      guard.allowDocumentsFrom(host.url);
      await recordViolations(page);
      const snippet = readFileSync('dist/snippet.versioned.html', 'utf8')
        .replaceAll('src="./', `src="${nginx.url}/`)
        .replaceAll('href="./', `href="${nginx.url}/`);
      // A second widget in nynorsk: its texts are a file of their own, fetched with integrity too.
      const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Klinikk</title><link rel="icon" href="data:,"></head><body>${snippet}<${TAG} lang="nn"></${TAG}></body></html>`;
      await page.goto(host.page('/clinic.html', html, { 'Content-Security-Policy': STRICT_CSP(nginx.url) }));
      const w = page.locator(`${TAG}[lang="nb"]`);
      await expect(w.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
      const nn = page.locator(`${TAG}[lang="nn"]`);
      await expect(nn.getByRole('heading', { level: 2 })).toHaveText(text('nn', 'start-title'));
      const texts = guard.requests.filter((r) => /\/texts\.[a-z]+\.[0-9a-f]+\.bin$/.test(r.url()));
      expect(texts.map((r) => r.url())).toEqual([`${nginx.url}/${manifest.languages.nn.path}`]);
      const textHeaders = (await texts[0].response()).headers();
      expect(textHeaders['cache-control']).toBe(IMMUTABLE);
      expect(textHeaders['access-control-allow-origin']).toBe('*');
      const wasm = guard.requests.find((r) => r.url().endsWith('/ryggsjekk_bg.wasm'));
      expect(wasm.url()).toBe(`${nginx.url}/${manifest.base}ryggsjekk_bg.wasm`);
      const headers = (await wasm.response()).headers();
      expect(headers['cache-control']).toBe(IMMUTABLE);
      expect(headers['access-control-allow-origin']).toBe('*');
      expect(await page.evaluate(() => window.__violations)).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

test.describe('npm package layout', () => {
  test('npm pack contains what docs/embedding.md says', async () => {
    test.skip(!existsSync('dist/package.json'), 'no dist/package.json');
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: 'dist', encoding: 'utf8' });
    const [pack] = JSON.parse(out);
    const files = pack.files.map((f) => f.path).sort();
    const pkg = JSON.parse(readFileSync('dist/package.json', 'utf8'));
    expect(pkg.name).toBe('@ryggsjekk/widget');
    for (const f of ['ryggsjekk.js', 'ryggsjekk_bg.wasm', 'ryggsjekk.css', 'manifest.json', 'embed.html', 'embed.js', 'embed-host.js', 'package.json']) {
      expect(files).toContain(f);
    }
    // The language files beside the unversioned loader, which fetches them from there.
    for (const lang of Object.values(manifest.languages)) expect(files).toContain(lang.path.slice(manifest.base.length));
    expect(files.filter((f) => f.startsWith('v/'))).toEqual(
      manifest.files.filter((f) => f.path.startsWith('v/')).map((f) => f.path).sort(),
    );
    // No demo or test pages in the package.
    expect(files).not.toContain('harness.html');
    expect(files).not.toContain('index.html');
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './ryggsjekk.css', './manifest.json']));
  });
});

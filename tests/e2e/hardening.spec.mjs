// Hardening (issue 6): the widget under a strict CSP, from another origin, on a
// hostile page, with bad attributes, and failing safely: whatever goes wrong
// (no WebAssembly, a blocked or tampered file, a Rust panic), every widget on
// the page shows the static help with 113 and 116 117 and a reload button.
//
// Each test gets its own servers (scripts/lib/static-server.mjs): `widget` serves
// a dist folder (the baseURL, so the privacy guard of fixtures.mjs watches it),
// `host` the clinic's page on another loopback port. Panics come from the test
// build (scripts/build --test-panic → target/dist-test-panic/).
import { readFileSync } from 'node:fs';
import { test as guardedTest, unguardedTest as plainTest, expect } from './fixtures.mjs';
import { PANIC_DIST, STRICT_CSP, RELOAD, withServers, hostPage, recordViolations, expectFallback } from '../../scripts/lib/e2e-shared.mjs';
import { checkImports } from '../../scripts/lib/wasm-imports.mjs';
import { shortImports } from '../../scripts/lib/short-imports.mjs';
import { loaderData } from '../../scripts/lib/loader-data.mjs';
import { TAG, openWidget, start, text, waitForWidget } from './helpers.mjs';

const test = withServers(guardedTest);
const unguarded = withServers(plainTest);

const THREE = `<${TAG} lang="nb"></${TAG}><${TAG} lang="nn"></${TAG}><${TAG} lang="en"></${TAG}>`;
async function expectAllFallback(page) {
  for (const lang of ['nb', 'nn', 'en']) await expectFallback(page.locator(`${TAG}[lang="${lang}"]`), lang);
}

test.describe('fallback that always shows help', () => {
  test('no WebAssembly: every widget shows the static help in its language', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('error', /^ryggsjekk: this browser has no WebAssembly, or it is turned off\. Showing the fallback/);
    await page.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
    await page.goto(host.page('/clinic.html', hostPage(widget.url, { body: THREE })));
    await expectAllFallback(page);
    expect(widget.log).not.toContain('/ryggsjekk_bg.wasm');
  });

  test('the A and B signs show in nn and en; a kiosk gets no tel: link', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('error', /^ryggsjekk: this browser has no WebAssembly, or it is turned off\. Showing the fallback/);
    await page.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
    const body = ['nn', 'en'].map((l) => `<${TAG} lang="${l}"></${TAG}><${TAG} lang="${l}" mode=" Kiosk "></${TAG}>`).join('');
    await page.goto(host.page('/clinic.html', hostPage(widget.url, { body })));
    for (const lang of ['nn', 'en']) {
      await expectFallback(page.locator(`${TAG}[lang="${lang}"]:not([mode])`), lang);
      await expectFallback(page.locator(`${TAG}[lang="${lang}"][mode]`), lang, { kiosk: true });
    }
    // Turning a widget into a kiosk while it shows the fallback takes its links away.
    const first = page.locator(TAG).first(); // nn, no mode yet
    await expect(first).not.toHaveAttribute('mode');
    await first.evaluate((el) => el.setAttribute('mode', 'kiosk'));
    await expectFallback(first, 'nn', { kiosk: true });
  });

  test('the fallback picks its language by the core\'s table (the one the wasm uses)', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('error', /^ryggsjekk: this browser has no WebAssembly/);
    await page.addInitScript(() => delete globalThis.WebAssembly);
    const { LANG_TAGS, DEFAULT_LANG, LANGS } = await loaderData();
    // [lang attribute, page language, expected]
    const cases = Object.entries(LANG_TAGS).flatMap(([tag, lang]) => [
      [tag, 'en', lang],
      [`${tag.toUpperCase()}-NO`, 'en', lang],
      [` ${tag}_x `, 'en', lang],
    ]);
    cases.push(['sv', 'nn-NO', LANG_TAGS.nn], ['constructor', 'xx', DEFAULT_LANG], ['', 'eng', LANG_TAGS.eng]);
    expect(new Set(cases.map((c) => c[2]))).toEqual(new Set(LANGS));
    // One page per page language, one widget per case on it.
    for (const pageLang of new Set(cases.map((c) => c[1]))) {
      const here = cases.filter((c) => c[1] === pageLang);
      const body = here.map(([attr], i) => `<${TAG} lang="${attr}" data-case="${i}"></${TAG}>`).join('');
      await page.goto(host.page(`/tags-${pageLang}.html`, hostPage(widget.url, { lang: pageLang, body })));
      for (const [i, [attr, , expected]] of here.entries()) {
        await expect(page.locator(`${TAG}[data-case="${i}"] [data-ryggsjekk-fallback]`), `lang="${attr}" on a page in ${pageLang}`)
          .toHaveAttribute('lang', expected);
      }
    }
  });

  test('WebAssembly blocked by the page CSP (no wasm-unsafe-eval): fallback', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('error', /^ryggsjekk: could not start .*wasm-unsafe-eval/);
    guard.allowConsole('error', /WebAssembly|wasm-eval|unsafe-eval/); // Chromium's own CSP report
    // The loader preloads the stylesheet while the wasm loads; with the wasm refused,
    // no widget mounts to use it, and Chromium says so ~3 s after the load event.
    guard.allowConsole('warning', /ryggsjekk\.css was preloaded using link preload but not used/);
    const csp = STRICT_CSP(widget.url).replace(" 'wasm-unsafe-eval'", '');
    await page.goto(host.page('/clinic.html', hostPage(widget.url, { body: THREE }), { 'Content-Security-Policy': csp }));
    await expectAllFallback(page);
  });

  test.describe('a tampered wasm', () => {
    test.use({ widgetTamper: 'wasm' });
    test('is refused with a clear message and the fallback', async ({ page, guard }) => {
      guard.allowConsole('error', /^ryggsjekk: could not load .*ryggsjekk_bg\.wasm or it failed its integrity check \(expected sha384-/);
      guard.allowConsole('error', /integrity/); // Chromium's own SRI message
      await page.goto('/harness.html');
      await page.evaluate((tag) => document.querySelector('main').insertAdjacentHTML('beforeend', `<${tag} lang="nn"></${tag}>`), TAG);
      await expectFallback(page.locator(TAG), 'nn');
      const errors = guard.consoleMessages.filter((m) => m.type() === 'error' && m.text().startsWith('ryggsjekk:'));
      expect(errors).toHaveLength(1);
    });
  });

  test.describe('a tampered wasm, preloaded by the page as the snippets do', () => {
    test.use({ widgetTamper: 'wasm' });
    test('is still refused: the loader checks the integrity of the preloaded response', async ({ page, host, widget, guard }) => {
      guard.allowDocumentsFrom(host.url);
      guard.allowConsole('error', /^ryggsjekk: could not load .*ryggsjekk_bg\.wasm or it failed its integrity check \(expected sha384-/);
      guard.allowConsole('error', /integrity/); // Chromium's own SRI message
      guard.allowConsole('warning', /ryggsjekk\.css was preloaded using link preload but not used/);
      const head = `<link rel="preload" href="${widget.url}/ryggsjekk_bg.wasm" as="fetch" crossorigin="anonymous">`;
      await page.goto(host.page('/clinic.html', hostPage(widget.url, { head, body: THREE })));
      await expectAllFallback(page);
      expect(widget.log.filter((path) => path === '/ryggsjekk_bg.wasm')).toHaveLength(1);
    });
  });

  test.describe('a tampered stylesheet', () => {
    test.use({ widgetTamper: 'css' });
    test('is refused: the fallback instead of an unstyled widget', async ({ page, guard }) => {
      guard.allowConsole('error', /^ryggsjekk: could not load .*ryggsjekk\.css or it failed its integrity check/);
      guard.allowConsole('error', /integrity/);
      const widget = await page.goto('/harness.html').then(() => page.evaluate((tag) => {
        document.querySelector('main').append(document.createElement(tag));
      }, TAG)).then(() => page.locator(TAG));
      await expectFallback(widget, 'nb');
    });
  });

  test.describe('the test build (cargo feature test-panic)', () => {
    test.use({ widgetDist: PANIC_DIST });

    test('a panic at mount switches every widget to the fallback', async ({ page, guard }) => {
      guard.allowConsole('error', /^ryggsjekk: the widget stopped after an internal error \(panicked at [\s\S]*ryggsjekk test-panic: at mount/);
      await page.goto('/harness.html');
      await page.evaluate((tag) => {
        const main = document.querySelector('main');
        for (const lang of ['nb', 'nn', 'en']) {
          const el = document.createElement(tag);
          el.lang = lang;
          if (lang === 'nn') el.dataset.ryggsjekkTestPanic = 'mount';
          main.append(el);
        }
      }, TAG);
      await expectAllFallback(page);
      // A widget added afterwards shows the fallback straight away.
      await page.evaluate((tag) => document.querySelector('main').append(document.createElement(tag)), TAG);
      await expectFallback(page.locator(TAG).last(), 'nb');
    });

    test('a panic in an event handler switches every widget, no uncaught error', async ({ page, guard }) => {
      guard.allowConsole('error', /^ryggsjekk: the widget stopped after an internal error \(panicked at [\s\S]*in a click handler/);
      await page.goto('/harness.html');
      await page.evaluate(
        ({ tag, body }) => document.querySelector('main').insertAdjacentHTML('beforeend', body),
        { tag: TAG, body: `<${TAG} lang="nb"></${TAG}><${TAG} lang="nn" data-ryggsjekk-test-panic="click"></${TAG}><${TAG} lang="en"></${TAG}>` },
      );
      for (const w of await page.locator(TAG).all()) await waitForWidget(w);
      // One widget is mid-journey when another one panics.
      await start(page.locator(`${TAG}[lang="nb"]`));
      await expect(page.locator(`${TAG}[lang="nb"]`).getByRole('heading', { level: 2 })).not.toHaveText(text('nb', 'start-title'));
      await page.locator(`${TAG}[lang="nn"]`).getByRole('button', { name: text('nn', 'nav-start'), exact: true }).click();
      await expectAllFallback(page);
      // The guard (fixtures.mjs) fails the test on any uncaught page error.
    });

    test('the reload button reloads the page, which then works again', async ({ page, guard }) => {
      guard.allowConsole('error', /^ryggsjekk: the widget stopped after an internal error/);
      await page.goto('/harness.html');
      await page.evaluate((tag) => {
        const el = document.createElement(tag);
        el.dataset.ryggsjekkTestPanic = 'click';
        document.querySelector('main').append(el);
      }, TAG);
      await waitForWidget(page.locator(TAG));
      await page.locator(TAG).getByRole('button', { name: 'Start', exact: true }).click();
      await expectFallback(page.locator(TAG), 'nb');
      await Promise.all([page.waitForEvent('load'), page.locator(TAG).getByRole('button', { name: RELOAD.nb }).click()]);
      await page.evaluate((tag) => document.querySelector('main').append(document.createElement(tag)), TAG);
      await waitForWidget(page.locator(TAG));
      await expect(page.locator(TAG).getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    });
  });

  test('the release wasm has no test-panic code; the test build has', async () => {
    const exportsOf = (file) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(file))).map((e) => e.name);
    const release = exportsOf('dist/ryggsjekk_bg.wasm');
    expect(release).toContain('set_panic_handler');
    expect(release).not.toContain('ryggsjekk_test_panic_build');
    expect(readFileSync('dist/ryggsjekk_bg.wasm').includes('test-panic')).toBe(false);
    expect(readFileSync('dist/ryggsjekk.js', 'utf8')).not.toContain('ryggsjekk_test_panic_build');
    expect(exportsOf(`${PANIC_DIST}/ryggsjekk_bg.wasm`)).toContain('ryggsjekk_test_panic_build');
  });
});

test.describe('no network or storage API reachable from the wasm', () => {
  // The audit reads wasm-bindgen's original import names; what ships has short ones
  // (scripts/lib/short-imports.mjs), so it must be exactly the short version of these.
  const GLUE = 'target/ryggsjekk-web/bindgen/ryggsjekk.js';
  const WASM = 'target/ryggsjekk-web/bindgen/ryggsjekk_bg.wasm';
  test('the release wasm\'s import shims touch none of them', async () => {
    const glue = readFileSync(GLUE, 'utf8');
    const wasm = readFileSync(WASM);
    const { imports, shims, findings } = checkImports(glue, wasm);
    expect(imports).toBeGreaterThan(50);
    expect(shims).toBeGreaterThanOrEqual(imports);
    expect(findings).toEqual([]);
    // What ships is this glue and this wasm with nothing changed but the import names.
    const short = shortImports(glue, wasm);
    expect(short.names).toHaveLength(imports);
    expect(Buffer.compare(Buffer.from(short.wasm), readFileSync('dist/ryggsjekk_bg.wasm'))).toBe(0);
    expect(readFileSync('target/ryggsjekk-web/pkg/ryggsjekk.js', 'utf8')).toBe(short.glue);
    // The glue in dist/ is that glue (bundled): every short key is a shim in it.
    const bundle = readFileSync('dist/ryggsjekk.js', 'utf8');
    for (const { shortName } of short.names) expect(bundle).toMatch(new RegExp(`[{,]${shortName}:function\\(`));
  });

  test('the check finds a forbidden API when there is one', async () => {
    const glue = readFileSync(GLUE, 'utf8');
    const wasm = readFileSync(WASM);
    const name = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).find((i) => i.name.startsWith('__wbg_body_')).name;
    for (const [api, code] of [
      ['localStorage', 'const ret = arg0.localStorage;'],
      ['fetch', 'const ret = arg0.fetch(arg1);'],
      ['document.cookie', 'arg0.cookie = getStringFromWasm0(arg1, arg2);'],
      ['sendBeacon', 'arg0.sendBeacon(arg1);'],
      ['indexedDB', 'const ret = arg0.indexedDB;'],
    ]) {
      const evil = glue.replace(new RegExp(`(${name}: function\\(arg0\\) \\{)`), `$1 ${code}`);
      expect(evil).not.toBe(glue);
      expect(checkImports(evil, wasm).findings.map((f) => f.api)).toContain(api);
    }
  });
});

test.describe('strict CSP and cross-origin', () => {
  test('works under the strict CSP header, from another origin, with no violation', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    await recordViolations(page);
    const body = `<${TAG} lang="nn"><p slot="contact">Ring oss på 12 34 56 78.</p></${TAG}>`;
    const response = await page.goto(
      host.page('/clinic.html', hostPage(widget.url, { lang: 'nn', body }), { 'Content-Security-Policy': STRICT_CSP(widget.url) }),
    );
    expect(response.headers()['content-security-policy']).toBe(STRICT_CSP(widget.url));
    const w = page.locator(TAG);
    await waitForWidget(w);
    await expect(w.getByText('Ring oss på 12 34 56 78.')).toBeVisible();
    await start(w);
    await expect(w.getByRole('heading', { level: 2 })).not.toHaveText(text('nn', 'start-title'));
    await w.evaluate((el) => el.setAttribute('lang', 'en'));
    await expect(w.getByRole('button', { name: text('en', 'nav-back'), exact: true })).toBeVisible();
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    // nn and en are files of their own, fetched from the widget's origin (connect-src): nn at once, en on the switch.
    const { languages, base } = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    const texts = guard.requests.map((r) => r.url()).filter((u) => /\/texts\./.test(u));
    expect(texts).toEqual(['nn', 'en'].map((l) => `${widget.url}/${languages[l].path.slice(base.length)}`));
  });

  test('the versioned loader with integrity works under the strict CSP', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    await recordViolations(page);
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    const loader = manifest.entry.versioned;
    const sri = manifest.files.find((f) => f.path === loader).sha384;
    const html = hostPage(widget.url, { loader: '__none__' }).replace(
      `<script type="module" src="${widget.url}/__none__"></script>`,
      `<script type="module" src="${widget.url}/${loader}" integrity="${sri}" crossorigin="anonymous"></script>`,
    );
    // A second widget in nynorsk: the versioned loader fetches its texts beside it, with integrity.
    await page.goto(
      host.page('/clinic.html', html.replace('</main>', `<${TAG} lang="nn"></${TAG}></main>`), {
        'Content-Security-Policy': STRICT_CSP(widget.url),
      }),
    );
    await waitForWidget(page.locator(TAG).first());
    await expect(page.locator(`${TAG}[lang="nn"]`).getByRole('heading', { level: 2 })).toHaveText(text('nn', 'start-title'));
    const urls = guard.requests.map((r) => r.url());
    expect(urls).toContain(`${widget.url}/${manifest.base}ryggsjekk_bg.wasm`);
    expect(urls).toContain(`${widget.url}/${manifest.base}ryggsjekk.css`);
    expect(urls.filter((u) => /\/texts\./.test(u))).toEqual([`${widget.url}/${manifest.languages.nn.path}`]);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  });
});

// Without CORS the browser blocks files (failed requests), which the privacy
// guard would count as problems: these tests check requests and storage themselves.
unguarded.describe('cross-origin without CORS fails clearly', () => {
  async function noStrayRequestsOrStorage(page, context, origins) {
    const state = await context.storageState({ indexedDB: true });
    expect(state.cookies).toEqual([]);
    expect(state.origins.filter((o) => o.localStorage.length || o.indexedDB?.length)).toEqual([]);
    expect(await page.evaluate(() => [Object.keys(sessionStorage), document.cookie])).toEqual([[], '']);
    for (const url of page.__requests) expect(origins.some((o) => url.startsWith(o)), url).toBe(true);
  }

  unguarded.describe('no CORS at all', () => {
    unguarded.use({ widgetCors: 'none' });
    unguarded('the loader is blocked, so the page shows the element\'s own fallback text', async ({ page, context, host, widget }) => {
      page.__requests = [];
      page.on('request', (r) => page.__requests.push(r.url()));
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const body = `<${TAG} lang="nb"><p>Ryggsjekk kunne ikke lastes. Ring <a href="tel:113">113</a> eller legevakten på <a href="tel:116117">116 117</a>.</p></${TAG}>`;
      await page.goto(host.page('/clinic.html', hostPage(widget.url, { body })));
      await expect(page.getByRole('link', { name: '116 117' })).toBeVisible();
      await expect.poll(() => errors.join('\n')).toMatch(/CORS|Access-Control-Allow-Origin/);
      expect(await page.evaluate((tag) => !!customElements.get(tag), TAG)).toBe(false);
      await noStrayRequestsOrStorage(page, context, [host.url, widget.url]);
    });
  });

  unguarded.describe('CORS on the script only', () => {
    unguarded.use({ widgetCors: 'js' });
    unguarded('the wasm fetch is blocked: a clear message and the fallback', async ({ page, context, host, widget }) => {
      page.__requests = [];
      page.on('request', (r) => page.__requests.push(r.url()));
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(host.page('/clinic.html', hostPage(widget.url, { body: THREE })));
      await expectAllFallback(page);
      const ours = errors.filter((e) => e.startsWith('ryggsjekk:'));
      expect(ours).toHaveLength(1);
      expect(ours[0]).toMatch(/could not load .*ryggsjekk_bg\.wasm.*Access-Control-Allow-Origin/);
      await noStrayRequestsOrStorage(page, context, [host.url, widget.url]);
    });
  });
});

test.describe('a hostile host page', () => {
  const HOSTILE = `<style>
    html { font-size: 5px !important; }
    * { font-size: 5px !important; line-height: 80px !important; color: red !important; font-family: monospace !important;
        visibility: hidden !important; opacity: 0 !important; letter-spacing: 9px !important; text-transform: uppercase !important; }
    button { display: none !important; }
    ryggsjekk-widget { display: none !important; }
    main, h1 { visibility: visible !important; opacity: 1 !important; }
  </style>`;

  async function measure(w) {
    return w.evaluate((el) => {
      const root = el.shadowRoot;
      const pick = (node) => {
        const s = getComputedStyle(node);
        return {
          fontSize: s.fontSize, lineHeight: s.lineHeight, color: s.color, visibility: s.visibility, display: s.display,
          opacity: s.opacity, letterSpacing: s.letterSpacing, textTransform: s.textTransform, fontFamily: s.fontFamily,
        };
      };
      return {
        host: pick(el),
        title: pick(root.querySelector('h2')),
        button: pick(root.querySelector('button.rs-primary')),
        width: Math.round(root.querySelector('.rs').getBoundingClientRect().width),
      };
    });
  }

  test('cannot shrink, hide or restyle the widget', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    await page.goto(host.page('/clean.html', hostPage(widget.url)));
    await expect(page.locator(TAG).getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    const clean = await measure(page.locator(TAG));

    await page.goto(host.page('/hostile.html', hostPage(widget.url, { head: HOSTILE })));
    const w = page.locator(TAG);
    await expect(w.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    const hostile = await measure(w);
    expect(hostile).toEqual(clean);
    expect(parseFloat(hostile.title.fontSize)).toBeGreaterThanOrEqual(20);
    expect(hostile.width).toBeGreaterThan(500);
    await expect(w.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await start(w);
    await expect(w.getByRole('heading', { level: 2 })).not.toHaveText(text('nb', 'start-title'));
  });

  test('cannot hide or shrink the fallback either', async ({ page, host, widget, guard }) => {
    guard.allowDocumentsFrom(host.url);
    guard.allowConsole('error', /^ryggsjekk: this browser has no WebAssembly/);
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto(host.page('/hostile.html', hostPage(widget.url, { head: HOSTILE })));
    const w = page.locator(TAG);
    await expectFallback(w, 'nb');
    const size = await w.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('[data-ryggsjekk-fallback] p')).fontSize);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(16);
  });
});

test.describe('bad attributes', () => {
  // [attributes, the warning (null: none), what the widget then shows]
  const CASES = [
    [{ lang: '' }, /^ryggsjekk: unsupported lang=""/, { lang: 'nn' }],
    [{ lang: 'sv' }, /^ryggsjekk: unsupported lang="sv"/, { lang: 'nn' }],
    [{ lang: 'NN' }, null, { lang: 'nn' }],
    [{ lang: 'EN-gb' }, null, { lang: 'en' }],
    [{ lang: 'nb-NO' }, null, { lang: 'nb' }],
    [{ mode: 'banana' }, /^ryggsjekk: unknown mode="banana"; use embedded or kiosk\. Using embedded\./, { kiosk: false }],
    [{ mode: 'KIOSK' }, null, { kiosk: true }],
    [{ mode: 'kiosk', idleSeconds: '-5' }, /^ryggsjekk: idle-seconds="-5" is outside 30–3600; using 30\./, { kiosk: true }],
    [{ mode: 'kiosk', idleSeconds: '0' }, /^ryggsjekk: idle-seconds="0" is outside 30–3600; using 30\./, { kiosk: true }],
    [{ mode: 'kiosk', idleSeconds: 'soon' }, /^ryggsjekk: idle-seconds="soon" is not a whole number; using 90\./, { kiosk: true }],
    [{ mode: 'kiosk', idleSeconds: '1e3' }, /^ryggsjekk: idle-seconds="1e3" is not a whole number; using 90\./, { kiosk: true }],
    [{ mode: 'kiosk', idleSeconds: '999999999999999999999999' }, /^ryggsjekk: idle-seconds="9+" is outside 30–3600; using 3600\./, { kiosk: true }],
  ];
  for (const [attrs, warning, shows] of CASES) {
    test(`${JSON.stringify(attrs)} → ${warning ? 'one warning' : 'no warning'}, never blank`, async ({ page, guard }) => {
      if (warning) guard.allowConsole('warning', warning);
      const w = await openWidget(page, { pageLang: 'nn', ...attrs });
      const lang = shows.lang ?? 'nn';
      await expect(w.getByRole('heading', { level: 2 })).toHaveText(text(lang, 'start-title'));
      await expect(w.getByRole('button', { name: text(lang, 'nav-start'), exact: true })).toBeVisible();
      if ('kiosk' in shows) await expect(w.locator('.rs-attract')).toHaveCount(shows.kiosk ? 1 : 0);
      const warnings = guard.consoleMessages.filter((m) => m.type() === 'warning').map((m) => m.text());
      expect(warnings).toHaveLength(warning ? 1 : 0);
    });
  }

  test('attributes changed at runtime, removal and re-adding', async ({ page, guard }) => {
    guard.allowConsole('warning', /^ryggsjekk: unsupported lang="zz"/);
    guard.allowConsole('warning', /^ryggsjekk: idle-seconds="abc"/);
    const w = await openWidget(page, { lang: 'nb' });
    const title = w.getByRole('heading', { level: 2 });
    await w.evaluate((el) => el.setAttribute('lang', 'zz')); // → the page's nb, one warning
    await expect(title).toHaveText(text('nb', 'start-title'));
    await w.evaluate((el) => el.setAttribute('lang', 'en'));
    await expect(title).toHaveText(text('en', 'start-title'));
    await w.evaluate((el) => el.setAttribute('mode', 'kiosk'));
    await expect(w.locator('.rs-attract')).toHaveCount(1);
    await w.evaluate((el) => el.setAttribute('idle-seconds', 'abc'));
    await expect(w.locator('.rs-attract')).toHaveCount(1);
    await w.evaluate((el) => el.removeAttribute('mode'));
    await expect(w.locator('.rs-attract')).toHaveCount(0);
    for (let i = 0; i < 3; i++) {
      await page.evaluate((tag) => {
        const el = document.querySelector(tag);
        el.remove();
        document.querySelector('main').prepend(el);
      }, TAG);
      await waitForWidget(w);
      await expect(title).toHaveText(text('en', 'start-title'));
    }
    const warnings = guard.consoleMessages.filter((m) => m.type() === 'warning').map((m) => m.text());
    expect(warnings.filter((m) => m.includes('lang="zz"'))).toHaveLength(1);
  });

  test('20 widgets on one page are independent', async ({ page }) => {
    await page.goto('/harness.html');
    await page.evaluate((tag) => {
      const langs = ['nb', 'nn', 'en'];
      for (let i = 0; i < 20; i++) {
        const el = document.createElement(tag);
        el.lang = langs[i % 3];
        el.id = `w${i}`;
        document.querySelector('main').append(el);
      }
    }, TAG);
    const all = page.locator(TAG);
    await expect(all).toHaveCount(20);
    for (const w of await all.all()) await waitForWidget(w);
    const seventh = page.locator('#w7');
    await start(seventh);
    await expect(seventh.getByRole('heading', { level: 2 })).not.toHaveText(text('nn', 'start-title'));
    for (const [i, w] of (await all.all()).entries()) {
      if (i === 7) continue;
      await expect(w.getByRole('heading', { level: 2 })).toHaveText(text(['nb', 'nn', 'en'][i % 3], 'start-title'));
    }
  });
});

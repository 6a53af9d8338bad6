// Languages as files of their own (issue 15): bokmål is in the wasm; every
// other language's texts are a small hashed file (dist/manifest.json,
// "languages"), fetched with integrity only when a page or a patient asks for
// that language: in parallel with the wasm for the widgets on the page, on
// demand when the patient switches. A file that fails its integrity check
// leaves the widget in bokmål with a note in the language asked for, never
// blank. Every test here runs under the privacy guard of fixtures.mjs, which
// accepts only the widget's own files: the language file must be one of them.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { fallbackText, loaderData } from '../../scripts/lib/loader-data.mjs';
import { TAG, openWidget, start, answer, text, heading, waitForWidget } from './helpers.mjs';

const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
/** The language file beside the unversioned loader the test pages use. */
const textsPath = (lang) => `/${manifest.languages[lang].path.slice(manifest.base.length)}`;
/** Paths of the language files requested so far. */
const textRequests = (guard) => guard.requests.map((r) => new URL(r.url()).pathname).filter((p) => /^\/texts\./.test(p));

test('a bokmål widget fetches no language file; a nynorsk one exactly its own, with the wasm', async ({ page, guard }) => {
  const nb = await openWidget(page, { lang: 'nb' });
  await expect(heading(nb)).toHaveText(text('nb', 'start-title'));
  expect(textRequests(guard)).toEqual([]);

  // Order of the network events on a fresh page with an nn widget already in it.
  const events = [];
  page.on('request', (r) => events.push(`request ${new URL(r.url()).pathname}`));
  page.on('requestfinished', (r) => events.push(`finished ${new URL(r.url()).pathname}`));
  // The widget is in the page before the loader runs, as on a clinic's page.
  await page.addInitScript((tag) => {
    new MutationObserver((_, observer) => {
      const main = document.querySelector('main');
      if (!main) return;
      observer.disconnect();
      const element = document.createElement(tag);
      element.setAttribute('lang', 'nn');
      main.append(element);
    }).observe(document, { childList: true, subtree: true });
  }, TAG);
  await page.goto('/harness.html');
  const nn = page.locator(TAG);
  await waitForWidget(nn);
  await expect(heading(nn)).toHaveText(text('nn', 'start-title'));
  await expect(nn.locator('section')).toHaveAttribute('lang', 'nn');
  await expect(nn.locator('.rs-host')).toHaveAttribute('dir', 'ltr');
  // Fetched while the wasm is still on its way: no extra round trip after it.
  expect(events.indexOf(`request ${textsPath('nn')}`)).toBeGreaterThan(-1);
  expect(events.indexOf(`request ${textsPath('nn')}`)).toBeLessThan(events.indexOf('finished /ryggsjekk_bg.wasm'));
  // Only the widget's own files: the loader, the wasm, the stylesheet and this one language.
  const files = new Set(guard.requests.filter((r) => r.resourceType() !== 'document').map((r) => new URL(r.url()).pathname));
  expect([...files].sort()).toEqual(['/ryggsjekk.css', '/ryggsjekk.js', '/ryggsjekk_bg.wasm', textsPath('nn')].sort());
});

test('switching to a language not loaded yet keeps the answers and shows its text', async ({ page, guard }) => {
  const w = await openWidget(page, { lang: 'nb' });
  await start(w);
  await expect(heading(w)).toHaveText(text('nb', 'q-location'));
  await answer(w, text('nb', 'location-lower'));
  expect(textRequests(guard)).toEqual([]);

  // The click on «Nynorsk» → the question in nynorsk, timed in the page.
  const ms = await w.evaluate(
    (el, want) =>
      new Promise((resolve) => {
        const root = el.shadowRoot;
        const shown = () => root.querySelector('h2')?.textContent === want;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (shown()) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        [...root.querySelectorAll('button')].find((b) => b.lang === 'nn').click();
      }),
    text('nn', 'q-location'),
  );
  test.info().annotations.push({ type: 'switch to a language not loaded yet (ms)', description: ms.toFixed(1) });
  // The goal is 150 ms on a local server (scripts/bench); far below the loader's
  // 2 s wait here, so the switch waited for the file, not for a timer.
  expect(ms).toBeLessThan(1000);
  await expect(w.locator('section')).toHaveAttribute('lang', 'nn');
  await expect(w.getByRole('radio', { name: text('nn', 'location-lower'), exact: true })).toBeChecked();
  await expect(w.getByRole('button', { name: 'Nynorsk', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(textRequests(guard)).toEqual([textsPath('nn')]);

  // To English (another file) and back (no new request: loaded once per page).
  await w.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(w)).toHaveText(text('en', 'q-location'));
  await expect(w.getByRole('radio', { name: text('en', 'location-lower'), exact: true })).toBeChecked();
  await w.getByRole('button', { name: 'Nynorsk', exact: true }).click();
  await expect(heading(w)).toHaveText(text('nn', 'q-location'));
  expect(textRequests(guard)).toEqual([textsPath('nn'), textsPath('en')]);
});

test('a tampered language file: bokmål with a note in that language, never blank', async ({ page, guard }) => {
  guard.allowConsole('warning', /^ryggsjekk: could not load .*\/texts\.nn\.[0-9a-f]+\.bin .*showing bokmål instead\.$/);
  guard.allowConsole('error', /integrity/i); // Chromium's own report of the refused file
  const original = readFileSync(`dist${textsPath('nn')}`);
  const tampered = Buffer.from(original);
  tampered[tampered.length - 2] ^= 0x20; // a letter changed in the last message
  await page.route(`**${textsPath('nn')}`, (route) => route.fulfill({ contentType: 'application/octet-stream', body: tampered }));

  const w = await openWidget(page, { lang: 'nn' });
  await expect(heading(w)).toHaveText(text('nb', 'start-title'));
  await expect(w.locator('section')).toHaveAttribute('lang', 'nb');
  const note = w.getByRole('status');
  await expect(note).toHaveText(fallbackText('nn', 'fallback-lang-failed'));
  await expect(note).toHaveAttribute('lang', 'nn');
  // The widget works in bokmål…
  await start(w);
  await expect(heading(w)).toHaveText(text('nb', 'q-location'));
  await answer(w, text('nb', 'location-lower'));
  // …and another language still loads; its note is gone then, the answer kept.
  await w.getByRole('button', { name: 'English', exact: true }).click();
  await expect(heading(w)).toHaveText(text('en', 'q-location'));
  await expect(w.getByRole('radio', { name: text('en', 'location-lower'), exact: true })).toBeChecked();
  await expect(w.getByRole('status')).toHaveCount(0);
  // A second try at nynorsk does not fetch again: the note comes back at once.
  await w.getByRole('button', { name: 'Nynorsk', exact: true }).click();
  await expect(w.getByRole('status')).toHaveText(fallbackText('nn', 'fallback-lang-failed'));
  await expect(heading(w)).toHaveText(text('nb', 'q-location'));
  expect(textRequests(guard)).toEqual([textsPath('nn'), textsPath('en')]);
});

// ── Polish, Ukrainian, Arabic: unreviewed drafts (locales/languages.toml) ──────

/**
 * Each language's own name, from the hand-written test expectations of every
 * language (tests/languages/expect.rs), so a new language's expectations stay in one file.
 */
const EXPECT = Object.fromEntries(
  [...readFileSync('tests/languages/expect.rs', 'utf8').matchAll(/code: "([a-z]+)",\s*name: "([^"]+)",\s*dir: "([a-z]+)"/g)].map((m) => [m[1], [m[2], m[3]]]),
);

/** The one-line notice of an unreviewed translation, and its switch to bokmål. */
const notice = (w) => w.getByRole('note');

test('pl, uk, ar: each its own file when the element asks, with the notice; never from <html lang> alone', async ({ page, guard }) => {
  for (const [tag, lang] of [['pl-PL', 'pl'], ['ua', 'uk'], ['ar-EG', 'ar']]) {
    const w = await openWidget(page, { lang: tag });
    await expect(heading(w)).toHaveText(text(lang, 'start-title'));
    await expect(w.locator('section')).toHaveAttribute('lang', lang);
    await expect(w.locator('.rs-host')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(notice(w)).toContainText(text(lang, 'lang-unreviewed'));
    await expect(notice(w).getByRole('button', { name: text(lang, 'lang-unreviewed-switch'), exact: true })).toBeVisible();
    expect(textRequests(guard).at(-1)).toBe(textsPath(lang));
  }
  const before = textRequests(guard).length;
  // The page is in Polish, the element says nothing: bokmål, no file, no warning (the guard fails on one).
  for (const pageLang of ['pl', 'uk-UA', 'ar']) {
    const w = await openWidget(page, { pageLang });
    await expect(heading(w)).toHaveText(text('nb', 'start-title'));
    await expect(w.locator('section')).toHaveAttribute('lang', 'nb');
    await expect(notice(w)).toHaveCount(0);
  }
  expect(textRequests(guard).length).toBe(before);
  // nb, nn and en are not drafts: no notice.
  const nn = await openWidget(page, { lang: 'nn' });
  await expect(heading(nn)).toHaveText(text('nn', 'start-title'));
  await expect(notice(nn)).toHaveCount(0);
});

test('the switcher names each language in its own words, works by keyboard, and the notice goes back to bokmål with the answers', async ({ page, guard }) => {
  const w = await openWidget(page, { lang: 'nb' });
  const { LANGS } = await loaderData();
  const names = await w.getByRole('group', { name: text('nb', 'lang-switch-label'), exact: true }).getByRole('button')
    .evaluateAll((bs) => bs.map((b) => [b.textContent, b.lang, b.dir]));
  expect(Object.keys(EXPECT)).toEqual(LANGS);
  expect(names).toEqual(LANGS.map((l) => [EXPECT[l][0], l, EXPECT[l][1]]));
  await start(w);
  await answer(w, text('nb', 'location-neck'));

  // By keyboard, to a language not loaded yet.
  await w.getByRole('button', { name: 'Українська', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(w)).toHaveText(text('uk', 'q-location'));
  await expect(w.getByRole('radio', { name: text('uk', 'location-neck'), exact: true })).toBeChecked();
  await expect(notice(w)).toContainText(text('uk', 'lang-unreviewed'));
  await expect(w.getByRole('button', { name: 'Українська', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // One tap: bokmål, the same question, the answer kept, the notice gone.
  await notice(w).getByRole('button').click();
  await expect(heading(w)).toHaveText(text('nb', 'q-location'));
  await expect(w.getByRole('radio', { name: text('nb', 'location-neck'), exact: true })).toBeChecked();
  await expect(notice(w)).toHaveCount(0);

  // Arabic: right to left, the answer still there.
  await w.getByRole('button', { name: 'العربية', exact: true }).click();
  await expect(heading(w)).toHaveText(text('ar', 'q-location'));
  await expect(w.locator('.rs-host')).toHaveAttribute('dir', 'rtl');
  await expect(w.getByRole('radio', { name: text('ar', 'location-neck'), exact: true })).toBeChecked();
  expect(textRequests(guard)).toEqual([textsPath('uk'), textsPath('ar')]);
});

test('a tampered Polish file: bokmål with the note in Polish', async ({ page, guard }) => {
  guard.allowConsole('warning', /^ryggsjekk: could not load .*\/texts\.pl\.[0-9a-f]+\.bin .*showing bokmål instead\.$/);
  guard.allowConsole('error', /integrity/i);
  const tampered = Buffer.from(readFileSync(`dist${textsPath('pl')}`));
  tampered[tampered.length - 2] ^= 0x20;
  await page.route(`**${textsPath('pl')}`, (route) => route.fulfill({ contentType: 'application/octet-stream', body: tampered }));
  const w = await openWidget(page, { lang: 'pl' });
  await expect(heading(w)).toHaveText(text('nb', 'start-title'));
  await expect(w.getByRole('status')).toHaveText(fallbackText('pl', 'fallback-lang-failed'));
  await expect(w.getByRole('status')).toHaveAttribute('lang', 'pl');
  // Bokmål is reviewed: no draft notice over it.
  await expect(notice(w)).toHaveCount(0);
});

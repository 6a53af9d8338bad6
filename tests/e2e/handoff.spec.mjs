// «Ta med på mobilen» (issue 17): the QR code of handoff-url#<answers>, drawn
// by handoff-qr.js and a wasm module, both fetched (with SRI) only when the
// button is pressed; a real
// decoder (jsqr) reads the screenshot, a second browser context (the phone)
// opens the address, and shows the same result after one confirm, with the
// fragment gone from its address. Time is Playwright's fake clock, paused.
import { test, expect, withOpener } from './fixtures.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { SCREENS_DIR } from './screens.mjs';
import { btn, heading, journey, openWidget, text, walk } from './helpers.mjs';

const T0 = new Date('2026-03-02T08:00:00+01:00').getTime();
const JSQR = readFileSync('node_modules/jsqr/dist/jsQR.js', 'utf8');
const REFERRAL = journey({
  location: 'location-neck', duration: 'duration-6-weeks-3-months', activity: 'activity-no', work: 'work-full',
  thoughts: { 'thought-down': true, 'thought-worry': true },
});

async function kioskAtResult(page, { lang = 'en', idleSeconds = 3600, answers = REFERRAL, url = '/handoff.html' } = {}) {
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang, mode: 'kiosk', idleSeconds });
  await page.clock.pauseAt(T0 + 60_000);
  if (url) await widget.evaluate((el, u) => el.setAttribute('handoff-url', new URL(u, location.href).href), url);
  await walk(widget, lang, answers);
  return widget;
}

const qrImage = (widget, lang) => widget.getByRole('img', { name: text(lang, 'handoff-qr') });
/** The on-demand files (handoff-qr.js, qr.wasm), by name, in request order. */
const qrRequests = (guard) =>
  guard.requests
    .map((r) => new URL(r.url()).pathname.split('/').pop())
    .filter((name) => name === 'qr.wasm' || name === 'handoff-qr.js');

/** Reads a QR code from a PNG with jsqr, in a blank page (no CSP, no request). */
async function decodeQr(context, png) {
  const blank = await context.newPage();
  try {
    await blank.addScriptTag({ content: JSQR });
    return await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height);
      return window.jsQR(data.data, img.width, img.height)?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

/** What the result says, comparable across kiosk and phone: the headline and every section heading. */
async function resultSummary(widget) {
  return widget.evaluate((el) => {
    const r = el.shadowRoot.querySelector('.rs-result');
    // Not the handoff panel: the phone has no handoff-url of its own.
    return [...r.querySelectorAll('h2, h3, summary, .rs-now-list li')]
      .filter((e) => !e.closest('.rs-handoff'))
      .map((e) => e.textContent.trim());
  });
}

test('the QR code opens the same result on a phone, without the answers in its address', async ({ page, context, browser, guard }) => {
  const widget = await kioskAtResult(page);
  await expect(heading(widget)).toHaveText(text('en', 'headline-referral'));
  expect(qrRequests(guard), 'not on the first load').toEqual([]);
  const open = btn(widget, 'en', 'handoff-button');
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect(qrImage(widget, 'en')).toBeHidden();

  await open.click();
  await expect(qrImage(widget, 'en')).toBeVisible();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  // Said next to the code: the link holds the answers, the phone may keep it.
  await expect(widget.getByText(text('en', 'handoff-note'))).toBeVisible();
  expect(qrRequests(guard)).toEqual(['handoff-qr.js', 'qr.wasm']);

  mkdirSync(SCREENS_DIR, { recursive: true });
  const panel = widget.locator('.rs-handoff-panel');
  await panel.screenshot({ path: `${SCREENS_DIR}/handoff-qr-en.png` });
  // At phone width (an embedded widget on a phone): the code still fits.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  await expect(qrImage(widget, 'en')).toBeInViewport();
  expect(await widget.evaluate((el) => el.shadowRoot.querySelector('.rs-qr svg').getBoundingClientRect().right)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENS_DIR}/handoff-qr-390-en.png` });
  await page.setViewportSize(size);
  const png = await qrImage(widget, 'en').screenshot();
  const link = await decodeQr(context, png);
  expect(link, 'jsqr reads the code').not.toBeNull();
  const url = new URL(link);
  expect(url.origin + url.pathname).toBe(new URL('/handoff.html', page.url()).href);
  expect(url.hash).toMatch(/^#rs1~/);

  // The phone: a browser of its own.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await withOpener(phone);
  const p = await phone.newPage();
  try {
    await p.goto(link);
    const show = p.getByRole('button', { name: text('en', 'handoff-page-show') });
    await expect(show).toBeVisible();
    // Gone from the address and the history entry before anything was shown.
    expect(new URL(p.url()).hash).toBe('');
    expect(await p.evaluate(() => location.hash)).toBe('');
    await expect(p.getByRole('heading', { level: 1, name: text('en', 'handoff-page-title') })).toBeVisible();
    await show.click();
    const mobile = p.locator('ryggsjekk-widget');
    await expect(heading(mobile)).toHaveText(text('en', 'headline-referral'));
    expect(await resultSummary(mobile)).toEqual(await resultSummary(widget));
    await p.screenshot({ path: `${SCREENS_DIR}/handoff-phone-en.png`, fullPage: true });
  } finally {
    await phone.close();
  }
});

test('a handoff-qr.js that fails its integrity check is not run: no code, one warning', async ({ page, guard }) => {
  guard.allowConsole('warning', /handoff-qr\.js/);
  guard.allowConsole('error', /integrity|handoff-qr/i);
  const widget = await kioskAtResult(page, { lang: 'nb' });
  let served = 0;
  await page.route('**/handoff-qr.js', async (route) => {
    served += 1;
    const body = (await (await route.fetch()).text()) + '\n// changed';
    await route.fulfill({ status: 200, contentType: 'text/javascript', body, headers: { 'access-control-allow-origin': '*' } });
  });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await btn(widget, 'nb', 'handoff-button').click();
  await expect.poll(() => warnings.join('\n')).toContain('handoff-qr.js');
  expect(served).toBe(1);
  await expect(qrImage(widget, 'nb')).toBeHidden();
  expect(qrRequests(guard)).not.toContain('qr.wasm');
});

test('the code goes after 60 s, and on «hide»', async ({ page }) => {
  const widget = await kioskAtResult(page, { lang: 'nb' });
  await btn(widget, 'nb', 'handoff-button').click();
  await expect(qrImage(widget, 'nb')).toBeVisible();
  await page.clock.runFor(59_000);
  await expect(qrImage(widget, 'nb')).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(qrImage(widget, 'nb')).toBeHidden();
  expect(await widget.evaluate((el) => el.shadowRoot.querySelector('.rs-qr').childElementCount)).toBe(0);
  await btn(widget, 'nb', 'handoff-button').click();
  await expect(qrImage(widget, 'nb')).toBeVisible();
  await btn(widget, 'nb', 'handoff-close').click();
  await expect(qrImage(widget, 'nb')).toBeHidden();
});

test('the kiosk idle reset takes the code away with the result', async ({ page }) => {
  const widget = await kioskAtResult(page, { lang: 'nb', idleSeconds: 30 });
  await btn(widget, 'nb', 'handoff-button').click();
  await expect(qrImage(widget, 'nb')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(widget.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(btn(widget, 'nb', 'nav-start')).toBeVisible();
  await expect(widget.locator('.rs-qr')).toHaveCount(0);
});

test('no button without handoff-url, nor with a bad one (warned)', async ({ page, guard }) => {
  guard.allowConsole('warning', /handoff-url/);
  const widget = await kioskAtResult(page, { lang: 'nb', url: null });
  await expect(heading(widget)).toHaveText(text('nb', 'headline-referral'));
  await expect(btn(widget, 'nb', 'handoff-button')).toHaveCount(0);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await widget.evaluate((el) => el.setAttribute('handoff-url', 'http://klinikk.example/handoff.html'));
  await expect.poll(() => warnings.join('\n')).toContain('handoff-url');
  await expect(btn(widget, 'nb', 'handoff-button')).toHaveCount(0);
  expect(qrRequests(guard)).toEqual([]);
});

for (const [group, flag] of [['a', 'flag-a-chest-breathing'], ['b', 'flag-b-bladder-bowel']]) {
  test(`no button on an urgent ${group.toUpperCase()} result`, async ({ page, guard }) => {
    const widget = await kioskAtResult(page, { lang: 'nb', answers: journey({ [group]: flag }) });
    await expect(widget.getByText(group === 'a' ? '113' : '116 117').first()).toBeVisible();
    await expect(btn(widget, 'nb', 'handoff-button')).toHaveCount(0);
    expect(qrRequests(guard)).toEqual([]);
  });
}

for (const [name, hash, message] of [
  ['damaged', (v) => `rs1~${v}~en~1111`, 'handoff-page-damaged'],
  ['outdated', () => 'rs1~1999.1.1~en~11111111100000a', 'handoff-page-outdated'],
  ['foreign', () => 'utm=abc', 'handoff-page-damaged'],
]) {
  test(`a ${name} link gives a message and a fresh start`, async ({ page }) => {
    const version = JSON.parse(readFileSync('dist/manifest.json', 'utf8')).contentVersion;
    await page.goto(`/handoff.html#${hash(version)}`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    const lang = name === 'foreign' ? 'nb' : 'en';
    await page.getByRole('button', { name: text(lang, 'handoff-page-show') }).click();
    await expect(page.getByRole('alert')).toHaveText(text(lang, message));
    const widget = page.locator('ryggsjekk-widget');
    await expect(btn(widget, lang, 'nav-start')).toBeVisible();
  });
}

test('the hosting config sends no referrer from the handoff page', () => {
  // deploy/nginx.conf: the header on both locations (the versioned and the alias copy).
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  const locations = conf.split(/\n\s*location /).slice(1);
  expect(locations.length).toBeGreaterThanOrEqual(2);
  for (const l of locations) expect(l).toMatch(/add_header Referrer-Policy "no-referrer" always;/);
  // And the page itself says so, with a strict CSP and only its own scripts.
  const page = readFileSync(`dist/handoff.html`, 'utf8');
  expect(page).toContain('<meta name="referrer" content="no-referrer">');
  expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
  expect([...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['./handoff.js', './ryggsjekk.js']);
  expect(page).toContain('id="handoff-texts"');
});

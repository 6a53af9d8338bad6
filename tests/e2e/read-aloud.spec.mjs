// «Les opp» (issue 17): the screen is read with the browser's speech
// synthesis, only ever with an on-device voice (`localService`), since a
// network voice sends the text to a cloud service. The browser's
// speechSynthesis is replaced by a recorder (an init script) that offers the
// voices each test names and records every utterance with its voice. The
// fixture's guard checks after each test that nothing was requested or stored.
import { test, expect } from './fixtures.mjs';
import { TAG, btn, forward, heading, text, waitForWidget } from './helpers.mjs';

const LOCAL_NB = { name: 'Lokal Nora', lang: 'nb-NO', localService: true };
const CLOUD_NB = { name: 'Sky Nora', lang: 'nb-NO', localService: false };
const LOCAL_EN = { name: 'Local Daniel', lang: 'en-GB', localService: true };

/**
 * Init script: a speechSynthesis that has no voices until the test calls
 * `__voicesArrive()` (as Chromium, which lists them only after
 * `voiceschanged`), and records into `__speech`.
 */
function fakeSpeech(voices) {
  const listeners = [];
  let list = [];
  const log = [];
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => list,
    speak: (u) => log.push({ text: u.text, voice: u.voice?.name ?? null, lang: u.lang }),
    cancel: () => log.push({ cancel: true }),
    addEventListener: (type, f) => type === 'voiceschanged' && listeners.push(f),
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(t) {
      this.text = t;
      this.voice = null;
      this.lang = '';
    }
  };
  window.__speech = log;
  window.__voicesArrive = () => {
    list = voices.map((v) => ({ default: false, voiceURI: v.name, ...v }));
    for (const f of listeners) f(new Event('voiceschanged'));
  };
}

/** The harness page with one widget of `attributes`, voices offered but not yet listed. */
async function open(page, voices, attributes = {}) {
  await page.addInitScript(fakeSpeech, voices);
  await page.goto('/harness.html');
  await page.evaluate(
    ({ tag, attributes }) => {
      const element = document.createElement(tag);
      for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
      document.querySelector('main').append(element);
    },
    { tag: TAG, attributes },
  );
  const widget = page.locator(TAG);
  await waitForWidget(widget);
  return widget;
}

const spoken = (page) => page.evaluate(() => window.__speech.filter((e) => !e.cancel));
const readButton = (widget, lang = 'nb') => btn(widget, lang, 'read-aloud');

test('«Les opp» reads the screen with the local voice only, and stops when the screen changes', async ({ page }) => {
  // The network voice comes first: a loader that took the first nb voice would use it.
  const widget = await open(page, [CLOUD_NB, LOCAL_NB], { lang: 'nb' });
  await expect(readButton(widget), 'no button before the voices are listed').toHaveCount(0);
  await page.evaluate(() => window.__voicesArrive());
  await expect(readButton(widget)).toBeVisible();

  await readButton(widget).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  const start = await spoken(page);
  expect(start.map((e) => e.voice)).toEqual(start.map(() => LOCAL_NB.name));
  const said = start.map((e) => e.text).join('\n');
  expect(said).toContain(await heading(widget).innerText());
  expect(said).toContain(text('nb', 'nav-start'));
  // The controls above the screen are not part of it.
  expect(said).not.toContain(text('nb', 'read-aloud'));
  expect(said).not.toContain('Nynorsk');

  // The next screen stops the reading; pressing again reads the new screen.
  await forward(widget, 'nb', 'nav-start');
  await expect.poll(() => page.evaluate(() => window.__speech.at(-1))).toEqual({ cancel: true });
  const before = (await spoken(page)).length;
  await readButton(widget).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(before);
  const question = (await spoken(page)).slice(before);
  expect(question.map((e) => e.text).join('\n')).toContain(await heading(widget).innerText());
  expect(question.every((e) => e.voice === LOCAL_NB.name)).toBe(true);
});

test('only a network voice: no «Les opp», and nothing is spoken', async ({ page }) => {
  const widget = await open(page, [CLOUD_NB, { ...LOCAL_EN, localService: false }], { lang: 'nb' });
  await page.evaluate(() => window.__voicesArrive());
  // A new screen renders after the voices were handed over: a button would show by now.
  await forward(widget, 'nb', 'nav-start');
  await expect(widget.getByRole('button', { name: text('nb', 'read-aloud') })).toHaveCount(0);
  await widget.getByRole('button', { name: 'English', exact: true }).click();
  await expect(widget.getByRole('button', { name: text('en', 'read-aloud') })).toHaveCount(0);
  expect(await spoken(page)).toEqual([]);
});

test('a voice only for another language: the button follows the widget language', async ({ page }) => {
  const widget = await open(page, [LOCAL_EN], { lang: 'nb' });
  await page.evaluate(() => window.__voicesArrive());
  await expect(btn(widget, 'nb', 'nav-start')).toBeVisible();
  await expect(readButton(widget, 'nb')).toHaveCount(0);
  await widget.getByRole('button', { name: 'English', exact: true }).click();
  await readButton(widget, 'en').click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  const said = await spoken(page);
  expect(said.every((e) => e.voice === LOCAL_EN.name)).toBe(true);
  expect(said.map((e) => e.text).join('\n')).toContain(text('en', 'nav-start'));
});

test('kiosk: off unless the clinic sets read-aloud="on"; nonsense warns and stays off', async ({ page, guard }) => {
  guard.allowConsole('warning', /read-aloud="yes"/);
  const widget = await open(page, [LOCAL_NB], { lang: 'nb', mode: 'kiosk' });
  await page.evaluate(() => window.__voicesArrive());
  await expect(btn(widget, 'nb', 'nav-start')).toBeVisible();
  await expect(readButton(widget)).toHaveCount(0);
  await widget.evaluate((el) => el.setAttribute('read-aloud', 'yes'));
  await expect(readButton(widget)).toHaveCount(0);
  await widget.evaluate((el) => el.setAttribute('read-aloud', 'on'));
  await expect(readButton(widget)).toBeVisible();
  await widget.evaluate((el) => el.setAttribute('read-aloud', 'off'));
  await expect(readButton(widget)).toHaveCount(0);
});

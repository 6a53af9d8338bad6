// Host scripts must not read the answers (issue 14). Health portals run
// analytics autocapture, heatmaps and session replay; the widget's shadow root
// is closed, so what they see of it is the element and its size, not its text.
// These tests run WITHOUT the test opener of fixtures.mjs (closedTest): the
// widget exactly as it ships, driven through the accessibility tree (ax.mjs).
import { readFileSync } from 'node:fs';
import { closedTest, test as openTest, expect } from './fixtures.mjs';
import { withServers } from '../../scripts/lib/e2e-shared.mjs';
import { axDriver } from './ax.mjs';
import { TAG, journey, messages, text } from './helpers.mjs';

const test = withServers(closedTest);
const opened = withServers(openTest);

const RRWEB = readFileSync('node_modules/rrweb/dist/rrweb.umd.min.cjs', 'utf8');

/**
 * A busy health portal: rrweb recording in <head> before the widget, and a
 * capture-phase listener logging what composedPath() exposes of each event.
 */
function portal(widgetUrl) {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Helseportalen</title><link rel="icon" href="data:,">
<script>${RRWEB}</script>
<script>
  window.__recording = [];
  rrweb.record({ emit: (event) => window.__recording.push(event) });
  window.__paths = [];
  for (const type of ['click', 'input', 'change', 'keydown', 'pointerdown', 'focusin']) {
    addEventListener(type, (event) => {
      window.__paths.push(event.composedPath().map((n) => [n.nodeName, n.textContent ?? '', n.value ?? '',
        n.getAttribute?.('aria-label') ?? '', n.innerText ?? ''].join('|')).join(' > '));
    }, true);
  }
</script>
<script type="module" src="${widgetUrl}/ryggsjekk.js"></script></head>
<body><main><h1>Helseportalen</h1><${TAG} lang="nb"></${TAG}></main></body></html>`;
}

/** Texts of the journey the host must never see: questions, options, result (nb). */
function secrets() {
  const m = messages('nb');
  return Object.entries(m)
    .filter(([id, value]) => /^(q-|location-|flag-|radiating-|duration-|activity-|work-|headline-|thought-|section-|start-title)/.test(id) && value.length >= 8)
    .map(([, value]) => value);
}

/** A journey by mouse (through the accessibility tree) and keyboard, to the result. */
async function walkClosed(page) {
  const ax = await axDriver(page);
  const answers = journey();
  await ax.click('button', text('nb', 'nav-start'));
  for (const key of ['location', 'a', 'b', 'c', 'radiating', 'duration', 'activity', 'work']) {
    await ax.click('radio', text('nb', answers[key]));
    // The keyboard too: the radio has focus, so arrow keys move the answer and back.
    if (key === 'location') {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
    }
    await ax.click('button', text('nb', 'nav-next'));
  }
  await ax.click('button', text('nb', 'nav-see-result'));
  await expect.poll(() => ax.count('heading', text('nb', 'headline-stay-active')), { message: 'the result shows' }).toBe(1);
  return ax;
}

/** Every secret text found in the host's recording or its composedPath() log. */
async function leaks(page) {
  const { recording, paths } = await page.evaluate(() => ({ recording: JSON.stringify(window.__recording), paths: window.__paths.join('\n') }));
  expect(paths.length, 'the capture-phase listener saw the patient\'s events').toBeGreaterThan(0);
  expect(recording.length, 'rrweb recorded the page').toBeGreaterThan(1000);
  return secrets().filter((s) => recording.includes(s) || paths.includes(s));
}

test('the shipped element\'s shadow root is closed', async ({ page, host, widget, guard }) => {
  guard.allowDocumentsFrom(host.url);
  await page.goto(host.page('/portal.html', portal(widget.url)));
  const ax = await axDriver(page);
  await expect.poll(() => ax.count('button', text('nb', 'nav-start')), { message: 'the widget rendered' }).toBe(1);
  expect(await page.locator(TAG).evaluate((el) => el.shadowRoot)).toBeNull();
  // Playwright's own locators cannot reach inside either.
  await expect(page.locator(TAG).getByRole('button', { name: text('nb', 'nav-start') })).toHaveCount(0);
});

test('session replay (rrweb) and composedPath() on the host see no question, option or result', async ({ page, host, widget, guard }) => {
  guard.allowDocumentsFrom(host.url);
  await page.goto(host.page('/portal.html', portal(widget.url)));
  await walkClosed(page);
  expect(await leaks(page)).toEqual([]);
});

// The positive twin: the same portal and journey with the shadow root opened
// (as it shipped before issue 14) leaks the texts, so the check above can fail.
opened('with an open shadow root, the same recording and log do contain the texts', async ({ page, host, widget, guard }) => {
  guard.allowDocumentsFrom(host.url);
  await page.goto(host.page('/portal.html', portal(widget.url)));
  await walkClosed(page);
  const found = await leaks(page);
  expect(found).toContain(text('nb', 'headline-stay-active'));
  expect(found).toContain(text('nb', 'location-lower'));
});

// Kiosk under real conditions (issue 14): a kiosk that sleeps or is throttled
// fires far fewer ticks than seconds pass, yet must forget the patient by
// elapsed time; no escape route out of the kiosk (tel: links, context menu,
// selection callout); an opaque idle backdrop; large targets on a portrait screen.
import { test, expect } from './fixtures.mjs';
import { foldSummary, forward, heading, openWidget, option, text } from './helpers.mjs';

const T0 = new Date('2026-03-02T08:00:00+01:00').getTime();
const LIMIT = 60;
const GRACE = 30;

/** A kiosk widget (idle-seconds=60) with a paused fake clock, on its first question with one answer. */
async function answeredKiosk(page) {
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang: 'nb', mode: 'kiosk', idleSeconds: LIMIT });
  await page.clock.pauseAt(T0 + 60_000);
  await forward(widget, 'nb', 'nav-start');
  await option(widget, 'nb', 'location-neck').check();
  return widget;
}

/** The screen heading and whether any answer is checked, read in one go. */
const screen = (widget) =>
  widget.evaluate((el) => ({
    heading: el.shadowRoot.querySelector('h2')?.textContent,
    checked: el.shadowRoot.querySelectorAll('input:checked').length,
    dialog: el.shadowRoot.querySelectorAll('[role=alertdialog]').length,
  }));

test('the clock jumps five minutes (a closed lid): the answers are gone', async ({ page }) => {
  const widget = await answeredKiosk(page);
  // fastForward fires each due timer at most once, as a sleeping device does.
  await page.clock.fastForward('05:00');
  await expect(heading(widget)).toHaveText(text('nb', 'start-title'));
  await forward(widget, 'nb', 'nav-start');
  await expect(option(widget, 'nb', 'location-neck')).not.toBeChecked();
});

const WAKE = [
  ['visibilitychange', 'document'],
  ['pageshow', 'window'],
  ['focus', 'window'],
  ['resume', 'document'],
];

for (const [event, target] of WAKE) {
  test(`waking (${event}) after the deadline resets before the next task; before it, nothing changes`, async ({ page }) => {
    const widget = await answeredKiosk(page);
    /** Moves Date.now() on without firing any timer, fires the wake event, reads the screen a task later. */
    const wake = async (ms) => {
      const now = await page.evaluate(() => Date.now());
      await page.clock.setSystemTime(now + ms);
      await page.evaluate(({ event, target }) => {
        (target === 'document' ? document : window).dispatchEvent(new Event(event));
        // A MessageChannel task: not faked by the clock, so no idle tick can run meanwhile.
        return new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
      }, { event, target });
      return screen(widget);
    };
    // Positive twin: a wake event before the limit changes nothing.
    expect(await wake(10_000)).toEqual({ heading: text('nb', 'q-location'), checked: 1, dialog: 0 });
    // Past the limit, inside the grace time: the warning, counting from the real time.
    expect(await wake((LIMIT - 10 + 5) * 1000)).toEqual({ heading: text('nb', 'q-location'), checked: 1, dialog: 1 });
    await expect(widget.getByRole('alertdialog')).toContainText(`${GRACE - 5} sekunder`);
    // Past the grace time: forgotten.
    expect(await wake(GRACE * 1000)).toEqual({ heading: text('nb', 'start-title'), checked: 0, dialog: 0 });
  });
}

test('embedded mode: waking after a long time away keeps the answers', async ({ page }) => {
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang: 'nb' });
  await page.clock.pauseAt(T0 + 60_000);
  await forward(widget, 'nb', 'nav-start');
  await option(widget, 'nb', 'location-neck').check();
  await page.clock.fastForward('02:00:00');
  for (const [event, target] of WAKE) {
    await page.evaluate(({ event, target }) => (target === 'document' ? document : window).dispatchEvent(new Event(event)), { event, target });
  }
  // Positive twin of the kiosk tests above: the same wake events, nothing forgotten.
  await expect(widget.getByRole('alertdialog')).toHaveCount(0);
  expect(await screen(widget)).toEqual({ heading: text('nb', 'q-location'), checked: 1, dialog: 0 });
});

test('kiosk: no tel: link, no context menu, no selection callout; embedded keeps them', async ({ page }) => {
  for (const mode of ['kiosk', 'embedded']) {
    const widget = await openWidget(page, { lang: 'nb', mode, idleSeconds: 3600 });
    await page.evaluate(() => {
      window.__menu = [];
      addEventListener('contextmenu', (e) => window.__menu.push(e.defaultPrevented));
    });
    // A real right click (and a long press raises the same event) on an option row.
    await forward(widget, 'nb', 'nav-start');
    await option(widget, 'nb', 'location-neck').click({ button: 'right' });
    await expect.poll(() => page.evaluate(() => window.__menu)).toEqual([mode === 'kiosk']);
    // No selection either: a selected word opens a callout (search, share, translate) on touch screens.
    await expect(heading(widget)).toHaveCSS('user-select', mode === 'kiosk' ? 'none' : 'auto');
  }
});

test('kiosk: the idle backdrop is opaque, so the next patient cannot read the answers under it', async ({ page }) => {
  const widget = await answeredKiosk(page);
  await page.clock.runFor(LIMIT * 1000);
  const backdrop = widget.locator('.rs-backdrop');
  await expect(backdrop).toBeVisible();
  const alpha = await backdrop.evaluate((el) => {
    const c = getComputedStyle(el).backgroundColor;
    const m = /rgba?\(([^)]+)\)/.exec(c);
    const parts = m[1].split(',').map(Number);
    return parts.length === 4 ? parts[3] : 1;
  });
  expect(alpha).toBe(1);
  // It covers the whole viewport.
  const box = await backdrop.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
});

/** tel: links anywhere in the page: light DOM and the widget's shadow root. */
const telLinks = (page) =>
  page.evaluate(() => [document, ...[...document.querySelectorAll('ryggsjekk-widget')].map((w) => w.shadowRoot).filter(Boolean)]
    .flatMap((root) => [...root.querySelectorAll('a[href^="tel:" i]')].map((a) => a.textContent)));

test('kiosk: no tel: link in the loader\'s fallback or on embed.html?mode=kiosk; the numbers still show', async ({ page, guard }) => {
  guard.allowConsole('error', /^ryggsjekk: this browser has no WebAssembly/);
  await page.addInitScript(() => delete globalThis.WebAssembly);
  for (const [mode, links] of [['embedded', ['113', '116 117']], ['kiosk', []]]) {
    // The loader's fallback (no WebAssembly).
    await page.goto('/harness.html');
    await page.evaluate((mode) => {
      const el = document.createElement('ryggsjekk-widget');
      el.setAttribute('mode', mode);
      document.querySelector('main').append(el);
    }, mode);
    const box = page.locator('ryggsjekk-widget [data-ryggsjekk-fallback]');
    await expect(box).toBeVisible();
    await expect(box).toContainText('116 117');
    expect(await telLinks(page), `fallback, ${mode}`).toEqual(links);
    // The iframe page, whose light DOM holds the clinic-style fallback text.
    await page.goto(`/embed.html?lang=nb&mode=${mode}`);
    await expect(box).toBeVisible();
    await expect(page.locator('ryggsjekk-widget > p')).toContainText('113');
    expect(await telLinks(page), `embed.html, ${mode}`).toEqual([...links, ...links]);
  }
});

/** Every row and control the patient taps that is smaller than 44×44 CSS px. */
function smallTargets(widget) {
  return widget.evaluate((el) => {
    const small = [];
    for (const c of el.shadowRoot.querySelectorAll('button, label, a[href], summary, input, [role=button]')) {
      if (c.matches('input[type=radio]')) continue; // its whole row (the label) is the target
      const r = c.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 44 || r.height < 44) small.push(`${c.tagName.toLowerCase()} «${c.textContent.trim().slice(0, 40)}» ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  });
}

test('a portrait kiosk (1080×1920): every row the patient taps is at least 44×44 px, the idle warning too', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.clock.install({ time: T0 });
  const widget = await openWidget(page, { lang: 'nn', mode: 'kiosk', idleSeconds: 30 });
  await page.clock.pauseAt(T0 + 60_000);
  const screens = [];
  const check = async (name) => {
    screens.push(name);
    expect(await smallTargets(widget), name).toEqual([]);
  };
  await check('start');
  await forward(widget, 'nn', 'nav-start');
  for (const id of ['location-lower', 'flag-none', 'flag-none', 'flag-c-age', 'radiating-no', 'duration-under-2', 'activity-yes', 'work-working']) {
    await check(`before ${id}`);
    await option(widget, 'nn', id).check();
    await forward(widget, 'nn');
  }
  await check('thoughts');
  await forward(widget, 'nn', 'nav-see-result');
  await foldSummary(widget, 'nn', 'section-sources').click();
  await widget.getByText(text('nn', 'sources-show')).click();
  await check('result');
  await page.clock.runFor(30_000);
  await expect(widget.getByRole('alertdialog')).toBeVisible();
  await check('idle warning');
  expect(screens).toHaveLength(12);
});

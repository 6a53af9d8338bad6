// One non-urgent result in a fresh browser context, for the measuring and
// screenshot scripts beside this file (not tests): the harness page of a
// served dist/, the closed shadow root opened as the e2e fixtures do, the
// widget walked to the result named in tests/e2e/results.mjs.
import { journey, walk } from '../../tests/e2e/helpers.mjs';
import { RESULTS } from '../../tests/e2e/results.mjs';

export async function openResult(browser, base, name, lang, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, { ...init, mode: 'open' });
    };
  });
  const page = await context.newPage();
  await page.goto(`${base}/harness.html`);
  await page.evaluate((l) => {
    document.body.style.margin = '0';
    const el = document.createElement('ryggsjekk-widget');
    el.setAttribute('lang', l);
    document.querySelector('main').append(el);
  }, lang);
  const widget = page.locator('ryggsjekk-widget');
  await widget.locator('.rs-host > section').waitFor();
  await walk(widget, lang, journey(RESULTS[name]));
  return { context, page, widget };
}

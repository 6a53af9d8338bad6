// The phone script for the operator (113 / 116 117 answer in Norwegian): on an
// A screen in Polish the script shows in Polish, and beneath it the same script
// in bokmål under «Si dette på norsk:» in Polish, marked lang="nb". In bokmål
// the screen has the script once. Texts from locales/.
import { test, expect } from './fixtures.mjs';
import { expectNoA11yViolations } from './a11y.mjs';
import { heading, journey, openWidget, text, walk } from './helpers.mjs';

const A_CHEST = journey({ a: 'flag-a-chest-breathing' });
// The patient answered «Korsryggen»: the script starts with where it hurts.
const WHERE_NB = 'Jeg har vondt i ryggen.';

test('A screen in Polish: the phone script again in bokmål beneath it, marked as Norwegian', async ({ page }) => {
  const widget = await openWidget(page, { lang: 'pl' });
  await walk(widget, 'pl', A_CHEST);
  await expect(heading(widget)).toHaveText(text('pl', 'urgent-a-title'));

  const own = widget.getByRole('region', { name: text('pl', 'urgent-say-title'), exact: true }).getByRole('blockquote');
  await expect(own).toContainText(text('pl', 'say-a-chest-breathing'));

  const label = widget.getByText(text('pl', 'urgent-say-norwegian'), { exact: true });
  await expect(label).toBeVisible();
  const norwegian = widget.getByRole('blockquote').filter({ hasText: text('nb', 'say-a-chest-breathing') });
  await expect(norwegian).toBeVisible();
  await expect(norwegian).toContainText(WHERE_NB);
  await expect(norwegian).toHaveAttribute('lang', 'nb');
  // Beneath the patient's own script, the label right above the copy.
  const order = await widget.evaluate((el) => {
    const quotes = [...el.shadowRoot.querySelectorAll('blockquote')];
    const label = [...el.shadowRoot.querySelectorAll('p')].find((p) => p.nextElementSibling === quotes[1]);
    return { quotes: quotes.map((q) => q.getAttribute('lang')), labelled: Boolean(label) };
  });
  expect(order).toEqual({ quotes: [null, 'nb'], labelled: true });
  await expectNoA11yViolations(page);
});

test('A screen in bokmål: the script once, no «Si dette på norsk»', async ({ page }) => {
  const widget = await openWidget(page, { lang: 'nb' });
  await walk(widget, 'nb', A_CHEST);
  await expect(heading(widget)).toHaveText(text('nb', 'urgent-a-title'));
  await expect(widget.getByRole('blockquote')).toHaveCount(1);
  await expect(widget.getByRole('blockquote')).toContainText(text('nb', 'say-a-chest-breathing'));
  await expect(widget.getByText(text('nb', 'urgent-say-norwegian'))).toHaveCount(0);
});

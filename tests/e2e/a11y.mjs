// Accessibility checks with axe-core (WCAG 2.1 A and AA). axe scans open shadow
// roots, so the widget inside <ryggsjekk-widget> is checked with the page.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One readable block per violation: rule, impact, what to fix, and where. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const where = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
          const why = (n.failureSummary ?? '').split('\n').map((l) => `        ${l.trim()}`).join('\n');
          return `    - ${where}\n      ${n.html}\n${why}`;
        })
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/**
 * Asserts that axe finds no WCAG 2.1 A/AA violation on the page (or inside
 * `include`, a CSS selector such as 'ryggsjekk-widget').
 */
export async function expectNoA11yViolations(page, { include, exclude, disableRules = [] } = {}) {
  // preload: false: axe's preload parses the page's stylesheets by inserting <style>
  // elements, which the demo pages' strict CSP blocks (a console error, failing the
  // guard). Its only user, css-orientation-lock, could not read them under CSP anyway.
  // options() replaces the whole options object, so it must come before withTags().
  let builder = new AxeBuilder({ page }).options({ preload: false }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  if (disableRules.length) builder = builder.disableRules(disableRules);
  const { violations } = await builder.analyze();
  expect(violations.length, `axe found ${violations.length} violation(s):\n\n${formatViolations(violations)}\n`).toBe(0);
}

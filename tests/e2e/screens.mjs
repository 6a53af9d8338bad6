// Screenshots for people to look at (not compared automatically):
// test-results/screens/<name>-desktop.png and <name>-phone.png (360 px wide).
import { mkdirSync } from 'node:fs';

export const SCREENS_DIR = 'test-results/screens';
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
};

/**
 * Takes the desktop and the phone screenshot of the whole page, or of `locator`
 * only, then restores the viewport the test had.
 */
export async function screenshot(page, name, { locator } = {}) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const original = page.viewportSize();
  try {
    for (const [kind, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      const path = `${SCREENS_DIR}/${name}-${kind}.png`;
      const options = { path, animations: 'disabled', caret: 'hide' };
      if (locator) await locator.screenshot(options);
      else await page.screenshot({ ...options, fullPage: true });
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { checkA11y } from '../support';

/** Where the journey's pictures go: test-results/journey/<width>x<height>/<screen>.png. */
export const JOURNEY_SCREENS = join(__dirname, '../../../test-results/journey');

/** A typical government laptop first (the size the test runs at), then a full-HD monitor. */
export const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Two animation frames: the layout has settled after a resize. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * One main screen: axe (no serious or critical violation) at 1366x768, then a viewport
 * picture at each size (and the whole page where it scrolls, `fullPage`), back to 1366x768.
 * The page is scrolled to the top first, unless `top: false`, or to `at` (just below the
 * sticky workspace header) for a screen whose subject is further down.
 */
export async function captureScreen(
  page: Page,
  testInfo: TestInfo,
  name: string,
  opts: { fullPage?: boolean; top?: boolean; at?: Locator } = {},
): Promise<void> {
  await checkA11y(page, testInfo, `journey-${name}`);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (opts.at) {
      await opts.at.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -200);
      });
    } else if (opts.top !== false) {
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    await settle(page);
    const dir = join(JOURNEY_SCREENS, `${size.width}x${size.height}`);
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`) });
    if (opts.fullPage) await page.screenshot({ path: join(dir, `${name}-full.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
  await settle(page);
}

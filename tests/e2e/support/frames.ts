import type { FrameLocator, Page } from '@playwright/test';

/** The frame reached by descending through the iframes with these ids; the page itself for []. */
export function frameByIds(page: Page, ids: readonly string[]): Page | FrameLocator {
  let scope: Page | FrameLocator = page;
  for (const id of ids) scope = scope.frameLocator(`iframe[id="${id}"]`);
  return scope;
}

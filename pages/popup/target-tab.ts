/**
 * Which tab the popup describes: the active tab of the current window, or the tab named by `?tab=<id>`.
 * The parameter is how the popup page is opened in a tab of its own (e2e tests, a pinned popup), where the
 * active tab would be the popup itself.
 */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export interface TabLike {
  id?: number;
  url?: string;
}

/** The active tab, unless it is one of the extension's own pages (then there is nothing to describe). */
export function describableTab(active: readonly TabLike[], extensionOrigin: string): number | null {
  const tab = active[0];
  if (!tab || tab.id === undefined) return null;
  if (tab.url?.startsWith(extensionOrigin)) return null;
  return tab.id;
}

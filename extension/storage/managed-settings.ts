import { browser } from 'wxt/browser';
import { readManagedSettings, type ManagedReading } from '../../lib/settings/managed';
import { errorText } from '../../lib/error-text';

/**
 * The institution's settings from browser policy (storage.managed; docs/deploying.md). Read-only for the
 * extension. Browsers without a policy answer {} (Chrome) or throw (Firefox: "Managed storage manifest not
 * found"); both mean "the institution sets nothing".
 */
export async function readManagedArea(): Promise<ManagedReading> {
  const area = browser.storage?.managed;
  if (!area) return { managed: {}, problems: [] };
  let value: unknown;
  try {
    value = await area.get(null);
  } catch (error) {
    const text = errorText(error);
    if (/manifest not found|not supported|no managed/i.test(text)) return { managed: {}, problems: [] };
    return { managed: {}, problems: [`The institution's settings could not be read: ${text}`] };
  }
  return readManagedSettings(value);
}

/** Calls `onChange` when the policy changes (IT pushes a new one while the browser runs). */
export function watchManagedArea(onChange: () => void): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

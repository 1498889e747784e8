import { storage } from 'wxt/utils/storage';
import { isWellShapedSettings } from '../../lib/settings/settings-shape';
import { upgradeSettings } from '../../lib/settings/settings-versions';
import { SETTINGS_VERSION, type Settings } from '../../lib/settings/types';

/** Where the settings live: one versioned record in extension-local storage (not synced: profiles can be large). */
export const SETTINGS_STORAGE_KEY = 'local:settings';

/**
 * Storage migration from v1 (0.1 releases) to v2. A value that is already v2 passes through: that
 * happens when the version metadata was lost, and migrating it again would corrupt it.
 * An unreadable v1 value throws, so WXT logs the failure and leaves the stored data as it was;
 * loadSettings then falls back to defaults without overwriting it.
 */
export function migrateStoredSettingsToV2(value: unknown): Settings {
  if (isWellShapedSettings(value)) return value;
  const upgraded = upgradeSettings(value, 1, 'stored settings');
  if (!upgraded.ok) throw new Error(`Stored settings could not be updated to version 2: ${upgraded.errors.join('; ')}`);
  return upgraded.settings;
}

/**
 * Defines the storage item; migrations run when this is called. Extension code uses the shared
 * `settingsItem()`; tests create fresh items to run migrations against seeded storage.
 */
export function createSettingsItem() {
  return storage.defineItem<Settings>(SETTINGS_STORAGE_KEY, {
    version: SETTINGS_VERSION,
    migrations: { 2: migrateStoredSettingsToV2 },
  });
}

export type SettingsItem = ReturnType<typeof createSettingsItem>;

let shared: SettingsItem | undefined;

/** The item every context shares, defined on first use so importing this module touches no browser API. */
export function settingsItem(): SettingsItem {
  shared ??= createSettingsItem();
  return shared;
}

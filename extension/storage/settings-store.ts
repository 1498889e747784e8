import { createDefaultSettings } from '../../lib/settings/defaults';
import { importSettings, type ImportResult } from '../../lib/settings/import-export';
import { validateSettings } from '../../lib/settings/validate-settings';
import type { Settings } from '../../lib/settings/types';
import { settingsItem, type SettingsItem } from './settings-item';

export interface StoredSettings {
  settings: Settings;
  /** Why the stored value could not be used (defaults are returned instead); empty when it was fine or absent. */
  problems: string[];
}

/** Stored settings, or defaults when none are stored or the stored value is unusable (it is left in place). */
export async function readStoredSettings(item: SettingsItem = settingsItem()): Promise<StoredSettings> {
  return toStoredSettings(await item.getValue());
}

function toStoredSettings(value: unknown): StoredSettings {
  if (value === null || value === undefined) return { settings: createDefaultSettings(), problems: [] };
  const problems = validateSettings(value, 'stored settings');
  return problems.length === 0
    ? { settings: value as Settings, problems }
    : { settings: createDefaultSettings(), problems };
}

export async function loadSettings(item: SettingsItem = settingsItem()): Promise<Settings> {
  return (await readStoredSettings(item)).settings;
}

export type SaveResult = { ok: true } | { ok: false; errors: string[] };

/** Validates, then stores. Invalid settings are never written. */
export async function saveSettings(settings: Settings, item: SettingsItem = settingsItem()): Promise<SaveResult> {
  const errors = validateSettings(settings);
  if (errors.length > 0) return { ok: false, errors };
  await item.setValue(settings);
  return { ok: true };
}

/** Reads, changes and saves in one call, e.g. `updateSettings((s) => ({ ...s, allowLocalTags: false }))`. */
export async function updateSettings(
  change: (current: Settings) => Settings,
  item: SettingsItem = settingsItem(),
): Promise<SaveResult & { settings?: Settings }> {
  const next = change(await loadSettings(item));
  const result = await saveSettings(next, item);
  return result.ok ? { ok: true, settings: next } : result;
}

/**
 * Imports a settings file and stores it only when it is fully valid. On failure storage is not touched
 * at all, so the current settings stay exactly as they were.
 */
export async function saveImportedSettings(json: string, item: SettingsItem = settingsItem()): Promise<ImportResult> {
  const result = importSettings(json);
  if (result.ok) await item.setValue(result.settings);
  return result;
}

/** Removes the stored settings; everyone then sees the defaults. */
export async function resetSettings(item: SettingsItem = settingsItem()): Promise<void> {
  await item.removeValue();
}

/**
 * Calls `onChange` with the new settings whenever any context (options page, popup, another tab)
 * changes them, so open Alma tabs react without a reload. Returns the function that stops watching.
 */
export function watchSettings(
  onChange: (settings: Settings, problems: string[]) => void,
  item: SettingsItem = settingsItem(),
): () => void {
  return item.watch((value) => {
    const { settings, problems } = toStoredSettings(value);
    onChange(settings, problems);
  });
}

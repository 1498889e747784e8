import { createDefaultSettings } from '../../lib/settings/defaults';
import { importSettings, type ImportResult } from '../../lib/settings/import-export';
import { settingsShapeErrors } from '../../lib/settings/settings-shape';
import { validateSettings } from '../../lib/settings/validate-settings';
import { applyManaged, withoutManaged, type ManagedReading, type ManagedSettings } from '../../lib/settings/managed';
import type { Settings } from '../../lib/settings/types';
import { readManagedArea, watchManagedArea } from './managed-settings';
import { settingsItem, type SettingsItem } from './settings-item';

/**
 * Every reader gets the cataloger's settings with the institution's policy on top (lib/settings/managed.ts);
 * every writer stores only the cataloger's part.
 */
export interface StoredSettings {
  /** What applies: the cataloger's settings with the institution's on top. */
  settings: Settings;
  /** Why the stored value could not be used (defaults are returned instead); empty when it was fine or absent. */
  problems: string[];
  /** What the institution sets by policy (locked in the options page); {} without a policy. */
  managed: ManagedSettings;
  /** Parts of the policy left out because they were invalid. */
  policyProblems: string[];
}

/** Where the institution's settings come from: browser.storage.managed, or a stand-in in tests. */
export type ManagedSource = () => Promise<ManagedReading>;

/** Stored settings, or defaults when none are stored or the stored value is unusable (it is left in place). */
export async function readStoredSettings(
  item: SettingsItem = settingsItem(),
  managedSource: ManagedSource = readManagedArea,
): Promise<StoredSettings> {
  const [value, policy] = await Promise.all([item.getValue(), managedSource()]);
  return toStoredSettings(value, policy);
}

function ownSettings(value: unknown): { settings: Settings; problems: string[] } {
  if (value === null || value === undefined) return { settings: createDefaultSettings(), problems: [] };
  // Shape only: a custom rule the engine refuses is reported for that rule, not by discarding the profile.
  const problems = settingsShapeErrors(value, 'stored settings');
  return problems.length === 0
    ? { settings: value as Settings, problems }
    : { settings: createDefaultSettings(), problems };
}

function toStoredSettings(value: unknown, policy: ManagedReading): StoredSettings {
  const own = ownSettings(value);
  return {
    settings: applyManaged(own.settings, policy.managed),
    problems: own.problems,
    managed: policy.managed,
    policyProblems: policy.problems,
  };
}

export async function loadSettings(
  item: SettingsItem = settingsItem(),
  managedSource: ManagedSource = readManagedArea,
): Promise<Settings> {
  return (await readStoredSettings(item, managedSource)).settings;
}

export type SaveResult = { ok: true } | { ok: false; errors: string[] };

/**
 * Validates, then stores the cataloger's part: whatever the policy sets keeps the cataloger's earlier value
 * (so a locked field cannot be changed from any page). Invalid settings are never written.
 */
export async function saveSettings(
  settings: Settings,
  item: SettingsItem = settingsItem(),
  managedSource: ManagedSource = readManagedArea,
): Promise<SaveResult> {
  const errors = validateSettings(settings);
  if (errors.length > 0) return { ok: false, errors };
  const [value, policy] = await Promise.all([item.getValue(), managedSource()]);
  const own = withoutManaged(settings, policy.managed, ownSettings(value).settings);
  const ownErrors = validateSettings(own);
  if (ownErrors.length > 0) return { ok: false, errors: ownErrors };
  await item.setValue(own);
  return { ok: true };
}

/** Reads, changes and saves in one call, e.g. `updateSettings((s) => ({ ...s, allowLocalTags: false }))`. */
export async function updateSettings(
  change: (current: Settings) => Settings,
  item: SettingsItem = settingsItem(),
  managedSource: ManagedSource = readManagedArea,
): Promise<SaveResult & { settings?: Settings }> {
  const next = change(await loadSettings(item, managedSource));
  const result = await saveSettings(next, item, managedSource);
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
  onChange: (settings: Settings, problems: string[], stored: StoredSettings) => void,
  item: SettingsItem = settingsItem(),
  managedSource: ManagedSource = readManagedArea,
): () => void {
  let stopped = false;
  // Both the cataloger's item and the policy can change; each change re-reads both, in order of arrival.
  let latest = Promise.resolve();
  const refresh = (value?: unknown) => {
    latest = latest.then(async () => {
      const stored = toStoredSettings(value === undefined ? await item.getValue() : value, await managedSource());
      if (!stopped) onChange(stored.settings, stored.problems, stored);
    });
  };
  const stopItem = item.watch((value) => refresh(value ?? null));
  const stopManaged = watchManagedArea(() => refresh());
  return () => {
    stopped = true;
    stopItem();
    stopManaged();
  };
}

import { describeValue } from './schema';
import { isSupportedVersion, OLDEST_SETTINGS_VERSION, upgradeSettings } from './settings-versions';
import { validateSettings } from './validate-settings';
import { SETTINGS_VERSION, type Settings } from './types';
import { errorText } from '../error-text';

/** The `format` every export carries, so a foreign JSON file is recognised as such. */
export const SETTINGS_FILE_FORMAT = 'alma-cataloger-companion-settings';
/** Settings files are a few KB; anything far larger is not one and would only slow the options page down. */
export const MAX_SETTINGS_FILE_CHARS = 2_000_000;
const MAX_REPORTED_ERRORS = 50;
const FILE_KEYS = new Set(['format', 'version', 'exportedAt', 'settings']);

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  /** ISO date of the export, for the user's information only. */
  exportedAt?: string;
  settings: unknown;
}

export type ImportResult =
  | { ok: true; settings: Settings /** Version of the file before migration. */; fromVersion: number }
  | { ok: false; errors: string[] };

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (errors: string[]): ImportResult => ({
  ok: false,
  errors:
    errors.length > MAX_REPORTED_ERRORS
      ? [...errors.slice(0, MAX_REPORTED_ERRORS), `…and ${errors.length - MAX_REPORTED_ERRORS} more problems`]
      : errors,
});

function checkEnvelope(file: Record<string, unknown>): string[] {
  if (!('format' in file))
    return [
      'This is not an Alma Cataloger Companion settings file: it has no "format" field. Choose a file made with "Export settings".',
    ];
  if (file.format !== SETTINGS_FILE_FORMAT)
    return [
      `This is not an Alma Cataloger Companion settings file: its format is ${describeValue(file.format)}, expected "${SETTINGS_FILE_FORMAT}".`,
    ];
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return [`file.version: expected a whole version number, got ${describeValue(version)}.`];
  if (version > SETTINGS_VERSION)
    return [
      `The file has settings version ${version}, made by a newer release of the extension; this release reads versions ${OLDEST_SETTINGS_VERSION} to ${SETTINGS_VERSION}. Update the extension, then import again.`,
    ];
  if (!isSupportedVersion(version))
    return [
      `The file has settings version ${version}, which no release used; supported versions are ${OLDEST_SETTINGS_VERSION} to ${SETTINGS_VERSION}.`,
    ];
  const errors: string[] = [];
  for (const key of Object.keys(file))
    if (!FILE_KEYS.has(key)) errors.push(`file.${key}: unknown field in a settings file; remove it.`);
  if ('exportedAt' in file && typeof file.exportedAt !== 'string')
    errors.push(`file.exportedAt: expected a date as text, got ${describeValue(file.exportedAt)}.`);
  if (!('settings' in file)) errors.push('file.settings: is missing; the file has no settings to import.');
  return errors;
}

/**
 * Reads an exported settings file: checks it thoroughly, then migrates it to the current version.
 * Pure: it never touches storage, so a failed import cannot change the stored settings.
 */
export function importSettings(json: string): ImportResult {
  if (typeof json !== 'string') return fail(['Expected the text of a settings file.']);
  if (json.length > MAX_SETTINGS_FILE_CHARS)
    return fail([
      `The file is ${Math.round(json.length / 1024)} KB; settings files are far smaller, so this is probably not one.`,
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const reason = errorText(error);
    return fail([
      `The file is not valid JSON (${reason}). Export the settings again, or fix the file in a text editor.`,
    ]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return fail([
      `This is not an Alma Cataloger Companion settings file: it contains ${describeValue(parsed)}, not a settings object.`,
    ]);
  const file = parsed as Record<string, unknown>;
  const envelopeErrors = checkEnvelope(file);
  if (envelopeErrors.length > 0) return fail(envelopeErrors);

  const version = file.version as number;
  const settings = file.settings as Record<string, unknown> | undefined;
  if (settings && typeof settings === 'object' && 'version' in settings && settings.version !== version)
    return fail([
      `settings.version: the file says version ${version} but its settings say ${describeValue(settings.version)}; they must agree.`,
    ]);
  const upgraded = upgradeSettings(settings, version, 'settings', validateSettings);
  return upgraded.ok ? { ok: true, settings: upgraded.settings, fromVersion: version } : fail(upgraded.errors);
}

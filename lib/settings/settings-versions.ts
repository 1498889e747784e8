import { validate, type Schema } from './schema';
import { settingsShapeErrors } from './settings-shape';
import { settingsSchemaV1, migrateSettingsV1ToV2, type SettingsV1 } from './settings-v1';
import { settingsSchemaV2 } from './settings-schema';
import { SETTINGS_VERSION, type Settings } from './types';

/**
 * Every settings version this build can read: its schema and the step to the next version.
 * Adding v3: add its schema here, give v2 a `toNext`, bump SETTINGS_VERSION, and add the step to
 * the storage item's migrations (extension/storage/settings-item.ts uses `migrateSettings`).
 */
export const SETTINGS_VERSIONS: Record<number, { schema: Schema; toNext?: (value: never) => unknown }> = {
  1: { schema: settingsSchemaV1, toNext: (value: SettingsV1) => migrateSettingsV1ToV2(value) },
  2: { schema: settingsSchemaV2 },
};

export const OLDEST_SETTINGS_VERSION = 1;

export function isSupportedVersion(version: unknown): version is number {
  return typeof version === 'number' && Object.hasOwn(SETTINGS_VERSIONS, version) && version <= SETTINGS_VERSION;
}

/** Runs the migration steps from `fromVersion` to the current version. The value must fit `fromVersion`'s schema. */
export function migrateSettings(value: unknown, fromVersion: number): Settings {
  let current = value;
  for (let version = fromVersion; version < SETTINGS_VERSION; version++) {
    const step = SETTINGS_VERSIONS[version]?.toNext;
    if (!step) throw new Error(`No migration from settings version ${version} to ${version + 1}`);
    current = step(current as never);
  }
  return current as Settings;
}

export type UpgradeResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Checks a value against its version's schema, migrates it to the current version and checks the
 * result. Used by file import and by the storage item's migration, so both accept exactly the same data.
 */
/**
 * Upgrades settings of an older version and checks the result: by default its shape (reading stored settings);
 * an import passes validateSettings, which also compiles the custom rules' patterns.
 */
export function upgradeSettings(
  value: unknown,
  fromVersion: number,
  path = 'settings',
  check: (settings: unknown, path: string) => string[] = settingsShapeErrors,
): UpgradeResult {
  if (!isSupportedVersion(fromVersion))
    return {
      ok: false,
      errors: [
        `${path}: settings version ${String(fromVersion)} is not supported (${OLDEST_SETTINGS_VERSION} to ${SETTINGS_VERSION} are)`,
      ],
    };
  const schemaErrors = validate(SETTINGS_VERSIONS[fromVersion]!.schema, value, path);
  if (schemaErrors.length > 0) return { ok: false, errors: schemaErrors };
  const migrated = migrateSettings(value, fromVersion);
  const errors = check(migrated, path);
  if (errors.length === 0) return { ok: true, settings: migrated };
  const note = fromVersion === SETTINGS_VERSION ? '' : ` (after updating from version ${fromVersion})`;
  return { ok: false, errors: errors.map((error) => error + note) };
}

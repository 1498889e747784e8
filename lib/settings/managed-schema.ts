import type { JsonSchema } from './schema';
import { settingsSchemaV2 } from './settings-schema';

/** The objects whose fields a policy may set one by one (lib/settings/managed.ts); lists keep their item shapes. */
const PIECEWISE = ['profile', 'rules', 'ui'] as const;

/**
 * The manifest's storage.managed_schema: the settings shape (lib/settings/settings-schema.ts) with every
 * top-level setting, and every field of the profile, rules and preferences, optional. Written to
 * public/managed-schema.json by scripts/gen-managed-schema.ts; a unit test keeps the file in step.
 */
export function managedJsonSchema(): JsonSchema {
  const settings = JSON.parse(JSON.stringify(settingsSchemaV2.json)) as JsonSchema;
  const properties = settings.properties!;
  for (const key of PIECEWISE) delete properties[key]!.required;
  properties.version!.description = 'Optional; when given it must be the settings version of an export (2).';
  return {
    type: 'object',
    description:
      "Alma Cataloger Companion settings set by the institution. Each value set here overrides the cataloger's own and is locked in the options page; see docs/deploying.md.",
    properties,
  };
}

/** The file text, as the generator writes it. */
export function managedSchemaFileText(): string {
  return `${JSON.stringify(managedJsonSchema(), null, 2)}\n`;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedJsonSchema } from '../../../lib/settings/managed-schema';
import type { JsonSchema } from '../../../lib/settings/schema';

/** Chrome's policy schema parser refuses a schema with keywords it does not know: keep to its subset. */
const CHROME_KEYWORDS = new Set([
  'type',
  'description',
  'enum',
  'minimum',
  'maximum',
  'items',
  'properties',
  'required',
  'additionalProperties',
]);

function keywordsOf(schema: JsonSchema, found = new Set<string>()): Set<string> {
  for (const key of Object.keys(schema)) found.add(key);
  if (schema.items) keywordsOf(schema.items, found);
  if (schema.additionalProperties) keywordsOf(schema.additionalProperties, found);
  for (const child of Object.values(schema.properties ?? {})) keywordsOf(child, found);
  return found;
}

describe('storage.managed_schema (public/managed-schema.json)', () => {
  it('is up to date with the settings schema (regenerate: npx tsx scripts/gen-managed-schema.ts)', () => {
    expect(JSON.parse(readFileSync('public/managed-schema.json', 'utf8'))).toEqual(managedJsonSchema());
  });

  it('lets a policy set any piece alone: nothing required at the top or in profile, rules and ui', () => {
    const schema = managedJsonSchema();
    expect(schema.required).toBeUndefined();
    for (const key of ['profile', 'rules', 'ui']) expect(schema.properties![key]!.required).toBeUndefined();
    // List entries stay whole: a custom rule without its pattern is no rule.
    expect(schema.properties!.customRules!.items!.required).toContain('pattern');
  });

  it('names every setting and uses only keywords Chrome accepts', () => {
    const schema = managedJsonSchema();
    expect(Object.keys(schema.properties!).sort()).toEqual(
      [
        'allowLocalTags',
        'customChecklistSteps',
        'customDocuments',
        'customRules',
        'profile',
        'rules',
        'ui',
        'version',
      ].sort(),
    );
    expect(schema.properties!.rules!.properties!.severity!.additionalProperties!.enum).toEqual([
      'error',
      'warning',
      'info',
    ]);
    expect([...keywordsOf(schema)].filter((key) => !CHROME_KEYWORDS.has(key))).toEqual([]);
  });
});

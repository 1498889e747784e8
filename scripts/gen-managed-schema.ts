/**
 * Writes public/managed-schema.json (the manifest's storage.managed_schema) from the settings schema, formatted
 * as biome formats JSON. Run after changing lib/settings/settings-schema.ts: `npx tsx scripts/gen-managed-schema.ts`;
 * tests/unit/settings/managed-schema.test.ts fails while the file is out of date.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { managedSchemaFileText } from '../lib/settings/managed-schema';

const FILE = 'public/managed-schema.json';
writeFileSync(FILE, managedSchemaFileText());
execFileSync(process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'format', '--write', FILE], {
  stdio: 'inherit',
});
console.log(FILE);

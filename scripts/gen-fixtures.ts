/**
 * Generates the Alma-like fixture pages in tests/fixtures/alma from the MARC records in tests/fixtures/marc,
 * plus fixtures.json (what content/alma should read in each frame) and index.html.
 * Run: `npx tsx scripts/gen-fixtures.ts`. Deterministic: running it twice gives identical files, and
 * tests/unit/content/alma/fixtures-up-to-date.test.ts fails when the committed pages differ from what it builds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './gen-fixtures/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const marcDir = join(root, 'tests/fixtures/marc');
const outDir = join(root, 'tests/fixtures/alma');

const { files, manifest } = buildFixtures(marcDir);
for (const [path, content] of files) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), content);
}
writeFileSync(join(outDir, 'fixtures.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Wrote ${files.size} pages and fixtures.json (${manifest.length} fixtures) to ${outDir}`);

/**
 * Writes docs/procedures.md from the procedure catalog. Run after changing lib/procedures/catalog:
 * `npx tsx scripts/gen-procedures-doc.ts`; tests/unit/procedures/procedures-doc.test.ts fails while the file is
 * out of date.
 */
import { writeFileSync } from 'node:fs';
import { proceduresDocText } from '../lib/procedures/procedures-doc';

const FILE = 'docs/procedures.md';
writeFileSync(FILE, proceduresDocText());
console.log(FILE);

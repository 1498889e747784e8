import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedureCatalog } from '../../../lib/procedures/catalog';
import { proceduresDocText } from '../../../lib/procedures/procedures-doc';

const ROOT = join(__dirname, '../../..');

describe('docs/procedures.md', () => {
  it('is the catalog as it is now (npx tsx scripts/gen-procedures-doc.ts rewrites it)', () => {
    expect(readFileSync(join(ROOT, 'docs/procedures.md'), 'utf8')).toBe(proceduresDocText());
  });

  it('gives every procedure its section, its source and every step', () => {
    const text = proceduresDocText();
    for (const procedure of procedureCatalog) {
      expect(text).toContain(`## ${procedure.title}\n`);
      expect(text).toContain(`<${procedure.defaultUrl}>`);
      for (const step of procedure.steps) expect(text).toContain(step.text);
    }
  });
});

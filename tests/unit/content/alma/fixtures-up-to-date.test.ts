import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtures } from '../../../../scripts/gen-fixtures/build';
import { ALMA_FIXTURES, MARC_FIXTURES } from './helpers/fixtures';

describe('committed fixtures match the generator (run `npx tsx scripts/gen-fixtures.ts` after changing it)', () => {
  const built = buildFixtures(MARC_FIXTURES);

  it.each([...built.files.keys()])('%s', (path) => {
    expect(readFileSync(join(ALMA_FIXTURES, path), 'utf8')).toBe(built.files.get(path));
  });

  it('fixtures.json', () => {
    expect(JSON.parse(readFileSync(join(ALMA_FIXTURES, 'fixtures.json'), 'utf8'))).toEqual(built.manifest);
  });

  it('every manifest path is a generated page', () => {
    for (const entry of built.manifest) expect(built.files.has(entry.path), entry.path).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIso2709 } from '../../../../lib/marc/iso2709';
import { validateRecord } from '../../../../lib/rules/engine';
import { definitionRules } from '../../../../lib/rules/definitions';
import { structureRules } from '../../../../lib/rules/structure';
import type { Finding } from '../../../../lib/rules/types';
import { bookRecord, holdingsRecord } from './build-record';

const rules = [...structureRules, ...definitionRules];

describe('structure and definition rules on clean records', () => {
  it('find nothing in the clean book and holdings records the tests start from', () => {
    expect(validateRecord(bookRecord(), 'bib', { rules })).toEqual([]);
    expect(validateRecord(holdingsRecord(), 'holdings', { rules })).toEqual([]);
  });

  it('find no errors in 100 LC records, only a few warnings of known kinds', () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, '../../../fixtures/marc/lc-BooksAll.2014.part01-0001.mrc')),
    );
    const findings: Finding[] = [];
    let records = 0;
    for (const result of readIso2709(bytes)) {
      if (!result.record) continue;
      records++;
      findings.push(...validateRecord(result.record, 'bib', { rules }));
    }
    expect(records).toBe(100);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // What these old LC records really contain: 440s, obsolete indicators (082 blank, 700 "2"), "_" in 007/02.
    const kinds = new Set(findings.map((f) => f.ruleId));
    expect([...kinds].sort()).toEqual([
      'fixed-field-obsolete-code',
      'fixed-field-undefined-position',
      'obsolete-field',
      'obsolete-indicator',
      'subfield-whitespace',
    ]);
    expect(findings.length).toBeLessThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import { titleRequired } from '../../../../lib/rules/fields/title-required';
import { places, run } from '../helpers';

describe('title-required', () => {
  it('accepts a 245 with $a, or with $k only (collections)', () => {
    expect(run(titleRequired, ['245 10 $aEmma.'])).toEqual([]);
    expect(run(titleRequired, ['245 00 $kPapers,$f1920-1950.'])).toEqual([]);
  });

  it('reports a record without 245 under tag 245', () => {
    const findings = run(titleRequired, ['100 1# $aAusten, Jane.']);
    expect(places(findings)).toEqual([{ ruleId: 'title-required', tag: '245' }]);
    expect(findings[0]!.severity).toBe('error');
  });

  it('reports a 245 with neither $a nor $k', () => {
    expect(places(run(titleRequired, ['245 10 $bsubtitle.']))).toEqual([
      { ruleId: 'title-required', tag: '245', occurrence: 0, code: 'a' },
    ]);
  });

  it('belongs to the OCLC profile', () => {
    expect(titleRequired.profiles).toEqual(['all', 'oclc']);
  });
});

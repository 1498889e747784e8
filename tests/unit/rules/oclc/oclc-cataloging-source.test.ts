import { describe, expect, it } from 'vitest';
import { oclcCatalogingSource } from '../../../../lib/rules/oclc/oclc-cataloging-source';
import { places, run } from '../helpers';

const rule = oclcCatalogingSource;

describe('oclc-cataloging-source', () => {
  it('accepts 040 with $a and $c', () => {
    expect(run(rule, ['040 ## $aDLC$beng$cDLC'])).toEqual([]);
  });

  it('reports a missing 040 under tag 040', () => {
    const findings = run(rule, ['245 10 $aEmma.']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '040' }]);
    expect(findings[0]!.severity).toBe('error');
  });

  it('reports missing $a and $c separately', () => {
    expect(places(run(rule, ['040 ## $beng']))).toEqual([
      { ruleId: rule.id, tag: '040', occurrence: 0, code: 'a' },
      { ruleId: rule.id, tag: '040', occurrence: 0, code: 'c' },
    ]);
  });

  it('is part of the OCLC rule set', () => {
    expect(rule.profiles).toContain('oclc');
    expect(rule.origin).toBe('oclc');
  });
});

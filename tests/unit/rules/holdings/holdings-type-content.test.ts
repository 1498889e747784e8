import { describe, expect, it } from 'vitest';
import { holdingsTypeContent } from '../../../../lib/rules/holdings/holdings-type-content';
import { places, run } from '../helpers';

const SINGLE = '00000nx  a2200000un 4500';
const SERIAL = '00000ny  a2200000un 4500';

describe('holdings-type-content', () => {
  it('accepts single-part holdings without parts, and serial holdings with captions', () => {
    expect(run(holdingsTypeContent, ['852 0# $bMAIN$cSTACKS'], SINGLE, 'holdings')).toEqual([]);
    expect(run(holdingsTypeContent, ['853 20 $81$av.$i(year)', '863 40 $81.1$a1$i2001'], SERIAL, 'holdings')).toEqual(
      [],
    );
  });

  it('flags single-part holdings that carry captions or enumeration', () => {
    const findings = run(holdingsTypeContent, ['852 0# $bMAIN$cSTACKS', '863 40 $81.1$a1'], SINGLE, 'holdings');
    expect(places(findings)).toEqual([{ ruleId: 'holdings-type-content', tag: 'LDR' }]);
    expect(findings[0]!.position).toEqual([6, 7]);
    expect(findings[0]!.message).toContain('863');
  });
});

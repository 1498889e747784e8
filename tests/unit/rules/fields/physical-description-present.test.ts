import { describe, expect, it } from 'vitest';
import { physicalDescriptionPresent } from '../../../../lib/rules/fields/physical-description-present';
import { places, run } from '../helpers';

describe('physical-description-present', () => {
  it('accepts a record with 300', () => {
    expect(run(physicalDescriptionPresent, ['245 10 $aEmma.', '300 ## $a474 pages ;$c18 cm'])).toEqual([]);
  });

  it('reports a missing 300 under tag 300', () => {
    expect(places(run(physicalDescriptionPresent, ['245 10 $aEmma.']))).toEqual([
      { ruleId: 'physical-description-present', tag: '300' },
    ]);
  });

  // bd008 (008/06 c: continuing resource currently published; Date 2 9999) and bd300: an ongoing serial has no
  // final extent, and CONSER/RDA practice gives no 300 for it.
  it('does not ask for 300 on a resource still being issued', () => {
    const serial = '00000nas a2200000 i 4500';
    const ongoing = '008 050101c20059999nyuqr p       0   a0eng d';
    expect(run(physicalDescriptionPresent, [ongoing, '245 00 $aJournal of library metadata.'], serial)).toEqual([]);
    const unknown = '008 050101u2005uuuunyuqr p       0   a0eng d';
    expect(run(physicalDescriptionPresent, [unknown, '245 00 $aJournal.'], serial)).toEqual([]);
    const multipartInProgress = '008 950505m19939999nyu           000 0 eng d';
    expect(run(physicalDescriptionPresent, [multipartInProgress, '245 00 $aHistory.'])).toEqual([]);
  });

  it('still asks for 300 on a ceased serial and on a finished monograph', () => {
    const serial = '00000nas a2200000 i 4500';
    const ceased = '008 050101d20052010nyuqr p       0   a0eng d';
    expect(run(physicalDescriptionPresent, [ceased, '245 00 $aJournal.'], serial)).toHaveLength(1);
    const monograph = '008 950505s1993    nyu           000 0 eng d';
    expect(run(physicalDescriptionPresent, [monograph, '245 00 $aHistory.'])).toHaveLength(1);
  });
});

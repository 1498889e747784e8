import { describe, expect, it } from 'vitest';
import { rdaContentCarrier } from '../../../../lib/rules/fields/rda-content-carrier';
import { places, run } from '../helpers';

const RDA_040 = '040 ## $aDLC$beng$erda$cDLC';

describe('rda-content-carrier', () => {
  it('accepts an RDA record with 336, 337 and 338, and ignores non-RDA records', () => {
    expect(
      run(rdaContentCarrier, [
        RDA_040,
        '336 ## $atext$btxt$2rdacontent',
        '337 ## $aunmediated$bn$2rdamedia',
        '338 ## $avolume$bnc$2rdacarrier',
      ]),
    ).toEqual([]);
    expect(run(rdaContentCarrier, ['040 ## $aDLC$cDLC'])).toEqual([]);
  });

  it('reports each missing type under its tag', () => {
    expect(places(run(rdaContentCarrier, [RDA_040, '336 ## $atext$btxt$2rdacontent']))).toEqual([
      { ruleId: 'rda-content-carrier', tag: '337' },
      { ruleId: 'rda-content-carrier', tag: '338' },
    ]);
  });
});

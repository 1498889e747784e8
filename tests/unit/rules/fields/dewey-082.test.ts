import { describe, expect, it } from 'vitest';
import { dewey082 } from '../../../../lib/rules/fields/dewey-082';
import { places, run } from '../helpers';

const rule = dewey082;

describe('dewey-082', () => {
  it('accepts a well-formed number with its edition (also WebDewey style)', () => {
    expect(run(rule, ['082 04 $a823/.7$223', '082 14 $a025.3$215', '082 04 $a813$223/eng/20230101'])).toEqual([]);
  });

  it('flags a missing decimal point', () => {
    expect(places(run(rule, ['082 04 $a8237$223']))).toEqual([
      { ruleId: rule.id, tag: '082', occurrence: 0, code: 'a' },
    ]);
  });

  it('flags a missing, non-numeric or future edition', () => {
    expect(places(run(rule, ['082 04 $a823.7']))).toEqual([{ ruleId: rule.id, tag: '082', occurrence: 0, code: '2' }]);
    expect(run(rule, ['082 04 $a823.7$2ed23'])[0]!.message).toContain('not an edition number');
    expect(run(rule, ['082 14 $a823.7$219'])[0]!.message).toContain('latest abridged edition (15)');
    expect(run(rule, ['082 04 $a823.7$225'])[0]!.message).toContain('latest full edition (23)');
  });
  it('accepts first indicator 7 with the edition named in $2, and still needs $2 there', () => {
    expect(run(dewey082, ['082 74 $a943.087$qDE-101$222sdnb'])).toEqual([]);
    expect(run(dewey082, ['082 74 $a943.087$qDE-101'])).toHaveLength(1);
  });

  // bd082: first indicator blank is obsolete (082s from before the edition was recorded); obsolete-indicator
  // reports the field, so the missing $2 is not reported a second time.
  it('does not ask for $2 in an 082 with the obsolete blank first indicator', () => {
    expect(run(dewey082, ['082 ## $a813.49'])).toEqual([]);
    expect(run(dewey082, ['082 0# $a813.49'])).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { backtrackingRisk } from '../../../lib/settings/pattern-risk';
import { GENERIC_PROFILE } from '../../../lib/settings/profile';
import { UC_BERKELEY_PROFILE } from '../../../lib/settings/presets';

/** Issue 15: profile patterns run on the browser's backtracking engine, so exponential shapes are refused. */
describe('backtrackingRisk', () => {
  it.each(['^(a+)+$', '(\\d*)*x', '^(a|ab)*c', '(?:x+y?)+', '^([a-z]+\\d)*$', '(a{2,})+', '((ab)+)*', '(a?){30}'])(
    'refuses %s (a repeated group that repeats or has alternatives)',
    (pattern) => {
      expect(backtrackingRisk(pattern)).toMatch(/repeats a group/);
    },
  );

  it('refuses backreferences and lookarounds', () => {
    expect(backtrackingRisk('(a)\\1')).toMatch(/backreference/);
    expect(backtrackingRisk('(?<x>a)\\k<x>')).toMatch(/backreference/);
    expect(backtrackingRisk('^(?=31)\\d+$')).toMatch(/lookahead/);
    expect(backtrackingRisk('(?<!x)zw$')).toMatch(/lookahead/);
  });

  it.each([
    '^[a-z]{0,2}zw$',
    '^v\\.\\s?\\d+',
    '^\\d{14}$',
    '^(31|32)\\d{12}$',
    '(ab)+',
    '(?:ab){1}c+',
    '[(+*)]+',
    '\\(a+\\)+',
    'NRLF',
    'a{1}(b+)?',
  ])('allows %s', (pattern) => {
    expect(backtrackingRisk(pattern)).toBeNull();
  });

  it("allows every shipped profile's patterns", () => {
    for (const profile of [GENERIC_PROFILE, UC_BERKELEY_PROFILE]) {
      for (const pattern of [
        profile.withdrawnLocationPattern,
        profile.barcodePattern,
        profile.mvmDescriptionPattern,
        profile.depositWorkOrderPattern ?? '',
      ])
        expect(backtrackingRisk(pattern), pattern).toBeNull();
    }
  });
});

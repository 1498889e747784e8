import { describe, expect, it } from 'vitest';
import { fieldFingerprint, findingIdentity } from '../../../../content/live/finding-identity';
import type { Field } from '../../../../lib/marc/types';
import type { Finding } from '../../../../lib/rules/types';

const field = (text: string): Field => ({ tag: '650', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: text }] });
const finding = (extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'r',
  severity: 'error',
  message: 'Field 650 (occurrence 1) is wrong.',
  tag: '650',
  code: 'a',
  ...extra,
});

describe('findingIdentity', () => {
  it('ignores where the field is (occurrence, field index, subfield position) and the message that quotes it', () => {
    const a = findingIdentity(finding({ occurrence: 0, fieldIndex: 3, subfieldIndex: 0 }), field('x'));
    const moved = findingIdentity(
      finding({ occurrence: 2, fieldIndex: 9, subfieldIndex: 1, message: 'Field 650 (occurrence 3) is wrong.' }),
      field('x'),
    );
    expect(moved).toEqual(a);
  });

  it('tells apart rule, tag, indicator, subfield code, fixed-field position and item field', () => {
    const base = findingIdentity(finding()).weak;
    for (const change of [
      { ruleId: 's' },
      { tag: '651' },
      { indicator: 1 as const },
      { code: 'x' },
      { position: [5, 6] as [number, number] },
    ]) {
      expect(findingIdentity(finding(change)).weak).not.toBe(base);
    }
    expect(findingIdentity({ ruleId: 'i', severity: 'info', message: 'm', itemField: 'barcode' }).weak).not.toBe(
      findingIdentity({ ruleId: 'i', severity: 'info', message: 'm', itemField: 'copyId' }).weak,
    );
  });

  it('keeps the field content in the strong identity only', () => {
    const before = findingIdentity(finding(), field('old'));
    const after = findingIdentity(finding(), field('new'));
    expect(after.weak).toBe(before.weak);
    expect(after.strong).not.toBe(before.strong);
  });

  it('uses the message for whole-record findings, which have nothing else to go by', () => {
    const one = findingIdentity({ ruleId: 'r', severity: 'warning', message: 'No 040.' });
    const other = findingIdentity({ ruleId: 'r', severity: 'warning', message: 'No 245.' });
    expect(one.weak).not.toBe(other.weak);
  });
});

describe('fieldFingerprint', () => {
  it('covers indicators, codes and values of a data field, and the value of a control field', () => {
    expect(fieldFingerprint(field('a'))).not.toBe(fieldFingerprint({ ...field('a'), ind1: '1' } as Field));
    expect(fieldFingerprint({ tag: '650', ind1: ' ', ind2: '0', subfields: [{ code: 'b', value: 'a' }] })).not.toBe(
      fieldFingerprint(field('a')),
    );
    expect(fieldFingerprint({ tag: '001', value: '123' })).toBe('123');
    expect(fieldFingerprint(undefined)).toBe('');
  });
});

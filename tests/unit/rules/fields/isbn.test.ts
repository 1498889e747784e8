import { describe, expect, it } from 'vitest';
import { isbn } from '../../../../lib/rules/fields/isbn';
import { applyFix, contextFor, fixedField, places, record, run } from '../helpers';

const at = (code: string) => ({ ruleId: 'isbn', tag: '020', occurrence: 0, code });

describe('isbn', () => {
  it('accepts valid ISBN-10 and ISBN-13 with a spaced qualifier', () => {
    expect(run(isbn, ['020 ## $a0306406152 (pbk.)', '020 ## $a9780306406157$qhardcover'])).toEqual([]);
  });

  it('flags hyphens as MARC::Lint does and fixes them when the number is valid', () => {
    const rec = record(['020 ## $a0-306-40615-2 (pbk.)']);
    const findings = isbn.check(contextFor(rec));
    expect(places(findings)).toEqual([at('a')]);
    expect(fixedField(findings[0])).toEqual({
      tag: '020',
      ind1: ' ',
      ind2: ' ',
      subfields: [{ code: 'a', value: '0306406152 (pbk.)' }],
    });
    expect(isbn.check(contextFor(applyFix(rec, findings[0])))).toEqual([]);
  });

  it('fixes a trailing X group, spaces inside the number and an "ISBN" label', () => {
    expect(fixedField(run(isbn, ['020 ## $a0-8044-2957-X'])[0])).toMatchObject({
      subfields: [{ code: 'a', value: '080442957X' }],
    });
    expect(fixedField(run(isbn, ['020 ## $a978 0 306 40615 7'])[0])).toMatchObject({
      subfields: [{ code: 'a', value: '9780306406157' }],
    });
    expect(fixedField(run(isbn, ['020 ## $aISBN 0306406152'])[0])).toMatchObject({
      subfields: [{ code: 'a', value: '0306406152' }],
    });
  });

  it('flags an unspaced qualifier, with the spacing fix', () => {
    const findings = run(isbn, ['020 ## $a0306406152(pbk.)']);
    expect(places(findings)).toEqual([at('a')]);
    expect(fixedField(findings[0])).toMatchObject({ subfields: [{ code: 'a', value: '0306406152 (pbk.)' }] });
  });

  it('flags wrong number of digits and bad check digits, without a fix', () => {
    const short = run(isbn, ['020 ## $a030640615']);
    expect(places(short)).toEqual([at('a')]);
    expect(short[0]!.message).toContain('10- or 13-digit');
    const bad10 = run(isbn, ['020 ## $a0306406153']);
    expect(bad10[0]!.message).toContain('expected 2');
    expect(bad10[0]!.fix).toBeUndefined();
    expect(run(isbn, ['020 ## $a9780306406158'])[0]!.message).toContain('expected 7');
    expect(run(isbn, ['020 ## $a0-306-40615-3'])).toHaveLength(2);
  });

  it('rejects a 13-digit number that is not 978/979', () => {
    expect(run(isbn, ['020 ## $a4006381333931'])[0]!.message).toContain('978 or 979');
  });

  it('warns when $z holds a valid ISBN written out, as Lint intends', () => {
    expect(places(run(isbn, ['020 ## $z0-306-40615-2']))).toEqual([at('z')]);
    expect(run(isbn, ['020 ## $z0-306-40615-3'])).toEqual([]);
    expect(run(isbn, ['020 ## $z0306406152'])).toEqual([]);
  });
});

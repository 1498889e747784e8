import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { almaTextProblems, formatAlmaSubfields, parseAlmaSubfields } from '../../../lib/marc/alma-text';
import { readIso2709 } from '../../../lib/marc/iso2709';
import { isDataField, type Subfield } from '../../../lib/marc/types';

const sf = (code: string, value: string): Subfield => ({ code, value });

describe('parseAlmaSubfields', () => {
  it.each([
    ['$$a Title : $$b sub / $$c resp.', [sf('a', 'Title :'), sf('b', 'sub /'), sf('c', 'resp.')]],
    // Berkeley holdings template: empty subfields as bare codes.
    ['$$b $$c $$h $$i', [sf('b', ''), sf('c', ''), sf('h', ''), sf('i', '')]],
    ['$$a', [sf('a', '')]],
    ['$$a x $$b', [sf('a', 'x'), sf('b', '')]],
    // Only one space after the code and one before the next $$ are formatting.
    ['$$a  two leading $$b x', [sf('a', ' two leading'), sf('b', 'x')]],
    ['$$a trailing  $$b x', [sf('a', 'trailing '), sf('b', 'x')]],
    ['$$a last keeps trailing  ', [sf('a', 'last keeps trailing  ')]],
    ['$$a   00000002 ', [sf('a', '  00000002 ')]],
    // $$ not followed by a code character is data.
    ['$$a Price US$$ 5 $$c x', [sf('a', 'Price US$$ 5'), sf('c', 'x')]],
    ['$$a ends in $$', [sf('a', 'ends in $$')]],
    ['$$a one $ sign $$b', [sf('a', 'one $ sign'), sf('b', '')]],
    ['$$$a x', [sf('a', 'x')]],
    // No spaces at all is still read (users type like this).
    ['$$aTitle$$bsub', [sf('a', 'Title'), sf('b', 'sub')]],
    ['$$a Fikr-i Ayāz / $$c murattibīn', [sf('a', 'Fikr-i Ayāz /'), sf('c', 'murattibīn')]],
    ['$$a line\nbreak', [sf('a', 'line\nbreak')]],
  ])('%j', (text, subfields) => {
    const parsed = parseAlmaSubfields(text);
    expect(parsed.subfields).toEqual(subfields);
  });

  it('keeps and reports text before the first delimiter', () => {
    const parsed = parseAlmaSubfields('Note: $$a The text', '500');
    expect(parsed.leadingText).toBe('Note: ');
    expect(parsed.subfields).toEqual([sf('a', 'The text')]);
    expect(parsed.problems).toMatchObject([{ code: 'text-before-first-subfield', tag: '500', offset: 0 }]);
    expect(parsed.problems[0]?.message).toContain('Field 500');
    expect(formatAlmaSubfields(parsed.subfields, parsed.leadingText)).toBe('Note: $$a The text');
  });

  it('keeps whitespace-only leading text without reporting it', () => {
    const parsed = parseAlmaSubfields(' $$a x');
    expect(parsed).toMatchObject({ leadingText: ' ', problems: [] });
    expect(formatAlmaSubfields(parsed.subfields, parsed.leadingText)).toBe(' $$a x');
  });

  it('reports text with no delimiter and keeps all of it', () => {
    const parsed = parseAlmaSubfields('just text', '245');
    expect(parsed.subfields).toEqual([]);
    expect(parsed.leadingText).toBe('just text');
    expect(parsed.problems).toMatchObject([{ code: 'no-subfields', severity: 'error' }]);
    expect(parseAlmaSubfields('').problems[0]?.code).toBe('no-subfields');
  });

  it('reads a non-MARC code as a code and reports it, with its offset', () => {
    const parsed = parseAlmaSubfields('$$a x $$A y', '650');
    expect(parsed.subfields).toEqual([sf('a', 'x'), sf('A', 'y')]);
    expect(parsed.problems).toMatchObject([{ code: 'unusual-subfield-code', offset: 6 }]);
  });

  it('reads an astral character after $$ as one code', () => {
    expect(parseAlmaSubfields('$$𝒜 x').subfields).toEqual([sf('𝒜', 'x')]);
  });
});

describe('formatAlmaSubfields', () => {
  it('writes the form Alma shows', () => {
    expect(formatAlmaSubfields([sf('a', 'Title :'), sf('b', 'sub /'), sf('c', 'resp.')])).toBe(
      '$$a Title : $$b sub / $$c resp.',
    );
    expect(formatAlmaSubfields([sf('b', ''), sf('c', ''), sf('h', ''), sf('i', '')])).toBe('$$b $$c $$h $$i');
    expect(formatAlmaSubfields([])).toBe('');
  });

  it.each([
    '$$a Title : $$b sub / $$c resp.',
    '$$b $$c $$h $$i',
    '$$a   00000002 ',
    '$$a Price US$$ 5 $$c x',
    '$$a x $$b',
    '$$6 880-02 $$a فكر',
  ])('round-trips Alma text %j exactly', (text) => {
    const parsed = parseAlmaSubfields(text);
    expect(formatAlmaSubfields(parsed.subfields, parsed.leadingText)).toBe(text);
  });
});

describe('almaTextProblems', () => {
  it('flags what the text form cannot carry', () => {
    expect(almaTextProblems([sf('a', 'fine'), sf('b', '')])).toEqual([]);
    expect(almaTextProblems([sf(' ', 'x')])[0]?.code).toBe('code-not-representable');
    expect(almaTextProblems([sf('', 'x')])[0]?.code).toBe('code-not-representable');
    expect(almaTextProblems([sf('ab', 'x')])[0]?.code).toBe('code-not-representable');
    expect(almaTextProblems([sf('a', 'cost US$$5')], '020')).toMatchObject([
      { code: 'delimiter-in-value', tag: '020' },
    ]);
  });
});

describe('property: subfields → Alma text → subfields', () => {
  const code = fc.oneof(
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')),
    fc.constantFrom('A', '%', 'é'),
  );
  const value = fc.string({ unit: fc.constantFrom('a', ' ', '$', 'x', '\n', 'é', '.', 'b') });
  const subfields = fc.array(fc.record({ code, value }), { maxLength: 6 });

  it('is the identity whenever almaTextProblems accepts the subfields', () => {
    fc.assert(
      fc.property(subfields, (list) => {
        fc.pre(almaTextProblems(list).length === 0);
        expect(parseAlmaSubfields(formatAlmaSubfields(list)).subfields).toEqual(list.length === 0 ? [] : list);
      }),
      { numRuns: 3000 },
    );
  });

  it('changes the subfields whenever almaTextProblems rejects them (the check is exact)', () => {
    fc.assert(
      fc.property(subfields, (list) => {
        fc.pre(almaTextProblems(list).length > 0);
        expect(parseAlmaSubfields(formatAlmaSubfields(list)).subfields).not.toEqual(list);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('round trip over every data field of every ISO 2709 file in tests/fixtures/marc', () => {
  const dir = resolve(__dirname, '../../fixtures/marc');
  // The .xml files there are MARCXML copies of .mrc files in the same folder (traject-test_data, chabon).
  const files = readdirSync(dir).filter((name) => /\.(mrc|marc|usmarc)$/.test(name));

  it('finds the files', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s', (file) => {
    let fields = 0;
    let unrepresentable = 0;
    for (const result of readIso2709(readFileSync(join(dir, file)))) {
      for (const field of result.record?.fields ?? []) {
        if (!isDataField(field) || field.subfields.length === 0) continue;
        fields++;
        const text = formatAlmaSubfields(field.subfields);
        const back = parseAlmaSubfields(text, field.tag);
        if (almaTextProblems(field.subfields, field.tag).length > 0) {
          unrepresentable++;
          expect(back.subfields).not.toEqual(field.subfields);
          continue;
        }
        expect(back.subfields, `${file} ${field.tag} ${text}`).toEqual(field.subfields);
        expect(back.leadingText).toBe('');
        expect(formatAlmaSubfields(back.subfields)).toBe(text);
      }
    }
    expect(fields).toBeGreaterThan(0);
    // Only the deliberately damaged files may hold fields Alma's text form cannot carry.
    if (!/bad|error/.test(file)) expect(unrepresentable).toBe(0);
  });
});

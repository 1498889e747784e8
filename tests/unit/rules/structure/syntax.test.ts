import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../../lib/rules/apply-edit';
import { controlCharactersRule } from '../../../../lib/rules/structure/control-characters';
import { emptyFieldRule } from '../../../../lib/rules/structure/empty-field';
import { emptySubfieldRule } from '../../../../lib/rules/structure/empty-subfield';
import { indicatorFormatRule } from '../../../../lib/rules/structure/indicator-format';
import { subfieldCodeFormatRule } from '../../../../lib/rules/structure/subfield-code-format';
import { subfieldWhitespaceRule } from '../../../../lib/rules/structure/subfield-whitespace';
import { tagFormatRule } from '../../../../lib/rules/structure/tag-format';
import { BOOK_LEADER, bookRecord, cf, df, run, setChar, where } from './build-record';

describe('tag-format', () => {
  it('passes three-digit and local tags', () => {
    expect(run(tagFormatRule, bookRecord([df('949', '  ', 'a', 'local')]))).toEqual([]);
  });
  it('reports a two-character tag', () => {
    expect(run(tagFormatRule, bookRecord([df('65', ' 0', 'a', 'Topic.')])).map(where)).toEqual([
      { ruleId: 'tag-format', tag: '65', occurrence: 0 },
    ]);
  });
});

describe('indicator-format', () => {
  it('passes digits, letters and blanks', () => {
    expect(run(indicatorFormatRule, bookRecord())).toEqual([]);
  });
  it('reports a two-character and an uppercase indicator', () => {
    const findings = run(
      indicatorFormatRule,
      bookRecord([{ tag: '500', ind1: '  ', ind2: 'A', subfields: [{ code: 'a', value: 'Note.' }] }]),
    );
    expect(findings.map(where)).toEqual([
      { ruleId: 'indicator-format', tag: '500', occurrence: 0, indicator: 1 },
      { ruleId: 'indicator-format', tag: '500', occurrence: 0, indicator: 2 },
    ]);
    expect(findings[0]?.message).toContain('is 2 characters long');
  });
});

describe('subfield-code-format', () => {
  it('passes lowercase letters and digits', () => {
    expect(
      run(subfieldCodeFormatRule, bookRecord([df('650', ' 7', 'a', 'Topic.', '2', 'fast', '0', '(OCoLC)fst1')])),
    ).toEqual([]);
  });
  it('offers lowercasing an uppercase code as a fix', () => {
    const record = bookRecord([df('500', '  ', 'A', 'Note.')]);
    const [finding, ...rest] = run(subfieldCodeFormatRule, record);
    expect(rest).toEqual([]);
    expect(where(finding!)).toEqual({
      ruleId: 'subfield-code-format',
      tag: '500',
      occurrence: 0,
      code: 'A',
      subfieldIndex: 0,
    });
    const fixed = applyEdit(record, finding!.fix!);
    expect(fixed.fields[finding!.fieldIndex!]).toEqual(df('500', '  ', 'a', 'Note.'));
    expect(run(subfieldCodeFormatRule, fixed)).toEqual([]);
  });
  it('reports a punctuation code without a fix', () => {
    const findings = run(subfieldCodeFormatRule, bookRecord([df('500', '  ', '%', 'Note.')]));
    expect(findings.map(where)).toEqual([
      { ruleId: 'subfield-code-format', tag: '500', occurrence: 0, code: '%', subfieldIndex: 0 },
    ]);
    expect(findings[0]?.fix).toBeUndefined();
  });
});

describe('control-characters', () => {
  it('passes ordinary text, and ESC in a MARC-8 record', () => {
    expect(run(controlCharactersRule, bookRecord([df('500', '  ', 'a', 'Note with ümlaut.')]))).toEqual([]);
    const marc8 = setChar(BOOK_LEADER, 9, ' ');
    expect(
      run(
        controlCharactersRule,
        bookRecord([df('880', '  ', '6', '245-01/$1', 'a', '\u001b$1abc\u001b(B')], { leader: marc8 }),
      ),
    ).toEqual([]);
  });
  it('reports a tab in a subfield (MARC::Lint: "has an invalid control character")', () => {
    const findings = run(controlCharactersRule, bookRecord([df('500', '  ', 'a', 'Pasted\ttext.')]));
    expect(findings.map(where)).toEqual([
      { ruleId: 'control-characters', tag: '500', occurrence: 0, code: 'a', subfieldIndex: 0 },
    ]);
    expect(findings[0]?.message).toContain('invalid control character: a tab (U+0009) at character 7');
  });
  it('reports a subfield delimiter in a control field and ESC in a Unicode record', () => {
    const findings = run(
      controlCharactersRule,
      bookRecord([cf('007', 'cr\u001fa'), df('500', '  ', 'a', 'x\u001b(B')]),
    );
    expect(findings.map(where)).toEqual([
      { ruleId: 'control-characters', tag: '007', occurrence: 0 },
      { ruleId: 'control-characters', tag: '500', occurrence: 0, code: 'a', subfieldIndex: 0 },
    ]);
    expect(findings[0]?.message).toContain('subfields are not allowed in control fields');
  });
});

describe('empty-field', () => {
  it('passes fields with content', () => {
    expect(run(emptyFieldRule, bookRecord())).toEqual([]);
  });
  it('reports a data field without subfields and an empty control field', () => {
    expect(
      run(emptyFieldRule, bookRecord([{ tag: '500', ind1: ' ', ind2: ' ', subfields: [] }, cf('006', '')])).map(where),
    ).toEqual([
      { ruleId: 'empty-field', tag: '500', occurrence: 0 },
      { ruleId: 'empty-field', tag: '006', occurrence: 0 },
    ]);
  });
});

describe('empty-subfield', () => {
  it('passes subfields with data', () => {
    expect(run(emptySubfieldRule, bookRecord())).toEqual([]);
  });
  it('reports an empty and a blank-only subfield, and removing them is the fix', () => {
    const record = bookRecord([df('500', '  ', 'a', 'Note.', '5', ''), df('500', '  ', 'a', '  ')]);
    const findings = run(emptySubfieldRule, record);
    expect(findings.map(where)).toEqual([
      { ruleId: 'empty-subfield', tag: '500', occurrence: 0, code: '5', subfieldIndex: 1 },
      { ruleId: 'empty-subfield', tag: '500', occurrence: 1, code: 'a', subfieldIndex: 0 },
    ]);
    expect(applyEdit(record, findings[0]!.fix!).fields[findings[0]!.fieldIndex!]).toEqual(
      df('500', '  ', 'a', 'Note.'),
    );
    expect(findings[1]?.fix).toBeUndefined(); // the only subfield: removing it would empty the field
  });
});

describe('subfield-whitespace', () => {
  it('passes trimmed subfields and the blanks that are data (010 $a LCCN)', () => {
    expect(run(subfieldWhitespaceRule, bookRecord([df('010', '  ', 'a', '   85000002 ')]))).toEqual([]);
  });
  it('reports leading/trailing blanks and trims them as the fix', () => {
    const record = bookRecord([
      df('500', '  ', 'a', 'Note. '),
      df('500', '  ', 'a', 'Fine.'),
      df('500', '  ', 'a', '\u00a0Other.'),
    ]);
    const findings = run(subfieldWhitespaceRule, record);
    expect(findings.map(where)).toEqual([
      { ruleId: 'subfield-whitespace', tag: '500', occurrence: 0, code: 'a', subfieldIndex: 0 },
      { ruleId: 'subfield-whitespace', tag: '500', occurrence: 2, code: 'a', subfieldIndex: 0 },
    ]);
    expect(findings[0]?.message).toBe('500 (1st): $a ends with a blank. Remove the blank.');
    const fixed = applyEdit(record, findings[0]!.fix!);
    expect(fixed.fields[findings[0]!.fieldIndex!]).toEqual(df('500', '  ', 'a', 'Note.'));
    expect(record.fields[findings[0]!.fieldIndex!]).toEqual(df('500', '  ', 'a', 'Note. ')); // input untouched
  });
});

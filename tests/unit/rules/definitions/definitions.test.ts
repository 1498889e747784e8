import { describe, expect, it } from 'vitest';
import { controlDataFieldMismatchRule } from '../../../../lib/rules/definitions/control-data-field-mismatch';
import { invalidIndicatorRule } from '../../../../lib/rules/definitions/invalid-indicator';
import { nonRepeatableFieldRule } from '../../../../lib/rules/definitions/non-repeatable-field';
import { nonRepeatableSubfieldRule } from '../../../../lib/rules/definitions/non-repeatable-subfield';
import { obsoleteFieldRule } from '../../../../lib/rules/definitions/obsolete-field';
import { obsoleteIndicatorRule } from '../../../../lib/rules/definitions/obsolete-indicator';
import { obsoleteSubfieldRule } from '../../../../lib/rules/definitions/obsolete-subfield';
import { undefinedSubfieldRule } from '../../../../lib/rules/definitions/undefined-subfield';
import { undefinedTagRule } from '../../../../lib/rules/definitions/undefined-tag';
import { bookRecord, cf, df, holdingsRecord, run, where } from '../structure/build-record';

describe('undefined-tag', () => {
  it('passes defined tags, local tags (by default), OCLC-defined tags and 880s linked to defined tags', () => {
    const record = bookRecord([
      df('949', '  ', 'a', 'local'),
      df('590', '  ', 'a', 'Local note.'),
      df('029', '1 ', 'a', 'AU@'),
      df('880', '10', '6', '245-01/(N', 'a', 'Заглавие'),
    ]);
    expect(run(undefinedTagRule, record)).toEqual([]);
  });
  it('reports a tag MARC 21 does not define, with the format in the message', () => {
    const findings = run(undefinedTagRule, bookRecord([df('234', '  ', 'a', 'Typo?')]));
    expect(findings.map(where)).toEqual([{ ruleId: 'undefined-tag', tag: '234', occurrence: 0 }]);
    expect(findings[0]?.message).toBe(
      '234: tag 234 is not defined in MARC 21 for bibliographic records. Check it for a typo; put local data in a 9XX field.',
    );
  });
  // bd59x, bd69x, bd9xx: X9X and 9XX are local, their indicators and subfields too; 689 is the DNB's subject chain.
  it('accepts local fields with any indicators and subfields, and the nationally defined 689', () => {
    const record = bookRecord([
      df('690', '7 ', 'a', 'Bridges', 'z', 'California', '2', 'local'),
      df('591', '9 ', '9', 'LOCAL', 'q', 'x'),
      df('689', '00', 'a', 'Politik', '0', '(DE-588)4046514-7'),
      df('689', '0 ', '5', 'DE-101'),
      df('938', '  ', '6', '245-01', 'a', 'x'),
    ]);
    for (const rule of [undefinedTagRule, undefinedSubfieldRule, invalidIndicatorRule, nonRepeatableSubfieldRule])
      expect(run(rule, record), rule.id).toEqual([]);
    expect(run(undefinedTagRule, bookRecord([df('687', '  ', 'a', 'x')])).map(where)).toEqual([
      { ruleId: 'undefined-tag', tag: '687', occurrence: 0 },
    ]);
  });
  // bd022 $l ISSN-L and $m canceled ISSN-L (2008), bd222 $b qualifying information: missing from the Avram schema,
  // added by third_party/marc-schema/overlay/patches.json.
  // Also from the LC pages (bd017, bd242, bd542): 017 $i, 242 $n, 542 $k.
  it('knows 022 $l/$m, 222 $b, 017 $i, 242 $n and 542 $k', () => {
    const record = bookRecord([
      df('017', '  ', 'i', 'Copyright:', 'a', 'TX 123', 'b', 'U.S. Copyright Office'),
      df('022', '0 ', 'a', '2056-9807', 'l', '2056-9807', 'm', '1234-5679'),
      df('222', ' 0', 'a', 'Journal of urban history', 'b', '(London)'),
      df('242', '10', 'a', 'Annual report.', 'n', 'Part 2.', 'y', 'eng'),
      df('542', '1 ', 'k', 'Penguin', 'l', 'Copyrighted'),
    ]);
    expect(run(undefinedSubfieldRule, record)).toEqual([]);
    expect(run(undefinedSubfieldRule, bookRecord([df('222', ' 0', 'a', 'x', 'c', 'y')]))).toEqual([
      expect.objectContaining({ ruleId: 'undefined-subfield', tag: '222', occurrence: 0 }),
    ]);
  });
  // bd028 first indicator 6: distributor number.
  it('accepts 028 first indicator 6 (distributor number)', () => {
    expect(run(invalidIndicatorRule, bookRecord([df('028', '62', 'a', 'DIS-1234', 'b', 'Naxos')]))).toEqual([]);
    expect(run(invalidIndicatorRule, bookRecord([df('028', '72', 'a', 'DIS-1234', 'b', 'Naxos')]))).toHaveLength(1);
  });
  it('reports local tags when options.allowLocalTags is false', () => {
    expect(
      run(undefinedTagRule, bookRecord([df('949', '  ', 'a', 'local')]), 'bib', { allowLocalTags: false }).map(where),
    ).toEqual([{ ruleId: 'undefined-tag', tag: '949', occurrence: 0 }]);
  });
  it('judges holdings records by the holdings format (245 is not a holdings field)', () => {
    expect(run(undefinedTagRule, holdingsRecord([df('866', '41', 'a', 'v.1-10')]), 'holdings')).toEqual([]);
    expect(run(undefinedTagRule, holdingsRecord([df('245', '00', 'a', 'Title')]), 'holdings').map(where)).toEqual([
      { ruleId: 'undefined-tag', tag: '245', occurrence: 0 },
    ]);
  });
  it('reports an 880 whose $6 links to an undefined tag', () => {
    expect(run(undefinedTagRule, bookRecord([df('880', '  ', '6', '234-01', 'a', 'x')])).map(where)).toEqual([
      { ruleId: 'undefined-tag', tag: '880', occurrence: 0 },
    ]);
  });
});

describe('non-repeatable-field', () => {
  it('passes repeated repeatable fields and one 880 per non-repeatable field', () => {
    const record = bookRecord([df('650', ' 0', 'a', 'Second.'), df('880', '10', '6', '245-01', 'a', 'Title')]);
    expect(run(nonRepeatableFieldRule, record)).toEqual([]);
  });
  it('reports the second 245 (MARC::Lint: "Field is not repeatable.")', () => {
    const findings = run(nonRepeatableFieldRule, bookRecord([df('245', '10', 'a', 'Another title.')]));
    expect(findings.map(where)).toEqual([{ ruleId: 'non-repeatable-field', tag: '245', occurrence: 1 }]);
    expect(findings[0]?.message).toContain(
      '245 (2nd): field 245 (Title Statement) is not repeatable, but the record has 2 and this is the 2nd.',
    );
    expect(findings[0]?.source).toBe('https://www.loc.gov/marc/bibliographic/bd245.html');
  });
  it('counts control fields and 880s per linked tag', () => {
    const record = bookRecord([
      cf('008', 'x'.repeat(40)),
      df('880', '10', '6', '245-01', 'a', 'A'),
      df('880', '10', '6', '245-02', 'a', 'B'),
    ]);
    expect(run(nonRepeatableFieldRule, record).map(where)).toEqual([
      { ruleId: 'non-repeatable-field', tag: '008', occurrence: 1 },
      { ruleId: 'non-repeatable-field', tag: '880', occurrence: 1 },
    ]);
  });
});

describe('non-repeatable-subfield', () => {
  it('passes repeated repeatable subfields', () => {
    expect(
      run(nonRepeatableSubfieldRule, bookRecord([df('650', ' 0', 'a', 'Topic', 'x', 'One', 'x', 'Two.')])),
    ).toEqual([]);
  });
  it('reports the second 245 $a (MARC::Lint: "Subfield _a is not repeatable.")', () => {
    const findings = run(nonRepeatableSubfieldRule, withTitle(df('245', '10', 'a', 'One', 'a', 'Two')));
    expect(findings.map(where)).toEqual([
      { ruleId: 'non-repeatable-subfield', tag: '245', occurrence: 0, code: 'a', subfieldIndex: 1 },
    ]);
  });
  it('checks an 880 against its linked field', () => {
    expect(
      run(nonRepeatableSubfieldRule, bookRecord([df('880', '10', '6', '245-01', 'a', 'A', 'a', 'B')])).map(where),
    ).toEqual([{ ruleId: 'non-repeatable-subfield', tag: '880', occurrence: 0, code: 'a', subfieldIndex: 2 }]);
  });
  it('counts every repeat past 65,535 of one code in one field (issue 15: the per-code counter must not wrap)', () => {
    const repeats = 65_540;
    const title = {
      ...df('245', '10', 'a', 'x'),
      subfields: Array.from({ length: repeats }, () => ({ code: 'a', value: 'x' })),
    };
    const [summary, ...rest] = run(nonRepeatableSubfieldRule, withTitle(title));
    expect(rest).toEqual([]);
    // One summary finding (the engine's cap per field) counting all 65,539 repeats after the first $a.
    expect(summary?.message).toContain('65,539 findings');
  });
});

/** The clean book with its 245 replaced. */
function withTitle(title: ReturnType<typeof df>) {
  const record = bookRecord();
  return { ...record, fields: record.fields.map((f) => (f.tag === '245' ? title : f)) };
}

describe('invalid-indicator', () => {
  it('passes defined indicator values', () => {
    expect(run(invalidIndicatorRule, bookRecord([df('245', '14', 'a', 'The title.')]))).toEqual([]);
  });
  it('reports 245 first indicator "9" (MARC::Lint: "Indicator 1 must be 0 or 1")', () => {
    const findings = run(invalidIndicatorRule, withTitle(df('245', '90', 'a', 'Title.')));
    expect(findings.map(where)).toEqual([{ ruleId: 'invalid-indicator', tag: '245', occurrence: 0, indicator: 1 }]);
    expect(findings[0]?.message).toBe(
      '245: the first indicator is "9", but 245 allows only 0 or 1 there. Correct the indicator.',
    );
  });
  it('reports a blank where the definition has no blank (holdings 866 second indicator)', () => {
    expect(run(invalidIndicatorRule, holdingsRecord([df('866', '4 ', 'a', 'v.1-10')]), 'holdings').map(where)).toEqual([
      { ruleId: 'invalid-indicator', tag: '866', occurrence: 0, indicator: 2 },
    ]);
  });
  it('leaves obsolete values to obsolete-indicator', () => {
    expect(run(invalidIndicatorRule, bookRecord([df('700', '2 ', 'a', 'Name.')]))).toEqual([]);
  });
});

describe('undefined-subfield', () => {
  it('passes defined codes', () => {
    expect(run(undefinedSubfieldRule, bookRecord())).toEqual([]);
  });
  it('reports 260 $r (MARC::Lint: "Subfield _r is not allowed.")', () => {
    const findings = run(undefinedSubfieldRule, bookRecord([df('260', '  ', 'a', 'Place :', 'r', '2000.')]));
    expect(findings.map(where)).toEqual([
      { ruleId: 'undefined-subfield', tag: '260', occurrence: 0, code: 'r', subfieldIndex: 1 },
    ]);
  });
  it('does not judge fields whose content is not defined here (OCLC 029, obsolete 211, local 949)', () => {
    expect(
      run(
        undefinedSubfieldRule,
        bookRecord([df('029', '1 ', 'q', 'x'), df('211', '0 ', 'q', 'x'), df('949', '  ', 'q', 'x')]),
      ),
    ).toEqual([]);
  });
});

describe('obsolete-field', () => {
  it('passes current fields', () => {
    expect(run(obsoleteFieldRule, bookRecord([df('490', '1 ', 'a', 'Series ;', 'v', '1')]))).toEqual([]);
  });
  it('reports 440 with what replaces it, and not its paired 880', () => {
    const findings = run(
      obsoleteFieldRule,
      bookRecord([df('440', ' 0', 'a', 'Series ;', 'v', '1'), df('880', ' 0', '6', '440-01', 'a', 'Серия')]),
    );
    expect(findings.map(where)).toEqual([{ ruleId: 'obsolete-field', tag: '440', occurrence: 0 }]);
    expect(findings[0]?.message).toContain('Record the series in 490 (first indicator 1) and trace it in 830.');
    expect(findings[0]?.severity).toBe('warning');
  });
});

describe('obsolete-subfield', () => {
  it('passes current subfields', () => {
    expect(run(obsoleteSubfieldRule, bookRecord())).toEqual([]);
  });
  it('reports 245 $d', () => {
    expect(run(obsoleteSubfieldRule, withTitle(df('245', '10', 'a', 'Title.', 'd', 'Section A.'))).map(where)).toEqual([
      { ruleId: 'obsolete-subfield', tag: '245', occurrence: 0, code: 'd', subfieldIndex: 1 },
    ]);
  });
});

describe('obsolete-indicator', () => {
  it('passes current values', () => {
    expect(run(obsoleteIndicatorRule, bookRecord())).toEqual([]);
  });
  it('reports 100 first indicator 2 (multiple surname) with the current values', () => {
    const findings = run(obsoleteIndicatorRule, bookRecord([df('700', '2 ', 'a', 'Name.')]));
    expect(findings.map(where)).toEqual([{ ruleId: 'obsolete-indicator', tag: '700', occurrence: 0, indicator: 1 }]);
    expect(findings[0]?.message).toBe(
      '700: the first indicator "2" is obsolete in 700. Use a current value: 0, 1 or 3.',
    );
  });
});

describe('control-data-field-mismatch', () => {
  it('passes control fields as values and data fields with subfields', () => {
    expect(run(controlDataFieldMismatchRule, bookRecord())).toEqual([]);
  });
  it('reports a 008 entered with subfields and a 500 entered as a value', () => {
    expect(
      run(controlDataFieldMismatchRule, bookRecord([df('006', '  ', 'a', 'm'), cf('500', 'A note.')])).map(where),
    ).toEqual([
      { ruleId: 'control-data-field-mismatch', tag: '006', occurrence: 0 },
      { ruleId: 'control-data-field-mismatch', tag: '500', occurrence: 0 },
    ]);
  });
});

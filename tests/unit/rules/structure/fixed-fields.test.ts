import { describe, expect, it } from 'vitest';
import { field006InvalidCodeRule } from '../../../../lib/rules/structure/field-006-invalid-code';
import { field006LengthRule } from '../../../../lib/rules/structure/field-006-length';
import { field007InvalidCodeRule } from '../../../../lib/rules/structure/field-007-invalid-code';
import { field007LengthRule } from '../../../../lib/rules/structure/field-007-length';
import { field008InvalidCodeRule } from '../../../../lib/rules/structure/field-008-invalid-code';
import { field008LengthRule } from '../../../../lib/rules/structure/field-008-length';
import { fixedFieldObsoleteCodeRule } from '../../../../lib/rules/structure/fixed-field-obsolete-code';
import { fixedFieldUndefinedPositionRule } from '../../../../lib/rules/structure/fixed-field-undefined-position';
import { holdings008LanguageCodeRule } from '../../../../lib/rules/structure/holdings-008-language-code';
import { holdingsLeaderRecordTypeRule } from '../../../../lib/rules/structure/holdings-leader-record-type';
import { leaderInvalidCodeRule } from '../../../../lib/rules/structure/leader-invalid-code';
import { leaderLengthRule } from '../../../../lib/rules/structure/leader-length';
import {
  BOOK_008,
  BOOK_LEADER,
  HOLDINGS_008,
  HOLDINGS_LEADER,
  bookRecord,
  cf,
  holdingsRecord,
  run,
  setChar,
  where,
} from './build-record';

const ONLINE_006 = 'm     o  d        '; // computer file, online, document
const MAP_007 = 'aj canzn';
const ONLINE_007 = 'cr |||||||||||';

describe('leader-length', () => {
  it('passes a 24-character leader', () => {
    expect(run(leaderLengthRule, bookRecord())).toEqual([]);
  });
  it('reports a short leader with its length', () => {
    const findings = run(leaderLengthRule, bookRecord([], { leader: BOOK_LEADER.slice(0, 20) }));
    expect(findings.map(where)).toEqual([{ ruleId: 'leader-length', tag: 'LDR', occurrence: undefined }]);
    expect(findings[0]?.message).toContain('20 characters long');
    expect(findings[0]?.source).toBe('https://www.loc.gov/marc/bibliographic/bdleader.html');
  });
});

describe('leader-invalid-code', () => {
  it('passes valid bib and holdings leaders', () => {
    expect(run(leaderInvalidCodeRule, bookRecord())).toEqual([]);
    expect(run(leaderInvalidCodeRule, holdingsRecord(), 'holdings')).toEqual([]);
  });
  it('reports the position and the allowed codes', () => {
    const findings = run(leaderInvalidCodeRule, bookRecord([], { leader: setChar(BOOK_LEADER, 5, 'x') }));
    expect(findings.map(where)).toEqual([
      { ruleId: 'leader-invalid-code', tag: 'LDR', occurrence: undefined, position: [5, 6] },
    ]);
    expect(findings[0]?.message).toBe(
      'Leader/05 (Record status) is "x", which is not a code defined for the bibliographic leader. Use a, c, d, n or p. Correct it in the leader editor.',
    );
  });
  it('judges a holdings leader by the holdings codes (leader/17 "z" valid, "7" not)', () => {
    expect(
      run(leaderInvalidCodeRule, holdingsRecord([], { leader: setChar(HOLDINGS_LEADER, 17, '7') }), 'holdings').map(
        where,
      ),
    ).toEqual([{ ruleId: 'leader-invalid-code', tag: 'LDR', occurrence: undefined, position: [17, 18] }]);
  });
  it('leaves obsolete codes to fixed-field-obsolete-code', () => {
    expect(run(leaderInvalidCodeRule, bookRecord([], { leader: setChar(BOOK_LEADER, 17, 'I') }))).toEqual([]);
  });
});

describe('holdings-leader-record-type', () => {
  it('passes x, v, y and u', () => {
    for (const type of 'xvyu')
      expect(
        run(
          holdingsLeaderRecordTypeRule,
          holdingsRecord([], { leader: setChar(HOLDINGS_LEADER, 6, type) }),
          'holdings',
        ),
      ).toEqual([]);
  });
  it('reports a bibliographic type of record in a holdings record', () => {
    const findings = run(
      holdingsLeaderRecordTypeRule,
      holdingsRecord([], { leader: setChar(HOLDINGS_LEADER, 6, 'a') }),
      'holdings',
    );
    expect(findings.map(where)).toEqual([
      { ruleId: 'holdings-leader-record-type', tag: 'LDR', occurrence: undefined, position: [6, 7] },
    ]);
    expect(findings[0]?.message).toContain('copied from a bib record');
  });
});

describe('field-008-length', () => {
  it('passes 40 characters (bib) and 32 (holdings)', () => {
    expect(run(field008LengthRule, bookRecord())).toEqual([]);
    expect(run(field008LengthRule, holdingsRecord(), 'holdings')).toEqual([]);
  });
  it('reports a 38-character bib 008 and a 40-character holdings 008', () => {
    expect(run(field008LengthRule, bookRecord([], { field008: BOOK_008.slice(0, 38) })).map(where)).toEqual([
      { ruleId: 'field-008-length', tag: '008', occurrence: 0 },
    ]);
    const holdings = run(field008LengthRule, holdingsRecord([], { field008: `${HOLDINGS_008}        ` }), 'holdings');
    expect(holdings.map(where)).toEqual([{ ruleId: 'field-008-length', tag: '008', occurrence: 0 }]);
    expect(holdings[0]?.message).toContain('a holdings 008 has exactly 32');
    expect(holdings[0]?.source).toBe('https://www.loc.gov/marc/holdings/hd008.html');
  });
});

describe('field-008-invalid-code', () => {
  it('passes a clean book 008 and holdings 008', () => {
    expect(run(field008InvalidCodeRule, bookRecord())).toEqual([]);
    expect(run(field008InvalidCodeRule, holdingsRecord(), 'holdings')).toEqual([]);
  });
  it('uses the material type from the leader: "x" in 008/22 is invalid for books', () => {
    const findings = run(field008InvalidCodeRule, bookRecord([], { field008: setChar(BOOK_008, 22, 'x') }));
    expect(findings.map(where)).toEqual([
      { ruleId: 'field-008-invalid-code', tag: '008', occurrence: 0, position: [22, 23] },
    ]);
    expect(findings[0]?.message).toContain('008/22 (Target audience) is "x"');
  });
  it('reads 008/18-19 as form of composition for music', () => {
    const music = setChar(BOOK_LEADER, 6, 'c');
    const music008 = `${BOOK_008.slice(0, 18)}syz${' '.repeat(14)}${BOOK_008.slice(35)}`;
    expect(run(field008InvalidCodeRule, bookRecord([], { leader: music, field008: music008 }))).toEqual([]);
    expect(run(field008InvalidCodeRule, bookRecord([], { leader: music, field008: BOOK_008 })).length).toBeGreaterThan(
      0,
    ); // a book 008 is not a music 008
    expect(
      run(field008InvalidCodeRule, bookRecord([], { leader: music, field008: setChar(music008, 18, 'qq') })).map(where),
    ).toEqual([{ ruleId: 'field-008-invalid-code', tag: '008', occurrence: 0, position: [18, 20] }]);
  });
  it('in an 008 of the wrong length, reports only positions wrong at every possible alignment', () => {
    // A character lost at 08: every later position is read one too early. Unchecked, 008/22-34 would
    // each be judged on their neighbour's character.
    const short = BOOK_008.slice(0, 8) + BOOK_008.slice(9);
    expect(run(field008InvalidCodeRule, bookRecord([], { field008: short }))).toEqual([]);
    expect(
      run(field008InvalidCodeRule, bookRecord([], { field008: `${short.slice(0, 30)}q${short.slice(31)}` })).map(where),
    ).toEqual([{ ruleId: 'field-008-invalid-code', tag: '008', occurrence: 0, position: [31, 32] }]);
  });
  it('checks holdings 008 positions (008/07 method of acquisition)', () => {
    expect(
      run(field008InvalidCodeRule, holdingsRecord([], { field008: setChar(HOLDINGS_008, 7, 'x') }), 'holdings').map(
        where,
      ),
    ).toEqual([{ ruleId: 'field-008-invalid-code', tag: '008', occurrence: 0, position: [7, 8] }]);
  });
});

describe('holdings-008-language-code', () => {
  it('passes a listed code and blanks', () => {
    expect(run(holdings008LanguageCodeRule, holdingsRecord(), 'holdings')).toEqual([]);
    expect(
      run(holdings008LanguageCodeRule, holdingsRecord([], { field008: setChar(HOLDINGS_008, 22, '   ') }), 'holdings'),
    ).toEqual([]);
  });
  it('warns about a code that is not in the list', () => {
    const findings = run(
      holdings008LanguageCodeRule,
      holdingsRecord([], { field008: setChar(HOLDINGS_008, 22, 'xqz') }),
      'holdings',
    );
    expect(findings.map(where)).toEqual([
      { ruleId: 'holdings-008-language-code', tag: '008', occurrence: 0, position: [22, 25] },
    ]);
    expect(findings[0]?.severity).toBe('warning');
  });
});

describe('field-006-length and field-006-invalid-code', () => {
  it('pass a well-formed 006', () => {
    const record = bookRecord([cf('006', ONLINE_006)]);
    expect(run(field006LengthRule, record)).toEqual([]);
    expect(run(field006InvalidCodeRule, record)).toEqual([]);
  });
  it('report a short 006', () => {
    expect(run(field006LengthRule, bookRecord([cf('006', 'm     o  d')])).map(where)).toEqual([
      { ruleId: 'field-006-length', tag: '006', occurrence: 0 },
    ]);
  });
  it('report an undefined form of material and a bad code for the form', () => {
    expect(run(field006InvalidCodeRule, bookRecord([cf('006', setChar(ONLINE_006, 0, 'b'))])).map(where)).toEqual([
      { ruleId: 'field-006-invalid-code', tag: '006', occurrence: 0, position: [0, 1] },
    ]);
    // 006/06 form of item (008/23 of computer files): "x" is not defined
    const findings = run(
      field006InvalidCodeRule,
      bookRecord([cf('006', ONLINE_006), cf('006', setChar(ONLINE_006, 6, 'x'))]),
    );
    expect(findings.map(where)).toEqual([
      { ruleId: 'field-006-invalid-code', tag: '006', occurrence: 1, position: [6, 7] },
    ]);
    expect(findings[0]?.message).toContain('006/06 (Form of item) in the 2nd 006');
  });
});

describe('field-007-length and field-007-invalid-code', () => {
  it('pass well-formed 007s (map: 8, electronic resource: 14 or 6)', () => {
    const record = bookRecord([cf('007', MAP_007), cf('007', ONLINE_007), cf('007', 'cr |||')]);
    expect(run(field007LengthRule, record)).toEqual([]);
    expect(run(field007InvalidCodeRule, record)).toEqual([]);
  });
  it('report a map 007 of 10 characters', () => {
    expect(run(field007LengthRule, bookRecord([cf('007', `${MAP_007}zz`)])).map(where)).toEqual([
      { ruleId: 'field-007-length', tag: '007', occurrence: 0 },
    ]);
  });
  it('report an undefined category and an undefined code for the category', () => {
    expect(run(field007InvalidCodeRule, bookRecord([cf('007', 'bx')])).map(where)).toEqual([
      { ruleId: 'field-007-invalid-code', tag: '007', occurrence: 0, position: [0, 1] },
    ]);
    expect(run(field007InvalidCodeRule, bookRecord([cf('007', setChar(MAP_007, 3, 'q'))])).map(where)).toEqual([
      { ruleId: 'field-007-invalid-code', tag: '007', occurrence: 0, position: [3, 4] },
    ]);
  });
  it('check holdings 007s with the same layouts', () => {
    expect(
      run(field007InvalidCodeRule, holdingsRecord([cf('007', setChar(MAP_007, 3, 'q'))]), 'holdings'),
    ).toHaveLength(1);
  });
});

describe('fixed-field-obsolete-code', () => {
  it('passes current codes', () => {
    expect(run(fixedFieldObsoleteCodeRule, bookRecord())).toEqual([]);
  });
  it('reports obsolete leader and 008 codes as warnings', () => {
    const record = bookRecord([], { leader: setChar(BOOK_LEADER, 17, 'K'), field008: setChar(BOOK_008, 33, 'c') });
    const findings = run(fixedFieldObsoleteCodeRule, record);
    expect(findings.map(where)).toEqual([
      { ruleId: 'fixed-field-obsolete-code', tag: 'LDR', occurrence: undefined, position: [17, 18] },
      { ruleId: 'fixed-field-obsolete-code', tag: '008', occurrence: 0, position: [33, 34] },
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
  it('reports obsolete codes in positions that are undefined today (008/32 main entry in body)', () => {
    expect(
      run(fixedFieldObsoleteCodeRule, bookRecord([], { field008: setChar(BOOK_008, 32, '1') })).map(where),
    ).toEqual([{ ruleId: 'fixed-field-obsolete-code', tag: '008', occurrence: 0, position: [32, 33] }]);
  });
});

describe('fixed-field-undefined-position', () => {
  it('passes blanks and fill characters in undefined positions', () => {
    expect(
      run(fixedFieldUndefinedPositionRule, bookRecord([cf('007', ONLINE_007), cf('007', 'cr|||||||||||')])),
    ).toEqual([]);
  });
  it('warns about other characters there (007/02 "_", as in some LC records)', () => {
    const findings = run(fixedFieldUndefinedPositionRule, bookRecord([cf('007', 'cr_|||||||||||')]));
    expect(findings.map(where)).toEqual([
      { ruleId: 'fixed-field-undefined-position', tag: '007', occurrence: 0, position: [2, 3] },
    ]);
    expect(findings[0]?.severity).toBe('warning');
  });
  it('is not reported by field-007-invalid-code', () => {
    expect(run(field007InvalidCodeRule, bookRecord([cf('007', 'cr_|||||||||||')]))).toEqual([]);
  });
});

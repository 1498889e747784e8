import { describe, expect, it } from 'vitest';
import { readMrk } from '../../../../lib/marc/mrk';
import { formatRuleMessage, localizedMessage } from '../../../../lib/rules/messages';
import { EN_CODE_RULE_MESSAGES } from '../../../../lib/rules/messages/en-codes';
import { buildRecordIndex } from '../../../../lib/rules/record-index';
import { builtInRules } from '../../../../lib/rules/registry';
import type { Finding, RuleContext } from '../../../../lib/rules/types';
import { GENERIC_PROFILE } from '../../../../lib/settings/profile';

/**
 * The rules of lib/rules/messages/en-codes.ts (fixed fields, code lists, subfield and indicator form, field lengths)
 * on records made for their cases: the fixture corpus of catalogs.test.ts reaches only some of them. Every finding
 * carries a message id, and its German says all of it: no placeholder left, no list item or catalog word left raw.
 */
const codeRules = new Set(Object.keys(EN_CODE_RULE_MESSAGES).map((id) => id.slice(0, id.indexOf('.'))));
codeRules.delete('word');

const FIXED_008 = '=008  990101s1999\\\\\\\\nyu\\\\\\\\\\\\\\\\\\\\\\000\\0\\eng\\d';
const MRK = [
  [
    '=LDR  00000nam\\a2200000\\i\\4500',
    '=001  c1',
    FIXED_008,
    '=041  0\\$aen$a(eng)$bENG$hajm$axyz',
    '=044  \\\\$afr$azz$aac',
    '=100  1\\$aDoe, John,$4aut.',
    '=245  10$aTitle.',
    '=264  \\1$aNew York :$bPub,$c2005.',
    '=336  \\\\$atext$bzzz$2rdacontent',
    '=337  \\\\$aunmediated$bc$2rdamedia',
    '=338  \\\\$avolume$bxx$2rdacarrier',
    '=440  \\0$aSeries ;$v1.',
    '=650  \\7$aTopic$2lcsh',
    '=650  \\7$aTopic$2fast.',
    '=650  \\7$aTopic$2zzzz',
    '=650  \\7$aTopic',
    '=650  \\0$aTopic$2fast',
    '=655  \\7$aGenre$2marccontent',
    '=700  1\\$aRoe, Jane.$4Author',
    '=700  1\\$aRoe, Jo.$4grt',
  ],
  [
    '=LDR  00000cjm\\a2200000\\i\\4500',
    '=001  c2',
    '=008  990101m19992005nyu\\\\\\\\\\\\\\\\\\\\\\000\\0\\eng\\d',
    '=245  10$aTitle.',
    '=260  \\\\$aNew York :$bPub,$c2010.',
    '=006  m\\\\\\\\\\\\\\\\u',
    '=006  z\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\',
    '=007  s',
    '=007  cr\\',
    '=007  Xr',
    '=007  sd\\zzzzzzzzzzz',
    '=500  \\\\$a$bfoo$c x ',
    '=500  \\\\$a$a$a$a$a$a$bfoo',
    '=520  \\\\$Afoo$!bar',
    '=500  \\\\$afoo\tbar',
    `=505  0\\$a${'x'.repeat(10_500)}`,
  ],
  ['=LDR  00000Xam\\a2200000Ii\\4500', '=001  c3', FIXED_008.replace('000\\0', '000\\1'), '=245  10$aTitle.'],
  ['=LDR  00000nam\\a2200000\\i\\4500', '=001  c4', FIXED_008, '=003  AB\tC', '=245  10$aTi\u0085tle.'],
]
  .map((lines) => lines.join('\n'))
  .join('\n\n');

function findings(): Finding[] {
  return [...readMrk(MRK)].flatMap(({ record }) => {
    if (!record) return [];
    const ctx: RuleContext = {
      kind: 'bib',
      record,
      profile: GENERIC_PROFILE,
      options: { allowLocalTags: true },
      index: buildRecordIndex(record),
    };
    return builtInRules.filter((rule) => codeRules.has(rule.id)).flatMap((rule) => rule.check(ctx));
  });
}

describe('code rule messages', () => {
  const all = findings();

  it('every finding has a message id, and its German fills everything', () => {
    expect(new Set(all.map((finding) => finding.ruleId)).size).toBeGreaterThanOrEqual(20);
    for (const finding of all) {
      expect(finding.messageId, finding.message).toBeDefined();
      const german = localizedMessage(finding, 'de');
      expect(german, finding.message).not.toBe(finding.message);
      expect(german, german).not.toMatch(/\{\w+(?::\w+)?\}|\u001f|@word\.|@control-characters\./);
    }
  });

  it('says the allowed codes of a fixed-field position in German words', () => {
    const leader = all.find((finding) => finding.messageId === 'leader-invalid-code.bib');
    expect(leader?.message).toBe(
      'Leader/05 (Record status) is "X", which is not a code defined for the bibliographic leader. Use a, c, d, n or p. Correct it in the leader editor.',
    );
    const params = { position: '008/39', name: 'Cataloging source', value: '"b"', layout: '008 (books)' };
    const allowed = ['@word.blank-code', 'c', 'd', 'u', '@word.fill'].join('\u001f');
    expect(formatRuleMessage('field-008-invalid-code.invalid', { ...params, allowed }, 'en')).toContain(
      'Use blank, c, d, u or | (no attempt to code).',
    );
    expect(formatRuleMessage('field-008-invalid-code.invalid', { ...params, allowed }, 'de')).toContain(
      'Verwenden Sie Leerzeichen, c, d, u oder | (keine Codierung versucht).',
    );
    const more = ['an', 'bd', '@word.more-codes:73'].join('\u001f');
    expect(formatRuleMessage('field-008-invalid-code.invalid', { ...params, allowed: more }, 'de')).toContain(
      'an, bd oder … (insgesamt 73 Codes)',
    );
  });

  it('names a control character in German', () => {
    const tab = all.find((finding) => finding.ruleId === 'control-characters' && finding.tag === '003');
    expect(tab?.message).toBe(
      '003 contains a tab (U+0009) at character 3. Remove it (retype the value if it was pasted).',
    );
    expect(localizedMessage(tab!, 'de')).toBe(
      '003 enthält einen Tabulator (U+0009) an Zeichenposition 3. Entfernen Sie das Zeichen (erfassen Sie den Wert neu, wenn er eingefügt wurde).',
    );
  });
});

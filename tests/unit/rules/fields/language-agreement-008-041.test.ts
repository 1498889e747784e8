import { describe, expect, it } from 'vitest';
import { languageAgreement008041 } from '../../../../lib/rules/fields/language-agreement-008-041';
import { book008, places, run } from '../helpers';

const rule = languageAgreement008041;

describe('language-agreement-008-041', () => {
  it('accepts agreement, including old-style runs of codes', () => {
    expect(run(rule, [book008({ language: 'eng' }), '041 1# $aeng$hfre'])).toEqual([]);
    expect(run(rule, [book008({ language: 'eng' }), '041 0# $aengfre'])).toEqual([]);
  });

  it('flags a first 041 $a that differs from 008/35-37', () => {
    const findings = run(rule, [book008({ language: 'chi' }), '041 0# $aeng']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '041', occurrence: 0, code: 'a' }]);
    expect(findings[0]!.message).toContain('"chi"');
  });

  it('does not compare when 008 makes no claim or 041 uses another code list', () => {
    expect(run(rule, [book008({ language: 'und' }), '041 0# $aeng'])).toEqual([]);
    expect(run(rule, [book008({ language: 'eng' }), '041 #7 $aen$2iso639-1'])).toEqual([]);
  });
});

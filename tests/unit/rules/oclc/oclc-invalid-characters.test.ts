import { describe, expect, it } from 'vitest';
import { oclcInvalidCharacters } from '../../../../lib/rules/oclc/oclc-invalid-characters';
import { places, run } from '../helpers';

const rule = oclcInvalidCharacters;

describe('oclc-invalid-characters', () => {
  it('accepts any valid Unicode, including characters outside the BMP', () => {
    expect(run(rule, ['245 10 $aCafé 東京 عنوان 𠀀 — “quoted”.', '001 ocm12345678'])).toEqual([]);
  });

  it('flags the replacement character with its position', () => {
    const findings = run(rule, ['245 10 $aEmma.', '500 ## $aCD-levyll\uFFFDa.']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '500', occurrence: 0, code: 'a' }]);
    expect(findings[0]!.message).toContain('at character 10');
  });

  it('flags C1 controls, unpaired surrogates and noncharacters, in control fields too', () => {
    expect(run(rule, ['500 ## $aPrice \u00800.40'])[0]!.message).toContain('C1 control');
    expect(run(rule, ['500 ## $abroken \uD840 text'])[0]!.message).toContain('unpaired surrogate');
    expect(run(rule, ['500 ## $aend\uDC00'])[0]!.message).toContain('unpaired surrogate');
    const control = run(rule, ['001 123\uFFFF']);
    expect(places(control)).toEqual([{ ruleId: rule.id, tag: '001', occurrence: 0 }]);
    expect(control[0]!.position).toEqual([3, 4]);
  });

  it('leaves C0 controls to the structure rule control-characters', () => {
    expect(run(rule, ['500 ## $aline\nbreak'])).toEqual([]);
  });
});

import { codeListDates, languageCodes, obsoleteLanguageCodes } from '../../marc21/codelists';
import type { Finding, Rule } from '../types';
import { showValue } from './describe';
import { SOURCES, controlFieldsTagged } from './fixed-fields';
import { findingText, ruleText } from '../messages';

const LANGUAGE_CODE = /^[a-z]{3}$/;

/**
 * Holdings 008/22-24 is the language of the holdings captions (e.g. "v." vs "Bd."), a MARC language code.
 * The list is LC's of the date in the message (codeListDates), so an unknown code is a warning. (Bibliographic 008/15-17 and
 * 35-37 are checked by the field rules country-code-008 and language-code-008.)
 */
export const holdings008LanguageCodeRule: Rule = {
  id: 'holdings-008-language-code',
  title: 'Holdings 008/22-24 language is in the MARC language list',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'The caption language tells systems how to read enumeration captions; a typo makes the code meaningless.',
  source: SOURCES['008'].holdings,
  check(ctx) {
    if (!ctx.record) return [];
    const findings: Finding[] = [];
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '008')) {
      if (field.value.length < 25) continue;
      const code = field.value.slice(22, 25);
      // Blanks, fill and malformed values are field-008-invalid-code's business.
      if (!LANGUAGE_CODE.test(code) || languageCodes.has(code)) continue;
      const text = obsoleteLanguageCodes.has(code)
        ? ruleText('holdings-008-language-code.obsolete', { code: showValue(code) })
        : ruleText('holdings-008-language-code.unknown', { code: showValue(code), date: codeListDates.languages });
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        tag: '008',
        occurrence,
        fieldIndex,
        position: [22, 25],
        ...findingText(text),
      });
    }
    return findings;
  },
};

import type { Finding, Rule } from '../types';
import { isDataField } from '../../marc/types';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { withSubfieldValue } from '../shared/subfields';
import { correctedOclcNumber, hasOclcNumberForm, isOclcLike } from '../shared/oclc-number';
import { BFAS_035 } from './oclc-sources';
import { ruleText, withParams } from '../messages';

/**
 * 035 $a (and cancelled numbers in $z) holding an OCLC number must use one of the forms Alma and OCLC
 * match on: "(OCoLC)" then ocm + 8 digits, ocn + 9 digits, on + 10+ digits, or plain digits
 * (R-OCLC-3). A misspelt prefix or stray spaces can be fixed safely; a wrong digit count cannot.
 */
export const oclcNumberForm: Rule = {
  id: 'oclc-number-form',
  title: 'OCLC number (035) in the (OCoLC) form',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'oclc',
  profiles: ['all', 'oclc'],
  rationale:
    'Alma matches Connexion exports and WorldCat updates on 035 (OCoLC) numbers; a malformed one makes a duplicate record.',
  source: BFAS_035,
  check(ctx) {
    const entries = ctx.index.byTag('035');
    let findings: Finding[] | null = null;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const field = entry.field;
      if (!isDataField(field)) continue;
      const subfields = field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        const { code, value } = subfields[i]!;
        if ((code !== 'a' && code !== 'z') || hasOclcNumberForm(value) || !isOclcLike(value)) continue;
        const corrected = correctedOclcNumber(value);
        (findings ??= []).push(
          fieldFinding(
            oclcNumberForm,
            entry,
            corrected
              ? ruleText(
                  'oclc-number-form.invalid-corrected',
                  withParams(placeParams('035', entry.occurrence, code), { value: quoted(value), corrected }),
                )
              : ruleText(
                  'oclc-number-form.invalid',
                  withParams(placeParams('035', entry.occurrence, code), { value: quoted(value) }),
                ),
            {
              code,
              subfieldIndex: i,
              ...(corrected
                ? {
                    fix: {
                      type: 'replace-field' as const,
                      fieldIndex: entry.fieldIndex,
                      field: withSubfieldValue(field, i, corrected),
                      description: `Write the OCLC number as "${corrected}"`,
                      safe: true,
                    },
                  }
                : {}),
            },
          ),
        );
      }
    }
    return findings ?? [];
  },
};

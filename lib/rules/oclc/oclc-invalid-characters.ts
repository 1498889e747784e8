import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText, withParams } from '../messages';
import { CONNEXION_VALIDATION } from './oclc-sources';
import { ODD_CHARACTER, fieldScan } from '../structure/field-scan';

/**
 * Quick screen: C1 controls, surrogates (paired ones are fine, checked below), U+FFFD and the
 * noncharacters U+FFFE/U+FFFF. C0 controls (tab, line break, delimiters) are the structure rule
 * control-characters' business.
 */
const SUSPECT = /[\u0080-\u009F\uD800-\uDFFF\uFFFD-\uFFFF]/;

/** What kind of character OCLC cannot take: each kind has its own message. */
type InvalidKind = 'c1' | 'surrogate' | 'replacement' | 'noncharacter';

/** The first character OCLC cannot take, with its kind, its code (hex) and its 0-based position, or null. */
function firstInvalid(value: string): { kind: InvalidKind; unicode: string; at: number } | null {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit <= 0x9f) return { kind: 'c1', unicode: hex(unit), at: i };
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { kind: 'surrogate', unicode: hex(unit), at: i };
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return { kind: 'surrogate', unicode: hex(unit), at: i };
    if (unit === 0xfffd) return { kind: 'replacement', unicode: hex(unit), at: i };
    if (unit === 0xfffe || unit === 0xffff) return { kind: 'noncharacter', unicode: hex(unit), at: i };
  }
  return null;
}

function hex(unit: number): string {
  return unit.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Characters that are not valid Unicode text, which OCLC validation rejects ("valid non-Latin
 * characters") and which mean the data was damaged by a character-set conversion.
 */
export const oclcInvalidCharacters: Rule = {
  id: 'oclc-invalid-characters',
  title: 'No broken or non-Unicode characters',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'oclc',
  profiles: ['all', 'oclc'],
  rationale:
    'Replacement characters and stray C1 bytes mean text was lost in a conversion; OCLC rejects them and patrons see garbage.',
  source: CONNEXION_VALIDATION,
  check(ctx) {
    const fields = ctx.record?.fields ?? [];
    const scan = fieldScan(ctx);
    if ((scan.any & ODD_CHARACTER) === 0) return [];
    let findings: Finding[] | null = null;
    for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
      if ((scan.flags[fieldIndex]! & ODD_CHARACTER) === 0) continue;
      const field = fields[fieldIndex]!;
      if (!isDataField(field)) {
        if (!SUSPECT.test(field.value)) continue;
        const bad = firstInvalid(field.value);
        if (!bad) continue;
        const occurrence = ctx.index.occurrenceOf(fieldIndex);
        (findings ??= []).push(
          fieldFinding(
            oclcInvalidCharacters,
            { field, fieldIndex, occurrence },
            ruleText(
              `oclc-invalid-characters.${bad.kind}-value`,
              withParams(placeParams(field.tag, occurrence), { unicode: bad.unicode, at: bad.at + 1 }),
            ),
            {
              position: [bad.at, bad.at + 1],
            },
          ),
        );
        continue;
      }
      const subfields = field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        const value = subfields[i]!.value;
        if (!SUSPECT.test(value)) continue;
        const bad = firstInvalid(value);
        if (!bad) continue;
        const occurrence = ctx.index.occurrenceOf(fieldIndex);
        (findings ??= []).push(
          fieldFinding(
            oclcInvalidCharacters,
            { field, fieldIndex, occurrence },
            ruleText(
              `oclc-invalid-characters.${bad.kind}-text`,
              withParams(placeParams(field.tag, occurrence, subfields[i]!.code), {
                unicode: bad.unicode,
                at: bad.at + 1,
              }),
            ),
            { code: subfields[i]!.code, subfieldIndex: i },
          ),
        );
      }
    }
    return findings ?? [];
  },
};

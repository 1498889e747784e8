import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { firstAtParams, labelParams, subfieldLabelParams } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { CHARACTER_SETS_URL, CONTROL_CHARACTER, CONTROL_CHARACTER_OR_ESCAPE } from './syntax';
import { ODD_CHARACTER, fieldScan } from './field-scan';
import { overFieldCap, subfieldsWhere } from '../shared/field-cap';

/** The characters with a name of their own; a message names them by these catalog words (en-codes.ts). */
const CHARACTER_WORDS: Record<number, string> = {
  9: '@control-characters.tab',
  10: '@control-characters.line-break',
  13: '@control-characters.carriage-return',
  27: '@control-characters.escape',
  29: '@control-characters.record-terminator',
  30: '@control-characters.field-terminator',
  31: '@control-characters.subfield-delimiter',
};

/** The first control character of `value` as message parameters: its name ({character:list}), code and position. */
function characterParams(value: string): { character: string; unicode: string; at: number } {
  const match = CONTROL_CHARACTER_OR_ESCAPE.exec(value);
  const code = match ? (match[0].codePointAt(0) as number) : 0;
  return {
    character: CHARACTER_WORDS[code] ?? '@control-characters.other',
    unicode: code.toString(16).toUpperCase().padStart(4, '0'),
    at: (match?.index ?? 0) + 1,
  };
}

/** Field data never contains control characters (tabs, line breaks, delimiters); ESC only in MARC-8 records. */
export const controlCharactersRule: Rule = {
  id: 'control-characters',
  title: 'No control characters in field data',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'Tabs, line breaks and stray delimiters (often pasted from other programs) corrupt exports and break OCLC validation.',
  source: CHARACTER_SETS_URL,
  check(ctx) {
    const record = ctx.record;
    if (!record) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & ODD_CHARACTER) === 0) return [];
    const forbidden = record.leader.charAt(9) === ' ' ? CONTROL_CHARACTER : CONTROL_CHARACTER_OR_ESCAPE;
    const findings: Finding[] = [];
    for (let i = 0; i < record.fields.length; i++) {
      if ((scan.flags[i]! & ODD_CHARACTER) === 0) continue;
      const field = record.fields[i]!;
      const place = () => {
        const occurrence = ctx.index.occurrenceOf(i);
        const base = {
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence,
        } as const;
        return { base, label: labelParams(ctx.index, field.tag, occurrence) };
      };
      if (!isDataField(field)) {
        if (!forbidden.test(field.value)) continue;
        const { base, label } = place();
        const message = field.value.includes('\u001F')
          ? ruleText('control-characters.delimiter-in-control', label)
          : ruleText('control-characters.in-value', withParams(label, characterParams(field.value)));
        findings.push(Object.assign(findingText(message), base));
        continue;
      }
      const odd = subfieldsWhere(field, (subfield) => forbidden.test(subfield.value));
      if (odd.length === 0) continue;
      const { base, label } = place();
      if (overFieldCap(odd.length)) {
        const first = odd[0]!;
        const subfield = field.subfields[first]!;
        const at = firstAtParams(field, first);
        const params = withParams(withParams(label, at.params), characterParams(subfield.value));
        params.count = odd.length;
        findings.push(
          Object.assign(findingText(ruleText(`control-characters.many${at.form}`, params)), base, {
            code: subfield.code,
            subfieldIndex: first,
          }),
        );
        continue;
      }
      for (const s of odd) {
        const subfield = field.subfields[s]!;
        const shown = subfieldLabelParams(field, s);
        const params = withParams(withParams(label, shown.params), characterParams(subfield.value));
        findings.push(
          Object.assign(findingText(ruleText(`control-characters.in-subfield${shown.form}`, params)), base, {
            code: subfield.code,
            subfieldIndex: s,
          }),
        );
      }
    }
    return findings;
  },
};

import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldLabel, subfieldLabel } from './describe';
import { CHARACTER_SETS_URL, CONTROL_CHARACTER, CONTROL_CHARACTER_OR_ESCAPE } from './syntax';
import { ODD_CHARACTER, fieldScan } from './field-scan';
import { countText, firstAt, overFieldCap, subfieldsWhere } from '../shared/field-cap';

function describeCharacter(value: string): string {
  const match = CONTROL_CHARACTER_OR_ESCAPE.exec(value);
  const code = match ? (match[0].codePointAt(0) as number) : 0;
  const names: Record<number, string> = {
    9: 'a tab',
    10: 'a line break',
    13: 'a carriage return',
    27: 'an escape character',
    29: 'a record terminator',
    30: 'a field terminator',
    31: 'a subfield delimiter',
  };
  return `${names[code] ?? 'a control character'} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at character ${(match?.index ?? 0) + 1}`;
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
        return { base, label: fieldLabel(ctx.index, field.tag, occurrence) };
      };
      if (!isDataField(field)) {
        if (!forbidden.test(field.value)) continue;
        const { base, label } = place();
        const message = field.value.includes('\u001F')
          ? `${label}: subfields are not allowed in control fields (001-009), but the value contains a subfield delimiter. Remove it; a control field is one value.`
          : `${label} contains ${describeCharacter(field.value)}. Remove it (retype the value if it was pasted).`;
        findings.push({ ...base, message });
        continue;
      }
      const odd = subfieldsWhere(field, (subfield) => forbidden.test(subfield.value));
      if (odd.length === 0) continue;
      const { base, label } = place();
      if (overFieldCap(odd.length)) {
        const first = odd[0]!;
        const subfield = field.subfields[first]!;
        findings.push({
          ...base,
          code: subfield.code,
          subfieldIndex: first,
          message: `${label}: ${countText(odd.length)} subfields have invalid control characters; the first at ${firstAt(field, first)}: ${describeCharacter(subfield.value)}. Remove them (retype the text if it was pasted).`,
        });
        continue;
      }
      for (const s of odd) {
        const subfield = field.subfields[s]!;
        findings.push({
          ...base,
          code: subfield.code,
          subfieldIndex: s,
          message: `${label}: ${subfieldLabel(field, s)} has an invalid control character: ${describeCharacter(subfield.value)}. Remove it (retype the text if it was pasted).`,
        });
      }
    }
    return findings;
  },
};

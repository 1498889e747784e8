import { isDataField, type DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldLabel, firstAtParams, labelParams, subfieldLabel, subfieldLabelParams } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { subfieldEdit } from './fixes';
import { SPECIFICATIONS_URL, isWhitespace } from './syntax';
import { BLANK_EDGE, fieldScan } from './field-scan';
import { countText, fieldSubfieldsEdit, overFieldCap, subfieldsWhere } from '../shared/field-cap';

function hasEdgeWhitespace(value: string): boolean {
  return value.length > 0 && (isWhitespace(value.charCodeAt(0)) || isWhitespace(value.charCodeAt(value.length - 1)));
}

/** Subfields whose blanks are part of a fixed-length structure (LCCN $a, control subfields $7, 841 $b, 886). */
function blanksAreData(field: DataField, code: string): boolean {
  const tag = field.tag;
  if (tag === '010') return code === 'a' || code === 'z'; // LCCN: "##85000002#" keeps its blanks
  if (tag === '886') return true; // foreign MARC content, copied as is
  if (tag === '841') return code === 'b';
  if (code === '7') return tag === '533' || (tag >= '760' && tag <= '788') || (tag >= '800' && tag <= '830');
  return false;
}

/** Blanks at an edge that are not data, around text (blank-only: empty-subfield reports it). */
function needsTrim(field: DataField, code: string, value: string): boolean {
  return hasEdgeWhitespace(value) && !blanksAreData(field, code) && value.trim() !== '';
}

/** Subfield data does not start or end with blanks (the safe fix trims them). */
export const subfieldWhitespaceRule: Rule = {
  id: 'subfield-whitespace',
  title: 'No leading or trailing blanks in subfields',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Stray blanks break exact matching (OCLC numbers, call numbers, headings) and show up as odd spacing in displays.',
  source: SPECIFICATIONS_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & BLANK_EDGE) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & BLANK_EDGE) === 0) continue;
      const field = fields[i]!;
      if (!isDataField(field)) continue;
      const padded = subfieldsWhere(field, (subfield) => needsTrim(field, subfield.code, subfield.value));
      if (padded.length === 0) continue;
      const occurrence = ctx.index.occurrenceOf(i);
      const label = fieldLabel(ctx.index, field.tag, occurrence);
      const place = { ruleId: this.id, severity: this.defaultSeverity, fieldIndex: i, tag: field.tag, occurrence };
      if (overFieldCap(padded.length)) {
        const first = padded[0]!;
        const at = firstAtParams(field, first);
        findings.push(
          Object.assign(
            findingText(
              ruleText(
                `subfield-whitespace.many${at.form}`,
                withParams(withParams(labelParams(ctx.index, field.tag, occurrence), at.params), {
                  count: padded.length,
                }),
              ),
            ),
            place,
            {
              code: field.subfields[first]!.code,
              subfieldIndex: first,
              fix: fieldSubfieldsEdit(
                field,
                i,
                (subfield) =>
                  needsTrim(field, subfield.code, subfield.value)
                    ? { code: subfield.code, value: subfield.value.trim() }
                    : subfield,
                `Trim the blanks around ${countText(padded.length)} subfields in ${label}`,
              ),
            },
          ),
        );
        continue;
      }
      for (const s of padded) {
        const subfield = field.subfields[s]!;
        const trimmed = subfield.value.trim();
        const sub = subfieldLabel(field, s);
        const starts = isWhitespace(subfield.value.charCodeAt(0));
        const ends = isWhitespace(subfield.value.charCodeAt(subfield.value.length - 1));
        const where = starts ? (ends ? 'both' : 'starts') : 'ends';
        const shown = subfieldLabelParams(field, s);
        findings.push(
          Object.assign(
            findingText(
              ruleText(
                `subfield-whitespace.${where}${shown.form}`,
                withParams(labelParams(ctx.index, field.tag, occurrence), shown.params),
              ),
            ),
            place,
            {
              code: subfield.code,
              subfieldIndex: s,
              fix: subfieldEdit(
                field,
                i,
                s,
                { code: subfield.code, value: trimmed },
                `Trim the blanks around ${sub} in ${label}`,
              ),
            },
          ),
        );
      }
    }
    return findings;
  },
};

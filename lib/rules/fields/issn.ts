import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { withSubfieldValue } from '../shared/subfields';
import type { DataFieldEntry } from '../shared/field-entry';
import { formattedIssn, hasIssnForm, issnCheckDigit, isValidIssn, leadingIssn } from '../shared/issn';
import { ruleText, withParams } from '../messages';

/**
 * ISSN in 022 $a (and the linking ISSN in $l): form NNNN-NNNC and check digit. MARC::Lint lists this
 * as TODO; the checks follow MARC::Lintadditions check_022 (invalid characters, wrong number of
 * digits, bad checksum), plus a fix to the hyphenated form when the number itself is valid.
 */
export const issn: Rule = {
  id: 'issn',
  title: 'ISSN (022) form and check digit',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Serials are matched on ISSN; a mistyped ISSN hides the record from ISSN searches and link resolvers.',
  source: 'https://www.loc.gov/marc/bibliographic/bd022.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '022')) {
      const subfields = entry.field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        const { code, value } = subfields[i]!;
        if (code === 'a' || code === 'l') checkIssn(entry, i, code, value, findings);
      }
    }
    return findings;
  },
};

function checkIssn(entry: DataFieldEntry, index: number, code: string, value: string, findings: Finding[]): void {
  const found = leadingIssn(value);
  if (found === null) {
    findings.push(
      fieldFinding(
        issn,
        entry,
        ruleText(
          'issn.not-issn',
          withParams(placeParams(entry.field.tag, entry.occurrence, code), { value: quoted(value) }),
        ),
        {
          code,
          subfieldIndex: index,
        },
      ),
    );
    return;
  }
  const valid = isValidIssn(found);
  if (!valid) {
    const digits = found.replace('-', '');
    findings.push(
      fieldFinding(
        issn,
        entry,
        ruleText(
          'issn.bad-check',
          withParams(placeParams(entry.field.tag, entry.occurrence, code), {
            issn: found,
            expected: issnCheckDigit(digits.slice(0, 7)),
          }),
        ),
        { code, subfieldIndex: index },
      ),
    );
  }
  if (value.startsWith(found) && hasIssnForm(found)) return;
  const fixed = formattedIssn(found) + value.slice(value.indexOf(found) + found.length);
  findings.push(
    fieldFinding(
      issn,
      entry,
      ruleText(
        'issn.form',
        withParams(placeParams(entry.field.tag, entry.occurrence, code), {
          issn: formattedIssn(found),
          value: quoted(value),
        }),
      ),
      {
        code,
        subfieldIndex: index,
        ...(valid
          ? {
              fix: {
                type: 'replace-field' as const,
                fieldIndex: entry.fieldIndex,
                field: withSubfieldValue(entry.field, index, fixed),
                description: `Write the ISSN as ${quoted(fixed)}`,
                safe: true,
              },
            }
          : {}),
      },
    ),
  );
}

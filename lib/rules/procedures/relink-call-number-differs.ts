import { dataFields } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Finding, Rule } from '../types';
import { indexedDataFields, recordFinding, subfield } from './helpers';
import { ruleText } from '../messages';

function normalise(callNumber: string): string {
  return callNumber
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^\.+|\.+$/g, '');
}

/**
 * R-RELINK-4 [INFERRED]: after a relink the holdings call number (852 $h) should still agree with the
 * TARGET bib's 050 $a. Shown as information: local classification can legitimately differ.
 */
export const relinkCallNumberDiffers: Rule = {
  id: 'relink-call-number-differs',
  title: 'Holdings call number differs from bib 050',
  defaultSeverity: 'info',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: "Holdings moved to another bib keep their old call number; it should derive from the new bib's 050.",
  source: PROCEDURE_URLS.relinking,
  inferred: true,
  check(ctx) {
    const classes = dataFields(ctx.bib, '050').flatMap((field) =>
      field.subfields.filter((s) => s.code === 'a' && s.value.trim() !== '').map((s) => s.value.trim()),
    );
    if (classes.length === 0) return [];
    const wanted = new Set(classes.map(normalise));
    const findings: Finding[] = [];
    for (const entry of indexedDataFields(ctx, '852')) {
      const classPart = subfield(entry.field, 'h')?.trim();
      if (!classPart || wanted.has(normalise(classPart))) continue;
      findings.push(
        recordFinding(
          relinkCallNumberDiffers,
          ruleText('relink-call-number-differs.differs', {
            number: entry.occurrence + 1,
            classPart,
            bibClass: classes[0] ?? '',
          }),
          { tag: '852', occurrence: entry.occurrence, fieldIndex: entry.fieldIndex, code: 'h' },
        ),
      );
    }
    return findings;
  },
};

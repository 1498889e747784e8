import type { DataField } from '../../marc/types';
import { isDataField } from '../../marc/types';
import type { Finding, Rule, RuleContext } from '../types';
import type { FieldEntry } from '../shared/field-entry';
import { wellSized008 } from '../shared/fixed-008';
import { fixedDates, yearAgreesWith, yearsIn, type FixedDates } from '../shared/dates';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText, withParams } from '../messages';

/** 264 second indicators whose $c dates the resource: production, publication, copyright. */
const DATED_264 = new Set(['0', '1', '4']);

/**
 * The years in 260/264 $c should be the 008 dates: a $c whose years are all different from Date 1
 * and Date 2 (or outside their range for multipart and serial date types) means one of them is
 * wrong. A $c such as "1997 [i.e. 1998]" passes when any of its years agrees.
 */
export const publicationDate008: Rule = {
  id: 'publication-date-008',
  title: 'Publication date in 260/264 $c agrees with 008 dates',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Date limits and sorting use 008 Date 1; when it disagrees with the statement in 260/264, searches by year miss the record.',
  source: 'https://www.loc.gov/marc/bibliographic/bd008a.html',
  check(ctx) {
    // An 008 of the wrong length has shifted dates: field-008-length reports the cause, not a date mismatch.
    const value = wellSized008(ctx);
    if (value === null) return [];
    const dates = fixedDates(value);
    if (!dates) return [];
    const findings: Finding[] = [];
    checkTag(ctx, '260', dates, findings);
    checkTag(ctx, '264', dates, findings);
    return findings;
  },
};

function checkTag(ctx: RuleContext, tag: string, dates: FixedDates, findings: Finding[]): void {
  const entries = ctx.index.byTag(tag);
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const field = entry.field;
    if (!isDataField(field) || (tag === '264' && !DATED_264.has(field.ind2))) continue;
    checkField(entry, field, dates, findings);
  }
}

function checkField(entry: FieldEntry, field: DataField, dates: FixedDates, findings: Finding[]): void {
  const subfields = field.subfields;
  for (let i = 0; i < subfields.length; i++) {
    if (subfields[i]!.code !== 'c') continue;
    const years = yearsIn(subfields[i]!.value);
    if (years.length === 0 || years.some((year) => yearAgreesWith(year, dates))) continue;
    const both = dates.date2.trim() !== '' && dates.type !== 'e';
    findings.push(
      fieldFinding(
        publicationDate008,
        entry,
        ruleText(
          both ? 'publication-date-008.differs-dates' : 'publication-date-008.differs',
          withParams(placeParams(field.tag, entry.occurrence, 'c'), {
            years: years.join(', '),
            date1: dates.date1,
            date2: dates.date2,
            type: dates.type,
          }),
        ),
        { code: 'c', subfieldIndex: i },
      ),
    );
  }
}

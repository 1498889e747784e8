/** Records built in code for the structure/definition rule tests: a clean book and a clean holdings record. */
import type { ControlField, DataField, Field, MarcRecord } from '../../../../lib/marc/types';
import { validateRecord } from '../../../../lib/rules/engine';
import type { Finding, Rule, RuleOptions } from '../../../../lib/rules/types';

/** leader: c a m, UTF-8, full level, AACR2/ISBD (positions 12-16 and 00-04 are computed, not checked). */
export const BOOK_LEADER = '01234cam a2200289 a 4500';
/** 008 for a book: single date 2014, New York, no index, English. */
export const BOOK_008 = '140102s2014    nyu           000 0 eng d';
export const HOLDINGS_LEADER = '00000nx  a2200000zn 4500';
/** Holdings 008: received and complete, unknown acquisition, permanently retained, 1 copy, English captions. */
export const HOLDINGS_008 = '2201012u    8   4001uueng0000000';

export function cf(tag: string, value: string): ControlField {
  return { tag, value };
}

/** Data field from "ind1ind2" and code/value pairs: df('245', '10', 'a', 'Title /', 'c', 'by X.'). */
export function df(tag: string, indicators: string, ...pairs: string[]): DataField {
  const subfields = [];
  for (let i = 0; i < pairs.length; i += 2) subfields.push({ code: pairs[i] as string, value: pairs[i + 1] as string });
  return { tag, ind1: indicators.charAt(0), ind2: indicators.charAt(1), subfields };
}

export function bookRecord(extra: Field[] = [], overrides: { leader?: string; field008?: string } = {}): MarcRecord {
  return {
    leader: overrides.leader ?? BOOK_LEADER,
    fields: [
      cf('001', '12345'),
      cf('005', '20240101120000.0'),
      cf('008', overrides.field008 ?? BOOK_008),
      df('020', '  ', 'a', '9780306406157'),
      df('040', '  ', 'a', 'DLC', 'b', 'eng', 'c', 'DLC'),
      df('100', '1 ', 'a', 'Smith, Jane,', 'e', 'author.'),
      df('245', '10', 'a', 'A title /', 'c', 'Jane Smith.'),
      df('264', ' 1', 'a', 'New York :', 'b', 'Publisher,', 'c', '2014.'),
      df('300', '  ', 'a', '200 pages ;', 'c', '24 cm'),
      df('650', ' 0', 'a', 'Cataloging.'),
      ...extra,
    ],
  };
}

export function holdingsRecord(
  extra: Field[] = [],
  overrides: { leader?: string; field008?: string } = {},
): MarcRecord {
  return {
    leader: overrides.leader ?? HOLDINGS_LEADER,
    fields: [
      cf('001', '22334455'),
      cf('004', '12345'),
      cf('005', '20240101120000.0'),
      cf('008', overrides.field008 ?? HOLDINGS_008),
      df('852', '0 ', 'b', 'MAIN', 'c', 'STACKS', 'h', 'Z693', 'i', '.S65 2014'),
      ...extra,
    ],
  };
}

/** Runs one rule through the engine (so findings are normalised as users see them). */
export function run(
  rule: Rule,
  record: MarcRecord,
  kind: 'bib' | 'holdings' = 'bib',
  options?: Partial<RuleOptions>,
): Finding[] {
  return validateRecord(record, kind, options ? { rules: [rule], options } : { rules: [rule] });
}

/** The parts of a finding tests assert on (message wording is checked separately where it matters). */
export function where(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: finding.ruleId, tag: finding.tag, occurrence: finding.occurrence };
  if (finding.code !== undefined) out.code = finding.code;
  if (finding.subfieldIndex !== undefined) out.subfieldIndex = finding.subfieldIndex;
  if (finding.indicator !== undefined) out.indicator = finding.indicator;
  if (finding.position !== undefined) out.position = finding.position;
  return out;
}

/** Replaces the character at `index` of a fixed-length string. */
export function setChar(value: string, index: number, replacement: string): string {
  return value.slice(0, index) + replacement + value.slice(index + replacement.length);
}

/**
 * Builders for rule tests: records from compact text, and the RuleContext the engine would build.
 *
 *   field('245 10 $aThe title /$cby me.')   data field: tag, two indicators (# or _ = blank), subfields
 *   field('008 000101s2000    xxu           000 0 eng d')   control field: tag, one space, value
 */
import type { DataField, Field, MarcRecord } from '../../../lib/marc/types';
import { isDataField } from '../../../lib/marc/types';
import type { Finding, RecordKind, Rule, RuleContext } from '../../../lib/rules/types';
import { buildRecordIndex } from '../../../lib/rules/record-index';
import { GENERIC_PROFILE } from '../../../lib/settings/profile';

export const BOOK_LEADER = '00000nam a2200000 i 4500';
export const HOLDINGS_LEADER = '00000nx  a2200000un 4500';

const blank = (indicator: string): string => (indicator === '#' || indicator === '_' ? ' ' : indicator);

export function field(text: string): Field {
  const tag = text.slice(0, 3);
  if (tag.startsWith('00')) return { tag, value: text.slice(4) };
  const ind1 = blank(text.charAt(4));
  const ind2 = blank(text.charAt(5));
  const body = text.slice(7);
  if (!body.startsWith('$')) throw new Error(`field("${text}"): subfields must start with $`);
  const subfields = body
    .slice(1)
    .split('$')
    .map((part) => ({ code: part.charAt(0), value: part.slice(1) }));
  return { tag, ind1, ind2, subfields };
}

export function dataField(text: string): DataField {
  const built = field(text);
  if (!isDataField(built)) throw new Error(`dataField("${text}") is a control field`);
  return built;
}

export function record(fields: string[], leader = BOOK_LEADER): MarcRecord {
  return { leader, fields: fields.map(field) };
}

export function contextFor(rec: MarcRecord, kind: RecordKind = 'bib'): RuleContext {
  return {
    kind,
    record: rec,
    profile: GENERIC_PROFILE,
    options: { allowLocalTags: true },
    index: buildRecordIndex(rec),
  };
}

/** Runs one rule on a record built from field texts. */
export function run(rule: Rule, fields: string[], leader?: string, kind: RecordKind = 'bib'): Finding[] {
  return rule.check(contextFor(record(fields, leader), kind));
}

/** The findings reduced to what most assertions compare: where they point. */
export function places(findings: Finding[]): Array<Pick<Finding, 'ruleId' | 'tag' | 'occurrence' | 'code'>> {
  return findings.map(({ ruleId, tag, occurrence, code }) => {
    const place: Pick<Finding, 'ruleId' | 'tag' | 'occurrence' | 'code'> = { ruleId };
    if (tag !== undefined) place.tag = tag;
    if (occurrence !== undefined) place.occurrence = occurrence;
    if (code !== undefined) place.code = code;
    return place;
  });
}

/** The field a finding's replace-field fix would write, or undefined. */
export function fixedField(finding: Finding | undefined): Field | undefined {
  return finding?.fix?.type === 'replace-field' ? finding.fix.field : undefined;
}

/** Applies a finding's replace-field fix to a record (a copy), for "fixed record passes" checks. */
export function applyFix(rec: MarcRecord, finding: Finding | undefined): MarcRecord {
  const fix = finding?.fix;
  if (fix?.type !== 'replace-field') throw new Error('finding has no replace-field fix');
  const fields = rec.fields.slice();
  fields[fix.fieldIndex] = fix.field;
  return { leader: rec.leader, fields };
}

/** A minimal valid-looking book 008 with the given date type, dates, country and language. */
export function book008(
  options: { type?: string; date1?: string; date2?: string; country?: string; language?: string } = {},
): string {
  const type = options.type ?? 's';
  const date1 = options.date1 ?? '2000';
  const date2 = options.date2 ?? '    ';
  const country = options.country ?? 'xxu';
  const language = options.language ?? 'eng';
  const value = `000101${type}${date1}${date2}${country}           000 0 ${language} d`;
  if (value.length !== 40) throw new Error(`book008 built ${value.length} characters`);
  return `008 ${value}`;
}

/**
 * A custom test rule that reports what `findings` gives (all with rule id 'chatty'), to exercise the engine's
 * summary of many findings in one field (lib/rules/shared/field-cap.ts).
 */
export function chattyRule(findings: (ctx: RuleContext) => Array<Omit<Finding, 'ruleId'>>): Rule {
  return {
    id: 'chatty',
    title: 'Chatty test rule',
    defaultSeverity: 'warning',
    appliesTo: ['bib'],
    origin: 'custom',
    profiles: ['all'],
    rationale: 'test',
    source: 'https://example.org/',
    check: (ctx) => findings(ctx).map((finding) => ({ ...finding, ruleId: 'chatty' })),
  };
}

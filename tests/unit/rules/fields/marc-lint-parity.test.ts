/**
 * Parity with MARC::Lint 1.53 on real records: every warning of its field checks (stored in
 * tests/fixtures/marc-lint) must be reported by the rule that reproduces it, on the same record and
 * tag; and for the checks we reproduce exactly, we report nothing Lint does not (no extra findings).
 * Deliberate differences that show on these files are excluded in EXACT, with their reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIso2709 } from '../../../../lib/marc/iso2709';
import type { MarcRecord } from '../../../../lib/marc/types';
import { isDataField } from '../../../../lib/marc/types';
import { undefinedTagRule } from '../../../../lib/rules/definitions/undefined-tag';
import { fieldRules } from '../../../../lib/rules/fields';
import type { Rule } from '../../../../lib/rules/types';
import { contextFor } from '../helpers';

const ROOT = join(__dirname, '../../../..');
const TSV = join(ROOT, 'tests/fixtures/marc-lint/marc-lint-1.53-field-warnings.tsv');

/** Lint warning → the rule of ours that reproduces it. */
const RULE_FOR_WARNING: ReadonlyArray<readonly [RegExp, string]> = [
  [/^1XX: Only one 1XX/, 'one-main-entry'],
  [/^245: No 245 tag|^245: Must have a subfield _a/, 'title-required'],
  [/^245: Must end with|^245: MARC21 allows/, 'title-ending-period'],
  [/^245: Subfield _[bchnp] (must|should|initials)/, 'title-subfield-punctuation'],
  [/^245: First subfield|^245: May have too few/, 'title-first-subfield'],
  [/Non-filing indicator is non-numeric|: First word, /, 'nonfiling-indicator'],
  [/^020: +Subfield [az] /, 'isbn'],
  [/^041: /, 'language-codes-041'],
  [/^043: /, 'geographic-area-043'],
  [/^880: No subfield 6/, 'linkage-880-subfield-6'],
];

/** Rules whose findings on these files must all be Lint warnings too (tags Lint checks with them). */
const EXACT: Readonly<Record<string, (tag: string) => boolean>> = {
  'one-main-entry': () => true,
  'title-required': () => true,
  'title-ending-period': () => true,
  'title-subfield-punctuation': () => true,
  'title-first-subfield': () => true,
  // Lint runs its article check on 245 only; we also check 130/240/440/630/730/830 on purpose.
  'nonfiling-indicator': (tag) => tag === '245',
  isbn: () => true,
  'language-codes-041': () => true,
  'geographic-area-043': () => true,
};

const rulesById = new Map<string, Rule>(fieldRules.map((rule) => [rule.id, rule]));

interface LintRecord {
  file: string;
  index: number;
  offset: number;
  warnings: Array<{ tag: string; ruleId: string; text: string }>;
}

function lintRecords(): LintRecord[] {
  const records: LintRecord[] = [];
  for (const line of readFileSync(TSV, 'utf8').split('\n')) {
    if (!line) continue;
    const [file, index, offset, kind, text] = line.split('\t') as [string, string, string, string, string];
    if (kind === 'record') records.push({ file, index: Number(index), offset: Number(offset), warnings: [] });
    else {
      const ruleId = RULE_FOR_WARNING.find(([pattern]) => pattern.test(text))?.[1];
      if (!ruleId) throw new Error(`no rule for MARC::Lint warning "${text}"`);
      records.at(-1)!.warnings.push({ tag: text.slice(0, 3), ruleId, text });
    }
  }
  return records;
}

function recordsByOffset(file: string): Map<number, MarcRecord> {
  const byOffset = new Map<number, MarcRecord>();
  for (const result of readIso2709(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/marc', file))))) {
    if (result.record) byOffset.set(result.offset, result.record);
  }
  return byOffset;
}

/** The tags a rule reports on a record, as Lint names them: an 880 under the tag in its $6, 1XX for the main-entry count. */
function reportedTags(rule: Rule, record: MarcRecord): Set<string> {
  const tags = new Set<string>();
  for (const finding of rule.check(contextFor(record))) {
    let tag = finding.tag ?? '';
    const field = finding.fieldIndex === undefined ? undefined : record.fields[finding.fieldIndex];
    if (tag === '880' && rule.id !== 'linkage-880-subfield-6' && field && isDataField(field)) {
      tag = field.subfields.find((subfield) => subfield.code === '6')?.value.slice(0, 3) ?? tag;
    }
    tags.add(rule.id === 'one-main-entry' ? '1XX' : tag);
  }
  return tags;
}

/**
 * Lint counts every 1XX tag; we leave tags MARC 21 does not define as main entries (UNIMARC 101, 102 …)
 * to undefined-tag, so the same fault is not reported twice. Lint's warning is then covered by it.
 */
function reportsUndefinedMainEntry(record: MarcRecord): boolean {
  return undefinedTagRule.check(contextFor(record)).some((finding) => finding.tag?.startsWith('1'));
}

/**
 * MARC::Lint warnings on constructs MARC 21 allows, which we deliberately do not reproduce (docs/parity.md,
 * "MARC::Lint warnings we no longer reproduce on purpose"): by record and warning, each with its reason, in a
 * file scripts/parity.mjs reads too; and, by Leader/18, 245 punctuation on records that do not claim ISBD punctuation.
 */
interface Accepted {
  byLeader18: Array<{ lint: string; leader18: string; reason: string }>;
  records: Array<{ files: string[]; index: number; lint: string; reason: string }>;
}
const ACCEPTED: Accepted = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/marc-lint/accepted-by-marc21.json'), 'utf8'),
) as Accepted;

function acceptedByMarc21(text: string, marc: MarcRecord, record: LintRecord): boolean {
  const exempt = ACCEPTED.records.some(
    (entry) => entry.files.includes(record.file) && entry.index === record.index && new RegExp(entry.lint).test(text),
  );
  if (exempt) return true;
  const form = marc.leader.charAt(18);
  return ACCEPTED.byLeader18.some(
    (entry) => new RegExp(entry.lint).test(text) && new RegExp(entry.leader18).test(form),
  );
}

describe('parity with MARC::Lint 1.53 field checks', () => {
  const lint = lintRecords();
  const files = [...new Set(lint.map((record) => record.file))];
  const ours = new Map(files.map((file) => [file, recordsByOffset(file)]));

  it('has reference output for the fixture files', () => {
    expect(files.length).toBe(7);
    expect(lint.reduce((sum, record) => sum + record.warnings.length, 0)).toBeGreaterThan(400);
  });

  it('exempts only records where MARC::Lint does give that warning (no stale exemption), each with a reason', () => {
    for (const entry of ACCEPTED.records) {
      expect(entry.reason.length, JSON.stringify(entry)).toBeGreaterThan(10);
      for (const file of entry.files.filter((name) => files.includes(name))) {
        const record = lint.find((candidate) => candidate.file === file && candidate.index === entry.index);
        const pattern = new RegExp(entry.lint);
        expect(
          record?.warnings.some((warning) => pattern.test(warning.text)),
          `${file} #${entry.index}`,
        ).toBe(true);
      }
    }
  });

  it('reproduces every MARC::Lint field-check warning with the matching rule, record and tag', () => {
    const missed: string[] = [];
    for (const record of lint) {
      const marc = ours.get(record.file)!.get(record.offset);
      if (!marc) throw new Error(`${record.file}: no record at offset ${record.offset}`);
      for (const warning of record.warnings) {
        if (warning.tag === '1XX' && reportsUndefinedMainEntry(marc)) continue;
        if (acceptedByMarc21(warning.text, marc, record)) continue;
        if (!reportedTags(rulesById.get(warning.ruleId)!, marc).has(warning.tag))
          missed.push(`${record.file}@${record.offset} ${warning.ruleId}: ${warning.text}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('reports nothing beyond MARC::Lint for the checks it reproduces exactly', () => {
    const extra: string[] = [];
    for (const record of lint) {
      const marc = ours.get(record.file)!.get(record.offset)!;
      for (const [ruleId, comparable] of Object.entries(EXACT)) {
        const expected = new Set(record.warnings.filter((w) => w.ruleId === ruleId).map((w) => w.tag));
        for (const tag of reportedTags(rulesById.get(ruleId)!, marc)) {
          if (comparable(tag) && !expected.has(tag)) extra.push(`${record.file}@${record.offset} ${ruleId} ${tag}`);
        }
      }
    }
    expect(extra).toEqual([]);
  });
});

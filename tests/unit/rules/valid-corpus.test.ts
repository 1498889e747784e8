/**
 * Precision guard (issue 11): every record of tests/fixtures/marc/valid is valid MARC 21, written from the
 * MARC 21 documentation and national-library practice (the README there names each record's source). The
 * full rule set at default settings, on the CLI's reading and linting path, must give none of them an error
 * or a warning. When this fails, the rule is wrong (precision before recall), not the record: fix the rule,
 * or, if the record really breaks a MARC 21 rule, say which page and fix the record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintReadResult } from '../../../cli/lint-record';
import { recordKindOf } from '../../../cli/record-kind';
import { readMrk } from '../../../lib/marc/mrk';
import { validateRecord } from '../../../lib/rules/engine';
import { applyPreset } from '../../../lib/settings/apply-preset';
import { createDefaultSettings } from '../../../lib/settings/defaults';
import { ruleRunOptionsFrom } from '../../../lib/settings/rule-run-options';
import { validationSettingsOf } from '../../../lib/validation/jobs';

const DIR = join(__dirname, '../../fixtures/marc/valid');
const files = readdirSync(DIR).filter((name) => name.endsWith('.mrk'));
const records = files.flatMap((file) =>
  [...readMrk(readFileSync(join(DIR, file), 'utf8'))].map((result) => ({ file, result })),
);
const controlNumber = (fields: ReadonlyArray<{ tag: string; value?: string }> | undefined): string =>
  fields?.find((field) => field.tag === '001')?.value ?? '(no 001)';

describe('valid-records corpus', () => {
  it('has at least 50 readable records, bibliographic and holdings, each with a unique 001', () => {
    expect(records.length).toBeGreaterThanOrEqual(50);
    for (const { file, result } of records) {
      expect(result.problems, `${file} ${controlNumber(result.record?.fields)}`).toEqual([]);
      expect(result.record, file).toBeDefined();
    }
    const kinds = new Set(records.map(({ result }) => lintReadResult(result, 'all').kind));
    expect([...kinds].sort()).toEqual(['bib', 'holdings']);
    const numbers = records.map(({ result }) => controlNumber(result.record?.fields));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('is documented: every 001 has a row in the README with its source', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const { file, result } of records) {
      const number = controlNumber(result.record?.fields);
      expect(readme, `${file} ${number}`).toMatch(new RegExp(`\\| ${file} \\| ${number} \\|[^|]+\\|[^|]*\\S[^|]*\\|`));
    }
  });

  it('gives no error and no warning on any record (full rule set, default settings)', () => {
    const alarms: string[] = [];
    for (const { file, result } of records) {
      for (const finding of lintReadResult(result, 'all').findings) {
        if (finding.severity === 'info') continue;
        alarms.push(
          `${file} ${controlNumber(result.record?.fields)} ${finding.severity} ${finding.ruleId}: ${finding.message}`,
        );
      }
    }
    expect(alarms).toEqual([]);
  });

  // The extension's path: stored settings → rule options (the background's settings service does the same).
  it.each([
    ['the extension defaults', createDefaultSettings()],
    ['the UC Berkeley profile', applyPreset(createDefaultSettings(), 'uc-berkeley')!],
  ])('gives no error and no warning with %s', (_name, settings) => {
    const { customRuleErrors, ...options } = ruleRunOptionsFrom(validationSettingsOf(settings));
    expect(customRuleErrors).toEqual([]);
    const alarms: string[] = [];
    for (const { file, result } of records) {
      const record = result.record!;
      for (const finding of validateRecord(record, recordKindOf(record), options)) {
        if (finding.severity !== 'info')
          alarms.push(
            `${file} ${controlNumber(record.fields)} ${finding.severity} ${finding.ruleId}: ${finding.message}`,
          );
      }
    }
    expect(alarms).toEqual([]);
  });
});

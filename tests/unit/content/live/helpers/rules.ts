import { isDataField } from '../../../../../lib/marc/types';
import { validateItem, validateRecord } from '../../../../../lib/rules/engine';
import type { Finding, Rule } from '../../../../../lib/rules/types';
import { createDefaultSettings } from '../../../../../lib/settings';
import { validationSettingsOf, type ValidationSettings, type Validator } from '../../../../../lib/validation/jobs';

/**
 * Rules made for these tests, so they exercise the live-validation logic and not the built-in rules (which
 * other work changes): every subfield whose text contains "BAD" is an error there, and a record without 245
 * gets a record-level warning.
 */
export const badSubfield: Rule = {
  id: 'test-bad-subfield',
  title: 'Subfield says BAD',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'custom',
  profiles: ['all'],
  rationale: 'test',
  source: 'https://www.loc.gov/marc/bibliographic/bd245.html',
  check(ctx) {
    const findings: Finding[] = [];
    ctx.record?.fields.forEach((field, fieldIndex) => {
      if (!isDataField(field)) return;
      field.subfields.forEach((subfield, subfieldIndex) => {
        if (!subfield.value.includes('BAD')) return;
        findings.push({
          ruleId: 'test-bad-subfield',
          severity: 'error',
          message: `Field ${field.tag} (occurrence ${ctx.index.occurrenceOf(fieldIndex) + 1}) $${subfield.code} says BAD. Remove BAD.`,
          fieldIndex,
          code: subfield.code,
          subfieldIndex,
          fix: {
            type: 'replace-field',
            fieldIndex,
            field: {
              ...field,
              subfields: field.subfields.map((s, i) =>
                i === subfieldIndex ? { ...s, value: s.value.replace('BAD', 'GOOD') } : s,
              ),
            },
            description: 'Replace BAD with GOOD',
            safe: true,
          },
        });
      });
    });
    return findings;
  },
};

export const needs245: Rule = {
  id: 'test-needs-245',
  title: 'Record has a 245',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'custom',
  profiles: ['all'],
  rationale: 'test',
  source: 'https://www.loc.gov/marc/bibliographic/bd245.html',
  check(ctx) {
    return ctx.index.byTag('245').length > 0
      ? []
      : [{ ruleId: 'test-needs-245', severity: 'warning', message: 'The record has no 245. Add one.' }];
  },
};

export const TEST_RULES: readonly Rule[] = [badSubfield, needs245];

/** Settings as the live code sends them; the test validator below ignores them and runs TEST_RULES. */
export const TEST_SETTINGS: ValidationSettings = validationSettingsOf(createDefaultSettings());

/** Runs TEST_RULES in-process, as the background would run the built-in rules. */
export const testValidator: Validator = async (job) => ({
  findings:
    job.kind === 'record'
      ? validateRecord(job.record, job.type, { rules: TEST_RULES })
      : validateItem(job.item, { rules: TEST_RULES }),
  customRuleErrors: [],
});

import { describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../background/settings-service';
import { createValidateHandler } from '../../../background/validation-handler';
import { ruleRunOptionsFrom } from '../../../lib/settings/rule-run-options';
import type { MarcRecord } from '../../../lib/marc/types';
import { validateRecord } from '../../../lib/rules/engine';
import { createDefaultSettings } from '../../../lib/settings';
import {
  settingsRevision,
  validationSettingsOf,
  type ValidationJob,
  type ValidationSettings,
} from '../../../lib/validation/jobs';
import { runValidationJob } from '../../../lib/validation/run-job';

/** A bib with two problems the built-in rules see: no 040, and a 245 that does not end with a period. */
const BIB: MarcRecord = {
  leader: '00000nam a2200000 a 4500',
  fields: [
    { tag: '008', value: '240101s2024    xxu           000 0 eng d' },
    { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'A title' }] },
  ],
};
const JOB: ValidationJob = { kind: 'record', record: BIB, type: 'bib' };
const settings = (): ValidationSettings => validationSettingsOf(createDefaultSettings());

describe('runValidationJob', () => {
  it('finds what the engine finds with the same settings', () => {
    const expected = validateRecord(BIB, 'bib').map((finding) => finding.ruleId);
    expect(expected.length).toBeGreaterThan(0);
    expect(runValidationJob(JOB, ruleRunOptionsFrom(settings())).findings.map((finding) => finding.ruleId)).toEqual(
      expected,
    );
  });

  it('follows the settings it is sent: a rule switched off, a severity changed, a custom rule added', () => {
    const base = runValidationJob(JOB, ruleRunOptionsFrom(settings())).findings;
    const first = base[0]!;
    const changed = settings();
    changed.rules = { ...changed.rules, enabled: { [first.ruleId]: false } };
    expect(
      runValidationJob(JOB, ruleRunOptionsFrom(changed)).findings.some((finding) => finding.ruleId === first.ruleId),
    ).toBe(false);

    const regraded = settings();
    regraded.rules = { ...regraded.rules, severity: { [first.ruleId]: 'info' } };
    expect(
      runValidationJob(JOB, ruleRunOptionsFrom(regraded)).findings.find((finding) => finding.ruleId === first.ruleId)
        ?.severity,
    ).toBe('info');

    const custom = settings();
    custom.customRules = [
      {
        id: 'llamas',
        title: 'Titles mention llamas',
        tag: '245',
        subfield: 'a',
        pattern: 'llama',
        match: 'must-match',
        severity: 'warning',
        message: 'Mention llamas',
        appliesTo: ['bib'],
      },
    ];
    expect(runValidationJob(JOB, ruleRunOptionsFrom(custom)).findings.length).toBe(base.length + 1);
    // And back: options prepared from the first settings again give the first findings.
    expect(runValidationJob(JOB, ruleRunOptionsFrom(settings())).findings).toEqual(base);
  });

  it('reports custom rules that do not compile, and still validates', () => {
    const broken = settings();
    broken.customRules = [
      {
        id: 'bad',
        title: 'Bad pattern',
        tag: '245',
        pattern: '(unclosed',
        match: 'must-match',
        severity: 'error',
        message: 'x',
        appliesTo: ['bib'],
      },
    ];
    const result = runValidationJob(JOB, ruleRunOptionsFrom(broken));
    expect(result.customRuleErrors[0]).toMatch(/Bad pattern.*invalid/);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('checks an item with and without its bib', () => {
    const item = { barcode: '', copyId: '', materialType: null, itemPolicy: null } as never;
    const alone = runValidationJob({ kind: 'item', item }, ruleRunOptionsFrom(settings())).findings;
    expect(alone.some((finding) => finding.itemField === 'barcode')).toBe(true);
  });
});

describe('the validate handler (the background boundary)', () => {
  const handler = () =>
    createValidateHandler(
      createSettingsService({ load: async () => createDefaultSettings(), watch: () => () => undefined }),
    );
  const REVISION = settingsRevision(settings());

  it("answers a well-formed request with the background's settings, and names them", async () => {
    const result = await handler()({ job: JOB, revision: REVISION });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.revision).toBe(REVISION);
  });

  it.each([
    ['no job', { job: null, revision: REVISION }, /no record or item/],
    ['a bad record type', { job: { ...JOB, type: 'authority' }, revision: REVISION }, /bib or holdings/],
    [
      'a record without fields',
      { job: { kind: 'record', type: 'bib', record: { leader: 'x' } }, revision: REVISION },
      /leader and a list of fields/,
    ],
    [
      'a field without a tag',
      { job: { kind: 'record', type: 'bib', record: { leader: 'x', fields: [{}] } }, revision: REVISION },
      /needs a tag/,
    ],
    ['an unknown kind', { job: { kind: 'authority' }, revision: REVISION }, /neither a record nor an item/],
    ['no settings revision', { job: JOB }, /settings revision is missing/],
  ])('rejects %s with a clear error', async (_name, request, message) => {
    await expect(handler()(request as never)).rejects.toThrow(message);
  });
});

/** Issue 15 item 2: one record's live validation has a time budget, checked between rules. */
import { describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../background/settings-service';
import { LIVE_BUDGET_MS, createValidateHandler } from '../../../background/validation-handler';
import { ENGINE_BUDGET_EXCEEDED, validateRecord } from '../../../lib/rules/engine';
import { createDefaultSettings } from '../../../lib/settings';
import type { MarcRecord } from '../../../lib/marc/types';
import type { Rule } from '../../../lib/rules/types';
import { BUDGET_FINDING_RULE, type ValidationJob } from '../../../lib/validation/jobs';

const record = (subfields: number): MarcRecord => ({
  leader: '00000nam a2200000 a 4500',
  fields: [
    { tag: '001', value: '1' },
    {
      tag: '245',
      ind1: '1',
      ind2: '0',
      subfields: [
        { code: 'a', value: 'Title' },
        ...Array.from({ length: subfields }, () => ({ code: 'a', value: '' })),
      ],
    },
    { tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'Note.' }] },
  ],
});

function slowRule(id: string, runs: string[], ms: number): Rule {
  return {
    id,
    title: id,
    defaultSeverity: 'info',
    appliesTo: ['bib'],
    origin: 'custom',
    profiles: ['all'],
    rationale: 'test',
    source: 'https://example.org/',
    check() {
      runs.push(id);
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // busy, as a slow rule would be
      }
      return [];
    },
  };
}

describe('per-record time budget', () => {
  it('starts no rule past the deadline and names the largest field instead', () => {
    const runs: string[] = [];
    const rules = Array.from({ length: 10 }, (_, i) => slowRule(`slow-${i}`, runs, 20));
    const findings = validateRecord(record(3), 'bib', { rules, deadline: performance.now() + 30 });
    // 20 ms each: the third starts at ~40 ms at the latest. On a busy machine the setup before the first rule
    // can eat into the 30 ms, so fewer may run; never more, and never all ten.
    expect(runs.length).toBeLessThanOrEqual(3);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    const budget = findings.find((finding) => finding.ruleId === ENGINE_BUDGET_EXCEEDED);
    expect(budget?.message).toMatch(
      new RegExp(
        `too large or unusual to check live: .* after ${runs.length} of 10\\. Its largest field is 245 \\(4 subfields\\)\\. Choose "Check this record now"`,
      ),
    );
    expect(budget?.tag).toBe('245');
  });

  it('runs every rule without a deadline', () => {
    const runs: string[] = [];
    const rules = Array.from({ length: 4 }, (_, i) => slowRule(`slow-${i}`, runs, 1));
    const findings = validateRecord(record(3), 'bib', { rules });
    expect(runs).toHaveLength(4);
    expect(findings.some((finding) => finding.ruleId === ENGINE_BUDGET_EXCEEDED)).toBe(false);
  });

  it('the worker applies the budget to live requests, not to on-demand ones', async () => {
    const settings = createSettingsService({ load: async () => createDefaultSettings(), watch: () => () => undefined });
    const job: ValidationJob = { kind: 'record', type: 'bib', record: record(5000) };
    const exhausted = createValidateHandler(settings, -1); // a budget already spent: the first rule only
    await exhausted({ job: { kind: 'record', type: 'bib', record: record(0) }, revision: '' }); // warm-up job
    const live = await exhausted({ job, revision: '' });
    expect(live.findings.filter((finding) => finding.ruleId === ENGINE_BUDGET_EXCEEDED)).toHaveLength(1);
    const onDemand = await exhausted({ job, revision: '', onDemand: true });
    expect(onDemand.findings.some((finding) => finding.ruleId === ENGINE_BUDGET_EXCEEDED)).toBe(false);
    expect(onDemand.findings.some((finding) => finding.ruleId === 'empty-subfield')).toBe(true);
    expect(LIVE_BUDGET_MS).toBe(50);
  });

  it('an on-demand check after budgeted ones gives exactly what the engine gives unbudgeted, then live ones are budgeted again', async () => {
    const settings = createSettingsService({ load: async () => createDefaultSettings(), watch: () => () => undefined });
    const job: ValidationJob = { kind: 'record', type: 'bib', record: record(5000) };
    const handler = createValidateHandler(settings, -1);
    await handler({ job, revision: '' }); // the first job is unbudgeted
    await handler({ job, revision: '' });
    const onDemand = await handler({ job, revision: '', onDemand: true });
    expect(onDemand.findings).toEqual(validateRecord(record(5000), 'bib', (await settings.current('')).prepared));
    const live = await handler({ job, revision: '' });
    expect(live.findings.filter((finding) => finding.ruleId === ENGINE_BUDGET_EXCEEDED)).toHaveLength(1);
  });

  it('the page names the budget finding as the engine does (it cannot import the engine)', () => {
    expect(BUDGET_FINDING_RULE).toBe(ENGINE_BUDGET_EXCEEDED);
  });

  it('words the findings in the language the page asks for, the message id and parameters kept', async () => {
    const settings = createSettingsService({ load: async () => createDefaultSettings(), watch: () => () => undefined });
    const job: ValidationJob = {
      kind: 'record',
      type: 'bib',
      record: {
        ...record(0),
        fields: [
          { tag: '001', value: '1' },
          { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'c', value: 'x' }] },
        ],
      },
    };
    const handler = createValidateHandler(settings);
    const english = await handler({ job, revision: '' });
    const german = await handler({ job, revision: '', language: 'de' });
    const unknown = await handler({ job, revision: '', language: 'xx' });
    const missingTitle = (findings: typeof english.findings) => findings.find((f) => f.ruleId === 'title-required')!;
    expect(missingTitle(english.findings).message).toMatch(/^Field 245 \(occurrence 1\) has no \$a/);
    expect(missingTitle(german.findings).message).toMatch(/^Feld 245 \(Vorkommen 1\) hat kein \$a \(Titel\)/);
    expect(missingTitle(german.findings).messageId).toBe(missingTitle(english.findings).messageId);
    expect(unknown.findings).toEqual(english.findings);
  });
});

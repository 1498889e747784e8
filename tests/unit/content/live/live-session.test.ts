import { describe, expect, it, vi } from 'vitest';
import { createLiveSession } from '../../../../content/live/live-session';
import type { PaneSnapshot, ReadFinding } from '../../../../content/live/types';
import { BUDGET_FINDING_RULE, type ValidationSettings } from '../../../../lib/validation/jobs';
import { TEST_SETTINGS } from './helpers/rules';

const finding = (rule: string, content = ''): ReadFinding => ({
  finding: { ruleId: rule, severity: 'error', message: rule, tag: '245' },
  identity: { weak: rule, strong: `${rule}|${content}` },
  anchor: null,
});

/** Settings in which the listed rules are switched off. */
const without = (...rules: string[]): ValidationSettings => ({
  ...TEST_SETTINGS,
  rules: { ...TEST_SETTINGS.rules, enabled: Object.fromEntries(rules.map((rule) => [rule, false])) },
});

/** A pane whose findings depend on the settings: `settings.rules.enabled[rule] === false` drops a rule. */
function snapshot(identity: string, rules: string[]): PaneSnapshot {
  return {
    identity,
    header: { pane: 'single', recordType: 'bib', mmsId: identity, fieldCount: 1 },
    notes: [],
    validate: async (settings: ValidationSettings) => ({
      findings: rules.filter((rule) => settings.rules.enabled[rule] !== false).map((rule) => finding(rule)),
      customRuleErrors: [],
    }),
  };
}

const isGone = (): boolean => false;

describe('createLiveSession', () => {
  it('takes the first reading of a record as its baseline: everything in it is inherited', async () => {
    const session = createLiveSession(isGone);
    const [pane] = (await session.update([snapshot('99a', ['x', 'y'])], TEST_SETTINGS)).panes;
    expect(pane?.findings.map((found) => found.isNew)).toEqual([false, false]);
  });

  it('marks what appears later as new, with ids that stay put while the record changes', async () => {
    const session = createLiveSession(isGone);
    const first = (await session.update([snapshot('99a', ['x'])], TEST_SETTINGS)).panes;
    const second = (await session.update([snapshot('99a', ['x', 'z'])], TEST_SETTINGS)).panes;
    expect(second[0]?.findings.map((found) => [found.finding.ruleId, found.isNew])).toEqual([
      ['x', false],
      ['z', true],
    ]);
    expect(second[0]?.findings[0]?.id).toBe(first[0]?.findings[0]?.id);
    expect(session.findingById(second[0]?.findings[1]?.id ?? '')?.finding.ruleId).toBe('z');
  });

  it('starts over when the pane shows another record', async () => {
    const session = createLiveSession(isGone);
    await session.update([snapshot('99a', ['x'])], TEST_SETTINGS);
    const [other] = (await session.update([snapshot('99b', ['x', 'z'])], TEST_SETTINGS)).panes;
    expect(other?.findings.every((found) => !found.isNew)).toBe(true);
  });

  it('judges the baseline again when the settings change, so a rule switched on finds nothing "new" in old problems', async () => {
    const session = createLiveSession(isGone);
    await session.update([snapshot('99a', ['x', 'y'])], without('y'));
    const [pane] = (await session.update([snapshot('99a', ['x', 'y'])], without())).panes;
    expect(pane?.findings.map((found) => [found.finding.ruleId, found.isNew])).toEqual([
      ['x', false],
      ['y', false],
    ]);
  });

  it('keeps the record as first read as the baseline when the first validation fails', async () => {
    // The baseline is that first reading (finding x), even though it could not be validated then: a later
    // reading with the cataloger's new problem z shows z as new.
    const session = createLiveSession(isGone);
    const firstReading = snapshot('99a', ['x']);
    const opened: PaneSnapshot = {
      ...firstReading,
      validate: vi.fn().mockRejectedValueOnce(new Error('background gone')).mockImplementation(firstReading.validate),
    };
    await expect(session.update([opened], TEST_SETTINGS)).rejects.toThrow('background gone');
    const [pane] = (await session.update([snapshot('99a', ['x', 'z'])], TEST_SETTINGS)).panes;
    expect(pane?.findings.map((found) => [found.finding.ruleId, found.isNew])).toEqual([
      ['x', false],
      ['z', true],
    ]);
  });

  it('passes on the custom-rule problems the engine reports', async () => {
    const session = createLiveSession(isGone);
    const pane: PaneSnapshot = {
      ...snapshot('99a', []),
      validate: async () => ({ findings: [], customRuleErrors: ['Rule "x" has an invalid pattern.'] }),
    };
    expect((await session.update([pane], TEST_SETTINGS)).customRuleErrors).toEqual([
      'Rule "x" has an invalid pattern.',
    ]);
  });

  it('checked on demand, a record whose live check stopped at the budget is judged whole, baseline included', async () => {
    // Live, the worker stops at its budget (one budget finding instead of the later rules); on demand it
    // runs every rule. The record was opened like that: nothing the whole check finds is new.
    const budgeted = (identity: string): PaneSnapshot => ({
      ...snapshot(identity, []),
      validate: async (_settings, options) => ({
        findings: options?.onDemand
          ? [finding('empty-subfield'), finding('non-repeatable-subfield')]
          : [finding('empty-subfield'), finding(BUDGET_FINDING_RULE)],
        customRuleErrors: [],
      }),
    });
    const session = createLiveSession(isGone);
    await session.update([budgeted('99a')], TEST_SETTINGS);
    const edited = budgeted('99a');
    const [whole] = (await session.update([edited], TEST_SETTINGS, { onDemand: true })).panes;
    expect(whole?.findings.map((found) => [found.finding.ruleId, found.isNew])).toEqual([
      ['empty-subfield', false],
      ['non-repeatable-subfield', false],
    ]);
    // The next live check is budgeted again; what it shows of the record stays inherited.
    const [live] = (await session.update([budgeted('99a')], TEST_SETTINGS)).panes;
    expect(live?.findings.find((found) => found.finding.ruleId === 'empty-subfield')?.isNew).toBe(false);
  });
});

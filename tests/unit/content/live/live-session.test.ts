import { describe, expect, it, vi } from 'vitest';
import { createLiveSession } from '../../../../content/live/live-session';
import type { PaneSnapshot, ReadFinding } from '../../../../content/live/types';
import type { ValidationSettings } from '../../../../lib/validation/jobs';
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
});

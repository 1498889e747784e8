import { describe, expect, it } from 'vitest';
import { createLiveSession } from '../../../lib/live/live-session';
import type { PaneSnapshot, ReadFinding } from '../../../lib/live/types';
import type { ValidateOptions } from '../../../lib/rules/engine';

const finding = (rule: string, content = ''): ReadFinding => ({
  finding: { ruleId: rule, severity: 'error', message: rule, tag: '245' },
  identity: { weak: rule, strong: `${rule}|${content}` },
  anchor: null,
});

/** A pane whose findings depend on the options: `options.settings.enabled[rule] === false` drops a rule. */
function snapshot(identity: string, rules: string[]): PaneSnapshot {
  return {
    identity,
    header: { pane: 'single', recordType: 'bib', mmsId: identity, fieldCount: 1 },
    notes: [],
    validate: (options: ValidateOptions) => rules.filter((rule) => options.settings?.enabled?.[rule] !== false).map((rule) => finding(rule)),
  };
}

const isGone = (): boolean => false;

describe('createLiveSession', () => {
  it('takes the first reading of a record as its baseline: everything in it is inherited', () => {
    const session = createLiveSession(isGone);
    const [pane] = session.update([snapshot('99a', ['x', 'y'])], {});
    expect(pane?.findings.map((found) => found.isNew)).toEqual([false, false]);
  });

  it('marks what appears later as new, with ids that stay put while the record changes', () => {
    const session = createLiveSession(isGone);
    const options = {};
    const first = session.update([snapshot('99a', ['x'])], options);
    const second = session.update([snapshot('99a', ['x', 'z'])], options);
    expect(second[0]?.findings.map((found) => [found.finding.ruleId, found.isNew])).toEqual([
      ['x', false],
      ['z', true],
    ]);
    expect(second[0]?.findings[0]?.id).toBe(first[0]?.findings[0]?.id);
    expect(session.findingById(second[0]?.findings[1]?.id ?? '')?.finding.ruleId).toBe('z');
  });

  it('starts over when the pane shows another record', () => {
    const session = createLiveSession(isGone);
    session.update([snapshot('99a', ['x'])], {});
    const [other] = session.update([snapshot('99b', ['x', 'z'])], {});
    expect(other?.findings.every((found) => !found.isNew)).toBe(true);
  });

  it('judges the baseline again when the settings change, so a rule switched on finds nothing "new" in old problems', () => {
    const session = createLiveSession(isGone);
    session.update([snapshot('99a', ['x', 'y'])], { settings: { enabled: { y: false } } });
    const [pane] = session.update([snapshot('99a', ['x', 'y'])], { settings: { enabled: {} } });
    expect(pane?.findings.map((found) => [found.finding.ruleId, found.isNew])).toEqual([
      ['x', false],
      ['y', false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildPanelView, groupBySeverityAndPlace } from '../../../../content/live/group-findings';
import type { LiveFinding, PaneResult } from '../../../../content/live/types';
import type { Finding } from '../../../../lib/rules/types';

let n = 0;
const live = (finding: Partial<Finding>, isNew = false, pane: LiveFinding['pane'] = 'single'): LiveFinding => ({
  finding: { ruleId: 'r', severity: 'error', message: 'm', ...finding },
  identity: { weak: String(n), strong: String(n) },
  anchor: null,
  id: `id${n++}`,
  pane,
  isNew,
});
const result = (findings: LiveFinding[], pane: LiveFinding['pane'] = 'single'): PaneResult => ({
  header: { pane, recordType: 'bib', mmsId: '99', fieldCount: 3 },
  findings,
  notes: [],
});

describe('groupBySeverityAndPlace', () => {
  it('groups errors, then warnings, then info; within each, whole record, leader, then tags in order', () => {
    const groups = groupBySeverityAndPlace([
      live({ severity: 'info', tag: '245' }),
      live({ severity: 'error', tag: '650', occurrence: 1 }),
      live({ severity: 'error', tag: '245' }),
      live({ severity: 'error', tag: 'LDR', position: [18, 19] }),
      live({ severity: 'error' }),
      live({ severity: 'error', tag: '650', occurrence: 0 }),
      live({ severity: 'warning', itemField: 'description' }),
    ]);
    expect(groups.map((group) => [group.severity, group.count, group.places.map((place) => place.place)])).toEqual([
      ['error', 5, ['', 'LDR', '245', '650']],
      ['warning', 1, ['Description']],
      ['info', 1, ['245']],
    ]);
    const errors650 = groups[0]?.places[3]?.findings.map((finding) => finding.finding.occurrence);
    expect(errors650).toEqual([0, 1]);
  });
});

describe('buildPanelView', () => {
  it('lists each pane’s new findings before its inherited ones and counts both', () => {
    const old = live({ severity: 'error', tag: '245' }, false, 'left');
    const fresh = live({ severity: 'info', tag: '500' }, true, 'left');
    const right = live({ severity: 'warning', tag: '852' }, true, 'right');
    const view = buildPanelView([result([old, fresh], 'left'), result([right], 'right')]);
    expect(view.order).toEqual([fresh.id, old.id, right.id]);
    expect(view.counts).toEqual({ error: 1, warning: 1, info: 1 });
    expect(view.newCount).toBe(2);
    expect(view.panes.map((pane) => [pane.header.pane, pane.newCount, pane.inheritedCount])).toEqual([
      ['left', 1, 1],
      ['right', 1, 0],
    ]);
  });
});

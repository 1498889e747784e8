import { describe, expect, it } from 'vitest';
import { markNew } from '../../../../content/live/classify-findings';
import type { ReadFinding } from '../../../../content/live/types';

/** A finding of rule `weak` on `anchor`, in a field whose content is `content`. */
const at = (weak: string, content: string, anchor: object | null): ReadFinding => ({
  finding: { ruleId: weak, severity: 'error', message: weak },
  identity: { weak, strong: `${weak}|${content}` },
  anchor,
});

const attached = new Set<object>();
const row = (): object => {
  const element = {};
  attached.add(element);
  return element;
};
const isGone = (anchor: object): boolean => !attached.has(anchor);

describe('markNew', () => {
  it('finds nothing new in the record as opened', () => {
    const r1 = row();
    const baseline = [at('a', 'x', r1), at('b', 'y', null)];
    expect(markNew(baseline, baseline, isGone)).toEqual([false, false]);
  });

  it('keeps a finding inherited when its field moves to another row', () => {
    const [r1, r2] = [row(), row()];
    expect(markNew([at('a', 'x', r1)], [at('a', 'x', r2)], isGone)).toEqual([false]);
  });

  it('keeps a finding inherited when the cataloger edits something else in the same field', () => {
    const r1 = row();
    expect(markNew([at('a', 'before', r1)], [at('a', 'after', r1)], isGone)).toEqual([false]);
  });

  it('marks the copy of a duplicated field new, not the original', () => {
    const [r1, r2] = [row(), row()];
    // The copy is inserted above the original: order must not decide which one is new.
    expect(markNew([at('a', 'x', r1)], [at('a', 'x', r2), at('a', 'x', r1)], isGone)).toEqual([true, false]);
  });

  it('marks the same problem typed into another field new, even when the original was fixed meanwhile', () => {
    const [r1, r2] = [row(), row()];
    expect(markNew([at('a', 'x', r1)], [at('a', 'z', r2)], isGone)).toEqual([true]);
  });

  it('matches a rebuilt row (the baseline row is gone) by rule and place', () => {
    const gone = {};
    const r2 = row();
    expect(markNew([at('a', 'x', gone)], [at('a', 'edited', r2)], isGone)).toEqual([false]);
  });

  it('marks a second finding of one rule in one field new when the baseline had one', () => {
    const r1 = row();
    expect(markNew([at('a', 'x', r1)], [at('a', 'xx', r1), at('a', 'xx', r1)], isGone)).toEqual([false, true]);
  });

  it('marks whole-record findings new only when the baseline lacks them', () => {
    expect(markNew([at('a', '', null)], [at('a', '', null), at('b', '', null)], isGone)).toEqual([false, true]);
  });
});

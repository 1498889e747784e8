import { afterEach, describe, expect, it } from 'vitest';
import { extractRecords } from '../../../../content/alma/extract-record';
import { applyGridFix, focusGridFinding } from '../../../../content/live/grid-actions';
import { validateRecord } from '../../../../lib/rules/engine';
import type { Finding } from '../../../../lib/rules/types';
import { cleanBib, renderGrid, textareaOf } from './helpers/grid';
import { TEST_RULES } from './helpers/rules';

afterEach(() => {
  document.body.innerHTML = '';
});

function firstFinding(): { finding: Finding; extracted: ReturnType<typeof extractRecords>[number] } {
  const extracted = extractRecords(document)[0]!;
  const finding = validateRecord(extracted.record, 'bib', { rules: TEST_RULES })[0]!;
  return { finding, extracted };
}

describe('applyGridFix', () => {
  it('writes the fixed field into its textarea with the events Alma listens for, and undo puts it back', () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a Still BAD here' }]));
    const area = textareaOf('650');
    const events: string[] = [];
    for (const type of ['input', 'change', 'keyup']) document.addEventListener(type, () => events.push(type));
    const { finding, extracted } = firstFinding();

    const entry = applyGridFix(extracted, finding);
    expect(area.value).toBe('$$a Still GOOD here');
    expect(events).toEqual(['input', 'change', 'keyup']);
    expect(entry.description).toBe('Replace BAD with GOOD');

    entry.undo();
    expect(area.value).toBe('$$a Still BAD here');
  });

  it('refuses to undo over typing done after the fix', () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a BAD' }]));
    const { finding, extracted } = firstFinding();
    const entry = applyGridFix(extracted, finding);
    textareaOf('650').value = '$$a GOOD and more';
    expect(() => entry.undo()).toThrow('edited after the fix');
    expect(textareaOf('650').value).toBe('$$a GOOD and more');
  });

  it('refuses to write a fix over a field that changed since it was checked, and changes nothing', () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a BAD' }]));
    const { finding, extracted } = firstFinding();
    // Typed after the check: the fix (computed from "$$a BAD") would throw this text away.
    textareaOf('650').value = '$$a BAD and more typed since';
    expect(() => applyGridFix(extracted, finding)).toThrow('changed since it was checked');
    expect(textareaOf('650').value).toBe('$$a BAD and more typed since');
  });

  it('writes a fix over an unchanged field whatever its odd spacing (the check reads the row as extraction does)', () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a  BAD  $$x y' }]));
    const { finding, extracted } = firstFinding();
    expect(() => applyGridFix(extracted, finding)).not.toThrow();
    expect(textareaOf('650').value).toContain('GOOD');
  });

  it('says clearly when a finding has no fix, and changes nothing', () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a BAD' }]));
    const { finding, extracted } = firstFinding();
    expect(() => applyGridFix(extracted, { ...finding, fix: undefined })).toThrow('no automatic fix');
    expect(textareaOf('650').value).toBe('$$a BAD');
  });
});

describe('focusGridFinding', () => {
  it('focuses the textarea with the subfield selected', () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a fine $$x BAD' }]));
    const { finding, extracted } = firstFinding();
    expect(focusGridFinding(extracted, finding)).toBe(true);
    const area = textareaOf('650');
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([9, 12]);
  });

  it('focuses the indicator box for an indicator finding, and the leader for a leader position', () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a x' }]));
    const extracted = extractRecords(document)[0]!;
    const fieldIndex = extracted.record.fields.findIndex((field) => field.tag === '650');
    focusGridFinding(extracted, { ruleId: 'r', severity: 'error', message: 'm', tag: '650', fieldIndex, indicator: 2 });
    expect((document.activeElement as HTMLElement).id).toMatch(/^FieldIndicatorBox\.tag\.650\..*\.2$/);

    focusGridFinding(extracted, { ruleId: 'r', severity: 'error', message: 'm', tag: 'LDR', position: [18, 19] });
    const leader = textareaOf('LDR');
    expect(document.activeElement).toBe(leader);
    expect([leader.selectionStart, leader.selectionEnd]).toEqual([18, 19]);
  });

  it('has nowhere to go for a whole-record finding', () => {
    renderGrid(cleanBib());
    expect(focusGridFinding(extractRecords(document)[0]!, { ruleId: 'r', severity: 'warning', message: 'm' })).toBe(
      false,
    );
  });
});

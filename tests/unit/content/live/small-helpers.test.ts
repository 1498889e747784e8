import { describe, expect, it } from 'vitest';
import { describePlace, describeSource } from '../../../../content/live/describe-place';
import { subfieldRange } from '../../../../content/live/focus-control';
import { marksFor } from '../../../../content/live/highlight-marks';
import type { LiveFinding } from '../../../../content/live/types';
import type { Finding } from '../../../../lib/rules/types';

const f = (extra: Partial<Finding>): Finding => ({ ruleId: 'r', severity: 'error', message: 'm', ...extra });

describe('describePlace', () => {
  it.each([
    [f({ tag: '245', code: 'c', occurrence: 1 }), '245 $c (occurrence 2)'],
    [f({ tag: 'LDR', position: [5, 6] }), 'LDR/05'],
    [f({ tag: '008', position: [18, 22], occurrence: 0 }), '008/18-21 (occurrence 1)'],
    [f({ tag: '100', indicator: 2, occurrence: 0 }), '100 indicator 2 (occurrence 1)'],
    [f({ itemField: 'enumerationA' }), 'Enumeration A'],
    [f({}), 'Whole record'],
  ])('%o → %s', (finding, expected) => {
    expect(describePlace(finding)).toBe(expected);
  });
});

describe('describeSource', () => {
  it('says where the link goes', () => {
    expect(describeSource('https://www.loc.gov/marc/bibliographic/bd245.html', f({ tag: '245' }))).toBe(
      'MARC 21 documentation: 245',
    );
    expect(describeSource('https://www.oclc.org/bibformats/en/0xx/040.html', f({ tag: '040' }))).toBe(
      'OCLC documentation: 040',
    );
    expect(describeSource('https://www.lib.berkeley.edu/x', f({ itemField: 'description' }))).toBe(
      'Procedure: Description',
    );
    expect(describeSource('not a url', f({}))).toBe('Source of this check');
  });
});

describe('subfieldRange', () => {
  it('finds the n-th $$ delimiter', () => {
    expect(subfieldRange('$$a one $$b two', 1)).toEqual([8, 11]);
    expect(subfieldRange('$$a one', 3)).toBeUndefined();
  });
});

describe('marksFor', () => {
  it('gives each row its worst severity, every message and the worst finding’s box; none for whole-record findings', () => {
    const row = document.createElement('tr');
    const box = document.createElement('textarea');
    const live = (finding: Finding, anchor: object | null, isNew = false): LiveFinding => ({
      finding,
      anchor,
      identity: { weak: '', strong: '' },
      id: finding.message,
      pane: 'single',
      isNew,
    });
    const marks = marksFor(
      [
        live(f({ severity: 'info', message: 'i' }), row, true),
        live(f({ severity: 'error', message: 'e' }), row),
        live(f({ message: 'whole' }), null),
      ],
      (finding) => (finding.finding.severity === 'error' ? box : null),
    );
    expect(marks).toEqual([
      { container: row, target: box, severity: 'error', messages: ['Error: e', 'Info (new): i'], isNew: true },
    ]);
  });
});

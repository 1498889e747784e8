// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeLocation, jsonlFormatter, textFormatter } from '../../../cli/output-format';
import type { LintedRecord } from '../../../cli/lint-record';
import { problemToFinding } from '../../../cli/lint-record';

describe('output formats', () => {
  it('describes a finding location for humans with 1-based occurrences', () => {
    expect(
      describeLocation({ ruleId: 'r', severity: 'error', message: 'm', tag: '245', occurrence: 1, code: 'c' }),
    ).toBe('245[2] $c');
    expect(
      describeLocation({ ruleId: 'r', severity: 'error', message: 'm', tag: '008', occurrence: 0, position: [35, 38] }),
    ).toBe('008[1]/35-37');
    expect(describeLocation({ ruleId: 'r', severity: 'error', message: 'm', tag: 'LDR', position: [6, 7] })).toBe(
      'LDR/06',
    );
    expect(
      describeLocation({ ruleId: 'r', severity: 'warning', message: 'm', tag: '100', occurrence: 0, indicator: 1 }),
    ).toBe('100[1] ind1');
    expect(describeLocation({ ruleId: 'r', severity: 'info', message: 'm' })).toBe('record');
  });

  it('turns reader problems into structure/<code> findings keeping severity and tag', () => {
    expect(
      problemToFinding({
        code: 'bad-indicators',
        severity: 'warning',
        message: 'Bad indicators in 245.',
        tag: '245',
        offset: 12,
      }),
    ).toEqual({
      ruleId: 'structure/bad-indicators',
      severity: 'warning',
      message: 'Bad indicators in 245.',
      tag: '245',
    });
  });

  const records: LintedRecord[] = [
    { index: 0, offset: 0, controlNumber: 'a1', kind: 'bib', findings: [] },
    {
      index: 1,
      offset: 900,
      controlNumber: null,
      kind: 'holdings',
      findings: [
        {
          ruleId: 'x-rule',
          severity: 'warning',
          message: 'Quote " and\nnewline',
          tag: '852',
          occurrence: 0,
          code: 'b',
        },
      ],
    },
  ];

  it('writes JSON lines that survive quotes and newlines in messages', () => {
    const out = jsonlFormatter.records('dir/f "1".mrc', records);
    expect(out.endsWith('\n')).toBe(true);
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        file: 'dir/f "1".mrc',
        record: 1,
        controlNumber: null,
        offset: 900,
        tag: '852',
        occurrence: 0,
        code: 'b',
        indicator: null,
        position: null,
        ruleId: 'x-rule',
        severity: 'warning',
        message: 'Quote " and\nnewline',
      },
    ]);
  });

  it('shows control characters quoted from data as \\xNN in text, never raw', () => {
    const record: LintedRecord = {
      index: 0,
      offset: 0,
      controlNumber: 'x',
      kind: 'bib',
      findings: [
        {
          ruleId: 'r',
          severity: 'error',
          message: 'Value "a\u001b[31mb\tc" has control characters.',
          tag: '245',
          occurrence: 0,
        },
      ],
    };
    expect(textFormatter.records('f.mrc', [record])).toContain('Value "a\\x1b[31mb\\x09c" has control characters.');
  });

  it('lists only records with findings in text, headed by number, 001 and kind', () => {
    expect(textFormatter.records('f.mrc', records)).toBe(
      '  Record 2 (no 001, holdings; index 1):\n    warning 852[1] $b: Quote " and newline [x-rule]\n',
    );
  });
});

// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { writeIso2709File } from '../../../lib/marc/iso2709';
import { recordKindOf } from '../../../cli/record-kind';
import { validateRecord } from '../../../lib/rules/engine';
import { cleanBibRecord, holdingsRecord, runCli, tempFile } from './cli-harness';

// Spy on the engine while keeping its behaviour, to see which kind each record is validated as.
vi.mock('../../../lib/rules/engine', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/rules/engine')>();
  return { ...original, validateRecord: vi.fn(original.validateRecord) };
});

describe('record kind', () => {
  it('treats leader/06 u, v, x, y as holdings and everything else as bibliographic', () => {
    const withType = (type: string) => ({ leader: `00000n${type}  a2200000 i 4500`, fields: [] });
    for (const type of ['u', 'v', 'x', 'y']) expect(recordKindOf(withType(type))).toBe('holdings');
    for (const type of ['a', 'c', 'e', 'g', 'm', 't', 'z', ' ']) expect(recordKindOf(withType(type))).toBe('bib');
    expect(recordKindOf({ leader: '', fields: [] })).toBe('bib');
  });

  it('validates holdings records in a file with the holdings rules and bib records with the bib rules', async () => {
    const file = tempFile(
      'mixed.mrc',
      writeIso2709File([cleanBibRecord('b1'), holdingsRecord('h1'), cleanBibRecord('b2')]),
    );
    const spy = vi.mocked(validateRecord);
    spy.mockClear();
    await runCli(['lint', '--format', 'jsonl', file]);
    const calls = spy.mock.calls.map(([record, kind, options]) => [
      record.fields[0] && 'value' in record.fields[0] ? record.fields[0].value : '',
      kind,
      options?.settings?.ruleSet,
    ]);
    expect(calls).toEqual([
      ['b1', 'bib', 'all'],
      ['h1', 'holdings', 'all'],
      ['b2', 'bib', 'all'],
    ]);
    spy.mockClear();
    await runCli(['lint', '--format', 'jsonl', '--profile', 'oclc', file]);
    expect(spy.mock.calls.map(([, , options]) => options?.settings?.ruleSet)).toEqual(['oclc', 'oclc', 'oclc']);
  });
});

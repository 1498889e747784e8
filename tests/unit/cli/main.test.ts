// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIso2709, writeIso2709, writeIso2709File } from '../../../lib/marc/iso2709';
import { isControlField } from '../../../lib/marc/types';
import { findRule } from '../../../lib/rules/registry';
import packageJson from '../../../package.json';
import { cleanBibRecord, fixture, holdingsRecord, ISO2709_FIXTURES, runCli, tempFile } from './cli-harness';

const JSONL_KEYS = [
  'file',
  'record',
  'controlNumber',
  'offset',
  'tag',
  'occurrence',
  'code',
  'indicator',
  'position',
  'ruleId',
  'severity',
  'message',
];
const MANY_ERRORS = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');

function controlNumbers(path: string): Array<string | undefined> {
  return [...readIso2709(new Uint8Array(readFileSync(path)))].map((result) => {
    const field = result.record?.fields.find((f) => f.tag === '001');
    return field && isControlField(field) ? field.value.trim() : undefined;
  });
}

describe('alma-companion arguments', () => {
  it('prints usage with --help and the package version with --version', async () => {
    const help = await runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('alma-companion lint [options] FILE...');
    expect(help.stdout).toContain('alma-companion fix [options] IN -o OUT');
    const version = await runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(packageJson.version);
  });

  it('exits 2 with a message on unknown options, commands and missing files argument', async () => {
    for (const args of [
      ['lint', '--format', 'xml', 'a.mrc'],
      ['lint', '--bogus', 'a.mrc'],
      ['check', 'a.mrc'],
      ['lint'],
    ]) {
      const run = await runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^alma-companion: /);
      expect(run.stdout).toBe('');
    }
  });
});

describe('alma-companion lint: exit status', () => {
  it('exits 0 for a clean record and 1 once an error-severity finding appears', async () => {
    const clean = tempFile('clean.mrc', writeIso2709(cleanBibRecord()));
    const cleanRun = await runCli(['lint', '--format', 'jsonl', clean]);
    expect(cleanRun.lines.filter((line) => line.severity === 'error')).toEqual([]);
    expect(cleanRun.status).toBe(0);

    // Same record with a wrong leader record length: the reader reports it as a structural error.
    const bytes = writeIso2709(cleanBibRecord());
    bytes.set(new TextEncoder().encode('00099'), 0);
    const damaged = tempFile('damaged.mrc', bytes);
    const damagedRun = await runCli(['lint', '--format', 'jsonl', damaged]);
    const structural = damagedRun.lines.filter((line) => String(line.ruleId).startsWith('structure/'));
    expect(structural.length).toBeGreaterThan(0);
    expect(structural.some((line) => line.severity === 'error')).toBe(true);
    expect(damagedRun.status).toBe(1);
  });

  it.each(ISO2709_FIXTURES)(
    'exit status of %s follows its findings',
    async (path) => {
      const run = await runCli(['lint', '--format', 'jsonl', path]);
      const hasError = run.lines.some((line) => line.severity === 'error');
      expect(run.status).toBe(hasError ? 1 : 0);
      expect(run.stderr).toBe('');
    },
    30_000,
  );

  it('exits 2 for a missing file but still lints the other files', async () => {
    const clean = tempFile('clean-too.mrc', writeIso2709(cleanBibRecord()));
    const run = await runCli(['lint', 'no/such/file.mrc', MANY_ERRORS, clean]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no/such/file.mrc: no such file');
    expect(run.stdout).toContain(MANY_ERRORS);
    expect(run.stdout).toMatch(/ records? in 3 files:/);
  }, 30_000);

  it('exits 2 for an unknown format, an empty file and a file with no readable record', async () => {
    const notes = tempFile('notes.txt', 'Shopping list: milk, eggs.\n');
    const empty = tempFile('empty.mrc', new Uint8Array(0));
    const garbage = tempFile('garbage.mrc', new TextEncoder().encode('this is not MARC at all\x1d'));
    for (const [path, reason] of [
      [notes, 'unknown format'],
      [empty, 'no MARC record'],
      [garbage, 'could be read'],
    ] as const) {
      const run = await runCli(['lint', path]);
      expect(run.status, path).toBe(2);
      expect(run.stderr).toContain(reason);
    }
  });
});

describe('alma-companion lint --format jsonl', () => {
  it('prints one JSON object per finding with exactly the documented fields', async () => {
    const run = await runCli(['lint', '--format', 'jsonl', ...ISO2709_FIXTURES]);
    expect(run.lines.length).toBeGreaterThan(100);
    const recordCounts = new Map(ISO2709_FIXTURES.map((path) => [path, controlNumbers(path).length]));
    for (const line of run.lines) {
      // "policy" (the rule's policy group) comes before the message, only for policy rules.
      const keys = 'policy' in line ? [...JSONL_KEYS.slice(0, -1), 'policy', 'message'] : JSONL_KEYS;
      expect(Object.keys(line)).toEqual(keys);
      expect(ISO2709_FIXTURES).toContain(line.file);
      expect(Number.isInteger(line.record)).toBe(true);
      expect(line.record as number).toBeGreaterThanOrEqual(0);
      expect(line.record as number).toBeLessThan(recordCounts.get(line.file as string)!);
      expect(line.tag === null || /^([0-9A-Za-z]{3}|LDR)$/.test(line.tag as string)).toBe(true);
      expect(line.occurrence === null || (Number.isInteger(line.occurrence) && (line.occurrence as number) >= 0)).toBe(
        true,
      );
      expect(line.code === null || (typeof line.code === 'string' && line.code.length === 1)).toBe(true);
      expect(typeof line.ruleId === 'string' && line.ruleId.length > 0).toBe(true);
      expect(['error', 'warning', 'info']).toContain(line.severity);
      expect(typeof line.message === 'string' && line.message.length > 10).toBe(true);
    }
    // Policy rules carry their group (oclc-number-form and oclc-cataloging-language fire on these files).
    expect(run.lines.some((line) => line.policy === 'oclc')).toBe(true);
    expect(run.lines.some((line) => line.ruleId === 'isbn' && 'policy' in line)).toBe(false);
    // No summary or other text mixed into the JSON stream.
    expect(run.stdout.split('\n').filter(Boolean).length).toBe(run.lines.length);
  });

  it('with --profile oclc reports a subset: only OCLC-profile rules and reading problems', async () => {
    const all = await runCli(['lint', '--format', 'jsonl', MANY_ERRORS]);
    const oclc = await runCli(['lint', '--format', 'jsonl', '--profile', 'oclc', MANY_ERRORS]);
    const remaining = new Map<string, number>();
    for (const line of all.lines) remaining.set(JSON.stringify(line), (remaining.get(JSON.stringify(line)) ?? 0) + 1);
    for (const line of oclc.lines) {
      const key = JSON.stringify(line);
      expect(remaining.get(key), key).toBeGreaterThan(0);
      remaining.set(key, remaining.get(key)! - 1);
      const ruleId = line.ruleId as string;
      if (ruleId.startsWith('structure/')) continue;
      expect(findRule(ruleId)?.profiles, ruleId).toContain('oclc');
    }
    const outsideOclc = all.lines.filter((line) => {
      const rule = findRule(line.ruleId as string);
      return rule !== undefined && !rule.profiles.includes('oclc');
    });
    expect(oclc.lines.length).toBe(all.lines.length - outsideOclc.length);
  });
});

describe('alma-companion lint --format text', () => {
  it('groups findings per record under the record number and its 001', async () => {
    const run = await runCli(['lint', MANY_ERRORS]);
    const ids = controlNumbers(MANY_ERRORS);
    const headers = [
      ...run.stdout.matchAll(/^ {2}Record (\d+) \((?:001 (.*?)|no 001)(, holdings)?; index (\d+)\):$/gm),
    ];
    expect(headers.length).toBeGreaterThan(10);
    for (const [, number, id, , index] of headers) {
      expect(Number(number)).toBe(Number(index) + 1);
      expect(id).toBe(ids[Number(index)] || undefined);
    }
    const jsonl = await runCli(['lint', '--format', 'jsonl', MANY_ERRORS]);
    const findingLines = run.stdout.split('\n').filter((line) => /^ {4}(error|warning|info) /.test(line));
    expect(findingLines.length).toBe(jsonl.lines.length);
    const errors = jsonl.lines.filter((line) => line.severity === 'error').length;
    expect(run.stdout).toContain(`${errors.toLocaleString('en-US')} error`);
  });

  it('marks holdings records and shows them with their own 001', async () => {
    const file = tempFile('bib-and-holdings.mrc', writeIso2709File([cleanBibRecord('bib-1'), holdingsRecord('hol-1')]));
    const run = await runCli(['lint', file]);
    expect(run.stdout).not.toMatch(/Record 1 \(001 bib-1, holdings/);
    // The holdings record has a header only when it has findings; the kind shows whenever it does.
    for (const match of run.stdout.matchAll(/Record 2 \(001 hol-1(, holdings)?;/g)) expect(match[1]).toBe(', holdings');
  });
});

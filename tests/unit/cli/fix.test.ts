// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readIso2709 } from '../../../lib/marc/iso2709';
import { readMarcXml } from '../../../lib/marc/marcxml';
import { writeIso2709 } from '../../../lib/marc/iso2709-writer';
import type { DataField, MarcRecord } from '../../../lib/marc/types';
import { validateRecord } from '../../../lib/rules/engine';
import type { Edit } from '../../../lib/rules/types';
import { VALIDATE_OPTIONS } from '../../../cli/lint-record';
import { recordKindOf } from '../../../cli/record-kind';
import { cleanBibRecord, fixture, holdingsRecord, ISO2709_FIXTURES, runCli, tempFile } from './cli-harness';

// Every edit the fixer applies goes through applyEdit: record them, to prove none is unsafe.
const applied = vi.hoisted(() => [] as Edit[]);
vi.mock('../../../lib/rules/apply-edit', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/rules/apply-edit')>();
  return {
    ...original,
    applyEdit: (record: MarcRecord, edit: Edit) => {
      applied.push(edit);
      return original.applyEdit(record, edit);
    },
  };
});

function withField(record: MarcRecord, tag: string, change: (field: DataField) => DataField): MarcRecord {
  return {
    ...record,
    fields: record.fields.map((field) => (field.tag === tag && 'subfields' in field ? change(field) : field)),
  };
}

/** Safe problems only: blanks after 650 $a, an empty 300 $c next to data, an unhyphenated valid ISSN. */
function safelyFixable(): MarcRecord {
  let record = cleanBibRecord('safe0001');
  record = withField(record, '650', (f) => ({ ...f, subfields: [{ code: 'a', value: 'Cataloging.  ' }] }));
  record = withField(record, '300', (f) => ({ ...f, subfields: [...f.subfields, { code: 'e', value: '' }] }));
  const issn: DataField = { tag: '022', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '03785955' }] };
  record.fields.splice(5, 0, issn);
  return record;
}

/** Problems whose fixes are guesses: 040 without $b (the fix would add "eng"), an uppercase $A in 500. */
function onlyUnsafe(): MarcRecord {
  let record = cleanBibRecord('unsafe01');
  record = withField(record, '040', (f) => ({ ...f, subfields: f.subfields.filter((s) => s.code !== 'b') }));
  record.fields.push({ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'A', value: 'Local note.' }] });
  return record;
}

/** Each record's bytes, from its offset to the next record's (the last to the end of the file). */
function recordBytes(bytes: Uint8Array): Buffer[] {
  const offsets = [...readIso2709(bytes)].map((result) => result.offset);
  return offsets.map((from, i) => Buffer.from(bytes.subarray(from, offsets[i + 1] ?? bytes.length)));
}

/** "Record 2 (001 x) [rule]: before  ->  after" lines as { record (0-based), rule }. */
function changeLines(stdout: string): Array<{ record: number; rule: string }> {
  return stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const match = /^Record (\d+) \((?:001 [^)]*|no 001)\) \[([a-z0-9-]+)\]: .+ {2}-> {2}.+$/.exec(line);
      expect(match, line).not.toBeNull();
      return { record: Number(match![1]) - 1, rule: match![2]! };
    });
}

function findingsOf(record: MarcRecord) {
  return validateRecord(record, recordKindOf(record), VALIDATE_OPTIONS.all);
}

const SAMPLE = [cleanBibRecord('clean001'), safelyFixable(), onlyUnsafe(), holdingsRecord()];

describe('alma-companion fix', () => {
  it('applies the safe fixes, prints one line per change, and leaves guesses alone', async () => {
    const input = tempFile('sample.mrc', Buffer.concat(SAMPLE.map(writeIso2709)));
    const output = tempFile('sample-fixed.mrc', '');
    applied.length = 0;
    const run = await runCli(['fix', input, '-o', output]);
    expect(run.status).toBe(0);
    const changes = changeLines(run.stdout);
    expect(changes.map((c) => c.record)).toEqual(changes.map(() => 1));
    expect(new Set(changes.map((c) => c.rule))).toEqual(new Set(['subfield-whitespace', 'empty-subfield', 'issn']));
    expect(run.stdout).toContain('Record 2 (001 safe0001) [issn]: =022  \\\\$a03785955  ->  =022  \\\\$a0378-5955');
    expect(applied.length).toBe(changes.length);
    expect(applied.every((edit) => edit.safe)).toBe(true);
    // The unsafe record still offers its (unsafe) fixes: the fixer saw them and refused.
    const unsafeFixes = findingsOf(onlyUnsafe()).flatMap((finding) => (finding.fix ? [finding.fix] : []));
    expect(unsafeFixes.length).toBeGreaterThan(0);
    expect(unsafeFixes.some((fix) => fix.safe)).toBe(false);

    const inPieces = recordBytes(readFileSync(input));
    const outPieces = recordBytes(readFileSync(output));
    expect(outPieces).toHaveLength(4);
    for (const i of [0, 2, 3]) expect(outPieces[i]!.equals(inPieces[i]!)).toBe(true);
    expect(outPieces[1]!.equals(inPieces[1]!)).toBe(false);
    // The fixed record, read back, has no finding of the rules that fixed it.
    const fixed = [...readIso2709(readFileSync(output))][1]!.record!;
    const fixingRules = new Set(changes.map((c) => c.rule));
    expect(findingsOf(fixed).filter((finding) => fixingRules.has(finding.ruleId))).toEqual([]);
  });

  it('--only restricts the fixes to the named rules, and rejects an unknown rule id', async () => {
    const input = tempFile('only.mrc', writeIso2709(safelyFixable()));
    const output = tempFile('only-fixed.mrc', '');
    const run = await runCli(['fix', input, '-o', output, '--only', 'issn']);
    expect(changeLines(run.stdout).map((c) => c.rule)).toEqual(['issn']);
    const rejected = await runCli(['fix', input, '-o', output, '--only', 'issn,no-such-rule']);
    expect(rejected.status).toBe(2);
    expect(rejected.stderr).toContain('no-such-rule');
  });

  it('round trip on every ISO 2709 fixture: untouched records byte-identical, fixing again changes nothing', async () => {
    for (const path of ISO2709_FIXTURES) {
      const name = path.split('/').pop()!;
      const once = tempFile(`${name}.once.mrc`, '');
      const twice = tempFile(`${name}.twice.mrc`, '');
      applied.length = 0;
      const first = await runCli(['fix', path, '-o', once]);
      expect(first.status, `${name}: ${first.stderr}`).toBe(0);
      expect(
        applied.every((edit) => edit.safe),
        name,
      ).toBe(true);
      const changed = new Set(changeLines(first.stdout).map((c) => c.record));
      const inPieces = recordBytes(readFileSync(path));
      const outPieces = recordBytes(readFileSync(once));
      expect(outPieces.length, name).toBe(inPieces.length);
      for (let i = 0; i < inPieces.length; i++) {
        if (!changed.has(i)) expect(outPieces[i]!.equals(inPieces[i]!), `${name} record ${i + 1}`).toBe(true);
      }
      // Fixed records offer no safe fix any more (findings that need a person, e.g. an obsolete code, stay).
      for (const result of readIso2709(readFileSync(once))) {
        if (!changed.has(result.index) || result.record === null) continue;
        const left = findingsOf(result.record).filter((finding) => finding.fix?.safe);
        expect(left, `${name} record ${result.index + 1}`).toEqual([]);
      }
      const second = await runCli(['fix', once, '-o', twice]);
      expect(second.stdout, name).toBe('');
      expect(readFileSync(twice).equals(readFileSync(once)), name).toBe(true);
    }
  });

  it('writes MARCXML when OUT ends in .xml, with the fixes applied and every record kept', async () => {
    const input = tempFile('to-xml.mrc', Buffer.concat(SAMPLE.map(writeIso2709)));
    const output = tempFile('fixed.xml', '');
    const run = await runCli(['fix', input, '-o', output]);
    expect(run.status).toBe(0);
    const records = [...readMarcXml(readFileSync(output, 'utf8'))].map((result) => result.record!);
    expect(records.map((r) => r.fields[0])).toEqual(SAMPLE.map((r) => r.fields[0]));
    expect(records[1]!.fields.find((f) => f.tag === '022')).toMatchObject({
      subfields: [{ code: 'a', value: '0378-5955' }],
    });
    expect(records[2]!.fields).toEqual(onlyUnsafe().fields);
  });

  it('fixes a fixture read from standard input', async () => {
    const path = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');
    const { Readable } = await import('node:stream');
    const fileOut = tempFile('pp-file.mrc', '');
    const fromFile = await runCli(['fix', path, '-o', fileOut]);
    const stdinOut = tempFile('pp-stdin.mrc', '');
    const fromStdin = await runCli(['fix', '-', '-o', stdinOut], { stdin: Readable.from([readFileSync(path)]) });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromFile.stdout).not.toBe('');
    expect(readFileSync(stdinOut).equals(readFileSync(fileOut))).toBe(true);
  });
});

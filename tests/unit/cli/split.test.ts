// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIso2709 } from '../../../lib/marc/iso2709';
import { writeIso2709 } from '../../../lib/marc/iso2709-writer';
import { readMarcXml } from '../../../lib/marc/marcxml';
import { writeMrkFile } from '../../../lib/marc/mrk';
import type { DataField, MarcRecord } from '../../../lib/marc/types';
import { MARCXML_FOOTER, MARCXML_HEADER, marcXmlRecord } from '../../../cli/marcxml-writer';
import { cleanBibRecord, ISO2709_FIXTURES, MARCXML_FIXTURES, runCli, tempFile } from './cli-harness';

/** Each record's bytes, from its offset to the next record's (the last to the end of the file). */
function recordPieces(bytes: Uint8Array): Buffer[] {
  const offsets = [...readIso2709(bytes)].map((result) => result.offset);
  return offsets.map((from, i) => Buffer.from(bytes.subarray(from, offsets[i + 1] ?? bytes.length)));
}

/** Records (0-based) that have an error, or with `strict` also a warning, in jsonl output. */
function failing(lines: Array<Record<string, unknown>>, strict: boolean): Set<number> {
  const bad = new Set<number>();
  for (const line of lines) {
    if (line.severity === 'error' || (strict && line.severity === 'warning')) bad.add(line.record as number);
  }
  return bad;
}

async function split(input: string, extra: string[] = []) {
  const good = tempFile(`${input.split('/').pop()}${extra.join('')}.good.mrc`, '');
  const bad = tempFile(`${input.split('/').pop()}${extra.join('')}.bad.mrc`, '');
  const run = await runCli(['lint', '--format', 'jsonl', ...extra, '--good', good, '--bad', bad, input]);
  return { run, good: readFileSync(good), bad: readFileSync(bad) };
}

function withWarningOnly(): MarcRecord {
  const record = cleanBibRecord('warn0001');
  const note: DataField = {
    tag: '500',
    ind1: ' ',
    ind2: ' ',
    subfields: [{ code: 'a', value: ' Note with a blank.' }],
  };
  record.fields.push(note);
  return record;
}

function withError(): MarcRecord {
  const record = cleanBibRecord('error001');
  const note: DataField = { tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '' }] };
  record.fields.push(note);
  return record;
}

describe('lint --good/--bad', () => {
  it('puts every record of every ISO 2709 fixture in exactly one of the two files, byte for byte', async () => {
    for (const path of ISO2709_FIXTURES) {
      const name = path.split('/').pop()!;
      const { run, good, bad } = await split(path);
      expect(run.status, `${name}: ${run.stderr}`).toBeLessThan(2);
      const input = readFileSync(path);
      const pieces = recordPieces(input);
      const badRecords = failing(run.lines, false);
      const expectedGood = pieces.filter((_, i) => !badRecords.has(i));
      const expectedBad = pieces.filter((_, i) => badRecords.has(i));
      expect(good.equals(Buffer.concat(expectedGood)), `${name} good`).toBe(true);
      expect(bad.equals(Buffer.concat(expectedBad)), `${name} bad`).toBe(true);
      expect(good.length + bad.length, name).toBe(input.length);
    }
  });

  it('counts warnings only with --strict', async () => {
    const records = [cleanBibRecord('clean001'), withWarningOnly(), withError(), cleanBibRecord('clean002')];
    const input = tempFile('warnings.mrc', Buffer.concat(records.map(writeIso2709)));
    const ids = (bytes: Uint8Array) => [...readIso2709(bytes)].map((result) => result.record!.fields[0]);
    const lenient = await split(input);
    expect(lenient.run.status).toBe(1);
    expect(ids(lenient.good)).toEqual([records[0], records[1], records[3]].map((r) => r!.fields[0]));
    expect(ids(lenient.bad)).toEqual([records[2]!.fields[0]]);
    const strict = await split(input, ['--strict']);
    expect(ids(strict.good)).toEqual([records[0], records[3]].map((r) => r!.fields[0]));
    expect(ids(strict.bad)).toEqual([records[1], records[2]].map((r) => r!.fields[0]));
  });

  it('writes Unicode text read from MARCXML as UTF-8 (leader/09 a), never as MARC-8 bytes', async () => {
    const record = cleanBibRecord('xml00001');
    record.leader = `${record.leader.slice(0, 9)} ${record.leader.slice(10)}`;
    record.fields.push({ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'Café, Zürich.' }] });
    const input = tempFile('unicode.xml', MARCXML_HEADER + marcXmlRecord(record) + MARCXML_FOOTER);
    const { good, bad } = await split(input);
    const [result] = [...readIso2709(Buffer.concat([good, bad]))];
    expect(result!.record!.leader.charAt(9)).toBe('a');
    expect(result!.record!.fields.at(-1)).toEqual(record.fields.at(-1));
  });

  it('splits MARCXML and .mrk input into ISO 2709 files holding every record once, as read', async () => {
    const mrk = tempFile('split.mrk', writeMrkFile([cleanBibRecord('mrk00001'), withError(), withWarningOnly()]));
    for (const path of [...MARCXML_FIXTURES, mrk]) {
      const name = path.split('/').pop()!;
      const { run, good, bad } = await split(path);
      expect(run.status, `${name}: ${run.stderr}`).toBeLessThan(2);
      const read = path.endsWith('.xml') ? [...readMarcXml(readFileSync(path, 'utf8'))] : [];
      const badRecords = failing(run.lines, false);
      const goodOut = [...readIso2709(good)].map((result) => result.record);
      const badOut = [...readIso2709(bad)].map((result) => result.record);
      if (path.endsWith('.xml')) {
        const records = read.map((result) => result.record);
        expect(goodOut, name).toEqual(records.filter((_, i) => !badRecords.has(i)));
        expect(badOut, name).toEqual(records.filter((_, i) => badRecords.has(i)));
      } else {
        expect(goodOut.map((r) => r!.fields[0])).toEqual([
          { tag: '001', value: 'mrk00001' },
          withWarningOnly().fields[0],
        ]);
        expect(badOut.map((r) => r!.fields)).toEqual([withError().fields]);
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIso2709 } from '../../lib/marc/iso2709';
import type { DataField, Field, MarcRecord } from '../../lib/marc/types';

/** Records the fixtures are built from: real files in tests/fixtures/marc, read with the project's reader. */
export function readRecords(marcDir: string, file: string): MarcRecord[] {
  const records: MarcRecord[] = [];
  for (const result of readIso2709(readFileSync(join(marcDir, file)))) {
    if (result.record) records.push(result.record);
  }
  return records;
}

/** Record `number` (1-based, as in the file) of `file`; throws with a clear message if it is not there. */
export function recordAt(marcDir: string, file: string, number: number): MarcRecord {
  const record = readRecords(marcDir, file)[number - 1];
  if (!record) throw new Error(`${file} has no record ${number}; the fixture generator expects it.`);
  return structuredClone(record);
}

export function controlValue(record: MarcRecord, tag: string): string {
  const field = record.fields.find((candidate) => candidate.tag === tag);
  return field && !('subfields' in field) ? field.value : '';
}

export function dataField(record: MarcRecord, tag: string): DataField | undefined {
  return record.fields.find((candidate): candidate is DataField => candidate.tag === tag && 'subfields' in candidate);
}

/**
 * An Alma-shaped id from a record's 001 digits: MMS IDs start with 99, holdings with 22, items with 23,
 * and all end in the institution code (6532 for Berkeley; docs/procedures.md, Add a copy). Invented, not real.
 */
export function almaId(prefix: '99' | '22' | '23', record: MarcRecord, sequence = ''): string {
  const digits = controlValue(record, '001').replace(/\D/g, '').slice(-8).padStart(8, '0');
  return `${prefix}${digits}${sequence}06532`;
}

/** Second-line header text: the 245 $a as Alma shows it above the record. */
export function titleOf(record: MarcRecord): string {
  return dataField(record, '245')?.subfields.find((sub) => sub.code === 'a')?.value ?? '';
}

/**
 * A holdings record built from the Berkeley multipart template (Berkeley's holdings record field coding page): LDR `#####nv##a22#####un#4500`,
 * 008 `######0u####0###4001uu###0000000`, 852 first indicator 0 with $b $c $h $i, 866 $a. Call number from bib 050.
 */
export function multipartHoldings(bib: MarcRecord, holdingsId: string, mmsId: string, summary: string): MarcRecord {
  const lc = dataField(bib, '050')?.subfields ?? [];
  const classPart = lc.find((sub) => sub.code === 'a')?.value ?? '';
  const itemPart = lc.find((sub) => sub.code === 'b')?.value ?? '';
  const fields: Field[] = [
    { tag: '001', value: holdingsId },
    { tag: '004', value: mmsId },
    { tag: '005', value: '20240115103000.0' },
    { tag: '008', value: '      0u    0   4001uu   0000000' },
    {
      tag: '852',
      ind1: '0',
      ind2: ' ',
      subfields: [
        { code: 'b', value: 'MAIN' },
        { code: 'c', value: 'mstk' },
        { code: 'h', value: classPart },
        { code: 'i', value: itemPart },
      ],
    },
    { tag: '866', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: summary }] },
  ];
  return { leader: '     nv  a22     un 4500', fields };
}

/**
 * ISO 2709 for a record whose text is already Unicode (read from MARCXML or .mrk). The writer keeps
 * leader/09 blank (MARC-8) and writes one byte per character when every character fits in a byte, which is
 * right for undecoded ISO 2709 but would turn a decoded "é" into a MARC-8 byte it is not: such a record is
 * written as UTF-8 with leader/09 'a'. Pure-ASCII records keep their leader (ASCII is the same in both).
 */
import { writeIso2709 } from '../lib/marc/iso2709-writer';
import { isControlField, type MarcRecord } from '../lib/marc/types';

const NON_ASCII = /[^\u0000-\u007f]/;

function hasNonAscii(record: MarcRecord): boolean {
  for (const field of record.fields) {
    if (isControlField(field)) {
      if (NON_ASCII.test(field.value)) return true;
      continue;
    }
    for (const subfield of field.subfields) if (NON_ASCII.test(subfield.value)) return true;
  }
  return false;
}

export function writeUnicodeIso2709(record: MarcRecord): Uint8Array {
  if (record.leader.charAt(9) !== ' ' || !hasNonAscii(record)) return writeIso2709(record);
  return writeIso2709({ ...record, leader: `${record.leader.slice(0, 9)}a${record.leader.slice(10)}` });
}

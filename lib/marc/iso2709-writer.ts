/**
 * Writes a record as ISO 2709 with correct record length, base address and directory.
 *
 * Encoding follows leader/09, so that reading and writing are inverses:
 * - 'a' (or anything but blank): UTF-8;
 * - blank (MARC-8): one byte per character, the inverse of the reader's lossless byte-to-char
 *   decoding of unconverted MARC-8. A record declared MARC-8 that holds characters above U+00FF
 *   cannot be written that way; it is written as UTF-8 and leader/09 is set to 'a'.
 * Shapes ISO 2709 cannot express (tags not 3 characters, fields over 9,999 or records over 99,999
 * bytes) throw a RangeError naming the field: a writer must not produce a file that reads back differently.
 */
import { FIELD_TERMINATOR, RECORD_TERMINATOR, writeDigits } from './bytes';
import { isControlField, type Field, type MarcRecord } from './types';

const encoder = new TextEncoder();
const MAX_FIELD_LENGTH = 9999;
const MAX_RECORD_LENGTH = 99999;

function fieldText(field: Field): string {
  if (isControlField(field)) return field.value;
  let text = field.ind1 + field.ind2;
  for (const subfield of field.subfields) text += `\u001f${subfield.code}${subfield.value}`;
  return text;
}

/** Terminators inside a field, or delimiters inside a subfield, would be read back as structure. */
function checkDelimiters(field: Field, text: string, position: number): void {
  const delimiters = isControlField(field) ? 0 : 1 + field.subfields.length;
  let found = 0;
  for (let i = text.indexOf('\u001f'); i !== -1; i = text.indexOf('\u001f', i + 1)) found++;
  if (text.includes('\u001e') || (!isControlField(field) && found !== delimiters - 1)) {
    throw new RangeError(
      `Field ${field.tag} (field ${position}) contains a field terminator (0x1E) or subfield delimiter (0x1F) inside its data; remove it before writing ISO 2709.`,
    );
  }
}

function fitsOneBytePerChar(record: MarcRecord): boolean {
  for (const field of record.fields) {
    const text = fieldText(field);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  }
  return true;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function checkOneByte(text: string, what: string): void {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff)
      throw new RangeError(
        `${what} "${text}" has a character that cannot be written in ISO 2709 (code point above U+00FF).`,
      );
  }
}

export function writeIso2709(record: MarcRecord): Uint8Array {
  let leader = record.leader.length >= 24 ? record.leader.slice(0, 24) : record.leader.padEnd(24, ' ');
  checkOneByte(leader, 'Leader');
  const oneBytePerChar = leader[9] === ' ' && fitsOneBytePerChar(record);
  if (leader[9] === ' ' && !oneBytePerChar) leader = `${leader.slice(0, 9)}a${leader.slice(10)}`;

  const bodies: Uint8Array[] = [];
  let dataLength = 0;
  record.fields.forEach((field, i) => {
    if (field.tag.length !== 3)
      throw new RangeError(`Field ${i + 1} has tag "${field.tag}", which is not 3 characters.`);
    checkOneByte(field.tag, `Field ${i + 1} tag`);
    if (!isControlField(field) && (field.ind1.length !== 1 || field.ind2.length !== 1)) {
      throw new RangeError(
        `Field ${field.tag} (field ${i + 1}) needs exactly one character per indicator, has "${field.ind1}" and "${field.ind2}".`,
      );
    }
    const text = fieldText(field);
    checkDelimiters(field, text, i + 1);
    const body = oneBytePerChar ? latin1Bytes(text) : encoder.encode(text);
    if (body.length + 1 > MAX_FIELD_LENGTH)
      throw new RangeError(
        `Field ${field.tag} (field ${i + 1}) is ${body.length + 1} bytes; ISO 2709 allows at most ${MAX_FIELD_LENGTH}.`,
      );
    bodies.push(body);
    dataLength += body.length + 1;
  });

  const baseAddress = 24 + record.fields.length * 12 + 1;
  const recordLength = baseAddress + dataLength + 1;
  if (recordLength > MAX_RECORD_LENGTH)
    throw new RangeError(`The record is ${recordLength} bytes; ISO 2709 allows at most ${MAX_RECORD_LENGTH}.`);

  const out = new Uint8Array(recordLength);
  for (let i = 0; i < 24; i++) out[i] = leader.charCodeAt(i);
  writeDigits(out, 0, 5, recordLength);
  writeDigits(out, 12, 5, baseAddress);
  let entry = 24;
  let position = 0;
  let data = baseAddress;
  record.fields.forEach((field, i) => {
    const body = bodies[i]!;
    for (let c = 0; c < 3; c++) out[entry + c] = field.tag.charCodeAt(c);
    writeDigits(out, entry + 3, 4, body.length + 1);
    writeDigits(out, entry + 7, 5, position);
    entry += 12;
    out.set(body, data);
    data += body.length;
    out[data++] = FIELD_TERMINATOR;
    position += body.length + 1;
  });
  out[entry] = FIELD_TERMINATOR;
  out[recordLength - 1] = RECORD_TERMINATOR;
  return out;
}

/** Writes several records one after another, as in a .mrc file. */
export function writeIso2709File(records: Iterable<MarcRecord>): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const record of records) {
    const bytes = writeIso2709(record);
    parts.push(bytes);
    length += bytes.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Field and record sizes as ISO 2709 counts them (indicators, delimiters and terminators included). */
import { isDataField, type Field } from '../../marc/types';

/** Characters (code points) of a field as written: data + 2 indicators + 2 per subfield (delimiter, code) + terminator. */
export function fieldCharacters(field: Field): number {
  if (!isDataField(field)) return codePoints(field.value) + 1;
  let length = 3;
  for (const subfield of field.subfields) length += 2 + codePoints(subfield.value);
  return length;
}

/** UTF-8 bytes of a field as written (same structure as fieldCharacters). */
export function fieldBytes(field: Field): number {
  if (!isDataField(field)) return utf8Bytes(field.value) + 1;
  let length = 3;
  for (const subfield of field.subfields) length += 1 + utf8Bytes(subfield.code) + utf8Bytes(subfield.value);
  return length;
}

/** Upper bound on a field's size in UTF-16 units, cheap enough to run on every field before exact counting. */
export function fieldUnits(field: Field): number {
  if (!isDataField(field)) return field.value.length + 1;
  let length = 3;
  for (const subfield of field.subfields) length += 2 + subfield.value.length;
  return length;
}

function codePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff) count++; // count high surrogates' pairs once
  }
  return count;
}

function utf8Bytes(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

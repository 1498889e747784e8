/**
 * Byte-level helpers for the ISO 2709 reader and writer. They work on Uint8Array without
 * allocating, except where a string is the result.
 */

export const RECORD_TERMINATOR = 0x1d;
export const FIELD_TERMINATOR = 0x1e;
export const SUBFIELD_DELIMITER = 0x1f;
const ZERO = 0x30;

/** Reads `count` ASCII digits at `start` as a number; -1 if any byte is not a digit or out of range. */
export function readDigits(bytes: Uint8Array, start: number, count: number, end: number): number {
  if (start < 0 || start + count > end) return -1;
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = bytes[i]! - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Writes `value` as `count` zero-padded ASCII digits at `start`. */
export function writeDigits(bytes: Uint8Array, start: number, count: number, value: number): void {
  for (let i = start + count - 1; i >= start; i--) {
    bytes[i] = ZERO + (value % 10);
    value = Math.floor(value / 10);
  }
}

/**
 * One char per byte (ISO 8859-1 identity mapping): lossless and reversible, which is what MARC-8
 * records need when we do not convert them. (TextDecoder('latin1') is windows-1252, not identity.)
 */
export function latin1String(bytes: Uint8Array, start: number, end: number): string {
  const CHUNK = 8192; // keeps fromCharCode.apply below engines' argument-count limits
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  let text = '';
  for (let i = start; i < end; i += CHUNK) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  }
  return text;
}

/** Shows bytes as `0xB9 0x20` for messages. */
export function hexBytes(bytes: Uint8Array, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = start; i < end; i++) parts.push(`0x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`);
  return parts.join(' ');
}

/** Shows a string with control characters made visible, cut to `max` characters, for messages. */
export function visible(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(/[\u0000-\u001f\u007f]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code === SUBFIELD_DELIMITER) return '$';
    return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/**
 * Finds invalid UTF-8 sequences in a range, as [start, end) byte pairs (at most `limit` of them).
 * Follows the WHATWG decoder's notion of validity (no overlongs, no surrogates, max U+10FFFF), so the
 * spans match where TextDecoder puts U+FFFD.
 */
export function findInvalidUtf8(bytes: Uint8Array, start: number, end: number, limit: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = start;
  while (i < end && spans.length < limit) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let needed = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
    } else {
      spans.push([i, i + 1]);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < needed; k++, j++) {
      const next = j < end ? bytes[j]! : -1;
      const low = k === 0 ? lower : 0x80;
      const high = k === 0 ? upper : 0xbf;
      if (next < low || next > high) {
        ok = false;
        break;
      }
    }
    if (ok) i = j;
    else {
      spans.push([i, j]);
      i = j;
    }
  }
  return spans;
}

/**
 * Reading positions of a bibliographic 008 whose length may be wrong. When characters were lost or
 * added, every position after the damage is shifted and nobody can tell where: rules that compare an
 * 008 position with the rest of the record give up (the length rule, field-008-length, reports the
 * cause), and rules that check a code against a list report it only when no alignment the length
 * difference allows gives a known code (a plainly invalid value, not an artefact of the shift).
 */
import { isDataField } from '../../marc/types';
import type { RuleContext } from '../types';

/** A bibliographic 008 has exactly 40 characters. */
export const BIB_008_LENGTH = 40;

/** The first 008's value when it has exactly 40 characters, else null. */
export function wellSized008(ctx: RuleContext): string | null {
  const field = ctx.index.byTag('008')[0]?.field;
  if (!field || isDataField(field) || field.value.length !== BIB_008_LENGTH) return null;
  return field.value;
}

/**
 * The values positions [start, end) of `value` may really hold: itself when the 008 is 40 characters;
 * otherwise the slice at every shift the length difference allows (up to that many characters lost or
 * added before the position). Empty when the 008 is too short to reach the position at all.
 */
export function alignedSlices(value: string, start: number, end: number): string[] {
  const difference = BIB_008_LENGTH - value.length;
  if (difference === 0) return [value.slice(start, end)];
  const slices: string[] = [];
  const lowest = Math.min(0, difference);
  const highest = Math.max(0, difference);
  for (let shift = lowest; shift <= highest; shift++) {
    // shift > 0: `shift` characters were lost before the position; < 0: added.
    const from = start - shift;
    if (from >= 0 && from + end - start <= value.length) slices.push(value.slice(from, from + end - start));
  }
  return slices;
}

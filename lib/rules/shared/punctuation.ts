import type { RuleContext } from '../types';

/**
 * Leader/18 (descriptive cataloging form) "c" or "n": ISBD punctuation deliberately omitted at
 * subfield ends (PCC minimal punctuation guidelines). Punctuation checks do not apply then.
 * https://www.loc.gov/marc/bibliographic/bdleader.html
 */
export function omitsIsbdPunctuation(ctx: RuleContext): boolean {
  const form = ctx.record?.leader.charAt(18);
  return form === 'c' || form === 'n';
}

/**
 * Leader/18 "a" (AACR2) or "i" (ISBD punctuation included): the record claims ISBD punctuation.
 * Blank means non-ISBD (mostly pre-1974 records), where "Chicago, Mallen, 1899." is correct.
 */
export function claimsIsbdPunctuation(ctx: RuleContext): boolean {
  const form = ctx.record?.leader.charAt(18);
  return form === 'a' || form === 'i';
}

/** Preceding-punctuation patterns shared by MARC::Lint and MARC::Lintadditions. */
export const ENDS_WITH_PERIOD = /(\S\.$)|(-- \.$)/;
export const ENDS_WITH_COMMA = /(\S,$)|(-- ,$)/;

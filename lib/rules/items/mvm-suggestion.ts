import { descriptionNumber } from '../../procedures/item-facts';

/**
 * A Description in the `v.N` form for a volume written another way ("Vol. 3", "volume 3", "v. 3",
 * or just the Enumeration A number), or null when the text is not a plain volume number.
 * Offered as a fix only when the result matches the institution's pattern.
 */
export function suggestedDescription(text: string, pattern: RegExp | null): string | null {
  const match = /^\s*(?:v|vol|volume)?\.?\s*(\d+)\s*$/i.exec(text);
  if (!match || !pattern) return null;
  const suggestion = `v.${descriptionNumber(match[1]!)}`;
  return pattern.test(suggestion) && suggestion !== text.trim() ? suggestion : null;
}

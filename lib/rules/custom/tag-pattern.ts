/**
 * Tag patterns with `X` wildcards for one digit, as catalogers write them (`6XX`, `9X9`, `1XX`).
 * Compiled once into a cheap character comparison: no regular expression per field.
 */
export type TagMatcher = (tag: string) => boolean;

export const TAG_PATTERN = /^(?:[0-9Xx]{3}|LDR)$/;

export function isWildcardTag(pattern: string): boolean {
  return /[Xx]/.test(pattern);
}

export function compileTagPattern(pattern: string): TagMatcher {
  const upper = pattern.toUpperCase();
  if (!isWildcardTag(upper)) return (tag) => tag === upper;
  const c0 = upper.charCodeAt(0);
  const c1 = upper.charCodeAt(1);
  const c2 = upper.charCodeAt(2);
  const X = 88; // 'X'
  // X stands for a digit only, so `XXX` does not catch LDR or Alma's letter tags such as AVA.
  const at = (tag: string, i: number, c: number): boolean => {
    const t = tag.charCodeAt(i);
    return c === X ? t >= 48 && t <= 57 : t === c;
  };
  return (tag) => tag.length === 3 && at(tag, 0, c0) && at(tag, 1, c1) && at(tag, 2, c2);
}

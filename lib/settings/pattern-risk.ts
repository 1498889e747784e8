/**
 * Why a profile pattern (barcode, withdrawn location, multi-volume description, deposit work order) could
 * make a backtracking regular-expression engine take exponential time, or null when it cannot.
 *
 * Custom rules match with RE2 (re2js, lib/rules/custom/check-definition.ts). Profile patterns are also
 * matched in the content script (the checklists' conditions, lib/procedures/profile-patterns.ts), which runs
 * in every frame of every Alma tab and does not ship re2js; there they run on the browser's own engine. So
 * what they may contain is restricted to what that engine matches without catastrophic backtracking: no
 * repeated group that itself repeats or offers alternatives (`(a+)+`, `(\d*)*`, `(a|ab)*`, the shapes whose
 * ways to fail grow exponentially with the value), no backreference, no lookaround. Everything a profile
 * needs (`^[a-z]{0,2}zw$`, `^v\.\s?\d+`, `^\d{14}$`, `^(31|32)\d{12}$`) stays allowed.
 */
export function backtrackingRisk(source: string): string | null {
  /** Per open group: whether what it holds so far repeats or has alternatives. */
  const open: boolean[] = [];
  /** The group that just closed held a repetition or alternatives (null: the last atom was not a group). */
  let closedGroupAmbiguous: boolean | null = null;
  const markOpen = (): void => {
    if (open.length > 0) open[open.length - 1] = true;
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) return BACKREFERENCE;
      i += 2;
      closedGroupAmbiguous = null;
      continue;
    }
    if (c === '[') {
      i = afterClass(source, i);
      closedGroupAmbiguous = null;
      continue;
    }
    if (c === '(') {
      if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return LOOKAROUND;
      open.push(false);
      i = afterGroupStart(source, i);
      closedGroupAmbiguous = null;
      continue;
    }
    if (c === ')') {
      const ambiguous = open.pop() ?? false;
      if (ambiguous) markOpen();
      closedGroupAmbiguous = ambiguous;
      i++;
      continue;
    }
    if (c === '|') {
      markOpen();
      closedGroupAmbiguous = null;
      i++;
      continue;
    }
    const repeat = repetitionAt(source, i);
    if (repeat > 0) {
      if (closedGroupAmbiguous === true) return NESTED;
      markOpen();
      i += repeat;
      if (source[i] === '?') i++; // lazy
      closedGroupAmbiguous = null;
      continue;
    }
    if (c === '?') markOpen(); // optional: not a repetition by itself, but ambiguous inside a repeated group
    closedGroupAmbiguous = null;
    i++;
  }
  return null;
}

const BACKREFERENCE =
  'it uses a backreference (\\1, \\k<name>): profile patterns are matched in every Alma tab, so they are kept to what cannot stall the page; repeat the group instead';
const LOOKAROUND =
  'it uses a lookahead or lookbehind ((?=, (?!, (?<=, (?<!): profile patterns are matched in every Alma tab, so they are kept to what cannot stall the page';
const NESTED =
  'it repeats a group that itself repeats or has alternatives (like (a+)+ or (a|ab)*), which can take minutes on a short value: profile patterns are matched in every Alma tab, so they are kept to what cannot stall the page; repeat the characters instead (a+, [ab]+)';

/** Length of the repetition quantifier at `i` (`*`, `+`, `{n,}`, `{n,m}` with m > 1), 0 if none. */
function repetitionAt(source: string, i: number): number {
  const c = source[i];
  if (c === '*' || c === '+') return 1;
  if (c !== '{') return 0;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
  if (!match) return 0;
  const upper = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
  return upper > 1 ? match[0].length : 0;
}

/** Index after a character class starting at `i` (a `]` first in it is a literal). */
function afterClass(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Index after `(`, `(?:` or `(?<name>`. */
function afterGroupStart(source: string, i: number): number {
  if (source[i + 1] !== '?') return i + 1;
  if (source[i + 2] === '<') {
    const close = source.indexOf('>', i + 3);
    return close < 0 ? source.length : close + 1;
  }
  return i + 3;
}

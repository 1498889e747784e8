/**
 * Dates in 008/06-14 and in 260/264 $c.
 * https://www.loc.gov/marc/bibliographic/bd008a.html (Type of date/Publication status, Date 1, Date 2)
 */

const YEAR = /(?<![\d])(1\d{3}|20\d{2})(?![\d])/g;

/** Four-digit years (1000-2099) written in a publication statement: "[1998?]", "c2005", "1990-1995". */
export function yearsIn(text: string): string[] {
  const years: string[] = [];
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match !== null; match = YEAR.exec(text)) years.push(match[1]!);
  return years;
}

/** True when a year fits an 008 date, where "u" stands for any digit ("199u" covers 1990-1999). */
export function yearMatchesDate(year: string, date: string): boolean {
  if (date.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const d = date.charAt(i);
    if (d !== 'u' && d !== year.charAt(i)) return false;
  }
  return true;
}

/** Date types whose Date 1 and Date 2 bound a range (multipart, serials, inclusive, questionable). */
const RANGE_TYPES = new Set(['c', 'd', 'u', 'i', 'k', 'm', 'q']);
/** Date types where no comparison makes sense: B.C. / no dates, unknown, no attempt. */
const NO_DATES = new Set(['b', 'n', '|', ' ']);

export interface FixedDates {
  type: string;
  date1: string;
  date2: string;
}

/** The 008/06-14 dates of a bibliographic 008, or null when they cannot be compared. */
export function fixedDates(value: string): FixedDates | null {
  if (value.length < 15) return null;
  const type = value.charAt(6);
  if (NO_DATES.has(type)) return null;
  return { type, date1: value.slice(7, 11), date2: value.slice(11, 15) };
}

const DATE_WITH_UNKNOWN_DIGITS = /^[\du]{4}$/;
const UNKNOWN_DIGIT = /u/g;

/** Lowest and highest year a date with "u" digits can stand for. */
function bounds(date: string): [number, number] | null {
  if (!DATE_WITH_UNKNOWN_DIGITS.test(date)) return null;
  return [Number(date.replace(UNKNOWN_DIGIT, '0')), Number(date.replace(UNKNOWN_DIGIT, '9'))];
}

/** True when the year agrees with 008: equal to Date 1 or Date 2, or inside their range for range types. */
export function yearAgreesWith(year: string, dates: FixedDates): boolean {
  if (yearMatchesDate(year, dates.date1)) return true;
  // Type e puts month and day in Date 2, not a year.
  if (dates.type !== 'e' && yearMatchesDate(year, dates.date2)) return true;
  if (!RANGE_TYPES.has(dates.type)) return false;
  const from = bounds(dates.date1);
  if (!from) return false;
  const to = dates.date2 === '9999' || dates.date2 === '    ' ? 9999 : bounds(dates.date2)?.[1];
  if (to === undefined) return false;
  const n = Number(year);
  return n >= from[0] && n <= to;
}

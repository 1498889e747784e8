/**
 * Alma's editors show a blank (space) as `#` in the leader, in 006/007/008 and in the indicator boxes,
 * e.g. the Berkeley holdings template leader `#####nx##a22#####un#4500` (Berkeley's holdings record field
 * coding page; docs/procedures.md, Holdings records).
 * The MARC model in lib/marc uses real spaces, so content/alma converts at the DOM boundary and nowhere else.
 *
 * The conversion is only exact because MARC 21 never uses `#` as a value in these positions.
 */

export const ALMA_BLANK = '#';

/** Control fields whose positions Alma shows with `#` for blanks (plus the leader and indicators). */
const BLANK_AS_HASH_TAGS: ReadonlySet<string> = new Set(['LDR', '006', '007', '008']);

/** Whether Alma shows blanks as `#` in this field's content (LDR, 006, 007, 008). */
export function showsBlanksAsHash(tag: string): boolean {
  return BLANK_AS_HASH_TAGS.has(tag);
}

/** Alma's display form to the model: every `#` becomes a space. */
export function fromAlmaBlanks(value: string): string {
  return value.replaceAll(ALMA_BLANK, ' ');
}

/** The model to Alma's display form: every space becomes `#`. */
export function toAlmaBlanks(value: string): string {
  return value.replaceAll(' ', ALMA_BLANK);
}

/**
 * An indicator box's value in the model. Alma shows a blank indicator as `#`. An emptied box is read as
 * blank too (ASSUMED: what Alma saves for an empty box is not documented). Anything longer is returned
 * as typed, for the rules to flag.
 */
export function indicatorFromAlma(boxValue: string): string {
  return boxValue === '' ? ' ' : fromAlmaBlanks(boxValue);
}

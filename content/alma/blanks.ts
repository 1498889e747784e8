/**
 * Alma's editors show a blank (space) as `#` in the leader and in 006/007/008, e.g. the Berkeley holdings
 * template leader `#####nx##a22#####un#4500` (Berkeley's holdings record field coding page; docs/procedures.md,
 * Holdings records). A blank indicator box may show `#` or be empty: TU lAma compares a blank indicator with an
 * empty box (docs/alma-evidence.md §3.5), so both are read as a blank and a blank is written the way the grid
 * shows its other blank indicators.
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
 * An indicator box's value in the model: `#` and an empty box are both a blank (docs/alma-evidence.md §3.5).
 * Anything longer is returned as typed, for the rules to flag.
 */
export function indicatorFromAlma(boxValue: string): string {
  return boxValue === '' ? ' ' : fromAlmaBlanks(boxValue);
}

/** How a grid shows a blank indicator: an empty box or `#`. */
export type BlankIndicatorForm = '' | typeof ALMA_BLANK;

/**
 * The form of blank the grid uses, from the values of its other indicator boxes: empty when more of its
 * blank boxes are empty than show `#`, else `#` (also when it shows no blank indicator at all: the form
 * library documentation shows; assumed, docs/alma-evidence.md §3.5).
 */
export function blankIndicatorForm(boxValues: Iterable<string>): BlankIndicatorForm {
  let empty = 0;
  let hash = 0;
  for (const value of boxValues) {
    if (value === '') empty++;
    else if (value === ALMA_BLANK) hash++;
  }
  return empty > hash ? '' : ALMA_BLANK;
}

/** A model indicator in the grid's form: a blank as `blankForm`, anything else as it is. */
export function indicatorToAlma(indicator: string, blankForm: BlankIndicatorForm): string {
  return indicator === ' ' ? blankForm : toAlmaBlanks(indicator);
}

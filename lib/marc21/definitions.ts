/**
 * Typed access to the MARC 21 bibliographic and holdings definitions: fields, indicators, subfields
 * and the fixed-field layouts (leader, 006, 007, 008). Data: lib/marc21/generated/marc21.json, produced
 * by `npm run gen:marc21` from third_party/marc-schema (see its NOTICE.md). Lookup structures are built
 * once per format on first use, so rules never allocate to ask a question.
 */
import generated from './generated/marc21.json';
import type { MaterialType } from './material-type';

export type MarcFormat = 'bib' | 'holdings';

export interface SubfieldDefinition {
  readonly code: string;
  readonly repeatable: boolean;
  readonly obsolete: boolean;
}

export interface FieldDefinition {
  readonly tag: string;
  readonly name: string;
  readonly repeatable: boolean;
  readonly obsolete: boolean;
  /** Control field (00X): one value, no indicators or subfields. */
  readonly control: boolean;
  /** Allowed values of each indicator (blank is ' '); null when the definition does not restrict it (880). */
  readonly indicators: readonly [ReadonlySet<string> | null, ReadonlySet<string> | null];
  /** Indicator values that were defined once and are obsolete now. */
  readonly obsoleteIndicators: readonly [ReadonlySet<string>, ReadonlySet<string>];
  /** Defined subfield codes, obsolete ones included (flagged). */
  readonly subfields: ReadonlyMap<string, SubfieldDefinition>;
  /**
   * True when only the field's existence is known (OCLC-defined fields, obsolete fields known by name):
   * indicators and subfields must not be judged against this definition.
   */
  readonly contentUnchecked: boolean;
  /**
   * The same facts as `subfields`, `indicators` and `obsoleteIndicators`, per ASCII character code
   * (0-127), for the rules that look at every subfield and indicator: SUBFIELD_* and INDICATOR_* bits.
   * Characters outside ASCII are never defined codes or indicator values.
   */
  readonly codeFlags: Uint8Array;
}

/** codeFlags bits: the character is a defined subfield code; it is not repeatable; it is obsolete. */
export const SUBFIELD_DEFINED = 1;
export const SUBFIELD_NOT_REPEATABLE = 2;
export const SUBFIELD_OBSOLETE = 4;
/** codeFlags bits: the character is an allowed value of the first / second indicator (always set when unrestricted). */
export const INDICATOR1_ALLOWED = 8;
export const INDICATOR2_ALLOWED = 16;
/** codeFlags bits: the character is an obsolete value of the first / second indicator. */
export const INDICATOR1_OBSOLETE = 32;
export const INDICATOR2_OBSOLETE = 64;

/** How a fixed-field position is validated beyond its code list. */
export type PositionKind = 'free' | 'digits' | 'place' | 'language';

export interface FixedPosition {
  /** First character position (0-based). */
  readonly start: number;
  /** One past the last character position. */
  readonly end: number;
  readonly name: string;
  /** Every character of the value must be one of these ('' when the position has no per-character codes). */
  readonly chars: string;
  /** Whole-value codes (e.g. 008/18-19 form of composition "an", fill "||||"). */
  readonly values: ReadonlySet<string>;
  readonly kind: PositionKind | null;
  /** Characters that were valid codes once and are obsolete now. */
  readonly obsoleteChars: string;
  /** An undefined position of 006/007/008: it should hold a blank or the fill character, nothing else is defined. */
  readonly undefinedPosition: boolean;
  /**
   * For one-character positions: checkPosition's verdict for each ASCII character (VERDICT_* codes),
   * worked out once so that judging a record's position is one array lookup; null for longer positions.
   */
  readonly asciiVerdicts: Uint8Array | null;
  /** For longer positions with per-character codes: 1 for each ASCII character in `chars`; else null. */
  readonly charTable: Uint8Array | null;
}

/** asciiVerdicts codes. */
export const VERDICT_VALID = 0;
export const VERDICT_OBSOLETE = 1;
export const VERDICT_INVALID = 2;
const VERDICT_NAMES: readonly PositionVerdict[] = ['valid', 'obsolete', 'invalid'];

export interface FixedFieldLayout {
  readonly name: string;
  readonly minLength: number;
  readonly maxLength: number;
  readonly positions: readonly FixedPosition[];
}

export type PositionVerdict = 'valid' | 'obsolete' | 'invalid';

// ---- generated data shapes -------------------------------------------------------------------

type PositionSpec = { c?: string; v?: string[]; k?: string; oc?: string };
type GeneratedPosition = [number, number, string, PositionSpec];
type GeneratedField = {
  n: string;
  r: number;
  c?: number;
  o?: number;
  x?: number;
  i?: [string | null, string | null];
  oi?: [string, string];
  s?: { n: string; r: string; o?: string };
};
type GeneratedFormat = {
  fields: Record<string, GeneratedField>;
  leader: { length: number; positions: GeneratedPosition[] };
  '008': { length: number; positions?: GeneratedPosition[]; all?: GeneratedPosition[] } & Record<string, unknown>;
  '006'?: { length: number; forms: Record<string, string> };
  '007'?: Record<string, { name: string; lengths: [number, number]; positions: GeneratedPosition[] }>;
};
const data = generated as unknown as { bib: GeneratedFormat; holdings: GeneratedFormat };

// ---- fields ----------------------------------------------------------------------------------

const NO_VALUES: ReadonlySet<string> = new Set();
const fieldMaps: Partial<Record<MarcFormat, ReadonlyMap<string, FieldDefinition>>> = {};

function charSet(chars: string | null | undefined): ReadonlySet<string> | null {
  return chars === null || chars === undefined ? null : new Set(chars);
}

function toFieldDefinition(tag: string, field: GeneratedField): FieldDefinition {
  const subfields = new Map<string, SubfieldDefinition>();
  for (const code of field.s?.n ?? '') subfields.set(code, { code, repeatable: false, obsolete: false });
  for (const code of field.s?.r ?? '') subfields.set(code, { code, repeatable: true, obsolete: false });
  for (const code of field.s?.o ?? '') subfields.set(code, { code, repeatable: true, obsolete: true });
  const control = field.c === 1;
  const blankOnly = control ? null : charSet(' ');
  const indicators: FieldDefinition['indicators'] = field.i
    ? [charSet(field.i[0]), charSet(field.i[1])]
    : [blankOnly, blankOnly];
  const obsoleteIndicators: FieldDefinition['obsoleteIndicators'] = [
    field.oi ? new Set(field.oi[0]) : NO_VALUES,
    field.oi ? new Set(field.oi[1]) : NO_VALUES,
  ];
  return {
    tag,
    name: field.n,
    repeatable: field.r === 1,
    obsolete: field.o === 1,
    control,
    indicators,
    obsoleteIndicators,
    subfields,
    contentUnchecked: field.x === 1 || control,
    codeFlags: codeFlagsOf(subfields, indicators, obsoleteIndicators),
  };
}

function codeFlagsOf(
  subfields: ReadonlyMap<string, SubfieldDefinition>,
  indicators: FieldDefinition['indicators'],
  obsoleteIndicators: FieldDefinition['obsoleteIndicators'],
): Uint8Array {
  // Built from the (few) defined codes and values, not by asking about all 128 characters: this runs
  // for every definition the first time a format is used.
  const flags = new Uint8Array(128);
  const mark = (chars: Iterable<string>, bit: number) => {
    for (const char of chars)
      if (char.length === 1 && char.charCodeAt(0) < 128) flags[char.charCodeAt(0)] = flags[char.charCodeAt(0)]! | bit;
  };
  const [first, second] = indicators;
  // An unrestricted indicator (880) allows every value.
  if (!first || !second) flags.fill((first ? 0 : INDICATOR1_ALLOWED) | (second ? 0 : INDICATOR2_ALLOWED));
  if (first) mark(first, INDICATOR1_ALLOWED);
  if (second) mark(second, INDICATOR2_ALLOWED);
  for (const [code, subfield] of subfields) {
    if (code.length !== 1 || code.charCodeAt(0) >= 128) continue;
    flags[code.charCodeAt(0)] =
      flags[code.charCodeAt(0)]! |
      SUBFIELD_DEFINED |
      (subfield.repeatable ? 0 : SUBFIELD_NOT_REPEATABLE) |
      (subfield.obsolete ? SUBFIELD_OBSOLETE : 0);
  }
  mark(obsoleteIndicators[0], INDICATOR1_OBSOLETE);
  mark(obsoleteIndicators[1], INDICATOR2_OBSOLETE);
  return flags;
}

function fieldMap(format: MarcFormat): ReadonlyMap<string, FieldDefinition> {
  let map = fieldMaps[format];
  if (!map) {
    const built = new Map<string, FieldDefinition>();
    for (const [tag, field] of Object.entries(data[format].fields)) built.set(tag, toFieldDefinition(tag, field));
    map = built;
    fieldMaps[format] = map;
  }
  return map;
}

/** The MARC 21 definition of a tag, or undefined when the format does not define it. */
export function fieldDefinition(format: MarcFormat, tag: string): FieldDefinition | undefined {
  return fieldMap(format).get(tag);
}

const numberedFields: Partial<Record<MarcFormat, ReadonlyArray<FieldDefinition | undefined>>> = {};

/** fieldDefinition for a numeric tag given as a number (245 for "245"): an array lookup, for the hot loops. */
export function fieldDefinitionOfNumber(format: MarcFormat, tagNumber: number): FieldDefinition | undefined {
  let numbered = numberedFields[format];
  if (!numbered) {
    const built = new Array<FieldDefinition | undefined>(1000).fill(undefined);
    for (const [tag, definition] of fieldMap(format)) if (/^\d{3}$/.test(tag)) built[Number(tag)] = definition;
    numbered = built;
    numberedFields[format] = built;
  }
  return numbered[tagNumber];
}

/** Every defined tag of a format, in tag order. */
export function definedTags(format: MarcFormat): string[] {
  return [...fieldMap(format).keys()].sort();
}

/**
 * Tags MARC 21 leaves to national agencies that define them for exchange: 689 (subject chains of the
 * RSWK subject rules, in the records of the Deutsche Nationalbibliothek and the German-speaking union
 * catalogues, DNB "MARC 21 at the DNB" extensions). MARC 21 itself defines 688 but not 689.
 */
const NATIONALLY_DEFINED_TAGS: ReadonlySet<string> = new Set(['689']);

/**
 * Locally defined tags: 9XX and X9X (MARC 21 reserves them for local use: 09X, 59X, 69X, 9XX ...,
 * https://www.loc.gov/marc/bibliographic/bd09x.html, bd59x.html, bd69x.html, bd9xx.html), and the tags
 * national agencies define in the same way (689). Their subfields and indicators are local too.
 */
export function isLocalTag(tag: string): boolean {
  if (tag.length !== 3) return false;
  return tag.charCodeAt(0) === 57 || tag.charCodeAt(1) === 57 || NATIONALLY_DEFINED_TAGS.has(tag); // '9'
}

// ---- fixed fields ----------------------------------------------------------------------------

function toPosition(position: GeneratedPosition, offset = 0, inLeader = false): FixedPosition {
  const [start, end, name, spec] = position;
  return withVerdicts({
    start: start + offset,
    end: end + 1 + offset,
    name,
    chars: spec.c ?? '',
    values: spec.v ? new Set(spec.v) : NO_VALUES,
    kind: (spec.k as PositionKind | undefined) ?? null,
    obsoleteChars: spec.oc ?? '',
    undefinedPosition: !inLeader && name.startsWith('Undefined'),
  });
}

function withVerdicts(position: Omit<FixedPosition, 'asciiVerdicts' | 'charTable'>): FixedPosition {
  const judged: FixedPosition = { ...position, asciiVerdicts: null, charTable: null };
  if (position.end - position.start !== 1) {
    if (position.chars === '') return judged;
    const charTable = new Uint8Array(128);
    for (let i = 0; i < position.chars.length; i++)
      if (position.chars.charCodeAt(i) < 128) charTable[position.chars.charCodeAt(i)] = 1;
    return { ...judged, charTable };
  }
  return { ...judged, asciiVerdicts: oneCharacterVerdicts(judged) };
}

/**
 * checkPosition's verdict for each one-character ASCII value, built from the position's codes (every
 * layout is built on first use, so this must be quick): valid codes, obsolete codes, the rest invalid.
 */
function oneCharacterVerdicts(position: FixedPosition): Uint8Array {
  const table = new Uint8Array(128);
  if (position.kind === 'free') return table; // all valid
  if (position.kind !== null && position.kind !== 'digits') {
    // A place or language code is never one character: no shortcut, ask checkPosition itself.
    for (let code = 0; code < 128; code++)
      table[code] = VERDICT_NAMES.indexOf(checkPosition(position, String.fromCharCode(code)));
    return table;
  }
  table.fill(VERDICT_INVALID);
  const set = (code: number, verdict: number) => {
    if (code < 128) table[code] = verdict;
  };
  for (let i = 0; i < position.obsoleteChars.length; i++) set(position.obsoleteChars.charCodeAt(i), VERDICT_OBSOLETE);
  for (let i = 0; i < position.chars.length; i++) set(position.chars.charCodeAt(i), VERDICT_VALID);
  for (const value of position.values) if (value.length === 1) set(value.charCodeAt(0), VERDICT_VALID);
  if (position.kind === 'digits') for (let code = 48; code <= 57; code++) table[code] = VERDICT_VALID;
  return table;
}

function layout(
  name: string,
  minLength: number,
  maxLength: number,
  positions: readonly FixedPosition[],
): FixedFieldLayout {
  return { name, minLength, maxLength, positions };
}

const MATERIAL_TYPES: readonly MaterialType[] = ['BK', 'CF', 'MP', 'MU', 'CR', 'VM', 'MX'];
const MATERIAL_NAMES: Record<MaterialType, string> = {
  BK: 'books',
  CF: 'computer files',
  MP: 'maps',
  MU: 'music',
  CR: 'continuing resources',
  VM: 'visual materials',
  MX: 'mixed materials',
};

let fixedLayouts:
  | {
      leader: Record<MarcFormat, FixedFieldLayout>;
      bib008: Map<MaterialType | null, FixedFieldLayout>;
      holdings008: FixedFieldLayout;
      bib006: Map<string, { materialType: MaterialType; layout: FixedFieldLayout }>;
      field007: Map<string, FixedFieldLayout>;
    }
  | undefined;

function buildFixedLayouts(): NonNullable<typeof fixedLayouts> {
  const bib = data.bib;
  const leader = {
    bib: layout(
      'the bibliographic leader',
      24,
      24,
      bib.leader.positions.map((p) => toPosition(p, 0, true)),
    ),
    holdings: layout(
      'the holdings leader',
      24,
      24,
      data.holdings.leader.positions.map((p) => toPosition(p, 0, true)),
    ),
  };
  const allMaterials = (bib['008'].all ?? []).map((p) => toPosition(p));
  const bib008 = new Map<MaterialType | null, FixedFieldLayout>();
  bib008.set(null, layout('008 (all materials)', 40, 40, allMaterials));
  const bib006 = new Map<string, { materialType: MaterialType; layout: FixedFieldLayout }>();
  for (const type of MATERIAL_TYPES) {
    const specific = (bib['008'][type] as GeneratedPosition[]).map((p) => toPosition(p));
    const positions = [...allMaterials, ...specific].sort((a, b) => a.start - b.start);
    bib008.set(type, layout(`008 (${MATERIAL_NAMES[type]})`, 40, 40, positions));
    // 006/01-17 repeat 008/18-34 of the same material type; 006/00 is the form of material.
    const forms = bib['006']?.forms[type] ?? '';
    const formPosition: FixedPosition = withVerdicts({
      start: 0,
      end: 1,
      name: 'Form of material',
      chars: forms,
      values: NO_VALUES,
      kind: null,
      obsoleteChars: '',
      undefinedPosition: false,
    });
    const layout006 = layout(`006 (${MATERIAL_NAMES[type]})`, 18, 18, [
      formPosition,
      ...(bib['008'][type] as GeneratedPosition[]).map((p) => toPosition(p, -17)),
    ]);
    for (const form of forms) bib006.set(form, { materialType: type, layout: layout006 });
  }
  const holdings008 = layout(
    '008 (holdings)',
    data.holdings['008'].length,
    data.holdings['008'].length,
    (data.holdings['008'].positions ?? []).map((p) => toPosition(p)),
  );
  const field007 = new Map<string, FixedFieldLayout>();
  for (const [category, entry] of Object.entries(bib['007'] ?? {})) {
    field007.set(
      category,
      layout(
        `007 (${entry.name})`,
        entry.lengths[0],
        entry.lengths[1],
        entry.positions.map((p) => toPosition(p)),
      ),
    );
  }
  return { leader, bib008, holdings008, bib006, field007 };
}

function layouts(): NonNullable<typeof fixedLayouts> {
  fixedLayouts ??= buildFixedLayouts();
  return fixedLayouts;
}

export function leaderLayout(format: MarcFormat): FixedFieldLayout {
  return layouts().leader[format];
}

/**
 * The 008 layout: holdings 008, or the bibliographic 008 for a material type (null: the positions
 * common to all materials only, used when leader/06-07 do not name a material type).
 */
export function field008Layout(format: MarcFormat, materialType: MaterialType | null): FixedFieldLayout {
  const all = layouts();
  if (format === 'holdings') return all.holdings008;
  return all.bib008.get(materialType) ?? (all.bib008.get(null) as FixedFieldLayout);
}

/** The 006 layout for a form of material (006/00), or undefined when the code is not defined. */
export function field006Layout(form: string): { materialType: MaterialType; layout: FixedFieldLayout } | undefined {
  return layouts().bib006.get(form);
}

/** The 007 layout for a category of material (007/00), or undefined when the category is not defined. Same in both formats. */
export function field007Layout(category: string): FixedFieldLayout | undefined {
  return layouts().field007.get(category);
}

/** Categories of material defined for 007/00. */
export function field007Categories(): string[] {
  return [...layouts().field007.keys()].sort();
}

// ---- position checks -------------------------------------------------------------------------

const DIGITS = /^[0-9]+$/;
const PLACE_SHAPE = /^[a-z]{2}[a-z ]$/;
const LANGUAGE_SHAPE = /^(?:[a-z]{3}| {3})$/;

function allCharsIn(value: string, chars: string): boolean {
  for (let i = 0; i < value.length; i++) if (!chars.includes(value.charAt(i))) return false;
  return true;
}

const isLower = (code: number): boolean => code >= 97 && code <= 122;

/** The usual valid values of longer positions, read in place: all digits, a place or language code, all codes. */
function plainlyValid(position: FixedPosition, value: string): boolean {
  const { start, end } = position;
  switch (position.kind) {
    case 'free':
      return true;
    case 'digits':
      for (let i = start; i < end; i++) {
        const code = value.charCodeAt(i);
        if (code < 48 || code > 57) return false;
      }
      return true;
    case 'place': {
      if (end - start !== 3) return false;
      const last = value.charCodeAt(start + 2);
      return isLower(value.charCodeAt(start)) && isLower(value.charCodeAt(start + 1)) && (isLower(last) || last === 32);
    }
    case 'language':
      return (
        end - start === 3 &&
        isLower(value.charCodeAt(start)) &&
        isLower(value.charCodeAt(start + 1)) &&
        isLower(value.charCodeAt(start + 2))
      );
    default:
      break;
  }
  const table = position.charTable;
  if (table === null) return false;
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128 || table[code] === 0) return false;
  }
  return true;
}

/**
 * checkPosition for a position read in place from the whole fixed-field value (which must be long
 * enough to hold it): a table lookup for one-character positions, and no cutting out for longer
 * values that are plainly valid (the usual case). Same verdicts as checkPosition.
 */
export function checkPositionIn(position: FixedPosition, value: string): PositionVerdict {
  const single = position.asciiVerdicts;
  if (single !== null) {
    const code = value.charCodeAt(position.start);
    return code < 128 ? VERDICT_NAMES[single[code]!]! : checkPosition(position, value.charAt(position.start));
  }
  if (plainlyValid(position, value)) return 'valid';
  return checkPosition(position, value.slice(position.start, position.end));
}

/** Judges one position's value: a defined code, an obsolete one, or neither. */
export function checkPosition(position: FixedPosition, value: string): PositionVerdict {
  switch (position.kind) {
    case 'free':
      return 'valid';
    case 'digits':
      if (DIGITS.test(value)) return 'valid';
      break;
    case 'place':
      if (PLACE_SHAPE.test(value) || value === '|||') return 'valid';
      break;
    case 'language':
      if (LANGUAGE_SHAPE.test(value) || value === '|||') return 'valid';
      break;
    default:
      break;
  }
  if (position.values.has(value)) return 'valid';
  if (position.chars && allCharsIn(value, position.chars)) return 'valid';
  if (position.obsoleteChars && allCharsIn(value, position.chars + position.obsoleteChars)) return 'obsolete';
  return 'invalid';
}

const MAX_LISTED = 20;

function showCode(code: string): string {
  if (code === ' ') return 'blank';
  if (code === '|') return '| (no attempt to code)';
  if (code.trim() === '') return `${code.length} blanks`;
  return code;
}

// Findings about a position repeat its description: build each once.
const allowedDescriptions = new WeakMap<FixedPosition, string>();

/** Human-readable list of what a position accepts, for messages: "blank, a, c or | (no attempt to code)". */
export function describeAllowed(position: FixedPosition): string {
  let description = allowedDescriptions.get(position);
  if (description === undefined) {
    description = listAllowed(position);
    allowedDescriptions.set(position, description);
  }
  return description;
}

function listAllowed(position: FixedPosition): string {
  const items: string[] = [];
  if (position.kind === 'digits') items.push('digits');
  if (position.kind === 'place') items.push('a MARC country code');
  if (position.kind === 'language') items.push('a MARC language code', '3 blanks');
  for (const code of position.chars) items.push(showCode(code));
  for (const value of position.values) items.push(showCode(value));
  if (items.length === 0) return 'any value';
  const shown = items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED), `… (${items.length} codes in all)`] : items;
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** "008/22" or "008/24-27" (positions shown 0-based, as MARC 21 numbers them). */
export function positionLabel(tag: string, position: Pick<FixedPosition, 'start' | 'end'>): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return position.end - position.start === 1
    ? `${tag}/${pad(position.start)}`
    : `${tag}/${pad(position.start)}-${pad(position.end - 1)}`;
}

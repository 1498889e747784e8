/**
 * Shared walk over the fixed-length fields (leader, 006, 007, 008) for the structure rules: finds the
 * layout each value follows and reports the positions whose verdict a rule cares about.
 */
import { isControlField, type ControlField } from '../../marc/types';
import {
  checkPositionIn,
  describeAllowed,
  field006Layout,
  field007Layout,
  field008Layout,
  leaderLayout,
  positionLabel,
  type FixedFieldLayout,
  type FixedPosition,
  type MarcFormat,
  type PositionVerdict,
} from '../../marc21/definitions';
import { materialTypeOf } from '../../marc21/material-type';
import type { Finding, RecordIndex, RuleContext } from '../types';
import { ordinal, showValue } from './describe';

export const SOURCES = {
  leader: {
    bib: 'https://www.loc.gov/marc/bibliographic/bdleader.html',
    holdings: 'https://www.loc.gov/marc/holdings/hdleader.html',
  },
  '006': {
    bib: 'https://www.loc.gov/marc/bibliographic/bd006.html',
    holdings: 'https://www.loc.gov/marc/bibliographic/bd006.html',
  },
  '007': {
    bib: 'https://www.loc.gov/marc/bibliographic/bd007.html',
    holdings: 'https://www.loc.gov/marc/holdings/hd007.html',
  },
  '008': {
    bib: 'https://www.loc.gov/marc/bibliographic/bd008.html',
    holdings: 'https://www.loc.gov/marc/holdings/hd008.html',
  },
} as const;

export function formatOf(ctx: RuleContext): MarcFormat | null {
  return ctx.kind === 'bib' || ctx.kind === 'holdings' ? ctx.kind : null;
}

type ControlFieldEntry = { field: ControlField; fieldIndex: number; occurrence: number };

/** Control fields with this tag, with their positions (data-field-shaped ones are another rule's business). */
export function controlFieldsTagged(index: RecordIndex, tag: string): ReadonlyArray<ControlFieldEntry> {
  const entries = index.byTag(tag);
  // Usually every field with a control tag is a control field: hand out the index's own list.
  for (let i = 0; i < entries.length; i++) {
    if (!isControlField(entries[i]!.field))
      return entries.filter((entry) => isControlField(entry.field)) as ControlFieldEntry[];
  }
  return entries as ReadonlyArray<ControlFieldEntry>;
}

/** The 008 layout for this record: holdings 008, or the bibliographic one for the leader's material type. */
export function layoutFor008(format: MarcFormat, leader: string): FixedFieldLayout {
  return field008Layout(format, format === 'bib' ? materialTypeOf(leader) : null);
}

/** The 006 layout named by 006/00, or undefined when 006/00 is not a defined form of material. */
export function layoutFor006(value: string): FixedFieldLayout | undefined {
  return field006Layout(value.charAt(0))?.layout;
}

export function layoutFor007(value: string): FixedFieldLayout | undefined {
  return field007Layout(value.charAt(0));
}

export interface PositionHit {
  position: FixedPosition;
  value: string;
}

export interface VerdictFilter {
  /** A position (by start) another rule reports. */
  skipStart?: number;
  /** Undefined 006/007/008 positions: 'skip' them (default), take 'only' them, or 'include' them. */
  undefinedPositions?: 'skip' | 'only' | 'include';
}

// The leader, 008 and 007 are judged by several rules (invalid, obsolete, undefined); judge each value
// once: the last value seen per layout keeps its verdicts.
interface Judged {
  value: string;
  verdicts: PositionVerdict[];
  /** Whether any position is obsolete / invalid: most values have neither, and then there is nothing to list. */
  anyObsolete: boolean;
  anyInvalid: boolean;
}
const lastJudged = new WeakMap<FixedFieldLayout, Judged>();
const NO_HITS: readonly PositionHit[] = [];
const NO_FILTER: VerdictFilter = {};

const VERDICT_RANK: Record<PositionVerdict, number> = { valid: 2, obsolete: 1, invalid: 0 };

/**
 * The verdict on a position of a value of the wrong length. Where characters were lost or added is
 * unknown, so the value is read at every alignment the length difference allows (up to `lost`
 * characters missing before the position, or up to `extra` characters added before it), and the best
 * verdict wins: only a position that is wrong whichever way the rest shifted is reported, so one
 * missing character does not turn into a finding for every position after it (the length rule
 * reports the length).
 */
function shiftedVerdict(position: FixedPosition, value: string, lost: number, extra: number): PositionVerdict {
  let best: PositionVerdict = 'invalid';
  const width = position.end - position.start;
  for (let shift = -extra; shift <= lost; shift++) {
    // shift > 0: `shift` characters were lost before the position, so it is read `shift` earlier.
    const from = position.start - shift;
    if (from < 0 || from + width > value.length) continue;
    const aligned = value.slice(from, from + width).padStart(position.end, ' ');
    const verdict = checkPositionIn(position, aligned);
    if (VERDICT_RANK[verdict] > VERDICT_RANK[best]) best = verdict;
    if (best === 'valid') break;
  }
  return best;
}

function judge(value: string, layout: FixedFieldLayout): Judged {
  const cached = lastJudged.get(layout);
  if (cached && cached.value === value) return cached;
  const positions = layout.positions;
  const verdicts = new Array<PositionVerdict>(positions.length);
  const lost = Math.max(0, layout.minLength - value.length);
  const extra = Math.max(0, value.length - layout.maxLength);
  let anyObsolete = false;
  let anyInvalid = false;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    const verdict =
      position.end > value.length
        ? 'valid' // too short: the length rules report it
        : lost > 0 || extra > 0
          ? shiftedVerdict(position, value, lost, extra)
          : checkPositionIn(position, value);
    verdicts[i] = verdict;
    if (verdict === 'obsolete') anyObsolete = true;
    else if (verdict === 'invalid') anyInvalid = true;
  }
  const judged = { value, verdicts, anyObsolete, anyInvalid };
  lastJudged.set(layout, judged);
  return judged;
}

/** Positions of `value` (as laid out by `layout`) whose verdict is `wanted`; positions past the end are skipped. */
export function positionsWithVerdict(
  value: string,
  layout: FixedFieldLayout,
  wanted: PositionVerdict,
  filter: VerdictFilter = NO_FILTER,
): readonly PositionHit[] {
  const judged = judge(value, layout);
  if (wanted === 'invalid' ? !judged.anyInvalid : wanted === 'obsolete' ? !judged.anyObsolete : false) return NO_HITS;
  const verdicts = judged.verdicts;
  const undefinedPositions = filter.undefinedPositions ?? 'skip';
  const hits: PositionHit[] = [];
  for (let i = 0; i < layout.positions.length; i++) {
    if (verdicts[i] !== wanted) continue;
    const position = layout.positions[i] as FixedPosition;
    if (position.start === filter.skipStart) continue;
    if (undefinedPositions === 'skip' && position.undefinedPosition) continue;
    if (undefinedPositions === 'only' && !position.undefinedPosition) continue;
    hits.push({ position, value: value.slice(position.start, position.end) });
  }
  return hits;
}

// Position labels repeat from record to record: build each once per tag.
const positionLabels = new Map<string, WeakMap<FixedPosition, string>>();

function labelOf(tag: string, position: FixedPosition): string {
  let labels = positionLabels.get(tag);
  if (!labels) positionLabels.set(tag, (labels = new WeakMap()));
  let label = labels.get(position);
  if (label === undefined) {
    label = `${positionLabel(tag === 'LDR' ? 'Leader' : tag, position)} (${position.name})`;
    labels.set(position, label);
  }
  return label;
}

/** Where a fixed-field position is, for messages: "008/22 (Target audience)", "007/04 (Color) in the 2nd 007". */
export function whereIs(
  tag: string,
  hit: Pick<PositionHit, 'position'>,
  index: RecordIndex,
  occurrence: number,
): string {
  const label = labelOf(tag, hit.position);
  if (tag === 'LDR') return label;
  return index.byTag(tag).length > 1 ? `${label} in the ${ordinal(occurrence + 1)} ${tag}` : label;
}

/**
 * whereIs as message parameters (lib/rules/messages): `form` '' for "008/22 (Target audience)" ({position}
 * ({name})), '-nth' for "007/04 (Color) in the 2nd 007" ({position} ({name}) in the {nth:ordinal} {tag}).
 */
export function whereParams(
  tag: string,
  hit: Pick<PositionHit, 'position'>,
  index: RecordIndex,
  occurrence: number,
): { form: '' | '-nth'; params: { position: string; name: string; tag: string; nth: number } } {
  const params = { position: positionLabelOf(tag, hit.position), name: hit.position.name, tag, nth: occurrence + 1 };
  return { form: tag !== 'LDR' && index.byTag(tag).length > 1 ? '-nth' : '', params };
}

const positionLabelsOnly = new Map<string, WeakMap<FixedPosition, string>>();

/** "008/22", "Leader/06": built once per tag and position. */
function positionLabelOf(tag: string, position: FixedPosition): string {
  let labels = positionLabelsOnly.get(tag);
  if (!labels) positionLabelsOnly.set(tag, (labels = new WeakMap()));
  let label = labels.get(position);
  if (label === undefined) {
    label = positionLabel(tag === 'LDR' ? 'Leader' : tag, position);
    labels.set(position, label);
  }
  return label;
}

/**
 * invalidCodeMessage as message parameters: `each` is '-each' when every character is judged on its own
 * ("Each character must be …", else "Use …"), and `allowed` is describeAllowed as a `{allowed:list}` parameter.
 */
export function invalidCodeParams(
  hit: PositionHit,
  layout: FixedFieldLayout,
): { each: '' | '-each'; params: { value: string; layout: string; allowed: string } } {
  const multi = hit.position.end - hit.position.start > 1 && hit.position.chars !== '';
  return {
    each: multi ? '-each' : '',
    params: { value: showValue(hit.value), layout: layout.name, allowed: allowedList(hit.position) },
  };
}

/** Items of a `{name:list}` parameter (lib/rules/messages): U+001F between them; '@id' / '@id:arg' are catalog words. */
const ITEM = '\u001f';
const MAX_LISTED = 20;
const allowedLists = new WeakMap<FixedPosition, string>();

/**
 * What a position accepts, as describeAllowed (lib/marc21/definitions.ts) words it, as a list parameter: the
 * codes as they are, the words (blank, digits, "| (no attempt to code)", …) as ids of en-codes.ts, so that every
 * language words them.
 */
export function allowedList(position: FixedPosition): string {
  let list = allowedLists.get(position);
  if (list !== undefined) return list;
  const items: string[] = [];
  if (position.kind === 'digits') items.push('@word.digits');
  if (position.kind === 'place') items.push('@word.country-code');
  if (position.kind === 'language') items.push('@word.language-code', '@word.blanks:3');
  for (const code of position.chars) items.push(codeItem(code));
  for (const value of position.values) items.push(codeItem(value));
  if (items.length === 0) items.push('@word.any-value');
  const shown = items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED), `@word.more-codes:${items.length}`] : items;
  list = shown.join(ITEM);
  allowedLists.set(position, list);
  return list;
}

function codeItem(code: string): string {
  if (code === ' ') return '@word.blank-code';
  if (code === '|') return '@word.fill';
  if (code.trim() === '') return `@word.blanks:${code.length}`;
  return code;
}

export function invalidCodeMessage(where: string, hit: PositionHit, layout: FixedFieldLayout): string {
  const multi = hit.position.end - hit.position.start > 1 && hit.position.chars !== '';
  const allowed = describeAllowed(hit.position);
  return `${where} is ${showValue(hit.value)}, which is not a code defined for ${layout.name}. ${multi ? 'Each character must be' : 'Use'} ${allowed}.`;
}

/** The finding with the hit's character range (the object is completed in place, not copied). */
export function positionFinding(base: Omit<Finding, 'position'>, hit: PositionHit): Finding {
  const finding = base as Finding;
  finding.position = [hit.position.start, hit.position.end];
  return finding;
}

export interface FixedFieldVisit {
  tag: 'LDR' | '006' | '007' | '008';
  value: string;
  layout: FixedFieldLayout | undefined;
  source: string;
  /** Absent for the leader. */
  fieldIndex?: number;
  occurrence: number;
}

/** Every fixed-length value of the record with the layout it follows: leader, 008, 007s and (bib) 006s. */
export function fixedFieldsOf(ctx: RuleContext, format: MarcFormat, includeLeader: boolean): FixedFieldVisit[] {
  const record = ctx.record;
  if (!record) return [];
  const visits: FixedFieldVisit[] = [];
  if (includeLeader)
    visits.push({
      tag: 'LDR',
      value: record.leader,
      layout: leaderLayout(format),
      source: SOURCES.leader[format],
      occurrence: 0,
    });
  for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '008')) {
    visits.push({
      tag: '008',
      value: field.value,
      layout: layoutFor008(format, record.leader),
      source: SOURCES['008'][format],
      fieldIndex,
      occurrence,
    });
  }
  for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '007')) {
    visits.push({
      tag: '007',
      value: field.value,
      layout: layoutFor007(field.value),
      source: SOURCES['007'][format],
      fieldIndex,
      occurrence,
    });
  }
  if (format === 'bib') {
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '006')) {
      visits.push({
        tag: '006',
        value: field.value,
        layout: layoutFor006(field.value),
        source: SOURCES['006'].bib,
        fieldIndex,
        occurrence,
      });
    }
  }
  return visits;
}

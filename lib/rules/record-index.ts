import type { Field, MarcRecord } from '../marc/types';
import type { RecordIndex, RuleContext } from './types';

type Entry = { field: Field; fieldIndex: number; occurrence: number };
const EMPTY: readonly Entry[] = [];

/**
 * Something several rules need about one record, computed on first use and kept on the record's index
 * (e.g. the MARC 21 definition of every field, or one scan of all subfield values).
 */
export interface RecordMemo<T> {
  readonly slot: number;
  readonly compute: (index: FieldIndex) => T;
}

let memoSlots = 0;

/** Declares a per-record memo; call once at module level. */
export function recordMemo<T>(compute: (index: FieldIndex) => T): RecordMemo<T> {
  return { slot: memoSlots++, compute };
}

/** Numeric tags 000-999 as numbers (most lookups), -1 for anything else ("LDR", "ABC", "24"). */
function tagNumber(tag: string): number {
  if (tag.length !== 3) return -1;
  const a = tag.charCodeAt(0) - 48;
  const b = tag.charCodeAt(1) - 48;
  const c = tag.charCodeAt(2) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9 || c < 0 || c > 9) return -1;
  return a * 100 + b * 10 + c;
}

// Tag number → position of its list in the newest index. A stamp tells whether the slot was written for
// the newest index; an older index (still held by someone) falls back to a Map of its own.
const slotOfTag = new Int32Array(1000);
const stampOfTag = new Int32Array(1000);
let stamp = 0;
let newest: FieldIndex | null = null;
const MAX_STAMP = 0x3fffffff;

function nextStamp(): number {
  if (stamp === MAX_STAMP) {
    stampOfTag.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/**
 * The record's fields grouped by tag, built once per validation so each rule's lookups are O(1)
 * without hashing: numeric tags index typed arrays. Also holds the per-record memos (recordMemo).
 */
export class FieldIndex implements RecordIndex {
  readonly record: MarcRecord | undefined;
  readonly fields: readonly Field[];
  /** tagNumber of each field's tag, by field index: 0-999, or -1 for tags that are not three digits. */
  readonly tagNumbers: readonly number[];
  /** True when the record has an 880 (alternate graphic representation): many field checks then look at them too. */
  readonly has880: boolean;
  private readonly lists: Entry[][] = [];
  /** Tag of each list, for the fallback Map. */
  private readonly listTags: string[] = [];
  private readonly occurrences: number[];
  private readonly stamp: number;
  /** Lists of tags that are not three digits; and, for an index that is no longer the newest, all lists. */
  private byOtherTag: Map<string, Entry[]> | null = null;
  // Sized for the memos declared so far (all of them, once the rules are loaded): no growing per record.
  private readonly memos: unknown[] = new Array(memoSlots);

  constructor(record: MarcRecord | undefined) {
    this.record = record;
    const fields = record?.fields ?? [];
    this.fields = fields;
    const occurrences = new Array<number>(fields.length);
    this.occurrences = occurrences;
    const tagNumbers = new Array<number>(fields.length);
    this.tagNumbers = tagNumbers;
    const stamp = nextStamp();
    this.stamp = stamp;
    newest = this;
    const lists = this.lists;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const n = tagNumber(field.tag);
      tagNumbers[i] = n;
      if (n < 0) {
        occurrences[i] = this.addOther(field, i);
      } else if (stampOfTag[n] !== stamp) {
        // Most tags occur once: a one-element list (a list grown by push would reserve 17 slots).
        stampOfTag[n] = stamp;
        slotOfTag[n] = lists.length;
        lists.push([{ field, fieldIndex: i, occurrence: 0 }]);
        this.listTags.push(field.tag);
        occurrences[i] = 0;
      } else {
        const list = lists[slotOfTag[n]!]!;
        occurrences[i] = list.length;
        list.push({ field, fieldIndex: i, occurrence: list.length });
      }
    }
    this.has880 = stampOfTag[880] === stamp;
  }

  /** Adds a field whose tag is not three digits; returns its occurrence. */
  private addOther(field: Field, fieldIndex: number): number {
    this.byOtherTag ??= new Map();
    const list = this.byOtherTag.get(field.tag);
    if (!list) {
      this.byOtherTag.set(field.tag, [{ field, fieldIndex, occurrence: 0 }]);
      return 0;
    }
    list.push({ field, fieldIndex, occurrence: list.length });
    return list.length - 1;
  }

  byTag(tag: string): ReadonlyArray<Entry> {
    const n = tagNumber(tag);
    if (newest === this) {
      if (n >= 0) return stampOfTag[n] === this.stamp ? this.lists[slotOfTag[n]!]! : EMPTY;
      return this.byOtherTag?.get(tag) ?? EMPTY;
    }
    return this.stale().get(tag) ?? EMPTY;
  }

  /** Lookups for tags outside 000-999, and every lookup once a newer index has taken the tables. */
  private stale(): Map<string, Entry[]> {
    if (newest !== this && this.listTags.length > 0) {
      // Move the numeric-tag lists into the Map once, so the tables are never read for this index again.
      this.byOtherTag ??= new Map();
      for (let i = 0; i < this.listTags.length; i++) this.byOtherTag.set(this.listTags[i]!, this.lists[i]!);
      this.listTags.length = 0;
    }
    return (this.byOtherTag ??= new Map());
  }

  occurrenceOf(fieldIndex: number): number {
    return this.occurrences[fieldIndex] ?? 0;
  }

  memo<T>(memo: RecordMemo<T>): T {
    const known = this.memos[memo.slot];
    if (known !== undefined) return known as T;
    const value = memo.compute(this);
    this.memos[memo.slot] = value;
    return value;
  }
}

/** Groups a record's fields by tag once, so each rule's lookups are O(1). */
export function buildRecordIndex(record: MarcRecord | undefined): RecordIndex {
  return new FieldIndex(record);
}

// Contexts built by hand with another RecordIndex implementation still get the shared memos.
const foreignIndexes = new WeakMap<RecordIndex, FieldIndex>();

/** The context's index as a FieldIndex (with memos) for the record being checked. */
export function fieldIndexOf(ctx: RuleContext): FieldIndex {
  const index = ctx.index;
  if (index instanceof FieldIndex && index.record === ctx.record) return index;
  let own = foreignIndexes.get(index);
  if (!own || own.record !== ctx.record) {
    own = new FieldIndex(ctx.record);
    foreignIndexes.set(index, own);
  }
  return own;
}

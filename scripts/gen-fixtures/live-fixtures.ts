import type { DataField, Field, MarcRecord } from '../../lib/marc/types';
import { mdeFixture, shown, type FixtureEntry } from './build';
import { itemEditorPage, LOCATIONS, PROCESS_TYPES, type Coded, type FixtureItem } from './pages-item';
import { almaId, readRecords, recordAt } from './records';

/**
 * Fixtures of live validation (issue 4): a bib with at least 150 fields for the editor benchmark, and one
 * Physical Item Editor page per item check, each the volume-2 item of the multi-volume set with one thing
 * changed. Each case is the item's General tab; a case whose check needs a Notes-tab box also has the Notes tab
 * of the same item as a second page (the tabs are separate page loads, docs/alma-evidence.md §9.3), linked from
 * the tab bar. The multi-volume checks need the bib: open mde-mvm first (the background remembers bibs it has
 * shown, by MMS ID).
 */

const LARGE_FILE = 'lc-BooksAll.2014.part01-0001.mrc';
const LARGE_MINIMUM = 150;
/** Repeatable fields a long record really accumulates: notes, subjects, added entries. */
const GATHERED_TAGS = /^(5(00|04|05)|6(00|10|50|51)|7(00|10))$/;

function code(list: Coded[], value: string): Coded {
  const found = list.find((entry) => entry.code === value);
  if (!found) throw new Error(`fixture code list has no code "${value}"`);
  return found;
}

const EMPTY: Coded = { code: '', label: '' };

interface ItemCase {
  id: string;
  description: string;
  /** Changes to the volume-2 item. */
  change: Partial<FixtureItem>;
  /** Boxes the General page leaves out (a layout without them). */
  without?: ReadonlyArray<keyof FixtureItem>;
  /** The case also has the item's Notes tab, `<id>-notes.html`. */
  withNotesTab?: boolean;
}

/** Each case: the file name, what it shows, and the changes to the volume-2 item. */
export const ITEM_CASES: readonly ItemCase[] = [
  {
    id: 'required-missing',
    description: 'barcode, copy ID, material type and item policy empty',
    change: { barcode: '', copyId: '', materialType: EMPTY, itemPolicy: EMPTY },
  },
  {
    id: 'barcode-scanned-early',
    description: 'barcode filled while material type and item policy are still empty',
    change: { materialType: EMPTY, itemPolicy: EMPTY },
  },
  {
    id: 'mvm-description-missing',
    description: 'multi-volume item with an empty Description',
    change: { description: '' },
  },
  {
    id: 'mvm-description-verbose',
    description: 'multi-volume item whose Description is a phrase',
    change: { description: 'Second volume, with maps' },
  },
  {
    id: 'mvm-description-format',
    description: 'Description "vol. 2", not the profile pattern v.N',
    change: { description: 'vol. 2' },
  },
  {
    id: 'mvm-enumeration-mismatch',
    description: 'Enumeration A 3 against Description v.2',
    change: { enumerationA: '3' },
  },
  { id: 'mvm-chronology', description: 'Chronology I filled on a monograph', change: { chronologyI: '1899' } },
  {
    id: 'temporary-location-off',
    description: 'temporary location set, "Item is in temporary location" No',
    change: { temporaryLocation: code(LOCATIONS, 'mref') },
  },
  {
    id: 'withdrawn-location',
    description: 'permanent location in the withdrawn location mazw',
    change: { permanentLocation: code(LOCATIONS, 'mazw') },
  },
  {
    id: 'pieces-without-note',
    description:
      'Pieces 3 (General tab) and an empty Fulfillment note (Notes tab, the second page) (R-ITEM-5, [INFERRED]; the Pieces id is ASSUMED)',
    change: { pieces: '3', fulfillmentNote: '' },
    withNotesTab: true,
  },
  {
    id: 'nrlf-work-order',
    description: 'process type NRLF Deposit Prep (work-order type code NRLFDeposit, ASSUMED)',
    change: { processType: code(PROCESS_TYPES, 'NRLFDeposit') },
  },
  {
    id: 'acq-work-order',
    description: 'in the acquisitions work order (work-order type code AcqWorkOrder, evidenced): not the NRLF deposit',
    change: { processType: code(PROCESS_TYPES, 'AcqWorkOrder') },
  },
  {
    id: 'no-copy-id-box',
    description: 'a General tab whose layout has no Copy ID box: unknown, never "empty"',
    change: { copyId: '' },
    without: ['copyId'],
  },
];

/** A record with LARGE_MINIMUM+ fields: one LC record plus the notes, subjects and added entries of the others. */
function largeRecord(marcDir: string): { record: MarcRecord; note: string } {
  const base = recordAt(marcDir, LARGE_FILE, 66);
  const gathered: Field[] = [];
  for (const other of readRecords(marcDir, LARGE_FILE).slice(0, 65)) {
    for (const field of other.fields)
      if (GATHERED_TAGS.test(field.tag) && 'subfields' in field) gathered.push(structuredClone(field as DataField));
  }
  const needed = LARGE_MINIMUM + 10 - base.fields.length;
  if (gathered.length < needed)
    throw new Error(`${LARGE_FILE} yields only ${gathered.length} fields to gather; need ${needed}`);
  // Stable sort by tag, so the record reads like one the cataloger built (control fields first).
  const fields = [...base.fields, ...gathered.slice(0, needed)]
    .map((field, index) => ({ field, index }))
    .sort((a, b) => a.field.tag.localeCompare(b.field.tag) || a.index - b.index)
    .map(({ field }) => field);
  return {
    record: { leader: base.leader, fields },
    note: `Source: tests/fixtures/marc/${LARGE_FILE} record 66, with the first ${needed} 5XX/6XX/7XX fields of records 1-65 of the same file added (for the editor benchmark: at least ${LARGE_MINIMUM} fields).`,
  };
}

export function buildLiveFixtures(files: Map<string, string>, marcDir: string, mvmItem: FixtureItem): FixtureEntry[] {
  const { record, note } = largeRecord(marcDir);
  const manifest: FixtureEntry[] = [
    mdeFixture(
      files,
      'mde-large',
      `New Metadata Editor, a bib with ${record.fields.length} fields (editor benchmark).`,
      [shown(record, 'bib', almaId('99', record))],
      note,
      {
        gridKind: 'mde-bib',
      },
    ),
  ];
  const expect = [
    { frame: [], kind: 'item-editor', mmsId: mvmItem.mmsId, recordType: null, fieldCount: null, missing: [] },
  ];
  for (const { id, description, change, without, withNotesTab } of ITEM_CASES) {
    const path = `item-cases/${id}.html`;
    const notesPath = `item-cases/${id}-notes.html`;
    const tabs = { generalHref: `${id}.html`, notesHref: withNotesTab ? `${id}-notes.html` : '#' };
    const comment = `Fixture "item-${id}": the volume-2 item of the multi-volume set with ${description}. Open mde-mvm first for the bib.`;
    const item = { ...mvmItem, ...change };
    files.set(path, itemEditorPage(item, comment, { ...tabs, without: without ?? [] }));
    manifest.push({
      id: `item-${id}`,
      path,
      description: `Physical Item Editor, General tab: ${description}.`,
      expect,
    });
    if (!withNotesTab) continue;
    files.set(notesPath, itemEditorPage(item, `${comment} This is its Notes tab.`, { ...tabs, tab: 'notes' }));
    manifest.push({
      id: `item-${id}-notes`,
      path: notesPath,
      description: `Physical Item Editor, Notes tab of the same item: ${description}.`,
      expect,
    });
  }
  return manifest;
}

import type { MarcRecord } from '../../lib/marc/types';
import { recordToGridRows, type GridPane, type GridRow } from './render-grid';
import {
  gridPage,
  oldMdeEditorPage,
  oldMdeHostPage,
  relinkPaneHtml,
  topPage,
  wrapperPage,
  type PaneHeader,
} from './pages-mde';
import {
  itemEditorPage,
  ITEM_POLICIES,
  LOCATIONS,
  MATERIAL_TYPES,
  PROCESS_TYPES,
  type FixtureItem,
} from './pages-item';
import {
  genericConfirmation,
  holdingsListPage,
  itemsListPage,
  LAST_ITEM_POPUP_COMMENT,
  lastItemPopupDocument,
  POPUP_COMMENT,
  popupFrame,
  popupOverlay,
} from './pages-lists';
import { almaId, dataField, multipartHoldings, recordAt, titleOf } from './records';
import { buildLiveFixtures } from './live-fixtures';
import { buildWorkflowFixtures } from './workflow-fixtures';
import { buildOclcStateFixtures } from './pages-oclc-state';

/** What content/alma should report for one frame of a fixture (the e2e tests and unit tests check it). */
export interface FrameExpectation {
  /** Chain of iframe ids from the top document; [] is the top document. */
  frame: string[];
  kind: string;
  /** MMS ID content/alma reads in this frame (grid: the record's; item editor: the item's bib), else null. */
  mmsId: string | null;
  recordType: 'bib' | 'holdings' | null;
  /** Fields incl. control fields, excluding LDR (grid frames with one record), else null. */
  fieldCount: number | null;
  /** Expected elements recognisePage reports missing ([] on a healthy page). */
  missing: string[];
  /** Grid frames: one entry per pane, in document order. */
  panes?: Array<{
    pane: 'left' | 'right' | 'single';
    mmsId: string | null;
    recordType: 'bib' | 'holdings';
    fieldCount: number;
  }>;
}

export interface FixtureEntry {
  id: string;
  path: string;
  description: string;
  expect: FrameExpectation[];
}

export interface BuiltFixtures {
  /** Path under tests/fixtures/alma → file content. */
  files: Map<string, string>;
  manifest: FixtureEntry[];
}

const WRAPPER = ['yardsNgWrapper'];
const GRID = ['yardsNgWrapper', 'yards_iframe'];
const NOTHING_MISSING: string[] = [];

interface ShownRecord {
  record: MarcRecord;
  rows: GridRow[];
  type: 'bib' | 'holdings';
  mmsId: string;
}

const isNineXX = (tag: string): boolean => tag.startsWith('9');

export function shown(
  record: MarcRecord,
  type: 'bib' | 'holdings',
  mmsId: string,
  isLocal?: (tag: string) => boolean,
): ShownRecord {
  return { record, rows: recordToGridRows(record, isLocal), type, mmsId };
}

function header(side: 'left' | 'right', item: ShownRecord, typeLabel?: string): PaneHeader {
  return {
    side,
    title: titleOf(item.record) || 'Holdings record',
    typeLabel: typeLabel ?? (item.type === 'bib' ? 'MARC21 Bibliographic' : 'Holdings'),
    mmsId: item.mmsId,
  };
}

function paneExpectation(
  item: ShownRecord,
  pane: 'left' | 'right' | 'single',
): NonNullable<FrameExpectation['panes']>[number] {
  return { pane, mmsId: item.mmsId, recordType: item.type, fieldCount: item.record.fields.length };
}

/** Expectations for the three frames of a new-MDE fixture showing `records` (one, or two in split view). */
function mdeExpectations(records: ShownRecord[], gridKind: string, gridMissing = NOTHING_MISSING): FrameExpectation[] {
  const single = records.length === 1 ? records[0] : undefined;
  const healthy = gridKind !== 'unrecognised';
  return [
    { frame: [], kind: 'other', mmsId: null, recordType: null, fieldCount: null, missing: [] },
    { frame: WRAPPER, kind: 'mde-wrapper', mmsId: null, recordType: null, fieldCount: null, missing: [] },
    {
      frame: GRID,
      kind: gridKind,
      mmsId: healthy && single ? single.mmsId : null,
      recordType: healthy && single ? single.type : null,
      fieldCount: healthy && single ? single.record.fields.length : null,
      missing: gridMissing,
      ...(healthy
        ? {
            panes: records.map((item, index) =>
              paneExpectation(item, records.length === 1 ? 'single' : index === 0 ? 'left' : 'right'),
            ),
          }
        : {}),
    },
  ];
}

/** A three-document new-MDE fixture in folder `id`. */
export function mdeFixture(
  files: Map<string, string>,
  id: string,
  description: string,
  records: ShownRecord[],
  note: string,
  options: {
    gridKind: string;
    tableName?: string;
    gridMissing?: string[];
    /** How the grid shows blank indicators (docs/alma-evidence.md §3.5); `#` unless set. */
    blankIndicator?: '#' | '';
    /** Second-row labels per pane, e.g. the German "Bestand"; English labels unless set. */
    typeLabels?: string[];
    /** A right-hand pane that is not a record (the relink pane). */
    rightPane?: string;
  },
): FixtureEntry {
  const sides: Array<'left' | 'right'> = ['left', 'right'];
  const panes: GridPane[] = records.map((item, index) => ({
    side: sides[index] ?? 'right',
    rows: item.rows,
    active: index === 0,
    tableName: options.tableName,
    blankIndicator: options.blankIndicator,
  }));
  const comment = `Fixture "${id}": ${description}\n${note}`;
  files.set(`${id}/top.html`, topPage(comment));
  files.set(
    `${id}/wrapper.html`,
    wrapperPage(
      records.map((item, index) => header(sides[index] ?? 'right', item, options.typeLabels?.[index])),
      comment,
    ),
  );
  files.set(`${id}/grid.html`, gridPage(panes, comment, options.rightPane));
  return {
    id,
    path: `${id}/top.html`,
    description,
    expect: mdeExpectations(records, options.gridKind, options.gridMissing),
  };
}

function mvmItems(bib: MarcRecord, mmsId: string, holdingsId: string): FixtureItem[] {
  const [book] = MATERIAL_TYPES;
  const [loan] = ITEM_POLICIES;
  const stacks = LOCATIONS[1];
  const none = LOCATIONS[0];
  if (!book || !loan || !stacks || !none) throw new Error('fixture code lists are incomplete');
  return [1, 2, 3].map((volume) => ({
    pid: almaId('23', bib, String(volume)),
    barcode: `C0${String(90000000 + volume)}`,
    copyId: '1',
    description: `v.${volume}`,
    enumerationA: String(volume),
    enumerationB: '',
    chronologyI: '',
    chronologyJ: '',
    materialType: book,
    itemPolicy: loan,
    permanentLocation: stacks,
    temporaryLocation: none,
    inTemporaryLocation: false,
    processType: volume === 3 ? (PROCESS_TYPES[1] ?? none) : none,
    status: volume === 3 ? 'Item not in place' : 'Item in place',
    publicNote: '',
    fulfillmentNote: '',
    internalNotes: ['', '', ''],
    mmsId,
    holdingsId,
  }));
}

/** Builds every fixture page from the records in `marcDir` (tests/fixtures/marc). Pure: writes nothing. */
export function buildFixtures(marcDir: string): BuiltFixtures {
  const files = new Map<string, string>();
  const manifest: FixtureEntry[] = [];

  // A bib with LC's local 9XX fields, marked local in the grid.
  const bibRecord = recordAt(marcDir, 'marc4j-pride-and-prejudice-fixed.mrc', 31);
  const bib = shown(bibRecord, 'bib', almaId('99', bibRecord), isNineXX);

  // A multi-volume set: LDR/07 m and 300 "3 v." (the real record says "2 v. :"; changed to 3 for the MVM checks).
  const mvmRecord = recordAt(marcDir, 'lc-BooksAll.2014.part01-0001.mrc', 5);
  const extent = dataField(mvmRecord, '300')?.subfields.find((sub) => sub.code === 'a');
  if (!extent || mvmRecord.leader.charAt(7) !== 'm')
    throw new Error('lc-BooksAll record 5 is no longer a monograph with 300 $a');
  extent.value = '3 v. :';
  const mvmMms = almaId('99', mvmRecord);
  const mvm = shown(mvmRecord, 'bib', mvmMms);
  const holdingsId = almaId('22', mvmRecord);
  const holdingsRecord = multipartHoldings(mvmRecord, holdingsId, mvmMms, 'v.1-3');
  const holdings = shown(holdingsRecord, 'holdings', holdingsId);
  const mvmNote =
    'Source: tests/fixtures/marc/lc-BooksAll.2014.part01-0001.mrc record 5, 300 $a changed from "2 v. :" to "3 v. :".';
  const holdingsNote = `Holdings synthesised from the Berkeley multipart template (Berkeley holdings field coding) for MMS ${mvmMms}; call number from bib 050.`;

  manifest.push(
    mdeFixture(
      files,
      'mde-bib',
      'New Metadata Editor, one bibliographic record with local 9XX fields.',
      [bib],
      'Source: tests/fixtures/marc/marc4j-pride-and-prejudice-fixed.mrc record 31, unchanged; 9XX rows carry td.localFieldIndication (ASSUMED choice of local fields).',
      { gridKind: 'mde-bib' },
    ),
    mdeFixture(
      files,
      'mde-holdings',
      'New Metadata Editor, a multipart holdings record (LDR/06 v, 852, 866).',
      [holdings],
      holdingsNote,
      { gridKind: 'mde-holdings' },
    ),
    mdeFixture(
      files,
      'mde-split',
      'New Metadata Editor in split view: the multi-volume bib (left) and its holdings (right).',
      [mvm, holdings],
      `${mvmNote}\n${holdingsNote}`,
      { gridKind: 'mde-split' },
    ),
    mdeFixture(
      files,
      'mde-mvm',
      'New Metadata Editor, a multi-volume monograph set (LDR/07 m, 300 "3 v.").',
      [mvm],
      mvmNote,
      { gridKind: 'mde-bib' },
    ),
  );

  // Part 3 layouts (docs/alma-evidence.md §3.5, §2.3, §6): a grid whose blank indicators are empty boxes, with
  // the German type label; and holdings relinked in the right-hand pane of the split editor.
  manifest.push(
    mdeFixture(
      files,
      'mde-blank-empty',
      'New Metadata Editor (German labels), the mde-bib record in a grid whose blank indicators are EMPTY boxes, not "#".',
      [shown(structuredClone(bibRecord), 'bib', bib.mmsId, isNineXX)],
      'Same record as mde-bib. Blank indicators rendered as empty inputs (TU lAma compares a blank indicator with an empty box, docs/alma-evidence.md §3.5); second header row "MARC21 Bibliografisch" (ASSUMED German wording; TU lAma matches any "MARC21 Bib…", §2.3).',
      { gridKind: 'mde-bib', blankIndicator: '', typeLabels: ['MARC21 Bibliografisch'] },
    ),
    mdeFixture(
      files,
      'mde-relink',
      'Holdings relink in the split Metadata Editor: the multipart holdings (left) and the Relink Holdings pane (right) with the mde-bib bib chosen as TARGET.',
      [holdings],
      `${holdingsNote}\nSOURCE bib: ${mvmMms} (the holdings' 004); TARGET chosen in the right-hand pane: ${bib.mmsId} (the mde-bib record).`,
      {
        gridKind: 'relink',
        rightPane: relinkPaneHtml(
          [
            { mmsId: bib.mmsId, title: titleOf(bibRecord) },
            { mmsId: almaId('99', bibRecord, '7'), title: `${titleOf(bibRecord)} (another edition)` },
          ],
          bib.mmsId,
        ),
      },
    ),
  );

  // A record with real errors (from the marc4j "many errors" file) plus two grid oddities content/alma must survive.
  const errorRecord = recordAt(marcDir, 'marc4j-pride-and-prejudice-with-many-errors.mrc', 2);
  const errors = shown(errorRecord, 'bib', almaId('99', errorRecord));
  const note500 = errors.rows.find((row) => row.tag === '500');
  if (!note500) throw new Error('error record lost its 500');
  note500.text = `Note: ${note500.text}`;
  errors.rows.push({ tag: '', ind1: '#', ind2: '#', text: '$$a ' });
  manifest.push(
    mdeFixture(
      files,
      'mde-errors',
      'New Metadata Editor, a bib with errors: bad leader/05 and /18, short 008, no 040, repeated 245 $c, invalid UTF-8, text before the first $$ in a 500, and a new row with no tag yet.',
      [errors],
      'Source: tests/fixtures/marc/marc4j-pride-and-prejudice-with-many-errors.mrc record 2. Added for the grid: "Note: " typed before $$a in the first 500 (read as a problem, not data), and an empty-tag new row (FieldTagBox.tag..N, skipped).',
      { gridKind: 'mde-bib' },
    ),
  );

  // Old MDE: host page → iframe → grid with MarcEditorView.title.
  const oldRecord = recordAt(marcDir, 'traject-test_data.utf8.mrc', 1);
  const old = shown(oldRecord, 'bib', almaId('99', oldRecord));
  const oldNote =
    'Fixture "mde-old": old Metadata Editor. Source: tests/fixtures/marc/traject-test_data.utf8.mrc record 1, unchanged.';
  files.set('mde-old/top.html', oldMdeHostPage(oldNote));
  files.set(
    'mde-old/editor.html',
    oldMdeEditorPage(
      [{ side: 'left', rows: old.rows, title: `Bibliographic - ${titleOf(oldRecord)} (${old.mmsId})` }],
      oldNote,
    ),
  );
  manifest.push({
    id: 'mde-old',
    path: 'mde-old/top.html',
    description: 'Old (pre-2021) Metadata Editor: host page with body id and an iframe holding the grid.',
    expect: [
      { frame: [], kind: 'mde-old', mmsId: null, recordType: null, fieldCount: null, missing: [] },
      {
        frame: ['mdeditor_iframe'],
        kind: 'mde-bib',
        mmsId: old.mmsId,
        recordType: 'bib',
        fieldCount: oldRecord.fields.length,
        missing: [],
        panes: [paneExpectation(old, 'single')],
      },
    ],
  });

  // Legacy pages around the multi-volume set.
  const items = mvmItems(mvmRecord, mvmMms, holdingsId);
  const shownItem = items[1] as FixtureItem;
  const legacyNote = `Items of the multi-volume set MMS ${mvmMms} (holdings ${holdingsId}); codes and barcodes invented.`;
  const tabs = { generalHref: 'index.html', notesHref: 'notes.html' };
  files.set('item-editor/index.html', itemEditorPage(shownItem, `Fixture "item-editor". ${legacyNote}`, tabs));
  files.set(
    'item-editor/notes.html',
    itemEditorPage(shownItem, `Fixture "item-editor-notes": the Notes tab of the same item. ${legacyNote}`, {
      ...tabs,
      tab: 'notes',
    }),
  );
  files.set(
    'items-list/index.html',
    itemsListPage(items, mvmMms, `Fixture "items-list": the items of the Main holdings only. ${legacyNote}`, {
      holdingsId,
    }),
  );
  files.set(
    'holdings-list/index.html',
    holdingsListPage(
      [
        { id: holdingsId, library: 'Main (Doe) Library', location: 'Main Stacks', callNumber: 'PS2025 .T5 1899' },
        {
          id: almaId('22', mvmRecord, '1'),
          library: 'NRLF',
          location: 'NRLF Stacks',
          callNumber: 'PS2025 .T5 1899 Copy 2',
        },
      ],
      mvmMms,
      `Fixture "holdings-list". ${legacyNote}`,
    ),
  );
  // The Last Item dialog as a legacy popup: its own document in iframe#iframePopupIframe over the (now empty)
  // List of Items of the Main holdings; and a list under Alma's generic confirmation, which says nothing of a withdraw.
  const lastItemStory = `${legacyNote} The last item (${shownItem.barcode}) of the Main holdings was just withdrawn.`;
  files.set(
    'withdraw-dialog/index.html',
    itemsListPage(
      [],
      mvmMms,
      `${LAST_ITEM_POPUP_COMMENT}\nFixture "withdraw-dialog": the List of Items (Main holdings) with the Last Item dialog open in iframe#iframePopupIframe. ${lastItemStory}`,
      { holdingsId, popup: popupFrame('Withdraw Items', 'popup.html') },
    ),
  );
  files.set(
    'withdraw-dialog/popup.html',
    lastItemPopupDocument(mvmMms, holdingsId, shownItem.barcode, `Fixture "withdraw-dialog". ${lastItemStory}`),
  );
  files.set(
    'items-list-confirmation/index.html',
    itemsListPage(
      items,
      mvmMms,
      `${POPUP_COMMENT}\nFixture "items-list-confirmation": the List of Items under Alma's generic confirmation, which does not say what it confirms: it must stay a List of Items, never a withdraw. ${legacyNote}`,
      { holdingsId, popup: popupOverlay('Confirmation', genericConfirmation()) },
    ),
  );
  files.set(
    'broken-item-editor/index.html',
    itemEditorPage(
      shownItem,
      'Fixture "broken-item-editor": BROKEN ON PURPOSE — the barcode input is renamed (…itemBarcode), so the page must be reported as unrecognised with item.barcode missing.',
      { barcodeId: 'pageBeanitemMddnxphysicalItemTableitemBarcode' },
    ),
  );
  const legacy = (kind: string, mmsId: string | null = null, missing: string[] = []): FrameExpectation[] => [
    { frame: [], kind, mmsId, recordType: null, fieldCount: null, missing },
  ];
  manifest.push(
    {
      id: 'item-editor',
      path: 'item-editor/index.html',
      description: 'Physical Item Editor (English UI), General tab of volume 2 of the multi-volume set.',
      expect: legacy('item-editor', mvmMms),
    },
    {
      id: 'item-editor-notes',
      path: 'item-editor/notes.html',
      description: 'Physical Item Editor, the Notes tab of the same item (a separate page: no barcode, no Pieces).',
      expect: legacy('item-editor', mvmMms),
    },
    {
      id: 'items-list',
      path: 'items-list/index.html',
      description: 'List of Items: the three volumes of the set, v.3 Missing.',
      expect: legacy('items-list'),
    },
    {
      id: 'holdings-list',
      path: 'holdings-list/index.html',
      description: 'List of Holdings: two holdings (Main, NRLF) of the set.',
      expect: legacy('holdings-list'),
    },
    {
      id: 'withdraw-dialog',
      path: 'withdraw-dialog/index.html',
      description:
        'Last Item dialog as a legacy popup in iframe#iframePopupIframe over the List of Items (popup DOM ASSUMED).',
      expect: [
        ...legacy('items-list'),
        {
          frame: ['iframePopupIframe'],
          kind: 'withdraw-dialog',
          mmsId: null,
          recordType: null,
          fieldCount: null,
          missing: [],
        },
      ],
    },
    {
      id: 'items-list-confirmation',
      path: 'items-list-confirmation/index.html',
      description: "List of Items under Alma's generic confirmation popup: stays a List of Items (not a withdraw).",
      expect: legacy('items-list'),
    },
    {
      id: 'broken-item-editor',
      path: 'broken-item-editor/index.html',
      description: 'BROKEN on purpose: Physical Item Editor whose barcode input id changed; must be unrecognised.',
      expect: legacy('unrecognised', null, ['item.barcode']),
    },
  );

  // Broken grid: the documented editorTable id and class renamed, as if Alma changed its markup.
  const brokenRecord = structuredClone(bibRecord);
  manifest.push(
    mdeFixture(
      files,
      'broken-grid',
      'BROKEN on purpose: the grid table is no longer table#editorTable-left.editorTable (renamed recordTable); must be unrecognised.',
      [shown(brokenRecord, 'bib', bib.mmsId, isNineXX)],
      'Same record as mde-bib. The table id/class "editorTable" is renamed "recordTable" on purpose.',
      { gridKind: 'unrecognised', tableName: 'recordTable', gridMissing: ['editorTable'] },
    ),
  );

  // Procedures and OCLC-holdings workflow pages (scripts/gen-fixtures/workflow-fixtures.ts).
  manifest.push(...buildWorkflowFixtures(files, marcDir, { record: mvmRecord, mmsId: mvmMms, holdingsId }));
  manifest.push(...buildLiveFixtures(files, marcDir, shownItem));
  manifest.push(...buildOclcStateFixtures(files, marcDir));

  files.set('index.html', indexPage(manifest));
  return { files, manifest };
}

function indexPage(manifest: FixtureEntry[]): string {
  const items = manifest
    .map(
      (entry) =>
        `<li><a href="${entry.path}">${entry.id}</a>: ${entry.description.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<!-- Generated by scripts/gen-fixtures.ts. Alma-like fixture pages; fixtures.json describes what content/alma should read in each frame. -->
<html lang="en"><head><meta charset="utf-8"><title>Alma fixture pages</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px}</style></head>
<body><h1>Alma-like fixture pages</h1>
<p>Each page imitates an Alma screen, built from real MARC records in tests/fixtures/marc (no Alma data).
Every page says in an HTML comment what is evidenced (docs/alma-evidence.md) and what is assumed.</p>
<ul>
${items}
</ul></body></html>
`;
}

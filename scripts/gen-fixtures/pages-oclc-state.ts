import type { FixtureEntry, FrameExpectation } from './build';
import { ITEM_POLICIES, MATERIAL_TYPES, type Coded, type FixtureItem } from './pages-item';
import { holdingsListPage, itemsListPage } from './pages-lists';
import { almaId, recordAt } from './records';

/**
 * OCLC reminders from state (issue 10 item 6): lists of the OCLC-numbered bib of mde-oclc (035 (OCoLC)1929242)
 * showing no active copy, part of the copies, or a copy back from a withdrawn location. The e2e test opens mde-oclc
 * first (the OCLC number comes from its 035), then one of these.
 */

const STATE_COMMENT = `OCLC state fixtures (scripts/gen-fixtures/pages-oclc-state.ts). The list markup is the List of Items /
List of Holdings of scripts/gen-fixtures/pages-lists.ts with the record count .listNumOfRecords (evidenced, J).
ASSUMED: location names that end with the location code in parentheses ("Main Withdrawn (mazw)"); lib/oclc/list-state.ts
reads a withdrawn location from the name or that code, and counts a name it cannot match as active.`;

const WITHDRAWN: Coded = { code: 'mazw', label: 'Main Withdrawn (mazw)' };
const STACKS: Coded = { code: 'mstk', label: 'Main Stacks (mstk)' };
const NONE: Coded = { code: '', label: '' };

const legacy = (kind: string): FrameExpectation[] => [
  { frame: [], kind, mmsId: null, recordType: null, fieldCount: null, missing: [] },
];

function copy(mmsId: string, holdingsId: string, n: number, location: Coded): FixtureItem {
  return {
    pid: `23${mmsId.slice(2, 10)}${String(n).padStart(2, '0')}06532`,
    barcode: `C0919292${String(n).padStart(2, '0')}`,
    copyId: String(n),
    description: '',
    enumerationA: '',
    enumerationB: '',
    chronologyI: '',
    chronologyJ: '',
    materialType: MATERIAL_TYPES[0]!,
    itemPolicy: ITEM_POLICIES[0]!,
    permanentLocation: location,
    temporaryLocation: NONE,
    inTemporaryLocation: false,
    processType: NONE,
    status: 'Item in place',
    publicNote: '',
    fulfillmentNote: '',
    internalNotes: ['', '', ''],
    mmsId,
    holdingsId,
  };
}

/** The same bib as mde-oclc (lc-BooksAll.2014.part01-0001.mrc record 6, MMS ID as workflow-fixtures.ts gives it). */
export function buildOclcStateFixtures(files: Map<string, string>, marcDir: string): FixtureEntry[] {
  const record = recordAt(marcDir, 'lc-BooksAll.2014.part01-0001.mrc', 6);
  const mmsId = almaId('99', record);
  const holdingsId = almaId('22', record);
  const story = `Copies of MMS ${mmsId} (the bib of mde-oclc); item ids and barcodes invented.`;
  const three = (locations: Coded[]) => locations.map((location, i) => copy(mmsId, holdingsId, i + 1, location));

  files.set(
    'items-list-oclc-none-active/index.html',
    itemsListPage(
      three([WITHDRAWN, WITHDRAWN, WITHDRAWN]),
      mmsId,
      `${STATE_COMMENT}\nFixture "items-list-oclc-none-active": every item of the bib (count 3 of 3), all three in the withdrawn location. ${story}`,
      { countText: '(1 - 3 of 3 )' },
    ),
  );
  files.set(
    'items-list-oclc-reinstated/index.html',
    itemsListPage(
      three([STACKS, WITHDRAWN, WITHDRAWN]),
      mmsId,
      `${STATE_COMMENT}\nFixture "items-list-oclc-reinstated": the same three items after copy 1 went back to Main Stacks. ${story}`,
      { countText: '(1 - 3 of 3 )' },
    ),
  );
  const twenty = Array.from({ length: 20 }, (_, i) => copy(mmsId, holdingsId, i + 1, WITHDRAWN));
  files.set(
    'items-list-oclc-paged/index.html',
    itemsListPage(
      twenty,
      mmsId,
      `${STATE_COMMENT}\nFixture "items-list-oclc-paged": page 1 of a paged list (20 of 45), every item shown withdrawn: the other 25 are not on the page, so it cannot say none is left. ${story}`,
      { countText: '(1 - 20 of 45 )' },
    ),
  );
  files.set(
    'holdings-list-oclc-none-active/index.html',
    holdingsListPage(
      [
        { id: holdingsId, library: 'MAIN', location: WITHDRAWN.label, callNumber: 'PS2025 .T5' },
        {
          id: `${holdingsId.slice(0, -5)}1${holdingsId.slice(-5)}`,
          library: 'NRLF',
          location: 'NRLF Withdrawn (nzw)',
          callNumber: 'PS2025 .T5 c.2',
        },
      ],
      mmsId,
      `${STATE_COMMENT}\nFixture "holdings-list-oclc-none-active": both holdings of the bib (count 2 of 2) in withdrawn locations. ${story}`,
      { countText: '(1 - 2 of 2 )' },
    ),
  );

  return [
    {
      id: 'items-list-oclc-none-active',
      path: 'items-list-oclc-none-active/index.html',
      description: 'List of Items of the OCLC-numbered bib: all 3 items in a withdrawn location (count shown).',
      expect: legacy('items-list'),
    },
    {
      id: 'items-list-oclc-reinstated',
      path: 'items-list-oclc-reinstated/index.html',
      description: 'List of Items of the OCLC-numbered bib: 1 of the 3 items back in Main Stacks.',
      expect: legacy('items-list'),
    },
    {
      id: 'items-list-oclc-paged',
      path: 'items-list-oclc-paged/index.html',
      description: 'List of Items of the OCLC-numbered bib, page 1 (20 of 45), all shown withdrawn: no "none left".',
      expect: legacy('items-list'),
    },
    {
      id: 'holdings-list-oclc-none-active',
      path: 'holdings-list-oclc-none-active/index.html',
      description: 'List of Holdings of the OCLC-numbered bib: both holdings in withdrawn locations (count shown).',
      expect: legacy('holdings-list'),
    },
  ];
}

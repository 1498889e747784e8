import type { MarcRecord } from '../../lib/marc/types';
import { mdeFixture, shown, type FixtureEntry, type FrameExpectation } from './build';
import {
  itemEditorPage,
  ITEM_POLICIES,
  LOCATIONS,
  MATERIAL_TYPES,
  PROCESS_TYPES,
  type Coded,
  type FixtureItem,
} from './pages-item';
import { itemsListPage, LAST_ITEM_POPUP_COMMENT, lastItemQuestion, POPUP_COMMENT, popupOverlay } from './pages-lists';
import {
  relinkConfirmPage,
  relinkSearchPage,
  WITHDRAW_CONFIRM_COMMENT,
  withdrawConfirmation,
  type RelinkBib,
  type RelinkSide,
} from './pages-workflow';
import { almaId, dataField, recordAt, titleOf } from './records';

/**
 * Fixtures of the procedures and OCLC-holdings workflow (issue 5): a single-copy bib with an OCLC number
 * through adding its first item, withdrawing it (confirmation, then the last-item question) and relinking
 * to it; and every item of the multi-volume set across its two holdings.
 */

export interface MvmSet {
  record: MarcRecord;
  mmsId: string;
  /** The Main holdings of build.ts (items v.1-3); a second (NRLF) holdings holds copy 2 of v.1-2. */
  holdingsId: string;
}

function code(list: Coded[], index: number): Coded {
  const value = list[index];
  if (!value) throw new Error(`fixture code list has no entry ${index}`);
  return value;
}

function item(
  fields: Pick<FixtureItem, 'pid' | 'barcode' | 'copyId' | 'description' | 'enumerationA' | 'mmsId' | 'holdingsId'> &
    Partial<FixtureItem>,
): FixtureItem {
  return {
    enumerationB: '',
    chronologyI: '',
    chronologyJ: '',
    materialType: code(MATERIAL_TYPES, 0),
    itemPolicy: code(ITEM_POLICIES, 0),
    permanentLocation: code(LOCATIONS, 1),
    temporaryLocation: code(LOCATIONS, 0),
    inTemporaryLocation: false,
    processType: code(PROCESS_TYPES, 0),
    status: 'Item in place',
    publicNote: '',
    fulfillmentNote: '',
    internalNotes: ['', '', ''],
    ...fields,
  };
}

const legacy = (kind: string, mmsId: string | null = null): FrameExpectation[] => [
  { frame: [], kind, mmsId, recordType: null, fieldCount: null, missing: [] },
];

export function buildWorkflowFixtures(files: Map<string, string>, marcDir: string, mvm: MvmSet): FixtureEntry[] {
  const manifest: FixtureEntry[] = [];

  // ── A single-copy monograph with an OCLC number (035 (OCoLC)1929242), unchanged from the source file.
  const file = 'lc-BooksAll.2014.part01-0001.mrc';
  const bibRecord = recordAt(marcDir, file, 6);
  const oclc = dataField(bibRecord, '035')?.subfields.find((sub) => sub.code === 'a')?.value ?? '';
  if (!/^\(OCoLC\)/.test(oclc)) throw new Error(`${file} record 6 no longer has an 035 (OCoLC) number`);
  const mmsId = almaId('99', bibRecord);
  const holdingsId = almaId('22', bibRecord);
  const bib = shown(bibRecord, 'bib', mmsId);
  const source = `Source: tests/fixtures/marc/${file} record 6, unchanged (035 $a ${oclc}).`;
  const copy = item({
    pid: almaId('23', bibRecord, '1'),
    barcode: 'C091929242',
    copyId: '1',
    description: '',
    enumerationA: '',
    mmsId,
    holdingsId,
  });
  const story = `Single copy of MMS ${mmsId} (holdings ${holdingsId}, item ${copy.pid}); ids, barcode and codes invented.`;

  manifest.push(
    mdeFixture(
      files,
      'mde-oclc',
      'New Metadata Editor, a single-volume bib with an OCLC number in 035 (OCoLC).',
      [bib],
      source,
      {
        gridKind: 'mde-bib',
      },
    ),
  );

  files.set(
    'items-list-oclc/index.html',
    itemsListPage([copy], mmsId, `Fixture "items-list-oclc": every item of the bib (no holdings filter). ${story}`, {
      countText: '(1 - 1 of 1 )',
    }),
  );
  files.set(
    'item-editor-new-oclc/index.html',
    itemEditorPage(
      { ...copy, pid: '' },
      `Fixture "item-editor-new-oclc": the same copy being created (no item PID yet, ASSUMED to mean "new item"). ${story}`,
    ),
  );
  files.set(
    'withdraw-confirm-oclc/index.html',
    itemsListPage(
      [copy],
      mmsId,
      `${POPUP_COMMENT}\n${WITHDRAW_CONFIRM_COMMENT}\nFixture "withdraw-confirm-oclc": the List of Items of the bib with the withdraw confirmation of its only item open over it. ${story}`,
      {
        countText: '(1 - 1 of 1 )',
        popup: popupOverlay('Withdraw Items', withdrawConfirmation([copy], '../withdraw-last-item-oclc/index.html')),
      },
    ),
  );
  files.set(
    'withdraw-last-item-oclc/index.html',
    itemsListPage(
      [],
      mmsId,
      `${LAST_ITEM_POPUP_COMMENT}\nFixture "withdraw-last-item-oclc": after confirming, the list has no item left and the Last Item dialog is open over it. ${story}`,
      { popup: popupOverlay('Withdraw Items', lastItemQuestion(mmsId, holdingsId, copy.barcode)) },
    ),
  );
  manifest.push(
    {
      id: 'items-list-oclc',
      path: 'items-list-oclc/index.html',
      description: 'List of Items: the only item of the OCLC-numbered bib (all of the bib, count shown).',
      expect: legacy('items-list'),
    },
    {
      id: 'item-editor-new-oclc',
      path: 'item-editor-new-oclc/index.html',
      description: 'Physical Item Editor creating the first item of the OCLC-numbered bib (no item PID yet).',
      expect: legacy('item-editor', mmsId),
    },
    {
      id: 'withdraw-confirm-oclc',
      path: 'withdraw-confirm-oclc/index.html',
      description:
        'Withdraw confirmation popup over the List of Items, for the only item of the OCLC-numbered bib (popup DOM ASSUMED).',
      expect: legacy('withdraw-dialog'),
    },
    {
      id: 'withdraw-last-item-oclc',
      path: 'withdraw-last-item-oclc/index.html',
      description:
        'Last Item dialog popup over the (now empty) List of Items of the OCLC-numbered bib (popup DOM ASSUMED).',
      expect: legacy('withdraw-dialog'),
    },
  );

  // ── Relink: a vendor's brief bib (capitals, temporary ucb--- barcode) to the full OCLC-numbered bib.
  const brief: RelinkSide = {
    mmsId: almaId('99', bibRecord, '5'),
    title: titleOf(bibRecord).toUpperCase(),
    oclcNumber: '',
    holdingsId: almaId('22', bibRecord, '5'),
    barcodes: ['ucb---0000123'],
  };
  const target: RelinkBib = { mmsId, title: titleOf(bibRecord), oclcNumber: oclc.replace(/^\(OCoLC\)/, '') };
  const relinkStory = `SOURCE: invented brief order bib ${brief.mmsId} (title in capitals, temporary barcode); TARGET: the bib of mde-oclc. ${source}`;
  files.set(
    'relink-search/index.html',
    relinkSearchPage(brief, [target], `Fixture "relink-search". ${relinkStory}`, '../relink-confirm/index.html'),
  );
  files.set('relink-confirm/index.html', relinkConfirmPage(brief, target, `Fixture "relink-confirm". ${relinkStory}`));
  manifest.push(
    {
      id: 'relink-search',
      path: 'relink-search/index.html',
      description: 'Relink holdings: search for the TARGET bib by OCLC number (DOM ASSUMED).',
      expect: legacy('relink'),
    },
    {
      id: 'relink-confirm',
      path: 'relink-confirm/index.html',
      description: 'Relink holdings: confirmation from a brief SOURCE bib to the TARGET (DOM ASSUMED).',
      expect: legacy('relink'),
    },
  );

  // ── Every item of the multi-volume set: Main v.1-3 (v.3 Missing) and NRLF copy 2 of v.1-2.
  const nrlfHoldings = almaId('22', mvm.record, '1');
  const nrlf: Coded = { code: 'nrlf', label: 'NRLF Stacks' };
  const volumes = [
    ...[1, 2, 3].map((volume) =>
      item({
        pid: almaId('23', mvm.record, String(volume)),
        barcode: `C0${String(90000000 + volume)}`,
        copyId: '1',
        description: `v.${volume}`,
        enumerationA: String(volume),
        mmsId: mvm.mmsId,
        holdingsId: mvm.holdingsId,
        ...(volume === 3 ? { processType: code(PROCESS_TYPES, 1), status: 'Item not in place' } : {}),
      }),
    ),
    ...[1, 2].map((volume) =>
      item({
        pid: almaId('23', mvm.record, String(volume + 3)),
        barcode: `C0${String(90000010 + volume)}`,
        copyId: '2',
        description: `v.${volume}`,
        enumerationA: String(volume),
        permanentLocation: nrlf,
        mmsId: mvm.mmsId,
        holdingsId: nrlfHoldings,
      }),
    ),
  ];
  files.set(
    'items-list-mvm/index.html',
    itemsListPage(
      volumes,
      mvm.mmsId,
      `Fixture "items-list-mvm": every item of the multi-volume set MMS ${mvm.mmsId} across holdings ${mvm.holdingsId} (Main) and ${nrlfHoldings} (NRLF); codes and barcodes invented.`,
      { countText: '(1 - 5 of 5 )' },
    ),
  );
  manifest.push({
    id: 'items-list-mvm',
    path: 'items-list-mvm/index.html',
    description:
      'List of Items of the multi-volume set: all five items across its Main and NRLF holdings (count shown).',
    expect: legacy('items-list'),
  });
  return manifest;
}

import { describe, expect, it } from 'vitest';
import { extractItem } from '../../../../content/alma/extract-item';
import { extractHoldingsList, extractItemsList } from '../../../../content/alma/extract-items-list';
import { loadFixtureFile, parseHtml, readManifest } from './helpers/fixtures';

const mvmMmsId = readManifest().find((fixture) => fixture.id === 'item-editor')!.expect[0]!.mmsId;

describe('extractItem', () => {
  it('reads the Physical Item Editor: text fields, codes from _hiddenSelect, labels from the visible input', () => {
    const item = extractItem(loadFixtureFile('item-editor/index.html'));
    expect(item).toMatchObject({
      barcode: 'C090000002',
      copyId: '1',
      description: 'v.2',
      enumerationA: '2',
      enumerationB: '',
      chronologyI: '',
      materialType: { code: 'BOOK', label: 'Book' },
      itemPolicy: { code: '01', label: 'Regular loan' },
      permanentLocation: { code: 'mstk', label: 'Main Stacks' },
      temporaryLocation: { code: '', label: '' },
      inTemporaryLocation: false,
      processType: { code: '', label: '' },
      pieces: '',
      mmsId: mvmMmsId,
      // The General tab is a page of its own: the Notes tab's boxes are not on it (unknown, not empty).
      missing: ['internalNotes', 'publicNote', 'fulfillmentNote'],
    });
    expect(item?.itemId).toMatch(/^23\d+6532$/);
  });

  it('reads the Notes tab of the same item: its notes, and every General box as missing', () => {
    const doc = loadFixtureFile('item-editor/notes.html');
    doc.querySelector<HTMLInputElement>('#pageBeanitemMddnxphysicalItemTableinternalNote_2')!.value = 'Pulled for NRLF';
    const item = extractItem(doc)!;
    expect(item).toMatchObject({ publicNote: '', fulfillmentNote: '', internalNotes: ['', 'Pulled for NRLF', ''] });
    expect(item.itemId).toBe(extractItem(loadFixtureFile('item-editor/index.html'))!.itemId);
    expect(item.pieces).toBeUndefined();
    expect(item.missing).toEqual(
      expect.arrayContaining(['barcode', 'copyId', 'materialType', 'itemPolicy', 'processType', 'pieces']),
    );
    expect(item.missing).not.toContain('fulfillmentNote');
  });

  it('falls back to the name form pageBean.itemMd.dnx.physicalItemTable.<column> when an id changed', () => {
    const doc = loadFixtureFile('item-editor/index.html');
    for (const id of ['pageBeanitemMddnxphysicalItemTablebarcode', 'pageBeanitemMddnxphysicalItemTablecopyId'])
      doc.getElementById(id)!.id = `${id}Renamed`;
    const select = doc.getElementById('pageBeanitemMddnxphysicalItemTablematerialType_hiddenSelect')!;
    select.id = 'renamedSelect';
    const item = extractItem(doc)!;
    expect(item.barcode).toBe('C090000002');
    expect(item.copyId).toBe('1');
    expect(item.materialType.code).toBe('BOOK');
    expect(item.missing).not.toEqual(expect.arrayContaining(['barcode']));
  });

  it('follows edits: a changed hidden select gives the new code', () => {
    const doc = loadFixtureFile('item-editor/index.html');
    const select = doc.querySelector<HTMLSelectElement>('#pageBeanselectedProcessType_hiddenSelect')!;
    select.value = 'MISSING';
    doc.querySelector<HTMLSelectElement>('#pageBeanitemMddnxphysicalItemTableinTempLocation_hiddenSelect')!.value =
      'true';
    const item = extractItem(doc)!;
    expect(item.processType.code).toBe('MISSING');
    expect(item.inTemporaryLocation).toBe(true);
  });

  it('keeps a barcode exactly as typed (spaces are for rules to judge)', () => {
    const doc = loadFixtureFile('item-editor/index.html');
    doc.querySelector<HTMLInputElement>('#pageBeanitemMddnxphysicalItemTablebarcode')!.value = ' C1 ';
    expect(extractItem(doc)?.barcode).toBe(' C1 ');
  });

  it('lists fields it could not find instead of pretending they are blank', () => {
    const doc = loadFixtureFile('item-editor/index.html');
    doc.querySelector('#pageBeanitemMddnxphysicalItemTablecopyId')!.remove();
    doc.querySelector('#pageBeanitemMddnxphysicalItemTableitemPolicy')!.remove();
    doc.querySelector('#pageBeanitemMddnxphysicalItemTableitemPolicy_hiddenSelect')!.remove();
    expect(extractItem(doc)?.missing).toEqual([
      'internalNotes',
      'copyId',
      'itemPolicy',
      'publicNote',
      'fulfillmentNote',
    ]);
  });

  it('returns null on pages that are no item editor; a renamed barcode box is missing, not empty', () => {
    expect(extractItem(loadFixtureFile('items-list/index.html'))).toBeNull();
    expect(extractItem(loadFixtureFile('holdings-list/index.html'))).toBeNull();
    expect(extractItem(loadFixtureFile('broken-item-editor/index.html'))?.missing).toContain('barcode');
  });
});

describe('extractItemsList', () => {
  it('reads each row: PID from the row id, cells as shown, checkbox state', () => {
    const doc = loadFixtureFile('items-list/index.html');
    doc.querySelectorAll<HTMLInputElement>('input[name="pageBean.selectedResultsList.values"]')[2]!.checked = true;
    const rows = extractItemsList(doc);
    expect(rows.map(({ row: _row, ...rest }) => rest)).toEqual(
      [1, 2, 3].map((volume) => ({
        itemId: expect.stringMatching(new RegExp(`^23\\d{8}${volume}06532$`)),
        barcode: `C09000000${volume}`,
        description: `v.${volume}`,
        location: 'Main Stacks',
        processType: volume === 3 ? 'Missing' : '', // from _COL_processTypeForDisplay
        status: volume === 3 ? 'Item not in place' : 'Item in place',
        accessionNumber: '',
        selected: volume === 3,
      })),
    );
  });

  it('does not mistake holdings-list rows for items', () => {
    expect(extractItemsList(loadFixtureFile('holdings-list/index.html'))).toEqual([]);
  });

  it('falls back to the checkbox value when the row id has no PID', () => {
    const doc = parseHtml(
      '<table><tr id="recordContainerlistX"><td><input type="checkbox" name="pageBean.selectedResultsList.values" value="2301"></td></tr></table>',
    );
    expect(extractItemsList(doc)[0]?.itemId).toBe('2301');
  });
});

describe('extractHoldingsList', () => {
  it('reads holdings ids and cells', () => {
    const rows = extractHoldingsList(loadFixtureFile('holdings-list/index.html'));
    expect(rows.map(({ row: _row, ...rest }) => rest)).toEqual([
      {
        holdingsId: expect.stringMatching(/^22\d+6532$/),
        library: 'Main (Doe) Library',
        location: 'Main Stacks',
        callNumber: 'PS2025 .T5 1899',
      },
      {
        holdingsId: expect.stringMatching(/^22\d+6532$/),
        library: 'NRLF',
        location: 'NRLF Stacks',
        callNumber: 'PS2025 .T5 1899 Copy 2',
      },
    ]);
  });
});

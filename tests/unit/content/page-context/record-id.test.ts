import { describe, expect, it } from 'vitest';
import { progressRecordId } from '../../../../content/page-context/record-id';
import { HOLDINGS_LEADER, MVM_BIB, item, marc, page } from '../../procedures/builders';

describe('progressRecordId', () => {
  it('keys ticks by the item PID on the item editor, and has none for an unsaved item', () => {
    expect(
      progressRecordId(page({ kind: 'item-editor', item: item({ barcode: 'B', itemId: '231' }), mmsId: '991' })),
    ).toBe('item:231');
    expect(
      progressRecordId(page({ kind: 'item-editor', item: item({ barcode: 'B', itemId: null }), mmsId: '991' })),
    ).toBeNull();
  });

  it('keys a holdings record by its 001, apart from its bib', () => {
    const holdings = marc(['001 2212345', '004 991', '852 0# $b MAIN $c mstk'], HOLDINGS_LEADER);
    expect(progressRecordId(page({ kind: 'mde-holdings', record: holdings, mmsId: '991' }))).toBe('holdings:2212345');
  });

  it('keys the bib and the pages about it (lists, dialogs, relink) by the MMS ID, so they share ticks', () => {
    expect(progressRecordId(page({ kind: 'mde-bib', record: MVM_BIB, mmsId: '991000000019706532' }))).toBe(
      'bib:991000000019706532',
    );
    expect(progressRecordId(page({ kind: 'items-list', items: [], mmsId: '991000000019706532' }))).toBe(
      'bib:991000000019706532',
    );
    // Without a stated MMS ID, the bib's 001.
    expect(progressRecordId(page({ kind: 'mde-bib', record: MVM_BIB }))).toBe('bib:991000000019706532');
    expect(progressRecordId(page({ kind: 'relink', relink: {} }))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { carryOverWithdrawnItems, withRememberedBib } from '../../../../content/page-context/enrich';
import { applicableProcedures } from '../../../../lib/procedures/checklist';
import { bibOf } from '../../../../lib/procedures/context';
import { MVM_BIB, SINGLE_BIB, item, page, row } from '../../procedures/builders';

describe('withRememberedBib', () => {
  const itemPage = page({
    kind: 'item-editor',
    item: item({ barcode: 'B1', description: 'v.2' }),
    mmsId: '991000000019706532',
  });

  it('gives an item page the bib seen earlier, so the multi-volume steps apply there', () => {
    expect(applicableProcedures(itemPage).map((c) => c.procedureId)).not.toContain('multi-volume-monographs');
    const enriched = withRememberedBib(itemPage, MVM_BIB);
    expect(bibOf(enriched)).toBe(MVM_BIB);
    const mvm = applicableProcedures(enriched).find((c) => c.procedureId === 'multi-volume-monographs');
    expect(mvm?.steps.find((step) => step.id === 'description')?.result).toBe('pass');
    expect(itemPage.bib).toBeUndefined(); // not mutated
  });

  it('leaves a page that shows its own bib, a page without an MMS ID, and a missing memory alone', () => {
    const bibPage = page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: '991' });
    expect(withRememberedBib(bibPage, MVM_BIB)).toBe(bibPage);
    const anonymous = page({ kind: 'items-list', items: [] });
    expect(withRememberedBib(anonymous, MVM_BIB)).toBe(anonymous);
    expect(withRememberedBib(itemPage, null)).toBe(itemPage);
  });
});

describe('carryOverWithdrawnItems', () => {
  const leaving = [row({ barcode: 'B1', selected: true })];
  const confirm = page({ kind: 'withdraw-dialog', withdrawDialog: 'confirm', mmsId: '991', items: leaving });
  const question = page({ kind: 'withdraw-dialog', withdrawDialog: 'last-item', mmsId: '991' });

  it('gives the last-item question the items the confirmation listed', () => {
    expect(carryOverWithdrawnItems(confirm, question).items).toBe(leaving);
  });

  it('carries nothing from another bib, another page, or onto a page that names its items', () => {
    expect(carryOverWithdrawnItems({ ...confirm, mmsId: '992' }, question).items).toBeUndefined();
    expect(
      carryOverWithdrawnItems(page({ kind: 'items-list', mmsId: '991', items: leaving }), question).items,
    ).toBeUndefined();
    expect(carryOverWithdrawnItems(null, question)).toBe(question);
    const named = { ...question, items: [row({ barcode: 'B2' })] };
    expect(carryOverWithdrawnItems(confirm, named)).toBe(named);
    expect(carryOverWithdrawnItems(confirm, confirm)).toBe(confirm);
  });
});

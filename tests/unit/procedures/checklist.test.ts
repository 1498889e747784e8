import { describe, expect, it } from 'vitest';
import { findProcedure, procedureCatalog } from '../../../lib/procedures/catalog';
import { applicableProcedures, evaluateProcedure } from '../../../lib/procedures/checklist';
import type { Checklist } from '../../../lib/procedures/types';
import { BERKELEY, HOLDINGS_LEADER, MVM_BIB, SINGLE_BIB, coded, item, marc, page, row } from './builders';

const ids = (lists: Checklist[]) => lists.map((list) => list.procedureId);
const stepIds = (list: Checklist | undefined) => list?.steps.map((step) => step.id) ?? [];
const byId = (lists: Checklist[], id: string) => lists.find((list) => list.procedureId === id);

describe('applicableProcedures', () => {
  it('offers the MVM procedure first for an item on a multi-volume set, with its item steps checked', () => {
    const ctx = page({ kind: 'item-editor', bib: MVM_BIB, item: item({ description: 'v.2', enumerationA: '2' }) });
    const lists = applicableProcedures(ctx);
    expect(lists[0]!.procedureId).toBe('multi-volume-monographs');
    expect(lists[0]!.contextual).toBe(true);
    const mvm = lists[0]!;
    expect(mvm.steps.find((s) => s.id === 'description')!.result).toBe('pass');
    expect(mvm.steps.find((s) => s.id === 'enumeration')!.result).toBe('pass');
    expect(mvm.steps.find((s) => s.id === 'no-chronology')!.result).toBe('pass');
    // The general item checklist shows its MVM step only because the bib is a set.
    expect(stepIds(byId(lists, 'item-records'))).toContain('mvm-description');
  });

  it('fails the MVM checks when the item does not follow them', () => {
    const ctx = page({
      kind: 'item-editor',
      bib: MVM_BIB,
      item: item({ description: 'Volume two', enumerationA: '3', chronologyI: '1990' }),
    });
    const mvm = byId(applicableProcedures(ctx), 'multi-volume-monographs')!;
    expect(mvm.steps.find((s) => s.id === 'description')!.result).toBe('fail');
    expect(mvm.steps.find((s) => s.id === 'enumeration')!.result).toBe('fail');
    expect(mvm.steps.find((s) => s.id === 'no-chronology')!.result).toBe('fail');
  });

  it('leaves MVM steps out for a single-volume bib', () => {
    const lists = applicableProcedures(page({ kind: 'item-editor', bib: SINGLE_BIB, item: item() }));
    expect(ids(lists)).not.toContain('multi-volume-monographs');
    expect(stepIds(byId(lists, 'item-records'))).not.toContain('mvm-description');
  });

  it('shows reinstatement steps for an item in a withdrawn location, and checks the location step', () => {
    const withdrawn = page({
      kind: 'item-editor',
      bib: SINGLE_BIB,
      item: item({ permanentLocation: coded('mazw', 'Withdrawn') }),
    });
    const reinstate = byId(applicableProcedures(withdrawn), 'reinstating-items');
    expect(reinstate?.contextual).toBe(true);
    expect(reinstate!.steps.find((s) => s.id === 'location')!.result).toBe('fail');
    expect(stepIds(reinstate)).not.toContain('millennium-zw');

    const millennium = page({ kind: 'item-editor', item: item({ permanentLocation: coded('zw') }) });
    expect(stepIds(byId(applicableProcedures(millennium), 'reinstating-items'))).toContain('millennium-zw');

    const shelved = page({ kind: 'item-editor', bib: SINGLE_BIB, item: item() });
    expect(ids(applicableProcedures(shelved))).not.toContain('reinstating-items');
  });

  it('follows the profile pattern: with another withdrawn pattern, mazw is an ordinary location', () => {
    const generic = { ...BERKELEY, withdrawnLocationPattern: '^wd$' };
    const ctx = page({ kind: 'item-editor', item: item({ permanentLocation: coded('mazw') }), profile: generic });
    expect(ids(applicableProcedures(ctx))).not.toContain('reinstating-items');
  });

  it('warns about related records on withdrawal and shows the related-records procedure', () => {
    const host = marc(['001 99555', '774 0# $w 991234 $t Bound with']);
    const lists = applicableProcedures(page({ kind: 'withdraw-dialog', bib: host }));
    expect(ids(lists)).toContain('related-records');
    const withdraw = byId(lists, 'withdrawal')!;
    expect(withdraw.steps[0]).toMatchObject({ id: 'related-warning', kind: 'warning' });

    const plain = applicableProcedures(page({ kind: 'withdraw-dialog', bib: SINGLE_BIB }));
    expect(stepIds(byId(plain, 'withdrawal'))).not.toContain('related-warning');
    expect(ids(plain)).not.toContain('related-records');
  });

  it('offers the deposit procedure when the item carries the NRLF work order', () => {
    const inOrder = page({
      kind: 'item-editor',
      item: item({ processType: coded('WORK_ORDER_DEPARTMENT', 'NRLF Deposit Prep') }),
    });
    const nrlf = byId(applicableProcedures(inOrder), 'nrlf-deposit');
    expect(nrlf!.steps.find((s) => s.id === 'work-order')!.result).toBe('pass');
    expect(ids(applicableProcedures(page({ kind: 'item-editor', item: item() })))).not.toContain('nrlf-deposit');
  });

  it('checks holdings steps from the open holdings record', () => {
    const good = marc(['852 0# $b MAIN $c mstk $h PS3545.I345 $i Z5 1990'], HOLDINGS_LEADER);
    const bad = marc(['852 0# $b MAIN'], HOLDINGS_LEADER);
    const result = (record: typeof good, stepId: string) =>
      byId(applicableProcedures(page({ kind: 'mde-holdings', record })), 'holdings-records')!.steps.find(
        (s) => s.id === stepId,
      )?.result;
    expect(result(good, 'location')).toBe('pass');
    expect(result(bad, 'location')).toBe('fail');
    expect(result(good, 'call-number')).toBe('pass');
    expect(result(bad, 'call-number')).toBe('fail');
    expect(result(good, 'template')).toBe('pass');
  });

  it('answers unknown when the page does not show what a check needs, and null for manual steps', () => {
    const adding = byId(applicableProcedures(page({ kind: 'mde-bib', record: SINGLE_BIB })), 'adding-copies')!;
    expect(adding.steps.find((s) => s.id === 'unsuppressed')!.result).toBe('unknown');
    expect(adding.steps.find((s) => s.id === 'call-number')!.result).toBe('unknown');
    expect(adding.steps.find((s) => s.id === 'single-volume')!.result).toBe('pass');
    expect(adding.steps.find((s) => s.id === 'search')!.result).toBeNull();

    const suppressed = page({
      kind: 'mde-bib',
      record: SINGLE_BIB,
      recordStatus: { suppressed: true, networkLinked: false },
    });
    const refer = byId(applicableProcedures(suppressed), 'adding-copies')!;
    expect(refer.steps.find((s) => s.id === 'unsuppressed')!.result).toBe('fail');
    expect(refer.steps.find((s) => s.id === 'network-linked')!.result).toBe('fail');
  });

  it('offers marking for deletion only when marked, or when an items list is empty', () => {
    expect(ids(applicableProcedures(page({ kind: 'mde-bib', record: SINGLE_BIB })))).not.toContain(
      'marking-for-deletion',
    );
    const marked = page({
      kind: 'mde-bib',
      record: SINGLE_BIB,
      recordStatus: { markedForDeletion: true, networkLinked: true },
    });
    const list = byId(applicableProcedures(marked), 'marking-for-deletion')!;
    expect(list.steps.find((s) => s.id === 'unlink')!.result).toBe('fail');
    expect(ids(applicableProcedures(page({ kind: 'items-list', items: [] })))).toContain('marking-for-deletion');
    expect(ids(applicableProcedures(page({ kind: 'items-list', items: [row({ barcode: '1' })] })))).not.toContain(
      'marking-for-deletion',
    );
  });

  it('does not offer popup-only procedures on any page', () => {
    for (const kind of ['mde-bib', 'mde-holdings', 'item-editor', 'items-list', 'withdraw-dialog', 'relink'] as const) {
      expect(ids(applicableProcedures(page({ kind })))).not.toContain('onboarding');
    }
  });

  it('keeps a throwing condition from breaking the checklist', () => {
    const broken = {
      ...findProcedure('item-records')!,
      steps: [
        {
          id: 'boom',
          text: 'x',
          verify: () => {
            throw new Error('odd page');
          },
        },
      ],
    };
    const list = evaluateProcedure(broken, page({ kind: 'item-editor', item: item() }));
    expect(list.steps[0]!.result).toBe('unknown');
  });
});

describe('procedure links', () => {
  it('keeps the cited URL with the default base and rebuilds it under another base', () => {
    const mvm = findProcedure('multi-volume-monographs')!;
    expect(evaluateProcedure(mvm, page({ kind: 'mde-bib' })).url).toBe(
      'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/procedures-for-mvms',
    );
    const other = { ...BERKELEY, documentationBaseUrl: 'https://library.example.edu/docs/' };
    expect(evaluateProcedure(mvm, page({ kind: 'mde-bib', profile: other })).url).toBe(
      'https://library.example.edu/docs/procedures-for-mvms',
    );
    const connexion = findProcedure('connexion-export-errors')!;
    expect(evaluateProcedure(connexion, page({ kind: 'mde-bib', profile: other })).url).toBe(
      'https://www.carli.illinois.edu/node/10083',
    );
  });
});

describe('catalog', () => {
  it('has every procedure of docs/procedures.md, unique ids and unique step ids', () => {
    expect(procedureCatalog.map((p) => p.id).sort()).toEqual(
      [
        'adding-copies',
        'nrlf-deposit',
        'connexion-export-errors',
        'oclc-holdings',
        'onboarding',
        'predicted-serial-items',
        'multi-volume-monographs',
        'reinstating-items',
        'related-records',
        'relinking',
        'marking-for-deletion',
        'bib-records',
        'holdings-records',
        'item-records',
        'withdrawal',
      ].sort(),
    );
    for (const procedure of procedureCatalog) {
      const stepIdsOf = procedure.steps.map((s) => s.id);
      expect(new Set(stepIdsOf).size, procedure.id).toBe(stepIdsOf.length);
      expect(procedure.defaultUrl, procedure.id).toMatch(/^https:\/\//);
      expect(procedure.summary.length, procedure.id).toBeGreaterThan(20);
    }
  });
});

describe('ruleContextExtras', () => {
  it('passes the page kind, list rows and record status on to rules, and nothing invented', async () => {
    const { ruleContextExtras } = await import('../../../lib/procedures/context');
    const items = [row({ barcode: '1' })];
    expect(ruleContextExtras(page({ kind: 'items-list', items, recordStatus: { suppressed: true } }))).toEqual({
      pageKind: 'items-list',
      items,
      recordStatus: { suppressed: true },
    });
    expect(ruleContextExtras(page({ kind: 'mde-bib' }))).toEqual({ pageKind: 'mde-bib' });
  });
});

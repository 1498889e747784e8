import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recognisePage } from '../../../../content/alma/recognise';
import { buildPageContext } from '../../../../content/page-context/build-context';
import { applicableProcedures } from '../../../../lib/procedures/checklist';
import { bibOf, holdingsOf, mmsIdOf } from '../../../../lib/procedures/context';
import { extractOclcNumbers } from '../../../../lib/oclc/oclc-number';
import { GENERIC_PROFILE } from '../../../../lib/settings/profile';
import { loadFixtureFile, openFixturePage, parseHtml } from '../alma/helpers/fixtures';

const GRID = ['yardsNgWrapper', 'yards_iframe'];
const OCLC_BIB = '990000001706532';
const MVM_BIB = '990000000906532';

function contextOf(doc: Document) {
  return buildPageContext(doc, recognisePage(doc), GENERIC_PROFILE);
}

describe('buildPageContext in the Metadata Editor (frame chains as a browser loads them)', () => {
  const pages = new Map<string, Awaited<ReturnType<typeof openFixturePage>>>();
  beforeAll(async () => {
    for (const id of ['mde-oclc', 'mde-mvm', 'mde-holdings', 'mde-split'])
      pages.set(id, await openFixturePage(`${id}/top.html`));
  });
  afterAll(async () => {
    for (const page of pages.values()) await page.close();
  });
  const grid = (id: string) => pages.get(id)!.frame(GRID);

  it('reads a bib with its MMS ID from the wrapper header and its OCLC number from the MARC', () => {
    const ctx = contextOf(grid('mde-oclc'))!;
    expect(ctx).toMatchObject({ kind: 'mde-bib', recordType: 'bib', mmsId: OCLC_BIB });
    expect(extractOclcNumbers(bibOf(ctx))).toEqual(['1929242']);
  });

  it('gives the multi-volume set its MVM checklist, and the single-volume bib none', () => {
    const ids = (id: string) => applicableProcedures(contextOf(grid(id))!).map((checklist) => checklist.procedureId);
    expect(ids('mde-mvm')).toContain('multi-volume-monographs');
    expect(ids('mde-oclc')).not.toContain('multi-volume-monographs');
  });

  it('takes the bib of a holdings record from its 004', () => {
    const ctx = contextOf(grid('mde-holdings'))!;
    expect(ctx.kind).toBe('mde-holdings');
    expect(mmsIdOf(ctx)).toBe(MVM_BIB);
    expect(holdingsOf(ctx)?.fields.find((field) => field.tag === '852')).toBeDefined();
    expect(bibOf(ctx)).toBeUndefined();
  });

  it('in split view is about the holdings, with the bib beside it', () => {
    const ctx = contextOf(grid('mde-split'))!;
    expect(ctx.kind).toBe('mde-holdings');
    expect(mmsIdOf(ctx)).toBe(MVM_BIB);
    const extent = bibOf(ctx)?.fields.find((field) => field.tag === '300');
    expect(extent && 'subfields' in extent ? extent.subfields[0] : undefined).toEqual({ code: 'a', value: '3 v. :' });
  });
});

describe('buildPageContext on legacy pages', () => {
  it('reads a list of every item of the bib as complete (scope bib, total shown)', () => {
    expect(contextOf(loadFixtureFile('items-list-oclc/index.html'))).toMatchObject({
      kind: 'items-list',
      mmsId: OCLC_BIB,
      itemsScope: 'bib',
      itemsTotal: 1,
      items: [{ itemId: '2300000017106532', barcode: 'C091929242', selected: false }],
    });
  });

  it('reads a one-holdings list as holdings-scoped, with descriptions and process types, and no location codes', () => {
    const ctx = contextOf(loadFixtureFile('items-list/index.html'))!;
    expect(ctx.itemsScope).toBe('holdings');
    expect(ctx.itemsTotal).toBeUndefined();
    expect(ctx.items?.map((row) => row.description)).toEqual(['v.1', 'v.2', 'v.3']);
    expect(ctx.items?.[2]?.processType).toBe('Missing');
    expect(ctx.items?.every((row) => row.locationCode === undefined)).toBe(true);
  });

  it('marks an item editor without an item PID as a new item', () => {
    expect(contextOf(loadFixtureFile('item-editor-new-oclc/index.html'))).toMatchObject({
      kind: 'item-editor',
      itemIsNew: true,
      mmsId: OCLC_BIB,
    });
    expect(contextOf(loadFixtureFile('item-editor/index.html'))).toMatchObject({
      kind: 'item-editor',
      itemIsNew: false,
      mmsId: MVM_BIB,
    });
  });

  it('lists the items a withdraw confirmation acts on as selected; the last-item question lists none', () => {
    expect(contextOf(loadFixtureFile('withdraw-confirm-oclc/index.html'))).toMatchObject({
      kind: 'withdraw-dialog',
      withdrawDialog: 'confirm',
      mmsId: OCLC_BIB,
      items: [{ barcode: 'C091929242', selected: true }],
    });
    const last = contextOf(loadFixtureFile('withdraw-last-item-oclc/index.html'))!;
    expect(last).toMatchObject({ kind: 'withdraw-dialog', withdrawDialog: 'last-item', mmsId: OCLC_BIB });
    expect(last.items).toBeUndefined();
  });

  it('reads the bibs of a relink: SOURCE only while searching, both on the confirmation', () => {
    expect(contextOf(loadFixtureFile('relink-search/index.html'))).toMatchObject({
      kind: 'relink',
      relink: { sourceMmsId: '9900000017506532' },
    });
    expect(contextOf(loadFixtureFile('relink-search/index.html'))!.relink!.targetMmsId).toBeUndefined();
    expect(contextOf(loadFixtureFile('relink-confirm/index.html'))).toMatchObject({
      kind: 'relink',
      mmsId: '9900000017506532',
      relink: { sourceMmsId: '9900000017506532', targetMmsId: OCLC_BIB },
    });
  });

  it('reads the List of Holdings: library and location as shown (for lib/oclc/list-state.ts)', () => {
    const ctx = contextOf(loadFixtureFile('holdings-list/index.html'))!;
    expect(ctx.kind).toBe('holdings-list');
    expect(ctx.holdings?.map((entry) => entry.library)).toEqual(['Main (Doe) Library', 'NRLF']);
  });

  it('builds nothing for other pages, or for an editor page showing no grid', () => {
    expect(contextOf(loadFixtureFile('mde-bib/top.html'))).toBeNull();
    const empty = parseHtml('<html><body><p>Loading…</p></body></html>');
    expect(buildPageContext(empty, { kind: 'mde-bib', missing: [] }, GENERIC_PROFILE)).toBeNull();
    expect(buildPageContext(empty, { kind: 'item-editor', missing: [] }, GENERIC_PROFILE)).toBeNull();
    expect(buildPageContext(empty, { kind: 'relink', missing: [] }, GENERIC_PROFILE)).toBeNull();
  });
});

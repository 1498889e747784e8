import { describe, expect, it } from 'vitest';
import {
  countFrom,
  extractItemsListFacts,
  extractRelink,
  extractWithdrawDialog,
} from '../../../../content/alma/extract-workflow';
import { recognisePage } from '../../../../content/alma/recognise';
import { loadFixtureFile, parseHtml } from './helpers/fixtures';

const OCLC_BIB = '990000001706532';
const OCLC_HOLDINGS = '220000001706532';
const BRIEF_BIB = '9900000017506532';

describe('extractItemsListFacts', () => {
  it('reads a list of every item of the bib: no holdings filter, total from the count', () => {
    expect(extractItemsListFacts(loadFixtureFile('items-list-oclc/index.html'))).toEqual({
      mmsId: OCLC_BIB,
      holdingsId: null,
      total: 1,
    });
    expect(extractItemsListFacts(loadFixtureFile('items-list-mvm/index.html'))).toMatchObject({
      holdingsId: null,
      total: 5,
    });
  });

  it('reads the holdings filter of a one-holdings list, and no total when the page shows no count', () => {
    expect(extractItemsListFacts(loadFixtureFile('items-list/index.html'))).toEqual({
      mmsId: '990000000906532',
      holdingsId: '220000000906532',
      total: null,
    });
  });

  it('takes the largest number of the count in any language, and null without digits', () => {
    expect(countFrom('1 - 20 of 35')).toBe(35);
    expect(countFrom('35 Datensätze')).toBe(35);
    expect(countFrom('—')).toBeNull();
  });
});

describe('extractWithdrawDialog', () => {
  it('lists the items a confirmation will withdraw, with PID and barcode', () => {
    const doc = loadFixtureFile('withdraw-confirm-oclc/index.html');
    expect(recognisePage(doc)).toEqual({ kind: 'withdraw-dialog', missing: [] });
    expect(extractWithdrawDialog(doc)).toEqual({
      stage: 'confirm',
      mmsId: OCLC_BIB,
      holdingsId: OCLC_HOLDINGS,
      items: [{ itemId: '2300000017106532', barcode: 'C091929242', description: '' }],
    });
  });

  it('tells the last-item question apart; it names no item', () => {
    const facts = extractWithdrawDialog(loadFixtureFile('withdraw-last-item-oclc/index.html'));
    expect(facts).toEqual({ stage: 'last-item', mmsId: OCLC_BIB, holdingsId: OCLC_HOLDINGS, items: [] });
  });

  it('returns null for other pages; a popup without the withdraw controls leaves the page a List of Items', () => {
    expect(extractWithdrawDialog(loadFixtureFile('items-list/index.html'))).toBeNull();
    const doc = loadFixtureFile('withdraw-confirm-oclc/index.html');
    doc.querySelector('#withdrawItemsConfirmForm tbody')!.innerHTML = '';
    expect(recognisePage(doc)).toEqual({ kind: 'items-list', missing: [] });
    expect(extractWithdrawDialog(doc)).toBeNull();
  });

  it("Alma's generic confirmation over the List of Items is not taken for a withdraw", () => {
    const doc = loadFixtureFile('items-list-confirmation/index.html');
    expect(doc.querySelector('#PAGE_BUTTONS_cbuttonconfirmationconfirm')).not.toBeNull();
    expect(recognisePage(doc)).toEqual({ kind: 'items-list', missing: [] });
    expect(extractWithdrawDialog(doc)).toBeNull();
  });

  it('the Last Item dialog in iframe#iframePopupIframe: the popup document is the dialog, the list stays a list', () => {
    expect(recognisePage(loadFixtureFile('withdraw-dialog/index.html'))).toEqual({ kind: 'items-list', missing: [] });
    const popup = loadFixtureFile('withdraw-dialog/popup.html');
    expect(recognisePage(popup)).toEqual({ kind: 'withdraw-dialog', missing: [] });
    expect(extractWithdrawDialog(popup)).toMatchObject({ stage: 'last-item', items: [] });
  });
});

describe('extractRelink', () => {
  it('reads the SOURCE on the search page and both bibs on the confirmation', () => {
    const search = loadFixtureFile('relink-search/index.html');
    expect(recognisePage(search)).toEqual({ kind: 'relink', missing: [] });
    expect(extractRelink(search)).toEqual({ sourceMmsId: BRIEF_BIB, targetMmsId: null });
    expect(extractRelink(loadFixtureFile('relink-confirm/index.html'))).toEqual({
      sourceMmsId: BRIEF_BIB,
      targetMmsId: OCLC_BIB,
    });
  });

  it('reports a relink page without its SOURCE as degraded, and other pages as not relink', () => {
    const doc = parseHtml(
      '<html><body id="body_id_xml_file_resource_editor.physical.relink_search.xml"><p>Relink</p></body></html>',
    );
    expect(recognisePage(doc)).toEqual({ kind: 'relink', missing: ['relinkSourceMmsId'] });
    expect(extractRelink(doc)).toEqual({ sourceMmsId: null, targetMmsId: null });
    expect(extractRelink(loadFixtureFile('items-list/index.html'))).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recognisePage } from '../../../../content/alma/recognise';
import { loadFixtureFile, openFixturePage, parseHtml, readManifest } from './helpers/fixtures';

const manifest = readManifest();
const frames = manifest.flatMap((fixture) => fixture.expect.map((expectation) => ({ fixture, expectation })));

describe('recognisePage over every fixture frame (fixtures.json)', () => {
  const pages = new Map<string, Awaited<ReturnType<typeof openFixturePage>>>();
  beforeAll(async () => {
    for (const fixture of manifest) pages.set(fixture.id, await openFixturePage(fixture.path));
  });
  afterAll(async () => {
    for (const page of pages.values()) await page.close();
  });

  it.each(
    frames.map(
      ({ fixture, expectation }) =>
        [fixture.id, expectation.frame.join(' > ') || '(top)', expectation.kind, expectation] as const,
    ),
  )('%s %s is %s', (id, _frame, kind, expectation) => {
    const doc = pages.get(id)!.frame(expectation.frame);
    const frameId = expectation.frame.at(-1) ?? null;
    const result = recognisePage(doc, { frameId });
    expect(result.kind).toBe(kind);
    expect(result.missing).toEqual(expectation.missing);
  });

  it('covers every page kind the fixtures promise, including the broken ones', () => {
    const kinds = new Set(frames.map(({ expectation }) => expectation.kind));
    for (const kind of [
      'other',
      'mde-wrapper',
      'mde-bib',
      'mde-holdings',
      'mde-split',
      'mde-old',
      'item-editor',
      'items-list',
      'holdings-list',
      'withdraw-dialog',
      'unrecognised',
    ]) {
      expect(kinds).toContain(kind);
    }
  });
});

describe('recognisePage details', () => {
  it('recognises a grid document standalone (no wrapper parent) from the DOM alone', () => {
    expect(recognisePage(loadFixtureFile('mde-holdings/grid.html')).kind).toBe('mde-holdings');
    expect(recognisePage(loadFixtureFile('mde-split/grid.html')).kind).toBe('mde-split');
  });

  it('ignores URL and title: a grid is a grid wherever it is served', () => {
    const doc = loadFixtureFile('mde-bib/grid.html');
    expect(recognisePage(doc, { url: 'https://example.org/whatever', title: 'Something else' }).kind).toBe('mde-bib');
  });

  it('returns other for an unrelated page, even with an Alma URL', () => {
    const doc = parseHtml('<html><body id="body_id_xml_file_search.mms_results.xml"><p>Results</p></body></html>');
    expect(recognisePage(doc, { url: 'https://x.alma.exlibrisgroup.com/rep/yards.jsp' })).toEqual({
      kind: 'other',
      missing: [],
    });
  });

  it('reports a frame that should be the grid but shows none of its markup as unrecognised', () => {
    const doc = parseHtml('<html><body><div class="newEditor"></div></body></html>');
    const result = recognisePage(doc, { frameId: 'yards_iframe' });
    expect(result.kind).toBe('unrecognised');
    expect(result.missing).toEqual(expect.arrayContaining(['editorTable', 'tagInput', 'fieldText']));
  });

  it('reports a "Md Editor" document without the wrapper frame as unrecognised', () => {
    const result = recognisePage(parseHtml('<html><head><title>Md Editor</title></head><body></body></html>'), {
      title: 'Md Editor',
    });
    expect(result).toMatchObject({ kind: 'unrecognised' });
    expect(result.missing).toContain('yardsFrame');
  });

  it('follows a body id change (SPA navigation) on the same document', () => {
    const doc = loadFixtureFile('items-list/index.html');
    expect(recognisePage(doc).kind).toBe('items-list');
    doc.body.id = 'body_id_xml_file_resource_editor.physical.holdings_list.xml';
    // The items rows are still there but the holdings header is not: the new page is incomplete.
    expect(recognisePage(doc)).toEqual({ kind: 'unrecognised', missing: ['holdingsListHeader'] });
  });

  it('tells bib from holdings by leader/06 before the header text', () => {
    const doc = loadFixtureFile('mde-bib/grid.html');
    const leader = doc.querySelector<HTMLTextAreaElement>('div[id^="MarcEditorPresenter.textArea.LDR"] textarea')!;
    leader.value = '#####nx##a22#####un#4500';
    expect(recognisePage(doc).kind).toBe('mde-holdings');
  });

  it('reports a degraded but usable grid with its missing optional parts', () => {
    const doc = loadFixtureFile('mde-bib/grid.html');
    for (const container of Array.from(doc.querySelectorAll('.mainContainer')))
      container.classList.remove('mainContainer');
    expect(recognisePage(doc)).toEqual({ kind: 'mde-bib', missing: ['editorContainer'] });
  });

  it('marks an old MDE host page whose editor frame is gone as unrecognised', () => {
    const doc = loadFixtureFile('mde-old/top.html');
    doc.querySelector('#mdeditor_container')!.remove();
    expect(recognisePage(doc)).toEqual({ kind: 'unrecognised', missing: ['oldMdeFrame'] });
  });
});

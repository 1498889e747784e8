import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryAll, queryFirst } from '../../../../content/alma/query';
import {
  HOLDINGS_LIST_COLUMNS,
  ITEM_EDITOR_FIELDS,
  ITEMS_LIST_COLUMNS,
  SELECTORS,
  selectorHealth,
  type SelectorName,
} from '../../../../content/alma/selectors';
import { ALMA_FIXTURES, loadFixtureFile, parseHtml, readManifest } from './helpers/fixtures';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? htmlFiles(path)
      : name.endsWith('.html')
        ? [relative(ALMA_FIXTURES, path)]
        : [];
  });
}

const documents = htmlFiles(ALMA_FIXTURES).map((path) => ({ path, doc: loadFixtureFile(path) }));

describe('selectorHealth', () => {
  it('names the renamed grid table in the broken fixture', () => {
    expect(selectorHealth(loadFixtureFile('broken-grid/grid.html'), 'mde-bib')).toEqual({
      missing: ['editorTable'],
      missingRequired: ['editorTable'],
    });
  });

  it('names the renamed barcode input in the broken item editor', () => {
    const health = selectorHealth(loadFixtureFile('broken-item-editor/index.html'), 'item-editor');
    expect(health).toEqual({ missing: ['item.barcode'], missingRequired: ['item.barcode'] });
  });

  it('finds nothing missing on the healthy fixtures', () => {
    expect(selectorHealth(loadFixtureFile('mde-bib/grid.html'), 'mde-bib').missing).toEqual([]);
    expect(selectorHealth(loadFixtureFile('mde-bib/wrapper.html'), 'mde-wrapper').missing).toEqual([]);
    expect(selectorHealth(loadFixtureFile('item-editor/index.html'), 'item-editor').missing).toEqual([]);
  });

  it('reports a missing hidden select separately from a missing field', () => {
    const doc = loadFixtureFile('item-editor/index.html');
    doc.querySelector('#pageBeanitemMddnxphysicalItemTablematerialType_hiddenSelect')!.remove();
    expect(selectorHealth(doc, 'item-editor')).toEqual({ missing: ['item.materialType.code'], missingRequired: [] });
  });
});

describe('selectors against the fixture pages', () => {
  // Present only in states the fixtures do not show: the wrapper while loading, a row the user clicked.
  const NOT_IN_FIXTURES: ReadonlySet<SelectorName> = new Set(['wrapperLoading', 'selectedRow']);

  it.each(Object.keys(SELECTORS) as SelectorName[])(
    '%s matches in some fixture page (or is listed as state-only)',
    (name) => {
      const matched = documents.filter(({ doc }) => queryFirst(doc, SELECTORS[name]) !== null).map(({ path }) => path);
      if (NOT_IN_FIXTURES.has(name)) expect(matched).toEqual([]);
      else expect(matched.length).toBeGreaterThan(0);
    },
  );

  it('every item editor, items list and holdings list field selector matches its fixture page', () => {
    // Each tab of the item editor is its own page: each box is on its tab's page and not on the other.
    const general = loadFixtureFile('item-editor/index.html');
    const notes = loadFixtureFile('item-editor/notes.html');
    const onNotes = new Set(['publicNote', 'fulfillmentNote', 'internalNote1', 'internalNote2', 'internalNote3']);
    const identity = new Set(['itemId', 'mmsId']);
    for (const [name, selectors] of Object.entries(ITEM_EDITOR_FIELDS)) {
      const [page, other] = onNotes.has(name) ? [notes, general] : [general, notes];
      expect(queryFirst(page, selectors.input), name).not.toBeNull();
      if ('code' in selectors) expect(queryFirst(page, selectors.code), `${name} code`).not.toBeNull();
      if (!identity.has(name)) expect(queryFirst(other, selectors.input), `${name} on the other tab`).toBeNull();
    }
    const items = loadFixtureFile('items-list/index.html');
    for (const [name, selectors] of Object.entries(ITEMS_LIST_COLUMNS))
      expect(queryAll(items, selectors), name).toHaveLength(3);
    const holdings = loadFixtureFile('holdings-list/index.html');
    for (const [name, selectors] of Object.entries(HOLDINGS_LIST_COLUMNS))
      expect(queryAll(holdings, selectors), name).toHaveLength(2);
  });

  it('counts grid rows, tables and panes as the manifest says', () => {
    for (const fixture of readManifest()) {
      for (const expectation of fixture.expect.filter((candidate) => candidate.panes)) {
        const file = fixture.id === 'mde-old' ? 'mde-old/editor.html' : `${fixture.id}/grid.html`;
        const doc = loadFixtureFile(file);
        const panes = expectation.panes!;
        expect(queryAll(doc, SELECTORS.editorTable), file).toHaveLength(panes.length);
        expect(queryAll(doc, SELECTORS.editorContainer), file).toHaveLength(panes.length);
        // One tag box per field plus the LDR row (and the untagged new row in mde-errors).
        const extraRows = fixture.id === 'mde-errors' ? 1 : 0;
        const fieldRows = panes.reduce((sum, pane) => sum + pane.fieldCount + 1, extraRows);
        expect(queryAll(doc, SELECTORS.tagInput), file).toHaveLength(fieldRows);
        expect(queryAll(doc, SELECTORS.fieldText), file).toHaveLength(fieldRows);
      }
    }
  });

  it('the items-list row selector does not match holdings-list rows (shared id prefix)', () => {
    expect(queryAll(loadFixtureFile('holdings-list/index.html'), SELECTORS.itemsListRow)).toEqual([]);
    expect(queryAll(loadFixtureFile('items-list/index.html'), SELECTORS.itemsListRow)).toHaveLength(3);
  });
});

describe('query helpers', () => {
  it('skip an alternative the engine cannot parse and use the next one', () => {
    const doc = parseHtml('<div class="x"></div>');
    expect(queryFirst(doc, ['div:unknown-pseudo(((', 'div.x'])?.className).toBe('x');
    expect(queryAll(doc, ['[[[', 'div'])).toHaveLength(1);
  });

  it('use the first alternative that matches, not the union', () => {
    const doc = parseHtml('<p class="a"></p><p class="b"></p><p class="b"></p>');
    expect(queryAll(doc, ['p.a', 'p.b'])).toHaveLength(1);
    expect(queryAll(doc, ['p.none', 'p.b'])).toHaveLength(2);
  });
});

it('fixture pages all carry their documentation comment', () => {
  for (const { path } of documents) {
    const html = readFileSync(join(ALMA_FIXTURES, path), 'utf8');
    if (path === 'index.html') continue;
    expect(html, path).toMatch(
      /<!--[\s\S]*(Documented|DOCUMENTED|documented|Evidenced|evidenced)[\s\S]*ASSUMED[\s\S]*-->/,
    );
  }
});

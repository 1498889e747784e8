import { describe, expect, it } from 'vitest';
import { extractItem } from '../../../../content/alma/extract-item';
import { recognisePage } from '../../../../content/alma/recognise';
import { itemFieldControl, writeItemField } from '../../../../content/alma/write-item-field';
import { loadFixtureFile } from './helpers/fixtures';

const PIECES_ID = '#pageBeanitemMddnxphysicalItemTablepieces';
const NOTE_ID = '#pageBeanitemMddnxphysicalItemTablefulfillmentNote';

describe('extractItem: Pieces and Fulfillment note', () => {
  it('reads Pieces and the Fulfillment note from the pieces-without-note fixture', () => {
    const item = extractItem(loadFixtureFile('item-cases/pieces-without-note.html'));
    expect(item).toMatchObject({ pieces: '3', fulfillmentNote: '', missing: [] });
  });

  it('follows edits of both boxes', () => {
    const doc = loadFixtureFile('item-cases/pieces-without-note.html');
    doc.querySelector<HTMLInputElement>(PIECES_ID)!.value = '2';
    doc.querySelector<HTMLInputElement>(NOTE_ID)!.value = '1 book + 1 map';
    expect(extractItem(doc)).toMatchObject({ pieces: '2', fulfillmentNote: '1 book + 1 map' });
  });

  it('a page without a Pieces box: key left out, listed as missing, page still a healthy item editor', () => {
    const doc = loadFixtureFile('item-cases/pieces-without-note.html');
    doc.querySelector(PIECES_ID)!.remove();
    const item = extractItem(doc)!;
    expect('pieces' in item).toBe(false);
    expect(item.missing).toEqual(['pieces']);
    expect(recognisePage(doc)).toEqual({ kind: 'item-editor', missing: [] });
  });

  it('a page without a Fulfillment note box lists it as missing and is still recognised', () => {
    const doc = loadFixtureFile('item-cases/pieces-without-note.html');
    doc.querySelector(NOTE_ID)!.remove();
    expect(extractItem(doc)?.missing).toEqual(['fulfillmentNote']);
    expect(recognisePage(doc)).toEqual({ kind: 'item-editor', missing: [] });
  });

  it('findings on Pieces can point at its box; Pieces is not a field fixes may write', () => {
    const doc = loadFixtureFile('item-cases/pieces-without-note.html');
    expect(itemFieldControl(doc, 'pieces')?.id).toBe(PIECES_ID.slice(1));
    expect(() => writeItemField(doc, 'pieces', '1')).toThrow(/only text fields/);
  });
});

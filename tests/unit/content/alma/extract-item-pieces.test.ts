import { describe, expect, it } from 'vitest';
import { extractItem } from '../../../../content/alma/extract-item';
import { recognisePage } from '../../../../content/alma/recognise';
import { itemFieldControl, writeItemField } from '../../../../content/alma/write-item-field';
import { loadFixtureFile } from './helpers/fixtures';

const PIECES_ID = '#pageBeanitemMddnxphysicalItemTablepieces';
const NOTE_ID = '#pageBeanitemMddnxphysicalItemTablefulfillmentNote';

const GENERAL = 'item-cases/pieces-without-note.html';
const NOTES = 'item-cases/pieces-without-note-notes.html';

describe('extractItem: Pieces (General tab) and Fulfillment note (Notes tab)', () => {
  it('reads Pieces on the General tab, where the Fulfillment note is unknown (another page)', () => {
    const item = extractItem(loadFixtureFile(GENERAL))!;
    expect(item.pieces).toBe('3');
    expect(item.missing).toContain('fulfillmentNote');
    expect(item.missing).not.toContain('pieces');
  });

  it('reads the Fulfillment note on the Notes tab of the same item, where Pieces is unknown', () => {
    const general = extractItem(loadFixtureFile(GENERAL))!;
    const notes = extractItem(loadFixtureFile(NOTES))!;
    expect(notes).toMatchObject({ fulfillmentNote: '', itemId: general.itemId, mmsId: general.mmsId });
    expect('pieces' in notes).toBe(false);
    expect(notes.missing).toContain('pieces');
    expect(notes.missing).not.toContain('fulfillmentNote');
  });

  it('follows edits of both boxes, each on its own tab', () => {
    const general = loadFixtureFile(GENERAL);
    general.querySelector<HTMLInputElement>(PIECES_ID)!.value = '2';
    const notes = loadFixtureFile(NOTES);
    notes.querySelector<HTMLInputElement>(NOTE_ID)!.value = '1 book + 1 map';
    expect(extractItem(general)?.pieces).toBe('2');
    expect(extractItem(notes)?.fulfillmentNote).toBe('1 book + 1 map');
  });

  it('a General tab without a Pieces box: key left out, listed as missing, page still a healthy item editor', () => {
    const doc = loadFixtureFile(GENERAL);
    doc.querySelector(PIECES_ID)!.remove();
    const item = extractItem(doc)!;
    expect('pieces' in item).toBe(false);
    expect(item.missing).toContain('pieces');
    expect(recognisePage(doc)).toEqual({ kind: 'item-editor', missing: [] });
  });

  it('both tabs are recognised as the item editor, nothing expected missing', () => {
    expect(recognisePage(loadFixtureFile(GENERAL))).toEqual({ kind: 'item-editor', missing: [] });
    expect(recognisePage(loadFixtureFile(NOTES))).toEqual({ kind: 'item-editor', missing: [] });
  });

  it('findings on Pieces can point at its box; Pieces is not a field fixes may write', () => {
    const doc = loadFixtureFile(GENERAL);
    expect(itemFieldControl(doc, 'pieces')?.id).toBe(PIECES_ID.slice(1));
    expect(() => writeItemField(doc, 'pieces', '1')).toThrow(/only text fields/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { catalogTranslator, setTranslator } from '../../../../components/i18n';
import { extractItem } from '../../../../content/alma/extract-item';
import { itemBoxNotes, itemSnapshot, withRememberedFields } from '../../../../content/live/read-item';
import { shownItemFields } from '../../../../content/page-context/client';
import { createDefaultSettings } from '../../../../lib/settings';
import { validationSettingsOf } from '../../../../lib/validation/jobs';
import { localValidator } from '../../../../lib/validation/run-job';
import { loadFixtureFile } from '../alma/helpers/fixtures';
import english from '../../../../public/_locales/en/messages.json';
import german from '../../../../public/_locales/de/messages.json';

/**
 * The item is one record across its tabs: each tab is a page of its own, what one tab showed is remembered
 * (the background's record memory, merged as rememberItemFields answers) and fills the boxes the other tab lacks.
 */

const SETTINGS = validationSettingsOf(createDefaultSettings());
const GENERAL = 'item-cases/pieces-without-note.html';
const NOTES = 'item-cases/pieces-without-note-notes.html';

const ruleIds = async (doc: Document, item: ReturnType<typeof extractItem>) =>
  (await itemSnapshot(doc, item!, null, localValidator).validate(SETTINGS)).findings.map((read) => read.finding.ruleId);

describe('withRememberedFields', () => {
  it('fills the boxes this tab lacks from the other tab, keeps this page’s values, lists what came from memory', () => {
    const notes = extractItem(loadFixtureFile(NOTES))!;
    const general = extractItem(loadFixtureFile(GENERAL))!;
    const merged = withRememberedFields(notes, { ...shownItemFields(general), fulfillmentNote: 'stale' });
    expect(merged.pieces).toBe('3');
    expect(merged.barcode).toBe(general.barcode);
    expect(merged.fulfillmentNote).toBe(''); // the Notes page shows it: its own value wins
    expect(merged.missing).toEqual([]);
    expect(merged.seenOnOtherTab).toEqual(expect.arrayContaining(['pieces', 'barcode', 'copyId']));
  });

  it('leaves the item as read when nothing is remembered', () => {
    const notes = extractItem(loadFixtureFile(NOTES))!;
    expect(withRememberedFields(notes, null)).toBe(notes);
    expect(withRememberedFields(notes, {})).toBe(notes);
  });
});

describe('the two-tab check and the panel notes', () => {
  it('General alone: the Pieces check waits, and one note says the Notes tab has what it needs', async () => {
    const doc = loadFixtureFile(GENERAL);
    const item = extractItem(doc)!;
    expect(await ruleIds(doc, item)).not.toContain('item-pieces-without-fulfillment-note');
    const notes = itemBoxNotes(item, 'general');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/Fulfillment note.* on the Notes tab/);
    expect(notes[0]).toContain('Several pieces but no Fulfillment note');
    expect(notes.join(' ')).not.toContain('Not found on this page');
  });

  describe('in a German interface', () => {
    afterEach(() => setTranslator(catalogTranslator(english)));

    it('names the waiting check by its German title (lib/rules/messages/rule-words-de-items.ts)', () => {
      setTranslator(catalogTranslator(german));
      const [note] = itemBoxNotes(extractItem(loadFixtureFile(GENERAL))!, 'general');
      expect(note).toContain('Mehrere Teile, aber keine Benutzungsnotiz');
      expect(note).not.toContain('Several pieces');
    });
  });

  it('General, then Notes of the same item: the check runs on the Notes page', async () => {
    const general = extractItem(loadFixtureFile(GENERAL))!;
    const doc = loadFixtureFile(NOTES);
    const item = withRememberedFields(extractItem(doc)!, shownItemFields(general));
    expect(await ruleIds(doc, item)).toContain('item-pieces-without-fulfillment-note');
    expect(itemBoxNotes(item, 'notes')).toEqual([]);
  });

  it('the Notes tab alone: one note for the General boxes, the many waiting checks counted, not listed', () => {
    const item = extractItem(loadFixtureFile(NOTES))!;
    const notes = itemBoxNotes(item, 'notes');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /Barcode, .* are on the General tab, not on this page\. .* the \d+ checks that need them run/,
    );
  });

  it('a General tab without its Copy ID box: said once as not found, and no rule calls it empty', async () => {
    const doc = loadFixtureFile('item-cases/no-copy-id-box.html');
    const item = extractItem(doc)!;
    expect(item.missing).toContain('copyId');
    const notes = itemBoxNotes(item, 'general');
    expect(notes.filter((note) => note.includes('Copy ID'))).toEqual([
      'Not found on this page: Copy ID. Checks of those fields are off.',
    ]);
    const findings = (await itemSnapshot(doc, item, null, localValidator).validate(SETTINGS)).findings;
    expect(findings.filter((read) => read.finding.itemField === 'copyId')).toEqual([]);
    expect(findings.some((read) => /Copy ID is empty/.test(read.finding.message))).toBe(false);
  });
});

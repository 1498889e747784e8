import { describe, expect, it } from 'vitest';
import { extractItem } from '../../../../content/alma/extract-item';
import { withRememberedFields } from '../../../../content/live/read-item';
import { shownItemFields } from '../../../../content/page-context/client';
import { validateItem } from '../../../../lib/rules/engine';
import { itemRules } from '../../../../lib/rules/items';
import {
  piecesCount,
  itemPiecesWithoutFulfillmentNote as rule,
} from '../../../../lib/rules/items/item-pieces-without-fulfillment-note';
import { builtInRules } from '../../../../lib/rules/registry';
import { loadFixtureFile } from '../../content/alma/helpers/fixtures';
import { item, ruleContext } from '../../procedures/builders';

const RULE_ID = 'item-pieces-without-fulfillment-note';
const check = (overrides: Parameters<typeof item>[0]) => rule.check(ruleContext('item', { item: item(overrides) }));

describe('item-pieces-without-fulfillment-note (R-ITEM-5, [INFERRED])', () => {
  it('is a registered, configurable [INFERRED] warning on items with the Princeton source', () => {
    expect(itemRules).toContain(rule);
    expect(builtInRules.filter((candidate) => candidate.id === RULE_ID)).toEqual([rule]);
    expect(rule).toMatchObject({ id: RULE_ID, defaultSeverity: 'warning', appliesTo: ['item'], inferred: true });
    expect(rule.source).toBe('https://pul-confluence.atlassian.net/wiki/spaces/ALMA/pages/1770130/Items+-+Edit+Fields');
  });

  it('warns on Pieces 3 with an empty (or blank) Fulfillment note, pointing at the note', () => {
    for (const fulfillmentNote of ['', '   ']) {
      const findings = check({ pieces: '3', fulfillmentNote });
      expect(findings).toEqual([
        expect.objectContaining({
          ruleId: RULE_ID,
          severity: 'warning',
          itemField: 'fulfillmentNote',
          source: rule.source,
        }),
      ]);
      const message = findings[0]!.message;
      expect(message).toContain('Pieces is 3'); // what
      expect(message).toContain('Fulfillment note (Notes tab)'); // where
      expect(message).toMatch(/say what the 3 pieces are/); // how
    }
    expect(check({ pieces: ' 2 ', fulfillmentNote: '' })).toHaveLength(1);
  });

  it('is quiet when the note is filled, or Pieces is 1, empty, absent or not a number', () => {
    expect(check({ pieces: '3', fulfillmentNote: '1 book + 2 CDs' })).toEqual([]);
    expect(check({ pieces: '1', fulfillmentNote: '' })).toEqual([]);
    expect(check({ pieces: '0', fulfillmentNote: '' })).toEqual([]);
    expect(check({ pieces: '', fulfillmentNote: '' })).toEqual([]);
    expect(check({ fulfillmentNote: '' })).toEqual([]);
    expect(check({ pieces: 'three', fulfillmentNote: '' })).toEqual([]);
    expect(check({ pieces: '1 box', fulfillmentNote: '' })).toEqual([]);
  });

  it('reads the count catalogers type: "3 pieces", "1+2", "02"; and says it without leading zeros', () => {
    expect(['3', ' 3 ', '3 pieces', '3 pcs', '1+2', '1 + 1 + 1', '02', 'x', '', '1.5', '2x'].map(piecesCount)).toEqual([
      3,
      3,
      3,
      3,
      3,
      3,
      2,
      null,
      null,
      null,
      null,
    ]);
    expect(check({ pieces: '1+1', fulfillmentNote: '' })[0]?.message).toContain('Pieces is 2');
    expect(check({ pieces: '02', fulfillmentNote: '' })[0]?.message).toMatch(/Pieces is 2 .*the 2 pieces/);
  });

  it('does not call a Fulfillment note empty when the page had no such box', () => {
    expect(check({ pieces: '3', fulfillmentNote: '', missing: ['fulfillmentNote'] })).toEqual([]);
    expect(check({ pieces: '3', fulfillmentNote: '', missing: ['copyId'] })).toHaveLength(1);
  });

  it('runs through the engine: on by default, severity and switch follow the settings', () => {
    const several = item({ pieces: '3', fulfillmentNote: '' });
    const ids = (findings: ReturnType<typeof validateItem>) => findings.filter((f) => f.ruleId === RULE_ID);
    expect(ids(validateItem(several))).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(ids(validateItem(several, { settings: { severity: { [RULE_ID]: 'info' } } }))).toEqual([
      expect.objectContaining({ severity: 'info' }),
    ]);
    expect(ids(validateItem(several, { settings: { enabled: { [RULE_ID]: false } } }))).toEqual([]);
  });

  it('on the fixture pages: waits on either tab alone, fires once both tabs of the item are known', () => {
    const ofRule = (findings: ReturnType<typeof validateItem>) => findings.filter((f) => f.ruleId === RULE_ID);
    const general = extractItem(loadFixtureFile('item-cases/pieces-without-note.html'))!;
    const notes = extractItem(loadFixtureFile('item-cases/pieces-without-note-notes.html'))!;
    // Pieces is on General, the Fulfillment note on Notes: neither page alone can tell.
    expect(ofRule(validateItem(general))).toEqual([]);
    expect(ofRule(validateItem(notes))).toEqual([]);
    // The item as the reading builds it from both tabs (content/live/read-item.ts withRememberedFields).
    const both = withRememberedFields(notes, shownItemFields(general));
    expect(ofRule(validateItem(both))).toHaveLength(1);
    const unchanged = withRememberedFields(
      extractItem(loadFixtureFile('item-editor/notes.html'))!,
      shownItemFields(extractItem(loadFixtureFile('item-editor/index.html'))!),
    );
    expect(ofRule(validateItem(unchanged))).toEqual([]);
  });
});

import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** The count at the start of the Pieces box: "3", "3 pieces", "1+2" (added up), " 02 "; null for other text. */
const COUNT = /^\s*(\d+(?:\s*\+\s*\d+)*)(?=\s|$)/;

export function piecesCount(text: string): number | null {
  const match = COUNT.exec(text);
  return match ? match[1]!.split('+').reduce((sum, part) => sum + Number(part.trim()), 0) : null;
}

/**
 * R-ITEM-5 [INFERRED]: an item of several pieces (Pieces > 1) says in its Fulfillment note what the pieces are,
 * so circulation can check that all of them go out and come back. Princeton lists Pieces among the item
 * editor's fields; the need for the note is inferred.
 */
export const itemPiecesWithoutFulfillmentNote = itemRule({
  id: 'item-pieces-without-fulfillment-note',
  title: 'Several pieces but no Fulfillment note',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Staff at the desk only know to count the pieces at loan and return if the Fulfillment note tells them.',
  source: 'https://pul-confluence.atlassian.net/wiki/spaces/ALMA/pages/1770130/Items+-+Edit+Fields',
  inferred: true,
  reads: ['pieces', 'fulfillmentNote'],
  check(_ctx, item) {
    // Pieces (General tab) and the Fulfillment note (Notes tab) are never on one page: this runs once both tabs of
    // the item have been seen (itemRule skips it until then, and the panel says which tab to open).
    const count = piecesCount(item.pieces ?? '');
    if (count === null || count <= 1 || item.fulfillmentNote.trim() !== '') return [];
    return [
      itemFinding(
        itemPiecesWithoutFulfillmentNote,
        'fulfillmentNote',
        ruleText('item-pieces-without-fulfillment-note.empty', { count }),
      ),
    ];
  },
});

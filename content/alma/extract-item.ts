import type { CodedValue, ItemRecord } from './types';
import { queryFirst, readText, type SelectorAlternatives } from './query';
import { ITEM_EDITOR_FIELDS, SELECTORS } from './selectors';

type ItemFieldName = keyof typeof ITEM_EDITOR_FIELDS;

/**
 * Reads one tab of the Physical Item Editor (docs/alma-evidence.md §9): each field is a visible control, and
 * coded fields pair it with a hidden `<select id="…_hiddenSelect">` whose value is the code. The tabs are
 * separate page loads (§9.3), so the General tab has no notes and the Notes tab no barcode or Pieces.
 * Returns null when the document is no item editor (neither its body id nor any of its boxes). A box not on
 * the page is listed in `missing` and is UNKNOWN, not empty: its value reads as '' only to fill the record's
 * shape (Pieces is left out), rules skip it (lib/rules/items/item-rule.ts), and the page reading fills it from
 * what another tab of the same item showed (content/live/read-item.ts withRememberedFields).
 */
export function extractItem(doc: Document): ItemRecord | null {
  if (!queryFirst(doc, SELECTORS.itemEditorBody) && !queryFirst(doc, SELECTORS.itemEditorBox)) return null;
  const missing: string[] = [];

  const text = (name: ItemFieldName): string => {
    const element = queryFirst(doc, ITEM_EDITOR_FIELDS[name].input);
    if (!element) missing.push(name);
    return readText(element); // Untrimmed: a stray space in a barcode is something rules may flag.
  };
  const coded = (name: ItemFieldName & keyof typeof CODED): CodedValue => {
    const selectors = CODED[name];
    const input = queryFirst(doc, selectors.input);
    const select = queryFirst<HTMLSelectElement>(doc, selectors.code);
    if (!input && !select) missing.push(name);
    return { code: select ? select.value : '', label: readText(input).trim() || selectedLabel(select) };
  };
  const optional = (name: ItemFieldName): string | null =>
    readText(queryFirst(doc, ITEM_EDITOR_FIELDS[name].input)).trim() || null;
  // Pieces is optional in ItemRecord: when its box is absent the key is left out (and listed in `missing`)
  // rather than read as '', so no rule mistakes "not on this page" for "empty".
  const piecesIfPresent = (): Pick<ItemRecord, 'pieces'> => {
    const element = queryFirst(doc, ITEM_EDITOR_FIELDS.pieces.input);
    if (element) return { pieces: readText(element) };
    missing.push('pieces');
    return {};
  };

  // The three internal notes are one field of the record: unknown when none of their boxes is on the page.
  const noteBoxes = (['internalNote1', 'internalNote2', 'internalNote3'] as const).map((name) =>
    queryFirst(doc, ITEM_EDITOR_FIELDS[name].input),
  );
  if (noteBoxes.every((box) => box === null)) missing.push('internalNotes');

  const inTemporary = coded('inTemporaryLocation');
  return {
    barcode: text('barcode'),
    copyId: text('copyId'),
    description: text('description'),
    enumerationA: text('enumerationA'),
    enumerationB: text('enumerationB'),
    chronologyI: text('chronologyI'),
    chronologyJ: text('chronologyJ'),
    materialType: coded('materialType'),
    itemPolicy: coded('itemPolicy'),
    permanentLocation: coded('permanentLocation'),
    temporaryLocation: coded('temporaryLocation'),
    inTemporaryLocation: inTemporary.code === 'true',
    processType: coded('processType'),
    publicNote: text('publicNote'),
    fulfillmentNote: text('fulfillmentNote'),
    ...piecesIfPresent(),
    internalNotes: noteBoxes.map(readText),
    mmsId: optional('mmsId'),
    itemId: optional('itemId'),
    missing,
  };
}

const CODED = {
  materialType: ITEM_EDITOR_FIELDS.materialType,
  itemPolicy: ITEM_EDITOR_FIELDS.itemPolicy,
  permanentLocation: ITEM_EDITOR_FIELDS.permanentLocation,
  temporaryLocation: ITEM_EDITOR_FIELDS.temporaryLocation,
  inTemporaryLocation: ITEM_EDITOR_FIELDS.inTemporaryLocation,
  processType: ITEM_EDITOR_FIELDS.processType,
} as const satisfies Record<string, { input: SelectorAlternatives; code: SelectorAlternatives }>;

function selectedLabel(select: HTMLSelectElement | null): string {
  if (!select) return '';
  const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  return (option?.textContent ?? '').trim();
}

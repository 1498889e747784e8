import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-ITEM-2: the same Copy ID twice in one library on one bib (needs the items list). */
export const itemCopyIdDuplicate = itemRule({
  id: 'item-copy-id-duplicate',
  title: 'Copy ID already used in this library',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: "Copy IDs count up across all locations of a library, so each copy's number is unique there.",
  source: PROCEDURE_URLS.itemRecords,
  reads: ['copyId', 'barcode', 'permanentLocation'],
  check(ctx, item) {
    const rows = ctx.items;
    const copyId = item.copyId.trim();
    if (!rows || copyId === '') return [];
    const isSelf = (row: (typeof rows)[number]) =>
      (item.itemId !== null && row.itemId === item.itemId) ||
      (item.barcode.trim() !== '' && row.barcode.trim() === item.barcode.trim());
    const self = rows.find(isSelf);
    const library = self?.libraryCode?.trim();
    const location = item.permanentLocation.code.trim();
    const clash = rows.find((row) => {
      if (isSelf(row) || row.copyId?.trim() !== copyId) return false;
      // Compare libraries when both are known; otherwise the same location is the closest evidence.
      const rowLibrary = row.libraryCode?.trim();
      return library && rowLibrary ? rowLibrary === library : row.locationCode?.trim() === location;
    });
    if (!clash) return [];
    return [
      itemFinding(
        itemCopyIdDuplicate,
        'copyId',
        ruleText(library ? 'item-copy-id-duplicate.in-library' : 'item-copy-id-duplicate.in-location', {
          copyId,
          where: library || location || '',
          item: clash.barcode || clash.itemId || '',
        }),
      ),
    ];
  },
});

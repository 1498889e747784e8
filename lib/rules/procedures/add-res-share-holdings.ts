import { RESOURCE_SHARING_LIBRARY } from '../../procedures/item-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { indexedDataFields, recordFinding, subfield } from './helpers';
import { ruleText } from '../messages';

/** R-ADD-3: RES_SHARE holdings are interlibrary-loan borrowing records, not the institution's copies. */
export const addResShareHoldings: Rule = {
  id: 'add-res-share-holdings',
  title: 'Holdings in the RES_SHARE library',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    "Copies added to an ILL borrowing record disappear with it; they belong on the institution's own holdings.",
  source: PROCEDURE_URLS.addingCopies,
  check(ctx) {
    for (const entry of indexedDataFields(ctx, '852')) {
      if (subfield(entry.field, 'b')?.trim() !== RESOURCE_SHARING_LIBRARY) continue;
      return [
        recordFinding(
          addResShareHoldings,
          ruleText('add-res-share-holdings.borrowing', {
            number: entry.occurrence + 1,
            library: RESOURCE_SHARING_LIBRARY,
          }),
          { tag: '852', occurrence: entry.occurrence, fieldIndex: entry.fieldIndex, code: 'b' },
        ),
      ];
    }
    return [];
  },
};

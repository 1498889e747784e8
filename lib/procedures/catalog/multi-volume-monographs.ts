import {
  holdingsHasSummary,
  isMultiVolumeContext,
  itemDescriptionFormatted,
  itemEnumerationMatchesDescription,
  itemFieldFilled,
  itemHasNoChronology,
} from '../conditions';
import { holdingsOf } from '../context';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Sets complete (or meant to be complete) in a finite number of parts. */
export const multiVolumeMonographs: Procedure = {
  id: 'multi-volume-monographs',
  title: 'Multi-volume monographs',
  summary:
    'A set in a finite number of parts: one set bib, one item per volume with its number in Description and Enumeration A.',
  roles: ['Physical Inventory Operator', 'Cataloger'],
  sourcePath: 'procedures-for-mvms',
  defaultUrl: PROCEDURE_URLS.multiVolumeMonographs,
  tags: ['monographs', 'multi-volume', 'items', 'holdings'],
  pageKinds: ['mde-bib', 'mde-holdings', 'item-editor', 'items-list'],
  appliesWhen: isMultiVolumeContext,
  ruleIds: [
    'add-multi-volume-set',
    'hol-multipart-without-866',
    'mvm-description-missing',
    'mvm-description-format',
    'mvm-description-verbose',
    'mvm-enumeration-mismatch',
    'mvm-chronology-on-monograph',
  ],
  steps: [
    { id: 'set-bib', text: 'Confirm the bib describes the whole set (300 in volumes, leader/07 m).' },
    {
      id: 'relink-strays',
      text: 'A volume that arrived on its own brief bib is relinked, with its PO line, to the set bib.',
    },
    {
      id: 'description',
      text: 'Description holds only the volume designation and number, e.g. v.3, with no other words.',
      verify: itemDescriptionFormatted,
      when: (ctx) => ctx.item !== undefined,
    },
    {
      id: 'enumeration',
      text: 'Enumeration A holds the volume number given in Description.',
      inferred: true,
      verify: itemEnumerationMatchesDescription,
      when: (ctx) => ctx.item !== undefined,
    },
    {
      id: 'no-chronology',
      text: 'Leave Chronology empty: it is not used for monographs.',
      verify: itemHasNoChronology,
      when: (ctx) => ctx.item !== undefined,
    },
    {
      id: 'copy-id',
      text: 'Set the Copy ID.',
      verify: itemFieldFilled('copyId'),
      when: (ctx) => ctx.item !== undefined,
    },
    {
      id: 'summary-holdings',
      text: 'Update the 866 summary of the holdings (Z39.71, adjacent display); shelf-ready sets are the exception.',
      verify: holdingsHasSummary,
    },
    {
      id: 'multipart-template',
      text: 'New holdings use the multipart template (leader/06 v).',
      verify: (ctx) => {
        const holdings = holdingsOf(ctx);
        return holdings ? (holdings.leader.charAt(6) === 'v' ? 'pass' : 'fail') : 'unknown';
      },
    },
  ],
};

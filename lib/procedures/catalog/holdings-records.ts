import { holdingsHasCallNumber, holdingsHasLocation, holdingsHasSummary } from '../conditions';
import { holdingsOf } from '../context';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Creating and coding holdings records from the institution's templates. */
export const holdingsRecords: Procedure = {
  id: 'holdings-records',
  title: 'Create and maintain holdings records',
  summary:
    'Start from the single-part, multipart or serial template and code 852 with library, location and call number.',
  roles: ['Cataloger', 'Physical Inventory Operator'],
  sourcePath: 'holdings-record-field-coding',
  defaultUrl: PROCEDURE_URLS.holdingsRecords,
  tags: ['holdings', '852', '866', 'templates'],
  pageKinds: ['mde-holdings'],
  ruleIds: [
    'hol-852-location-missing',
    'hol-852-indicator-lc',
    'hol-852-class-part-missing',
    'hol-template-mismatch',
    'hol-multipart-without-866',
    'hol-shared-print-without-561',
  ],
  steps: [
    {
      id: 'template',
      text: 'Use a template: Single-part (leader/06 x), Multipart (v) or Serial (y).',
      verify: (ctx) => {
        const holdings = holdingsOf(ctx);
        return holdings ? ('xvy'.includes(holdings.leader.charAt(6) || '-') ? 'pass' : 'fail') : 'unknown';
      },
    },
    {
      id: 'location',
      text: '852 has first indicator 0 (LC) with $b library and $c location chosen from the lists.',
      verify: holdingsHasLocation,
    },
    {
      id: 'call-number',
      text: '852 $h holds the class part and $i the item part of the call number.',
      verify: holdingsHasCallNumber,
    },
    {
      id: 'summary',
      text: 'Multipart and serial holdings add an 866 summary; 853-855 only for titles still being received.',
      verify: holdingsHasSummary,
      when: (ctx) => 'vy'.includes(holdingsOf(ctx)?.leader.charAt(6) || '-'),
    },
    { id: 'shared-print', text: 'WEST and other shared-print holdings need 561 and 583.' },
    { id: 'save', text: 'Save: Alma adds 005; a new holdings record shows an error until 852 is filled.' },
  ],
};

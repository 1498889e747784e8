import { bibHasOclcNumber } from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Keep the institution's WorldCat holdings in step with its physical inventory. */
export const oclcHoldings: Procedure = {
  id: 'oclc-holdings',
  title: 'Maintain OCLC holdings',
  summary:
    'Set the WorldCat holding when the first copy arrives or comes back, delete it when the last copy goes: ILL depends on it.',
  roles: ['Cataloger', 'Connexion or Record Manager authorization (Full to delete holdings)'],
  defaultUrl: PROCEDURE_URLS.oclcHoldings,
  tags: ['oclc', 'worldcat', 'holdings', 'interlibrary loan'],
  pageKinds: ['mde-bib', 'items-list', 'withdraw-dialog', 'relink'],
  ruleIds: [],
  steps: [
    {
      id: 'copy-ocn',
      text: 'Copy the OCLC number from 035 $a "(OCoLC)...".',
      detail: 'A bib with no 035 (OCoLC) cannot be matched in WorldCat by number.',
      verify: bibHasOclcNumber,
    },
    {
      id: 'retrieve',
      text: 'Look the number up in Connexion or Record Manager and see whether it is held by your symbol.',
    },
    {
      id: 'verify-before-delete',
      text: 'Before deleting a holding, confirm ISBN, date and publisher match the copy that left.',
    },
    {
      id: 'set-or-delete',
      text: 'Set the holding when the first copy is added or reinstated; delete it when the last copy is withdrawn.',
      detail:
        'Connexion: Action > Holdings > Update Holdings (F8), batch by OCLC number up to about 2,500. Record Manager: Record > Set or Delete WorldCat Holding, work lists up to 10,000.',
    },
    {
      id: 'cz-print-number',
      text: "Community Zone bibs often carry the print record's OCLC number: make sure the number matches the format in hand.",
      kind: 'warning',
      when: (ctx) => ctx.recordStatus?.communityLinked === true,
    },
  ],
};

import { isDepositContext, itemInDepositWorkOrder } from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Items pulled from the shelves for deposit at the Northern Regional Library Facility. */
export const nrlfDeposit: Procedure = {
  id: 'nrlf-deposit',
  title: 'Pull items for NRLF deposit',
  summary: 'Track items pulled for deposit at NRLF so that UC Library Search shows them as unavailable meanwhile.',
  roles: ['Physical Inventory Operator'],
  sourcePath: 'nrlf-deposit-prep-guidelines',
  defaultUrl: PROCEDURE_URLS.nrlfDeposit,
  tags: ['items', 'nrlf', 'storage', 'work orders'],
  pageKinds: ['item-editor', 'items-list'],
  appliesWhen: isDepositContext,
  ruleIds: ['item-nrlf-work-order', 'item-pulled-without-work-order'],
  steps: [
    {
      id: 'sort',
      text: 'Sort the pulled items: nonprint apart from print, monographs apart from serials, and by intended circulation (unrestricted, building use only, restricted).',
      detail: 'Flag building-use-only and restricted items; anything without a flag is sent as unrestricted.',
    },
    {
      id: 'sets-together',
      text: 'Keep each multi-volume set together and in volume order; do not overload the trucks.',
    },
    {
      id: 'work-order',
      text: 'Scan each item into the NRLF deposit work order, so that its process type shows the work order and discovery shows it as unavailable.',
      inferred: true,
      verify: itemInDepositWorkOrder,
    },
    { id: 'dated-note', text: 'Leave a dated note on any item that will be off the shelf for more than a day.' },
    {
      id: 'duplicates',
      text: 'NRLF refuses duplicates of copies it already keeps; since October 2024 those are batch-withdrawn and recycled (not EAL, the affiliated libraries, or Restricted Use deposits).',
      kind: 'warning',
    },
  ],
};

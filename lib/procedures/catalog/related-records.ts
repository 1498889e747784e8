import { isRelatedRecordContext } from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Bound-withs and analytics: bibs linked to a host or to constituent records. */
export const relatedRecords: Procedure = {
  id: 'related-records',
  title: 'Related records (bound-withs and analytics)',
  summary:
    'Host and constituent bibs linked through 773/774 $w: handle them with care, they have their own withdrawal procedure.',
  roles: ['Cataloger', 'Physical Inventory Operator'],
  defaultUrl: PROCEDURE_URLS.relatedRecords,
  tags: ['related records', 'bound-with', 'analytics', 'withdrawal'],
  pageKinds: ['mde-bib', 'items-list', 'item-editor', 'withdraw-dialog'],
  appliesWhen: isRelatedRecordContext,
  ruleIds: ['rel-related-record', 'rel-link-not-resolvable', 'rel-withdraw-related-record', 'del-related-record'],
  steps: [
    {
      id: 'related-warning',
      text: 'This bib takes part in related records: do not delete it, and withdraw its items only through the related-records withdrawal procedure.',
      kind: 'warning',
    },
    {
      id: 'links',
      text: 'Links use $w with an MMS ID (99...) or an (OCoLC) number; $x, $z and $g add ISSN, ISBN and the specific part.',
    },
    {
      id: 'host-bib',
      text: 'Bound-withs keep the migrated host-bib approach for now: the host carries 774 $w for each constituent.',
    },
    {
      id: 'nz-note',
      text: 'In the UC Network Zone such bibs carry 910 $a "Has related records" so that batch deletes skip them; keep it.',
    },
    {
      id: 'unlinked-history',
      text: 'Some analytics were never linked to their set record in earlier systems, so storage items could show campus call numbers; report such cases.',
    },
  ],
};

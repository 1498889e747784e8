import {
  bibIsSingleVolume,
  bibNetworkLinked,
  bibNotSuppressed,
  holdingsHasCallNumber,
  isMultiVolumeContext,
  notResourceSharing,
} from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Monographs: another copy arrives at a shelving location and goes on an existing, fully cataloged bib. */
export const addingCopies: Procedure = {
  id: 'adding-copies',
  title: 'Add a copy to an existing monograph record',
  summary:
    'A further copy reaches a shelving location (not a lost-copy replacement): attach it to the fully cataloged bib, or refer it.',
  roles: ['Physical Inventory Operator', 'Cataloger (sometimes)'],
  sourcePath: 'monographs-additional-copies-added-at-shelving-locations',
  defaultUrl: PROCEDURE_URLS.addingCopies,
  tags: ['items', 'monographs', 'copies', 'oclc'],
  pageKinds: ['mde-bib', 'mde-holdings', 'items-list', 'item-editor'],
  ruleIds: [
    'add-bib-not-network-linked',
    'add-bib-suppressed',
    'add-res-share-holdings',
    'add-multi-volume-set',
    'add-no-call-number-source',
  ],
  steps: [
    { id: 'search', text: 'Search Physical Titles in the Institution Zone for the piece in hand.' },
    {
      id: 'unsuppressed',
      text: 'The bib is fully cataloged and not suppressed; otherwise send it to your tech lead or the cataloging unit (BadCat or the help address).',
      verify: bibNotSuppressed,
    },
    {
      id: 'network-linked',
      text: 'The bib is linked to the Network Zone; an IZ-only bib is referred, not used.',
      verify: bibNetworkLinked,
    },
    {
      id: 'not-res-share',
      text: 'Ignore holdings in the RES_SHARE library: those are interlibrary-loan borrowing records.',
      kind: 'warning',
      verify: notResourceSharing,
    },
    {
      id: 'has-inventory',
      text: 'The bib already has a holdings record and item of the institution (a withdrawn item counts).',
    },
    {
      id: 'matches-piece',
      text: 'The record matches the piece: authorized 1XX/7XX forms may differ from 245 $c, and the series as printed (490) from 8XX.',
    },
    {
      id: 'single-volume',
      text: 'The piece is a single volume; a multi-volume set follows the MVM procedure.',
      verify: bibIsSingleVolume,
    },
    {
      id: 'mvm-volume-covered',
      text: 'Multi-volume set: add the volume only if 020/505 already cover it and 300 does not exclude it; otherwise refer it.',
      when: isMultiVolumeContext,
    },
    {
      id: 'call-number',
      text: 'The holdings carry a call number (852 $h), derived from bib 050 when there is one; shelflist as needed.',
      verify: holdingsHasCallNumber,
    },
    { id: 'add-item', text: 'Add the item to the existing holdings, or to new holdings for your location.' },
    { id: 'process', text: 'Fill in the item details and do the physical processing.' },
    {
      id: 'oclc',
      text: "If this is now the only active copy, set the institution's holding in WorldCat (OCLC holdings maintenance).",
      inferred: true,
    },
  ],
};

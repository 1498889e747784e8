import type { InstitutionProfile } from '../../lib/settings/profile';
import { formatList, parseCodeList } from './text-list';

/** The profile form's fields as typed (lists as one line of text), so half-typed values are never lost. */
export interface ProfileDraft {
  name: string;
  oclcSymbol: string;
  libraryCodes: string;
  locationCodes: string;
  withdrawnLocationPattern: string;
  barcodePattern: string;
  mvmDescriptionPattern: string;
  documentationBaseUrl: string;
  izOnlyMmsIdSuffix: string;
  depositWorkOrderPattern: string;
  briefBibBarcodePrefix: string;
}

export type ProfileFieldKey = keyof ProfileDraft;

export interface ProfileFieldInfo {
  key: ProfileFieldKey;
  label: string;
  hint: string;
  mono?: boolean;
  placeholder?: string;
}

/** Every field of the institution profile (extra host names have their own part of the form). */
export const PROFILE_FIELDS: readonly ProfileFieldInfo[] = [
  { key: 'name', label: 'Institution name', hint: 'Shown in the panel and in exported settings.' },
  {
    key: 'oclcSymbol',
    label: 'OCLC symbol',
    hint: 'The institution symbol whose WorldCat holdings you maintain, in capitals (Berkeley: CUY).',
    mono: true,
    placeholder: 'CUY',
  },
  {
    key: 'libraryCodes',
    label: 'Library codes',
    hint: 'Alma library codes, separated by commas (e.g. MAIN, NRLF).',
    mono: true,
  },
  {
    key: 'locationCodes',
    label: 'Location codes',
    hint: 'Alma location codes, separated by commas; used for hints.',
    mono: true,
  },
  {
    key: 'withdrawnLocationPattern',
    label: 'Withdrawn-location pattern',
    hint: 'Regular expression matching the codes of withdrawn locations (Berkeley: ^[a-z]{0,2}zw$).',
    mono: true,
  },
  {
    key: 'barcodePattern',
    label: 'Barcode pattern',
    hint: 'Regular expression every item barcode must match; leave empty to accept any barcode.',
    mono: true,
  },
  {
    key: 'mvmDescriptionPattern',
    label: 'Multi-volume description pattern',
    hint: 'Regular expression the Description of a multi-volume item must match (default ^v\\.\\s?\\d+, i.e. "v.3").',
    mono: true,
  },
  {
    key: 'documentationBaseUrl',
    label: 'Documentation base URL',
    hint: 'Where your procedure pages live; procedure links are built under it.',
    placeholder: 'https://',
  },
  {
    key: 'izOnlyMmsIdSuffix',
    label: 'Institution-Zone-only MMS ID suffix',
    hint: 'Digits ending the MMS IDs of bibs not linked to the Network Zone (UC: 6532); empty turns the check off.',
    mono: true,
  },
  {
    key: 'depositWorkOrderPattern',
    label: 'Storage-deposit work order pattern',
    hint: 'Regular expression matching the work order of items pulled for storage deposit (Berkeley: NRLF); empty turns the deposit checks off.',
    mono: true,
  },
  {
    key: 'briefBibBarcodePrefix',
    label: 'Shelf-ready barcode prefix',
    hint: 'Barcode prefix of vendor shelf-ready items on brief order bibs (Berkeley GOBI: ucb---).',
    mono: true,
  },
];

export function draftFromProfile(profile: InstitutionProfile): ProfileDraft {
  return {
    name: profile.name,
    oclcSymbol: profile.oclcSymbol,
    libraryCodes: formatList(profile.libraryCodes),
    locationCodes: formatList(profile.locationCodes),
    withdrawnLocationPattern: profile.withdrawnLocationPattern,
    barcodePattern: profile.barcodePattern,
    mvmDescriptionPattern: profile.mvmDescriptionPattern,
    documentationBaseUrl: profile.documentationBaseUrl,
    izOnlyMmsIdSuffix: profile.izOnlyMmsIdSuffix ?? '',
    depositWorkOrderPattern: profile.depositWorkOrderPattern ?? '',
    briefBibBarcodePrefix: profile.briefBibBarcodePrefix ?? '',
  };
}

/** The profile the draft describes; optional fields left empty are left out, extra hosts are kept as they are. */
export function profileFromDraft(draft: ProfileDraft, extraHosts: readonly string[]): InstitutionProfile {
  const profile: InstitutionProfile = {
    name: draft.name.trim(),
    oclcSymbol: draft.oclcSymbol.trim(),
    libraryCodes: parseCodeList(draft.libraryCodes),
    locationCodes: parseCodeList(draft.locationCodes),
    withdrawnLocationPattern: draft.withdrawnLocationPattern.trim(),
    barcodePattern: draft.barcodePattern.trim(),
    mvmDescriptionPattern: draft.mvmDescriptionPattern.trim(),
    documentationBaseUrl: draft.documentationBaseUrl.trim(),
    extraHosts: [...extraHosts],
  };
  const optional = (key: 'izOnlyMmsIdSuffix' | 'depositWorkOrderPattern' | 'briefBibBarcodePrefix'): void => {
    const value = draft[key].trim();
    if (value !== '') profile[key] = value;
  };
  optional('izOnlyMmsIdSuffix');
  optional('depositWorkOrderPattern');
  optional('briefBibBarcodePrefix');
  return profile;
}

import type { InstitutionProfile } from '../../lib/settings/profile';
import { formatList, parseCodeList } from './text-list';
import type { MessageKey } from '../i18n';

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
  /** Alma publishes the holdings to WorldCat itself (a checkbox, not a text field). */
  publishesHoldingsToOclc: boolean;
}

/** The text fields of the draft (PROFILE_FIELDS); the checkbox has its own control. */
export type ProfileFieldKey = Exclude<keyof ProfileDraft, 'publishesHoldingsToOclc'>;

export interface ProfileFieldInfo {
  key: ProfileFieldKey;
  /** Message keys (components/i18n.ts): translated while rendering. */
  label: MessageKey;
  hint: MessageKey;
  mono?: boolean;
  placeholder?: string;
}

/** Every field of the institution profile (extra host names have their own part of the form). */
export const PROFILE_FIELDS: readonly ProfileFieldInfo[] = [
  { key: 'name', label: 'profileField_name', hint: 'profileField_nameHint' },
  {
    key: 'oclcSymbol',
    label: 'profileField_oclcSymbol',
    hint: 'profileField_oclcSymbolHint',
    mono: true,
    placeholder: 'CUY',
  },
  {
    key: 'libraryCodes',
    label: 'profileField_libraryCodes',
    hint: 'profileField_libraryCodesHint',
    mono: true,
  },
  {
    key: 'locationCodes',
    label: 'profileField_locationCodes',
    hint: 'profileField_locationCodesHint',
    mono: true,
  },
  {
    key: 'withdrawnLocationPattern',
    label: 'profileField_withdrawnLocationPattern',
    hint: 'profileField_withdrawnLocationPatternHint',
    mono: true,
  },
  {
    key: 'barcodePattern',
    label: 'profileField_barcodePattern',
    hint: 'profileField_barcodePatternHint',
    mono: true,
  },
  {
    key: 'mvmDescriptionPattern',
    label: 'profileField_mvmDescriptionPattern',
    hint: 'profileField_mvmDescriptionPatternHint',
    mono: true,
  },
  {
    key: 'documentationBaseUrl',
    label: 'profileField_documentationBaseUrl',
    hint: 'profileField_documentationBaseUrlHint',
    placeholder: 'https://',
  },
  {
    key: 'izOnlyMmsIdSuffix',
    label: 'profileField_izOnlyMmsIdSuffix',
    hint: 'profileField_izOnlyMmsIdSuffixHint',
    mono: true,
  },
  {
    key: 'depositWorkOrderPattern',
    label: 'profileField_depositWorkOrderPattern',
    hint: 'profileField_depositWorkOrderPatternHint',
    mono: true,
  },
  {
    key: 'briefBibBarcodePrefix',
    label: 'profileField_briefBibBarcodePrefix',
    hint: 'profileField_briefBibBarcodePrefixHint',
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
    publishesHoldingsToOclc: profile.publishesHoldingsToOclc === true,
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
  if (draft.publishesHoldingsToOclc) profile.publishesHoldingsToOclc = true;
  return profile;
}

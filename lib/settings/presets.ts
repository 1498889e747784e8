import type { PolicyGroup } from '../rules/policy';
import { GENERIC_PROFILE, type InstitutionProfile } from './profile';

/**
 * UC Berkeley, from the public Resource Management staff pages
 * (https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management and the pages it links):
 * - OCLC symbol CUY: UC SILS "WorldCat Daily Updates" page
 *   (https://uc-sils.atlassian.net/wiki/spaces/RM/pages/1911029782/WorldCat+Daily+Updates).
 * - Withdrawn locations are the library's code plus `zw` (`mazw` for MAIN, `nzw` for NRLF) and the
 *   Millennium-era `zw` owned by MAIN ("Reinstating withdrawn items" page): hence `^[a-z]{0,2}zw$`.
 * - MAIN and NRLF are the only library codes the pages name; other codes are left for the options page.
 * - The circulation barcode format is not published, so any barcode is accepted (pattern empty).
 * - MVM item Description is the volume designation and number with no space, e.g. `v.3`
 *   ("Procedures for MVMs").
 * - IZ-only bibs in the UC Network Zone have MMS IDs ending in 6532 (Resource Management FAQ, a heuristic).
 * - Items pulled for NRLF deposit sit in the "NRLF Deposit Prep" work order (NRLF deposit prep guidelines).
 * - GOBI shelf-ready items on brief order bibs have barcodes starting `ucb---` ("Relinking POLs, holdings, items").
 */
export const UC_BERKELEY_PROFILE: InstitutionProfile = {
  name: 'UC Berkeley',
  oclcSymbol: 'CUY',
  libraryCodes: ['MAIN', 'NRLF'],
  locationCodes: ['zw', 'mazw', 'nzw'],
  withdrawnLocationPattern: '^[a-z]{0,2}zw$',
  barcodePattern: '',
  mvmDescriptionPattern: '^v\\.\\d+',
  documentationBaseUrl: 'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management',
  extraHosts: [],
  izOnlyMmsIdSuffix: '6532',
  depositWorkOrderPattern: 'NRLF',
  briefBibBarcodePrefix: 'ucb---',
};

export interface PolicyPreset {
  id: 'marc21-only' | 'pcc-oclc' | 'uc-berkeley';
  label: string;
  /** Every group, on or off (lib/rules/policy.ts). */
  policies: Readonly<Record<PolicyGroup, boolean>>;
}

/**
 * Which policy groups run (InstitutionProfile.policies):
 * - MARC 21 only: the format and nothing else (no OCLC/PCC input standards, no AACR2/ISBD punctuation habits,
 *   no Alma or Berkeley procedures).
 * - PCC / OCLC (US): a US library cataloguing in WorldCat to PCC standards in Alma: OCLC's input standards
 *   (OCLC Bibliographic Formats and Standards), PCC/RDA practice (LC-PCC policy statements, BIBCO standard
 *   record), AACR2/ISBD punctuation and Alma practice; not Berkeley's local procedures.
 * - UC Berkeley: all of them, Berkeley's procedures included.
 * No German-speaking (DNB/GND) preset: its practices would need a source this project has not got.
 */
export const POLICY_PRESETS: readonly PolicyPreset[] = [
  {
    id: 'marc21-only',
    label: 'MARC 21 only',
    policies: { oclc: false, pcc: false, isbd: false, alma: false, berkeley: false },
  },
  {
    id: 'pcc-oclc',
    label: 'PCC / OCLC (US)',
    policies: { oclc: true, pcc: true, isbd: true, alma: true, berkeley: false },
  },
  {
    id: 'uc-berkeley',
    label: 'UC Berkeley',
    policies: { oclc: true, pcc: true, isbd: true, alma: true, berkeley: true },
  },
];

/** A fresh copy of a policy preset's groups, or undefined for an unknown id. */
export function policyPreset(id: string): Record<PolicyGroup, boolean> | undefined {
  const preset = POLICY_PRESETS.find((candidate) => candidate.id === id);
  return preset ? { ...preset.policies } : undefined;
}

export interface ProfilePreset {
  id: 'uc-berkeley' | 'generic-alma';
  label: string;
  profile: InstitutionProfile;
}

export const PROFILE_PRESETS: readonly ProfilePreset[] = [
  { id: 'generic-alma', label: 'Generic Alma', profile: GENERIC_PROFILE },
  { id: 'uc-berkeley', label: 'UC Berkeley', profile: UC_BERKELEY_PROFILE },
];

/** A fresh copy of a preset's profile (callers may edit it), or undefined for an unknown id. */
export function presetProfile(id: string): InstitutionProfile | undefined {
  const preset = PROFILE_PRESETS.find((candidate) => candidate.id === id);
  return preset ? cloneProfile(preset.profile) : undefined;
}

export function cloneProfile(profile: InstitutionProfile): InstitutionProfile {
  return {
    ...profile,
    libraryCodes: [...profile.libraryCodes],
    locationCodes: [...profile.locationCodes],
    extraHosts: [...profile.extraHosts],
    ...(profile.policies ? { policies: { ...profile.policies } } : {}),
  };
}

import type { PolicyGroup } from '../rules/policy';
/**
 * The institution profile: the local parameters procedure and item rules use.
 * Presets live in lib/settings/presets.ts; the options page edits them.
 */
export interface InstitutionProfile {
  name: string;
  /**
   * Policy groups switched on or off (lib/rules/policy.ts: oclc, pcc, isbd, alma, berkeley). A group that is
   * absent runs; the presets "MARC 21 only" and "PCC / OCLC (US)" switch groups off.
   */
  policies?: Partial<Record<PolicyGroup, boolean>>;
  /** OCLC institution symbol whose WorldCat holdings are maintained (Berkeley: CUY). */
  oclcSymbol: string;
  /** Alma library codes of the institution. */
  libraryCodes: string[];
  /** Alma location codes of the institution (informational; used for hints). */
  locationCodes: string[];
  /** Regular expression (source text) matching withdrawn-location codes. Berkeley: `^..zw$` (`??zw`). */
  withdrawnLocationPattern: string;
  /** Regular expression the item barcode must match; empty means any. */
  barcodePattern: string;
  /** Regular expression a multi-volume item description must match. Default `^v\.\s?\d+`. */
  mvmDescriptionPattern: string;
  /** Base URL of the procedure documentation (links are built under it). */
  documentationBaseUrl: string;
  /** Extra Alma host names granted through optional host permissions. */
  extraHosts: string[];
  /**
   * Suffix of the MMS IDs of bibs that exist only in the Institution Zone (UC NZ heuristic; Berkeley: `6532`).
   * Absent or empty turns the "bib not linked to the Network Zone" heuristic off.
   */
  izOnlyMmsIdSuffix?: string;
  /**
   * Regular expression (source text, case-insensitive) matching the process type (code or label) of the
   * storage-deposit work order (Berkeley: `NRLF`). Absent or empty turns the deposit rules off.
   */
  depositWorkOrderPattern?: string;
  /** Barcode prefix of vendor shelf-ready items on brief order bibs (Berkeley GOBI: `ucb---`). */
  briefBibBarcodePrefix?: string;
  /**
   * Alma publishes the institution's holdings to WorldCat itself (the "Publish Bib" / OCLC WorldCat publishing
   * profile): holdings reminders then say Alma will set or delete the holding, instead of asking the cataloger
   * to. Absent means false: the cataloger maintains the holding by hand.
   */
  publishesHoldingsToOclc?: boolean;
}

export const GENERIC_PROFILE: InstitutionProfile = {
  name: 'Generic Alma',
  oclcSymbol: '',
  libraryCodes: [],
  locationCodes: [],
  withdrawnLocationPattern: 'zw$',
  barcodePattern: '',
  mvmDescriptionPattern: '^v\\.\\s?\\d+',
  documentationBaseUrl: 'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management',
  extraHosts: [],
};

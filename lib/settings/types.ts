import type { RuleSettings } from '../rules/types';
import type { CustomRuleDefinition } from '../rules/custom/types';
import type { InstitutionProfile } from './profile';

/** The version of the Settings shape below; also the storage item version and the export file version. */
export const SETTINGS_VERSION = 2;

/** A document the institution adds to the popup's list (only metadata: the document lives at `url`). */
export interface CustomDocument {
  /** kebab-case, unique among custom documents; the popup uses `custom/<id>`. */
  id: string;
  title: string;
  summary: string;
  url: string;
  /** Alma roles the document is for, e.g. "Cataloger", "Physical Inventory Operator". */
  roles: string[];
  keywords: string[];
}

/** A local step an institution adds to a procedure's checklist. */
export interface CustomChecklistStep {
  /** kebab-case, unique among custom steps. */
  id: string;
  /** Id of the procedure in lib/procedures the step belongs to. */
  procedureId: string;
  text: string;
  /** Id of the built-in step it follows; absent: appended at the end. */
  afterStepId?: string;
  /** Local documentation for the step. */
  url?: string;
}

export interface UiPreferences {
  /** Show the validation panel when an editor opens (otherwise only the badge). */
  panelShownByDefault: boolean;
  /** Remind about OCLC holdings and unsaved checks when saving. */
  saveReminder: boolean;
  /**
   * Show errors already in the record when it opened expanded (warnings and info stay folded). Absent in
   * settings saved before it existed: read as on.
   */
  inheritedErrorsExpanded?: boolean;
  /** Days a procedure checklist's ticked steps are kept for a record. */
  checklistRetentionDays: number;
}

/** Everything the user configures; stored as `local:settings`, exported as a JSON file. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  profile: InstitutionProfile;
  rules: RuleSettings;
  /** Accept locally defined tags 9XX and X9X (becomes RuleOptions.allowLocalTags). */
  allowLocalTags: boolean;
  customRules: CustomRuleDefinition[];
  customDocuments: CustomDocument[];
  customChecklistSteps: CustomChecklistStep[];
  ui: UiPreferences;
}

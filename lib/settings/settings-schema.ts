import { SEVERITIES, type RuleSettings } from '../rules/types';
import type { CustomRuleDefinition } from '../rules/custom/types';
import type { InstitutionProfile } from './profile';
import { POLICY_GROUPS, type PolicyGroup } from '../rules/policy';
import type { CustomChecklistStep, CustomDocument, Settings, UiPreferences } from './types';
import { arrayOf, bool, int, object, oneOf, optional, recordOf, regexSource, str, type Schema } from './schema';
import * as f from './schema-fields';

/** Policy groups on/off (lib/rules/policy.ts); a group left out runs. */
const policiesSchema: Schema = object<Partial<Record<PolicyGroup, boolean>>>(
  Object.fromEntries(POLICY_GROUPS.map((group) => [group, optional(bool())])) as Record<PolicyGroup, Schema>,
);

export const profileSchema: Schema = object<InstitutionProfile>({
  name: f.label(),
  policies: optional(policiesSchema),
  oclcSymbol: f.oclcSymbol(),
  libraryCodes: arrayOf(f.code(), 500),
  locationCodes: arrayOf(f.code(), 5000),
  withdrawnLocationPattern: regexSource({ allowEmpty: true }),
  barcodePattern: regexSource({ allowEmpty: true }),
  mvmDescriptionPattern: regexSource({ allowEmpty: true }),
  documentationBaseUrl: f.httpUrl(),
  extraHosts: arrayOf(f.host(), 50),
  izOnlyMmsIdSuffix: optional(str({ maxLength: 20, pattern: /^\d*$/, hint: 'digits ending an MMS ID, e.g. 6532' })),
  depositWorkOrderPattern: optional(regexSource({ allowEmpty: true })),
  briefBibBarcodePrefix: optional(str({ maxLength: 40 })),
  publishesHoldingsToOclc: optional(bool()),
});

export const customRuleSchema: Schema = object<CustomRuleDefinition>({
  id: f.slug(),
  title: f.label(),
  tag: f.tag(),
  ind1: optional(f.indicator()),
  ind2: optional(f.indicator()),
  subfield: optional(f.subfieldCode()),
  pattern: regexSource(),
  flags: optional(str({ maxLength: 4, pattern: /^[imsu]*$/, hint: 'made of the flags i, m, s, u' })),
  match: oneOf(['must-match', 'must-not-match']),
  severity: oneOf(SEVERITIES),
  message: f.label(1000),
  appliesTo: arrayOf(oneOf(['bib', 'holdings']), 2),
  source: optional(f.httpUrl()),
});

const customDocumentSchema: Schema = object<CustomDocument>({
  id: f.slug(),
  title: f.label(),
  summary: str({ maxLength: 1000 }),
  url: f.httpUrl(),
  roles: arrayOf(f.label(100), 20),
  keywords: arrayOf(f.label(100), 50),
});

const customChecklistStepSchema: Schema = object<CustomChecklistStep>({
  id: f.slug(),
  procedureId: f.slug(),
  text: f.label(1000),
  afterStepId: optional(str({ minLength: 1, maxLength: 64 })),
  url: optional(f.httpUrl()),
});

/** The current (v2) settings shape. */
export const settingsSchemaV2: Schema = object<Settings>({
  version: oneOf([2]),
  profile: profileSchema,
  rules: object<RuleSettings>({
    enabled: recordOf(bool(), f.ruleIdKey),
    severity: recordOf(oneOf(SEVERITIES), f.ruleIdKey),
    ruleSet: oneOf(['all', 'oclc']),
  }),
  allowLocalTags: bool(),
  customRules: arrayOf(customRuleSchema, 500),
  customDocuments: arrayOf(customDocumentSchema, 500),
  customChecklistSteps: arrayOf(customChecklistStepSchema, 1000),
  ui: object<UiPreferences>({
    panelShownByDefault: bool(),
    saveReminder: bool(),
    // Optional: settings saved before it existed stay valid and read as on.
    inheritedErrorsExpanded: optional(bool()),
    checklistRetentionDays: int(1, 3650),
  }),
});

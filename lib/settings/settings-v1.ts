import { SEVERITIES, type Severity } from '../rules/types';
import type { CustomRuleDefinition } from '../rules/custom/types';
import { uniqueSlug } from '../rules/custom/slug';
import type { InstitutionProfile } from './profile';
import { arrayOf, bool, describeValue, object, oneOf, optional, recordOf, str, type Schema } from './schema';
import * as f from './schema-fields';
import { profileSchema } from './settings-schema';
import { DEFAULT_UI_PREFERENCES } from './defaults';
import type { Settings } from './types';
import { errorText } from '../error-text';

/**
 * Version 1 of the settings (0.1 releases). Differences from v2:
 * - rule settings were flat: `disabledRules` (ids) and `severityOverrides`, plus a top-level `ruleSet`;
 * - custom rules were TU lAma-style `{tag, ind1, ind2, re, level, msg, not, bib, hol}`;
 * - UI preferences were top-level `showPanel` and `saveReminder`; no checklist retention;
 * - the profile had no `extraHosts`; there were no custom documents or checklist steps.
 */
export interface LamaStyleRuleV1 {
  tag: string;
  ind1?: string;
  ind2?: string;
  /** Regular expression, either plain source (`Dublette`) or a literal (`/dublette/i`). */
  re: string;
  /** A severity, or lAma's numeric level 1–5. */
  level: Severity | number;
  msg: string;
  /** lAma: warn when the value does NOT match `re` (default: warn when it matches). */
  not?: boolean;
  /** lAma: restrict to bibliographic (`bib`) or holdings (`hol`) records; neither means both. */
  bib?: boolean;
  hol?: boolean;
}

export interface SettingsV1 {
  version: 1;
  profile: Omit<InstitutionProfile, 'extraHosts'> & { extraHosts?: string[] };
  disabledRules: string[];
  severityOverrides: Record<string, Severity>;
  ruleSet: 'all' | 'oclc';
  allowLocalTags: boolean;
  customRules: LamaStyleRuleV1[];
  showPanel: boolean;
  saveReminder: boolean;
}

/** Splits `/source/flags` into its parts; plain text is the source itself. */
export function parseRegexText(text: string): { pattern: string; flags: string } {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(text);
  return literal ? { pattern: literal[1]!, flags: literal[2]! } : { pattern: text, flags: '' };
}

const lamaRegex: Schema = {
  json: { type: 'string', description: 'A regular expression, plain or as /source/flags.' },
  check(value, path, errors) {
    if (typeof value !== 'string' || value === '')
      return void errors.push(`${path}: expected a regular expression as text, got ${describeValue(value)}`);
    const { pattern, flags } = parseRegexText(value);
    try {
      new RegExp(pattern, flags);
    } catch (error) {
      errors.push(`${path}: ${value} is not a valid regular expression (${errorText(error)})`);
    }
  },
};

const lamaLevel: Schema = {
  // JSON Schema without unions cannot say "text or number"; v1 is only ever read from files, never a policy.
  json: { type: 'string', description: '"error", "warning", "info", or a level from 1 to 5.' },
  check(value, path, errors) {
    const ok =
      SEVERITIES.includes(value as Severity) ||
      (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5);
    if (!ok)
      errors.push(`${path}: expected "error", "warning", "info" or a level from 1 to 5, got ${describeValue(value)}`);
  },
};

export const settingsSchemaV1: Schema = object({
  version: oneOf([1]),
  profile: {
    json: profileSchema.json,
    // v1 profiles had no extraHosts; accept it if present, otherwise the v2 profile rules apply.
    check(value, path, errors) {
      const withHosts =
        value !== null && typeof value === 'object' && !Array.isArray(value) && !('extraHosts' in value)
          ? { ...value, extraHosts: [] }
          : value;
      profileSchema.check(withHosts, path, errors);
    },
  },
  disabledRules: arrayOf(str({ pattern: f.ruleIdKey.pattern, hint: f.ruleIdKey.hint }), 5000),
  severityOverrides: recordOf(oneOf(SEVERITIES), f.ruleIdKey),
  ruleSet: oneOf(['all', 'oclc']),
  allowLocalTags: bool(),
  customRules: arrayOf(
    object({
      tag: f.tag(),
      ind1: optional(str({ maxLength: 1, pattern: /^[0-9a-z #_]?$/, hint: 'one indicator character' })),
      ind2: optional(str({ maxLength: 1, pattern: /^[0-9a-z #_]?$/, hint: 'one indicator character' })),
      re: lamaRegex,
      level: lamaLevel,
      msg: f.label(1000),
      not: optional(bool()),
      bib: optional(bool()),
      hol: optional(bool()),
    }),
    500,
  ),
  showPanel: bool(),
  saveReminder: bool(),
});

/** lAma colours levels 1–5 by urgency; [INFERRED] mapping: 5 error, 3–4 warning, 1–2 info. */
function severityOf(level: Severity | number): Severity {
  if (typeof level === 'string') return level;
  return level >= 5 ? 'error' : level >= 3 ? 'warning' : 'info';
}

function migrateRule(rule: LamaStyleRuleV1, taken: Set<string>): CustomRuleDefinition {
  const { pattern, flags } = parseRegexText(rule.re);
  // g and y make RegExp.test stateful and change nothing about whether a value matches.
  const usableFlags = [...new Set(flags.replace(/[^imsu]/g, ''))].join('');
  const title = rule.msg.length > 80 ? `${rule.msg.slice(0, 79)}…` : rule.msg;
  const kinds: CustomRuleDefinition['appliesTo'] = [];
  if (rule.bib || !rule.hol) kinds.push('bib');
  if (rule.hol || !rule.bib) kinds.push('holdings');
  return {
    id: uniqueSlug(`${rule.tag} ${rule.msg}`, taken),
    title,
    tag: rule.tag,
    ...(rule.ind1 ? { ind1: rule.ind1 } : {}),
    ...(rule.ind2 ? { ind2: rule.ind2 } : {}),
    pattern,
    ...(usableFlags ? { flags: usableFlags } : {}),
    match: rule.not ? 'must-match' : 'must-not-match',
    severity: severityOf(rule.level),
    message: rule.msg,
    appliesTo: kinds,
  };
}

/** v1 → v2: restructures rule settings, custom rules and UI preferences; adds the new fields with defaults. */
export function migrateSettingsV1ToV2(v1: SettingsV1): Settings {
  const taken = new Set<string>();
  return {
    version: 2,
    profile: { ...v1.profile, extraHosts: [...(v1.profile.extraHosts ?? [])] },
    rules: {
      enabled: Object.fromEntries(v1.disabledRules.map((id) => [id, false])),
      severity: { ...v1.severityOverrides },
      ruleSet: v1.ruleSet,
    },
    allowLocalTags: v1.allowLocalTags,
    customRules: v1.customRules.map((rule) => migrateRule(rule, taken)),
    customDocuments: [],
    customChecklistSteps: [],
    ui: {
      panelShownByDefault: v1.showPanel,
      saveReminder: v1.saveReminder,
      inheritedErrorsExpanded: DEFAULT_UI_PREFERENCES.inheritedErrorsExpanded,
      checklistRetentionDays: DEFAULT_UI_PREFERENCES.checklistRetentionDays,
    },
  };
}

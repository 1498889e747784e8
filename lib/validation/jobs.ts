import type { ItemRecord } from '../page-model';
import type { MarcRecord } from '../marc/types';
import type { Finding } from '../rules/types';
import type { Settings } from '../settings/types';

/**
 * What a page asks the validation engine: one record or one item, as plain data (it crosses the message
 * boundary between a content script and the background, where the engine runs).
 */
export type ValidationJob =
  | { kind: 'record'; record: MarcRecord; type: 'bib' | 'holdings' }
  /** `bib`: the item's bibliographic record, when this tab has seen it (multi-volume and monograph checks). */
  | { kind: 'item'; item: ItemRecord; bib?: MarcRecord };

/** The part of the settings validation reads: rule switches and severities, custom rules, profile. */
export type ValidationSettings = Pick<Settings, 'rules' | 'customRules' | 'profile' | 'allowLocalTags'>;

export interface ValidationResult {
  findings: Finding[];
  /** One sentence per custom rule that does not compile (the panel shows them rather than dropping them). */
  customRuleErrors: readonly string[];
}

/** How a page asks: `onDemand`, the cataloger asked for this record, so the worker checks it without its budget. */
export interface ValidationRequestOptions {
  onDemand?: boolean;
}

/**
 * The engine's finding for a record whose live check stopped at the worker's time budget
 * (lib/rules/engine.ts ENGINE_BUDGET_EXCEEDED; named here too so the page can offer an on-demand check
 * without bundling the engine).
 */
export const BUDGET_FINDING_RULE = 'engine-budget-exceeded';

/** Validates one job with the given settings; the content script's is a message to the background. */
export type Validator = (
  job: ValidationJob,
  settings: ValidationSettings,
  options?: ValidationRequestOptions,
) => Promise<ValidationResult>;

export function validationSettingsOf(settings: Settings): ValidationSettings {
  return {
    rules: settings.rules,
    customRules: settings.customRules,
    profile: settings.profile,
    allowLocalTags: settings.allowLocalTags,
  };
}

/**
 * Names the validation settings: the content scripts send it with each record instead of the settings, and
 * the background, which owns the settings (background/settings-service.ts), reloads them when it does not
 * know the name yet. A hash of their JSON (FNV-1a, 32 bits, with the length): both sides read the settings
 * with the same code from the same storage, so equal settings give equal names.
 */
export function settingsRevision(settings: ValidationSettings): string {
  const text = JSON.stringify(settings);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${text.length.toString(36)}`;
}

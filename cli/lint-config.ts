/**
 * Which rules the CLI runs and how: `--profile` and `--settings FILE` (a settings file exported from the
 * options page), turned into the engine's ValidateOptions exactly as the extension does (lib/settings), so
 * the CLI and the extension report the same findings for the same record.
 */
import { readFile } from 'node:fs/promises';
import type { ValidateOptions } from '../lib/rules/engine';
import { importSettings } from '../lib/settings/import-export';
import { ruleRunOptionsFrom } from '../lib/settings/rule-run-options';
import { validationSettingsOf, type ValidationSettings } from '../lib/validation/jobs';
import { errorText } from '../lib/error-text';
import type { RuleSetName } from './parse-args';
import { VALIDATE_OPTIONS } from './lint-record';

/** Plain data (it is sent to --jobs worker threads), turned into ValidateOptions once per thread. */
export interface LintConfig {
  /** `--profile`; null: the settings' rule set, else 'all'. */
  ruleSet: RuleSetName | null;
  settings: ValidationSettings | null;
}

export const DEFAULT_CONFIG: LintConfig = { ruleSet: null, settings: null };

export type SettingsLoad = { ok: true; settings: ValidationSettings } | { ok: false; errors: string[] };

/** Reads and checks a settings file with the options page's own import (same schema, same messages). */
export async function loadSettingsFile(path: string): Promise<SettingsLoad> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      errors: [code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${errorText(error)}).`],
    };
  }
  const imported = importSettings(text);
  if (!imported.ok) return { ok: false, errors: imported.errors.map((error) => `${path}: ${error}`) };
  return { ok: true, settings: validationSettingsOf(imported.settings) };
}

export interface RunOptions {
  validate: ValidateOptions;
  /** One sentence per custom rule that could not be compiled (printed as a warning, the rest still runs). */
  customRuleErrors: readonly string[];
}

/**
 * The engine options for a config. Built once per run and reused for every record: the engine caches its
 * rule selection on the identity of these objects.
 */
export function runOptionsFor(config: LintConfig): RunOptions {
  if (config.settings === null) return { validate: VALIDATE_OPTIONS[config.ruleSet ?? 'all'], customRuleErrors: [] };
  const { customRuleErrors, ...validate } = ruleRunOptionsFrom(config.settings);
  if (config.ruleSet !== null) validate.settings = { ...validate.settings, ruleSet: config.ruleSet };
  return { validate, customRuleErrors };
}

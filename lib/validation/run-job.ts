import { validateItem, validateRecord } from '../rules/engine';
import { ruleRunOptionsFrom, type RuleRunOptions } from '../settings/rule-run-options';
import type { ValidationJob, ValidationResult, ValidationSettings } from './jobs';

/**
 * The engine's side of a validation request (the background runs it for every frame of every tab), with the
 * rule options prepared once per settings revision by whoever owns the settings (background/settings-service.ts,
 * the CLI's configuration). The engine keeps the one cache: its rule selection per prepared options.
 */
export function runValidationJob(job: ValidationJob, prepared: RuleRunOptions, deadline?: number): ValidationResult {
  const { customRuleErrors, ...rest } = prepared;
  const options = deadline === undefined ? rest : { ...rest, deadline };
  const findings =
    job.kind === 'record'
      ? validateRecord(job.record, job.type, options)
      : validateItem(job.item, job.bib ? { ...options, bib: job.bib } : options);
  return { findings, customRuleErrors };
}

/** In-process validator (unit tests, and pages that bundle the engine): prepares the settings on each call. */
export const localValidator = async (job: ValidationJob, settings: ValidationSettings): Promise<ValidationResult> =>
  runValidationJob(job, ruleRunOptionsFrom(settings));

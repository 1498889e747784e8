import { validateItem, validateRecord } from '../rules/engine';
import { ruleRunOptionsFrom, type RuleRunOptions } from '../settings/rule-run-options';
import type { ValidationJob, ValidationResult, ValidationSettings } from './jobs';

/**
 * The engine's side of a validation request (the background runs it for every frame of every tab).
 * Settings arrive as data with each request, so the result never depends on which side saw a settings change
 * first; their translation into rule options (custom rules compiled, rule selection cached by the engine) is
 * kept for the few settings in use.
 */
const CACHE_SIZE = 4;
const optionsCache = new Map<string, RuleRunOptions>();

function runOptionsFor(settings: ValidationSettings): RuleRunOptions {
  const key = JSON.stringify(settings);
  let options = optionsCache.get(key);
  if (options) {
    // Most recently used last, so the oldest goes first.
    optionsCache.delete(key);
  } else {
    options = ruleRunOptionsFrom(settings);
    if (optionsCache.size >= CACHE_SIZE) optionsCache.delete(optionsCache.keys().next().value as string);
  }
  optionsCache.set(key, options);
  return options;
}

export function runValidationJob(job: ValidationJob, settings: ValidationSettings): ValidationResult {
  const { customRuleErrors, ...options } = runOptionsFor(settings);
  const findings =
    job.kind === 'record'
      ? validateRecord(job.record, job.type, options)
      : validateItem(job.item, job.bib ? { ...options, bib: job.bib } : options);
  return { findings, customRuleErrors };
}

/** In-process validator (unit tests, and any page that bundles the engine itself). */
export const localValidator = async (job: ValidationJob, settings: ValidationSettings): Promise<ValidationResult> =>
  runValidationJob(job, settings);

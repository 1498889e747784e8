import type { InstitutionProfile } from '../settings/profile';
import { errorText } from '../error-text';
import { backtrackingRisk } from '../settings/pattern-risk';

/** Profile settings that hold regular expressions. */
export type PatternSetting =
  | 'withdrawnLocationPattern'
  | 'barcodePattern'
  | 'mvmDescriptionPattern'
  | 'depositWorkOrderPattern';

/**
 * A profile pattern that is not a valid regular expression, or one that could backtrack exponentially
 * (lib/settings/pattern-risk.ts); rules then behave as if it were empty.
 */
export interface PatternProblem {
  setting: PatternSetting;
  pattern: string;
  error: string;
}

export interface ProfilePatterns {
  withdrawnLocation: RegExp | null;
  barcode: RegExp | null;
  mvmDescription: RegExp | null;
  /** Matched case-insensitively against the process type's code and label. */
  depositWorkOrder: RegExp | null;
  problems: readonly PatternProblem[];
}

interface CacheEntry {
  sources: string;
  patterns: ProfilePatterns;
}

/**
 * Compiled once per profile object (and again only if its pattern strings change), so rules that run
 * on every record never compile a regular expression in the hot path.
 */
const cache = new WeakMap<InstitutionProfile, CacheEntry>();

export function profilePatterns(profile: InstitutionProfile): ProfilePatterns {
  const sources = [
    profile.withdrawnLocationPattern,
    profile.barcodePattern,
    profile.mvmDescriptionPattern,
    profile.depositWorkOrderPattern ?? '',
  ].join('\u0000');
  const cached = cache.get(profile);
  if (cached && cached.sources === sources) return cached.patterns;
  const problems: PatternProblem[] = [];
  const patterns: ProfilePatterns = {
    withdrawnLocation: compile('withdrawnLocationPattern', profile.withdrawnLocationPattern, '', problems),
    barcode: compile('barcodePattern', profile.barcodePattern, '', problems),
    mvmDescription: compile('mvmDescriptionPattern', profile.mvmDescriptionPattern, '', problems),
    depositWorkOrder: compile('depositWorkOrderPattern', profile.depositWorkOrderPattern ?? '', 'i', problems),
    problems,
  };
  cache.set(profile, { sources, patterns });
  return patterns;
}

function compile(setting: PatternSetting, source: string, flags: string, problems: PatternProblem[]): RegExp | null {
  if (source.trim() === '') return null;
  // Matched on the browser's backtracking engine (the content script has no re2js): a pattern that could
  // backtrack exponentially is refused like an invalid one (saving and importing refuse it already).
  const risk = backtrackingRisk(source);
  if (risk !== null) {
    problems.push({ setting, pattern: source, error: risk });
    return null;
  }
  try {
    return new RegExp(source, flags);
  } catch (error) {
    problems.push({ setting, pattern: source, error: errorText(error) });
    return null;
  }
}

/** True when the location code matches the profile's withdrawn-location pattern (`??zw` at Berkeley). */
export function isWithdrawnLocation(code: string | undefined, profile: InstitutionProfile): boolean {
  if (!code) return false;
  const pattern = profilePatterns(profile).withdrawnLocation;
  return pattern?.test(code.trim()) ?? false;
}

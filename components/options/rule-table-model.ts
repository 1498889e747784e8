import type { RuleLanguage } from '../../lib/rules/messages';
import { ruleRationale, ruleTitle } from '../../lib/rules/messages/rule-words';
import type { Rule, RuleOrigin, RuleSettings, Severity } from '../../lib/rules/types';

/** A rule as the rules table shows it: what it is, and what the settings make of it. */
export interface RuleRow {
  rule: Rule;
  /** The rule's title and rationale in the interface's language (English for custom rules). */
  title: string;
  rationale: string;
  enabled: boolean;
  /** The user's override; undefined keeps the rule's own severity. */
  override: Severity | undefined;
  severity: Severity;
  /** MARC tags the rule is about (`245`, `6XX`, `LDR`), read from its title and source page. */
  tags: string[];
}

export interface RuleFilter {
  text: string;
  tag: string;
  severity: Severity | '';
  origin: RuleOrigin | '';
  status: 'all' | 'on' | 'off';
}

export const EMPTY_FILTER: RuleFilter = { text: '', tag: '', severity: '', origin: '', status: 'all' };

export const ORIGIN_LABELS: Readonly<Record<RuleOrigin, string>> = {
  marc21: 'MARC 21',
  oclc: 'OCLC',
  procedure: 'Procedure',
  alma: 'Alma',
  custom: 'Custom',
};

const TITLE_TAGS = /\b(\d{3}|\dXX|\dX\d|LDR)\b/gi;
/** LC's page names: bd245.html, hd852.html, bd1xx.html, bdleader.html, bd008a.html. */
const SOURCE_TAG = /\/(?:bd|hd)(\d{3}|\dxx|leader)[a-z]?\.html/i;

export function ruleTags(rule: Rule): string[] {
  const tags = new Set<string>();
  for (const match of rule.title.matchAll(TITLE_TAGS)) tags.add(match[1]!.toUpperCase());
  if (/\bleader\b/i.test(rule.title)) tags.add('LDR');
  const fromSource = SOURCE_TAG.exec(rule.source)?.[1];
  if (fromSource) tags.add(fromSource.toLowerCase() === 'leader' ? 'LDR' : fromSource.toUpperCase());
  return [...tags].sort();
}

/** True when two tag patterns can name the same field: `650` and `6XX`, `6XX` and `65X`. */
export function tagsOverlap(a: string, b: string): boolean {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  if (x === 'LDR' || y === 'LDR') return x === y;
  if (x.length !== 3 || y.length !== 3) return false;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i] && x[i] !== 'X' && y[i] !== 'X') return false;
  return true;
}

export function ruleRows(rules: readonly Rule[], settings: RuleSettings, language: RuleLanguage = 'en'): RuleRow[] {
  return rules.map((rule) => {
    const override = settings.severity[rule.id];
    return {
      rule,
      title: ruleTitle(rule, language),
      rationale: ruleRationale(rule, language),
      enabled: settings.enabled[rule.id] !== false,
      override,
      severity: override ?? rule.defaultSeverity,
      tags: ruleTags(rule),
    };
  });
}

export function filterRows(rows: readonly RuleRow[], filter: RuleFilter): RuleRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const tag = filter.tag.trim().toUpperCase();
  return rows.filter((row) => {
    if (filter.origin && row.rule.origin !== filter.origin) return false;
    if (filter.severity && row.severity !== filter.severity) return false;
    if (filter.status === 'on' && !row.enabled) return false;
    if (filter.status === 'off' && row.enabled) return false;
    if (tag && !row.tags.some((ruleTag) => tagsOverlap(ruleTag, tag))) return false;
    if (words.length > 0) {
      // The words shown and the English ones: a German cataloger may search either.
      const text = `${row.title} ${row.rule.title} ${row.rule.id} ${row.rationale} ${row.rule.rationale}`.toLowerCase();
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** Rule settings with one rule switched on or off; "on" removes the entry (only an explicit false disables). */
export function withRuleEnabled(settings: RuleSettings, ruleId: string, enabled: boolean): RuleSettings {
  const next = { ...settings.enabled };
  if (enabled) delete next[ruleId];
  else next[ruleId] = false;
  return { ...settings, enabled: next };
}

/** Rule settings with a severity override set, or removed when `severity` is undefined. */
export function withSeverityOverride(
  settings: RuleSettings,
  ruleId: string,
  severity: Severity | undefined,
): RuleSettings {
  const next = { ...settings.severity };
  if (severity === undefined) delete next[ruleId];
  else next[ruleId] = severity;
  return { ...settings, severity: next };
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { enabled: {}, severity: {}, ruleSet: 'all' };

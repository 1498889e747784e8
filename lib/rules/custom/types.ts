import type { Severity } from '../types';

/** Record kinds a custom rule can check: custom rules look at MARC fields, so not items. */
export type CustomRuleKind = 'bib' | 'holdings';

/**
 * A rule a cataloger writes on the options page, in the spirit of TU lAma's
 * `{tag, ind1, ind2, re, level, msg}` warnings: pick fields, test a value against a regular expression.
 * Stored in settings (lib/settings) and compiled once into a normal Rule with id `custom/<id>`.
 */
export interface CustomRuleDefinition {
  /** kebab-case slug, unique among custom rules; the rule id becomes `custom/<id>`. */
  id: string;
  title: string;
  /** Three characters, digits or `X` as a wildcard (`650`, `6XX`, `9X9`), or `LDR` for the leader. */
  tag: string;
  /** One indicator character; `#` or a space means blank. Absent: any indicator. */
  ind1?: string;
  ind2?: string;
  /** Subfield code to test (each occurrence separately). Absent: the whole field as Alma shows it (`$$a … $$b …`). */
  subfield?: string;
  /** Regular expression source, without slashes. */
  pattern: string;
  /** Regular expression flags, any of `i`, `m`, `s`, `u` (no `g`/`y`: they make tests stateful). */
  flags?: string;
  /** `must-match`: report values that do not match. `must-not-match`: report values that do (lAma's default). */
  match: 'must-match' | 'must-not-match';
  severity: Severity;
  /** What is wrong and how to fix it, in the cataloger's words; the location is added automatically. */
  message: string;
  appliesTo: CustomRuleKind[];
  /** URL of the local policy behind the rule, shown as the rule's source. */
  source?: string;
}

export const CUSTOM_RULE_ID_PREFIX = 'custom/';

import { SEVERITIES } from '../types';
import type { CustomRuleDefinition } from './types';
import { TAG_PATTERN } from './tag-pattern';
import { SLUG_PATTERN } from './slug';
import { errorText } from '../../error-text';
import { RE2JS } from 're2js';

const SEVERITY_SET: ReadonlySet<string> = new Set(SEVERITIES);
const KINDS = new Set(['bib', 'holdings']);
const MATCH_MODES = new Set(['must-match', 'must-not-match']);
/** Long patterns are almost always pasted by mistake and risk slow backtracking on every field. */
export const MAX_PATTERN_LENGTH = 500;
const ALLOWED_FLAGS = /^[imsu]*$/;

/**
 * A user's pattern compiled for RE2 (re2js, pure JavaScript, no WebAssembly: fits MV3): matching takes
 * time linear in the value whatever the pattern, where the browser's backtracking engine can take minutes
 * (`^(a+)+$` against 30 characters) in the service worker every Alma tab shares.
 */
export interface PatternMatcher {
  test(value: string): boolean;
}

const BACKREFERENCE = /\\[1-9]|\\k</;
const LOOKAROUND = /\(\?<?[=!]/;

function re2Flags(flagText: string): number {
  let flags = 0;
  if (flagText.includes('i')) flags |= RE2JS.CASE_INSENSITIVE;
  if (flagText.includes('m')) flags |= RE2JS.MULTILINE;
  if (flagText.includes('s')) flags |= RE2JS.DOTALL;
  return flags; // 'u': RE2 matches Unicode code points anyway
}

/** The regular expression of a definition, or a sentence saying why it cannot be used. */
export function compilePattern(pattern: unknown, flags: unknown): PatternMatcher | string {
  if (typeof pattern !== 'string' || pattern === '')
    return 'the regular expression is empty; enter the text pattern to look for';
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `the regular expression is ${pattern.length} characters long; keep it under ${MAX_PATTERN_LENGTH}`;
  const flagText = flags ?? '';
  if (typeof flagText !== 'string' || !ALLOWED_FLAGS.test(flagText) || new Set(flagText).size !== flagText.length)
    return `flags "${String(flagText)}" are not allowed; use any of i, m, s, u once each (g and y are not supported)`;
  if (BACKREFERENCE.test(pattern))
    return `the regular expression /${pattern}/ uses a backreference (\\1, \\k<name>), which custom rules do not support: patterns are matched in time proportional to the text (RE2), so that no pattern can stall validation; repeat the group's pattern instead`;
  if (LOOKAROUND.test(pattern))
    return `the regular expression /${pattern}/ uses a lookahead or lookbehind ((?=, (?!, (?<=, (?<!), which custom rules do not support: patterns are matched in time proportional to the text (RE2), so that no pattern can stall validation; use "must not match" with a second rule instead`;
  try {
    new RegExp(pattern, flagText); // the syntax people know: report its errors in its words
  } catch (error) {
    const reason = errorText(error);
    return `the regular expression /${pattern}/ is invalid (${reason}); check brackets, parentheses and backslashes`;
  }
  try {
    const compiled = RE2JS.compile(pattern, re2Flags(flagText));
    return { test: (value: string) => compiled.test(value) };
  } catch (error) {
    const reason = errorText(error);
    return `the regular expression /${pattern}/ uses syntax the linear-time matcher (RE2) does not support (${reason}); custom rules refuse it so that no pattern can stall validation — simplify it`;
  }
}

function isIndicator(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && /^[0-9a-z #_]$/.test(value));
}

/** Every problem with a definition, in plain words; the compiled regex when it is usable. */
export function checkDefinition(def: CustomRuleDefinition): { problems: string[]; regex: PatternMatcher | null } {
  const problems: string[] = [];
  if (typeof def.id !== 'string' || !SLUG_PATTERN.test(def.id))
    problems.push(
      `id "${String(def.id)}" must be lowercase letters, digits and single hyphens, like "local-note-check"`,
    );
  if (typeof def.title !== 'string' || def.title.trim() === '') problems.push('the title is empty; name the rule');
  if (typeof def.tag !== 'string' || !TAG_PATTERN.test(def.tag))
    problems.push(`tag "${String(def.tag)}" must be three digits or X wildcards (e.g. 650, 6XX, 9X9) or LDR`);
  if (!isIndicator(def.ind1))
    problems.push(`indicator 1 "${String(def.ind1)}" must be one digit, lowercase letter or # (blank)`);
  if (!isIndicator(def.ind2))
    problems.push(`indicator 2 "${String(def.ind2)}" must be one digit, lowercase letter or # (blank)`);
  if (def.subfield !== undefined && (typeof def.subfield !== 'string' || !/^[a-z0-9]$/.test(def.subfield)))
    problems.push(`subfield code "${String(def.subfield)}" must be one lowercase letter or digit`);
  if (def.tag === 'LDR' && (def.subfield !== undefined || def.ind1 !== undefined || def.ind2 !== undefined))
    problems.push('the leader has no indicators or subfields; remove them or pick another tag');
  if (!MATCH_MODES.has(def.match))
    problems.push(`match "${String(def.match)}" must be "must-match" or "must-not-match"`);
  if (!SEVERITY_SET.has(def.severity))
    problems.push(`severity "${String(def.severity)}" must be error, warning or info`);
  if (typeof def.message !== 'string' || def.message.trim() === '')
    problems.push('the message is empty; say what is wrong and how to fix it');
  if (!Array.isArray(def.appliesTo) || def.appliesTo.length === 0 || !def.appliesTo.every((kind) => KINDS.has(kind)))
    problems.push('record kinds must list at least one of "bib" and "holdings"');
  const regex = compilePattern(def.pattern, def.flags);
  if (typeof regex === 'string') problems.push(regex);
  return { problems, regex: typeof regex === 'string' ? null : regex };
}

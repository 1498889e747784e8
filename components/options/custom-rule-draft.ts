import { compilePattern } from '../../lib/rules/custom/check-definition';
import { uniqueSlug } from '../../lib/rules/custom/slug';
import { TAG_PATTERN } from '../../lib/rules/custom/tag-pattern';
import type { CustomRuleDefinition } from '../../lib/rules/custom/types';
import type { Severity } from '../../lib/rules/types';
import { t } from '../i18n';

/** The custom-rule form as typed. */
export interface CustomRuleDraft {
  /** Id of the rule being edited; null for a new rule (its id then comes from the title). */
  editing: string | null;
  title: string;
  tag: string;
  ind1: string;
  ind2: string;
  subfield: string;
  pattern: string;
  ignoreCase: boolean;
  match: CustomRuleDefinition['match'];
  severity: Severity;
  message: string;
  bib: boolean;
  holdings: boolean;
  source: string;
}

export type DraftField = 'title' | 'tag' | 'ind1' | 'ind2' | 'subfield' | 'pattern' | 'message' | 'kinds' | 'source';

export const EMPTY_RULE_DRAFT: CustomRuleDraft = {
  editing: null,
  title: '',
  tag: '',
  ind1: '',
  ind2: '',
  subfield: '',
  pattern: '',
  ignoreCase: false,
  match: 'must-not-match',
  severity: 'warning',
  message: '',
  bib: true,
  holdings: false,
  source: '',
};

export function draftFromDefinition(def: CustomRuleDefinition): CustomRuleDraft {
  return {
    editing: def.id,
    title: def.title,
    tag: def.tag,
    ind1: def.ind1 ?? '',
    ind2: def.ind2 ?? '',
    subfield: def.subfield ?? '',
    pattern: def.pattern,
    ignoreCase: (def.flags ?? '').includes('i'),
    match: def.match,
    severity: def.severity,
    message: def.message,
    bib: def.appliesTo.includes('bib'),
    holdings: def.appliesTo.includes('holdings'),
    source: def.source ?? '',
  };
}

/** The definition the draft describes; a new rule gets an id from its title that no other rule uses. */
export function definitionFromDraft(draft: CustomRuleDraft, takenIds: readonly string[]): CustomRuleDefinition {
  const id = draft.editing ?? uniqueSlug(draft.title || draft.tag || 'rule', new Set(takenIds));
  const def: CustomRuleDefinition = {
    id,
    title: draft.title.trim(),
    tag: draft.tag.trim().toUpperCase(),
    pattern: draft.pattern,
    match: draft.match,
    severity: draft.severity,
    message: draft.message.trim(),
    appliesTo: [...(draft.bib ? (['bib'] as const) : []), ...(draft.holdings ? (['holdings'] as const) : [])],
  };
  const ind1 = draft.ind1.trim();
  const ind2 = draft.ind2.trim();
  const subfield = draft.subfield.trim().replace(/^\$+/, '');
  if (draft.ind1 === ' ' || ind1) def.ind1 = ind1 || '#';
  if (draft.ind2 === ' ' || ind2) def.ind2 = ind2 || '#';
  if (subfield) def.subfield = subfield;
  if (draft.ignoreCase) def.flags = 'i';
  if (draft.source.trim()) def.source = draft.source.trim();
  return def;
}

/**
 * Problems per field, in words a cataloger understands. `complete` adds the "is empty" problems, which
 * are only worth saying once the cataloger tries to save; wrong values are reported as they are typed.
 */
export function draftProblems(draft: CustomRuleDraft, complete: boolean): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  const tag = draft.tag.trim().toUpperCase();
  if (complete && draft.title.trim() === '') problems.title = t('customRule_titleMissing');
  if (tag === '') {
    if (complete) problems.tag = t('customRule_tagMissing');
  } else if (!TAG_PATTERN.test(tag)) problems.tag = t('customRule_tagInvalid', draft.tag);
  for (const key of ['ind1', 'ind2'] as const) {
    const value = draft[key].trim();
    if (value && !/^[0-9a-z#_]$/.test(value)) problems[key] = t('customRule_indicatorInvalid', value);
  }
  const subfield = draft.subfield.trim().replace(/^\$+/, '');
  if (subfield && !/^[a-z0-9]$/.test(subfield)) problems.subfield = t('customRule_subfieldInvalid', draft.subfield);
  if (tag === 'LDR' && (subfield || draft.ind1.trim() || draft.ind2.trim()))
    problems.subfield = t('customRule_leaderParts');
  if (draft.pattern !== '' || complete) {
    const compiled = compilePattern(draft.pattern, draft.ignoreCase ? 'i' : '');
    if (typeof compiled === 'string') problems.pattern = `${compiled.charAt(0).toUpperCase()}${compiled.slice(1)}.`;
  }
  if (complete && draft.message.trim() === '') problems.message = t('customRule_messageMissing');
  if (!draft.bib && !draft.holdings) problems.kinds = t('customRule_kindsMissing');
  if (draft.source.trim() && !/^https?:\/\/\S+$/.test(draft.source.trim())) problems.source = t('steps_urlError');
  return problems;
}

/**
 * Policy rules: checks that enforce a practice (OCLC or PCC input standards, AACR2/ISBD punctuation habits,
 * Alma's link forms and limits, UC Berkeley procedures) rather than the MARC 21 format. Each carries a policy
 * label naming its group and the document that states the practice; the institution profile switches the
 * groups (InstitutionProfile.policies), and the options page and the CLI show the label.
 */
import type { InstitutionProfile } from '../settings/profile';
import type { Rule } from './types';

export const POLICY_GROUPS = ['oclc', 'pcc', 'isbd', 'alma', 'berkeley'] as const;

export type PolicyGroup = (typeof POLICY_GROUPS)[number];

/** English names of the groups (the CLI's output; the options page has them in its message catalogs). */
export const POLICY_GROUP_NAMES: Readonly<Record<PolicyGroup, string>> = {
  oclc: 'OCLC input standards',
  pcc: 'PCC / RDA practice',
  isbd: 'AACR2 / ISBD punctuation habits',
  alma: 'Alma practice',
  berkeley: 'UC Berkeley procedures',
};

export interface RulePolicy {
  group: PolicyGroup;
  /** The document that states the practice, e.g. "OCLC Bibliographic Formats and Standards, 300". */
  document: string;
}

/** Where a rule of this origin comes from when the rule itself names no policy. */
const DOCUMENT_OF_ORIGIN = {
  oclc: 'OCLC Bibliographic Formats and Standards / Connexion validation',
  alma: 'Ex Libris Alma documentation',
} as const;

/**
 * The policy label of a rule: its own `policy`, or the one its origin implies (OCLC rules are OCLC input
 * standards, Alma rules Alma practice, procedure rules the procedure's library: Berkeley's pages are
 * Berkeley procedures, other libraries' published Alma practice is Alma practice). MARC 21 rules without
 * a `policy` check the format and have none; custom rules are the user's own.
 */
export function rulePolicy(rule: Rule): RulePolicy | undefined {
  if (rule.policy) return rule.policy;
  switch (rule.origin) {
    case 'oclc':
      return { group: 'oclc', document: DOCUMENT_OF_ORIGIN.oclc };
    case 'alma':
      return { group: 'alma', document: DOCUMENT_OF_ORIGIN.alma };
    case 'procedure':
      return /(^|\.)berkeley\.edu\//.test(hostAndPath(rule.source))
        ? { group: 'berkeley', document: 'UC Berkeley Library staff procedures' }
        : { group: 'alma', document: 'Alma practice published by another library' };
    default:
      return undefined;
  }
}

function hostAndPath(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** Whether the profile runs a policy group: absent means on (the product's behaviour before groups existed). */
export function policyGroupOn(profile: InstitutionProfile, group: PolicyGroup): boolean {
  return profile.policies?.[group] !== false;
}

import type { MarcRecord } from '../../marc/types';
import { buildRecordIndex } from '../record-index';
import { GENERIC_PROFILE, type InstitutionProfile } from '../../settings/profile';
import type { Finding, RecordKind } from '../types';
import type { CustomRuleDefinition } from './types';
import { CUSTOM_RULE_ID_PREFIX } from './types';
import { compileCustomRule } from './compile-custom-rule';

/** Holdings records have x, y or v (or u) at leader/06; anything else is treated as a bib. */
export function recordKindOf(record: MarcRecord): RecordKind {
  return 'uvxy'.includes(record.leader.charAt(6) || '?') ? 'holdings' : 'bib';
}

/**
 * Runs one definition against a sample record, for the live preview on the options page.
 * A definition that does not compile yields one error finding that explains why, so the preview
 * always has something to show. A rule that does not apply to the sample's kind yields nothing.
 */
export function tryCustomRule(
  def: CustomRuleDefinition,
  sampleRecord: MarcRecord,
  profile: InstitutionProfile = GENERIC_PROFILE,
): Finding[] {
  const compiled = compileCustomRule(def);
  if (!compiled.ok) {
    return [{ ruleId: CUSTOM_RULE_ID_PREFIX + String(def.id), severity: 'error', message: compiled.error }];
  }
  const kind = recordKindOf(sampleRecord);
  if (!compiled.rule.appliesTo.includes(kind)) return [];
  return compiled.rule.check({
    kind,
    record: sampleRecord,
    profile,
    options: { allowLocalTags: true },
    index: buildRecordIndex(sampleRecord),
  });
}

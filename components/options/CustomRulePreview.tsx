import { useMemo } from 'preact/hooks';
import { recordKindOf, tryCustomRule } from '../../lib/rules/custom/try-custom-rule';
import type { CustomRuleDefinition } from '../../lib/rules/custom/types';
import type { InstitutionProfile } from '../../lib/settings/profile';
import { TextArea } from './FormField';
import { parseSampleRecord } from './sample-record';

export interface CustomRulePreviewProps {
  /** The rule as typed; null while the form has problems (nothing to try yet). */
  definition: CustomRuleDefinition | null;
  sample: string;
  onSampleChange(sample: string): void;
  profile: InstitutionProfile;
}

/** The rule tried live against a sample record the cataloger can edit. */
export function CustomRulePreview({ definition, sample, onSampleChange, profile }: CustomRulePreviewProps) {
  const parsed = useMemo(() => parseSampleRecord(sample), [sample]);
  const findings = useMemo(
    () => (definition ? tryCustomRule(definition, parsed.record, profile) : []),
    [definition, parsed, profile],
  );
  const kind = recordKindOf(parsed.record);
  const applies = definition ? definition.appliesTo.includes(kind === 'item' ? 'bib' : kind) : true;

  return (
    <aside class="preview" aria-labelledby="preview-heading" data-testid="custom-rule-preview">
      <h3 id="preview-heading">Try it on a sample record</h3>
      <TextArea
        id="sample-record"
        label="Sample record (edit it freely)"
        hint="One field a line as the Metadata Editor shows it: 245 10 $$a Title. # is a blank indicator."
        rows={12}
        mono
        value={sample}
        errors={parsed.problems}
        onInput={onSampleChange}
      />
      <div aria-live="polite" data-testid="preview-result">
        {!definition ? (
          <p class="muted">Complete the rule to see what it reports here.</p>
        ) : !applies ? (
          <p class="muted">
            The sample is a {kind} record and this rule checks {definition.appliesTo.join(' and ')} records only.
          </p>
        ) : findings.length === 0 ? (
          <p class="ok" data-testid="preview-clean">
            No finding: the sample record passes this rule.
          </p>
        ) : (
          <>
            <p>
              {findings.length} {findings.length === 1 ? 'finding' : 'findings'} on the sample:
            </p>
            <ul class="plain findings">
              {findings.map((finding, i) => (
                <li key={i} data-testid="preview-finding">
                  <span class={`badge ${finding.severity}`}>{finding.severity}</span> {finding.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </aside>
  );
}

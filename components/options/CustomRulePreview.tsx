import { useMemo } from 'preact/hooks';
import { recordKindOf, tryCustomRule } from '../../lib/rules/custom/try-custom-rule';
import type { CustomRuleDefinition } from '../../lib/rules/custom/types';
import type { InstitutionProfile } from '../../lib/settings/profile';
import { TextArea } from './FormField';
import { parseSampleRecord } from './sample-record';
import { t, tn } from '../i18n';

export interface CustomRulePreviewProps {
  /** The rule as typed; null while the form has problems (nothing to try yet). */
  definition: CustomRuleDefinition | null;
  sample: string;
  onSampleChange(sample: string): void;
  profile: InstitutionProfile;
}

/** An example line of the sample, the same in every language. */
const SAMPLE_LINE = '245 10 $$a Title';
const RECORD_KIND = { bib: 'recordKind_bib', holdings: 'recordKind_holdings', item: 'recordKind_item' } as const;
const RECORD_KINDS = { bib: 'recordKinds_bib', holdings: 'recordKinds_holdings' } as const;

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
      <h3 id="preview-heading">{t('preview_heading')}</h3>
      <TextArea
        id="sample-record"
        label={t('preview_sample')}
        hint={t('preview_sampleHint', SAMPLE_LINE)}
        rows={12}
        mono
        value={sample}
        errors={parsed.problems}
        onInput={onSampleChange}
      />
      <div aria-live="polite" data-testid="preview-result">
        {!definition ? (
          <p class="muted">{t('preview_incomplete')}</p>
        ) : !applies ? (
          <p class="muted">
            {t(
              'preview_notApplicable',
              t(RECORD_KIND[kind]),
              definition.appliesTo
                .map((applies) => t(RECORD_KINDS[applies]))
                .reduce((list, next) => t('preview_andList', list, next)),
            )}
          </p>
        ) : findings.length === 0 ? (
          <p class="ok" data-testid="preview-clean">
            {t('preview_clean')}
          </p>
        ) : (
          <>
            <p>{tn('preview_findings', findings.length)}</p>
            <ul class="plain findings">
              {findings.map((finding, i) => (
                <li key={i} data-testid="preview-finding">
                  <span class={`badge ${finding.severity}`}>{t(`severity_${finding.severity}`)}</span> {finding.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </aside>
  );
}

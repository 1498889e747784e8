import { useMemo, useState } from 'preact/hooks';
import { CUSTOM_RULE_ID_PREFIX, type CustomRuleDefinition } from '../../lib/rules/custom/types';
import type { Severity } from '../../lib/rules/types';
import type { Settings } from '../../lib/settings/types';
import { CustomRulePreview } from './CustomRulePreview';
import { CheckboxField, ManagedMark, SaveStatus, SelectField, TextField, type SaveState } from './FormField';
import type { SettingsUpdate } from './RulesSection';
import {
  definitionFromDraft,
  draftFromDefinition,
  draftProblems,
  EMPTY_RULE_DRAFT,
  type CustomRuleDraft,
} from './custom-rule-draft';
import { DEFAULT_SAMPLE_RECORD } from './sample-record';
import { t } from '../i18n';

/** Examples and a web address's start: the same in every language. */
const TAG_EXAMPLE = '6XX';
const URL_START = 'https://';

export interface CustomRulesSectionProps {
  settings: Settings;
  onUpdate: SettingsUpdate;
  /** Paths the institution's policy sets (`customRules.<id>`): those entries are shown, not changed. */
  locks?: ReadonlySet<string>;
}

/** Rules catalogers write themselves (as in lAma): a field, a regular expression, a message; tried live. */
export function CustomRulesSection({ settings, onUpdate, locks = new Set() }: CustomRulesSectionProps) {
  const [draft, setDraft] = useState<CustomRuleDraft>(EMPTY_RULE_DRAFT);
  const [triedToSave, setTriedToSave] = useState(false);
  const [sample, setSample] = useState(DEFAULT_SAMPLE_RECORD);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const takenIds = useMemo(() => settings.customRules.map((rule) => rule.id), [settings.customRules]);
  const problems = draftProblems(draft, triedToSave);
  const complete = Object.keys(draftProblems(draft, true)).length === 0;
  const definition = useMemo(
    () => (complete ? definitionFromDraft(draft, takenIds) : null),
    [complete, draft, takenIds],
  );

  const set =
    <K extends keyof CustomRuleDraft>(key: K) =>
    (value: CustomRuleDraft[K]) => {
      setDraft((current) => ({ ...current, [key]: value }));
      setStatus({ kind: 'idle' });
    };
  const reset = (): void => {
    setDraft(EMPTY_RULE_DRAFT);
    setTriedToSave(false);
  };
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    setTriedToSave(true);
    if (!definition) {
      setStatus({ kind: 'error', message: t('customRule_notSavedFix'), errors: [] });
      return;
    }
    const editing = draft.editing;
    const errors = await onUpdate((current) => ({
      ...current,
      customRules: editing
        ? current.customRules.map((rule) => (rule.id === editing ? definition : rule))
        : [...current.customRules, definition],
    }));
    if (errors.length > 0) {
      setStatus({ kind: 'error', message: t('customRule_notSaved'), errors });
      return;
    }
    setStatus({
      kind: 'saved',
      message: t(editing ? 'customRule_saved' : 'customRule_added', definition.title),
    });
    reset();
  };
  const remove = async (rule: CustomRuleDefinition): Promise<void> => {
    const ruleId = CUSTOM_RULE_ID_PREFIX + rule.id;
    const errors = await onUpdate((current) => {
      const enabled = { ...current.rules.enabled };
      const severity = { ...current.rules.severity };
      delete enabled[ruleId];
      delete severity[ruleId];
      return {
        ...current,
        customRules: current.customRules.filter((other) => other.id !== rule.id),
        rules: { ...current.rules, enabled, severity },
      };
    });
    setStatus(
      errors.length > 0
        ? { kind: 'error', message: t('customRule_notRemoved'), errors }
        : { kind: 'saved', message: t('documents_removed', rule.title) },
    );
    if (draft.editing === rule.id) reset();
  };

  return (
    <div class="custom-rules" data-testid="custom-rules">
      {settings.customRules.length === 0 ? (
        <p class="muted">{t('customRule_none')}</p>
      ) : (
        <ul class="item-list">
          {settings.customRules.map((rule) => (
            <li key={rule.id} data-testid="custom-rule" data-rule-id={rule.id}>
              <div>
                <strong>{rule.title}</strong>{' '}
                <span class="mono">
                  {rule.tag}
                  {rule.subfield ? ` $${rule.subfield}` : ''}{' '}
                  {t(rule.match === 'must-match' ? 'customRule_mustMatch' : 'customRule_mustNotMatch')} /{rule.pattern}/
                  {rule.flags ?? ''}
                </span>{' '}
                <span class={`badge ${rule.severity}`}>{t(`severity_${rule.severity}`)}</span>
              </div>
              {locks.has(`customRules.${rule.id}`) ? (
                <ManagedMark id={`custom-rule-${rule.id}-managed`} />
              ) : (
                <div class="item-actions">
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => {
                      setDraft(draftFromDefinition(rule));
                      setTriedToSave(false);
                    }}
                    aria-label={t('customRule_editLabel', rule.title)}
                  >
                    {t('customRule_edit')}
                  </button>
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => void remove(rule)}
                    aria-label={t('hosts_removeLabel', rule.title)}
                  >
                    {t('hosts_remove')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <div class="rule-editor">
        <form
          onSubmit={save}
          noValidate
          aria-label={t(draft.editing ? 'customRule_editForm' : 'customRule_new')}
          data-testid="custom-rule-form"
        >
          <h3>{draft.editing ? t('customRule_editing', draft.title || draft.editing) : t('customRule_new')}</h3>
          <TextField
            id="cr-title"
            label={t('documents_title')}
            required
            value={draft.title}
            errors={problems.title ? [problems.title] : []}
            onInput={set('title')}
          />
          <div class="field-row">
            <TextField
              id="cr-tag"
              label={t('rules_tag')}
              required
              mono
              placeholder={TAG_EXAMPLE}
              value={draft.tag}
              errors={problems.tag ? [problems.tag] : []}
              onInput={set('tag')}
            />
            <TextField
              id="cr-ind1"
              label={t('customRule_ind1')}
              mono
              placeholder={t('customRule_any')}
              value={draft.ind1}
              errors={problems.ind1 ? [problems.ind1] : []}
              onInput={set('ind1')}
            />
            <TextField
              id="cr-ind2"
              label={t('customRule_ind2')}
              mono
              placeholder={t('customRule_any')}
              value={draft.ind2}
              errors={problems.ind2 ? [problems.ind2] : []}
              onInput={set('ind2')}
            />
            <TextField
              id="cr-subfield"
              label={t('customRule_subfield')}
              mono
              placeholder={t('customRule_wholeField')}
              value={draft.subfield}
              errors={problems.subfield ? [problems.subfield] : []}
              onInput={set('subfield')}
            />
          </div>
          <TextField
            id="cr-pattern"
            label={t('customRule_pattern')}
            required
            mono
            hint={t('customRule_patternHint', '$$a … $$b …')}
            value={draft.pattern}
            errors={problems.pattern ? [problems.pattern] : []}
            onInput={set('pattern')}
          />
          <CheckboxField
            id="cr-ignore-case"
            label={t('customRule_ignoreCase')}
            checked={draft.ignoreCase}
            onChange={set('ignoreCase')}
          />
          <div class="field-row">
            <SelectField<CustomRuleDraft['match']>
              wide
              id="cr-match"
              label={t('customRule_reportValues')}
              value={draft.match}
              options={[
                { value: 'must-not-match', label: t('customRule_matching') },
                { value: 'must-match', label: t('customRule_notMatching') },
              ]}
              onChange={set('match')}
            />
            <SelectField<Severity>
              id="cr-severity"
              label={t('rules_severity')}
              value={draft.severity}
              options={[
                { value: 'error', label: t('severity_error') },
                { value: 'warning', label: t('severity_warning') },
                { value: 'info', label: t('severity_info') },
              ]}
              onChange={set('severity')}
            />
          </div>
          <TextField
            id="cr-message"
            label={t('customRule_message')}
            required
            hint={t('customRule_messageHint')}
            value={draft.message}
            errors={problems.message ? [problems.message] : []}
            onInput={set('message')}
          />
          <fieldset class="kinds" aria-describedby={problems.kinds ? 'cr-kinds-error' : undefined}>
            <legend>{t('customRule_check')}</legend>
            <CheckboxField id="cr-bib" label={t('customRule_bib')} checked={draft.bib} onChange={set('bib')} />
            <CheckboxField
              id="cr-holdings"
              label={t('customRule_holdings')}
              checked={draft.holdings}
              onChange={set('holdings')}
            />
            {problems.kinds && (
              <p id="cr-kinds-error" class="field-errors">
                {problems.kinds}
              </p>
            )}
          </fieldset>
          <TextField
            id="cr-source"
            label={t('customRule_source')}
            placeholder={URL_START}
            value={draft.source}
            errors={problems.source ? [problems.source] : []}
            onInput={set('source')}
          />
          <div class="actions">
            <button type="submit" class="primary" data-testid="save-custom-rule">
              {t(draft.editing ? 'customRule_save' : 'customRule_add')}
            </button>
            {(draft.editing || draft !== EMPTY_RULE_DRAFT) && (
              <button type="button" class="secondary" onClick={reset}>
                {t(draft.editing ? 'customRule_cancelEditing' : 'customRule_clear')}
              </button>
            )}
          </div>
          <SaveStatus status={status} testId="custom-rule-status" />
        </form>
        <CustomRulePreview
          definition={definition}
          sample={sample}
          onSampleChange={setSample}
          profile={settings.profile}
        />
      </div>
    </div>
  );
}

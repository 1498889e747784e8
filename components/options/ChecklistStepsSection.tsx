import { useMemo, useState } from 'preact/hooks';
import { uniqueSlug } from '../../lib/rules/custom/slug';
import type { CustomChecklistStep, Settings } from '../../lib/settings/types';
import { ManagedMark, SaveStatus, SelectField, TextField, type SaveState } from './FormField';
import type { SettingsUpdate } from './RulesSection';
import { mergeSteps, type ProcedureOutline } from './checklist-steps-model';
import { t } from '../i18n';

export interface ChecklistStepsSectionProps {
  procedures: readonly ProcedureOutline[];
  settings: Settings;
  onUpdate: SettingsUpdate;
  /** Paths the institution's policy sets (`customChecklistSteps.<id>`): those entries are shown, not changed. */
  locks?: ReadonlySet<string>;
}

const AT_END = '';
/** A web address's start, the same in every language. */
const URL_START = 'https://';

/** Local steps added to the built-in procedure checklists, shown in place among the built-in ones. */
export function ChecklistStepsSection({
  procedures,
  settings,
  onUpdate,
  locks = new Set(),
}: ChecklistStepsSectionProps) {
  const [procedureId, setProcedureId] = useState(procedures[0]?.id ?? '');
  const [afterStepId, setAfterStepId] = useState(AT_END);
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [triedToSave, setTriedToSave] = useState(false);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const procedure = procedures.find((candidate) => candidate.id === procedureId);
  const ownSteps = useMemo(
    () => settings.customChecklistSteps.filter((step) => step.procedureId === procedureId),
    [settings.customChecklistSteps, procedureId],
  );
  const merged = useMemo(() => mergeSteps(procedure?.steps ?? [], ownSteps), [procedure, ownSteps]);
  const textError = triedToSave && text.trim() === '' ? [t('steps_textError')] : [];
  const urlError = url.trim() && !/^https?:\/\/\S+$/.test(url.trim()) ? [t('steps_urlError')] : [];

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    setTriedToSave(true);
    if (text.trim() === '' || urlError.length > 0 || !procedure) {
      setStatus({ kind: 'error', message: t('steps_notAddedFix'), errors: [] });
      return;
    }
    const step: CustomChecklistStep = {
      id: uniqueSlug(
        `${procedure.id} ${text}`.slice(0, 40),
        new Set(settings.customChecklistSteps.map((existing) => existing.id)),
      ),
      procedureId: procedure.id,
      text: text.trim(),
    };
    if (afterStepId !== AT_END) step.afterStepId = afterStepId;
    if (url.trim()) step.url = url.trim();
    const errors = await onUpdate((current) => ({
      ...current,
      customChecklistSteps: [...current.customChecklistSteps, step],
    }));
    if (errors.length > 0) return setStatus({ kind: 'error', message: t('steps_notAdded'), errors });
    setStatus({ kind: 'saved', message: t('steps_added', procedure.title) });
    setText('');
    setUrl('');
    setTriedToSave(false);
  };
  const remove = async (step: CustomChecklistStep): Promise<void> => {
    const errors = await onUpdate((current) => ({
      ...current,
      customChecklistSteps: current.customChecklistSteps.filter((other) => other.id !== step.id),
    }));
    setStatus(
      errors.length > 0
        ? { kind: 'error', message: t('steps_notRemoved'), errors }
        : { kind: 'saved', message: t('steps_removed') },
    );
  };

  return (
    <div class="checklist-steps" data-testid="checklist-steps">
      <form class="inline-form wrap" onSubmit={add} noValidate>
        <SelectField
          id="step-procedure"
          label={t('steps_procedure')}
          value={procedureId}
          options={procedures.map((option) => ({ value: option.id, label: option.title }))}
          onChange={(value) => {
            setProcedureId(value);
            setAfterStepId(AT_END);
          }}
        />
        <SelectField
          id="step-after"
          label={t('steps_after')}
          value={afterStepId}
          options={[
            { value: AT_END, label: t('steps_atEnd') },
            ...(procedure?.steps ?? []).map((step, i) => ({
              value: step.id,
              label: `${i + 1}. ${step.text.length > 70 ? `${step.text.slice(0, 69)}…` : step.text}`,
            })),
          ]}
          onChange={setAfterStepId}
        />
        <TextField
          id="step-text"
          label={t('steps_step')}
          required
          value={text}
          errors={textError}
          onInput={(value) => {
            setText(value);
            setStatus({ kind: 'idle' });
          }}
        />
        <TextField
          id="step-url"
          label={t('steps_url')}
          placeholder={URL_START}
          value={url}
          errors={urlError}
          onInput={setUrl}
        />
        <div class="actions">
          <button type="submit" class="primary" data-testid="add-step">
            {t('steps_add')}
          </button>
        </div>
      </form>
      <SaveStatus status={status} testId="steps-status" />
      {procedure && (
        <>
          <h3>{t('steps_checklistOf', procedure.title)}</h3>
          <ol class="merged-steps" data-testid="merged-steps">
            {merged.map((step) => {
              const own = step.custom ? ownSteps.find((candidate) => candidate.id === step.id) : undefined;
              return (
                <li key={step.id} class={step.custom ? 'custom-step' : undefined} data-custom={step.custom}>
                  {step.text}
                  {own && locks.has(`customChecklistSteps.${own.id}`) && (
                    <ManagedMark id={`custom-step-${own.id}-managed`} />
                  )}
                  {own && !locks.has(`customChecklistSteps.${own.id}`) && (
                    <>
                      {' '}
                      <span class="tag">{t('steps_ours')}</span>{' '}
                      <button
                        type="button"
                        class="secondary small"
                        aria-label={t('steps_removeLabel', step.text)}
                        onClick={() => void remove(own)}
                      >
                        {t('hosts_remove')}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}

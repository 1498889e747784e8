import { useState } from 'preact/hooks';
import type { ChecklistStepView, ChecklistView } from '../content/page-context/custom-steps';
import type { StepResult } from '../lib/procedures/types';
import { type MessageKey, t } from './i18n';

/** What the extension's own check of a step found, in words (the mark is decoration). */
const VERIFICATION: Record<StepResult, { mark: string; text: MessageKey }> = {
  pass: { mark: '✓', text: 'checklist_verified' },
  fail: { mark: '✗', text: 'checklist_notDone' },
  unknown: { mark: '?', text: 'checklist_cannotCheck' },
};

export interface ChecklistCardProps {
  checklist: ChecklistView;
  ticked: readonly string[];
  /** Unique within the page, for element ids. */
  idPrefix: string;
  initiallyOpen: boolean;
  onToggleStep(stepId: string, ticked: boolean): void;
}

/** One procedure: title, link to its page, roles, and its steps as check boxes (warnings as notes). */
export function ChecklistCard({ checklist, ticked, idPrefix, initiallyOpen, onToggleStep }: ChecklistCardProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const actions = checklist.steps.filter((step) => step.kind === 'action');
  const done = actions.filter((step) => ticked.includes(step.id)).length;
  const bodyId = `${idPrefix}-body`;
  return (
    <section
      class="acc-cl-card"
      data-testid="checklist"
      data-procedure-id={checklist.procedureId}
      aria-labelledby={`${idPrefix}-title`}
    >
      <h3 class="acc-cl-card-title" id={`${idPrefix}-title`}>
        <button
          type="button"
          class="acc-cl-card-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span class="acc-cl-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {checklist.title}
          <span class="acc-cl-count" data-testid="checklist-count">
            {done}/{actions.length}
            <span class="visually-hidden"> {t('checklist_stepsTicked')}</span>
          </span>
        </button>
      </h3>
      {open && (
        <div id={bodyId} class="acc-cl-card-body">
          <p class="acc-cl-summary">{checklist.summary}</p>
          {checklist.roles.length > 0 && <p class="acc-cl-roles">{t('documents_roles', checklist.roles.join('; '))}</p>}
          <ol class="acc-cl-steps">
            {checklist.steps.map((step, index) => (
              <Step
                key={step.id}
                step={step}
                id={`${idPrefix}-step-${index}`}
                ticked={ticked.includes(step.id)}
                onToggle={(value) => onToggleStep(step.id, value)}
              />
            ))}
          </ol>
          <p class="acc-cl-source">
            <a href={checklist.url} target="_blank" rel="noopener noreferrer">
              {t('checklist_procedurePage')}
              <span class="visually-hidden">{t('checklist_procedurePageOf', checklist.title)}</span>
            </a>
          </p>
        </div>
      )}
    </section>
  );
}

function Step({
  step,
  id,
  ticked,
  onToggle,
}: {
  step: ChecklistStepView;
  id: string;
  ticked: boolean;
  onToggle(value: boolean): void;
}) {
  const verification = step.result === null ? null : VERIFICATION[step.result];
  const describedBy =
    [step.detail ? `${id}-detail` : '', verification ? `${id}-verified` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <li class="acc-cl-step" data-testid="checklist-step" data-step-id={step.id} data-result={step.result ?? 'manual'}>
      {step.kind === 'warning' ? (
        <p class="acc-cl-warning" data-testid="checklist-warning">
          <span aria-hidden="true">⚠ </span>
          <span class="visually-hidden">{t('checklist_caution')} </span>
          {step.text}
        </p>
      ) : (
        <label class="acc-cl-label" for={id}>
          <input
            id={id}
            type="checkbox"
            checked={ticked}
            aria-describedby={describedBy}
            onChange={(event) => onToggle(event.currentTarget.checked)}
          />
          <span>
            {step.text}
            {step.inferred && (
              <span class="acc-cl-tag" title={t('checklist_inferredTitle')}>
                {' '}
                {t('rules_inferred')}
              </span>
            )}
            {step.local && <span class="acc-cl-tag"> {t('checklist_localStep')}</span>}
          </span>
        </label>
      )}
      {step.detail && (
        <p class="acc-cl-detail" id={`${id}-detail`}>
          {step.detail}
        </p>
      )}
      {verification && (
        <p class={`acc-cl-verify acc-cl-verify-${step.result}`} id={`${id}-verified`} data-testid="step-verification">
          <span aria-hidden="true">{verification.mark} </span>
          {t(verification.text)}
        </p>
      )}
      {step.url && (
        <p class="acc-cl-detail">
          <a href={step.url} target="_blank" rel="noopener noreferrer">
            {t('checklist_localDocs')}
          </a>
        </p>
      )}
    </li>
  );
}

import type { Checklist, EvaluatedStep } from '../../lib/procedures/types';
import type { CustomChecklistStep } from '../../lib/settings/types';

/** A checklist step as the page shows it: built-in, or added by the institution in the options. */
export interface ChecklistStepView extends EvaluatedStep {
  /** True for a step from the institution's settings. */
  local?: boolean;
  /** Local documentation of a local step. */
  url?: string;
}

export interface ChecklistView extends Omit<Checklist, 'steps'> {
  steps: ChecklistStepView[];
}

/** Progress ids of local steps are kept apart from built-in ones, which may gain the same id later. */
export const LOCAL_STEP_PREFIX = 'local:';

/**
 * The institution's own steps placed into the built-in checklists: after the step they name, or at the
 * end when that step is not shown on this page (its condition failed) or does not exist.
 */
export function withCustomSteps(
  checklists: readonly Checklist[],
  custom: readonly CustomChecklistStep[],
): ChecklistView[] {
  return checklists.map((checklist) => {
    const steps: ChecklistStepView[] = [...checklist.steps];
    for (const step of custom) {
      if (step.procedureId !== checklist.procedureId) continue;
      const view: ChecklistStepView = {
        id: `${LOCAL_STEP_PREFIX}${step.id}`,
        text: step.text,
        kind: 'action',
        inferred: false,
        result: null,
        local: true,
      };
      if (step.url) view.url = step.url;
      const after =
        step.afterStepId === undefined ? -1 : steps.findIndex((candidate) => candidate.id === step.afterStepId);
      // Behind earlier local steps placed after the same step, so they keep the settings' order.
      let at = after >= 0 ? after + 1 : steps.length;
      while (after >= 0 && steps[at]?.local) at++;
      steps.splice(at, 0, view);
    }
    return { ...checklist, steps };
  });
}

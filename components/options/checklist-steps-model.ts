import type { CustomChecklistStep } from '../../lib/settings/types';

export interface StepOutline {
  id: string;
  text: string;
}

export interface ProcedureOutline {
  id: string;
  title: string;
  steps: readonly StepOutline[];
}

export interface MergedStep {
  id: string;
  text: string;
  custom: boolean;
}

/**
 * A procedure's checklist with the institution's steps in place: each after the built-in step it names, in
 * the order they were added; steps naming no step (or one that no longer exists) go at the end.
 */
export function mergeSteps(builtIn: readonly StepOutline[], custom: readonly CustomChecklistStep[]): MergedStep[] {
  const known = new Set(builtIn.map((step) => step.id));
  const merged: MergedStep[] = [];
  for (const step of builtIn) {
    merged.push({ id: step.id, text: step.text, custom: false });
    for (const local of custom)
      if (local.afterStepId === step.id) merged.push({ id: local.id, text: local.text, custom: true });
  }
  for (const local of custom) {
    if (local.afterStepId === undefined || !known.has(local.afterStepId))
      merged.push({ id: local.id, text: local.text, custom: true });
  }
  return merged;
}

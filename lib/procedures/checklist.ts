import { procedureCatalog } from './catalog';
import type { PageContext } from './context';
import { procedureUrl } from './sources';
import type { Checklist, EvaluatedStep, Procedure, StepResult } from './types';

/**
 * The procedures that apply to the page, each with the steps that apply evaluated. Procedures offered
 * because of something specific on the page (a multi-volume set, a withdrawn item, related records)
 * come first; the general ones for the page kind follow, in catalog order.
 */
export function applicableProcedures(ctx: PageContext, catalog: readonly Procedure[] = procedureCatalog): Checklist[] {
  const contextual: Checklist[] = [];
  const general: Checklist[] = [];
  for (const procedure of catalog) {
    if (!procedure.pageKinds.includes(ctx.kind)) continue;
    if (procedure.appliesWhen) {
      if (safely(() => procedure.appliesWhen!(ctx), false)) contextual.push(evaluateProcedure(procedure, ctx, true));
    } else {
      general.push(evaluateProcedure(procedure, ctx, false));
    }
  }
  return [...contextual, ...general];
}

/** One procedure's checklist for the page: steps whose condition fails are left out, checks are run. */
export function evaluateProcedure(procedure: Procedure, ctx: PageContext, contextual = false): Checklist {
  const steps: EvaluatedStep[] = [];
  for (const step of procedure.steps) {
    if (step.when && !safely(() => step.when!(ctx), false)) continue;
    const evaluated: EvaluatedStep = {
      id: step.id,
      text: step.text,
      kind: step.kind ?? 'action',
      inferred: step.inferred ?? false,
      result: step.verify ? safely<StepResult>(() => step.verify!(ctx), 'unknown') : null,
    };
    if (step.detail !== undefined) evaluated.detail = step.detail;
    steps.push(evaluated);
  }
  return {
    procedureId: procedure.id,
    title: procedure.title,
    summary: procedure.summary,
    roles: [...procedure.roles],
    url: procedureUrl(procedure, ctx.profile),
    tags: [...procedure.tags],
    contextual,
    steps,
  };
}

/**
 * Conditions read page data that content/alma scraped from a live page, which can be odd in ways the types
 * do not show; one bad condition must not take the whole checklist panel down.
 */
function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

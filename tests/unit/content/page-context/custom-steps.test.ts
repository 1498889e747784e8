import { describe, expect, it } from 'vitest';
import { LOCAL_STEP_PREFIX, withCustomSteps } from '../../../../content/page-context/custom-steps';
import { applicableProcedures } from '../../../../lib/procedures/checklist';
import type { CustomChecklistStep } from '../../../../lib/settings/types';
import { MVM_BIB, page } from '../../procedures/builders';

const checklists = applicableProcedures(page({ kind: 'mde-bib', record: MVM_BIB, mmsId: '991000000019706532' }));
const mvm = (views: ReturnType<typeof withCustomSteps>) =>
  views.find((view) => view.procedureId === 'multi-volume-monographs')!;

describe('withCustomSteps', () => {
  it('places local steps after the step they name, in settings order, and marks them', () => {
    const custom: CustomChecklistStep[] = [
      {
        id: 'ask-selector',
        procedureId: 'multi-volume-monographs',
        text: 'Ask the selector.',
        afterStepId: 'set-bib',
        url: 'https://example.org/local',
      },
      { id: 'second', procedureId: 'multi-volume-monographs', text: 'Then this.', afterStepId: 'set-bib' },
    ];
    const ids = mvm(withCustomSteps(checklists, custom)).steps.map((step) => step.id);
    expect(ids.slice(0, 4)).toEqual([
      'set-bib',
      `${LOCAL_STEP_PREFIX}ask-selector`,
      `${LOCAL_STEP_PREFIX}second`,
      'relink-strays',
    ]);
    expect(mvm(withCustomSteps(checklists, custom)).steps[1]).toMatchObject({
      local: true,
      url: 'https://example.org/local',
      kind: 'action',
      result: null,
    });
  });

  it("appends a step whose anchor is not shown on this page, and ignores other procedures' steps", () => {
    const custom: CustomChecklistStep[] = [
      { id: 'end', procedureId: 'multi-volume-monographs', text: 'Last.', afterStepId: 'description' }, // item-only step: hidden in the editor
      { id: 'elsewhere', procedureId: 'item-records', text: 'Not here.' },
    ];
    const views = withCustomSteps(checklists, custom);
    expect(mvm(views).steps.at(-1)?.id).toBe(`${LOCAL_STEP_PREFIX}end`);
    expect(views.flatMap((view) => view.steps).some((step) => step.id.endsWith('elsewhere'))).toBe(false);
    expect(
      checklists
        .find((c) => c.procedureId === 'multi-volume-monographs')!
        .steps.some((step) => step.id.startsWith(LOCAL_STEP_PREFIX)),
    ).toBe(false);
  });
});

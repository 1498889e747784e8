import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistDock, type ChecklistDockProps } from '../../../components/ChecklistDock';
import { withCustomSteps, type ChecklistView } from '../../../content/page-context/custom-steps';
import { applicableProcedures } from '../../../lib/procedures/checklist';
import { MVM_BIB, marc, page } from '../procedures/builders';

let container: HTMLElement;

function show(props: Partial<ChecklistDockProps> & { checklists: ChecklistView[] }): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(
      <ChecklistDock ticked={{}} onToggleStep={() => undefined} notice={null} initiallyExpanded={true} {...props} />,
      container,
    ),
  );
  return container;
}

afterEach(() => {
  if (container) render(null, container);
  document.body.innerHTML = '';
});

const $ = (root: ParentNode, selector: string) => root.querySelector<HTMLElement>(selector);
const $$ = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const holdings = marc(
  ['001 2212345', '004 991000000019706532', '852 0# $b MAIN $c mstk $h PS1 $i .A1', '866 #0 $a v.1-3'],
  '     nv  a22     un 4500',
);
const mvmPage = page({ kind: 'mde-holdings', record: holdings, bib: MVM_BIB, mmsId: '991000000019706532' });
const checklists = withCustomSteps(applicableProcedures(mvmPage), []);
const mvm = (root: ParentNode) => $(root, '[data-procedure-id="multi-volume-monographs"]')!;
const stepOf = (root: ParentNode, id: string) => $(mvm(root), `[data-step-id="${id}"]`)!;

describe('ChecklistDock', () => {
  it('starts closed when asked, naming the procedures found because of the page', () => {
    const root = show({ checklists, initiallyExpanded: false });
    const toggle = $(root, '[data-testid="checklists-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain(`Procedures (${checklists.length})`);
    expect(toggle.textContent).toContain(': Multi-volume monographs');
    expect($$(root, '[data-testid="checklist"]')).toHaveLength(0);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($$(root, '[data-testid="checklist"]')).toHaveLength(checklists.length);
  });

  it('opens the contextual procedure and leaves the general ones closed', () => {
    const root = show({ checklists });
    expect(mvm(root).querySelector('ol')).not.toBeNull();
    const general = $$(root, '[data-testid="checklist"]').filter(
      (card) => card.dataset.procedureId !== 'multi-volume-monographs',
    );
    expect(general.length).toBeGreaterThan(0);
    for (const card of general) expect(card.querySelector('ol')).toBeNull();
  });

  it('shows what the record proves next to the steps, described for screen readers', () => {
    const root = show({ checklists });
    const summary = stepOf(root, 'summary-holdings');
    expect(summary.dataset.result).toBe('pass');
    const verification = $(summary, '[data-testid="step-verification"]')!;
    expect(verification.textContent).toContain('Verified on this page');
    const box = $(summary, 'input[type="checkbox"]') as HTMLInputElement;
    expect(box.getAttribute('aria-describedby')).toContain(verification.id);
    expect(stepOf(root, 'relink-strays').dataset.result).toBe('manual');
    expect($(stepOf(root, 'relink-strays'), '[data-testid="step-verification"]')).toBeNull();
  });

  it('labels each box with its step, shows the ticks given, and reports a tick or untick', () => {
    const onToggleStep = vi.fn();
    const root = show({ checklists, ticked: { 'multi-volume-monographs': ['set-bib'] }, onToggleStep });
    const setBib = $(stepOf(root, 'set-bib'), 'input') as HTMLInputElement;
    expect(setBib.checked).toBe(true);
    expect((setBib.closest('label') as HTMLLabelElement).textContent).toContain(
      'Confirm the bib describes the whole set',
    );
    expect($(mvm(root), '[data-testid="checklist-count"]')!.textContent).toMatch(/^1\/\d+/);
    act(() => setBib.click());
    expect(onToggleStep).toHaveBeenLastCalledWith('multi-volume-monographs', 'set-bib', false);
    act(() => ($(stepOf(root, 'relink-strays'), 'input') as HTMLInputElement).click());
    expect(onToggleStep).toHaveBeenLastCalledWith('multi-volume-monographs', 'relink-strays', true);
  });

  it('shows warnings as cautions without a box', () => {
    const related = marc(['001 991', '245 10 $a Host.', '774 0# $w 991234']);
    const lists = withCustomSteps(
      applicableProcedures(
        page({ kind: 'withdraw-dialog', withdrawDialog: 'confirm', bib: related, mmsId: '991', items: [] }),
      ),
      [],
    );
    const root = show({ checklists: lists });
    act(() => $(root, '[data-procedure-id="withdrawal"] button')!.click());
    const warning = $(root, '[data-procedure-id="withdrawal"] [data-step-id="related-warning"]')!;
    expect($(warning, '[data-testid="checklist-warning"]')!.textContent).toContain(
      'Caution: This bib has related records',
    );
    expect($(warning, 'input')).toBeNull();
  });

  it('says why ticks are not saved, and collapses with Escape back onto its button', () => {
    const onExpandedChange = vi.fn();
    const root = show({ checklists, notice: 'Ticks are not saved on this page.', onExpandedChange });
    expect($(root, '[data-testid="checklists-notice"]')!.textContent).toBe('Ticks are not saved on this page.');
    const box = $(stepOf(root, 'set-bib'), 'input')!;
    box.focus();
    act(() => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    const toggle = $(root, '[data-testid="checklists-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(onExpandedChange).toHaveBeenCalledWith(false);
  });

  it('marks local steps and links their documentation', () => {
    const local = withCustomSteps(applicableProcedures(mvmPage), [
      {
        id: 'label',
        procedureId: 'multi-volume-monographs',
        text: 'Print a spine label.',
        url: 'https://example.org/labels',
      },
    ]);
    const root = show({ checklists: local });
    const step = stepOf(root, 'local:label');
    expect(step.textContent).toContain('local step');
    expect(step.querySelector('a')?.getAttribute('href')).toBe('https://example.org/labels');
  });
});

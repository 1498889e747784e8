import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OclcReminderDock, reminderKey, type OclcReminderDockProps } from '../../../components/OclcReminderDock';
import { buildReminder } from '../../../lib/oclc/reminder';
import { BERKELEY } from '../procedures/builders';

let container: HTMLElement;
const certain = buildReminder(
  { event: 'last-item-withdrawn', mmsId: '991', title: 'One book', oclcNumber: '987654321', needsConfirmation: false },
  BERKELEY,
);
const unsure = buildReminder(
  {
    event: 'relinked-in',
    mmsId: '992',
    title: '',
    oclcNumber: null,
    needsConfirmation: true,
    doubt: 'A relink is under way.',
  },
  BERKELEY,
);

function show(props: Partial<OclcReminderDockProps>): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  const all: OclcReminderDockProps = {
    reminders: [certain, unsure],
    statuses: {},
    busy: new Set(),
    problem: null,
    onAdd: () => undefined,
    onDismiss: () => undefined,
    onOpenWorklist: () => undefined,
    ...props,
  };
  act(() => render(<OclcReminderDock {...all} />, container));
  return container;
}

afterEach(() => {
  if (container) render(null, container);
  document.body.innerHTML = '';
});

const cards = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-testid="oclc-reminder"]')];

describe('OclcReminderDock', () => {
  it('shows the action, OCLC number, reason and a WorldCat link for a certain reminder', () => {
    const [card] = cards(show({}));
    expect(card!.dataset.action).toBe('delete');
    expect(card!.querySelector('h3')!.textContent).toContain('Delete the WorldCat holding');
    expect(card!.querySelector('[data-testid="oclc-number"]')!.textContent).toBe('OCLC #987654321');
    expect(card!.querySelector('[data-testid="oclc-reason"]')!.textContent).toContain(
      'delete the CUY holding on OCLC #987654321',
    );
    expect(card!.querySelector('a')!.getAttribute('href')).toBe('https://search.worldcat.org/title/987654321');
    expect(card!.querySelector('[data-testid="oclc-question"]')).toBeNull();
  });

  it('asks instead of stating when the pages could not tell, and cannot add without a number', () => {
    const [, card] = cards(show({}));
    expect(card!.querySelector('[data-testid="oclc-question"]')!.textContent).toContain('A relink is under way.');
    const add = card!.querySelector<HTMLButtonElement>('[data-testid="add-to-worklist"]')!;
    expect(add.disabled).toBe(true);
    const why = document.getElementById(add.getAttribute('aria-describedby')!);
    expect(why?.textContent).toContain('needs the OCLC number');
    expect(card!.querySelector('a')).toBeNull();
  });

  it('reports add, dismiss and open-worklist clicks, and shows the outcome in a status line', () => {
    const onAdd = vi.fn();
    const onDismiss = vi.fn();
    const onOpenWorklist = vi.fn();
    const root = show({
      onAdd,
      onDismiss,
      onOpenWorklist,
      statuses: { [reminderKey(certain)]: 'Added to the OCLC worklist.' },
    });
    const [card] = cards(root);
    act(() => card!.querySelector<HTMLButtonElement>('[data-testid="add-to-worklist"]')!.click());
    expect(onAdd).toHaveBeenCalledWith(certain);
    act(() => card!.querySelector<HTMLButtonElement>('[data-testid="dismiss-reminder"]')!.click());
    expect(onDismiss).toHaveBeenCalledWith(certain);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="open-worklist"]')!.click());
    expect(onOpenWorklist).toHaveBeenCalled();
    const status = card!.querySelector('[data-testid="reminder-status"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Added to the OCLC worklist.');
  });

  it('disables adding while a request runs and shows a background problem as an alert', () => {
    const root = show({
      busy: new Set([reminderKey(certain)]),
      problem: 'OCLC holdings reminders are not available: no answer.',
    });
    expect(cards(root)[0]!.querySelector<HTMLButtonElement>('[data-testid="add-to-worklist"]')!.disabled).toBe(true);
    const alert = root.querySelector('[data-testid="oclc-problem"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('no answer');
  });
});

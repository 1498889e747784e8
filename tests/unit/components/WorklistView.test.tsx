import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorklistView, type WorklistApi } from '../../../components/WorklistView';
import { addToWorklist, updateStatus, type WorklistEntry } from '../../../lib/oclc/worklist';

let container: HTMLElement;

/** A worklist API over an array, using lib/oclc's own merge and status logic. */
function fakeApi(initial: WorklistEntry[] = []) {
  let stored = initial;
  const api = {
    list: vi.fn<WorklistApi['list']>(async () => stored),
    update: vi.fn<WorklistApi['update']>(async (id, status, note) => {
      stored = updateStatus(stored, id, status, note);
    }),
    clearFinished: vi.fn<WorklistApi['clearFinished']>(async () => {
      const before = stored.length;
      stored = stored.filter((entry) => entry.status === 'pending');
      return before - stored.length;
    }),
  };
  return api;
}

function entries(): WorklistEntry[] {
  let list: WorklistEntry[] = [];
  let id = 0;
  const add = (oclcNumber: string, action: 'set' | 'delete') => {
    list = addToWorklist(
      list,
      { oclcNumber, action, mmsId: `99${oclcNumber}`, title: `Title ${oclcNumber}`, reason: 'Reason.' },
      { now: Date.UTC(2025, 0, 2), id: `e${++id}` },
    ).entries;
  };
  add('111', 'set');
  add('222', 'delete');
  add('333', 'delete');
  return list;
}

async function show(api: WorklistApi, symbol = 'CUY'): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<WorklistView api={api} symbol={symbol} />, container);
  });
  await act(async () => undefined);
  return container;
}

afterEach(() => {
  if (container) render(null, container);
  document.body.innerHTML = '';
});

const rows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-testid="worklist-entry"]')];
const files = (root: ParentNode) => [...root.querySelectorAll<HTMLAnchorElement>('[data-testid="export-file"]')];

describe('WorklistView', () => {
  it('lists pending entries with their number, action and bib', async () => {
    const root = await show(fakeApi(entries()));
    expect(rows(root).map((row) => `${row.dataset.oclcNumber}:${row.dataset.action}`)).toEqual([
      '111:set',
      '222:delete',
      '333:delete',
    ]);
    expect(rows(root)[0]!.textContent).toContain('Title 111');
    expect(rows(root)[0]!.querySelector('a')!.getAttribute('href')).toBe('https://search.worldcat.org/title/111');
  });

  it('offers one number file per action and tool, named with the symbol, and a CSV of everything', async () => {
    const root = await show(fakeApi(entries()));
    expect(files(root).map((file) => `${file.dataset.tool}:${file.getAttribute('download')}`)).toEqual([
      'connexion:oclc-set-cuy-connexion.txt',
      'connexion:oclc-delete-cuy-connexion.txt',
      'record-manager:oclc-set-cuy-record-manager.txt',
      'record-manager:oclc-delete-cuy-record-manager.txt',
      'csv:oclc-worklist-cuy.csv',
    ]);
    expect(files(root)[1]!.parentElement!.textContent).toContain('delete holdings, 2 numbers');
    expect(files(root).every((file) => file.href.startsWith('blob:'))).toBe(true);
  });

  it('marks an entry done, which takes it out of the pending list and the number files', async () => {
    const api = fakeApi(entries());
    const root = await show(api);
    const done = [...rows(root)[0]!.querySelectorAll('button')].find((button) =>
      button.textContent?.startsWith('Mark done'),
    )!;
    await act(async () => done.click());
    await act(async () => undefined);
    expect(api.update).toHaveBeenCalledWith('e1', 'done');
    expect(rows(root).map((row) => row.dataset.oclcNumber)).toEqual(['222', '333']);
    expect(root.querySelector('[data-testid="worklist-message"]')!.textContent).toBe('OCLC #111 (set) is now done.');
    expect(files(root).some((file) => file.getAttribute('download')?.startsWith('oclc-set'))).toBe(false);
  });

  it('clears finished entries only after a second, explicit click', async () => {
    const api = fakeApi(updateStatus(entries(), 'e2', 'removed'));
    const root = await show(api);
    const clear = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Clear finished…')!;
    await act(async () => clear.click());
    expect(api.clearFinished).not.toHaveBeenCalled();
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="confirm-clear"]')!.click());
    await act(async () => undefined);
    expect(api.clearFinished).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid="worklist-message"]')!.textContent).toBe('1 finished entry deleted.');
  });

  it('says when the worklist cannot be read, and when a change fails', async () => {
    const api = fakeApi(entries());
    api.list.mockRejectedValueOnce(new Error('The companion database could not be opened.'));
    const root = await show(api);
    expect(root.querySelector('[data-testid="worklist-problem"]')!.textContent).toContain('could not be opened');
    const broken = fakeApi(entries());
    broken.update.mockRejectedValueOnce(new Error('No worklist entry with id "e1".'));
    render(null, container);
    const again = await show(broken);
    await act(async () => [...rows(again)[0]!.querySelectorAll('button')][0]!.click());
    await act(async () => undefined);
    expect(again.querySelector('[data-testid="worklist-message"]')!.textContent).toBe(
      'Nothing changed: No worklist entry with id "e1".',
    );
  });
});

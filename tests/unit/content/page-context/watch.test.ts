import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPageChanges } from '../../../../content/page-context/watch';

describe('watchPageChanges', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    document.body.innerHTML = '<input id="field"><div id="grid"></div>';
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  const settle = async () => {
    await Promise.resolve(); // mutation records are delivered as a microtask
    vi.advanceTimersByTime(500);
  };

  it('calls back once per burst of typing or DOM changes', async () => {
    const onChange = vi.fn();
    watchPageChanges(document, onChange, controller.signal, 500);
    const field = document.getElementById('field') as HTMLInputElement;
    for (const value of ['a', 'ab', 'abc']) {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    document.getElementById('grid')!.append(document.createElement('span'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("ignores the companion's own hosts and stops when aborted", async () => {
    const onChange = vi.fn();
    watchPageChanges(document, onChange, controller.signal, 500);
    const dock = document.createElement('div');
    dock.id = 'alma-companion-left-dock';
    document.body.append(dock);
    dock.append(document.createElement('alma-companion-checklists'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
    document.getElementById('grid')!.append(document.createElement('span'));
    document.getElementById('field')!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveReminderBanner, SHOWN_ERRORS } from '../../../components/SaveReminderBanner';
import type { Finding } from '../../../lib/rules/types';

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

const error = (n: number): Finding => ({
  ruleId: `rule-${n}`,
  severity: 'error',
  message: `Problem ${n}.`,
  tag: '245',
  occurrence: 0,
});

describe('SaveReminderBanner', () => {
  it('lists the first errors with where they are, says how many more, and can be dismissed', () => {
    const onDismiss = vi.fn();
    container = document.createElement('div');
    document.body.append(container);
    const errors = Array.from({ length: SHOWN_ERRORS + 2 }, (_, n) => error(n));
    act(() => render(<SaveReminderBanner errors={errors} onDismiss={onDismiss} />, container));
    const banner = container.querySelector('[data-testid="save-reminder"]')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.querySelector('.acc-sr-title')?.textContent).toBe(`Saving with ${SHOWN_ERRORS + 2} errors`);
    const items = banner.querySelectorAll('[data-testid="save-reminder-error"]');
    expect(items).toHaveLength(SHOWN_ERRORS);
    expect(items[0]?.textContent).toBe('245 (occurrence 1): Problem 0.');
    expect(banner.textContent).toContain('and 2 more');
    expect(banner.textContent).toContain('The save was not stopped');
    act(() => (banner.querySelector('[data-testid="save-reminder-dismiss"]') as HTMLElement).click());
    expect(onDismiss).toHaveBeenCalled();
  });
});

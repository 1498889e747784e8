import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsPanel, type FindingsPanelProps } from '../../../components/FindingsPanel';
import { buildPanelView } from '../../../content/live/group-findings';
import type { LiveFinding, PaneId } from '../../../content/live/types';
import type { Finding } from '../../../lib/rules/types';
import { BUDGET_FINDING_RULE } from '../../../lib/validation/jobs';

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

const live = (id: string, finding: Partial<Finding>, isNew: boolean): LiveFinding => ({
  finding: { ruleId: id, severity: 'error', message: `${id} message`, ...finding },
  identity: { weak: id, strong: id },
  anchor: finding.tag ? {} : null,
  id,
  pane: 'single',
  isNew,
});

const VIEW = buildPanelView([
  {
    header: { pane: 'single', recordType: 'bib', mmsId: '991234', fieldCount: 12 },
    notes: [],
    findings: [
      live(
        'old-error',
        { tag: '245', code: 'c', occurrence: 0, source: 'https://www.loc.gov/marc/bibliographic/bd245.html' },
        false,
      ),
      live(
        'new-warning',
        {
          severity: 'warning',
          tag: '650',
          occurrence: 1,
          fix: { type: 'set-leader', leader: 'x', description: 'Do it', safe: true },
        },
        true,
      ),
      live('whole', { severity: 'info' }, true),
    ],
  },
]);

function show(overrides: Partial<FindingsPanelProps> = {}): FindingsPanelProps {
  const props: FindingsPanelProps = {
    title: 'Record checks',
    view: VIEW,
    revision: 3,
    waiting: false,
    expanded: true,
    activeId: null,
    openInherited: new Set<PaneId>(),
    // The older tests below see everything inherited folded; the setting's default (unfolded errors) has its own.
    inheritedErrorsExpanded: false,
    status: null,
    settingsProblems: [],
    focusRequest: 0,
    canGoTo: (finding) => finding.anchor !== null,
    onToggle: vi.fn(),
    onToggleInherited: vi.fn(),
    onGoTo: vi.fn(),
    onFix: vi.fn(),
    onUndo: vi.fn(),
    shortcuts: [
      { action: 'toggle-panel', keys: 'Ctrl+Shift+F' },
      { action: 'next-finding', keys: 'Ctrl+Shift+2' },
      { action: 'previous-finding', keys: '' },
    ],
    ...overrides,
  };
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<FindingsPanel {...props} />, container));
  return props;
}

const q = (selector: string) => container.querySelector(selector) as HTMLElement | null;
const all = (selector: string) => Array.from(container.querySelectorAll<HTMLElement>(selector));

describe('FindingsPanel', () => {
  it('says it is checking, not "no problems", until the engine has answered once', () => {
    show({ revision: 0, view: buildPanelView([]) });
    expect(q('[data-testid="checking"]')?.textContent).toBe('Checking…');
    expect(q('[data-testid="counts"]')).toBeNull();
    expect(q('#acc-fp-body')?.getAttribute('aria-busy')).toBe('true');
    render(null, container);
    container.remove();
    show({ revision: 0, view: buildPanelView([]), expanded: false });
    expect(q('[data-testid="checking-counts"]')).not.toBeNull();
    expect(q('[data-testid="findings-toggle"]')?.textContent).toContain('(checking)');
    render(null, container);
    container.remove();
    show({ revision: 1 });
    expect(q('[data-testid="checking"]')).toBeNull();
    expect(q('[data-testid="counts"]')).not.toBeNull();
  });

  it('lists new findings first, keeps inherited ones collapsed, and shows the record facts', () => {
    show();
    expect(all('[data-testid="finding"]').map((item) => item.dataset.findingId)).toEqual(['new-warning', 'whole']);
    expect(q('[data-testid="inherited-findings"]')?.dataset.count).toBe('1');
    expect(q('[data-testid="inherited-toggle"]')?.getAttribute('aria-expanded')).toBe('false');
    expect(q('[data-testid="mms-id"]')?.textContent).toBe('991234');
    expect(q('[data-testid="field-count"]')?.textContent).toBe('12');
    expect(q('[data-testid="count-error"]')?.dataset.count).toBe('1');
  });

  it('shows inherited errors unfolded when the setting says so, warnings and info folded, with true totals', () => {
    const view = buildPanelView([
      {
        header: { pane: 'single', recordType: 'bib', mmsId: '991234', fieldCount: 12 },
        notes: [],
        findings: [
          live('old-error', { tag: '245', code: 'c' }, false),
          live('old-error-2', { tag: '100' }, false),
          live('old-warning', { severity: 'warning', tag: '650' }, false),
          live('old-info', { severity: 'info' }, false),
        ],
      },
    ]);
    show({ view, inheritedErrorsExpanded: true });
    // Nothing new, but the line says what was already there instead of "nothing you changed…".
    expect(q('[data-testid="no-new-problems"]')?.textContent).toBe(
      'No new problems since the record was opened. Already in it: 2 errors, 1 warning, 1 info.',
    );
    expect(q('[data-testid="inherited-title"]')?.textContent).toBe('Already in the record when opened (4)');
    expect(
      all('[data-testid="inherited-errors"] [data-testid="finding"]').map((item) => item.dataset.findingId),
    ).toEqual(['old-error-2', 'old-error']);
    const toggle = q('[data-testid="inherited-toggle"]')!;
    expect(toggle.textContent).toBe('Warnings and information already in the record (2)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(q('[data-finding-id="old-warning"]')).toBeNull();
    expect(q('[data-testid="count-error"]')?.dataset.count).toBe('2');
    render(null, container);
    container.remove();
    show({ view, inheritedErrorsExpanded: true, openInherited: new Set<PaneId>(['single']) });
    expect(
      all('[data-testid="inherited-folded"] [data-testid="finding"]').map((item) => item.dataset.findingId),
    ).toEqual(['old-warning', 'old-info']);
    render(null, container);
    container.remove();
    // Setting off: everything inherited is folded under one toggle, as before.
    show({ view, inheritedErrorsExpanded: false });
    expect(q('[data-testid="inherited-errors"]')).toBeNull();
    expect(q('[data-testid="inherited-toggle"]')?.textContent).toBe('Already in the record when opened (4)');
  });

  it('has no fold when only errors were inherited and they are shown', () => {
    show({ inheritedErrorsExpanded: true });
    expect(all('[data-testid="finding"]').map((item) => item.dataset.findingId)).toEqual([
      'new-warning',
      'whole',
      'old-error',
    ]);
    expect(q('[data-testid="inherited-toggle"]')).toBeNull();
  });

  it('opens the inherited group it is told to, grouped by severity and tag', () => {
    show({ openInherited: new Set<PaneId>(['single']) });
    const inherited = q('[data-testid="inherited-findings"]');
    expect(inherited?.querySelector('[data-testid="severity-group"]')?.getAttribute('data-severity')).toBe('error');
    expect(inherited?.querySelector('[data-testid="place-group"]')?.getAttribute('data-place')).toBe('245');
  });

  it('says what, where and how for each finding, with a working "go to", "Fix" and source link', () => {
    const props = show({ openInherited: new Set<PaneId>(['single']) });
    const warning = q('[data-finding-id="new-warning"]')!;
    expect(warning.querySelector('[data-testid="go-to"]')?.textContent).toBe('Go to 650 (occurrence 2)');
    act(() => (warning.querySelector('[data-testid="go-to"]') as HTMLElement).click());
    expect(props.onGoTo).toHaveBeenCalledWith('new-warning');
    act(() => (warning.querySelector('[data-testid="fix"]') as HTMLElement).click());
    expect(props.onFix).toHaveBeenCalledWith('new-warning');
    const source = q('[data-finding-id="old-error"] [data-testid="source"]') as HTMLAnchorElement;
    expect(source.href).toBe('https://www.loc.gov/marc/bibliographic/bd245.html');
    expect(source.textContent).toBe('MARC 21 documentation: 245');
    // A whole-record finding has nowhere to go.
    expect(q('[data-finding-id="whole"] [data-testid="go-to"]')).toBeNull();
  });

  it('shows the shortcut keys the browser binds now, and says so for an unbound one', () => {
    show();
    const shown = all('[data-testid="shortcut"]').map((item) => item.textContent);
    expect(shown).toEqual([
      'Ctrl+Shift+F show or hide the panel',
      'Ctrl+Shift+2 next finding',
      'no key set previous finding',
    ]);
    expect(q('[data-testid="findings-toggle"]')!.getAttribute('title')).toBe('Hide (Ctrl+Shift+F or Escape)');
  });

  it('shows no shortcut footer until the bindings are known', () => {
    show({ shortcuts: null });
    expect(q('[data-testid="shortcuts"]')).toBeNull();
  });

  it('keeps keys inside the panel and collapses on Escape', () => {
    const props = show();
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    const panel = q('[data-testid="findings-panel"]')!;
    act(() => {
      panel.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }),
      );
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    document.removeEventListener('keydown', seen);
    expect(props.onToggle).toHaveBeenCalledTimes(1);
    expect(seen).not.toHaveBeenCalled();
  });

  it('collapses to a badge with the counts, which expands it again', () => {
    const props = show({ expanded: false });
    expect(all('[data-testid="finding"]')).toHaveLength(0);
    const badge = q('[data-testid="findings-toggle"]')!;
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.textContent).toContain('1 error, 1 warning, 1 info');
    act(() => badge.click());
    expect(props.onToggle).toHaveBeenCalled();
  });

  it('shows the status with Undo, the waiting note and settings problems', () => {
    const props = show({
      status: { text: 'Fixed: Do it.', tone: 'info', canUndo: true },
      waiting: true,
      settingsProblems: ['Custom rule "x": bad pattern.'],
    });
    expect(q('[data-testid="status-text"]')?.textContent).toBe('Fixed: Do it.');
    act(() => q('[data-testid="undo"]')!.click());
    expect(props.onUndo).toHaveBeenCalled();
    expect(q('[data-testid="waiting"]')).not.toBeNull();
    expect(q('[data-testid="settings-problem"]')?.textContent).toContain('bad pattern');
  });

  it('names the page in its header and on the panel (data-kind), collapsed or not', () => {
    show({ pageKind: 'mde-split' });
    expect(q('[data-testid="findings-panel"]')?.dataset.kind).toBe('mde-split');
    expect(q('[data-testid="page-kind"]')?.textContent).toBe('Metadata Editor: split view');
    render(null, container);
    show({ pageKind: 'item-editor', expanded: false });
    expect(q('[data-testid="findings-panel"]')?.dataset.kind).toBe('item-editor');
    expect(q('[data-testid="page-kind"]')).toBeNull();
  });

  it('says when the live check stopped at its time limit, names the field, and offers to check the record now', () => {
    const budgetView = buildPanelView([
      {
        header: { pane: 'single', recordType: 'bib', mmsId: '991234', fieldCount: 3 },
        notes: [],
        findings: [
          live('empty-subfield', { tag: '245', occurrence: 0 }, true),
          live(
            BUDGET_FINDING_RULE,
            {
              severity: 'info',
              tag: '245',
              occurrence: 0,
              message:
                'This record is too large or unusual to check live: the checks stopped at their time limit after 12 of 96. Its largest field is 245 (20,001 subfields). Choose "Check this record now" to run every check without the time limit, or correct that field first.',
              messageId: 'engine.budget-exceeded-subfields',
              params: { ran: 12, total: 96, tag: '245', size: 20_001 },
            },
            true,
          ),
        ],
      },
    ]);
    const props = show({ view: budgetView, onCheckNow: vi.fn() });
    const notice = q('[data-testid="budget-notice"]');
    expect(notice?.textContent).toContain('too large or unusual to check live');
    // The engine's message in the interface's language (English in the tests), from its id and parameters.
    expect(q('[data-testid="budget-message"]')?.textContent).toContain(
      'after 12 of 96. Its largest field is 245 (20,001 subfields). Choose "Check this record now"',
    );
    // Not one of the findings, nor counted among them.
    expect(all('[data-testid="finding"]').map((item) => item.dataset.rule)).toEqual(['empty-subfield']);
    expect(q('[data-testid="count-info"]')?.dataset.count ?? '0').toBe('0');
    const button = q('[data-testid="check-now"]') as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toBe('Check this record now');
    expect(button.getAttribute('aria-describedby')).toBe(q('[data-testid="budget-message"]')?.id);
    act(() => button.click());
    expect(props.onCheckNow).toHaveBeenCalledTimes(1);
  });

  it('offers no on-demand check without a budget finding, nor without a handler', () => {
    show({ onCheckNow: vi.fn() });
    expect(q('[data-testid="budget-notice"]')).toBeNull();
    render(null, container);
    container.remove();
    const budgetView = buildPanelView([
      {
        header: { pane: 'single', recordType: 'bib', mmsId: null, fieldCount: 1 },
        notes: [],
        findings: [live(BUDGET_FINDING_RULE, { severity: 'info' }, false)],
      },
    ]);
    show({ view: budgetView });
    expect(q('[data-testid="budget-message"]')?.textContent).toBe(`${BUDGET_FINDING_RULE} message`);
    expect(q('[data-testid="check-now"]')).toBeNull();
  });
});

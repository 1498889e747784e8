import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSummaryCard } from '../../../../components/popup/PageSummaryCard';
import { WorklistCard } from '../../../../components/popup/WorklistCard';
import type { PageSummary } from '../../../../lib/page-summary';
import { allByTestId, byTestId, cleanup, click, mount } from '../popup-options-render';

const summary: PageSummary = {
  kind: 'mde-split',
  records: [
    { pane: 'left', type: 'bib', id: '991234567890' },
    { pane: 'right', type: 'holdings', id: null },
  ],
  counts: { error: 2, warning: 1, info: 0 },
  topFindings: [
    {
      ruleId: 'title-required',
      severity: 'error',
      message: 'No 245: add the title statement.',
      source: 'https://www.loc.gov/marc/bibliographic/bd245.html',
    },
    { ruleId: 'custom/x', severity: 'error', message: 'Local rule broken.' },
  ],
  checklists: [
    {
      procedureId: 'multi-volume-monographs',
      title: 'Multi-volume monographs',
      url: 'https://example.edu/mvm',
      contextual: true,
    },
    { procedureId: 'bib-records', title: 'Bib records', url: 'https://example.edu/bib', contextual: false },
  ],
  notes: ['Custom rule "Bad": invalid.'],
};

afterEach(cleanup);

describe('PageSummaryCard', () => {
  it('shows the page kind, each record with its id, counts by severity, top findings and checklists', () => {
    const root = mount(<PageSummaryCard state={{ status: 'ready', summary }} />);
    expect(byTestId(root, 'page-kind').textContent).toBe('Metadata Editor: split view');
    expect(allByTestId(root, 'page-record').map((li) => li.textContent)).toEqual([
      'Bibliographic record (left pane): 991234567890',
      'Holdings record (right pane): id not shown',
    ]);
    expect(byTestId(root, 'count-error').textContent).toBe('2 errors');
    expect(byTestId(root, 'count-warning').textContent).toBe('1 warning');
    expect(byTestId(root, 'count-info').textContent).toBe('0 notes');
    const findings = allByTestId(root, 'top-finding');
    expect(findings.map((li) => li.dataset.ruleId)).toEqual(['title-required', 'custom/x']);
    expect(findings[0]!.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.loc.gov/marc/bibliographic/bd245.html',
    );
    expect(findings[1]!.querySelector('a')).toBeNull();
    const checklists = byTestId(root, 'page-checklists');
    expect(checklists.querySelectorAll('a')[0]?.getAttribute('href')).toBe('https://example.edu/mvm');
    expect(checklists.textContent).toContain('for this record');
    expect(root.textContent).toContain('Custom rule "Bad": invalid.');
  });

  it('says "No findings." for a clean record', () => {
    const clean = { ...summary, counts: { error: 0, warning: 0, info: 0 }, topFindings: [], notes: [] };
    const root = mount(<PageSummaryCard state={{ status: 'ready', summary: clean }} />);
    expect(byTestId(root, 'finding-counts').textContent).toBe('No findings.');
  });

  it('explains a tab that is not an Alma page, and a page that failed to answer', () => {
    expect(mount(<PageSummaryCard state={{ status: 'none' }} />).textContent).toContain('Not an Alma editor page');
    const failed = mount(<PageSummaryCard state={{ status: 'error', message: 'grid half loaded' }} />);
    expect(failed.querySelector('[role="alert"]')?.textContent).toBe('The page could not be read: grid half loaded');
  });
});

describe('WorklistCard', () => {
  it('counts the waiting holdings changes and opens the worklist', () => {
    const onOpen = vi.fn();
    const root = mount(<WorklistCard state={{ status: 'ready', pending: 3 }} onOpen={onOpen} />);
    expect(byTestId(root, 'worklist-count').textContent).toBe('3 holdings changes waiting.');
    click(byTestId(root, 'open-worklist'));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('speaks of one change in the singular, of none plainly, and shows a read error', () => {
    expect(mount(<WorklistCard state={{ status: 'ready', pending: 1 }} onOpen={vi.fn()} />).textContent).toContain(
      '1 holdings change waiting.',
    );
    expect(mount(<WorklistCard state={{ status: 'ready', pending: 0 }} onOpen={vi.fn()} />).textContent).toContain(
      'No holdings changes waiting.',
    );
    expect(
      mount(<WorklistCard state={{ status: 'error', message: 'blocked' }} onOpen={vi.fn()} />).textContent,
    ).toContain('The worklist could not be read: blocked');
  });
});

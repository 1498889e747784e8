import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSummaryCard } from '../../../../components/popup/PageSummaryCard';
import type { PageSummary } from '../../../../lib/page-summary';
import { allByTestId, byTestId, cleanup, click, mount } from '../popup-options-render';

const summary: PageSummary = {
  kind: 'items-list',
  records: [],
  counts: { error: 0, warning: 0, info: 0 },
  topFindings: [],
  checklists: [],
  notes: [],
  features: [
    { id: 'page-summary', state: 'ran', pageKinds: ['items-list'] },
    { id: 'findings-panel', state: 'other-pages', pageKinds: ['mde-bib', 'item-editor'] },
    { id: 'checklists', state: 'not-applicable', pageKinds: ['items-list'] },
    { id: 'oclc-reminders', state: 'failed', pageKinds: ['items-list'] },
  ],
};

afterEach(cleanup);

describe('the popup\'s "This page": features and the page outline', () => {
  it('says which features run in the frame and why the others do not', () => {
    const root = mount(<PageSummaryCard state={{ status: 'ready', summary }} />);
    const features = allByTestId(root, 'page-feature');
    expect(features.map((li) => [li.dataset.featureId, li.dataset.state])).toEqual([
      ['page-summary', 'ran'],
      ['findings-panel', 'other-pages'],
      ['checklists', 'not-applicable'],
      ['oclc-reminders', 'failed'],
    ]);
    expect(features[0]!.textContent).toBe('page-summary runs here');
    expect(features[1]!.textContent).toBe(
      'findings-panel runs on other pages: Metadata Editor: bibliographic record, Physical Item Editor',
    );
    expect(features[2]!.textContent).toContain('does not apply here');
    expect(features[3]!.textContent).toContain('failed to start');
  });

  it('offers "Copy page outline" even when no frame describes the page, and reports the outcome', () => {
    const onCopy = vi.fn();
    const root = mount(
      <PageSummaryCard state={{ status: 'none' }} outline={{ status: 'idle' }} onCopyOutline={onCopy} />,
    );
    click(byTestId(root, 'copy-outline'));
    expect(onCopy).toHaveBeenCalledTimes(1);
    const copied = mount(
      <PageSummaryCard
        state={{ status: 'ready', summary }}
        outline={{ status: 'copied', elements: 1234, frames: 3 }}
        onCopyOutline={onCopy}
      />,
    );
    expect(byTestId(copied, 'outline-status').textContent).toBe(
      'Page outline copied: 1234 elements in 3 frames. Paste it into your report.',
    );
    const failed = mount(
      <PageSummaryCard
        state={{ status: 'none' }}
        outline={{ status: 'error', message: 'denied' }}
        onCopyOutline={onCopy}
      />,
    );
    expect(byTestId(failed, 'outline-status').textContent).toBe('The page outline could not be copied: denied');
  });

  it('offers no copy while the page is being read, or without a handler', () => {
    expect(
      mount(<PageSummaryCard state={{ status: 'loading' }} onCopyOutline={() => {}} />).querySelector(
        '[data-testid="copy-outline"]',
      ),
    ).toBeNull();
    expect(
      mount(<PageSummaryCard state={{ status: 'none' }} />).querySelector('[data-testid="copy-outline"]'),
    ).toBeNull();
  });
});

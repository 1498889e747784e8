import { parentDocumentOf } from '../alma/pane-context';
import type { ExtractedRecord } from '../alma/types';
import { isAlmaBusy } from '../dom/alma-page-state';
import { t } from '../../components/i18n';
import type { Validator } from '../../lib/validation/jobs';
import { rememberBibRecord } from '../page-context/client';
import { applyGridFix, focusGridFinding } from './grid-actions';
import type { LivePageAdapter } from './page-adapter';
import { readGrid } from './read-grid';
import type { LiveFinding, PaneId } from './types';

/** How long the record memory waits before saving again: catalogers type fast, the item editor is far away. */
const REMEMBER_DELAY_MS = 1500;

/**
 * The Metadata Editor grid (bib or holdings, new or old editor, one or two panes) for the live panel.
 * The new editor's shell (the wrapper frame) is busy while it loads a record, so both are asked.
 */
export function gridAdapter(doc: Document, signal: AbortSignal, validator: Validator): LivePageAdapter {
  const wrapper = parentDocumentOf(doc);
  // The panes of the reading whose findings the panel shows, and of the reading being validated: findings
  // are looked up in the first, which takes the second only when its findings arrive (afterUpdate).
  let panes = new Map<PaneId, ExtractedRecord>();
  let reading = panes;
  let rememberTimer: ReturnType<typeof setTimeout> | undefined;
  let rememberedOnce = false;
  signal.addEventListener('abort', () => clearTimeout(rememberTimer), { once: true });

  const extractedOf = (finding: LiveFinding): ExtractedRecord | undefined => panes.get(finding.pane);
  const rowOf = (finding: LiveFinding) => {
    const extracted = extractedOf(finding);
    const index = finding.finding.fieldIndex;
    if (!extracted) return null;
    return index === undefined
      ? finding.finding.tag === 'LDR'
        ? extracted.leaderRow
        : null
      : (extracted.fieldRows[index] ?? null);
  };
  const rememberBibs = (): void => {
    rememberTimer = undefined;
    for (const extracted of panes.values()) {
      if (extracted.type === 'bib' && extracted.mmsId) void rememberBibRecord(extracted.mmsId, extracted.record);
    }
  };

  return {
    title: t('panel_titleRecord'),
    hostName: 'alma-companion-findings',
    keyboardDocuments: wrapper ? [doc, wrapper] : [doc],
    isBusy: () => isAlmaBusy(doc) || (wrapper !== null && isAlmaBusy(wrapper)),
    read() {
      const read = readGrid(doc, validator);
      reading = new Map(read.map(({ extracted }) => [extracted.pane, extracted]));
      return read.map(({ snapshot }) => snapshot);
    },
    afterUpdate() {
      panes = reading;
      // At once the first time (the cataloger may go to the item editor right away), then at most so often.
      if (rememberTimer !== undefined) return;
      rememberTimer = setTimeout(rememberBibs, rememberedOnce ? REMEMBER_DELAY_MS : 0);
      rememberedOnce = true;
    },
    canGoTo: (finding) => rowOf(finding) !== null,
    goTo(finding) {
      const extracted = extractedOf(finding);
      return extracted ? focusGridFinding(extracted, finding.finding) : false;
    },
    fix(finding) {
      const extracted = extractedOf(finding);
      if (!extracted) throw new Error(t('action_recordGone'));
      return applyGridFix(extracted, finding.finding);
    },
    targetOf(finding) {
      const ref = rowOf(finding);
      if (!ref) return null;
      if (finding.finding.indicator === 1) return ref.ind1Input;
      if (finding.finding.indicator === 2) return ref.ind2Input;
      return ref.textarea;
    },
  };
}

import { itemFieldControl } from '../alma/write-item-field';
import { isAlmaBusy } from '../dom/alma-page-state';
import { t } from '../../components/i18n';
import type { Validator } from '../../lib/validation/jobs';
import { recallBibRecord } from '../page-context/client';
import { applyItemFix, focusItemFinding } from './item-actions';
import type { LivePageAdapter } from './page-adapter';
import { readItem } from './read-item';
import type { LiveFinding } from './types';

/** The Physical Item Editor for the live panel: the item's fields are its "rows". */
export function itemAdapter(doc: Document, validator: Validator): LivePageAdapter {
  const controlOf = (finding: LiveFinding): Element | null =>
    finding.finding.itemField ? itemFieldControl(doc, finding.finding.itemField) : null;
  return {
    title: t('panel_titleItem'),
    hostName: 'alma-companion-item-checks',
    keyboardDocuments: [doc],
    isBusy: () => isAlmaBusy(doc),
    async read() {
      const pane = await readItem(doc, recallBibRecord, validator);
      return pane ? [pane.snapshot] : [];
    },
    canGoTo: (finding) => controlOf(finding) !== null,
    goTo: (finding) => focusItemFinding(doc, finding.finding),
    fix: (finding) => applyItemFix(doc, finding.finding),
    targetOf: controlOf,
  };
}

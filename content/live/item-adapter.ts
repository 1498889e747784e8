import { itemFieldControl } from '../alma/write-item-field';
import { t } from '../../components/i18n';
import { applyItemFix, focusItemFinding } from './item-actions';
import type { LivePageAdapter } from './page-adapter';
import type { LiveFinding } from './types';

/** The Physical Item Editor for the live panel: the item's fields are its "rows". */
export function itemAdapter(doc: Document): LivePageAdapter {
  const controlOf = (finding: LiveFinding): Element | null =>
    finding.finding.itemField ? itemFieldControl(doc, finding.finding.itemField) : null;
  return {
    title: t('panel_titleItem'),
    hostName: 'alma-companion-item-checks',
    canGoTo: (finding) => controlOf(finding) !== null,
    goTo: (finding) => focusItemFinding(doc, finding.finding),
    fix: (finding) => applyItemFix(doc, finding.finding),
    targetOf: controlOf,
  };
}

import type { ExtractedRecord } from '../alma/types';
import { t } from '../../components/i18n';
import type { PageReading } from '../page-reading';
import { applyGridFix, focusGridFinding } from './grid-actions';
import type { LivePageAdapter } from './page-adapter';
import { fieldRowOf } from './read-grid';
import type { LiveFinding } from './types';

/**
 * The Metadata Editor grid (bib or holdings, new or old editor, one or two panes) for the live panel: a
 * finding is looked up in the pane of the reading it was found in (the bib it shows is remembered for the
 * item editor by the OCLC feature's page/observe, background/page-memory.ts).
 */
export function gridAdapter(): LivePageAdapter {
  const extractedOf = (finding: LiveFinding, reading: PageReading): ExtractedRecord | undefined =>
    reading.records.find((extracted) => extracted.pane === finding.pane);
  const rowOf = (finding: LiveFinding, reading: PageReading) => {
    const extracted = extractedOf(finding, reading);
    return extracted ? fieldRowOf(extracted, finding.finding) : null;
  };

  return {
    title: t('panel_titleRecord'),
    hostName: 'alma-companion-findings',
    canGoTo: (finding, reading) => rowOf(finding, reading) !== null,
    goTo(finding, reading) {
      const extracted = extractedOf(finding, reading);
      return extracted ? focusGridFinding(extracted, finding.finding) : false;
    },
    fix(finding, reading) {
      const extracted = extractedOf(finding, reading);
      if (!extracted) throw new Error(t('action_recordGone'));
      return applyGridFix(extracted, finding.finding);
    },
    targetOf(finding, reading) {
      const ref = rowOf(finding, reading);
      if (!ref) return null;
      if (finding.finding.indicator === 1) return ref.ind1Input;
      if (finding.finding.indicator === 2) return ref.ind2Input;
      return ref.textarea;
    },
  };
}

import type { DocumentEntry, DocumentSearch } from '../../lib/documents';
import { t } from '../i18n';
import { DocumentFinder } from './DocumentFinder';
import { PageSummaryCard } from './PageSummaryCard';
import { WorklistCard } from './WorklistCard';
import type { PageSummaryState, WorklistState } from './page-summary-state';
import type { OutlineCopyState } from './PageDiagnosis';

export interface PopupViewProps {
  documents: readonly DocumentEntry[];
  search: DocumentSearch;
  page: PageSummaryState;
  worklist: WorklistState;
  outline: OutlineCopyState;
  onCopyOutline(): void;
  onOpenDocument(doc: DocumentEntry): void;
  onOpenWorklist(): void;
  onOpenOptions(): void;
  /** A problem with the settings (the defaults are used meanwhile). */
  settingsProblem?: string;
}

/** The toolbar popup: the document finder first (ready to type), then the tab's summary and the worklist. */
export function PopupView(props: PopupViewProps) {
  return (
    <main class="popup-page">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={props.onOpenOptions} data-testid="open-options">
          {t('popup_options')}
        </button>
      </header>
      {props.settingsProblem && (
        <p class="problem" role="alert">
          {props.settingsProblem}
        </p>
      )}
      <DocumentFinder documents={props.documents} search={props.search} onOpen={props.onOpenDocument} autoFocus />
      <PageSummaryCard state={props.page} outline={props.outline} onCopyOutline={props.onCopyOutline} />
      <WorklistCard state={props.worklist} onOpen={props.onOpenWorklist} />
    </main>
  );
}

import { t, tn } from '../i18n';
import type { WorklistState } from './page-summary-state';

/** The OCLC holdings worklist: how many changes wait, and the way to the worklist page. */
export function WorklistCard({ state, onOpen }: { state: WorklistState; onOpen(): void }) {
  return (
    <section class="card worklist" aria-labelledby="worklist-heading" data-testid="worklist">
      <h2 id="worklist-heading">{t('popup_worklistHeading')}</h2>
      <p data-testid="worklist-count" data-count={state.status === 'ready' ? state.pending : undefined}>
        {state.status === 'loading' && t('popup_counting')}
        {state.status === 'error' && <span class="problem">{t('popup_worklistUnreadable', state.message)}</span>}
        {state.status === 'ready' &&
          (state.pending === 0 ? t('popup_worklistEmpty') : tn('popup_worklistPending', state.pending))}
      </p>
      <button type="button" class="link-button" onClick={onOpen} data-testid="open-worklist">
        {t('popup_openWorklist')}
      </button>
    </section>
  );
}

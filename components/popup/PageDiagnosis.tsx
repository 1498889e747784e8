import type { SummaryFeature } from '../../lib/page-summary';
import { type MessageKey, t, tn } from '../i18n';
import { pageKindLabel } from '../page-status-view';

/** What the popup knows about copying the page outline. */
export type OutlineCopyState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'copied'; elements: number; frames: number }
  /** No frame of the tab answered (not an Alma page, or the extension does not run there). */
  | { status: 'none' }
  | { status: 'error'; message: string };

const STATE_TEXT: Record<Exclude<SummaryFeature['state'], 'other-pages'>, MessageKey> = {
  starting: 'popup_featureStarting',
  ran: 'popup_featureRan',
  'not-applicable': 'popup_featureNotApplicable',
  failed: 'popup_featureFailed',
};

function stateText(feature: SummaryFeature): string {
  if (feature.state === 'other-pages') {
    return t('popup_featureOtherPages', feature.pageKinds.map(pageKindLabel).join(', '));
  }
  return t(STATE_TEXT[feature.state]);
}

/** Which features run in the frame that answered, and why the others do not. */
export function FeatureList({ features }: { features: readonly SummaryFeature[] }) {
  if (features.length === 0) return null;
  return (
    <>
      <h3>{t('popup_featuresHeading')}</h3>
      <ul class="plain features" data-testid="page-features">
        {features.map((feature) => (
          <li key={feature.id} data-testid="page-feature" data-feature-id={feature.id} data-state={feature.state}>
            <span class="mono">{feature.id}</span> {stateText(feature)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Copy page outline": the click is the user gesture the clipboard needs; the outcome is announced. */
export function OutlineCopy({ state, onCopy }: { state: OutlineCopyState; onCopy(): void }) {
  return (
    <div class="outline-copy">
      <button
        type="button"
        class="link-button"
        onClick={onCopy}
        disabled={state.status === 'busy'}
        aria-describedby="outline-hint"
        data-testid="copy-outline"
      >
        {t('popup_copyOutline')}
      </button>
      <p id="outline-hint" class="muted">
        {t('popup_outlineHint')}
      </p>
      <p role="status" data-testid="outline-status" data-status={state.status}>
        {state.status === 'copied' && tn('popup_outlineCopied', state.elements, state.frames)}
        {state.status === 'none' && t('popup_outlineNone')}
        {state.status === 'error' && t('popup_outlineFailed', state.message)}
      </p>
    </div>
  );
}

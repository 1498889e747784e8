import type { PageKind } from './alma';
import type { SummaryFeature, SummaryFeatureState } from '../lib/page-summary';

/**
 * Which features run in a frame and why the others do not, for the popup's "This page": written by the feature
 * manager when it starts the features of a page state, read by the page-summary feature. Per document, so the
 * frames of a tab (each its own content script) never mix.
 */
interface Statuses {
  generation: number;
  features: SummaryFeature[];
}

const byDocument = new WeakMap<Document, Statuses>();
let generations = 0;

/** A new page state: every feature either starts ('starting') or is not for this page kind. Returns its generation. */
export function resetFeatureStatuses(
  doc: Document,
  features: ReadonlyArray<{ id: string; pageKinds: readonly PageKind[] }>,
  kind: PageKind,
): number {
  const generation = ++generations;
  byDocument.set(doc, {
    generation,
    features: features.map((feature) => ({
      id: feature.id,
      state: feature.pageKinds.includes(kind) ? 'starting' : 'other-pages',
      pageKinds: [...feature.pageKinds],
    })),
  });
  return generation;
}

/** How a started feature's init ended; ignored when the page has moved on to another state since. */
export function setFeatureState(doc: Document, generation: number, id: string, state: SummaryFeatureState): void {
  const statuses = byDocument.get(doc);
  if (!statuses || statuses.generation !== generation) return;
  const feature = statuses.features.find((candidate) => candidate.id === id);
  if (feature) feature.state = state;
}

/** The features of the frame's current page state, in start order (copies: plain data for a message). */
export function featureStatusesOf(doc: Document): SummaryFeature[] {
  return (byDocument.get(doc)?.features ?? []).map((feature) => ({ ...feature, pageKinds: [...feature.pageKinds] }));
}

import { queryFirst } from '../alma/query';
import { SELECTORS } from '../alma/selectors';
import type { PageKind } from '../alma/types';
import type { PageReader } from '../page-reader';
import { readPage, type PageReading, type ReadPageDeps } from '../page-reading';
import type { Finding } from '../../lib/rules/types';

/**
 * The error findings of what is being saved, from the page as it is at the moment of saving: the frame's
 * reading (a change not read yet is read first), validated once and shared with the findings panel. The new
 * editor's Save lives in its shell (wrapper) frame, whose reader sees no record: from there the grid frame
 * below it is read once, at the save.
 */
export async function errorsBeingSaved(
  doc: Document,
  kind: PageKind,
  reader: PageReader,
  deps: ReadPageDeps,
): Promise<Finding[]> {
  const reading = await reader.current();
  const saved = kind === 'mde-wrapper' ? await gridReadingBelow(doc, reading, deps) : reading;
  if (!saved) return [];
  const results = await Promise.all(saved.panes.map((pane) => pane.validate(saved.validation)));
  return results
    .flatMap(({ findings }) => findings.map((read) => read.finding))
    .filter((finding) => finding.severity === 'error');
}

async function gridReadingBelow(
  wrapperDoc: Document,
  wrapper: PageReading,
  deps: ReadPageDeps,
): Promise<PageReading | null> {
  const doc = gridDocumentBelow(wrapperDoc);
  if (!doc) return null;
  return readPage(doc, { kind: 'mde-bib', missing: [] }, wrapper, wrapper.revision, deps);
}

function gridDocumentBelow(doc: Document): Document | null {
  try {
    return queryFirst<HTMLIFrameElement>(doc, SELECTORS.yardsFrame)?.contentDocument ?? null;
  } catch {
    return null; // a cross-origin grid frame cannot be read; nothing to remind about
  }
}

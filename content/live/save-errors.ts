import { queryFirst } from '../alma/query';
import { SELECTORS } from '../alma/selectors';
import type { PageKind } from '../alma/types';
import type { Finding } from '../../lib/rules/types';
import type { ValidationSettings, Validator } from '../../lib/validation/jobs';
import { recallBibRecord } from '../page-context/client';
import { readGrid } from './read-grid';
import { readItem } from './read-item';
import type { PaneSnapshot } from './types';

/**
 * The error findings of what is being saved, read at the moment of saving (the page is read at once; the
 * engine answers a moment later). The new editor's Save lives in its shell (wrapper) frame, so from there
 * the records are read in the grid frame below it.
 */
export async function errorsBeingSaved(
  doc: Document,
  kind: PageKind,
  settings: ValidationSettings,
  validator: Validator,
): Promise<Finding[]> {
  const snapshots =
    kind === 'item-editor' ? await itemSnapshots(doc, validator) : gridSnapshots(gridDocumentOf(doc, kind), validator);
  const results = await Promise.all(snapshots.map((snapshot) => snapshot.validate(settings)));
  return results
    .flatMap(({ findings }) => findings.map((read) => read.finding))
    .filter((finding) => finding.severity === 'error');
}

function gridDocumentOf(doc: Document, kind: PageKind): Document | null {
  if (kind !== 'mde-wrapper') return doc;
  try {
    return queryFirst<HTMLIFrameElement>(doc, SELECTORS.yardsFrame)?.contentDocument ?? null;
  } catch {
    return null; // a cross-origin grid frame cannot be read; nothing to remind about
  }
}

function gridSnapshots(doc: Document | null, validator: Validator): PaneSnapshot[] {
  return doc ? readGrid(doc, validator).map(({ snapshot }) => snapshot) : [];
}

async function itemSnapshots(doc: Document, validator: Validator): Promise<PaneSnapshot[]> {
  const pane = await readItem(doc, recallBibRecord, validator);
  return pane ? [pane.snapshot] : [];
}

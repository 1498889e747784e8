import { queryFirst } from '../alma/query';
import { SELECTORS } from '../alma/selectors';
import type { PageKind } from '../alma/types';
import type { ValidateOptions } from '../rules/engine';
import type { Finding } from '../rules/types';
import { recallBib } from './bib-memory';
import { readGrid } from './read-grid';
import { readItem } from './read-item';

/**
 * The error findings of what is being saved, read fresh at the moment of saving. The new editor's Save
 * lives in its shell (wrapper) frame, so from there the records are read in the grid frame below it.
 */
export function errorsBeingSaved(doc: Document, kind: PageKind, options: ValidateOptions): Finding[] {
  const findings = kind === 'item-editor' ? itemFindings(doc, options) : gridFindings(gridDocumentOf(doc, kind), options);
  return findings.filter((finding) => finding.severity === 'error');
}

function gridDocumentOf(doc: Document, kind: PageKind): Document | null {
  if (kind !== 'mde-wrapper') return doc;
  try {
    return queryFirst<HTMLIFrameElement>(doc, SELECTORS.yardsFrame)?.contentDocument ?? null;
  } catch {
    return null; // a cross-origin grid frame cannot be read; nothing to remind about
  }
}

function gridFindings(doc: Document | null, options: ValidateOptions): Finding[] {
  if (!doc) return [];
  return readGrid(doc).flatMap(({ snapshot }) => snapshot.validate(options).map((read) => read.finding));
}

function itemFindings(doc: Document, options: ValidateOptions): Finding[] {
  const storage = doc.defaultView?.sessionStorage;
  const pane = readItem(doc, (mmsId) => (storage ? recallBib(storage, mmsId) : undefined));
  return pane ? pane.snapshot.validate(options).map((read) => read.finding) : [];
}

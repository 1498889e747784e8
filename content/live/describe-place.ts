import type { Finding } from '../../lib/rules/types';
import { ITEM_FIELD_LABELS } from './item-field-labels';

/**
 * Where a finding is, the way catalogers say it: "245 $c (occurrence 2)", "LDR/05", "008/18-21",
 * "100 indicator 2", "Description", "Whole record". Occurrences are 1-based for people.
 */
export function describePlace(finding: Finding): string {
  if (finding.itemField) return ITEM_FIELD_LABELS[finding.itemField];
  const { tag } = finding;
  if (tag === undefined) return 'Whole record';
  let place = tag;
  if (finding.position) {
    const [start, end] = finding.position;
    const pad = (n: number): string => String(n).padStart(2, '0');
    place += end - start > 1 ? `/${pad(start)}-${pad(end - 1)}` : `/${pad(start)}`;
  }
  if (finding.indicator) place += ` indicator ${finding.indicator}`;
  if (finding.code !== undefined) place += ` $${finding.code}`;
  if (finding.occurrence !== undefined && tag !== 'LDR') place += ` (occurrence ${finding.occurrence + 1})`;
  return place;
}

/** A link text that says where the link goes (screen readers list links out of context). */
export function describeSource(url: string, finding: Finding): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return 'Source of this check';
  }
  const subject = finding.tag ?? (finding.itemField ? ITEM_FIELD_LABELS[finding.itemField] : 'this check');
  if (host.endsWith('loc.gov')) return `MARC 21 documentation: ${subject}`;
  if (host.endsWith('oclc.org')) return `OCLC documentation: ${subject}`;
  return `Procedure: ${subject}`;
}

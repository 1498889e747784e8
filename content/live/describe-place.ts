import type { Finding } from '../../lib/rules/types';
import { t } from '../../components/i18n';
import { itemFieldLabel } from './item-field-labels';

/**
 * Where a finding is, the way catalogers say it: "245 $c (occurrence 2)", "LDR/05", "008/18-21",
 * "100 indicator 2", "Description", "Whole record". Occurrences are 1-based for people.
 */
export function describePlace(finding: Finding): string {
  if (finding.itemField) return itemFieldLabel(finding.itemField);
  const { tag } = finding;
  if (tag === undefined) return t('place_wholeRecord');
  let place = tag;
  if (finding.position) {
    const [start, end] = finding.position;
    const pad = (n: number): string => String(n).padStart(2, '0');
    place += end - start > 1 ? `/${pad(start)}-${pad(end - 1)}` : `/${pad(start)}`;
  }
  if (finding.indicator) place = t('place_indicator', place, finding.indicator);
  if (finding.code !== undefined) place += ` $${finding.code}`;
  if (finding.occurrence !== undefined && tag !== 'LDR') place = t('place_occurrence', place, finding.occurrence + 1);
  return place;
}

/** A link text that says where the link goes (screen readers list links out of context). */
export function describeSource(url: string, finding: Finding): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return t('source_unknown');
  }
  const subject = finding.tag ?? (finding.itemField ? itemFieldLabel(finding.itemField) : t('source_thisCheck'));
  if (host.endsWith('loc.gov')) return t('source_marc21', subject);
  if (host.endsWith('oclc.org')) return t('source_oclc', subject);
  return t('source_procedure', subject);
}

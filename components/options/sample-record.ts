import { formatAlmaSubfields, parseAlmaSubfields } from '../../lib/marc/alma-text';
import { isDataField, type Field, type MarcRecord } from '../../lib/marc/types';
import { t } from '../i18n';

/**
 * The sample record beside the custom-rule form, written as the Metadata Editor shows a record:
 * one field a line, `TAG I1I2 $$a value $$b value`, `#` for a blank indicator, control fields as `TAG value`.
 */
export const DEFAULT_SAMPLE_RECORD = [
  'LDR 00000nam a2200000 i 4500',
  '001 991234567890106532',
  '008 230615s2023    cau           000 0 eng d',
  '020 ## $$a 9780520398887',
  '035 ## $$a (OCoLC)1371234567',
  '040 ## $$a CUY $$b eng $$e rda $$c CUY',
  '100 1# $$a Ortega, Ana, $$e author.',
  // i18n-exempt: record data, as a cataloger would type it
  '245 10 $$a Cataloging in practice : $$b a field guide / $$c Ana Ortega.',
  '264 #1 $$a Oakland, California : $$b University of California Press, $$c [2023]',
  '300 ## $$a xii, 310 pages ; $$c 23 cm',
  // i18n-exempt: record data, as a cataloger would type it
  '500 ## $$a Dublette: see the other copy.',
  '650 #0 $$a Cataloging $$v Handbooks, manuals, etc.',
].join('\n');

export interface SampleParse {
  record: MarcRecord;
  /** Lines that could not be read, with the line number (1-based) and what is wrong. */
  problems: string[];
}

const LEADER = /^(LDR|000)\s/i;
const blankFromAlma = (char: string): string => (char === '#' || char === '_' || char === '' ? ' ' : char);

/** Reads the sample text into a record; unreadable lines are reported and skipped, never thrown. */
export function parseSampleRecord(text: string): SampleParse {
  let leader = '00000nam a2200000 i 4500';
  const fields: Field[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    if (LEADER.test(line)) {
      leader = line.slice(4).padEnd(24, ' ').slice(0, 24);
      return;
    }
    const tag = line.slice(0, 3);
    if (!/^[0-9A-Za-z]{3}$/.test(tag) || (line.length > 3 && line[3] !== ' ')) {
      problems.push(t('sample_noTag', lineNumber, '245 10 $$a Title'));
      return;
    }
    if (tag.startsWith('00')) {
      fields.push({ tag, value: line.slice(4) });
      return;
    }
    const indicators = line.slice(4, 6);
    const body = line.slice(6).trimStart();
    const parsed = parseAlmaSubfields(body, tag);
    if (parsed.subfields.length === 0) {
      problems.push(t('sample_noSubfields', lineNumber, tag, `${tag} #0 $$a …`));
      return;
    }
    fields.push({
      tag,
      ind1: blankFromAlma(indicators.charAt(0)),
      ind2: blankFromAlma(indicators.charAt(1)),
      subfields: parsed.subfields,
    });
  });
  return { record: { leader, fields }, problems };
}

/** One field as a line of the sample (for showing which field a finding points at). */
export function formatSampleField(field: Field): string {
  if (!isDataField(field)) return `${field.tag} ${field.value}`;
  const ind = (value: string): string => (value === ' ' ? '#' : value);
  return `${field.tag} ${ind(field.ind1)}${ind(field.ind2)} ${formatAlmaSubfields(field.subfields)}`;
}

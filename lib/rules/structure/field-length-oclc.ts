import type { Finding, Rule } from '../types';
import { labelParams } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { fieldCharacters, fieldUnits } from './field-size';
import { LONG_FIELD, fieldScan } from './field-scan';

export const OCLC_VALIDATION_URL =
  'https://help.oclc.org/Metadata_Services/Connexion/Connexion_client/Cataloging/Edit_bibliographic_records/Validate_bibliographic_records_online_or_offline/Bibliographic_record_validation_errors';
const OCLC_FIELD_LIMIT = 9999;

/** OCLC rejects fields longer than 9,999 characters. */
export const fieldLengthOclcRule: Rule = {
  id: 'field-length-oclc',
  title: 'Fields fit OCLC’s 9,999-character limit',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'oclc',
  profiles: ['all', 'oclc'],
  rationale:
    'OCLC validation fails on a field longer than 9,999 characters, so the record cannot be exported to WorldCat.',
  source: OCLC_VALIDATION_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & LONG_FIELD) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & LONG_FIELD) === 0) continue;
      const field = fields[i]!;
      if (fieldUnits(field) <= OCLC_FIELD_LIMIT) continue;
      const characters = fieldCharacters(field);
      if (characters <= OCLC_FIELD_LIMIT) continue;
      const occurrence = ctx.index.occurrenceOf(i);
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag: field.tag,
        occurrence,
        ...findingText(
          ruleText(
            'field-length-oclc.too-long',
            withParams(labelParams(ctx.index, field.tag, occurrence), { characters, limit: OCLC_FIELD_LIMIT }),
          ),
        ),
      });
    }
    return findings;
  },
};

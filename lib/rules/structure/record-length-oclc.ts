import type { Rule } from '../types';
import { fieldCharacters } from './field-size';
import { fieldScan } from './field-scan';
import { OCLC_VALIDATION_URL } from './field-length-oclc';
import { findingText, ruleText } from '../messages';

const OCLC_RECORD_LIMIT = 99999;
const LEADER_AND_TERMINATOR = 25;
const DIRECTORY_ENTRY = 12;

/** OCLC rejects records longer than 99,999 characters (leader, directory and fields). */
export const recordLengthOclcRule: Rule = {
  id: 'record-length-oclc',
  title: 'Record fits OCLC’s 99,999-character limit',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'oclc',
  profiles: ['all', 'oclc'],
  rationale: 'OCLC validation fails on records over 99,999 characters (also the largest record ISO 2709 can describe).',
  source: OCLC_VALIDATION_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const upperBound = LEADER_AND_TERMINATOR + DIRECTORY_ENTRY * fields.length + fieldScan(ctx).units;
    if (upperBound <= OCLC_RECORD_LIMIT) return [];
    let characters = LEADER_AND_TERMINATOR;
    for (const field of fields) characters += DIRECTORY_ENTRY + fieldCharacters(field);
    if (characters <= OCLC_RECORD_LIMIT) return [];
    return [
      {
        ruleId: this.id,
        severity: this.defaultSeverity,
        ...findingText(ruleText('record-length-oclc.too-long', { characters, limit: OCLC_RECORD_LIMIT })),
      },
    ];
  },
};

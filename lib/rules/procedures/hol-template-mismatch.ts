import { controlNumberOf } from '../../procedures/context';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { isControlField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** 008 of every UCB holdings template; positions 00-05 (date entered) are filled by Alma. */
const TEMPLATE_008 = '      0u    0   4001uu   0000000';
const TEMPLATE_TYPES = 'xvy';

/**
 * R-HOL-4 [INFERRED]: a new holdings record whose leader/06 or 008 differs from the templates was
 * probably not started from one. Only new records are checked: existing 008s legitimately change.
 */
export const holTemplateMismatch: Rule = {
  id: 'hol-template-mismatch',
  title: 'New holdings not from a template',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'The shared templates (Single-part, Multipart, Serial) carry the coding the institution expects.',
  source: PROCEDURE_URLS.holdingsRecords,
  inferred: true,
  check(ctx) {
    const record = ctx.record;
    if (!record) return [];
    const isNew = ctx.recordStatus?.isNew ?? controlNumberOf(record) === undefined;
    if (!isNew) return [];
    const findings: Finding[] = [];
    const type = record.leader.charAt(6);
    if (!TEMPLATE_TYPES.includes(type || '-')) {
      findings.push(
        recordFinding(holTemplateMismatch, ruleText('hol-template-mismatch.leader-06', { type: type || ' ' }), {
          tag: 'LDR',
          position: [6, 7],
        }),
      );
    }
    const entry = ctx.index.byTag('008')[0];
    if (entry && isControlField(entry.field)) {
      const differing: string[] = [];
      for (let position = 6; position < TEMPLATE_008.length; position++) {
        if (entry.field.value.charAt(position) !== TEMPLATE_008.charAt(position))
          differing.push(String(position).padStart(2, '0'));
      }
      if (differing.length > 0) {
        findings.push(
          recordFinding(
            holTemplateMismatch,
            ruleText(
              differing.length > 1 ? 'hol-template-mismatch.008-positions' : 'hol-template-mismatch.008-position',
              {
                positions: `${differing.slice(0, 6).join(', ')}${differing.length > 6 ? ', ...' : ''}`,
                template: TEMPLATE_008.slice(6).replace(/ /g, '#'),
              },
            ),
            { tag: '008', occurrence: 0, fieldIndex: entry.fieldIndex },
          ),
        );
      }
    }
    return findings;
  },
};

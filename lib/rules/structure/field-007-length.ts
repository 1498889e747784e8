import { field007Layout } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { labelParams, showValue } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { SOURCES, controlFieldsTagged, formatOf } from './fixed-fields';

/** 007's length depends on its category of material (007/00): a map is 8 characters, a sound recording 14, … */
export const field007LengthRule: Rule = {
  id: 'field-007-length',
  title: '007 has the length of its category of material',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Each 007 category has a fixed number of positions; a wrong length means codes were lost or shifted.',
  source: SOURCES['007'].bib,
  check(ctx) {
    const format = formatOf(ctx);
    if (!format || !ctx.record) return [];
    const findings: Finding[] = [];
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '007')) {
      const layout = field007Layout(field.value.charAt(0));
      if (!layout) continue; // empty or undefined category: other rules report it
      const length = field.value.length;
      if (length >= layout.minLength && length <= layout.maxLength) continue;
      const exact = layout.minLength === layout.maxLength;
      const side = length < layout.minLength ? 'short' : 'long';
      findings.push(
        Object.assign(
          findingText(
            ruleText(
              `field-007-length.${side}-${exact ? 'exact' : 'range'}`,
              withParams(labelParams(ctx.index, '007', occurrence), {
                length,
                value: showValue(field.value),
                name: layout.name,
                min: layout.minLength,
                max: layout.maxLength,
              }),
            ),
          ),
          {
            ruleId: this.id,
            severity: this.defaultSeverity,
            tag: '007',
            occurrence,
            fieldIndex,
            source: SOURCES['007'][format],
          },
        ),
      );
    }
    return findings;
  },
};

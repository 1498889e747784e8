import type { DataField } from '../../marc/types';
import type { Edit, Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { subfieldIndexOf, withIndicator } from '../shared/subfields';
import { looksLikeDewey, looksLikeLcClass, looksLikeNlmClass } from '../shared/lc-class';
import { dataFieldsWithLinked } from '../shared/linkage';
import type { DataFieldEntry } from '../shared/field-entry';
import { type RuleMessageId, ruleText, withParams } from '../messages';

/**
 * 852 first indicator names the shelving scheme of $h: 0 LC, 1 Dewey, 2 NLM, 7 "source in $2".
 * An LC-looking $h under any other indicator is the procedure rule hol-852-indicator-lc's case; this
 * rule covers the rest, so the two never report the same field: indicator 0/1/2 with a $h of another
 * shape, and indicator 7 without $2 (or $2 without 7).
 */
export const callNumberScheme852: Rule = {
  id: 'call-number-scheme-852',
  title: '852 first indicator matches the call number in $h',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Alma sorts and browses call numbers by the scheme in 852 indicator 1; a wrong scheme misfiles the item in shelf lists.',
  source: 'https://www.loc.gov/marc/holdings/hd852.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '852')) checkField(entry, findings);
    return findings;
  },
};

function checkField(entry: DataFieldEntry, findings: Finding[]): void {
  const field = entry.field;
  const sourceIndex = subfieldIndexOf(field, '2');
  if (field.ind1 === '7' && sourceIndex < 0) {
    findings.push(
      fieldFinding(
        callNumberScheme852,
        entry,
        ruleText('call-number-scheme-852.no-2', placeParams('852', entry.occurrence)),
        { indicator: 1 },
      ),
    );
  } else if (field.ind1 !== '7' && sourceIndex >= 0) {
    const fix: Edit | undefined =
      field.ind1 === ' ' || field.ind1 === '8'
        ? {
            type: 'replace-field',
            fieldIndex: entry.fieldIndex,
            field: withIndicator(field, 1, '7'),
            description: 'Set 852 indicator 1 to 7 (scheme named in $2)',
            safe: false,
          }
        : undefined;
    findings.push(
      fieldFinding(
        callNumberScheme852,
        entry,
        ruleText(
          'call-number-scheme-852.2-without-7',
          withParams(placeParams('852', entry.occurrence), {
            ind1: field.ind1,
            source: field.subfields[sourceIndex]!.value,
          }),
        ),
        {
          indicator: 1,
          code: '2',
          subfieldIndex: sourceIndex,
          ...(fix ? { fix } : {}),
        },
      ),
    );
  }
  const classIndex = subfieldIndexOf(field, 'h');
  if (classIndex < 0) return;
  const classPart = field.subfields[classIndex]!.value.trim();
  if (classPart === '' || looksLikeLcClass(classPart)) return; // LC shape: hol-852-indicator-lc
  const expected = SCHEMES[field.ind1];
  if (!expected || expected.matches(classPart)) return;
  const better = suggestedIndicator(classPart);
  findings.push(
    fieldFinding(
      callNumberScheme852,
      entry,
      ruleText(
        MISMATCH_MESSAGES[`${field.ind1}-${better?.indicator ?? 'none'}`]!,
        withParams(placeParams('852', entry.occurrence), { value: quoted(classPart) }),
      ),
      {
        indicator: 1,
        code: 'h',
        subfieldIndex: classIndex,
        ...(better ? { fix: fixTo(entry, field, better.indicator, better.name) } : {}),
      },
    ),
  );
}

const SCHEMES: Readonly<Record<string, { name: string; matches: (value: string) => boolean }>> = {
  '0': { name: 'Library of Congress', matches: looksLikeLcClass },
  '1': { name: 'Dewey Decimal', matches: looksLikeDewey },
  '2': { name: 'National Library of Medicine', matches: looksLikeNlmClass },
};

/**
 * By indicator 1 and the indicator $h suggests instead ("none": no scheme recognised). The scheme names are
 * words of each language, so each pair has its own message.
 */
const MISMATCH_MESSAGES: Readonly<Record<string, RuleMessageId>> = {
  '0-2': 'call-number-scheme-852.lc-looks-nlm',
  '0-1': 'call-number-scheme-852.lc-looks-dewey',
  '0-none': 'call-number-scheme-852.lc-unknown',
  '1-2': 'call-number-scheme-852.dewey-looks-nlm',
  '1-none': 'call-number-scheme-852.dewey-unknown',
  '2-1': 'call-number-scheme-852.nlm-looks-dewey',
  '2-none': 'call-number-scheme-852.nlm-unknown',
};

function suggestedIndicator(classPart: string): { indicator: string; name: string } | null {
  if (looksLikeNlmClass(classPart)) return { indicator: '2', name: 'National Library of Medicine' };
  if (looksLikeDewey(classPart)) return { indicator: '1', name: 'Dewey Decimal' };
  return null;
}

function fixTo(entry: DataFieldEntry, field: DataField, indicator: string, name: string): Edit {
  return {
    type: 'replace-field',
    fieldIndex: entry.fieldIndex,
    field: withIndicator(field, 1, indicator),
    description: `Set 852 indicator 1 to ${indicator} (${name})`,
    safe: false,
  };
}

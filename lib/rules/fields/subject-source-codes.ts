import type { Finding, Rule } from '../types';
import {
  codeListDates,
  genreSourceCodes,
  obsoleteGenreSourceCodes,
  obsoleteSubjectSourceCodes,
  subjectSourceCodes as subjectSources,
} from '../../marc21/codelists';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText, withParams } from '../messages';
import { withSubfieldValue } from '../shared/subfields';
import {
  INDICATOR_FOR_SOURCE,
  SUBJECT_TAGS_WITH_SOURCE,
  sourceCode,
  withIndicatorInsteadOfSource,
} from '../shared/subject-sources';

/** Punctuation keyed after a code by habit ("gsafd."): removing it is safe when the rest is a valid code. */
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

/**
 * $2 of a subject (600-651) or genre/form (655) field with indicator 2 = 7 must be in the matching
 * Source Codes list (MARC::Lintadditions: "Check subfield 2 code"). Edition or language qualifiers
 * after "/" are ignored ("rvm/fre" → "rvm").
 */
export const subjectSourceCodes: Rule = {
  id: 'subject-source-codes',
  title: 'Subject and genre source codes ($2) are valid',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Discovery layers and authority control group headings by $2; a misspelt source code orphans the heading.',
  source: 'https://www.loc.gov/standards/sourcelist/subject.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const tag of SUBJECT_TAGS_WITH_SOURCE) {
      const genre = tag === '655';
      const valid = genre ? genreSourceCodes : subjectSources;
      const obsolete = genre ? obsoleteGenreSourceCodes : obsoleteSubjectSourceCodes;
      for (const entry of dataFieldsWithLinked(ctx, tag)) {
        if (entry.field.ind2 !== '7') continue;
        const subfields = entry.field.subfields;
        for (let i = 0; i < subfields.length; i++) {
          if (subfields[i]!.code !== '2') continue;
          const value = subfields[i]!.value;
          const code = sourceCode(value);
          // The list still carries lcsh, mesh ... (valid and obsolete): they belong in indicator 2.
          const ownIndicator = INDICATOR_FOR_SOURCE[code];
          if (ownIndicator === undefined && valid.has(code)) continue;
          const place = placeParams(entry.field.tag, entry.occurrence, '2');
          const trimmed = value.replace(TRAILING_PUNCTUATION, '');
          if (ownIndicator === undefined && trimmed !== value && valid.has(sourceCode(trimmed))) {
            findings.push(
              fieldFinding(
                subjectSourceCodes,
                entry,
                ruleText('subject-source-codes.punctuation', withParams(place, { value, trimmed })),
                {
                  code: '2',
                  subfieldIndex: i,
                  fix: {
                    type: 'replace-field',
                    fieldIndex: entry.fieldIndex,
                    field: withSubfieldValue(entry.field, i, trimmed),
                    description: `Write $2 as "${trimmed}"`,
                    safe: true,
                  },
                },
              ),
            );
            continue;
          }
          const discontinued = ownIndicator === undefined && obsolete.has(code);
          const unknown = ownIndicator === undefined && !discontinued;
          const asOf = codeListDates[genre ? 'genre-sources' : 'subject-sources'];
          const message =
            ownIndicator !== undefined
              ? ruleText(
                  'subject-source-codes.own-indicator',
                  withParams(place, { source: code, indicator: ownIndicator }),
                )
              : discontinued
                ? ruleText(
                    genre ? 'subject-source-codes.obsolete-genre' : 'subject-source-codes.obsolete',
                    withParams(place, { source: code }),
                  )
                : ruleText(
                    genre ? 'subject-source-codes.unknown-genre' : 'subject-source-codes.unknown',
                    withParams(place, { value, date: asOf }),
                  );
          findings.push(
            fieldFinding(subjectSourceCodes, entry, message, {
              // A code the list does not know may be newer than the list: information, not a warning.
              ...(unknown ? { severity: 'info' as const } : {}),
              code: '2',
              subfieldIndex: i,
              ...(ownIndicator !== undefined
                ? {
                    fix: {
                      type: 'replace-field' as const,
                      fieldIndex: entry.fieldIndex,
                      field: withIndicatorInsteadOfSource(entry.field, ownIndicator),
                      description: `Set indicator 2 of ${entry.field.tag} to ${ownIndicator} (${code}) and remove $2`,
                      safe: value === code,
                    },
                  }
                : {}),
            }),
          );
        }
      }
    }
    return findings;
  },
};

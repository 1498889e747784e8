import type { Finding, Rule } from '../types';
import { codeListDates, countryCodes, obsoleteCountryCodes } from '../../marc21/codelists';
import { isDataField } from '../../marc/types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { ruleText, withParams } from '../messages';

/**
 * 044 $a (country of publishing/producing entity) takes codes from the MARC Code List for Countries,
 * and its first $a repeats the code in 008/15-17.
 */
export const countryCodes044: Rule = {
  id: 'country-codes-044',
  title: 'Country codes (044) are valid and agree with 008/15-17',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Unknown country codes drop out of country limits; 044 and 008 disagreeing means one of them is wrong.',
  source: 'https://www.loc.gov/marc/bibliographic/bd044.html',
  check(ctx) {
    const findings: Finding[] = [];
    const fixed = ctx.index.byTag('008')[0]?.field;
    const fixedCode = fixed && !isDataField(fixed) && fixed.value.length >= 18 ? fixed.value.slice(15, 18) : null;
    for (const entry of dataFieldsWithLinked(ctx, '044')) {
      const subfields = entry.field.subfields;
      let first = true;
      for (let i = 0; i < subfields.length; i++) {
        const { code, value } = subfields[i]!;
        if (code !== 'a') continue;
        const padded = value.length === 2 ? `${value} ` : value;
        const place = placeParams(entry.field.tag, entry.occurrence, 'a');
        if (!countryCodes.has(padded)) {
          const message = obsoleteCountryCodes.has(padded)
            ? ruleText('country-codes-044.obsolete', withParams(place, { value }))
            : ruleText(
                'country-codes-044.unknown',
                withParams(place, { value: quoted(value), date: codeListDates.countries }),
              );
          findings.push(fieldFinding(countryCodes044, entry, message, { code: 'a', subfieldIndex: i }));
        } else if (
          first &&
          entry.occurrence === 0 &&
          entry.field.tag === '044' &&
          fixedCode !== null &&
          countryCodes.has(fixedCode) &&
          fixedCode !== padded
        ) {
          findings.push(
            fieldFinding(
              countryCodes044,
              entry,
              ruleText('country-codes-044.differs', withParams(place, { value, fixed: fixedCode.trim() })),
              { code: 'a', subfieldIndex: i },
            ),
          );
        }
        first = false;
      }
    }
    return findings;
  },
};

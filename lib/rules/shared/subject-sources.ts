import type { DataField } from '../../marc/types';

/** 6XX fields whose second indicator names the thesaurus, with 7 meaning "source in $2". */
export const SUBJECT_TAGS_WITH_SOURCE = ['600', '610', '611', '630', '647', '648', '650', '651', '655'] as const;

/**
 * Thesauri that have their own second-indicator value and must not be given in $2
 * (https://www.loc.gov/marc/bibliographic/bd650.html, second indicator).
 */
export const INDICATOR_FOR_SOURCE: Readonly<Record<string, string>> = {
  lcsh: '0',
  lcshac: '1',
  mesh: '2',
  nal: '3',
  cash: '5',
  rvm: '6',
};

/** The source code without edition or language qualifiers: "rvm/fre" → "rvm" (as MARC::Lintadditions does). */
export function sourceCode(value: string): string {
  const slash = value.indexOf('/');
  return slash < 0 ? value : value.slice(0, slash);
}

/** A copy of the field with $2 removed and indicator 2 set (for thesauri with their own indicator value). */
export function withIndicatorInsteadOfSource(field: DataField, indicatorValue: string): DataField {
  return {
    tag: field.tag,
    ind1: field.ind1,
    ind2: indicatorValue,
    subfields: field.subfields
      .filter((subfield) => subfield.code !== '2')
      .map((subfield) => ({ code: subfield.code, value: subfield.value })),
  };
}

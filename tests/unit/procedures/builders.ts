import type { CodedValue, ItemRecord } from '../../../content/alma/types';
import type { DataField, Field, MarcRecord } from '../../../lib/marc/types';
import type { ItemListRow, PageContext } from '../../../lib/procedures/context';
import { buildRecordIndex } from '../../../lib/rules/record-index';
import type { RuleContext } from '../../../lib/rules/types';
import type { InstitutionProfile } from '../../../lib/settings/profile';
import { GENERIC_PROFILE } from '../../../lib/settings/profile';

/**
 * Test builders shared by the procedures, rules, OCLC and database tests.
 * Records are written one field per line: `245 10 $a Title / $c Author.`; `#` is a blank indicator.
 */

/** The UC Berkeley parameters these tests rely on (mirrors lib/settings/presets.ts plus the procedure options). */
export const BERKELEY: InstitutionProfile = {
  ...GENERIC_PROFILE,
  name: 'UC Berkeley',
  oclcSymbol: 'CUY',
  libraryCodes: ['MAIN', 'NRLF'],
  locationCodes: ['zw', 'mazw', 'nzw'],
  withdrawnLocationPattern: '^[a-z]{0,2}zw$',
  mvmDescriptionPattern: '^v\\.\\d+',
  izOnlyMmsIdSuffix: '6532',
  depositWorkOrderPattern: 'NRLF',
  briefBibBarcodePrefix: 'ucb---',
};

export const MONOGRAPH_LEADER = '00000cam a2200000 a 4500';
export const SERIAL_LEADER = '00000cas a2200000 a 4500';
export const HOLDINGS_LEADER = '     nx  a22     un 4500';

export function marc(lines: string[], leader = MONOGRAPH_LEADER): MarcRecord {
  return { leader, fields: lines.map(parseField) };
}

function parseField(line: string): Field {
  const tag = line.slice(0, 3);
  if (tag.startsWith('00')) return { tag, value: line.slice(4) };
  const blank = (c: string | undefined) => (c === undefined || c === '#' ? ' ' : c);
  const field: DataField = { tag, ind1: blank(line[4]), ind2: blank(line[5]), subfields: [] };
  for (const part of line.slice(7).split('$').slice(1)) {
    field.subfields.push({ code: part.charAt(0), value: part.slice(1).trim() });
  }
  return field;
}

export function coded(code: string, label = code): CodedValue {
  return { code, label };
}

export function item(overrides: Partial<ItemRecord> = {}): ItemRecord {
  return {
    barcode: '',
    copyId: '1',
    description: '',
    enumerationA: '',
    enumerationB: '',
    chronologyI: '',
    chronologyJ: '',
    materialType: coded('BOOK', 'Book'),
    itemPolicy: coded('01', 'Regular loan'),
    permanentLocation: coded('mstk', 'Main Stacks'),
    temporaryLocation: coded(''),
    inTemporaryLocation: false,
    processType: coded(''),
    publicNote: '',
    fulfillmentNote: '',
    internalNotes: [],
    mmsId: null,
    itemId: null,
    ...overrides,
  };
}

export function row(overrides: Partial<ItemListRow> & { barcode: string }): ItemListRow {
  return { itemId: null, libraryCode: 'MAIN', locationCode: 'mstk', ...overrides };
}

export function page(overrides: Partial<PageContext> & Pick<PageContext, 'kind'>): PageContext {
  return { profile: BERKELEY, ...overrides };
}

export function ruleContext(
  kind: RuleContext['kind'],
  parts: Partial<Omit<RuleContext, 'kind' | 'index'>> = {},
): RuleContext {
  return {
    kind,
    profile: BERKELEY,
    options: { allowLocalTags: true },
    ...parts,
    index: buildRecordIndex(parts.record),
  };
}

/** A bib describing a three-volume set. */
export const MVM_BIB = marc([
  '001 991000000019706532',
  '035 ## $a (OCoLC)ocm00012345',
  '245 10 $a Collected works / $c A. Author.',
  '300 ## $a 3 v. ; $c 24 cm.',
]);

/** A single-volume monograph. */
export const SINGLE_BIB = marc([
  '001 991000000029706531',
  '035 ## $a (OCoLC)987654321',
  '050 #4 $a PS3545.I345 $b Z5 1990',
  '245 10 $a One book / $c A. Author.',
  '300 ## $a xii, 240 p. ; $c 22 cm.',
]);

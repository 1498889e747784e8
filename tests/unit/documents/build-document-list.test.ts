import { describe, expect, it } from 'vitest';
import {
  buildDocumentList,
  DOCUMENT_SECTIONS,
  STAFF_PAGE_ENTRIES,
  type ProcedureDocument,
} from '../../../lib/documents';
import { GENERIC_PROFILE, UC_BERKELEY_PROFILE } from '../../../lib/settings';
import type { CustomDocument } from '../../../lib/settings';

const procedures: ProcedureDocument[] = [
  {
    id: 'withdrawal',
    title: 'Withdraw items',
    summary: 'S',
    roles: ['PIO Extended'],
    tags: ['withdrawal'],
    url: 'https://example.edu/w',
  },
  { id: 'not-in-keyword-map', title: 'Other', summary: 'S', roles: [], tags: ['t'], url: 'https://example.edu/o' },
];
const custom: CustomDocument[] = [
  {
    id: 'binding',
    title: 'Binding',
    summary: 'Our bindery',
    url: 'https://intranet.example.edu/b',
    roles: ['Cataloger'],
    keywords: ['bindery'],
  },
];

describe('buildDocumentList', () => {
  it('lists staff-page sections, then procedures by id, then custom documents, in section order', () => {
    const list = buildDocumentList({ procedures, profile: UC_BERKELEY_PROFILE, customDocuments: custom });
    const order = DOCUMENT_SECTIONS.map((section) => section.id);
    const positions = list.map((entry) => order.indexOf(entry.section));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(list.filter((e) => e.section !== 'procedures' && e.section !== 'custom')).toHaveLength(
      STAFF_PAGE_ENTRIES.length,
    );
    const withdrawal = list.find((e) => e.procedureId === 'withdrawal');
    expect(withdrawal).toMatchObject({
      id: 'procedure/withdrawal',
      section: 'procedures',
      url: 'https://example.edu/w',
      roles: ['PIO Extended'],
    });
    // Its catalog tags plus the curated search words.
    expect(withdrawal?.keywords).toEqual(expect.arrayContaining(['withdrawal', 'withdraw', 'discard']));
    expect(list.find((e) => e.procedureId === 'not-in-keyword-map')?.keywords).toEqual(['t']);
    expect(list.at(-1)).toMatchObject({ id: 'custom/binding', section: 'custom', keywords: ['bindery'] });
  });

  it('shows the Berkeley staff-page sections only for a Berkeley documentation base, unless told otherwise', () => {
    const otherBase = { ...GENERIC_PROFILE, documentationBaseUrl: 'https://intranet.example.edu/cataloging' };
    const other = buildDocumentList({ procedures, profile: otherBase, customDocuments: custom });
    expect(other.map((e) => e.section)).toEqual(['procedures', 'procedures', 'custom']);
    const forced = buildDocumentList({ procedures, profile: otherBase, customDocuments: [], includeStaffPage: true });
    expect(forced).toHaveLength(STAFF_PAGE_ENTRIES.length + 2);
    // `www.` and a trailing slash do not make it another site.
    const berkeleyVariant = {
      ...UC_BERKELEY_PROFILE,
      documentationBaseUrl: 'https://lib.berkeley.edu/Staff/staff-docs/sils/resource-management/',
    };
    expect(buildDocumentList({ procedures, profile: berkeleyVariant, customDocuments: [] }).length).toBe(
      STAFF_PAGE_ENTRIES.length + 2,
    );
  });

  it('returns copies: changing the list does not change the shared entries', () => {
    const list = buildDocumentList({ procedures, profile: UC_BERKELEY_PROFILE, customDocuments: [] });
    list[0]!.keywords.push('changed');
    expect(STAFF_PAGE_ENTRIES[0]!.keywords).not.toContain('changed');
  });
});

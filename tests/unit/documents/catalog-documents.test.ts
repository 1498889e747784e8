import { describe, expect, it } from 'vitest';
import { DOCUMENT_SECTIONS, documentListFor, PROCEDURE_KEYWORDS } from '../../../lib/documents';
import { procedureCatalog } from '../../../lib/procedures/catalog';
import { createDefaultSettings, UC_BERKELEY_PROFILE } from '../../../lib/settings';

const settings = createDefaultSettings(UC_BERKELEY_PROFILE);
const list = documentListFor(settings);

describe('documentListFor (with the procedure catalog)', () => {
  it('holds every procedure of the catalog exactly once, by id', () => {
    const ids = list.filter((e) => e.section === 'procedures').map((e) => e.procedureId);
    expect(ids).toEqual(procedureCatalog.map((p) => p.id));
  });

  it('has unique ids, a title, a summary and a usable link on every entry', () => {
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    for (const entry of list) {
      expect(entry.title.trim(), entry.id).not.toBe('');
      expect(entry.summary.trim(), entry.id).not.toBe('');
      expect(entry.url, entry.id).toMatch(/^(https:\/\/|mailto:)[^\s]+$/);
    }
  });

  it('fills every staff-page section (custom stays empty until the institution adds documents)', () => {
    for (const section of DOCUMENT_SECTIONS) {
      const count = list.filter((e) => e.section === section.id).length;
      if (section.id === 'custom') expect(count).toBe(0);
      else expect(count, section.id).toBeGreaterThan(0);
    }
  });

  it('keys its curated keywords by ids that exist in the catalog (catches renamed procedures)', () => {
    const catalogIds = new Set(procedureCatalog.map((p) => p.id));
    for (const id of Object.keys(PROCEDURE_KEYWORDS)) expect(catalogIds.has(id), id).toBe(true);
  });

  it('adds the custom documents of the settings', () => {
    const withCustom = documentListFor({
      ...settings,
      customDocuments: [
        {
          id: 'binding',
          title: 'Binding',
          summary: 'x',
          url: 'https://intranet.example.edu/b',
          roles: [],
          keywords: [],
        },
      ],
    });
    expect(withCustom.at(-1)?.id).toBe('custom/binding');
  });
});

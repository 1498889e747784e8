import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentFinder } from '../../../../components/popup/DocumentFinder';
import { moveActive } from '../../../../components/popup/document-list-model';
import { createDocumentSearch, documentListFor, DOCUMENT_SECTIONS } from '../../../../lib/documents';
import { createDefaultSettings, GENERIC_PROFILE } from '../../../../lib/settings';
import { allByTestId, byTestId, cleanup, click, mount, press, type } from '../popup-options-render';

const documents = documentListFor(createDefaultSettings());
const search = createDocumentSearch(documents);

function finder(onOpen = vi.fn()) {
  const root = mount(<DocumentFinder documents={documents} search={search} onOpen={onOpen} />);
  const input = byTestId<HTMLInputElement>(root, 'document-search');
  const ids = () => allByTestId(root, 'document-option').map((option) => option.dataset.documentId);
  const activeId = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? root.querySelector<HTMLElement>(`#${id}`)?.dataset.documentId : undefined;
  };
  return { root, input, ids, activeId, onOpen };
}

afterEach(cleanup);

describe('DocumentFinder', () => {
  it('lists every document grouped as the staff page is, in its order', () => {
    const { root, ids } = finder();
    expect(ids()).toHaveLength(documents.length);
    const groupTitles = [...root.querySelectorAll('.doc-group-title')].map((title) => title.textContent);
    const expected = DOCUMENT_SECTIONS.filter((section) => documents.some((doc) => doc.section === section.id)).map(
      (s) => s.title,
    );
    expect(groupTitles).toEqual(expected);
    expect(groupTitles[0]).toBe('Functional area lead');
  });

  it('shows each document with its summary and roles', () => {
    const { root } = finder();
    const roles = root.querySelector('[data-document-id="roles-basic"]');
    expect(roles?.textContent).toContain('Roles: Cataloger, Physical Inventory Operator');
    expect(roles?.querySelector('.doc-summary')?.textContent).toMatch(/module 5/);
  });

  it('puts the withdrawal and OCLC holdings procedures first for "withdraw", even misspelt', () => {
    const { input, ids } = finder();
    type(input, 'withdraw');
    expect(ids().slice(0, 2)).toEqual(['procedure/withdrawal', 'procedure/oclc-holdings']);
    type(input, 'withdrw');
    expect(ids()[0]).toBe('procedure/withdrawal');
  });

  it('says so when nothing matches, and lists everything again when the query is cleared', () => {
    const { root, input, ids } = finder();
    type(input, 'zzzzqqq');
    expect(ids()).toEqual([]);
    expect(byTestId(root, 'document-count').textContent).toBe('No document matches "zzzzqqq".');
    press(input, 'Escape');
    expect(input.value).toBe('');
    expect(ids()).toHaveLength(documents.length);
  });

  it('moves through results with the arrows and opens the highlighted one with Enter', () => {
    const { input, ids, activeId, onOpen } = finder();
    type(input, 'withdraw');
    expect(activeId()).toBe(ids()[0]);
    press(input, 'ArrowDown');
    expect(activeId()).toBe(ids()[1]);
    press(input, 'ArrowDown');
    press(input, 'ArrowUp');
    expect(activeId()).toBe('procedure/oclc-holdings');
    press(input, 'Enter');
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]![0]).toMatchObject({
      id: 'procedure/oclc-holdings',
      url: expect.stringMatching(/^https:/),
    });
  });

  it('marks the active option selected for screen readers and opens an option on click', () => {
    const { root, input, onOpen } = finder();
    press(input, 'ArrowDown');
    const first = allByTestId(root, 'document-option')[0]!;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    const fourth = allByTestId(root, 'document-option')[3]!;
    click(fourth);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]![0].id).toBe(fourth.dataset.documentId);
  });

  it('finds the institution’s own documents with the built-in ones', () => {
    const settings = createDefaultSettings(GENERIC_PROFILE);
    settings.customDocuments.push({
      id: 'gift-books',
      title: 'Gift books workflow',
      summary: 'Donations.',
      url: 'https://example.edu/gifts',
      roles: [],
      keywords: ['donation'],
    });
    const own = documentListFor(settings);
    const root = mount(<DocumentFinder documents={own} search={createDocumentSearch(own)} onOpen={vi.fn()} />);
    type(byTestId<HTMLInputElement>(root, 'document-search'), 'donaton');
    expect(allByTestId(root, 'document-option')[0]?.dataset.documentId).toBe('custom/gift-books');
  });
});

describe('moveActive', () => {
  it('wraps around both ends and starts from the top', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(1, 'Home', 3)).toBe(0);
    expect(moveActive(1, 'End', 3)).toBe(2);
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });
});

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentEntry, DocumentSearch } from '../../lib/documents';
import { t, tn } from '../i18n';
import { finderView, moveActive, optionId, sectionTitle } from './document-list-model';

export interface DocumentFinderProps {
  documents: readonly DocumentEntry[];
  search: DocumentSearch;
  onOpen(doc: DocumentEntry): void;
  /** Focus the search box when shown (the popup opens ready to type). */
  autoFocus?: boolean;
}

const LIST_ID = 'document-list';

/**
 * The searchable document list: a combobox over a listbox. Type to search (instant, typo-tolerant, offline),
 * arrows move, Enter opens, Escape clears. Without a query the documents are grouped as on the staff page.
 */
export function DocumentFinder({ documents, search, onOpen, autoFocus = false }: DocumentFinderProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const view = useMemo(() => finderView(query, documents, search), [query, documents, search]);
  const activeDoc = active >= 0 ? view.flat[active] : undefined;

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (!activeDoc) return;
    const element = list.current?.querySelector(`#${optionId(activeDoc)}`);
    (element as HTMLElement | null)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeDoc]);

  const onInput = (event: Event): void => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setQuery(value);
    // While searching the best match is ready for Enter; while browsing nothing is chosen yet.
    setActive(value.trim() === '' ? -1 : 0);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp' || ((key === 'Home' || key === 'End') && event.ctrlKey)) {
      event.preventDefault();
      setActive(moveActive(active, key, view.flat.length));
    } else if (key === 'Enter') {
      const chosen = activeDoc ?? (view.mode === 'search' ? view.flat[0] : undefined);
      if (chosen) {
        event.preventDefault();
        onOpen(chosen);
      }
    } else if (key === 'Escape' && query !== '') {
      event.preventDefault(); // clear first; a second Escape closes the popup as usual
      setQuery('');
      setActive(-1);
    }
  };

  const option = (doc: DocumentEntry, index: number, showSection: boolean) => (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a listbox option; the search box drives it by aria-activedescendant
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the search box (combobox pattern)
    <div
      key={doc.id}
      id={optionId(doc)}
      role="option"
      aria-selected={index === active}
      class={index === active ? 'doc-option active' : 'doc-option'}
      data-testid="document-option"
      data-document-id={doc.id}
      onMouseMove={() => index !== active && setActive(index)}
      onClick={() => onOpen(doc)}
    >
      <span class="doc-title">{doc.title}</span>
      {showSection && <span class="doc-section">{sectionTitle(doc)}</span>}
      {doc.summary && <span class="doc-summary">{doc.summary}</span>}
      {doc.roles.length > 0 && <span class="doc-roles">{t('finder_roles', doc.roles.join(', '))}</span>}
    </div>
  );

  let index = 0;
  return (
    <section class="finder" aria-labelledby="finder-heading">
      <h2 id="finder-heading">{t('finder_heading')}</h2>
      <input
        ref={input}
        type="search"
        class="finder-input"
        role="combobox"
        aria-label={t('finder_searchLabel')}
        aria-autocomplete="list"
        aria-expanded="true"
        aria-controls={LIST_ID}
        aria-activedescendant={activeDoc ? optionId(activeDoc) : undefined}
        placeholder={t('finder_placeholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={onInput}
        onKeyDown={onKeyDown}
        data-testid="document-search"
      />
      <p class="finder-count" aria-live="polite" data-testid="document-count">
        {view.mode === 'search'
          ? view.flat.length === 0
            ? t('finder_noMatch', query.trim())
            : tn('finder_matches', view.flat.length)
          : tn('finder_all', view.flat.length)}
      </p>
      <div ref={list} id={LIST_ID} role="listbox" aria-label={t('finder_heading')} class="finder-list" tabIndex={-1}>
        {view.mode === 'search'
          ? view.flat.map((doc, i) => option(doc, i, true))
          : view.groups.map((group) => (
              // biome-ignore lint/a11y/useSemanticElements: a group of listbox options (ARIA listbox pattern)
              <div
                role="group"
                key={group.section.id}
                aria-labelledby={`section-${group.section.id}`}
                class="doc-group"
              >
                <div role="presentation" id={`section-${group.section.id}`} class="doc-group-title">
                  {group.section.title}
                </div>
                {group.documents.map((doc) => option(doc, index++, false))}
              </div>
            ))}
      </div>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { uniqueSlug } from '../../lib/rules/custom/slug';
import type { CustomDocument, Settings } from '../../lib/settings/types';
import { ManagedMark, SaveStatus, TextArea, TextField, type SaveState } from './FormField';
import type { SettingsUpdate } from './RulesSection';
import { formatList, parsePhraseList } from './text-list';

export interface DocumentsSectionProps {
  settings: Settings;
  onUpdate: SettingsUpdate;
  /** Paths the institution's policy sets (`customDocuments.<id>`): those entries are shown, not changed. */
  locks?: ReadonlySet<string>;
}

interface DocumentDraft {
  title: string;
  url: string;
  summary: string;
  roles: string;
  keywords: string;
}

const EMPTY: DocumentDraft = { title: '', url: '', summary: '', roles: '', keywords: '' };

/** The institution's own documents: listed and searched in the popup with the built-in ones. */
export function DocumentsSection({ settings, onUpdate, locks = new Set() }: DocumentsSectionProps) {
  const [draft, setDraft] = useState<DocumentDraft>(EMPTY);
  const [triedToSave, setTriedToSave] = useState(false);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const titleError = triedToSave && draft.title.trim() === '' ? ['Give the document a title.'] : [];
  const url = draft.url.trim();
  const urlError =
    (url || triedToSave) && !/^https?:\/\/\S+$/.test(url)
      ? ['Give the full web address of the document, starting with https://.']
      : [];
  const set = (key: keyof DocumentDraft) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setStatus({ kind: 'idle' });
  };

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    setTriedToSave(true);
    if (draft.title.trim() === '' || !/^https?:\/\/\S+$/.test(url)) {
      setStatus({ kind: 'error', message: 'The document was not added: fix the fields marked above.', errors: [] });
      return;
    }
    const doc: CustomDocument = {
      id: uniqueSlug(draft.title, new Set(settings.customDocuments.map((existing) => existing.id))),
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      url,
      roles: parsePhraseList(draft.roles),
      keywords: parsePhraseList(draft.keywords),
    };
    const errors = await onUpdate((current) => ({ ...current, customDocuments: [...current.customDocuments, doc] }));
    if (errors.length > 0) return setStatus({ kind: 'error', message: 'The document was not added:', errors });
    setStatus({ kind: 'saved', message: `Added “${doc.title}”; the popup lists it under “Our documents”.` });
    setDraft(EMPTY);
    setTriedToSave(false);
  };
  const remove = async (doc: CustomDocument): Promise<void> => {
    const errors = await onUpdate((current) => ({
      ...current,
      customDocuments: current.customDocuments.filter((other) => other.id !== doc.id),
    }));
    setStatus(
      errors.length > 0
        ? { kind: 'error', message: 'The document was not removed:', errors }
        : { kind: 'saved', message: `Removed “${doc.title}”.` },
    );
  };

  return (
    <div class="documents" data-testid="custom-documents">
      {settings.customDocuments.length === 0 ? (
        <p class="muted">No documents of your own yet.</p>
      ) : (
        <ul class="item-list">
          {settings.customDocuments.map((doc) => (
            <li key={doc.id} data-testid="custom-document">
              <div>
                <a href={doc.url} target="_blank" rel="noreferrer">
                  <strong>{doc.title}</strong>
                </a>
                {doc.summary && <span class="muted"> — {doc.summary}</span>}
                {doc.roles.length > 0 && <div class="muted small-text">Roles: {formatList(doc.roles)}</div>}
              </div>
              {locks.has(`customDocuments.${doc.id}`) ? (
                <ManagedMark id={`custom-document-${doc.id}-managed`} />
              ) : (
                <button
                  type="button"
                  class="secondary small"
                  aria-label={`Remove ${doc.title}`}
                  onClick={() => void remove(doc)}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="field-grid" onSubmit={add} noValidate aria-label="New document">
        <TextField
          id="doc-title"
          label="Title"
          required
          value={draft.title}
          errors={titleError}
          onInput={set('title')}
        />
        <TextField
          id="doc-url"
          label="Web address"
          required
          placeholder="https://"
          value={draft.url}
          errors={urlError}
          onInput={set('url')}
        />
        <TextArea id="doc-summary" label="Summary" rows={2} value={draft.summary} onInput={set('summary')} />
        <TextField
          id="doc-roles"
          label="Alma roles"
          hint="Separated by commas, e.g. Cataloger, Physical Inventory Operator."
          value={draft.roles}
          onInput={set('roles')}
        />
        <TextField
          id="doc-keywords"
          label="Search words"
          hint="Other words people search with, separated by commas."
          value={draft.keywords}
          onInput={set('keywords')}
        />
        <div class="actions">
          <button type="submit" class="primary" data-testid="add-document">
            Add document
          </button>
        </div>
      </form>
      <SaveStatus status={status} testId="documents-status" />
    </div>
  );
}

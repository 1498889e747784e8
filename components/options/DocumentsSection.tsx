import { useState } from 'preact/hooks';
import { uniqueSlug } from '../../lib/rules/custom/slug';
import type { CustomDocument, Settings } from '../../lib/settings/types';
import { ManagedMark, SaveStatus, TextArea, TextField, type SaveState } from './FormField';
import type { SettingsUpdate } from './RulesSection';
import { formatList, parsePhraseList } from './text-list';
import { t } from '../i18n';

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

/** A web address's start, the same in every language. */
const URL_START = 'https://';
const EMPTY: DocumentDraft = { title: '', url: '', summary: '', roles: '', keywords: '' };

/** The institution's own documents: listed and searched in the popup with the built-in ones. */
export function DocumentsSection({ settings, onUpdate, locks = new Set() }: DocumentsSectionProps) {
  const [draft, setDraft] = useState<DocumentDraft>(EMPTY);
  const [triedToSave, setTriedToSave] = useState(false);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const titleError = triedToSave && draft.title.trim() === '' ? [t('documents_titleError')] : [];
  const url = draft.url.trim();
  const urlError = (url || triedToSave) && !/^https?:\/\/\S+$/.test(url) ? [t('documents_urlError')] : [];
  const set = (key: keyof DocumentDraft) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setStatus({ kind: 'idle' });
  };

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    setTriedToSave(true);
    if (draft.title.trim() === '' || !/^https?:\/\/\S+$/.test(url)) {
      setStatus({ kind: 'error', message: t('documents_notAddedFix'), errors: [] });
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
    if (errors.length > 0) return setStatus({ kind: 'error', message: t('documents_notAdded'), errors });
    setStatus({ kind: 'saved', message: t('documents_added', doc.title) });
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
        ? { kind: 'error', message: t('documents_notRemoved'), errors }
        : { kind: 'saved', message: t('documents_removed', doc.title) },
    );
  };

  return (
    <div class="documents" data-testid="custom-documents">
      {settings.customDocuments.length === 0 ? (
        <p class="muted">{t('documents_none')}</p>
      ) : (
        <ul class="item-list">
          {settings.customDocuments.map((doc) => (
            <li key={doc.id} data-testid="custom-document">
              <div>
                <a href={doc.url} target="_blank" rel="noreferrer">
                  <strong>{doc.title}</strong>
                </a>
                {doc.summary && <span class="muted"> — {doc.summary}</span>}
                {doc.roles.length > 0 && (
                  <div class="muted small-text">{t('documents_roles', formatList(doc.roles))}</div>
                )}
              </div>
              {locks.has(`customDocuments.${doc.id}`) ? (
                <ManagedMark id={`custom-document-${doc.id}-managed`} />
              ) : (
                <button
                  type="button"
                  class="secondary small"
                  aria-label={t('hosts_removeLabel', doc.title)}
                  onClick={() => void remove(doc)}
                >
                  {t('hosts_remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="field-grid" onSubmit={add} noValidate aria-label={t('documents_new')}>
        <TextField
          id="doc-title"
          label={t('documents_title')}
          required
          value={draft.title}
          errors={titleError}
          onInput={set('title')}
        />
        <TextField
          id="doc-url"
          label={t('documents_url')}
          required
          placeholder={URL_START}
          value={draft.url}
          errors={urlError}
          onInput={set('url')}
        />
        <TextArea
          id="doc-summary"
          label={t('documents_summary')}
          rows={2}
          value={draft.summary}
          onInput={set('summary')}
        />
        <TextField
          id="doc-roles"
          label={t('documents_almaRoles')}
          hint={t('documents_almaRolesHint')}
          value={draft.roles}
          onInput={set('roles')}
        />
        <TextField
          id="doc-keywords"
          label={t('documents_keywords')}
          hint={t('documents_keywordsHint')}
          value={draft.keywords}
          onInput={set('keywords')}
        />
        <div class="actions">
          <button type="submit" class="primary" data-testid="add-document">
            {t('documents_add')}
          </button>
        </div>
      </form>
      <SaveStatus status={status} testId="documents-status" />
    </div>
  );
}

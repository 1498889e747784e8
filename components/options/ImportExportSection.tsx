import { useState } from 'preact/hooks';
import type { ImportResult } from '../../lib/settings/import-export';
import { SaveStatus, type SaveState } from './FormField';
import { errorText } from '../../lib/error-text';
import { t } from '../i18n';

export interface ImportExportSectionProps {
  /** Downloads every setting as one JSON file. */
  onExport(): void;
  /** Checks the file and stores it only if it is valid; the current settings stay untouched otherwise. */
  onImport(text: string): Promise<ImportResult>;
  onResetAll(): Promise<void>;
}

/** Settings as one versioned JSON file: export, import (checked first), and a full reset. */
export function ImportExportSection({ onExport, onImport, onResetAll }: ImportExportSectionProps) {
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const [confirmReset, setConfirmReset] = useState(false);

  const importFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setStatus({ kind: 'error', message: t('import_unreadable', file.name, errorText(error)), errors: [] });
      return;
    } finally {
      input.value = ''; // choosing the same file again must import again
    }
    const result = await onImport(text);
    setStatus(
      result.ok
        ? {
            kind: 'saved',
            message:
              result.fromVersion < 2
                ? t('import_doneUpdated', file.name, result.fromVersion)
                : t('import_done', file.name),
          }
        : {
            kind: 'error',
            message: t('import_refused', file.name),
            errors: result.errors,
          },
    );
  };

  return (
    <div class="import-export" data-testid="import-export">
      <p>{t('import_intro')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onExport} data-testid="export-settings">
          {t('import_export')}
        </button>
        <label class="button secondary file-button">
          {t('import_import')}
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(event) => void importFile(event)}
            data-testid="import-settings"
          />
        </label>
        {confirmReset ? (
          <span class="confirm" role="group" aria-label={t('import_confirmResetLabel')}>
            {t('import_confirmReset')}{' '}
            <button
              type="button"
              class="danger small"
              data-testid="confirm-reset-all"
              onClick={() => {
                setConfirmReset(false);
                void onResetAll().then(() => setStatus({ kind: 'saved', message: t('import_resetDone') }));
              }}
            >
              {t('import_resetAllConfirm')}
            </button>{' '}
            <button type="button" class="secondary small" onClick={() => setConfirmReset(false)}>
              {t('options_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirmReset(true)} data-testid="reset-all">
            {t('import_resetAll')}
          </button>
        )}
      </div>
      <SaveStatus status={status} testId="import-status" />
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { ImportResult } from '../../lib/settings/import-export';
import { SaveStatus, type SaveState } from './FormField';
import { errorText } from '../../lib/error-text';

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
      setStatus({ kind: 'error', message: `“${file.name}” could not be read (${errorText(error)}).`, errors: [] });
      return;
    } finally {
      input.value = ''; // choosing the same file again must import again
    }
    const result = await onImport(text);
    setStatus(
      result.ok
        ? {
            kind: 'saved',
            message: `Imported “${file.name}”${result.fromVersion < 2 ? ` (updated from settings version ${result.fromVersion})` : ''}. Open Alma tabs use it at once.`,
          }
        : {
            kind: 'error',
            message: `“${file.name}” was not imported; your current settings are unchanged. What is wrong:`,
            errors: result.errors,
          },
    );
  };

  return (
    <div class="import-export" data-testid="import-export">
      <p>
        One JSON file holds every setting: profile, rules, custom rules, documents and checklist steps. Import checks
        the whole file first and changes nothing unless all of it is valid.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onExport} data-testid="export-settings">
          Export settings
        </button>
        <label class="button secondary file-button">
          Import settings…
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(event) => void importFile(event)}
            data-testid="import-settings"
          />
        </label>
        {confirmReset ? (
          <span class="confirm" role="group" aria-label="Confirm reset of all settings">
            Reset every setting to the defaults?{' '}
            <button
              type="button"
              class="danger small"
              data-testid="confirm-reset-all"
              onClick={() => {
                setConfirmReset(false);
                void onResetAll().then(() =>
                  setStatus({ kind: 'saved', message: 'Every setting is back to its default.' }),
                );
              }}
            >
              Reset all
            </button>{' '}
            <button type="button" class="secondary small" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirmReset(true)} data-testid="reset-all">
            Reset all settings
          </button>
        )}
      </div>
      <SaveStatus status={status} testId="import-status" />
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

interface FieldShell {
  id: string;
  label: string;
  /** Shown under the control and read with it (aria-describedby). */
  hint?: ComponentChildren;
  /** Errors of the field: marks it invalid and is read with it. */
  errors?: readonly string[];
  /** Set by the institution's browser policy: shown, read with the field, and not editable. */
  locked?: boolean;
}

/** The mark of a setting the institution's policy sets (lib/settings/managed.ts). */
export function ManagedMark({ id }: { id: string }) {
  return (
    <p id={id} class="managed-note" data-testid="managed-note">
      {t('managedLocked')}
    </p>
  );
}

function Described({ id, hint, errors, locked }: Pick<FieldShell, 'id' | 'hint' | 'errors' | 'locked'>) {
  return (
    <>
      {locked && <ManagedMark id={`${id}-managed`} />}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <ul id={`${id}-errors`} class="field-errors" data-testid={`${id}-errors`}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function describedBy({ id, hint, errors, locked }: FieldShell): string | undefined {
  const ids = [
    locked ? `${id}-managed` : '',
    hint ? `${id}-hint` : '',
    errors && errors.length > 0 ? `${id}-errors` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldShell & {
    value: string;
    onInput(value: string): void;
    placeholder?: string;
    mono?: boolean;
    type?: string;
    required?: boolean;
  },
) {
  const invalid = (props.errors?.length ?? 0) > 0;
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        class={props.mono ? 'mono' : undefined}
        value={props.value}
        placeholder={props.placeholder}
        required={props.required}
        readOnly={props.locked}
        spellcheck={props.mono ? false : undefined}
        autocomplete="off"
        aria-invalid={invalid}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
      />
      <Described {...props} />
    </div>
  );
}

export function TextArea(
  props: FieldShell & { value: string; onInput(value: string): void; rows?: number; mono?: boolean },
) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        class={props.mono ? 'mono' : undefined}
        spellcheck={props.mono ? false : undefined}
        readOnly={props.locked}
        value={props.value}
        aria-invalid={(props.errors?.length ?? 0) > 0}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <Described {...props} />
    </div>
  );
}

export function SelectField<T extends string>(
  props: FieldShell & {
    value: T;
    options: ReadonlyArray<{ value: T; label: string }>;
    onChange(value: T): void;
    wide?: boolean;
  },
) {
  return (
    <div class={props.wide ? 'field wide' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        disabled={props.locked}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described {...props} />
    </div>
  );
}

export function CheckboxField(props: FieldShell & { checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div class="field checkbox">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        disabled={props.locked}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.label}</label>
      <Described {...props} />
    </div>
  );
}

/** A status line after an action: saved, or what went wrong (announced either way). */
export function SaveStatus({ status, testId }: { status: SaveState; testId: string }) {
  if (status.kind === 'idle') return <p class="save-status" aria-live="polite" data-testid={testId} />;
  if (status.kind === 'saved')
    return (
      <p class="save-status ok" aria-live="polite" data-testid={testId} data-state="saved">
        {status.message ?? 'Saved.'}
      </p>
    );
  return (
    <div class="save-status problem" role="alert" data-testid={testId} data-state="error">
      <p>{status.message}</p>
      {status.errors.length > 0 && (
        <ul>
          {status.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; message?: string }
  | { kind: 'error'; message: string; errors: string[] };

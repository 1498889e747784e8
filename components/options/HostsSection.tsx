import { useState } from 'preact/hooks';
import { ManagedMark, SaveStatus, TextField, type SaveState } from './FormField';
import { t } from '../i18n';

export interface HostsSectionProps {
  hosts: readonly string[];
  /** Whether the browser has granted access to each host (absent: not known yet). */
  granted: Readonly<Record<string, boolean>>;
  /** Asks the browser for access, then saves the host; resolves with an error sentence, or null when done. */
  onAdd(host: string): Promise<string | null>;
  onRemove(host: string): Promise<string | null>;
  /** Asks again for a host whose access was withdrawn in the browser. */
  onGrant(host: string): Promise<string | null>;
  /**
   * Paths the institution's policy sets (`profile.extraHosts.<host>`): those hosts cannot be removed. The browser
   * still asks the cataloger once for access (a policy cannot grant an optional permission).
   */
  locks?: ReadonlySet<string>;
}

/** Normalises what people paste: a URL or a bare host name, any case. */
export function hostFromInput(text: string): string {
  const trimmed = text.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(trimmed)) return new URL(trimmed).hostname;
  } catch {
    // not a URL: fall through to the bare host name
  }
  return trimmed.replace(/\/.*$/, '');
}

/** The same in every language: a host name, not words. */
const EXAMPLE_HOST = 'alma.library.example.edu';
const HOST_PATTERN = /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * Alma host names beyond *.alma.exlibrisgroup.com (custom domains). Adding one asks the browser for
 * access to that host; the companion then runs there too.
 */
export function HostsSection({ hosts, granted, onAdd, onRemove, onGrant, locks = new Set() }: HostsSectionProps) {
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const host = hostFromInput(input);
  const inputError = input.trim() === '' || HOST_PATTERN.test(host) ? [] : [t('hosts_notAHost', host)];

  const run = async (action: Promise<string | null>, done: string): Promise<void> => {
    const error = await action;
    setStatus(error ? { kind: 'error', message: error, errors: [] } : { kind: 'saved', message: done });
  };
  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (input.trim() === '' || inputError.length > 0) {
      setStatus({ kind: 'error', message: inputError[0] ?? t('hosts_typeFirst'), errors: [] });
      return;
    }
    if (hosts.includes(host)) {
      setStatus({ kind: 'error', message: t('hosts_already', host), errors: [] });
      return;
    }
    await run(onAdd(host), t('hosts_added', host));
    setInput('');
  };

  return (
    <div class="hosts" data-testid="hosts">
      {hosts.length === 0 ? (
        <p class="muted">{t('hosts_none')}</p>
      ) : (
        <ul class="host-list">
          {hosts.map((name) => (
            <li key={name} data-testid="host" data-host={name}>
              <span class="mono">{name}</span>
              {granted[name] === false ? (
                <>
                  <span class="badge warning">{t('hosts_notGranted')}</span>
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => void run(onGrant(name), t('hosts_grantedNow', name))}
                  >
                    {t('hosts_grant')}
                  </button>
                </>
              ) : granted[name] ? (
                <span class="badge ok">{t('hosts_granted')}</span>
              ) : null}
              {locks.has(`profile.extraHosts.${name}`) ? (
                <ManagedMark id={`host-${name.replace(/[^a-z0-9-]/gi, '-')}-managed`} />
              ) : (
                <button
                  type="button"
                  class="secondary small"
                  aria-label={t('hosts_removeLabel', name)}
                  onClick={() => void run(onRemove(name), t('hosts_removed', name))}
                >
                  {t('hosts_remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <TextField
          id="host-input"
          label={t('hosts_addLabel')}
          hint={t('hosts_addHint')}
          mono
          placeholder={EXAMPLE_HOST}
          value={input}
          errors={inputError}
          onInput={(value) => {
            setInput(value);
            setStatus({ kind: 'idle' });
          }}
        />
        <button type="submit" class="secondary" data-testid="add-host">
          {t('hosts_add')}
        </button>
      </form>
      <SaveStatus status={status} testId="hosts-status" />
    </div>
  );
}

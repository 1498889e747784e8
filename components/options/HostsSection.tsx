import { useState } from 'preact/hooks';
import { ManagedMark, SaveStatus, TextField, type SaveState } from './FormField';

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

const HOST_PATTERN = /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * Alma host names beyond *.alma.exlibrisgroup.com (custom domains). Adding one asks the browser for
 * access to that host; the companion then runs there too.
 */
export function HostsSection({ hosts, granted, onAdd, onRemove, onGrant, locks = new Set() }: HostsSectionProps) {
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const host = hostFromInput(input);
  const inputError =
    input.trim() === '' || HOST_PATTERN.test(host)
      ? []
      : [`"${host}" is not a host name; write it as library.example.edu or *.example.edu.`];

  const run = async (action: Promise<string | null>, done: string): Promise<void> => {
    const error = await action;
    setStatus(error ? { kind: 'error', message: error, errors: [] } : { kind: 'saved', message: done });
  };
  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (input.trim() === '' || inputError.length > 0) {
      setStatus({ kind: 'error', message: inputError[0] ?? 'Type a host name first.', errors: [] });
      return;
    }
    if (hosts.includes(host)) {
      setStatus({ kind: 'error', message: `${host} is already in the list.`, errors: [] });
      return;
    }
    await run(onAdd(host), `Added ${host}: the companion runs there from the next page load.`);
    setInput('');
  };

  return (
    <div class="hosts" data-testid="hosts">
      {hosts.length === 0 ? (
        <p class="muted">No other host names: the companion runs on *.alma.exlibrisgroup.com only.</p>
      ) : (
        <ul class="host-list">
          {hosts.map((name) => (
            <li key={name} data-testid="host" data-host={name}>
              <span class="mono">{name}</span>
              {granted[name] === false ? (
                <>
                  <span class="badge warning">access not granted</span>
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => void run(onGrant(name), `Access to ${name} granted.`)}
                  >
                    Grant access
                  </button>
                </>
              ) : granted[name] ? (
                <span class="badge ok">access granted</span>
              ) : null}
              {locks.has(`profile.extraHosts.${name}`) ? (
                <ManagedMark id={`host-${name.replace(/[^a-z0-9-]/gi, '-')}-managed`} />
              ) : (
                <button
                  type="button"
                  class="secondary small"
                  aria-label={`Remove ${name}`}
                  onClick={() => void run(onRemove(name), `Removed ${name}.`)}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <TextField
          id="host-input"
          label="Add an Alma host name"
          hint="Your browser asks for permission to run on it (and to register the companion there)."
          mono
          placeholder="alma.library.example.edu"
          value={input}
          errors={inputError}
          onInput={(value) => {
            setInput(value);
            setStatus({ kind: 'idle' });
          }}
        />
        <button type="submit" class="secondary" data-testid="add-host">
          Add host
        </button>
      </form>
      <SaveStatus status={status} testId="hosts-status" />
    </div>
  );
}

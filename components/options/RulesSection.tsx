import { useMemo, useState } from 'preact/hooks';
import { SEVERITIES, type Rule, type RuleOrigin, type Severity } from '../../lib/rules/types';
import type { Settings } from '../../lib/settings/types';
import { CheckboxField, ManagedMark, SaveStatus, SelectField, type SaveState } from './FormField';
import {
  DEFAULT_RULE_SETTINGS,
  EMPTY_FILTER,
  filterRows,
  ORIGIN_LABELS,
  ruleRows,
  withRuleEnabled,
  withSeverityOverride,
  type RuleFilter,
  type RuleRow,
} from './rule-table-model';

export type SettingsUpdate = (change: (current: Settings) => Settings) => Promise<string[]>;

export interface RulesSectionProps {
  /** Every rule: the built-in registry and the compiled custom rules. */
  rules: readonly Rule[];
  settings: Settings;
  onUpdate: SettingsUpdate;
  /** Paths the institution's policy sets (`rules.enabled.<id>`, `rules.severity.<id>`, …): shown locked. */
  locks?: ReadonlySet<string>;
}

const ORIGINS = Object.keys(ORIGIN_LABELS) as RuleOrigin[];

/** Every rule with its title, rationale and source; on/off and severity per rule; search and filters; reset. */
export function RulesSection({ rules, settings, onUpdate, locks = new Set() }: RulesSectionProps) {
  const [filter, setFilter] = useState<RuleFilter>(EMPTY_FILTER);
  const [confirmReset, setConfirmReset] = useState(false);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const rows = useMemo(() => ruleRows(rules, settings.rules), [rules, settings.rules]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const changed = Object.keys(settings.rules.enabled).length + Object.keys(settings.rules.severity).length;

  const update = async (change: (current: Settings) => Settings, done: string): Promise<void> => {
    const errors = await onUpdate(change);
    setStatus(
      errors.length > 0
        ? { kind: 'error', message: 'The change was not saved:', errors }
        : { kind: 'saved', message: done },
    );
  };
  const setFilterField =
    <K extends keyof RuleFilter>(key: K) =>
    (value: RuleFilter[K]) =>
      setFilter((current) => ({ ...current, [key]: value }));

  return (
    <div class="rules" data-testid="rules-section">
      <div class="field-grid compact">
        <SelectField
          id="rule-set"
          label="Rule set"
          hint="“OCLC export” runs only the checks OCLC applies when a record is exported."
          value={settings.rules.ruleSet === 'oclc' ? 'oclc' : 'all'}
          locked={locks.has('rules.ruleSet')}
          options={[
            { value: 'all', label: 'All rules' },
            { value: 'oclc', label: 'OCLC export checks only' },
          ]}
          onChange={(ruleSet) =>
            void update((current) => ({ ...current, rules: { ...current.rules, ruleSet } }), 'Rule set saved.')
          }
        />
        <CheckboxField
          id="allow-local-tags"
          label="Accept local tags (9XX and X9X)"
          hint="Off: local fields are reported as undefined tags."
          checked={settings.allowLocalTags}
          locked={locks.has('allowLocalTags')}
          onChange={(allowLocalTags) => void update((current) => ({ ...current, allowLocalTags }), 'Saved.')}
        />
      </div>

      <fieldset class="filters">
        <legend>Find rules</legend>
        <div class="filter-row">
          <div class="field">
            <label for="rule-search">Search</label>
            <input
              id="rule-search"
              type="search"
              value={filter.text}
              placeholder="title, id or rationale"
              onInput={(e) => setFilterField('text')((e.currentTarget as HTMLInputElement).value)}
              data-testid="rule-search"
            />
          </div>
          <div class="field narrow">
            <label for="rule-tag">Tag</label>
            <input
              id="rule-tag"
              class="mono"
              value={filter.tag}
              placeholder="245, 6XX, LDR"
              onInput={(e) => setFilterField('tag')((e.currentTarget as HTMLInputElement).value)}
              data-testid="rule-tag"
            />
          </div>
          <SelectField<Severity | ''>
            id="rule-severity"
            label="Severity"
            value={filter.severity}
            options={[
              { value: '', label: 'Any' },
              ...SEVERITIES.map((severity) => ({ value: severity, label: severity })),
            ]}
            onChange={setFilterField('severity')}
          />
          <SelectField<RuleOrigin | ''>
            id="rule-origin"
            label="Origin"
            value={filter.origin}
            options={[
              { value: '', label: 'Any' },
              ...ORIGINS.map((origin) => ({ value: origin, label: ORIGIN_LABELS[origin] })),
            ]}
            onChange={setFilterField('origin')}
          />
          <SelectField<RuleFilter['status']>
            id="rule-status"
            label="Shown"
            value={filter.status}
            options={[
              { value: 'all', label: 'On and off' },
              { value: 'on', label: 'On only' },
              { value: 'off', label: 'Off only' },
            ]}
            onChange={setFilterField('status')}
          />
        </div>
      </fieldset>

      <div class="table-head">
        <p aria-live="polite" data-testid="rule-count">
          {shown.length} of {rows.length} rules shown
          {changed > 0 ? `; ${changed} ${changed === 1 ? 'setting differs' : 'settings differ'} from the defaults` : ''}
          .
        </p>
        {confirmReset ? (
          <span class="confirm" role="group" aria-label="Confirm reset">
            Reset every rule to its default?{' '}
            <button
              type="button"
              class="danger small"
              data-testid="confirm-reset-rules"
              onClick={() => {
                setConfirmReset(false);
                void update(
                  (current) => ({ ...current, rules: { ...DEFAULT_RULE_SETTINGS, enabled: {}, severity: {} } }),
                  'Every rule is back to its default.',
                );
              }}
            >
              Reset
            </button>{' '}
            <button type="button" class="secondary small" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirmReset(true)} data-testid="reset-rules">
            Reset rules to defaults
          </button>
        )}
      </div>
      <SaveStatus status={status} testId="rules-status" />
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Rules table (scrolls)">
        <table class="rule-table">
          <caption class="visually-hidden">Rules</caption>
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">Rule</th>
              <th scope="col">Origin</th>
              <th scope="col">Checks</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <RuleTableRow
                key={row.rule.id}
                row={row}
                update={update}
                enabledLocked={locks.has(`rules.enabled.${row.rule.id}`)}
                severityLocked={locks.has(`rules.severity.${row.rule.id}`)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p class="muted">No rule matches these filters.</p>}
    </div>
  );
}

function RuleTableRow({
  row,
  update,
  enabledLocked,
  severityLocked,
}: {
  row: RuleRow;
  update(change: (current: Settings) => Settings, done: string): Promise<void>;
  /** The institution's policy sets this rule's switch or severity. */
  enabledLocked: boolean;
  severityLocked: boolean;
}) {
  const { rule } = row;
  const toggleId = `rule-on-${rule.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const managedId = `${toggleId}-managed`;
  return (
    <tr
      data-testid="rule-row"
      data-rule-id={rule.id}
      data-enabled={row.enabled}
      data-managed={enabledLocked || severityLocked ? 'true' : undefined}
      class={row.enabled ? undefined : 'off'}
    >
      <td>
        <input
          id={toggleId}
          type="checkbox"
          checked={row.enabled}
          disabled={enabledLocked}
          aria-label={rule.title}
          aria-describedby={enabledLocked ? managedId : undefined}
          data-testid="rule-toggle"
          onChange={(event) => {
            const enabled = (event.currentTarget as HTMLInputElement).checked;
            void update(
              (current) => ({ ...current, rules: withRuleEnabled(current.rules, rule.id, enabled) }),
              `“${rule.title}” switched ${enabled ? 'on' : 'off'}.`,
            );
          }}
        />
      </td>
      <td>
        <span class="rule-title">{rule.title}</span>
        {(enabledLocked || severityLocked) && <ManagedMark id={managedId} />}
        <span class="rule-id mono">{rule.id}</span>
        {row.tags.length > 0 && <span class="rule-tags">{row.tags.join(' ')}</span>}
        <p class="rationale">{rule.rationale}</p>
        {rule.source && (
          <a href={rule.source} target="_blank" rel="noreferrer" class="source">
            Source
          </a>
        )}
        {rule.inferred && (
          <span class="badge info" title="Not stated by the source procedure: inferred from it.">
            inferred
          </span>
        )}
      </td>
      <td>{ORIGIN_LABELS[rule.origin]}</td>
      <td>{rule.appliesTo.join(', ')}</td>
      <td>
        <select
          aria-label={`Severity of ${rule.title}`}
          value={row.override ?? ''}
          disabled={severityLocked}
          aria-describedby={severityLocked ? managedId : undefined}
          data-testid="rule-severity"
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value as Severity | '';
            void update(
              (current) => ({ ...current, rules: withSeverityOverride(current.rules, rule.id, value || undefined) }),
              `“${rule.title}” is now reported as ${value || `${rule.defaultSeverity} (its default)`}.`,
            );
          }}
        >
          <option value="">Default ({rule.defaultSeverity})</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

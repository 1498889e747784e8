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
import { t, tn } from '../i18n';

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
/** Tag examples, the same in every language. */
const TAG_EXAMPLES = '245, 6XX, LDR';

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
      errors.length > 0 ? { kind: 'error', message: t('rules_notSaved'), errors } : { kind: 'saved', message: done },
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
          label={t('rules_ruleSet')}
          hint={t('rules_ruleSetHint')}
          value={settings.rules.ruleSet === 'oclc' ? 'oclc' : 'all'}
          locked={locks.has('rules.ruleSet')}
          options={[
            { value: 'all', label: t('rules_all') },
            { value: 'oclc', label: t('rules_oclcOnly') },
          ]}
          onChange={(ruleSet) =>
            void update((current) => ({ ...current, rules: { ...current.rules, ruleSet } }), t('rules_ruleSetSaved'))
          }
        />
        <CheckboxField
          id="allow-local-tags"
          label={t('rules_localTags')}
          hint={t('rules_localTagsHint')}
          checked={settings.allowLocalTags}
          locked={locks.has('allowLocalTags')}
          onChange={(allowLocalTags) => void update((current) => ({ ...current, allowLocalTags }), t('rules_saved'))}
        />
      </div>

      <fieldset class="filters">
        <legend>{t('rules_find')}</legend>
        <div class="filter-row">
          <div class="field">
            <label for="rule-search">{t('rules_search')}</label>
            <input
              id="rule-search"
              type="search"
              value={filter.text}
              placeholder={t('rules_searchPlaceholder')}
              onInput={(e) => setFilterField('text')((e.currentTarget as HTMLInputElement).value)}
              data-testid="rule-search"
            />
          </div>
          <div class="field narrow">
            <label for="rule-tag">{t('rules_tag')}</label>
            <input
              id="rule-tag"
              class="mono"
              value={filter.tag}
              placeholder={TAG_EXAMPLES}
              onInput={(e) => setFilterField('tag')((e.currentTarget as HTMLInputElement).value)}
              data-testid="rule-tag"
            />
          </div>
          <SelectField<Severity | ''>
            id="rule-severity"
            label={t('rules_severity')}
            value={filter.severity}
            options={[
              { value: '', label: t('rules_any') },
              ...SEVERITIES.map((severity) => ({ value: severity, label: t(`severity_${severity}`) })),
            ]}
            onChange={setFilterField('severity')}
          />
          <SelectField<RuleOrigin | ''>
            id="rule-origin"
            label={t('rules_origin')}
            value={filter.origin}
            options={[
              { value: '', label: t('rules_any') },
              ...ORIGINS.map((origin) => ({ value: origin, label: t(`ruleOrigin_${origin}`) })),
            ]}
            onChange={setFilterField('origin')}
          />
          <SelectField<RuleFilter['status']>
            id="rule-status"
            label={t('rules_shown')}
            value={filter.status}
            options={[
              { value: 'all', label: t('rules_onAndOff') },
              { value: 'on', label: t('rules_onOnly') },
              { value: 'off', label: t('rules_offOnly') },
            ]}
            onChange={setFilterField('status')}
          />
        </div>
      </fieldset>

      <div class="table-head">
        <p aria-live="polite" data-testid="rule-count">
          {changed > 0
            ? tn('rules_countChanged', changed, shown.length, rows.length)
            : t('rules_count', shown.length, rows.length)}
        </p>
        {confirmReset ? (
          <span class="confirm" role="group" aria-label={t('rules_confirmResetLabel')}>
            {t('rules_confirmReset')}{' '}
            <button
              type="button"
              class="danger small"
              data-testid="confirm-reset-rules"
              onClick={() => {
                setConfirmReset(false);
                void update(
                  (current) => ({ ...current, rules: { ...DEFAULT_RULE_SETTINGS, enabled: {}, severity: {} } }),
                  t('rules_resetDone'),
                );
              }}
            >
              {t('rules_reset')}
            </button>{' '}
            <button type="button" class="secondary small" onClick={() => setConfirmReset(false)}>
              {t('options_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirmReset(true)} data-testid="reset-rules">
            {t('rules_resetAll')}
          </button>
        )}
      </div>
      <SaveStatus status={status} testId="rules-status" />
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('rules_table')}>
        <table class="rule-table">
          <caption class="visually-hidden">{t('options_sectionRules')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules_colOn')}</th>
              <th scope="col">{t('rules_colRule')}</th>
              <th scope="col">{t('rules_origin')}</th>
              <th scope="col">{t('rules_colChecks')}</th>
              <th scope="col">{t('rules_severity')}</th>
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
      {shown.length === 0 && <p class="muted">{t('rules_noMatch')}</p>}
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
              t(enabled ? 'rules_switchedOn' : 'rules_switchedOff', rule.title),
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
            {t('rules_source')}
          </a>
        )}
        {rule.inferred && (
          <span class="badge info" title={t('rules_inferredTitle')}>
            {t('rules_inferred')}
          </span>
        )}
      </td>
      <td>{t(`ruleOrigin_${rule.origin}`)}</td>
      <td>{rule.appliesTo.map((kind) => t(`recordKinds_${kind}`)).join(', ')}</td>
      <td>
        <select
          aria-label={t('rules_severityOf', rule.title)}
          value={row.override ?? ''}
          disabled={severityLocked}
          aria-describedby={severityLocked ? managedId : undefined}
          data-testid="rule-severity"
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value as Severity | '';
            void update(
              (current) => ({ ...current, rules: withSeverityOverride(current.rules, rule.id, value || undefined) }),
              value
                ? t('rules_reportedAs', rule.title, t(`severityName_${value}`))
                : t('rules_reportedAsDefault', rule.title, t(`severityName_${rule.defaultSeverity}`)),
            );
          }}
        >
          <option value="">{t('rules_defaultSeverity', t(`severity_${rule.defaultSeverity}`))}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`severity_${severity}`)}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

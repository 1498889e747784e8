/**
 * The rule engine: picks the rules that apply (kind, rule set, enabled), runs them over one record or
 * item, and normalises what they report (severity overrides, source link, field position). One rule
 * that throws is reported as an `engine-rule-crashed` finding and the others still run.
 *
 * Rule selection is cached per (rules, extra rules, settings) so validating thousands of records with
 * the same settings costs one selection; the per-record overhead is one RecordIndex and one loop.
 */
import type { ItemRecord } from '../page-model';
import type { MarcRecord } from '../marc/types';
import { GENERIC_PROFILE, type InstitutionProfile } from '../settings/profile';
import { buildRecordIndex } from './record-index';
import { builtInRules } from './registry';
import type { Finding, RecordIndex, RecordKind, Rule, RuleContext, RuleOptions, RuleSettings, Severity } from './types';
import { errorText } from '../error-text';
import { rulePolicy } from './policy';
import { FIELD_FINDING_CAP, countText, overFieldCap } from './shared/field-cap';
import { fieldLabel, labelParams } from './structure/describe';
import { type RuleText, findingText, ruleText, withParams } from './messages';

export interface ValidateOptions {
  /** Rules to choose from (default: the built-in registry). */
  rules?: readonly Rule[];
  /** Rules added to `rules` (e.g. the user's custom rules). */
  extraRules?: readonly Rule[];
  settings?: Partial<RuleSettings>;
  profile?: InstitutionProfile;
  options?: Partial<RuleOptions>;
  /**
   * performance.now() past which no further rule starts (the service worker's per-record budget): the
   * rules not run are replaced by one engine-budget-exceeded finding naming the record's largest field.
   */
  deadline?: number;
}

export interface ValidateItemOptions extends ValidateOptions {
  /** The item's bibliographic record, when the page shows it. */
  bib?: MarcRecord;
}

/** A rule chosen to run, with the severity the settings give it (undefined: keep the rule's own). */
export interface SelectedRule {
  rule: Rule;
  severityOverride: Severity | undefined;
  /** The rule's policy group (lib/rules/policy.ts), copied onto its findings; undefined for format rules. */
  policy?: string | undefined;
}

export const ENGINE_RULE_CRASHED = 'engine-rule-crashed';
export const ENGINE_BUDGET_EXCEEDED = 'engine-budget-exceeded';

const DEFAULT_OPTIONS: RuleOptions = { allowLocalTags: true };
const NO_RULES: readonly Rule[] = [];
const DEFAULT_SETTINGS: Partial<RuleSettings> = {};

type Selection = Record<RecordKind, readonly SelectedRule[]>;

/**
 * Chooses the rules for one kind of record: the rule applies to the kind, belongs to the chosen rule set
 * (settings.ruleSet, default 'all'), and is not disabled (only an explicit `false` disables).
 */
export function selectRules(
  rules: readonly Rule[],
  kind: RecordKind,
  settings: Partial<RuleSettings> = DEFAULT_SETTINGS,
): readonly SelectedRule[] {
  const ruleSet = settings.ruleSet ?? 'all';
  const selected: SelectedRule[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo.includes(kind)) continue;
    if (!rule.profiles.includes(ruleSet)) continue;
    if (settings.enabled?.[rule.id] === false) continue;
    selected.push({ rule, severityOverride: settings.severity?.[rule.id], policy: rulePolicy(rule)?.group });
  }
  return selected;
}

// rules → extra rules → settings (object, or the rule set name when only a rule set is given) → selection
const selectionCache = new WeakMap<
  readonly Rule[],
  WeakMap<readonly Rule[], { byObject: WeakMap<object, Selection>; byRuleSet: Map<string, Selection> }>
>();

function selectAll(rules: readonly Rule[], settings: Partial<RuleSettings>): Selection {
  return {
    bib: selectRules(rules, 'bib', settings),
    holdings: selectRules(rules, 'holdings', settings),
    item: selectRules(rules, 'item', settings),
  };
}

// The selection of the previous call: a file or an editing session validates with the same options.
let lastUsed: {
  rules: readonly Rule[];
  extra: readonly Rule[];
  settings: Partial<RuleSettings>;
  ruleSet: string | undefined;
  enabled: unknown;
  severity: unknown;
  selection: Selection;
} | null = null;

function cachedSelection(opts: ValidateOptions, kind: RecordKind): readonly SelectedRule[] {
  const rules = opts.rules ?? builtInRules;
  const extra = opts.extraRules ?? NO_RULES;
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const last = lastUsed;
  if (
    last !== null &&
    last.rules === rules &&
    last.extra === extra &&
    last.settings === settings &&
    last.ruleSet === settings.ruleSet &&
    last.enabled === settings.enabled &&
    last.severity === settings.severity
  ) {
    return last.selection[kind];
  }
  let byExtra = selectionCache.get(rules);
  if (!byExtra) {
    byExtra = new WeakMap();
    selectionCache.set(rules, byExtra);
  }
  let bySettings = byExtra.get(extra);
  if (!bySettings) {
    bySettings = { byObject: new WeakMap(), byRuleSet: new Map() };
    byExtra.set(extra, bySettings);
  }
  // Callers often pass a fresh `{ ruleSet }` per record: key those by the rule set name instead.
  const onlyRuleSet = settings.enabled === undefined && settings.severity === undefined;
  let selection = onlyRuleSet ? bySettings.byRuleSet.get(settings.ruleSet ?? 'all') : bySettings.byObject.get(settings);
  if (!selection) {
    selection = selectAll(extra.length ? [...rules, ...extra] : rules, settings);
    if (onlyRuleSet) bySettings.byRuleSet.set(settings.ruleSet ?? 'all', selection);
    else bySettings.byObject.set(settings, selection);
  }
  lastUsed = {
    rules,
    extra,
    settings,
    ruleSet: settings.ruleSet,
    enabled: settings.enabled,
    severity: settings.severity,
    selection,
  };
  return selection[kind];
}

function ruleOptions(options: Partial<RuleOptions> | undefined): RuleOptions {
  return options ? { ...DEFAULT_OPTIONS, ...options } : DEFAULT_OPTIONS;
}

function crashFinding(rule: Rule, error: unknown): Finding {
  const reason = errorText(error);
  return {
    ruleId: ENGINE_RULE_CRASHED,
    severity: 'info',
    message: `The check "${rule.title}" (${rule.id}) failed on this record and was skipped (${reason}). The other checks ran; please report this with the record.`,
    source: rule.source,
  };
}

/** Fills what the engine owns: rule id, severity, source, and a consistent tag/occurrence/fieldIndex. */
function normalise(finding: Finding, selected: SelectedRule, record: MarcRecord | undefined, index: RecordIndex): void {
  const { rule, severityOverride } = selected;
  finding.ruleId ||= rule.id;
  finding.severity = severityOverride ?? finding.severity ?? rule.defaultSeverity;
  finding.source ??= rule.source;
  if (selected.policy !== undefined) finding.policy = selected.policy;
  if (!record) return;
  const fieldIndex = finding.fieldIndex;
  if (fieldIndex !== undefined) {
    const field = record.fields[fieldIndex];
    if (field) {
      finding.tag = field.tag;
      finding.occurrence = index.occurrenceOf(fieldIndex);
    } else {
      delete finding.fieldIndex;
    }
  } else if (finding.tag !== undefined && finding.occurrence !== undefined) {
    const entry = index.byTag(finding.tag)[finding.occurrence];
    if (entry) finding.fieldIndex = entry.fieldIndex;
  }
}

/** Findings per field index of one rule's output (-1: findings without a field). */
function countPerField(produced: readonly Finding[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const finding of produced) {
    const key = finding.fieldIndex ?? -1;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The safety net behind the rules' own caps (lib/rules/shared/field-cap.ts): a rule that gives more
 * than FIELD_FINDING_CAP findings in one field gets them collapsed into one, its first, with the count
 * in the message and no fix (the first finding's fix would mend one of many). Bounded output whatever
 * a rule does with a field of thousands of subfields.
 */
function capPerField(produced: Finding[], rule: Rule, index: RecordIndex): Finding[] {
  if (produced.length <= FIELD_FINDING_CAP) return produced;
  const counts = countPerField(produced);
  let over = false;
  for (const [key, count] of counts) if (key >= 0 && overFieldCap(count)) over = true;
  if (!over) return produced;
  const kept: Finding[] = [];
  const summarised = new Set<number>();
  for (const finding of produced) {
    const key = finding.fieldIndex ?? -1;
    const count = counts.get(key)!;
    if (key < 0 || !overFieldCap(count)) {
      kept.push(finding);
      continue;
    }
    if (summarised.has(key)) continue;
    summarised.add(key);
    const summary: Finding = { ...finding };
    delete summary.fix;
    if (finding.messageId !== undefined && finding.params !== undefined) {
      Object.assign(summary, findingText(cappedText(finding, count, rule, index)));
    } else {
      const label =
        finding.tag !== undefined && finding.occurrence !== undefined
          ? fieldLabel(index, finding.tag, finding.occurrence)
          : 'This field';
      summary.message = `${label}: ${countText(count)} findings of "${rule.title}" in this field, shown as one; the first: ${finding.message}`;
      delete summary.messageId;
      delete summary.params;
    }
    kept.push(summary);
  }
  return kept;
}

/**
 * The summary of many findings in one field by message id ('engine.capped'), so it is localized too: the first
 * finding's own id and parameters ride along in capFirst / capFirstParams (JSON: its parameters may share names
 * with the summary's), filled by the catalog's {capFirst:message} placeholder. capTitle is the rule's English
 * title, which only the English text names.
 */
function cappedText(first: Finding, count: number, rule: Rule, index: RecordIndex): RuleText {
  const extra = {
    capCount: count,
    capTitle: rule.title,
    capFirst: first.messageId!,
    capFirstParams: JSON.stringify(first.params),
  };
  return first.tag !== undefined && first.occurrence !== undefined
    ? ruleText('engine.capped', withParams(labelParams(index, first.tag, first.occurrence), extra))
    : ruleText('engine.capped-field', extra);
}

/** The field with the most subfields (or the longest value): what makes a record slow to check. */
function largestField(record: MarcRecord | undefined): { fieldIndex: number; size: number; subfields: boolean } | null {
  if (!record) return null;
  let best = -1;
  let bestSize = -1;
  let bestHasSubfields = false;
  record.fields.forEach((field, i) => {
    const size = 'subfields' in field ? field.subfields.length : field.value.length;
    if (size <= bestSize) return;
    best = i;
    bestSize = size;
    bestHasSubfields = 'subfields' in field;
  });
  return best < 0 ? null : { fieldIndex: best, size: bestSize, subfields: bestHasSubfields };
}

/** The budget finding's message by id (lib/rules/messages/en-text.ts 'engine.*'), so the panel shows it in German too. */
function budgetFinding(ctx: RuleContext, ran: number, total: number): Finding {
  const largest = largestField(ctx.record);
  const text = largest
    ? ruleText(largest.subfields ? 'engine.budget-exceeded-subfields' : 'engine.budget-exceeded-characters', {
        ran,
        total,
        tag: ctx.record!.fields[largest.fieldIndex]!.tag,
        size: largest.size,
      })
    : ruleText('engine.budget-exceeded', { ran, total });
  const finding: Finding = {
    ruleId: ENGINE_BUDGET_EXCEEDED,
    severity: 'info',
    source: 'https://github.com/alma-cataloger-companion/alma-cataloger-companion/blob/main/docs/reliability.md',
    ...findingText(text),
  };
  if (largest) finding.fieldIndex = largest.fieldIndex;
  return finding;
}

function run(selection: readonly SelectedRule[], ctx: RuleContext, deadline?: number): Finding[] {
  const findings: Finding[] = [];
  for (let r = 0; r < selection.length; r++) {
    // Checked between rules: a job blocks the worker for the budget plus one (linear) rule at most.
    if (deadline !== undefined && r > 0 && performance.now() > deadline) {
      findings.push(budgetFinding(ctx, r, selection.length));
      if (ctx.record) normaliseBudget(findings[findings.length - 1]!, ctx);
      break;
    }
    const selected = selection[r]!;
    let produced: Finding[];
    try {
      produced = selected.rule.check(ctx);
    } catch (error) {
      findings.push(crashFinding(selected.rule, error));
      continue;
    }
    for (let i = 0; i < produced.length; i++) normalise(produced[i]!, selected, ctx.record, ctx.index);
    const capped = capPerField(produced, selected.rule, ctx.index);
    for (let i = 0; i < capped.length; i++) findings.push(capped[i]!);
  }
  return findings;
}

/** Validates a bibliographic or holdings record with the selected rules. */
export function validateRecord(record: MarcRecord, kind: 'bib' | 'holdings', opts: ValidateOptions = {}): Finding[] {
  const ctx: RuleContext = {
    kind,
    record,
    profile: opts.profile ?? GENERIC_PROFILE,
    options: ruleOptions(opts.options),
    index: buildRecordIndex(record),
  };
  return run(cachedSelection(opts, kind), ctx, opts.deadline);
}

function normaliseBudget(finding: Finding, ctx: RuleContext): void {
  if (finding.fieldIndex === undefined) return;
  finding.tag = ctx.record!.fields[finding.fieldIndex]!.tag;
  finding.occurrence = ctx.index.occurrenceOf(finding.fieldIndex);
}

/** Validates a physical item (and, through `bib`, what item rules need from its bibliographic record). */
export function validateItem(item: ItemRecord, opts: ValidateItemOptions = {}): Finding[] {
  const ctx: RuleContext = {
    kind: 'item',
    item,
    profile: opts.profile ?? GENERIC_PROFILE,
    options: ruleOptions(opts.options),
    index: buildRecordIndex(opts.bib),
  };
  if (opts.bib) ctx.bib = opts.bib;
  return run(cachedSelection(opts, 'item'), ctx, opts.deadline);
}

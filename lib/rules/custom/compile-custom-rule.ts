import { isDataField, type Field } from '../../marc/types';
import type { Finding, Rule, RuleContext } from '../types';
import { CUSTOM_RULE_ID_PREFIX, type CustomRuleDefinition } from './types';
import { checkDefinition } from './check-definition';
import { compileTagPattern, isWildcardTag } from './tag-pattern';
import { almaFieldText, quoteValue } from './field-text';

export type CompileResult = { ok: true; rule: Rule } | { ok: false; error: string };

/** Alma shows blank indicators as `#`; the record model uses a space. */
function normaliseIndicator(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value === '#' || value === '_' ? ' ' : value;
}

/**
 * Compiles a custom rule definition into a normal Rule. The regular expression, tag matcher and
 * message parts are built here once, so `check` only compares and tests.
 */
export function compileCustomRule(def: CustomRuleDefinition): CompileResult {
  const { problems, regex } = checkDefinition(def);
  if (problems.length > 0 || !regex) {
    const name = typeof def.title === 'string' && def.title.trim() ? `"${def.title.trim()}"` : `"${String(def.id)}"`;
    return { ok: false, error: `Custom rule ${name}: ${problems.join('; ')}.` };
  }
  const id = CUSTOM_RULE_ID_PREFIX + def.id;
  const tag = def.tag.toUpperCase();
  const ind1 = normaliseIndicator(def.ind1);
  const ind2 = normaliseIndicator(def.ind2);
  const code = def.subfield;
  const mustMatch = def.match === 'must-match';
  const source = def.source ?? '';
  const expectation = `${mustMatch ? 'does not match' : 'matches'} /${def.pattern}/${def.flags ?? ''}`;
  const userMessage = def.message.trim();
  const matchesTag = compileTagPattern(tag);
  const exactTag = !isWildcardTag(tag);

  /** True when the value breaks the rule. */
  const violates = (value: string): boolean => regex.test(value) !== mustMatch;

  const finding = (where: Partial<Finding>, place: string, value: string): Finding => ({
    ruleId: id,
    severity: def.severity,
    message: `${place}: ${userMessage} (value ${quoteValue(value)} ${expectation}; custom rule "${def.title}")`,
    ...where,
    ...(source ? { source } : {}),
  });

  const checkField = (field: Field, fieldIndex: number, occurrence: number, out: Finding[]): void => {
    const place = `Field ${field.tag} (occurrence ${occurrence + 1})`;
    const at = { tag: field.tag, occurrence, fieldIndex };
    if (!isDataField(field)) {
      // Control fields have no indicators or subfields; a rule asking for them does not apply.
      if (ind1 === undefined && ind2 === undefined && code === undefined && violates(field.value))
        out.push(finding(at, place, field.value));
      return;
    }
    if ((ind1 !== undefined && field.ind1 !== ind1) || (ind2 !== undefined && field.ind2 !== ind2)) return;
    if (code === undefined) {
      const text = almaFieldText(field);
      if (violates(text)) out.push(finding(at, place, text));
      return;
    }
    const subfields = field.subfields;
    for (let i = 0; i < subfields.length; i++) {
      const subfield = subfields[i]!;
      if (subfield.code === code && violates(subfield.value))
        out.push(finding({ ...at, code, subfieldIndex: i }, `${place}, subfield $${code}`, subfield.value));
    }
  };

  const rule: Rule = {
    id,
    title: def.title.trim(),
    defaultSeverity: def.severity,
    appliesTo: [...def.appliesTo],
    origin: 'custom',
    profiles: ['all'],
    rationale: userMessage,
    source,
    check(ctx: RuleContext): Finding[] {
      const record = ctx.record;
      if (!record) return [];
      const out: Finding[] = [];
      if (tag === 'LDR') {
        if (violates(record.leader)) out.push(finding({ tag: 'LDR' }, 'Leader', record.leader));
        return out;
      }
      if (exactTag) {
        for (const entry of ctx.index.byTag(tag)) checkField(entry.field, entry.fieldIndex, entry.occurrence, out);
        return out;
      }
      const fields = record.fields;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        if (matchesTag(field.tag)) checkField(field, i, ctx.index.occurrenceOf(i), out);
      }
      return out;
    },
  };
  return { ok: true, rule };
}

/** Compiles every definition; bad ones are reported, good ones still run. */
export function compileCustomRules(defs: readonly CustomRuleDefinition[]): { rules: Rule[]; errors: string[] } {
  const rules: Rule[] = [];
  const errors: string[] = [];
  for (const def of defs) {
    const result = compileCustomRule(def);
    if (result.ok) rules.push(result.rule);
    else errors.push(result.error);
  }
  return { rules, errors };
}

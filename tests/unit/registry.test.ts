import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../lib/rules/registry';

/** Every test file under tests/unit/rules, as text. */
function ruleTestSources(dir = join(import.meta.dirname, 'rules')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ruleTestSources(path);
    return /\.test\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('rule registry', () => {
  it('has unique rule ids', () => {
    const ids = builtInRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every rule is named in the rule tests (each rule is tested with a passing and a failing record)', () => {
    const sources = ruleTestSources().join('\n');
    const untested = builtInRules
      .map((rule) => rule.id)
      .filter((id) => !sources.includes(`'${id}'`) && !sources.includes(`"${id}"`));
    expect(untested).toEqual([]);
  });

  it('every rule says where it comes from and why', () => {
    const incomplete = builtInRules.filter(
      (rule) => !/^https:\/\//.test(rule.source) || rule.rationale.trim().length < 20 || rule.title.trim() === '',
    );
    expect(incomplete.map((rule) => rule.id)).toEqual([]);
  });
});

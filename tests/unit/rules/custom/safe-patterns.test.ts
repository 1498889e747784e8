/** Issue 15 item 3: custom-rule patterns run on RE2 (linear time); what RE2 cannot express is refused everywhere. */
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../../../lib/rules/custom/check-definition';
import { createDefaultSettings } from '../../../../lib/settings/defaults';
import { exportSettings, importSettings } from '../../../../lib/settings/import-export';
import { LINEAR_RATIO_LIMIT, doublingRatio } from '../../growth';

describe('custom-rule patterns', () => {
  it('runs the catastrophic ^(a+)+$ in linear time instead of backtracking', () => {
    const matcher = compilePattern('^(a+)+$', '');
    if (typeof matcher === 'string') throw new Error(matcher);
    expect(matcher.test('aaaa')).toBe(true);
    expect(matcher.test(`${'a'.repeat(30)}!`)).toBe(false); // minutes on a backtracking engine
    const ratio = doublingRatio(
      (n) => `${'a'.repeat(n)}!`,
      (value) => matcher.test(value),
      20_000,
    );
    expect(ratio).toBeLessThan(LINEAR_RATIO_LIMIT);
  });

  it('keeps the JavaScript meaning of flags and classes', () => {
    const matcher = compilePattern('^temp\\d{2}$', 'i');
    if (typeof matcher === 'string') throw new Error(matcher);
    expect(matcher.test('TEMP12')).toBe(true);
    expect(matcher.test('TEMP123')).toBe(false);
  });

  it('refuses backreferences and lookarounds with an explanation', () => {
    expect(compilePattern('(ab)\\1', '')).toMatch(/uses a backreference .* not support: patterns are matched in time/);
    for (const pattern of ['a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b'])
      expect(compilePattern(pattern, ''), pattern).toMatch(/uses a lookahead or lookbehind/);
  });

  it('refuses them on settings import (the CLI --settings reads files the same way)', () => {
    const settings = createDefaultSettings();
    settings.customRules.push({
      id: 'no-doubles',
      title: 'No doubled words',
      tag: '245',
      pattern: '\\b(\\w+) \\1\\b',
      match: 'must-not-match',
      severity: 'warning',
      message: 'A word is doubled.',
      appliesTo: ['bib'],
    });
    const result = importSettings(exportSettings(settings));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/customRules\[0\].*uses a backreference/);
  });
});

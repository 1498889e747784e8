import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../lib/rules/registry';

describe('rule registry', () => {
  it('has unique rule ids', () => {
    const ids = builtInRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

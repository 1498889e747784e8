import { describe, expect, it } from 'vitest';
import { compileTagPattern, slugify, uniqueSlug } from '../../../../lib/rules/custom';

describe('compileTagPattern', () => {
  it.each([
    ['6XX', ['600', '650', '699'], ['500', '6', '6500', '700']],
    ['9X9', ['909', '999', '919'], ['990', '899']],
    ['650', ['650'], ['651', '6500']],
    ['xxx', ['001', '999'], ['LDR', '99']],
  ])('%s', (pattern, matching, other) => {
    const matches = compileTagPattern(pattern);
    for (const tag of matching) expect(matches(tag), tag).toBe(true);
    for (const tag of other) expect(matches(tag), tag).toBe(false);
  });
});

describe('slugify', () => {
  it('makes kebab-case ASCII slugs and unique ones on demand', () => {
    expect(slugify('Keine Dublette! (6XX)')).toBe('keine-dublette-6xx');
    expect(slugify('Écrit à la main')).toBe('ecrit-a-la-main');
    expect(slugify('***')).toBe('rule');
    const taken = new Set<string>();
    expect([uniqueSlug('A b', taken), uniqueSlug('a-b', taken), uniqueSlug('A B', taken)]).toEqual([
      'a-b',
      'a-b-2',
      'a-b-3',
    ]);
  });
});

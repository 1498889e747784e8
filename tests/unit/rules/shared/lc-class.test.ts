import { describe, expect, it } from 'vitest';
import { looksLikeDewey, looksLikeLcClass, looksLikeNlmClass } from '../../../../lib/rules/shared/lc-class';

describe('classification shapes', () => {
  it('tells LC from NLM and Dewey', () => {
    expect(looksLikeLcClass('QA76.73 .J38')).toBe(true);
    expect(looksLikeLcClass('KF 4550')).toBe(true);
    expect(looksLikeLcClass('WB 100')).toBe(false);
    expect(looksLikeNlmClass('QV 4')).toBe(true);
    expect(looksLikeLcClass('025.3 A1')).toBe(false);
    expect(looksLikeDewey('025.3 A1')).toBe(true);
    expect(looksLikeDewey('813/.54')).toBe(true);
    expect(looksLikeDewey('QA76')).toBe(false);
  });
});

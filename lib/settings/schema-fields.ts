import { TAG_PATTERN } from '../rules/custom/tag-pattern';
import { SLUG_PATTERN } from '../rules/custom/slug';
import { str } from './schema';

/** Field schemas shared by the v1 and v2 settings shapes. */
export const slug = () =>
  str({ minLength: 1, maxLength: 64, pattern: SLUG_PATTERN, hint: 'a kebab-case id such as "local-note-check"' });
export const httpUrl = () =>
  str({ minLength: 1, pattern: /^https?:\/\/[^\s]+$/, hint: 'a web address starting with https://' });
export const label = (maxLength = 200) => str({ minLength: 1, maxLength });
export const tag = () =>
  str({ pattern: TAG_PATTERN, hint: 'a tag of three digits or X wildcards (650, 6XX, 9X9) or LDR' });
export const indicator = () =>
  str({ pattern: /^[0-9a-z #_]$/, hint: 'one indicator character (digit, lowercase letter, or # for blank)' });
export const subfieldCode = () => str({ pattern: /^[a-z0-9]$/, hint: 'one subfield code (lowercase letter or digit)' });
export const code = () =>
  str({ minLength: 1, maxLength: 32, pattern: /^[A-Za-z0-9_.-]+$/, hint: 'an Alma code (letters, digits, _ . -)' });
export const ruleIdKey = { pattern: /^[a-z0-9][a-z0-9/._-]*$/, hint: 'a rule id such as "custom/local-note-check"' };
export const oclcSymbol = () =>
  str({ maxLength: 8, pattern: /^[A-Z0-9]*$/, hint: 'an OCLC symbol in capital letters or digits, e.g. CUY' });
export const host = () =>
  str({
    pattern: /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i,
    hint: 'a host name such as "library.example.edu" or "*.example.edu"',
  });

import type { Finding } from '../lib/rules/types';

/**
 * A finding's message as the panel shows it. The background words every finding in the interface's language
 * before it reaches a page (content/validation/background-validator.ts sends the language,
 * lib/validation/localize.ts), so the message catalogs stay out of the content script; custom rules give their
 * own (English or the institution's) words.
 */
export function findingMessage(finding: Pick<Finding, 'message'>): string {
  return finding.message;
}

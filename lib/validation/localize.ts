import { localizedMessage } from '../rules/messages';
import { fixDescription } from '../rules/messages/fix-words';
import type { RuleLanguage } from '../rules/messages/language';
import type { Finding } from '../rules/types';

/**
 * The findings of one validation in `language`: each message by its id, each fix's label by its words
 * (lib/rules/messages/fix-words.ts). The background does this for the page that asked, so the catalogs stay
 * out of the content script; English findings are returned as they are. The findings are this validation's
 * own (fresh objects), so they are changed in place; the message id and parameters stay for any later reader.
 */
export function localizeFindings(findings: Finding[], language: RuleLanguage): Finding[] {
  if (language === 'en') return findings;
  for (const finding of findings) {
    finding.message = localizedMessage(finding, language);
    if (finding.fix) finding.fix = { ...finding.fix, description: fixDescription(finding.fix, language) };
  }
  return findings;
}

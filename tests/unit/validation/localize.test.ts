import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../lib/rules/engine';
import type { Finding } from '../../../lib/rules/types';
import { GENERIC_PROFILE } from '../../../lib/settings/profile';
import { localizeFindings } from '../../../lib/validation/localize';

/** The background words findings in the page's language (the catalogs are not in the content script). */
describe('localizeFindings', () => {
  const record = {
    leader: '00000nam a2200000 i 4500',
    fields: [
      { tag: '001', value: '1' },
      { tag: '020', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '0-19-250335-9' }] },
      { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'c', value: 'x' }] },
    ],
  };
  const findings = (): Finding[] => validateRecord(record, 'bib', { profile: GENERIC_PROFILE });

  it('says messages and fix labels in German, and keeps English findings as they are', () => {
    const english = findings();
    expect(localizeFindings(findings(), 'en')).toEqual(english);
    const german = localizeFindings(findings(), 'de');
    const title = german.find((finding) => finding.ruleId === 'title-required')!;
    expect(title.message).toMatch(/^Feld 245 \(Vorkommen 1\) hat kein \$a \(Titel\)/);
    const fixed = german.filter((finding) => finding.fix);
    expect(fixed.length).toBeGreaterThan(0);
    for (const finding of fixed) {
      const before = english.find((e) => e.ruleId === finding.ruleId && e.fieldIndex === finding.fieldIndex)!;
      expect(finding.fix!.description, finding.ruleId).not.toBe(before.fix!.description);
    }
  });

  it('keeps the words of a finding without a message id (custom rules)', () => {
    const custom: Finding = { ruleId: 'custom-x', severity: 'warning', message: 'Remove the marker' };
    expect(localizeFindings([custom], 'de')[0]!.message).toBe('Remove the marker');
  });
});

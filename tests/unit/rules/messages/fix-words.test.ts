import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFindings } from './corpus-findings';
import { fixDescription, germanFixDescription } from '../../../../lib/rules/messages/fix-words';
import { builtInRules } from '../../../../lib/rules/registry';
import type { Finding } from '../../../../lib/rules/types';

/**
 * Fix labels in German (lib/rules/messages/fix-words.ts): every fix the built-in rules give on the fixture
 * corpus, and the other shapes the rule files build (examples below, one per shape the corpus lacks), have a
 * German label that keeps the record's values and says the place in German. A rule file that builds a fix and
 * is covered by neither fails the last test, so a new fix cannot stay English unnoticed.
 */
const root = join(import.meta.dirname, '../../../..');

function corpusFixes(): Finding[] {
  return corpusFindings().filter((finding) => finding.fix);
}

/** English labels as the rule files build them, for shapes the corpus does not give; [rule id, label]. */
const EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['empty-subfield', 'Remove the 4,096 empty subfields from 650 (2nd)'],
  ['empty-subfield', 'Remove the empty 2nd $a from 880 (3rd, for 245)'],
  ['subfield-code-format', 'Lowercase the 12 uppercase subfield codes in 876'],
  ['subfield-whitespace', 'Trim the blanks around 5,000 subfields in 245'],
  ['subfield-whitespace', 'Trim the blanks around subfield 3 in 500 (1st)'],
  ['issn', 'Write the ISSN as "0378-5955"'],
  ['language-codes-041', 'Write the code as "eng"'],
  ['subject-source-indicator', 'Set indicator 2 of 650 to 0 (lcsh) and remove $2'],
  ['subject-source-indicator', 'Set indicator 2 of 650 to 7 (source in $2)'],
  ['call-number-scheme-852', 'Set 852 indicator 1 to 7 (scheme named in $2)'],
  ['call-number-scheme-852', 'Set 852 indicator 1 to 1 (Dewey Decimal)'],
  ['call-number-scheme-852', 'Set 852 indicator 1 to 2 (National Library of Medicine)'],
  ['hol-852-indicator-lc', 'Set 852 first indicator to 0 (Library of Congress classification)'],
  ['hol-852-class-part-missing', 'Copy the call number "QA76.73 .J38 2020" from 050 into 852 $h/$i'],
  ['hol-852-class-part-missing', 'Copy the call number "QA76.73" from 050 into 852 $h'],
  ['rda-publication-264', 'Change 260 to 264 with indicator 2 = 1 (publication)'],
  ['nonfiling-indicator', 'Set indicator 1 of 730 to 4 (skip the article "the")'],
  ['mvm-enumeration-mismatch', 'Set Enumeration A to 3'],
  ['mvm-description-format', 'Set Description to v.3'],
  ['mvm-description-missing', 'Set Description to v.12'],
  ['mvm-chronology-on-monograph', 'Clear Chronology I'],
  ['mvm-chronology-on-monograph', 'Clear Chronology J'],
  ['item-description-single-volume', 'Clear Description'],
];

describe('fix labels in German', () => {
  const fixes = corpusFixes();

  it('every fix on the fixture corpus has a German label', () => {
    expect(fixes.length).toBeGreaterThan(50);
    const english = [...new Set(fixes.map((finding) => finding.fix!.description))].filter(
      (description) => germanFixDescription(description) === undefined,
    );
    expect(english).toEqual([]);
  });

  it.each(EXAMPLES)('%s: "%s" has a German label', (_rule, description) => {
    const german = germanFixDescription(description);
    expect(german).toBeDefined();
    // English words outside the record's values (quoted) and the schemes' names mean the label is half English.
    const words = german!.replace(/"[^"]*"/g, '').replace(/Library of Congress|National Library of Medicine/g, '');
    expect(words).not.toMatch(/\b(the|to|of|with|from|and|Set|Write|Remove|Clear|Trim|Change|\d+(st|nd|rd|th))\b/);
  });

  it('keeps the record values and says places in German', () => {
    expect(germanFixDescription('Write the ISBN as "014081759X (koko paketti)"')).toBe(
      'ISBN als "014081759X (koko paketti)" schreiben',
    );
    expect(germanFixDescription('Remove the empty $b from 801 (2nd)')).toBe('Leeres $b aus 801 (2.) entfernen');
    expect(germanFixDescription('Remove the empty 2nd $a from 880 (3rd, for 245)')).toBe(
      'Leeres 2. $a aus 880 (3., für 245) entfernen',
    );
    expect(germanFixDescription('Remove the 4,096 empty subfields from 650')).toBe(
      'Die 4.096 leeren Unterfelder aus 650 entfernen',
    );
    expect(germanFixDescription('Set indicator 2 of 245 to 4 (skip the article "the")')).toBe(
      '2. Indikator von 245 auf 4 setzen (Artikel "the" übergehen)',
    );
    expect(germanFixDescription('Change $A to $a in 876')).toBe('$A in 876 zu $a ändern');
  });

  it('falls back to the English words: in English, and for a label no shape knows (a custom rule’s)', () => {
    expect(fixDescription({ description: 'Write the ISBN as "0192503359"' }, 'en')).toBe(
      'Write the ISBN as "0192503359"',
    );
    expect(fixDescription({ description: 'Write the ISBN as "0192503359"' }, 'de')).toBe(
      'ISBN als "0192503359" schreiben',
    );
    expect(fixDescription({ description: 'Replace our local note' }, 'de')).toBe('Replace our local note');
  });

  it('covers every rule file that builds a fix (by the corpus or an example above)', () => {
    const covered = new Set([...fixes.map((finding) => finding.ruleId), ...EXAMPLES.map(([rule]) => rule)]);
    const builders = builtInRules
      .map((rule) => rule.id)
      .filter((id) => {
        const group = ['structure', 'definitions', 'fields', 'oclc', 'holdings', 'procedures', 'items'].find((dir) => {
          try {
            readFileSync(join(root, 'lib/rules', dir, `${id}.ts`));
            return true;
          } catch {
            return false;
          }
        });
        if (!group) return false;
        const source = readFileSync(join(root, 'lib/rules', group, `${id}.ts`), 'utf8');
        return /\bdescription: [`'"]|subfieldEdit\(|fieldSubfieldsEdit\(/.test(source);
      });
    expect(builders.length).toBeGreaterThan(15);
    expect(builders.filter((id) => !covered.has(id))).toEqual([]);
  });
});

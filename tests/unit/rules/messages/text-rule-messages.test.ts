import { describe, expect, it } from 'vitest';
import { formatRuleMessage, isRuleMessageId, localizedMessage, ruleText } from '../../../../lib/rules/messages';
import { ENGINE_BUDGET_EXCEEDED, validateRecord } from '../../../../lib/rules/engine';
import { findRule } from '../../../../lib/rules/registry';
import { placeParams } from '../../../../lib/rules/shared/place';
import type { RuleContext } from '../../../../lib/rules/types';
import { chattyRule } from '../helpers';
import {
  BERKELEY,
  HOLDINGS_LEADER,
  MONOGRAPH_LEADER,
  MVM_BIB,
  SINGLE_BIB,
  coded,
  item,
  marc,
  ruleContext,
} from '../../procedures/builders';

/**
 * The rules of lib/rules/messages/en-text.ts on built records: the procedure, holdings and item rules need a page
 * (record status, page kind, a parent bib or an item) that the MARC fixture corpus of catalogs.test.ts cannot give,
 * and the corpus reaches only some cases of the field rules. Each case makes its rule report; every message id of
 * the rules named here must turn up in some case.
 */
const holdings = (lines: string[], leader = HOLDINGS_LEADER) => marc(lines, leader);
const host = marc(['001 99555', '245 10 $a Host', '774 0# $w 991234 $t Bound with']);
const changedTemplate = holdings(
  [`008 ${'000000' + '4u    0   4001uu   0000000'}`, '852 0# $b MAIN $c mstk'],
  '     nu  a22     un 4500',
);
const twoChanges = holdings([`008 ${'000000' + '4x    0   4001uu   0000000'}`, '852 0# $b MAIN $c mstk']);
/** 008 with the language English (positions 35-37). */
const ENGLISH_008 = `008 ${' '.repeat(35)}eng  `;
const onItem = (overrides: Parameters<typeof item>[0], parts: Partial<RuleContext> = {}) =>
  ruleContext('item', { item: item(overrides), ...parts });
/** Every set of empty boxes item-barcode-scanned-early names (copy ID, material type, item policy). */
const emptyBoxes = [1, 2, 3, 4, 5, 6, 7].map((bits) => ({
  barcode: '3000',
  copyId: bits & 1 ? '' : '1',
  materialType: bits & 2 ? coded('') : coded('BOOK'),
  itemPolicy: bits & 4 ? coded('') : coded('01'),
}));
const brokenPatterns = {
  ...BERKELEY,
  withdrawnLocationPattern: '(',
  barcodePattern: '[',
  mvmDescriptionPattern: '^v\\.(',
  depositWorkOrderPattern: '(?',
};

const CASES: [ruleId: string, ctx: RuleContext][] = [
  ['add-bib-not-network-linked', ruleContext('bib', { record: SINGLE_BIB, recordStatus: { networkLinked: false } })],
  ['add-bib-not-network-linked', ruleContext('bib', { record: MVM_BIB })],
  ['del-related-record', ruleContext('bib', { record: host, recordStatus: { markedForDeletion: true } })],
  ['rel-related-record', ruleContext('bib', { record: host })],
  ['rel-withdraw-related-record', ruleContext('item', { item: item(), bib: host, pageKind: 'withdraw-dialog' })],
  [
    'rel-link-not-resolvable',
    ruleContext('bib', { record: marc(['773 0# $t Host $w (DLC)sn 84000000', '780 00 $w (DLC)1 $w (CaOONL)2']) }),
  ],
  ['hol-852-class-part-missing', ruleContext('holdings', { record: holdings(['852 0# $b MAIN $c mstk']) })],
  [
    'hol-852-class-part-missing',
    ruleContext('holdings', { record: holdings(['852 0# $b MAIN $c mstk']), bib: SINGLE_BIB }),
  ],
  [
    'hol-852-class-part-missing',
    ruleContext('holdings', { record: holdings(['852 0# $b MAIN $c mstk']), bib: marc(['050 00 $a QA76']) }),
  ],
  ['hol-852-indicator-lc', ruleContext('holdings', { record: holdings(['852 ## $b MAIN $h QA76', '852 8# $h QA7']) })],
  ['hol-852-location-missing', ruleContext('holdings', { record: holdings(['008 x']) })],
  ['hol-852-location-missing', ruleContext('holdings', { record: holdings(['852 0# $h QA76']) })],
  ['hol-template-mismatch', ruleContext('holdings', { record: changedTemplate })],
  ['hol-template-mismatch', ruleContext('holdings', { record: twoChanges })],
  ...emptyBoxes.map((boxes): [string, RuleContext] => ['item-barcode-scanned-early', onItem(boxes)]),
  ['item-profile-pattern-invalid', onItem({}, { profile: brokenPatterns })],
  ['holdings-leader-record-type', ruleContext('holdings', { record: holdings([], '     nz  a22     un 4500') })],
  ['holdings-leader-record-type', ruleContext('holdings', { record: holdings([], '     nam a22     un 4500') })],
  [
    'call-number-scheme-852',
    ruleContext('holdings', {
      record: holdings([
        '852 7# $b MAIN $h F 123',
        '852 8# $b MAIN $h F 123 $2 ddc',
        ...['0', '1', '2'].flatMap((ind1) =>
          ['WB 100', '025.3', 'FIC SMITH'].map((h) => `852 ${ind1}# $b MAIN $h ${h}`),
        ),
      ]),
    }),
  ],
  [
    'caption-pattern-links',
    ruleContext('holdings', {
      record: holdings(
        [
          '853 20 $a v.',
          '853 20 $8 a $a v.',
          '853 20 $8 1 $a v.',
          '853 20 $8 1 $a no.',
          '863 40 $a 1',
          '863 40 $8 x $a 1',
          '863 40 $8 2.1 $a 1',
        ],
        '00000ny  a2200000un 4500',
      ),
    }),
  ],
  ...bibCases('dewey-082', [
    ['082 04 $a 0253 $2 23'],
    ['082 04 $a 025.3'],
    ['082 04 $a 025.3 $2 twenty'],
    ['082 04 $a 025.3 $2 99'],
    ['082 14 $a 025.3 $2 99'],
  ]),
  ...bibCases('lc-classification-050', [['050 00 $a 123'], ['050 00 $a QA76']]),
  ...bibCases('standard-identifier-024', [
    ['024 1# $a 12345'],
    ['024 2# $a 12345'],
    ['024 3# $a 12345'],
    ['024 3# $a 9780306406158'],
  ]),
  ...bibCases('first-subfield-a', [
    ['250 ## $b ed.'],
    ['250 ##'],
    ['246 1# $a Title $i Title on container:'],
    ['246 1# $i Title on container $a Title'],
    ['246 1# $b Sub $a Title'],
  ]),
  ...bibCases('title-first-subfield', [
    ['245 10 $6 880-01'],
    ['245 10 $a Title $6 880-01'],
    ['245 10 $6 880-01 $c Someone'],
    ['245 10'],
    ['245 10 $c Someone $a Title'],
  ]),
  ...bibCases('linkage-880-pairs', [
    ['245 10 $6 880-01 $a Title', '880 10 $6 245-01 $a Titel', '880 10 $6 245-01 $a Zweiter'],
    ['880 10 $6 245-02 $a Titel'],
    ['250 ## $6 880-03 $a ed.', '880 10 $6 245-03 $a Titel'],
    ['245 10 $6 880-04 $a Title'],
  ]),
  ...bibCases('linkage-880-subfield-6', [
    ['245 10 $6 880 $a Title'],
    ['880 10 $6 24501 $a Title'],
    ['880 10 $a Title'],
  ]),
  ...bibCases('nonfiling-indicator', [
    ['245 14 $a A title'],
    ['245 14 $a [[[[[[[[The title'],
    [ENGLISH_008, '245 14 $a La casa'],
    ['245 14 $a Hobbit'],
    [ENGLISH_008, '245 14 $a Hobbit'],
    ['245 14 $c Someone'],
    [ENGLISH_008, '245 14 $c Someone'],
    ['245 1x $a Hobbit'],
  ]),
  ...bibCases('heading-punctuation', [
    ['100 1# $a Smith, John'],
    ['100 1# $a Smith, John (Fictitious).'],
    ['100 1# $a Smith, John. $e author.'],
    ['130 0# $a Bible $l Latin.'],
  ]),
  ...bibCases('isbd-punctuation', [
    ['300 ## $a 300 p. $b ill.'],
    ['300 ## $a 300 p. : $b ill. $c 24 cm'],
    ['490 0# $a Series $x 1234-5678'],
    ['246 3# $a Title $n Part 1'],
    ['246 3# $a Title $b Other'],
    ['300 ## $a 300 p. $e 1 map'],
    ['250 ## $a 2nd ed'],
    ['260 ## $a New York : $b Pub, $c 2001'],
  ]),
  ...bibCases('title-subfield-punctuation', [
    ['245 10 $a Title $c by Someone.'],
    ['245 10 $a Title / $c by J. R. R. Tolkien.'],
    ['245 10 $a Title $b sub.'],
    ['245 10 $a Title $h videorecording'],
    ['245 10 $a Title $n Part 1.'],
    ['245 10 $a Title. $n Part 1 $p Name.'],
    ['245 10 $a Title $p Name.'],
  ]),
  [
    'title-subfield-punctuation',
    ruleContext('bib', {
      // The builder trims subfield values; a space before $h needs the field written out.
      record: {
        leader: MONOGRAPH_LEADER,
        fields: [
          {
            tag: '245',
            ind1: '1',
            ind2: '0',
            subfields: [
              { code: 'a', value: 'Title ' },
              { code: 'h', value: '[videorecording].' },
            ],
          },
        ],
      },
    }),
  ],
];

/** One case per record, each record of the given fields (ISBD punctuation, leader/18 a). */
function bibCases(ruleId: string, records: string[][]): [string, RuleContext][] {
  return records.map((fields) => [ruleId, ruleContext('bib', { record: marc(fields) })]);
}

describe('messages of the text, linking, holdings, item and procedure rules', () => {
  const findings = CASES.flatMap(([ruleId, ctx]) => {
    const rule = findRule(ruleId);
    if (!rule) throw new Error(`no rule ${ruleId}`);
    const found = rule.check(ctx).filter((finding) => finding.ruleId === ruleId);
    if (found.length === 0) throw new Error(`${ruleId}: the case gives no finding`);
    return found;
  });

  it('each finding carries a message id whose English text is its message', () => {
    for (const finding of findings) {
      expect(finding.messageId && isRuleMessageId(finding.messageId), finding.message).toBe(true);
      expect(formatRuleMessage(finding.messageId as never, finding.params ?? {}, 'en')).toBe(finding.message);
    }
  });

  it('German fills every placeholder and differs from the English', () => {
    for (const finding of findings) {
      const german = localizedMessage(finding, 'de');
      expect(german, finding.messageId).not.toBe(finding.message);
      expect(german, finding.messageId).not.toMatch(/\{\w+(?::\w+)?\}/);
    }
  });

  it('the cases reach every message id of these rules', async () => {
    const { EN_TEXT_RULE_MESSAGES } = await import('../../../../lib/rules/messages/en-text');
    const ruleIds = new Set(CASES.map(([ruleId]) => ruleId));
    const ids = Object.keys(EN_TEXT_RULE_MESSAGES).filter((id) => ruleIds.has(id.slice(0, id.indexOf('.'))));
    const reached = new Set(findings.map((finding) => finding.messageId));
    expect(ids.filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe("the engine's own findings", () => {
  it('the time-budget notice names the largest field in both languages', () => {
    const record = marc(['245 10 $a Title $b sub $c someone', '500 ## $a Note']);
    // A deadline already past: the first rule runs, then the budget stops the others.
    const [budget] = validateRecord(record, 'bib', { deadline: performance.now() - 1 }).filter(
      (finding) => finding.ruleId === ENGINE_BUDGET_EXCEEDED,
    );
    expect(budget?.messageId).toBe('engine.budget-exceeded-subfields');
    expect(budget!.message).toMatch(/after 1 of \d+\. Its largest field is 245 \(3 subfields\)\. Choose "Check/);
    expect(localizedMessage(budget!, 'de')).toMatch(
      /^Dieser Datensatz ist zu groß .* nach 1 von \d+ .* Sein größtes Feld ist 245 \(3 Unterfelder\)\. Wählen Sie „Diesen Datensatz jetzt prüfen“/,
    );
  });

  it('says characters for a control field, and no field for a record without fields', () => {
    const control = validateRecord(marc([`008 ${'x'.repeat(40)}`]), 'bib', { deadline: performance.now() - 1 });
    expect(control.find((f) => f.ruleId === ENGINE_BUDGET_EXCEEDED)?.messageId).toBe(
      'engine.budget-exceeded-characters',
    );
    const empty = validateRecord(marc([]), 'bib', { deadline: performance.now() - 1 });
    const notice = empty.find((f) => f.ruleId === ENGINE_BUDGET_EXCEEDED)!;
    expect(notice.messageId).toBe('engine.budget-exceeded');
    expect(localizedMessage(notice, 'de')).not.toMatch(/\{\w+(?::\w+)?\}/);
  });
});

describe('the summary of many findings in one field', () => {
  const chatty = chattyRule(() =>
    Array.from({ length: 150 }, (_, s) => {
      const text = ruleText('heading-punctuation.no-final-period', placeParams('245', 0, 'a'));
      return {
        severity: 'warning' as const,
        fieldIndex: 1,
        subfieldIndex: s,
        message: formatRuleMessage(text.messageId, text.params, 'en'),
        ...text,
      };
    }),
  );

  it("keeps the English text and says it in German, the first finding's message included", () => {
    const record = marc(['100 1# $a Someone', '245 10 $a Title']);
    const [summary, ...rest] = validateRecord(record, 'bib', { rules: [chatty] });
    expect(rest).toEqual([]);
    expect(summary!.messageId).toBe('engine.capped');
    expect(summary!.message).toBe(
      '245: 150 findings of "Chatty test rule" in this field, shown as one; the first: Field 245 (occurrence 1), $a ends the heading and should end with a period (or ?, !, -, a quote or closing parenthesis). Add the final period.',
    );
    expect(localizedMessage(summary!, 'de')).toBe(
      '245: 150 Befunde derselben Prüfung in diesem Feld, zu einem zusammengefasst; der erste: Feld 245 (Vorkommen 1), $a beendet den Sucheinstieg und sollte mit einem Punkt enden (oder mit ?, !, -, einem Anführungszeichen oder einer schließenden Klammer). Ergänzen Sie den Schlusspunkt.',
    );
  });
});

import type { RuleLanguage } from './index';

/**
 * A fix's label (the panel's Fix button, the status line after a fix or an undo) in the cataloger's language.
 * Rules describe their fixes in English (`Edit.description`, built in each rule file); German is derived here by
 * the shape of those sentences, the places in them (field labels, subfields) put into German too, while values
 * from the record ("0192503359", "(OCoLC)ocm07947282") stay as they are. A description no shape matches (a rule
 * added later, a custom rule's) stays English: tests/unit/rules/messages/fix-words.test.ts runs every built-in
 * rule's fixes on the fixture corpus and on built examples and fails when one has no German.
 * Pure: no DOM, no `browser.*`.
 */

/** "245", "245 (2nd)", "880 (2nd, for 245)", "LDR". */
const LABEL = String.raw`(\d{3}|LDR)(?: \((\d+)(?:st|nd|rd|th)(?:, for (\d{3}))?\))?`;
/** "$a", "2nd $a", "subfield 3" (an unprintable code). */
const SUB = String.raw`(?:(?:(\d+)(?:st|nd|rd|th) )?\$(\S)|subfield (\d+))`;
/** "4,096": a count of subfields. */
const COUNT = String.raw`(\d{1,3}(?:,\d{3})*)`;

const label = (m: RegExpExecArray, at: number): string => {
  const [tag, nth, forTag] = [m[at], m[at + 1], m[at + 2]];
  const inside = [nth ? `${nth}.` : '', forTag ? `für ${forTag}` : ''].filter(Boolean).join(', ');
  return inside ? `${tag} (${inside})` : tag!;
};
const sub = (m: RegExpExecArray, at: number): string =>
  m[at + 2] ? `Unterfeld ${m[at + 2]}` : `${m[at] ? `${m[at]}. ` : ''}$${m[at + 1]}`;
const count = (text: string): string => text.replace(/,/g, '.');

/** Groups: LABEL takes 3, SUB takes 3. */
const SCHEMES: Readonly<Record<string, string>> = {
  'Library of Congress': 'Library of Congress',
  'Dewey Decimal': 'Dewey-Dezimalklassifikation',
  'National Library of Medicine': 'National Library of Medicine',
};
const ITEM_BOXES: Readonly<Record<string, string>> = {
  Description: 'Beschreibung',
  'Chronology I': 'Chronologie I',
  'Chronology J': 'Chronologie J',
  'Enumeration A': 'Zählung A',
};

type Shape = readonly [RegExp, (m: RegExpExecArray) => string];

const GERMAN: readonly Shape[] = [
  [new RegExp(`^Remove the empty ${SUB} from ${LABEL}$`), (m) => `Leeres ${sub(m, 1)} aus ${label(m, 4)} entfernen`],
  [
    new RegExp(`^Remove the ${COUNT} empty subfields from ${LABEL}$`),
    (m) => `Die ${count(m[1]!)} leeren Unterfelder aus ${label(m, 2)} entfernen`,
  ],
  [
    new RegExp(`^Lowercase the ${COUNT} uppercase subfield codes in ${LABEL}$`),
    (m) => `Die ${count(m[1]!)} großgeschriebenen Unterfeldcodes in ${label(m, 2)} kleinschreiben`,
  ],
  [new RegExp(`^Change \\$(\\S) to \\$(\\S) in ${LABEL}$`), (m) => `$${m[1]} in ${label(m, 3)} zu $${m[2]} ändern`],
  [
    new RegExp(`^Trim the blanks around ${COUNT} subfields in ${LABEL}$`),
    (m) => `Leerzeichen um ${count(m[1]!)} Unterfelder in ${label(m, 2)} entfernen`,
  ],
  [
    new RegExp(`^Trim the blanks around ${SUB} in ${LABEL}$`),
    (m) => `Leerzeichen um ${sub(m, 1)} in ${label(m, 4)} entfernen`,
  ],
  [/^Write the ISBN as (.+)$/s, (m) => `ISBN als ${m[1]} schreiben`],
  [/^Write the ISSN as (.+)$/s, (m) => `ISSN als ${m[1]} schreiben`],
  [/^Write the OCLC number as (.+)$/s, (m) => `OCLC-Nummer als ${m[1]} schreiben`],
  [/^Write the code as (.+)$/s, (m) => `Code als ${m[1]} schreiben`],
  [/^Write (\d{3}) \$(\S) as (.+)$/s, (m) => `${m[1]} $${m[2]} als ${m[3]} schreiben`],
  [/^Write \$(\S) as (.+)$/s, (m) => `$${m[1]} als ${m[2]} schreiben`],
  [
    /^Set indicator ([12]) of (\d{3}) to (\d) \(skip the article (.+)\)$/s,
    (m) => `${m[1]}. Indikator von ${m[2]} auf ${m[3]} setzen (Artikel ${m[4]} übergehen)`,
  ],
  [
    /^Set indicator ([12]) of (\d{3}) to (\d) \(the title has no initial article\)$/,
    (m) => `${m[1]}. Indikator von ${m[2]} auf ${m[3]} setzen (der Titel beginnt nicht mit einem Artikel)`,
  ],
  [
    /^Set indicator 2 of (\d{3}) to 7 \(source in \$2\)$/,
    (m) => `2. Indikator von ${m[1]} auf 7 setzen (Quelle in $2)`,
  ],
  [
    /^Set indicator 2 of (\d{3}) to (\d) \((.+)\) and remove \$2$/s,
    (m) => `2. Indikator von ${m[1]} auf ${m[2]} setzen (${m[3]}) und $2 entfernen`,
  ],
  [/^Set 852 indicator 1 to 7 \(scheme named in \$2\)$/, () => '1. Indikator von 852 auf 7 setzen (Schema in $2)'],
  [
    /^Set 852 indicator 1 to (\d) \((Library of Congress|Dewey Decimal|National Library of Medicine)\)$/,
    (m) => `1. Indikator von 852 auf ${m[1]} setzen (${SCHEMES[m[2]!]})`,
  ],
  [
    /^Set 852 first indicator to 0 \(Library of Congress classification\)$/,
    () => '1. Indikator von 852 auf 0 setzen (Library of Congress Classification)',
  ],
  [/^End (\d{3}) \$(\S) with a period$/, (m) => `${m[1]} $${m[2]} mit einem Punkt abschließen`],
  [/^End the subfield before (\d{3}) \$c with " \/"$/, (m) => `Das Unterfeld vor ${m[1]} $c mit " /" abschließen`],
  [
    /^Change 260 to 264 with indicator 2 = 1 \(publication\)$/,
    () => '260 in 264 mit 2. Indikator = 1 (Veröffentlichung) ändern',
  ],
  [
    /^Copy the call number (.+) from 050 into 852 \$h(\/\$i)?$/s,
    (m) => `Signatur ${m[1]} aus 050 in 852 $h${m[2] ?? ''} übernehmen`,
  ],
  [
    /^Add 040 \$b eng after \$a \(choose this only if the record was catalogued in English\)$/,
    () => '040 $b eng nach $a ergänzen (nur wählen, wenn der Datensatz auf Englisch katalogisiert wurde)',
  ],
  [/^Set (Description|Enumeration A) to (.+)$/s, (m) => `${ITEM_BOXES[m[1]!]} auf ${m[2]} setzen`],
  [/^Clear (Description|Chronology I|Chronology J)$/, (m) => `${ITEM_BOXES[m[1]!]} leeren`],
];

/** The German of an English fix description, or undefined when no known shape matches. */
export function germanFixDescription(description: string): string | undefined {
  for (const [shape, german] of GERMAN) {
    const match = shape.exec(description);
    if (match) return german(match);
  }
  return undefined;
}

/** A fix's label in `language`; English (the rule's own words) when there is no translation. */
export function fixDescription(edit: { description: string }, language: RuleLanguage): string {
  if (language === 'en') return edit.description;
  return germanFixDescription(edit.description) ?? edit.description;
}

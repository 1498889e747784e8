import type { RuleLanguage } from '../lib/rules/messages';
import type { Severity } from '../lib/rules/types';

/**
 * The words of the CLI's text output (`lint --format text`) in English and German: the record heading, the
 * severity column, the place of a record-level finding, the policy label and the summary line. The rule
 * messages themselves come from lib/rules/messages; JSON Lines and CSV stay language-neutral (ids, English
 * keys) for scripts. English is what the text output has always printed, byte for byte.
 */
export interface TextWords {
  /** "  Record 3 (001 123, holdings; index 2):" */
  recordHeading(number: number, controlNumber: string | null, holdings: boolean, index: number): string;
  /** Each padded to one width, so the messages line up. */
  severity: Readonly<Record<Severity, string>>;
  /** The location of a finding about the whole record. */
  wholeRecord: string;
  policy: string;
  summary(counts: SummaryCounts): string;
}

export interface SummaryCounts {
  records: number;
  files: number;
  error: number;
  warning: number;
  info: number;
  recordsWithErrors: number;
}

const number = (locale: string, count: number): string => count.toLocaleString(locale);

const ENGLISH: TextWords = {
  recordHeading: (n, controlNumber, holdings, index) =>
    `  Record ${n} (${controlNumber === null ? 'no 001' : `001 ${controlNumber}`}${holdings ? ', holdings' : ''}; index ${index}):\n`,
  severity: { error: 'error  ', warning: 'warning', info: 'info   ' },
  wholeRecord: 'record',
  policy: 'policy',
  summary(c) {
    const plural = (count: number, word: string) => `${number('en-US', count)} ${word}${count === 1 ? '' : 's'}`;
    return (
      `${plural(c.records, 'record')} in ${plural(c.files, 'file')}: ` +
      `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${number('en-US', c.info)} info` +
      ` (${plural(c.recordsWithErrors, 'record')} with errors).\n`
    );
  },
};

/** German as the extension's German interface says it (Datensatz, Bestandsdatensatz, Fehler, Warnung, Hinweis). */
const GERMAN: TextWords = {
  recordHeading: (n, controlNumber, holdings, index) =>
    `  Datensatz ${n} (${controlNumber === null ? 'kein 001' : `001 ${controlNumber}`}${holdings ? ', Bestandsdatensatz' : ''}; Index ${index}):\n`,
  severity: { error: 'Fehler ', warning: 'Warnung', info: 'Hinweis' },
  wholeRecord: 'Datensatz',
  policy: 'Praxis',
  summary(c) {
    const counted = (count: number, one: string, other: string) =>
      `${number('de-DE', count)} ${count === 1 ? one : other}`;
    return (
      `${counted(c.records, 'Datensatz', 'Datensätze')} in ${counted(c.files, 'Datei', 'Dateien')}: ` +
      `${counted(c.error, 'Fehler', 'Fehler')}, ${counted(c.warning, 'Warnung', 'Warnungen')}, ` +
      `${counted(c.info, 'Hinweis', 'Hinweise')} (${counted(c.recordsWithErrors, 'Datensatz', 'Datensätze')} mit Fehlern).\n`
    );
  },
};

const WORDS: Readonly<Record<RuleLanguage, TextWords>> = { en: ENGLISH, de: GERMAN };

export function textWords(language: RuleLanguage): TextWords {
  return WORDS[language];
}

import type { RuleLanguage } from '../lib/rules/messages';
import type { Severity } from '../lib/rules/types';

/**
 * The words of the HTML report (`lint --format html`) in English and German: a cataloging manager reads it, so it
 * speaks the run's language (`--lang`, LANG) as the text report does (cli/text-words.ts). The German follows the
 * extension's German interface (Datensatz, Befund, Fehler, Warnung, Hinweis). The words it shares with the text
 * report (the place of a whole-record finding, the policy label) come from cli/text-words.ts. Rule ids stay as
 * they are: they are what a settings file names.
 */
export interface HtmlWords {
  /** The document's `lang` attribute. */
  lang: string;
  /** Digit grouping of counts (1,234 / 1.234). */
  locale: string;
  title: string;
  summary: string;
  recordsChecked: string;
  recordsWithErrors: string;
  recordsWithWarnings: string;
  perSeverity: string;
  perRule: string;
  recordsWithFindings: (count: string) => string;
  noFindings: string;
  /** "record 3" in a record's heading. */
  record: (number: number) => string;
  noControlNumber: string;
  severity: Readonly<Record<Severity, string>>;
}

const ENGLISH: HtmlWords = {
  lang: 'en',
  locale: 'en-US',
  title: 'MARC lint report',
  summary: 'Summary',
  recordsChecked: 'Records checked',
  recordsWithErrors: 'Records with errors',
  recordsWithWarnings: 'Records with warnings (no error)',
  perSeverity: 'Findings per severity',
  perRule: 'Findings per rule',
  recordsWithFindings: (count) => `Records with findings (${count})`,
  noFindings: 'No findings.',
  record: (number) => `record ${number}`,
  noControlNumber: 'no 001',
  severity: { error: 'error', warning: 'warning', info: 'info' },
};

const GERMAN: HtmlWords = {
  lang: 'de',
  locale: 'de-DE',
  title: 'MARC-Prüfbericht',
  summary: 'Zusammenfassung',
  recordsChecked: 'Geprüfte Datensätze',
  recordsWithErrors: 'Datensätze mit Fehlern',
  recordsWithWarnings: 'Datensätze mit Warnungen (ohne Fehler)',
  perSeverity: 'Befunde nach Schweregrad',
  perRule: 'Befunde nach Regel',
  recordsWithFindings: (count) => `Datensätze mit Befunden (${count})`,
  noFindings: 'Keine Befunde.',
  record: (number) => `Datensatz ${number}`,
  noControlNumber: 'kein 001',
  severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
};

const WORDS: Readonly<Record<RuleLanguage, HtmlWords>> = { en: ENGLISH, de: GERMAN };

export function htmlWords(language: RuleLanguage): HtmlWords {
  return WORDS[language];
}

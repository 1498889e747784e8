import type { EN_CODE_RULE_MESSAGES } from './en-codes';

/** German for en-codes.ts; the type demands every id there. Terms as in de.ts. */
export const DE_CODE_RULE_MESSAGES: Record<keyof typeof EN_CODE_RULE_MESSAGES, string> = {
  'obsolete-field.obsolete':
    '{label}: Feld {definedTag} ({name}) ist veraltet. Übertragen Sie die Daten in das Feld, das es heute ersetzt (siehe die MARC-21-Feldliste).',
  'obsolete-field.440':
    '{label}: Feld {definedTag} ({name}) ist veraltet. Erfassen Sie die Gesamttitelangabe in 490 (erster Indikator 1) und die Nebeneintragung für die Reihe in 830.',
  'obsolete-field.840':
    '{label}: Feld {definedTag} ({name}) ist veraltet. Erfassen Sie die Nebeneintragung für die Reihe in 830.',
  'obsolete-field.265': '{label}: Feld {definedTag} ({name}) ist veraltet. Verwenden Sie 037 (Bezugsquelle).',
  'obsolete-field.350':
    '{label}: Feld {definedTag} ({name}) ist veraltet. Verwenden Sie 020 $c oder 037 $c (Bezugsbedingungen).',
  'obsolete-field.503': '{label}: Feld {definedTag} ({name}) ist veraltet. Verwenden Sie 500 (Allgemeine Fußnote).',
  'obsolete-field.851': '{label}: Feld {definedTag} ({name}) ist veraltet. Verwenden Sie 852 (Standort).',

  'control-data-field-mismatch.control':
    '{label} ist ein Kontrollfeld (001-009) und hat keine Indikatoren oder Unterfelder, wurde aber mit solchen erfasst. Erfassen Sie seinen Inhalt neu als einen einzigen Wert.',
  'control-data-field-mismatch.data':
    '{label} ist ein Datenfeld, hat aber keine Indikatoren oder Unterfelder (Wert {value}). Erfassen Sie es neu mit zwei Indikatoren und Unterfeldcodes.',

  'field-006-length.short':
    '{label} ist {length} Zeichen lang ({value}); 006 hat genau 18. Füllen Sie die fehlenden Positionen mit Leerzeichen oder Codes auf (der 006-Formulareditor zeigt jede Position).',
  'field-006-length.long':
    '{label} ist {length} Zeichen lang ({value}); 006 hat genau 18. Entfernen Sie die überzähligen Zeichen (der 006-Formulareditor zeigt jede Position).',
  'field-007-length.short-exact':
    '{label} ist {length} Zeichen lang ({value}); {name} hat genau {min}. Ergänzen Sie die fehlenden Positionen (der 007-Formulareditor zeigt jede Position).',
  'field-007-length.long-exact':
    '{label} ist {length} Zeichen lang ({value}); {name} hat genau {min}. Entfernen Sie die überzähligen Zeichen (der 007-Formulareditor zeigt jede Position).',
  'field-007-length.short-range':
    '{label} ist {length} Zeichen lang ({value}); {name} hat {min} bis {max}. Ergänzen Sie die fehlenden Positionen (der 007-Formulareditor zeigt jede Position).',
  'field-007-length.long-range':
    '{label} ist {length} Zeichen lang ({value}); {name} hat {min} bis {max}. Entfernen Sie die überzähligen Zeichen (der 007-Formulareditor zeigt jede Position).',

  'indicator-format.character':
    '{label}: Der {indicator:indicator} Indikator {value} ist weder ein Kleinbuchstabe noch eine Ziffer noch ein Leerzeichen. Ein Indikator ist genau ein Zeichen: eine Ziffer, ein Kleinbuchstabe oder ein Leerzeichen.',
  'indicator-format.length':
    '{label}: Der {indicator:indicator} Indikator {value} ist {length} Zeichen lang. Ein Indikator ist genau ein Zeichen: eine Ziffer, ein Kleinbuchstabe oder ein Leerzeichen.',

  'field-length-alma.too-long':
    '{label} ist {bytes:number} Byte groß; Alma kann kein Feld über 32 KB ({limit:number} Byte) speichern. Kürzen Sie es oder teilen Sie es auf mehrere Felder {tag} auf.',
  'field-length-oclc.too-long':
    '{label} ist {characters:number} Zeichen lang; OCLC nimmt höchstens {limit:number} Zeichen je Feld an. Kürzen Sie es oder teilen Sie es vor dem Export nach OCLC auf mehrere Felder {tag} auf.',
};

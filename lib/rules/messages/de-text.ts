import type { EN_TEXT_RULE_MESSAGES } from './en-text';

/** German for en-text.ts; the type demands every id there. Terms as in de.ts. */
export const DE_TEXT_RULE_MESSAGES: Record<keyof typeof EN_TEXT_RULE_MESSAGES, string> = {
  'add-bib-not-network-linked.iz-only':
    'Dieser Titeldatensatz ist nicht mit der Network Zone verknüpft (nur Institution Zone). Ergänzen Sie hier keine Exemplare: Geben Sie ihn an Ihre Teamleitung oder die Katalogisierung weiter (BadCat-Ticket oder Hilfe-Adresse).',
  'add-bib-not-network-linked.iz-suffix':
    '001 {mmsId} endet auf {suffix}; das kennzeichnet einen Titeldatensatz, der nur in der Institution Zone existiert. Ergänzen Sie hier keine Exemplare: Geben Sie ihn an Ihre Teamleitung oder die Katalogisierung weiter (BadCat-Ticket oder Hilfe-Adresse).',
  'del-related-record.related':
    'Dieser Titeldatensatz ist zum Löschen markiert, aber {mark} zeigt, dass er verknüpfte Datensätze hat. Löschen Sie ihn nicht: Entfernen Sie die Löschmarkierung.',
  'rel-related-record.related':
    '{mark}: Dies ist ein verknüpfter Datensatz (übergeordnete oder enthaltene Einheit). Löschen Sie ihn nicht, und sondern Sie seine Exemplare nur nach der Arbeitsanweisung für die Aussonderung verknüpfter Datensätze aus.',
  'rel-withdraw-related-record.related':
    'Halt: Dieser Titeldatensatz ist ein verknüpfter Datensatz ({mark}). Exemplare verknüpfter Datensätze werden nicht auf diesem Weg ausgesondert; brechen Sie ab und folgen Sie der Arbeitsanweisung für die Aussonderung verknüpfter Datensätze.',
  'rel-link-not-resolvable.one':
    '{tag} (Vorkommen {number}) $w {numbers}: Das ist weder eine MMS-ID (99...) noch eine (OCoLC)-Nummer, daher kann Alma die Verknüpfung möglicherweise nicht herstellen (defekte Verknüpfung?). Tragen Sie die MMS-ID oder (OCoLC)-Nummer des verknüpften Datensatzes in $w ein.',
  'rel-link-not-resolvable.several':
    '{tag} (Vorkommen {number}) $w {numbers}: Keine davon ist eine MMS-ID (99...) oder eine (OCoLC)-Nummer, daher kann Alma die Verknüpfung möglicherweise nicht herstellen (defekte Verknüpfung?). Tragen Sie die MMS-ID oder (OCoLC)-Nummer des verknüpften Datensatzes in $w ein.',
  'hol-852-class-part-missing.no-h':
    '852 (Vorkommen {number}) hat kein $h. Tragen Sie den Klassifikationsteil der Signatur in $h und den Individualisierungsteil in $i ein.',
  'hol-852-class-part-missing.from-050':
    '852 (Vorkommen {number}) hat kein $h. Das 050 des Titeldatensatzes lautet „{classPart} {itemPart}“: Tragen Sie „{classPart}“ in $h und „{itemPart}“ in $i ein.',
  'hol-852-class-part-missing.from-050-class':
    '852 (Vorkommen {number}) hat kein $h. Das 050 des Titeldatensatzes lautet „{classPart}“: Tragen Sie „{classPart}“ in $h ein.',
  'hol-852-indicator-lc.not-lc':
    '852 (Vorkommen {number}) $h „{classPart}“ sieht nach einer Signatur der Library of Congress Classification aus, aber der erste Indikator ist {ind1:value}. Setzen Sie den ersten Indikator auf 0.',
  'hol-852-location-missing.no-852':
    'Der Bestandsdatensatz hat kein 852. Ergänzen Sie 852 (erster Indikator 0) mit der Bibliothek in $b und dem Standort in $c, jeweils aus den Listen ausgewählt.',
  'hol-852-location-missing.no-b':
    '852 (Vorkommen {number}) hat kein $b (Bibliothek). Wählen Sie die Bibliothek aus der Liste im 852-Editor.',
  'hol-852-location-missing.no-c':
    '852 (Vorkommen {number}) hat kein $c (Standort). Wählen Sie den Standort aus der Liste im 852-Editor.',
  'hol-template-mismatch.leader-06':
    'Leader/06 ist „{type}“, aber die Vorlagen verwenden x (einteilig), v (mehrteilig) oder y (fortlaufend). Legen Sie den Bestandsdatensatz mit der passenden Vorlage an.',
  'hol-template-mismatch.008-position':
    '008 weicht an Position {positions} von der Vorlage für Bestandsdatensätze ab. Sofern Sie das nicht absichtlich geändert haben, gehen Sie von der Vorlage aus (008 „{template}“ ab Position 06).',
  'hol-template-mismatch.008-positions':
    '008 weicht an den Positionen {positions} von der Vorlage für Bestandsdatensätze ab. Sofern Sie sie nicht absichtlich geändert haben, gehen Sie von der Vorlage aus (008 „{template}“ ab Position 06).',
};

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
  'item-barcode-scanned-early.copy-id':
    'Der Barcode ist ausgefüllt, während die Exemplar-ID (Copy ID) noch leer ist. Ein Scanner sendet Enter, und das speichert und schließt das Exemplar: Füllen Sie zuerst dieses Feld aus und scannen Sie den Barcode zuletzt.',
  'item-barcode-scanned-early.material-type':
    'Der Barcode ist ausgefüllt, während die Materialart noch leer ist. Ein Scanner sendet Enter, und das speichert und schließt das Exemplar: Füllen Sie zuerst dieses Feld aus und scannen Sie den Barcode zuletzt.',
  'item-barcode-scanned-early.item-policy':
    'Der Barcode ist ausgefüllt, während die Exemplarrichtlinie noch leer ist. Ein Scanner sendet Enter, und das speichert und schließt das Exemplar: Füllen Sie zuerst dieses Feld aus und scannen Sie den Barcode zuletzt.',
  'item-barcode-scanned-early.copy-id-material-type':
    'Der Barcode ist ausgefüllt, während die Exemplar-ID (Copy ID) und die Materialart noch leer sind. Ein Scanner sendet Enter, und das speichert und schließt das Exemplar: Füllen Sie zuerst diese Felder aus und scannen Sie den Barcode zuletzt.',
  'item-barcode-scanned-early.copy-id-item-policy':
    'Der Barcode ist ausgefüllt, während die Exemplar-ID (Copy ID) und die Exemplarrichtlinie noch leer sind. Ein Scanner sendet Enter, und das speichert und schließt das Exemplar: Füllen Sie zuerst diese Felder aus und scannen Sie den Barcode zuletzt.',
  'item-barcode-scanned-early.material-type-item-policy':
    'Der Barcode ist ausgefüllt, während die Materialart und die Exemplarrichtlinie noch leer sind. Ein Scanner sendet Enter, und das speichert und schließt das Exemplar: Füllen Sie zuerst diese Felder aus und scannen Sie den Barcode zuletzt.',
  'item-barcode-scanned-early.all':
    'Der Barcode ist ausgefüllt, während die Exemplar-ID (Copy ID), die Materialart und die Exemplarrichtlinie noch leer sind. Ein Scanner sendet Enter, und das speichert und schließt das Exemplar: Füllen Sie zuerst diese Felder aus und scannen Sie den Barcode zuletzt.',
  'item-profile-pattern-invalid.withdrawn-location':
    'Das Muster für Standorte ausgesonderter Exemplare „{pattern}“ im Profil der Einrichtung kann nicht verwendet werden ({error}), daher werden Standorte ausgesonderter Exemplare nicht erkannt. Korrigieren Sie es in den Einstellungen (Profil der Einrichtung).',
  'item-profile-pattern-invalid.barcode':
    'Das Barcode-Muster „{pattern}“ im Profil der Einrichtung kann nicht verwendet werden ({error}), daher werden Barcodes nicht geprüft. Korrigieren Sie es in den Einstellungen (Profil der Einrichtung).',
  'item-profile-pattern-invalid.mvm-description':
    'Das Muster für die Beschreibung mehrbändiger Werke „{pattern}“ im Profil der Einrichtung kann nicht verwendet werden ({error}), daher werden Bandangaben in der Beschreibung (Description) nicht geprüft. Korrigieren Sie es in den Einstellungen (Profil der Einrichtung).',
  'item-profile-pattern-invalid.deposit-work-order':
    'Das Muster für Arbeitsaufträge der Magazinabgabe „{pattern}“ im Profil der Einrichtung kann nicht verwendet werden ({error}), daher wird der Ablauf der Magazinabgabe (NRLF) nicht erkannt. Korrigieren Sie es in den Einstellungen (Profil der Einrichtung).',
  'holdings-leader-record-type.not-holdings':
    'Leader/06 (Art des Datensatzes) ist {value} in einem Bestandsdatensatz. Verwenden Sie x (einteilige Einheit), v (mehrteilige Einheit), y (fortlaufende Ressource) oder u (unbekannt).',
  'holdings-leader-record-type.bib-type':
    'Leader/06 (Art des Datensatzes) ist {value} in einem Bestandsdatensatz. Das ist eine Art von Titeldatensatz: Dieser Leader wurde möglicherweise aus einem Titeldatensatz kopiert. Verwenden Sie x (einteilige Einheit), v (mehrteilige Einheit), y (fortlaufende Ressource) oder u (unbekannt).',
  'call-number-scheme-852.no-2':
    '{field}: Indikator 1 ist 7 (Schema in $2 angegeben), aber es gibt kein $2. Ergänzen Sie $2 mit dem Code der Klassifikationsquelle oder setzen Sie den Indikator auf das verwendete Schema.',
  'call-number-scheme-852.2-without-7':
    '{field}: Indikator 1 ist „{ind1}“, aber $2 nennt ein Schema („{source}“). Setzen Sie Indikator 1 auf 7 oder entfernen Sie $2.',
  'call-number-scheme-852.lc-looks-nlm':
    '{field}: Indikator 1 ist 0 (Library of Congress Classification), aber $h {value} sieht nicht nach einer Notation der Library of Congress Classification aus. Sie sieht nach einer Notation der NLM-Klassifikation aus: Setzen Sie Indikator 1 auf 2.',
  'call-number-scheme-852.lc-looks-dewey':
    '{field}: Indikator 1 ist 0 (Library of Congress Classification), aber $h {value} sieht nicht nach einer Notation der Library of Congress Classification aus. Sie sieht nach einer Notation der Dewey-Dezimalklassifikation aus: Setzen Sie Indikator 1 auf 1.',
  'call-number-scheme-852.lc-unknown':
    '{field}: Indikator 1 ist 0 (Library of Congress Classification), aber $h {value} sieht nicht nach einer Notation der Library of Congress Classification aus. Prüfen Sie $h oder setzen Sie Indikator 1 auf das verwendete Schema (8 anderes, leer unbekannt).',
  'call-number-scheme-852.dewey-looks-nlm':
    '{field}: Indikator 1 ist 1 (Dewey-Dezimalklassifikation), aber $h {value} sieht nicht nach einer Notation der Dewey-Dezimalklassifikation aus. Sie sieht nach einer Notation der NLM-Klassifikation aus: Setzen Sie Indikator 1 auf 2.',
  'call-number-scheme-852.dewey-unknown':
    '{field}: Indikator 1 ist 1 (Dewey-Dezimalklassifikation), aber $h {value} sieht nicht nach einer Notation der Dewey-Dezimalklassifikation aus. Prüfen Sie $h oder setzen Sie Indikator 1 auf das verwendete Schema (8 anderes, leer unbekannt).',
  'call-number-scheme-852.nlm-looks-dewey':
    '{field}: Indikator 1 ist 2 (NLM-Klassifikation), aber $h {value} sieht nicht nach einer Notation der NLM-Klassifikation aus. Sie sieht nach einer Notation der Dewey-Dezimalklassifikation aus: Setzen Sie Indikator 1 auf 1.',
  'call-number-scheme-852.nlm-unknown':
    '{field}: Indikator 1 ist 2 (NLM-Klassifikation), aber $h {value} sieht nicht nach einer Notation der NLM-Klassifikation aus. Prüfen Sie $h oder setzen Sie Indikator 1 auf das verwendete Schema (8 anderes, leer unbekannt).',
  'caption-pattern-links.caption-no-8':
    '{field} hat kein $8 (Verknüpfungsnummer). Ergänzen Sie $8 mit einer Nummer, z. B. „1“, und verwenden Sie sie in $8 des {enumerationTag} („1.1“).',
  'caption-pattern-links.caption-bad-link':
    '{subfield}: {value} ist keine Verknüpfungsnummer; sie muss eine ganze Zahl sein, z. B. „1“.',
  'caption-pattern-links.caption-duplicate':
    '{subfield}: Die Verknüpfungsnummer {link} wird schon von einem anderen {tag} verwendet. Geben Sie jeder Überschrift und jedem Muster eine eigene Nummer.',
  'caption-pattern-links.enumeration-no-8':
    '{field} hat kein $8. Ergänzen Sie $8 mit der Verknüpfungsnummer des {captionTag} und einer Folgenummer, z. B. „1.1“.',
  'caption-pattern-links.enumeration-bad-link':
    '{subfield}: {value} muss aus der Verknüpfungsnummer des {captionTag}, einem Punkt und einer Folgenummer bestehen, z. B. „1.1“.',
  'caption-pattern-links.enumeration-unknown-link':
    '{subfield}: „{value}“ verwendet die Verknüpfungsnummer {link}, aber kein {captionTag} hat $8 „{link}“. Ergänzen Sie dieses {captionTag} oder korrigieren Sie die Verknüpfungsnummer.',
  'dewey-082.no-decimal-point': '{subfield}: {value} braucht nach der dritten Ziffer einen Punkt (z. B. „025.3“).',
  'dewey-082.no-edition':
    '{field} hat kein $2 (Ausgabe der DDC). Ergänzen Sie $2 mit der verwendeten DDC-Ausgabe, z. B. „23“.',
  'dewey-082.not-edition':
    '{subfield}: {value} ist keine Ausgabenummer. Erfassen Sie die DDC-Ausgabe in Ziffern, z. B. „23“.',
  'dewey-082.beyond-full':
    '{subfield}: Die Ausgabe {edition} liegt über der neuesten Vollausgabe ({latest}). Prüfen Sie $2 und Indikator 1 (0 Vollausgabe, 1 Kurzausgabe).',
  'dewey-082.beyond-abridged':
    '{subfield}: Die Ausgabe {edition} liegt über der neuesten Kurzausgabe ({latest}). Prüfen Sie $2 und Indikator 1 (0 Vollausgabe, 1 Kurzausgabe).',
  'lc-classification-050.not-class':
    '{subfield}: {value} sieht nicht nach einer LC-Notation aus (Großbuchstaben, dann Ziffern, z. B. „QA76.73“). Korrigieren Sie sie oder verwenden Sie 090/099 für eine lokale Signatur.',
  'lc-classification-050.no-item-number':
    '{field} hat eine Notation, aber kein $b (Individualisierungsteil). Ergänzen Sie in $b den Cutter und das Jahr, z. B. „.T45 2005“.',
  'standard-identifier-024.not-upc':
    '{subfield}: Indikator 1 ist 1, also muss $a eine UPC (12 Ziffern) sein, es ist aber {value}. Korrigieren Sie die Nummer oder Indikator 1 (8 = nicht näher bezeichnete Art).',
  'standard-identifier-024.not-ean':
    '{subfield}: Indikator 1 ist 3, also muss $a eine EAN (13 Ziffern) sein, es ist aber {value}. Korrigieren Sie die Nummer oder Indikator 1 (8 = nicht näher bezeichnete Art).',
  'standard-identifier-024.not-ismn':
    '{subfield}: Indikator 1 ist 2, also muss $a eine ISMN (979-0 und neun Ziffern oder M und neun Ziffern) sein, es ist aber {value}. Korrigieren Sie die Nummer oder Indikator 1 (8 = nicht näher bezeichnete Art).',
  'standard-identifier-024.check-digit':
    '{subfield}: {number} hat eine falsche Prüfziffer (erwartet: {expected}). Korrigieren Sie die Nummer oder verschieben Sie eine auf der Ressource falsch gedruckte Nummer nach $z.',
  'first-subfield-a.not-first':
    '{field}: Das erste Datenunterfeld muss $a sein, es ist aber {sub}. Erfassen Sie das Hauptelement in $a am Anfang.',
  'first-subfield-a.no-data': '{field} hat keine Datenunterfelder. Ergänzen Sie $a.',
  'first-subfield-a.246-i-not-first':
    '{subfield}: Der Anzeigetext muss das erste Unterfeld sein. Verschieben Sie $i an den Anfang.',
  'first-subfield-a.246-i-colon':
    '{subfield}: Der Anzeigetext muss mit „:“ enden (ohne Leerzeichen davor), z. B. „Titel auf dem Behältnis:“.',
  'first-subfield-a.246-a-not-first':
    '{field}: $a (der abweichende Titel) muss am Anfang oder direkt nach $i stehen. Verschieben Sie es dorthin.',
  'title-first-subfield.only-6': '{field} hat nur $6; ergänzen Sie danach den Titel in $a.',
  'title-first-subfield.6-not-first':
    '{field}: $6 (Verknüpfung) muss das erste Unterfeld sein, aber das Feld beginnt mit {sub}. Verschieben Sie $6 an den Anfang.',
  'title-first-subfield.not-a-after-6':
    '{field}: Das Unterfeld nach $6 muss $a (Titel) sein, es ist aber {sub}. Erfassen Sie den Haupttitel in $a direkt nach $6.',
  'title-first-subfield.no-subfields': '{field} hat keine Unterfelder. Erfassen Sie den Haupttitel in $a.',
  'title-first-subfield.not-a-first':
    '{field}: Das erste Unterfeld muss $a (Haupttitel) sein, es ist aber {sub}. Stellen Sie den Haupttitel in $a an den Anfang.',
  'linkage-880-pairs.number-used':
    '{subfield}: Die Vorkommensnummer {pair} wird schon vom 880 (Vorkommen {earlier}) verwendet. Geben Sie jedem Paar eine eigene Nummer.',
  'linkage-880-pairs.no-back-link':
    '{subfield}: Kein {linked} im Datensatz verweist mit $6 „880-{pair}“ zurück. Ergänzen Sie dieses $6 im {linked} oder verwenden Sie die Vorkommensnummer 00 für ein 880 ohne Partnerfeld.',
  'linkage-880-pairs.tag-differs':
    '{subfield}: Das Feld verweist auf {linked}, aber das Feld, das mit „880-{pair}“ zurückverweist, ist ein {partner}. Gleichen Sie das Feld-Tag in $6 an das Partnerfeld an.',
  'linkage-880-pairs.no-880':
    '{subfield}: „880-{pair}“ verweist auf ein 880, das nicht im Datensatz steht. Ergänzen Sie das 880 mit $6 „{tag}-{pair}“ oder entfernen Sie dieses $6.',
  'linkage-880-subfield-6.not-linkage':
    '{subfield}: {value} ist keine Verknüpfung; sie muss aus dem verknüpften Feld-Tag, einem Bindestrich und einer zweistelligen Vorkommensnummer bestehen (z. B. „{example}-01“), optional gefolgt von „/“ und einem Schriftcode.',
  'linkage-880-subfield-6.no-6':
    '{field} hat kein $6. Ergänzen Sie als erstes Unterfeld $6 mit dem Feld-Tag und der Vorkommensnummer des Feldes, das es vertritt (z. B. „245-01“).',
  'nonfiling-indicator.article':
    '{field}, Indikator {indicator}: $a beginnt mit dem Artikel „{word}“, daher sollte der Indikator für nicht zu ordnende Zeichen {length} sein, er ist aber „{value}“. Setzen Sie ihn auf {length} oder auf 0, wenn „{word}“ hier kein Artikel ist.',
  'nonfiling-indicator.article-too-long':
    '{field}, Indikator {indicator}: $a beginnt mit dem Artikel „{word}“, daher sollte der Indikator für nicht zu ordnende Zeichen {length} sein, er ist aber „{value}“. Der Artikel ist zu lang zum Überspringen (höchstens 9); lassen Sie ihn im Titel weg oder setzen Sie 0.',
  'nonfiling-indicator.article-elsewhere':
    '{field}, Indikator {indicator}: „{word}“ ist ein Artikel in den Sprachen {languages}, aber nicht in der Sprache des Datensatzes ({language}); daher sollte der Indikator für nicht zu ordnende Zeichen 0 sein, oder {length}, wenn der Titel in einer dieser Sprachen ist; er ist „{value}“.',
  'nonfiling-indicator.not-article':
    '{field}, Indikator {indicator}: Der Indikator für nicht zu ordnende Zeichen ist {value}, aber das erste Wort „{word}“ ist kein Artikel am Anfang. Setzen Sie ihn auf 0, sofern der Titel nicht mit einem Artikel beginnt.',
  'nonfiling-indicator.not-article-in':
    '{field}, Indikator {indicator}: Der Indikator für nicht zu ordnende Zeichen ist {value}, aber das erste Wort „{word}“ ist in der Sprache {language} kein Artikel am Anfang. Setzen Sie ihn auf 0, sofern der Titel nicht mit einem Artikel beginnt.',
  'nonfiling-indicator.no-first-word':
    '{field}, Indikator {indicator}: Der Indikator für nicht zu ordnende Zeichen ist {value}, aber $a hat kein erstes Wort und damit keinen Artikel am Anfang. Setzen Sie ihn auf 0, sofern der Titel nicht mit einem Artikel beginnt.',
  'nonfiling-indicator.no-first-word-in':
    '{field}, Indikator {indicator}: Der Indikator für nicht zu ordnende Zeichen ist {value}, aber $a hat kein erstes Wort und damit keinen Artikel am Anfang (Sprache des Datensatzes: {language}). Setzen Sie ihn auf 0, sofern der Titel nicht mit einem Artikel beginnt.',
  'nonfiling-indicator.not-digit':
    '{field}, Indikator {indicator}: Der Indikator für nicht zu ordnende Zeichen ist „{value}“ und damit keine Ziffer. Setzen Sie ihn auf 0 oder auf die Zahl der Zeichen des Artikels am Anfang samt folgendem Leerzeichen.',
  'heading-punctuation.no-final-period':
    '{subfield} beendet den Sucheinstieg und sollte mit einem Punkt enden (oder mit ?, !, -, einem Anführungszeichen oder einer schließenden Klammer). Ergänzen Sie den Schlusspunkt.',
  'heading-punctuation.qualifier-period':
    '{subfield} endet mit „).“; ein Sucheinstieg, der mit einem Zusatz in runden Klammern endet, bekommt keinen Punkt. Entfernen Sie den Punkt.',
  'heading-punctuation.relator-comma':
    '{subfield}: Vor einer Beziehungskennzeichnung muss am Ende von {previous} ein Komma (oder ein Bindestrich) stehen. Ergänzen Sie „,“.',
  'heading-punctuation.language-period':
    '{subfield}: Vor der Sprachangabe muss am Ende von {previous} ein Punkt stehen. Ergänzen Sie „.“.',
  'isbd-punctuation.before-colon':
    '{subfield}: Davor muss am Ende von {previous} das Deskriptionszeichen „ :“ stehen. Ergänzen Sie es dort.',
  'isbd-punctuation.before-semicolon':
    '{subfield}: Davor muss am Ende von {previous} das Deskriptionszeichen „ ;“ stehen. Ergänzen Sie es dort.',
  'isbd-punctuation.before-comma':
    '{subfield}: Davor muss am Ende von {previous} ein Komma „,“ stehen. Ergänzen Sie es dort.',
  'isbd-punctuation.before-period':
    '{subfield}: Davor muss am Ende von {previous} ein Punkt „.“ stehen. Ergänzen Sie ihn dort.',
  'isbd-punctuation.before-colon-semicolon-or-equals':
    '{subfield}: Davor muss am Ende von {previous} eines der Deskriptionszeichen „ :“, „ ;“ oder „ =“ stehen. Ergänzen Sie es dort.',
  'isbd-punctuation.before-plus':
    '{subfield}: Davor muss am Ende von {previous} das Deskriptionszeichen „ +“ stehen. Ergänzen Sie es dort.',
  'isbd-punctuation.end-period': '{subfield} ist das Ende des Feldes und muss mit einem Punkt enden. Ergänzen Sie ihn.',
  'isbd-punctuation.end-period-or-closing':
    '{subfield} ist das Ende des Feldes und muss mit einem Punkt enden (oder mit einer schließenden eckigen oder runden Klammer oder einem Bindestrich). Ergänzen Sie ihn.',
  'title-subfield-punctuation.c-slash':
    '{subfield}: Vor der Verantwortlichkeitsangabe muss am Ende des vorigen Unterfelds das Deskriptionszeichen „ /“ stehen. Ergänzen Sie dort „ /“.',
  'title-subfield-punctuation.c-spaced-initials':
    '{subfield}: Initialen sollten nicht durch Leerzeichen getrennt sein (schreiben Sie „J.R.R. Tolkien“, nicht „J. R. R. Tolkien“).',
  'title-subfield-punctuation.b-mark':
    '{subfield}: Vor dem Titelzusatz muss am Ende des vorigen Unterfelds „ :“, „ ;“ oder „ =“ stehen. Ergänzen Sie das passende Deskriptionszeichen (meist „ :“).',
  'title-subfield-punctuation.h-space':
    '{subfield}: Vor der Medienbezeichnung darf kein Leerzeichen stehen. Entfernen Sie das Leerzeichen am Ende des vorigen Unterfelds.',
  'title-subfield-punctuation.h-brackets':
    '{subfield}: Die Medienbezeichnung muss in eckigen Klammern stehen, z. B. „[videorecording]“.',
  'title-subfield-punctuation.n-period':
    '{subfield}: Vor der Zählung des Teils muss am Ende des vorigen Unterfelds ein Punkt stehen. Ergänzen Sie „.“.',
  'title-subfield-punctuation.p-comma':
    '{subfield}: Vor einem Titel des Teils nach $n muss am Ende von $n ein Komma stehen. Ergänzen Sie „,“.',
  'title-subfield-punctuation.p-period':
    '{subfield}: Vor dem Titel des Teils muss am Ende des vorigen Unterfelds ein Punkt stehen. Ergänzen Sie „.“.',
  'engine.budget-exceeded':
    'Dieser Datensatz ist zu groß oder zu ungewöhnlich für die Live-Prüfung: Die Prüfungen haben nach {ran} von {total} an ihrem Zeitlimit angehalten. Wählen Sie „Diesen Datensatz jetzt prüfen“, um alle Prüfungen ohne Zeitlimit auszuführen, oder korrigieren Sie zuerst das auffällige Feld.',
  'engine.budget-exceeded-subfields':
    'Dieser Datensatz ist zu groß oder zu ungewöhnlich für die Live-Prüfung: Die Prüfungen haben nach {ran} von {total} an ihrem Zeitlimit angehalten. Sein größtes Feld ist {tag} ({size:number} Unterfelder). Wählen Sie „Diesen Datensatz jetzt prüfen“, um alle Prüfungen ohne Zeitlimit auszuführen, oder korrigieren Sie zuerst dieses Feld.',
  'engine.budget-exceeded-characters':
    'Dieser Datensatz ist zu groß oder zu ungewöhnlich für die Live-Prüfung: Die Prüfungen haben nach {ran} von {total} an ihrem Zeitlimit angehalten. Sein größtes Feld ist {tag} ({size:number} Zeichen). Wählen Sie „Diesen Datensatz jetzt prüfen“, um alle Prüfungen ohne Zeitlimit auszuführen, oder korrigieren Sie zuerst dieses Feld.',
  'engine.capped':
    '{label}: {capCount:number} Befunde derselben Prüfung in diesem Feld, zu einem zusammengefasst; der erste: {capFirst:message}',
  'engine.capped-field':
    'Dieses Feld: {capCount:number} Befunde derselben Prüfung, zu einem zusammengefasst; der erste: {capFirst:message}',
};

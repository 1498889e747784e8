import { DE_CODE_RULE_MESSAGES } from './de-codes';
import { DE_TEXT_RULE_MESSAGES } from './de-text';
import type { RuleMessageId } from './en';

/**
 * Rule messages in German, in the terms of German cataloging practice (RDA DACH, GND: Titeldatensatz,
 * Bestandsdatensatz, Exemplar, Feld, Unterfeld, Indikator). The type demands every id of en.ts.
 */
export const DE_RULE_MESSAGES: Record<RuleMessageId, string> = {
  ...DE_CODE_RULE_MESSAGES,
  ...DE_TEXT_RULE_MESSAGES,
  'place.field': 'Feld {tag} (Vorkommen {number})',
  'place.subfield': 'Feld {tag} (Vorkommen {number}), {sub}',
  'place.for': 'für {for}',
  'word.blank': 'leer',
  'word.nothing': 'nichts',
  'word.or': '{first} oder {last}',
  'word.first': 'erste',
  'word.second': 'zweite',

  'undefined-subfield.not-allowed':
    '{label}: Unterfeld {sub} ist in {definedTag} ({name:marc}) nicht zulässig. Prüfen Sie den Code auf einen Tippfehler oder verschieben Sie den Text in das Unterfeld, in das er gehört.',
  'non-repeatable-field.repeated':
    '{label}: Feld {definedTag} ({name:marc}) ist nicht wiederholbar, aber der Datensatz hat {total} davon, und dies ist das {nth:ordinal}. Fassen Sie sie zu einem Feld zusammen oder löschen Sie das überzählige.',
  'non-repeatable-field.repeated-880':
    '{label}: Feld {definedTag} ({name:marc}) ist nicht wiederholbar, aber dies ist das {nth:ordinal} mit {definedTag} verknüpfte 880. Fassen Sie sie zu einem Feld zusammen oder löschen Sie das überzählige.',
  'non-repeatable-subfield.repeated':
    '{label}: Unterfeld {sub} ist in {definedTag} nicht wiederholbar, aber dies ist das {nth:ordinal} {sub}. Fassen Sie den Text in einem {sub} zusammen oder verschieben Sie ihn in das Unterfeld, in das er gehört.',
  'undefined-tag.link-bib':
    '{label}: Sein $6 verknüpft es mit dem Feld {linked}, das MARC 21 für Titeldatensätze nicht definiert. Korrigieren Sie das Feld-Tag in $6.',
  'undefined-tag.link-holdings':
    '{label}: Sein $6 verknüpft es mit dem Feld {linked}, das MARC 21 für Bestandsdatensätze nicht definiert. Korrigieren Sie das Feld-Tag in $6.',
  'undefined-tag.local-off':
    '{label} ist ein lokal definiertes Feld (9XX oder X9X), und lokale Felder sind in den Einstellungen ausgeschaltet. Verschieben Sie die Daten in ein MARC-21-Feld oder lassen Sie lokale Felder zu.',
  'undefined-tag.undefined-bib':
    '{label}: Das Feld {tag} ist in MARC 21 für Titeldatensätze nicht definiert. Prüfen Sie es auf einen Tippfehler; lokale Daten gehören in ein 9XX-Feld.',
  'undefined-tag.undefined-holdings':
    '{label}: Das Feld {tag} ist in MARC 21 für Bestandsdatensätze nicht definiert. Prüfen Sie es auf einen Tippfehler; lokale Daten gehören in ein 9XX-Feld.',
  'physical-description-present.missing':
    'Der Datensatz hat kein Feld 300 (physische Beschreibung). Ergänzen Sie 300 $a mit dem Umfang, z. B. „xii, 345 pages“ oder „1 online resource“ (in der Sprache Ihrer Katalogisierung).',
  'title-ending-period.after-mark':
    '{subfield} endet mit „{end}“. MARC 21 lässt das zu, aber LCRI 1.0C / LC-PCC PS 1.7.1 verlangen zusätzlich einen Schlusspunkt: Ergänzen Sie „.“, sofern Ihre Praxis nicht abweicht.',
  'title-ending-period.missing':
    '{subfield}: Die Titelangabe muss mit einem Punkt enden, endet aber mit „{end}“. Ergänzen Sie am Ende einen Punkt.',
  'title-ending-period.missing-cut':
    '{subfield}: Die Titelangabe muss mit einem Punkt enden, endet aber mit „{end}“. Vervollständigen oder korrigieren Sie das Feldende und schließen Sie es mit einem Punkt ab.',
  'oclc-cataloging-source.missing':
    'Der Datensatz hat kein Feld 040 (Katalogisierungsquelle). Ergänzen Sie 040 mit $a und $c (Ihr MARC-Organisationscode/ISIL oder OCLC-Symbol), z. B. „$a DLC $b eng $c DLC“.',
  'oclc-cataloging-source.no-a':
    '{field} hat kein $a (Original katalogisierende Einrichtung). Ergänzen Sie $a mit dem MARC-Code oder OCLC-Symbol der Einrichtung.',
  'oclc-cataloging-source.no-c':
    '{field} hat kein $c (Transkribierende Einrichtung). Ergänzen Sie $c mit dem MARC-Code oder OCLC-Symbol der Einrichtung.',
  'item-barcode-missing.empty':
    'Der Barcode ist leer: Alma erzeugt beim Speichern einen temporären Barcode („Generieren“ zeigt ihn vorher an). Scannen Sie stattdessen als letzten Schritt den Ausleihbarcode des Exemplars.',
  'item-copy-id-missing.empty':
    'Die Exemplar-ID (Copy ID) ist leer. Geben Sie 1 für das erste Exemplar dieses Titels in der Bibliothek ein, sonst die nächste Nummer nach den dort schon vorhandenen Exemplaren.',
  'item-barcode-format.mismatch':
    'Der Barcode „{barcode}“ entspricht nicht dem Barcode-Format der Einrichtung ({pattern}). Scannen Sie den Ausleihbarcode des Exemplars erneut.',
  'item-type-and-policy.no-material-type':
    'Die Materialart ist leer. Wählen Sie die Art des Exemplars (z. B. Buch) aus der Liste.',
  'item-type-and-policy.no-item-policy':
    'Die Exemplarrichtlinie ist leer. Wählen Sie die Ausleihrichtlinie für dieses Exemplar aus der Liste.',
  'item-temporary-location-off.unused':
    'Der temporäre Standort {location} ist gesetzt, aber „Exemplar ist am temporären Standort“ steht auf Nein, daher wirkt er nicht. Stellen Sie es auf Ja oder leeren Sie den temporären Standort.',
  'oclc-number-single.duplicate':
    '{subfield}: „{value}“ wiederholt die OCLC-Nummer aus einem früheren 035 $a. Löschen Sie dieses doppelte 035.',
  'oclc-number-single.second':
    '{subfield}: „{value}“ ist eine zweite OCLC-Nummer (der Datensatz hat schon „{other}“ in 035 $a). Behalten Sie die aktuelle WorldCat-Nummer in $a und verschieben Sie die andere nach $z (gelöschte/zusammengeführte Nummer).',
  'rda-publication-264.uses-260':
    '{field}: Der Datensatz ist nach RDA erschlossen (040 $e rda), erfasst die Veröffentlichungsangabe aber in 260. Verwenden Sie 264 mit Indikator 2 = 1 (Veröffentlichung) und ein eigenes 264 #4 für ein Copyright-Datum.',
  'publisher-number-028.no-b': '{field} hat kein $b (Quelle: Label oder Verlag). Ergänzen Sie $b nach der Nummer.',
  'one-main-entry.second':
    '{field} ist eine zweite Haupteintragung: Der Datensatz hat schon {first}, und nur ein 1XX ist zulässig (gefunden: {count}). Ändern Sie es in die passende Nebeneintragung (7XX) oder löschen Sie es.',
  'one-main-entry.second-control':
    '{field} ist eine zweite Haupteintragung: Der Datensatz hat schon {first}, und nur ein 1XX ist zulässig (gefunden: {count}). Eine Haupteintragung ist ein Datenfeld; verschieben oder löschen Sie es.',
  'oclc-number-form.invalid':
    '{subfield}: {value} hat keine gültige Form einer OCLC-Nummer. Schreiben Sie „(OCoLC)“ unmittelbar gefolgt von der Nummer: ocm und 8 Ziffern, ocn und 9 Ziffern, on und 10 oder mehr Ziffern, oder nur Ziffern; prüfen Sie die Nummer in WorldCat.',
  'oclc-number-form.invalid-corrected':
    '{subfield}: {value} hat keine gültige Form einer OCLC-Nummer. Schreiben Sie „(OCoLC)“ unmittelbar gefolgt von der Nummer: ocm und 8 Ziffern, ocn und 9 Ziffern, on und 10 oder mehr Ziffern, oder nur Ziffern („{corrected}“).',
  'add-bib-suppressed.suppressed':
    'Dieser Titeldatensatz ist für die Anzeige gesperrt (Suppress from Discovery). Wenn Sie ein Exemplar ergänzen, hängen Sie es nicht hier an: Geben Sie den Titeldatensatz an Ihre Teamleitung oder die Katalogisierung weiter.',
  'del-still-network-linked.linked':
    'Dieser Titeldatensatz ist zum Löschen markiert, aber noch mit der Network Zone verknüpft. Lösen Sie die Verknüpfung zuerst mit „Record Actions > Copy to Catalog“ (danach erscheint ein Haus-Symbol); „Delete Record“ steht direkt darunter, also Vorsicht.',
  'del-has-inventory.item':
    'Dieser Titeldatensatz ist zum Löschen markiert, hat aber noch {count} Exemplar und kann daher nicht gelöscht werden. Sondern Sie die Exemplare aus oder verknüpfen Sie sie neu, löschen Sie den leeren Bestandsdatensatz und schließen oder stornieren Sie zuerst jede Bestellposition.',
  'del-has-inventory.items':
    'Dieser Titeldatensatz ist zum Löschen markiert, hat aber noch {count} Exemplare und kann daher nicht gelöscht werden. Sondern Sie die Exemplare aus oder verknüpfen Sie sie neu, löschen Sie die leeren Bestandsdatensätze und schließen oder stornieren Sie zuerst jede Bestellposition.',
  'add-no-call-number-source.none':
    'Keine verwendbare Signatur: 852 im Bestandsdatensatz hat kein $h, und der Titeldatensatz hat kein 050 oder 090, aus dem sie sich ableiten ließe. Vergeben Sie die Signatur und tragen Sie sie in 852 $h/$i ein oder geben Sie das Stück weiter.',
  'del-withdrawn-items.withdrawn':
    'Dieser Titeldatensatz ist zum Löschen markiert, aber {count} seiner Exemplare stehen an einem Standort für ausgesonderte Exemplare ({location}). Das ist eine Aussonderung, keine Löschung: Entfernen Sie die Löschmarkierung und behalten Sie die Datensätze.',
  'hol-shared-print-without-561.missing':
    '583 (Vorkommen {number}) erfasst eine Shared-Print-Verpflichtung, aber der Bestandsdatensatz hat kein 561. Ergänzen Sie die vom Programm verlangte Provenienzangabe in 561.',
  'add-multi-volume-set.set':
    '300 „{extent}“ beschreibt ein mehrbändiges Werk. Folgen Sie der Arbeitsanweisung für mehrbändige Monografien: Ergänzen Sie einen Band nur, wenn 020/505 ihn schon abdecken, und geben Sie jedem Exemplar seinen Band in der Beschreibung (z. B. v.3) und in Enumeration A.',
  'relink-source-left-empty.empty':
    'Dieser Titeldatensatz hat keine Exemplare mehr. War er die QUELLE einer Neuverknüpfung und hat er keinen anderen Bestand und keine offene Bestellposition, markieren Sie ihn zum Löschen (lösen Sie zuerst die Verknüpfung mit der Network Zone).',
  'hol-multipart-without-866.multipart':
    'Dieser Bestandsdatensatz für ein mehrteiliges Werk (Leader/06 v) hat kein 866. Ergänzen Sie in 866 $a eine Zusammenfassung der vorhandenen Bände (Z39.71, z. B. „v.1-3“). Regalfertig gelieferte Reihen sind die einzige Ausnahme.',
  'hol-multipart-without-866.serial':
    'Dieser Bestandsdatensatz für eine fortlaufende Ressource (Leader/06 y) hat kein 866. Ergänzen Sie in 866 $a eine Zusammenfassung der vorhandenen Bände (Z39.71, z. B. „v.1-3“).',
  'relink-call-number-differs.differs':
    '852 (Vorkommen {number}) $h „{classPart}“ weicht von 050 $a „{bibClass}“ des Titeldatensatzes ab. Wurde dieser Bestand mit diesem Titeldatensatz neu verknüpft, passen Sie 852 $h/$i an 050 an.',
  'add-res-share-holdings.borrowing':
    '852 (Vorkommen {number}) $b ist {library}: Das ist ein Fernleih-Bestellsatz. Ergänzen Sie hier keine Exemplare; verwenden oder erstellen Sie einen Bestandsdatensatz in Ihrer eigenen Bibliothek.',
  'relink-gobi-brief-bib.brief':
    'Der Titel steht in Großbuchstaben und der Exemplar-Barcode {barcode} beginnt mit „{prefix}“: Das sieht nach einer Kurztitelaufnahme für regalfertige Lieferung (GOBI) aus, die der Datensatz des Lieferanten überschreiben wird. Verknüpfen Sie ihre Exemplare oder Bestellpositionen nicht mit einem anderen Titeldatensatz.',
  'country-code-008.obsolete':
    'Feld 008, Positionen 15-17: {code} ist ein nicht mehr gültiger Code der MARC Code List for Countries (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code aus der MARC Code List for Countries.',
  'country-code-008.unknown':
    'Feld 008, Positionen 15-17: {code} steht nicht in der MARC Code List for Countries der LC (Stand {date}). Verwenden Sie einen gültigen Code (auf zweibuchstabige Codes folgt ein Leerzeichen, z. B. „gw#“; „xx#“, wenn unbekannt).',
  'language-code-008.obsolete':
    'Feld 008, Positionen 35-37: „{code}“ ist ein nicht mehr gültiger Code der MARC Code List for Languages (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code aus der MARC Code List for Languages.',
  'language-code-008.unknown':
    'Feld 008, Positionen 35-37: „{code}“ steht nicht in der MARC Code List for Languages der LC (Stand {date}). Verwenden Sie einen gültigen Code („und“, wenn unbestimmt, „zxx“, wenn ohne sprachlichen Inhalt).',
  'cataloging-language-040.obsolete':
    '{subfield}: „{code}“ ist ein nicht mehr gültiger Code der MARC Code List for Languages (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen MARC-Code.',
  'cataloging-language-040.unknown':
    '{subfield}: {code} steht nicht in der MARC Code List for Languages der LC (Stand {date}). Verwenden Sie den Code der Katalogisierungssprache, z. B. „ger“.',
  'geographic-area-043.length':
    '{subfield}: {value} muss genau 7 Zeichen lang sein, mit Bindestrichen aufgefüllt (z. B. „e-gx---“).',
  'geographic-area-043.obsolete':
    '{subfield}: „{value}“ ist ein nicht mehr gültiger Code der MARC Code List for Geographic Areas (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code.',
  'geographic-area-043.unknown':
    '{subfield}: „{value}“ steht nicht in der MARC Code List for Geographic Areas der LC (Stand {date}). Korrigieren Sie den Code.',
  'language-agreement-008-041.differs':
    '{subfield}: Der erste Sprachcode „{first}“ weicht von 008/35-37 „{fixed}“ ab; beide geben die Sprache der Ressource an. Korrigieren Sie die falsche Angabe.',
  'rda-content-carrier.no-336':
    'Der Datensatz ist nach RDA erschlossen (040 $e rda), hat aber kein 336 (Inhaltstyp). Ergänzen Sie 336, z. B. „Text $b txt $2 gnd-content“ oder „text $b txt $2 rdacontent“.',
  'rda-content-carrier.no-337':
    'Der Datensatz ist nach RDA erschlossen (040 $e rda), hat aber kein 337 (Medientyp). Ergänzen Sie 337, z. B. „ohne Hilfsmittel zu benutzen $b n $2 gnd-media“ oder „unmediated $b n $2 rdamedia“.',
  'rda-content-carrier.no-338':
    'Der Datensatz ist nach RDA erschlossen (040 $e rda), hat aber kein 338 (Datenträgertyp). Ergänzen Sie 338, z. B. „Band $b nc $2 gnd-carrier“ oder „volume $b nc $2 rdacarrier“.',
  'holdings-type-content.single-part':
    'Leader/06 ist x (einteiliges Exemplar), aber der Datensatz hat {tag}, das die Teile eines mehrteiligen Werks oder einer fortlaufenden Ressource beschreibt. Setzen Sie Leader/06 auf v (mehrteilig) oder y (fortlaufend) oder entfernen Sie das {tag}.',
  'oclc-fixed-field-required.missing':
    'Der Datensatz hat kein 008 (Datenelemente mit fester Länge). Ergänzen Sie ein 008 mit dem 008-Formulareditor (Daten, Ort, Sprache).',
  'rein-still-suppressed.bib-item':
    'Dieser Titeldatensatz ist für die Anzeige gesperrt, hat aber {count} aktives Exemplar. Wurde ein Exemplar wieder eingestellt, heben Sie die Sperre des Titeldatensatzes auf (Record Actions > Suppress from Discovery).',
  'rein-still-suppressed.bib-items':
    'Dieser Titeldatensatz ist für die Anzeige gesperrt, hat aber {count} aktive Exemplare. Wurde ein Exemplar wieder eingestellt, heben Sie die Sperre des Titeldatensatzes auf (Record Actions > Suppress from Discovery).',
  'rein-still-suppressed.holdings-item':
    'Dieser Bestandsdatensatz ist für die Anzeige gesperrt, hat aber {count} aktives Exemplar. Wurde ein Exemplar wieder eingestellt, heben Sie die Sperre des Bestandsdatensatzes auf (Record Actions > Suppress from Discovery).',
  'rein-still-suppressed.holdings-items':
    'Dieser Bestandsdatensatz ist für die Anzeige gesperrt, hat aber {count} aktive Exemplare. Wurde ein Exemplar wieder eingestellt, heben Sie die Sperre des Bestandsdatensatzes auf (Record Actions > Suppress from Discovery).',
  'relink-millennium-order.one':
    'Das Exemplar {item} hat die Millennium-Bestellposition {poLine}. Solche Bestellungen verhalten sich beim Neuverknüpfen unberechenbar: Klären Sie es zuerst mit der Erwerbung oder eröffnen Sie im Zweifel ein BadCat-Ticket.',
  'relink-millennium-order.more':
    'Das Exemplar {item} hat die Millennium-Bestellposition {poLine}, dazu {more} weitere. Solche Bestellungen verhalten sich beim Neuverknüpfen unberechenbar: Klären Sie es zuerst mit der Erwerbung oder eröffnen Sie im Zweifel ein BadCat-Ticket.',
  'pred-withdraw-received-item.one':
    'Das Exemplar {item} wurde über die Bestellposition {poLine} eingangsgebucht. Sondern Sie ein eingegangenes Heft nur aus, wenn es irrtümlich auf einer geschlossenen Bestellung eingegangen ist; sonst stornieren Sie.',
  'pred-withdraw-received-item.more':
    'Das Exemplar {item} wurde über die Bestellposition {poLine} eingangsgebucht (dazu {more} weitere). Sondern Sie ein eingegangenes Heft nur aus, wenn es irrtümlich auf einer geschlossenen Bestellung eingegangen ist; sonst stornieren Sie.',
  'item-description-single-volume.filled':
    'Die Beschreibung „{description}“ ist ausgefüllt, aber der Titeldatensatz ist eine einbändige Monografie. Leeren Sie sie: Eine Exemplarnummer gehört in die Exemplar-ID (Copy ID), Hinweise in ein Notizfeld.',
  'item-in-withdrawn-location.withdrawn':
    'Der permanente Standort {location} ist ein Standort für ausgesonderte Exemplare. Um das Exemplar wieder einzustellen, folgen Sie der Arbeitsanweisung zur Wiedereinstellung: Freigabe durch das Fachreferat, echter Standort, Bestand und Sperre, Rückbuchung, WorldCat-Bestand.',
  'item-millennium-withdrawn.zw':
    'Der permanente Standort „zw“ kennzeichnet ein in Millennium ausgesondertes Exemplar der MAIN. Sofern Sie nicht für MAIN zuständig sind, geben Sie es zur Wiedereinstellung an die Katalogisierung.',
  'item-nrlf-work-order.in-deposit':
    'Prozesstyp {processType}: Dieses Exemplar ist im Ablauf der NRLF-Magazinabgabe und wird als nicht verfügbar angezeigt. Lassen Sie es bei seinem Set und folgen Sie der Arbeitsanweisung zur NRLF-Abgabe.',
  'item-pieces-without-fulfillment-note.empty':
    'Stückzahl ist {count}, aber die Ausleihnotiz (Fulfillment note) ist leer. Nennen Sie in der Ausleihnotiz (Reiter Notizen), was die {count} Stücke sind, z. B. „1 Buch + 2 CDs“, damit die Ausleihtheke prüfen kann, dass alle hinausgehen und zurückkommen.',
  'item-pulled-without-work-order.no-process-type':
    'Eine interne Notiz („{note}“) sagt, dass das Exemplar ins NRLF geht, aber es hat keinen Prozesstyp, sodass es für Nutzende weiterhin verfügbar erscheint. Scannen Sie es in den Arbeitsauftrag der NRLF-Abgabe.',
  'item-copy-id-duplicate.in-library':
    'Die Exemplar-ID (Copy ID) {copyId} ist an diesem Titeldatensatz in der Bibliothek {where} schon vergeben (Exemplar {item}). Geben Sie diesem Exemplar die nächste freie Nummer.',
  'item-copy-id-duplicate.in-location':
    'Die Exemplar-ID (Copy ID) {copyId} ist an diesem Titeldatensatz am Standort {where} schon vergeben (Exemplar {item}). Geben Sie diesem Exemplar die nächste freie Nummer.',
  'mvm-description-format.format':
    'Die Beschreibung „{description}“ folgt nicht dem Bandformat ({pattern}). Schreiben Sie nur Bezeichnung und Zählung, z. B. {example}.',
  'mvm-description-missing.empty':
    'Der Titeldatensatz ist ein mehrbändiges Werk, aber die Beschreibung ist leer. Geben Sie Bandbezeichnung und Zählung ein, z. B. {example}.',
  'mvm-description-verbose.text':
    'Die Beschreibung „{description}“ liest sich wie Text statt wie eine Bandbezeichnung. Behalten Sie nur Bezeichnung und Zählung (z. B. v.3); Titel oder Hinweise gehören in 505 des Titeldatensatzes oder in eine öffentliche Notiz.',
  'mvm-enumeration-mismatch.empty':
    'Enumeration A ist leer, während die Beschreibung „{description}“ Band {volume} angibt. Setzen Sie Enumeration A auf {volume}.',
  'mvm-enumeration-mismatch.differs':
    'Enumeration A „{enumeration}“ passt nicht zur Beschreibung „{description}“, die Band {volume} angibt. Setzen Sie Enumeration A auf {volume}.',
  'field-008-length.bib-short':
    '008 ist {length} Zeichen lang ({value}); ein 008 im Titeldatensatz hat genau {expected}. Ergänzen Sie die fehlenden Positionen (der 008-Formulareditor zeigt jede Position).',
  'field-008-length.bib-long':
    '008 ist {length} Zeichen lang ({value}); ein 008 im Titeldatensatz hat genau {expected}. Entfernen Sie die überzähligen Zeichen (der 008-Formulareditor zeigt jede Position).',
  'field-008-length.holdings-short':
    '008 ist {length} Zeichen lang ({value}); ein 008 im Bestandsdatensatz hat genau {expected}. Ergänzen Sie die fehlenden Positionen (der 008-Formulareditor zeigt jede Position).',
  'field-008-length.holdings-long':
    '008 ist {length} Zeichen lang ({value}); ein 008 im Bestandsdatensatz hat genau {expected}. Entfernen Sie die überzähligen Zeichen (der 008-Formulareditor zeigt jede Position).',
  'leader-length.short':
    'Der Leader ist {length} Zeichen lang ({value}); MARC 21 verlangt genau 24. Prüfen Sie ihn Position für Position und ergänzen Sie die fehlenden Positionen.',
  'leader-length.long':
    'Der Leader ist {length} Zeichen lang ({value}); MARC 21 verlangt genau 24. Prüfen Sie ihn Position für Position und entfernen Sie die überzähligen Zeichen.',
  'tag-format.invalid':
    'Feld {number} hat das Tag {value}; ein Tag hat genau drei Zeichen, normalerweise Ziffern (z. B. 245, 650, 9XX für lokale Felder). Korrigieren Sie das Tag.',
  'record-length-oclc.too-long':
    'Der Datensatz ist {characters:number} Zeichen lang; OCLC nimmt höchstens {limit:number} an. Entfernen oder kürzen Sie lange Felder (z. B. 505, 520), bevor Sie nach OCLC exportieren.',
  'empty-field.no-subfields': '{label} hat keine Unterfelder. Füllen Sie es aus oder löschen Sie das Feld.',
  'empty-field.empty': '{label} ist leer. Füllen Sie es aus oder löschen Sie das Feld.',
  'holdings-008-language-code.obsolete':
    '008/22-24 (Sprache) ist {code}, ein nicht mehr gültiger Code der MARC Code List for Languages (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code.',
  'holdings-008-language-code.unknown':
    '008/22-24 (Sprache) ist {code}, der nicht in der MARC Code List for Languages der LC steht (Stand {date}). Prüfen Sie den Code; lassen Sie die Position leer, wenn die Zählungsbezeichnungen keine Sprache haben.',
  'mvm-chronology-on-monograph.i':
    'Chronology I ist „{value}“, aber der Titeldatensatz ist eine Monografie, bei der die Chronologie des Exemplars nicht verwendet wird. Leeren Sie Chronology I; der Band gehört in die Beschreibung und in Enumeration A.',
  'mvm-chronology-on-monograph.j':
    'Chronology J ist „{value}“, aber der Titeldatensatz ist eine Monografie, bei der die Chronologie des Exemplars nicht verwendet wird. Leeren Sie Chronology J; der Band gehört in die Beschreibung und in Enumeration A.',
  'issn.not-issn':
    '{subfield}: {value} ist keine ISSN (vier Ziffern, Bindestrich, drei Ziffern und eine Prüfziffer oder X). Korrigieren Sie sie oder verschieben Sie eine fehlerhafte ISSN nach $y.',
  'issn.bad-check':
    '{subfield}: ISSN {issn} hat eine falsche Prüfziffer (erwartet: {expected}). Korrigieren Sie sie oder verschieben Sie eine fehlerhafte ISSN nach $y.',
  'issn.form':
    '{subfield}: Schreiben Sie die ISSN als {issn}, mit Bindestrich, großem X und ohne etwas davor (gefunden: {value}).',
  'invalid-indicator.not-allowed':
    '{label}: Der {indicator:indicator} Indikator ist {value:value}, aber {definedTag} erlaubt dort nur {allowed:values}. Korrigieren Sie den Indikator.',
  'obsolete-indicator.obsolete':
    '{label}: Der {indicator:indicator} Indikator ({value:value}) ist in {definedTag} veraltet.',
  'obsolete-indicator.obsolete-use':
    '{label}: Der {indicator:indicator} Indikator ({value:value}) ist in {definedTag} veraltet. Verwenden Sie einen gültigen Wert: {allowed:values}.',
  'obsolete-subfield.obsolete':
    '{label}: Unterfeld {sub} ist in {definedTag} veraltet. Verschieben Sie den Text in das heute gültige Unterfeld (siehe die MARC-21-Seite zu {definedTag}).',

  'oclc-cataloging-language.missing':
    '{field} hat kein $b (Katalogisierungssprache), das die Erfassungsstandards von OCLC verlangen. Ergänzen Sie $b mit der Sprache, in der der Datensatz verfasst ist, z. B. „eng“ für Englisch.',

  'title-required.missing': 'Der Datensatz hat kein Feld 245 (Titelangabe). Ergänzen Sie 245 mit dem Haupttitel in $a.',
  'title-required.no-a': '{field} hat kein $a (Titel). Erfassen Sie den Haupttitel in $a als erstes Unterfeld.',

  'isbn.bad-start':
    '{subfield}: {value} beginnt mit anderen Zeichen als den Ziffern der ISBN (Bindestriche, Leerzeichen oder eine Bezeichnung). Erfassen Sie die ISBN nur als Ziffern, gefolgt von einem etwaigen Zusatz.',
  'isbn.unspaced-qualifier':
    '{subfield}: Der Zusatz in {value} muss der Nummer nach einem Leerzeichen folgen, z. B. „0306406152 (pbk.)“.',
  'isbn.not-isbn':
    '{subfield}: {value} enthält keine 10- oder 13-stellige ISBN (gefunden: {number}). Korrigieren Sie die Nummer oder verschieben Sie sie nach $z, wenn sie auf der Vorlage falsch gedruckt ist.',
  'isbn.not-isbn13':
    '{subfield}: {number} hat 13 Stellen, beginnt aber nicht mit 978 oder 979 und ist daher keine ISBN. Ist es eine EAN oder UPC, verschieben Sie sie nach 024.',
  'isbn.bad-check':
    '{subfield}: ISBN-{length} {number} hat eine falsche Prüfziffer (erwartet: {expected}). Korrigieren Sie die Nummer oder verschieben Sie sie nach $z, wenn sie auf der Vorlage falsch gedruckt ist.',
  'isbn.valid-in-z':
    '{subfield}: {number} ist eine gültige ISBN, aber $z ist für ungültige oder gelöschte ISBNs bestimmt. Gehört sie zu dieser Ausgabe, verschieben Sie sie nach $a.',
};

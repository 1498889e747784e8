import type { RuleWords } from './rule-words';

/**
 * German titles and rationales of the built-in rules, keyed by rule id (the item rules are in
 * rule-words-de-items.ts, so the content script ships only those). The rule files keep the English words;
 * tests/unit/rules/messages/rule-words.test.ts fails when a built-in rule lacks its German or an id names no rule.
 * The terms are those of German cataloging practice (RDA DACH, GND): Titeldatensatz, Bestandsdatensatz,
 * Exemplar, Signatur, Feld, Unterfeld, Indikator, Codeliste; Alma's labels as its German interface shows them.
 */
export const DE_RULE_WORDS: Readonly<Record<string, RuleWords>> = {
  'leader-length': {
    title: 'Leader ist 24 Zeichen lang',
    rationale:
      'Bei einem Leader falscher Länge wird jede codierte Position (Art des Datensatzes, Vollständigkeit, …) an der falschen Stelle gelesen.',
  },
  'leader-invalid-code': {
    title: 'Leader-Positionen enthalten definierte Codes',
    rationale:
      'Die Codes im Leader bestimmen, wie Alma, OCLC und Discovery-Systeme den ganzen Datensatz lesen (Art, Erschließungsniveau, Codierung).',
  },
  'holdings-leader-record-type': {
    title: 'Leader/06 im Bestandsdatensatz ist u, v, x oder y',
    rationale:
      'Leader/06 kennzeichnet einen Bestandsdatensatz (u unbekannt, v mehrteilig, x einteilig, y fortlaufend); andere Codes machen ihn zum Titeldatensatz.',
  },
  'field-008-length': {
    title: '008 hat die Länge, die sein Format verlangt',
    rationale:
      'Die Positionen in 008 werden nach ihrer Stelle gelesen: Ein zu kurzes oder zu langes 008 verschiebt Daten, Sprache und jeden Code.',
  },
  'field-008-invalid-code': {
    title: 'Positionen in 008 enthalten definierte Codes',
    rationale:
      'Die Codes in 008 speisen Sucheinschränkungen und Facetten (Jahr, Sprache, Zielgruppe, Form); undefinierte Codes weist die OCLC-Validierung zurück.',
  },
  'holdings-008-language-code': {
    title: 'Sprache in 008/22-24 des Bestandsdatensatzes steht in der MARC-Sprachenliste',
    rationale:
      'Die Sprache der Zählungsbezeichnungen sagt Systemen, wie sie die Bezeichnungen lesen; ein Tippfehler macht den Code bedeutungslos.',
  },
  'field-006-length': {
    title: '006 ist 18 Zeichen lang',
    rationale: 'Ein 006 falscher Länge verschiebt jede codierte Position nach dem Fehler.',
  },
  'field-006-invalid-code': {
    title: 'Positionen in 006 enthalten definierte Codes',
    rationale:
      '006 beschreibt zusätzliche Merkmale des Materials (z. B. die Online-Form eines gedruckten Buchs); undefinierte Codes weist die OCLC-Validierung zurück.',
  },
  'field-007-length': {
    title: '007 hat die Länge seiner Materialkategorie',
    rationale:
      'Jede Kategorie von 007 hat eine feste Zahl von Positionen; eine falsche Länge heißt, dass Codes verloren gingen oder verschoben sind.',
  },
  'field-007-invalid-code': {
    title: 'Positionen in 007 enthalten definierte Codes',
    rationale:
      'Die Codes in 007 steuern die Formatfacetten (DVD, Mikrofilm, online); undefinierte Codes weist die OCLC-Validierung zurück.',
  },
  'fixed-field-obsolete-code': {
    title: 'Keine veralteten Codes in Leader, 006, 007 oder 008',
    rationale:
      'Veraltete Codes stammen aus alten Datensätzen; Systeme bilden sie nicht mehr ab, sodass der Datensatz aus Format- und Zielgruppen-Einschränkungen fällt.',
  },
  'fixed-field-undefined-position': {
    title: 'Undefinierte Positionen in 006/007/008 sind leer',
    rationale:
      'Zeichen an undefinierten Positionen bedeuten meist, dass das Feld verschoben oder überschrieben wurde; MARC 21 verlangt dort ein Leerzeichen.',
  },
  'tag-format': {
    title: 'Feld-Tags sind drei alphanumerische Zeichen',
    rationale:
      'Ein fehlerhaftes Tag lässt sich weder in MARC schreiben noch einer Definition zuordnen; das Feld geht beim Export verloren.',
  },
  'indicator-format': {
    title: 'Indikatoren sind je ein Zeichen',
    rationale:
      'Ein Datenfeld in MARC hat genau zwei einstellige Indikatoren; alles andere zerstört beim Export die Struktur des Datensatzes.',
  },
  'subfield-code-format': {
    title: 'Unterfeldcodes sind ein Kleinbuchstabe oder eine Ziffer',
    rationale:
      'Andere Systeme übergehen oder verwerfen Unterfelder mit fehlerhaften Codes; ihre Daten fehlen dann in Anzeigen und Indizes.',
  },
  'control-characters': {
    title: 'Keine Steuerzeichen in den Felddaten',
    rationale:
      'Tabulatoren, Zeilenumbrüche und verirrte Trennzeichen (oft aus anderen Programmen eingefügt) verderben Exporte und die OCLC-Validierung.',
  },
  'empty-field': {
    title: 'Keine leeren Felder',
    rationale: 'Leere Felder sind meist Reste einer Vorlage; Alma markiert sie und OCLC weist sie zurück.',
  },
  'empty-subfield': {
    title: 'Keine leeren Unterfelder',
    rationale:
      'Leere Unterfelder stammen aus Vorlagen und gelöschtem Text; OCLC weist sie zurück, und in der Anzeige erscheinen sie als verirrte Satzzeichen.',
  },
  'subfield-whitespace': {
    title: 'Keine Leerzeichen am Anfang oder Ende von Unterfeldern',
    rationale:
      'Überzählige Leerzeichen verhindern den exakten Abgleich (OCLC-Nummern, Signaturen, Ansetzungen) und erscheinen in der Anzeige als seltsame Abstände.',
  },
  'field-length-alma': {
    title: 'Felder passen in Almas Grenze von 32 KB',
    rationale:
      'Alma speichert kein Feld über 32 KB; meist sind eingefügte Inhaltsverzeichnisse oder Zusammenfassungen die Ursache.',
  },
  'field-length-oclc': {
    title: 'Felder passen in OCLCs Grenze von 9.999 Zeichen',
    rationale:
      'Die OCLC-Validierung scheitert an einem Feld über 9.999 Zeichen; der Datensatz lässt sich dann nicht nach WorldCat exportieren.',
  },
  'record-length-oclc': {
    title: 'Datensatz passt in OCLCs Grenze von 99.999 Zeichen',
    rationale:
      'Die OCLC-Validierung scheitert an Datensätzen über 99.999 Zeichen (zugleich der größte Datensatz, den ISO 2709 beschreiben kann).',
  },
  'undefined-tag': {
    title: 'Feld-Tags sind in MARC 21 definiert',
    rationale:
      'Ein undefiniertes Tag ist meist ein Tippfehler (z. B. 254 statt 245); seine Daten werden nicht dort indexiert oder angezeigt, wo man sie erwartet.',
  },
  'control-data-field-mismatch': {
    title: 'Kontroll- und Datenfelder haben die richtige Form',
    rationale:
      'Ein Kontrollfeld mit Unterfeldern oder ein Datenfeld ohne Unterfelder lässt sich nicht als gültiges MARC schreiben; seine Daten werden falsch gelesen.',
  },
  'non-repeatable-field': {
    title: 'Nicht wiederholbare Felder kommen einmal vor',
    rationale:
      'Ein wiederholtes nicht wiederholbares Feld (zwei 245, zwei 008) ist mehrdeutig: Systeme behalten eines und verwerfen das andere.',
  },
  'non-repeatable-subfield': {
    title: 'Nicht wiederholbare Unterfelder kommen je Feld einmal vor',
    rationale:
      'Ein wiederholtes nicht wiederholbares Unterfeld (zweimal 245 $a) heißt meist, dass Text in ein anderes Unterfeld gehört ($b, $p); er wird falsch angezeigt.',
  },
  'invalid-indicator': {
    title: 'Indikatoren enthalten definierte Werte',
    rationale:
      'Indikatoren steuern Sortierung, Anzeigekonstanten und Nebeneintragungen; einen undefinierten Wert übergeht oder missversteht jedes System.',
  },
  'undefined-subfield': {
    title: 'Unterfeldcodes sind für ihr Feld definiert',
    rationale:
      'Daten in einem undefinierten Unterfeld werden weder angezeigt noch indexiert; meist ist der Code vertippt.',
  },
  'obsolete-field': {
    title: 'Keine veralteten Felder',
    rationale:
      'Veraltete Felder werden von heutigen Systemen weder indexiert noch angezeigt, und OCLC weist sie bei Neuerfassung zurück.',
  },
  'obsolete-subfield': {
    title: 'Keine veralteten Unterfelder',
    rationale:
      'Veraltete Unterfelder stammen aus alten Datensätzen; ihre Daten werden nicht mehr angezeigt oder indexiert.',
  },
  'obsolete-indicator': {
    title: 'Keine veralteten Indikatorwerte',
    rationale: 'Veraltete Indikatorwerte stammen aus alten Datensätzen; heutige Systeme werten sie nicht mehr aus.',
  },
  'one-main-entry': {
    title: 'Höchstens eine Haupteintragung (1XX)',
    rationale:
      'Ein Datensatz hat eine Haupteintragung; ein zweites 1XX ist meist eine Nebeneintragung (7XX), die mit dem falschen Tag erfasst wurde.',
  },
  'title-required': {
    title: 'Titelangabe (245) mit $a oder $k vorhanden',
    rationale:
      'Jeder Titeldatensatz braucht einen Titel; Alma und OCLC weisen Datensätze ohne 245 $a (oder $k) zurück.',
  },
  'title-first-subfield': {
    title: '245 beginnt mit $a (nach $6)',
    rationale:
      'Anzeigen und Indizes lesen den Haupttitel aus dem ersten Unterfeld; $6 steht, wenn vorhanden, an erster Stelle.',
  },
  'title-ending-period': {
    title: '245 endet mit einem Punkt',
    rationale:
      'Nach LC- und PCC-Praxis endet die Titelangabe mit einem Punkt; fehlt das Schlusszeichen, ist 245 meist abgeschnitten.',
  },
  'title-subfield-punctuation': {
    title: 'Deskriptionszeichen zwischen den Unterfeldern von 245',
    rationale:
      'Die ISBD-Deskriptionszeichen vor jedem Unterfeld von 245 zeigen die Anzeigen zwischen Titel, Titelzusatz und Verantwortlichkeitsangabe.',
  },
  'nonfiling-indicator': {
    title: 'Indikator für nicht sortierende Zeichen passt zum Artikel',
    rationale:
      'Eine falsche Zahl sortiert „The Hobbit“ unter T oder „Hobbit“ unter „bbit“ ein, in Registern und sortierten Trefferlisten.',
  },
  isbn: {
    title: 'ISBN (020): Form und Prüfziffer',
    rationale:
      'Eine vertippte ISBN verhindert den Abgleich in Alma, OCLC und Lieferantensystemen; gültige Nummern gehören in $a, ungültige in $z.',
  },
  issn: {
    title: 'ISSN (022): Form und Prüfziffer',
    rationale:
      'Fortlaufende Ressourcen werden über die ISSN abgeglichen; eine vertippte ISSN verbirgt den Datensatz vor ISSN-Suchen und Linkresolvern.',
  },
  'standard-identifier-024': {
    title: 'UPC, ISMN und EAN (024): Länge und Prüfziffer',
    rationale:
      'Strichcodes werden gescannt und automatisch abgeglichen; eine falsche Ziffer trifft nichts oder das falsche Produkt.',
  },
  'publisher-number-028': {
    title: 'Verlagsnummer (028) hat ihre Quelle in $b',
    rationale:
      'Musik- und Videokataloge gleichen Label und Nummer zusammen ab; eine Nummer ohne Label trifft die falschen Ausgaben.',
  },
  'cataloging-language-040': {
    title: 'Katalogisierungssprache (040 $b) ist ein MARC-Sprachencode',
    rationale:
      'Verbundkataloge wählen Datensätze nach der Katalogisierungssprache aus; ein Code außerhalb der MARC-Liste wird nicht gefunden.',
  },
  'language-codes-041': {
    title: 'Sprachencodes (041) sind gültige MARC-Codes',
    rationale:
      'Sprachfacetten und -einschränkungen in Discovery lesen 041; ein unbekannter Code nimmt den Datensatz aus ihnen heraus.',
  },
  'language-code-008': {
    title: 'Sprachencode (008/35-37) ist gültig',
    rationale: 'Die Sprache in 008 steuert Sprach-Einschränkungen und -Facetten in Alma und Discovery.',
  },
  'language-agreement-008-041': {
    title: '008/35-37 stimmt mit dem ersten 041 $a überein',
    rationale:
      'Widersprechen sich 008 und 041, geben Sprach-Einschränkungen und -Facetten für denselben Datensatz widersprüchliche Antworten.',
  },
  'geographic-area-043': {
    title: 'Geografische Gebietscodes (043) sind gültig',
    rationale:
      'Geografische Gebietscodes steuern Ortsfacetten; ein fehlerhafter oder zurückgezogener Code nimmt den Datensatz stillschweigend aus ihnen heraus.',
  },
  'country-code-008': {
    title: 'Ländercode des Erscheinungsorts (008/15-17) ist gültig',
    rationale:
      'Das Erscheinungsland speist Einschränkungen, Statistiken und Bestandsanalysen; unbekannte Codes fallen aus ihnen heraus.',
  },
  'country-codes-044': {
    title: 'Ländercodes (044) sind gültig und stimmen mit 008/15-17 überein',
    rationale:
      'Unbekannte Ländercodes fallen aus Länder-Einschränkungen heraus; widersprechen sich 044 und 008, ist eines von beiden falsch.',
  },
  'lc-classification-050': {
    title: 'Form der LC-Signatur (050)',
    rationale:
      'Signaturen im Bestandsdatensatz werden aus 050 abgeleitet; eine fehlerhafte Klasse oder fehlende Cutter-Nummer ergibt einen falschen Standort im Regal.',
  },
  'dewey-082': {
    title: 'DDC-Notation (082): Form und Ausgabe',
    rationale:
      'DDC-Notationen bestimmen Aufstellung und Signatur; ohne Dezimalpunkt oder Ausgabe sind sie unbrauchbar.',
  },
  'linkage-880-subfield-6': {
    title: '880 hat ein wohlgeformtes $6',
    rationale: 'Ohne lesbares $6 wird ein 880 nicht neben seinem Feld angezeigt und kann beim Export verloren gehen.',
  },
  'linkage-880-pairs': {
    title: '880-Felder und ihre Partner verweisen gegenseitig aufeinander',
    rationale:
      'Ein zerbrochenes $6-Paar trennt die originalschriftliche Form von ihrem transliterierten Feld, in Anzeigen und beim Export zu OCLC.',
  },
  'subject-source-indicator': {
    title: '2. Indikator der Sacherschließung = 7 genau dann, wenn $2 vorhanden ist',
    rationale:
      'Normdatenkontrolle und Schlagwortregister entnehmen das Vokabular dem 2. Indikator und $2; ein Widerspruch ordnet die Ansetzung dem falschen Thesaurus zu.',
  },
  'subject-source-codes': {
    title: 'Quellencodes ($2) der Schlagwörter und Gattungsbegriffe sind gültig',
    rationale:
      'Discovery-Systeme und Normdatenkontrolle gruppieren Ansetzungen nach $2; ein falsch geschriebener Quellencode lässt die Ansetzung verwaisen.',
  },
  'rda-content-carrier': {
    title: 'RDA-Datensätze haben 336, 337 und 338',
    rationale:
      'Inhalts-, Medien- und Datenträgertyp sind RDA-Kernelemente; die Formatfacetten in Discovery werden aus ihnen gebildet.',
  },
  'rda-type-terms': {
    title: 'RDA-Begriffe und -Codes für Inhalt, Medium und Datenträger stimmen überein',
    rationale:
      'Formatfacetten und Ausleihregeln lesen 336-338 $b; ein Code, der seinem Begriff widerspricht, ordnet die Ressource dem falschen Format zu.',
  },
  'relator-codes': {
    title: 'Beziehungscodes ($4) stehen in der MARC-Codeliste für Beziehungskennzeichnungen',
    rationale:
      'Discovery-Systeme machen aus $4 Rollen („Verfasser“, „Illustrator“); ein falsch geschriebener Code zeigt keine oder die falsche Rolle.',
  },
  'rda-publication-264': {
    title: 'RDA-Datensätze verwenden 264 statt 260',
    rationale:
      'Nach PCC-RDA-Praxis steht die Veröffentlichung in 264, damit Veröffentlichungs-, Herstellungs- und Copyright-Daten getrennt bleiben.',
  },
  'physical-description-present': {
    title: 'Physische Beschreibung (300) vorhanden',
    rationale:
      'Der Umfang sagt Personal und Nutzern, was die Ressource ist (Seiten, Bände, Discs); OCLC verlangt ihn in Vollniveau-Datensätzen.',
  },
  'publication-date-008': {
    title: 'Erscheinungsjahr in 260/264 $c stimmt mit den Daten in 008 überein',
    rationale:
      'Jahres-Einschränkungen und Sortierung verwenden 008 Datum 1; widerspricht es der Angabe in 260/264, verfehlen Suchen nach Jahr den Datensatz.',
  },
  'first-subfield-a': {
    title: '$a zuerst in 246, 250, 260, 440, 490',
    rationale:
      'Anzeigen und Indizes nehmen das erste Datenunterfeld als Hauptelement; ein verstelltes $a deutet oft auf ein falsch erfasstes Feld.',
  },
  'isbd-punctuation': {
    title: 'ISBD-Deskriptionszeichen in 246, 250, 260, 300, 440, 490',
    rationale:
      'Anzeigen reihen diese Unterfelder aneinander; erst die ISBD-Zeichen dazwischen halten Ausgabe, Ort, Verlag und Jahr auseinander.',
  },
  'heading-punctuation': {
    title: 'Schlusszeichen von Ansetzungen (1XX, 6XX, 7XX, 8XX)',
    rationale:
      'Ansetzungen werden mit Normdatensätzen abgeglichen; ein fehlendes oder überzähliges Schlusszeichen kann den Abgleich verhindern.',
  },
  'oclc-cataloging-source': {
    title: 'Katalogisierungsquelle (040) mit $a und $c',
    rationale:
      'Connexion und Record Manager weisen Datensätze ohne 040 $a und $c zurück; Alma exportiert sie unverändert zu OCLC.',
  },
  'oclc-cataloging-language': {
    title: 'Katalogisierungssprache (040 $b) vorhanden',
    rationale:
      'Verbundkataloge wählen Datensätze nach der Katalogisierungssprache aus (z. B. dürfen Katalogisierende der UC NZ OCLC-Datensätze mit 040 $b eng übernehmen).',
  },
  'oclc-fixed-field-required': {
    title: 'Feld 008 (Datenelemente fester Länge) vorhanden',
    rationale:
      'Ohne 008 weist OCLC den Datensatz zurück, und Alma verliert die Einschränkungen nach Jahr, Sprache und Land.',
  },
  'oclc-invalid-characters': {
    title: 'Keine beschädigten oder Nicht-Unicode-Zeichen',
    rationale:
      'Ersatzzeichen und verirrte C1-Bytes heißen, dass bei einer Konvertierung Text verloren ging; OCLC weist sie zurück, und Nutzer sehen Zeichensalat.',
  },
  'oclc-number-form': {
    title: 'OCLC-Nummer (035) in der Form (OCoLC)',
    rationale:
      'Alma gleicht Connexion-Exporte und WorldCat-Aktualisierungen über 035 (OCoLC) ab; eine fehlerhafte Nummer erzeugt eine Dublette.',
  },
  'oclc-number-single': {
    title: 'Eine OCLC-Nummer in 035 $a',
    rationale:
      'Alma gleicht OCLC-Exporte über 035 $a ab; zwei OCLC-Nummern dort führen zu Mehrfachtreffern und gescheiterten oder doppelten Importen.',
  },
  'call-number-scheme-852': {
    title: '1. Indikator von 852 passt zur Signatur in $h',
    rationale:
      'Alma sortiert und blättert Signaturen nach dem Schema im 1. Indikator von 852; ein falsches Schema stellt das Exemplar im Standortkatalog falsch ein.',
  },
  'holdings-type-content': {
    title: 'Art des Bestandsdatensatzes (Leader/06) passt zu seinen Feldern',
    rationale:
      'Alma sagt Hefte voraus und zeigt Bände nur bei mehrteiligem und fortlaufendem Bestand an; eine falsche Art verbirgt sie.',
  },
  'caption-pattern-links': {
    title: 'Zählung (863-865) verweist über $8 auf ihre Bezeichnung (853-855)',
    rationale:
      'Ohne seine Bezeichnung kann ein 863 nicht angezeigt werden („v.1“ wird zu „1“), und Alma kann das nächste Heft nicht voraussagen.',
  },
  'add-bib-not-network-linked': {
    title: 'Titeldatensatz nicht mit der Network Zone verknüpft',
    rationale:
      'Titeldatensätze nur in der IZ gehen an die Teamleitung oder die Katalogisierung, statt neue Exemplare zu erhalten.',
  },
  'add-bib-suppressed': {
    title: 'Titeldatensatz für Discovery unterdrückt',
    rationale:
      'Ein Exemplar an einem unterdrückten Titeldatensatz ist für Nutzer unsichtbar; solche Titeldatensätze werden weitergegeben, nicht verwendet.',
  },
  'add-res-share-holdings': {
    title: 'Bestandsdatensatz in der Bibliothek RES_SHARE',
    rationale:
      'Exemplare an einem Fernleih-Bestellsatz verschwinden mit ihm; sie gehören an den eigenen Bestandsdatensatz der Einrichtung.',
  },
  'add-multi-volume-set': {
    title: 'Mehrbändiges Werk',
    rationale:
      'Bände eines mehrbändigen Werks sind Exemplare am Titeldatensatz des Gesamtwerks, jedes mit seinem Band in der Beschreibung; sie sind keine getrennten Kopien.',
  },
  'add-no-call-number-source': {
    title: 'Keine verwendbare Signatur',
    rationale:
      'Ohne Signatur lässt sich ein Exemplar nicht aufstellen; vorhandene Signaturen werden aus 050 im Titeldatensatz abgeleitet.',
  },
  'hol-852-location-missing': {
    title: 'Bibliothek oder Standort in 852 fehlt',
    rationale:
      'Alma ordnet Bestand über 852 $b und $c zu; ohne sie lässt sich der Bestandsdatensatz nicht speichern oder im Regal finden.',
  },
  'hol-852-indicator-lc': {
    title: '1. Indikator von 852 nennt nicht LC',
    rationale: 'Das Aufstellungsschema im 1. Indikator von 852 steuert Sortierung und Blättern der Signaturen.',
  },
  'hol-852-class-part-missing': {
    title: '852 hat keine Signatur ($h)',
    rationale: 'Der Bestandsdatensatz trägt die Signatur; vorhandene werden aus 050 des Titeldatensatzes abgeleitet.',
  },
  'hol-template-mismatch': {
    title: 'Neuer Bestandsdatensatz nicht aus einer Vorlage',
    rationale:
      'Die gemeinsamen Vorlagen (Single-part, Multipart, Serial) tragen die Codierung, die die Einrichtung erwartet.',
  },
  'hol-multipart-without-866': {
    title: 'Mehrteiliger oder fortlaufender Bestand ohne 866',
    rationale: 'Aus der Bestandsangabe in 866 lesen Nutzer und Personal, welche Bände oder Hefte vorhanden sind.',
  },
  'hol-shared-print-without-561': {
    title: 'Shared-Print-Bestand ohne 561',
    rationale:
      'WEST und andere Shared-Print-Programme verlangen im Bestandsdatensatz Angaben zur Provenienz (561) und zur Aufbewahrung (583).',
  },
  'rel-related-record': {
    title: 'Verknüpfter Datensatz',
    rationale:
      'Wer eine Seite eines Bound-with oder einer unselbständigen Einheit löscht oder aussondert, beschädigt die andere; für diese Datensätze gilt ein eigenes Aussonderungsverfahren.',
  },
  'rel-link-not-resolvable': {
    title: 'Verknüpfung, die Alma nicht auflösen kann',
    rationale:
      'Alma verknüpft Datensätze über $w mit einer MMS-ID oder einer (OCoLC)-Nummer; alles andere lässt die Datensätze unverknüpft.',
  },
  'rel-withdraw-related-record': {
    title: 'Aussonderung aus einem verknüpften Datensatz',
    rationale:
      'Für Exemplare an verknüpften Datensätzen gilt ein eigenes Aussonderungsverfahren; das gewöhnliche kann die verknüpften Datensätze verwaisen lassen.',
  },
  'relink-gobi-brief-bib': {
    title: 'Kurztitelaufnahme für regalfertige Lieferung: nicht neu verknüpfen',
    rationale:
      'Wer die Bestellpositionen einer regalfertigen Lieferung von einer Kurztitelaufnahme löst, die der Lieferantendatensatz überschreiben wird, verhindert das Überschreiben.',
  },
  'relink-millennium-order': {
    title: 'Millennium-Bestellposition bei einer Neuverknüpfung',
    rationale:
      'Migrierte Millennium-Bestellungen folgen ihren Exemplaren bei einer Neuverknüpfung nicht immer; prüfen Sie das vor dem Neuverknüpfen.',
  },
  'relink-source-left-empty': {
    title: 'Titeldatensatz ohne Exemplare zurückgelassen',
    rationale:
      'Bestell-Kurztitel, die eine Neuverknüpfung geleert hat, bleiben in Discovery sichtbar, wenn sie nicht zum Löschen markiert werden.',
  },
  'relink-call-number-differs': {
    title: 'Signatur im Bestandsdatensatz weicht von 050 des Titeldatensatzes ab',
    rationale:
      'Zu einem anderen Titeldatensatz verschobener Bestand behält seine alte Signatur; sie sollte aus 050 des neuen Titeldatensatzes abgeleitet werden.',
  },
  'del-still-network-linked': {
    title: 'Zum Löschen markiert, aber noch mit der Network Zone verknüpft',
    rationale:
      'Das Löschen eines verknüpften Titeldatensatzes betrifft den gemeinsamen Datensatz in der Network Zone; die IZ-Kopie muss zuerst entkoppelt werden.',
  },
  'del-has-inventory': {
    title: 'Zum Löschen markiert, hat aber Exemplare',
    rationale:
      'Alma löscht erst die Exemplare, dann die Bestandsdatensätze, dann den Titeldatensatz; ein Titeldatensatz mit Bestand oder offenen Bestellpositionen kommt nicht in Frage.',
  },
  'del-related-record': {
    title: 'Zum Löschen markiert, hat aber verknüpfte Datensätze',
    rationale:
      'Das Löschen eines übergeordneten oder enthaltenen Titeldatensatzes beschädigt die damit verknüpften Datensätze; die Stapellöschungen der UC übergehen sie deshalb.',
  },
  'del-withdrawn-items': {
    title: 'Zum Löschen markiert, enthält aber ausgesonderte Exemplare',
    rationale:
      'Ausgesonderte Exemplare behalten ihre Datensätze für Statistik, Wiedereinstellung und den Grund ihres Abgangs.',
  },
  'pred-withdraw-received-item': {
    title: 'Aussonderung eines eingegangenen Exemplars mit Bestellposition',
    rationale:
      'Die Bereinigung vorausgesagter Exemplare löscht nie eingegangene Hefte; eingegangene bleiben, außer sie wurden irrtümlich erhalten.',
  },
  'rein-still-suppressed': {
    title: 'Unterdrückter Datensatz mit aktiven Exemplaren',
    rationale:
      'Ein wieder eingestelltes Exemplar ist für Nutzer unsichtbar, solange sein Titel- oder Bestandsdatensatz unterdrückt bleibt.',
  },
};

/**
 * The documents policy labels name (lib/rules/policy.ts, a rule's `policy.document`), keyed by their English
 * wording; titles of publications stay as published.
 */
export const DE_POLICY_DOCUMENTS: Readonly<Record<string, string>> = {
  'Ex Libris Alma documentation': 'Dokumentation von Ex Libris Alma',
  'OCLC Bibliographic Formats and Standards / Connexion validation':
    'OCLC Bibliographic Formats and Standards / Validierung in Connexion',
  'AACR2 and ISBD punctuation as shown in the MARC 21 examples (bd245)':
    'Zeichensetzung nach AACR2 und ISBD wie in den Beispielen von MARC 21 (bd245)',
  'AACR2 and ISBD punctuation as shown in the MARC 21 examples':
    'Zeichensetzung nach AACR2 und ISBD wie in den Beispielen von MARC 21',
  'RDA core elements / PCC BIBCO Standard Record': 'RDA-Kernelemente / PCC BIBCO Standard Record',
  'LC-PCC Policy Statement 2.8 / PCC guidelines for the 264 field':
    'LC-PCC Policy Statement 2.8 / PCC-Richtlinien für das Feld 264',
  'RDA core element Extent / PCC BIBCO Standard Record': 'RDA-Kernelement Umfang / PCC BIBCO Standard Record',
  'OCLC Bibliographic Formats and Standards, 040 ($b Mandatory/Mandatory)':
    'OCLC Bibliographic Formats and Standards, 040 ($b Pflicht/Pflicht)',
  'UC Berkeley Library staff procedures': 'Arbeitsanweisungen der UC Berkeley Library',
  "Alma related-record linking ($w forms), as Berkeley's related-records page uses it":
    'Verknüpfung von Datensätzen in Alma (Formen von $w), wie sie die Berkeley-Seite zu verknüpften Datensätzen verwendet',
  'Alma practice published by another library': 'Von einer anderen Bibliothek veröffentlichte Alma-Praxis',
};

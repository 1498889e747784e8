import type { EN_CODE_RULE_MESSAGES } from './en-codes';

/** German for en-codes.ts; the type demands every id there. Terms as in de.ts. */
export const DE_CODE_RULE_MESSAGES: Record<keyof typeof EN_CODE_RULE_MESSAGES, string> = {
  'obsolete-field.obsolete':
    '{label}: Feld {definedTag} ({name:marc}) ist veraltet. Übertragen Sie die Daten in das Feld, das es heute ersetzt (siehe die MARC-21-Feldliste).',
  'obsolete-field.440':
    '{label}: Feld {definedTag} ({name:marc}) ist veraltet. Erfassen Sie die Gesamttitelangabe in 490 (erster Indikator 1) und die Nebeneintragung für die Reihe in 830.',
  'obsolete-field.840':
    '{label}: Feld {definedTag} ({name:marc}) ist veraltet. Erfassen Sie die Nebeneintragung für die Reihe in 830.',
  'obsolete-field.265': '{label}: Feld {definedTag} ({name:marc}) ist veraltet. Verwenden Sie 037 (Bezugsquelle).',
  'obsolete-field.350':
    '{label}: Feld {definedTag} ({name:marc}) ist veraltet. Verwenden Sie 020 $c oder 037 $c (Bezugsbedingungen).',
  'obsolete-field.503':
    '{label}: Feld {definedTag} ({name:marc}) ist veraltet. Verwenden Sie 500 (Allgemeine Fußnote).',
  'obsolete-field.851': '{label}: Feld {definedTag} ({name:marc}) ist veraltet. Verwenden Sie 852 (Standort).',

  'control-data-field-mismatch.control':
    '{label} ist ein Kontrollfeld (001-009) und hat keine Indikatoren oder Unterfelder, wurde aber mit solchen erfasst. Erfassen Sie seinen Inhalt neu als einen einzigen Wert.',
  'control-data-field-mismatch.data':
    '{label} ist ein Datenfeld, hat aber keine Indikatoren oder Unterfelder (Wert {value}). Erfassen Sie es neu mit zwei Indikatoren und Unterfeldcodes.',

  'field-006-length.short':
    '{label} ist {length} Zeichen lang ({value}); 006 hat genau 18. Füllen Sie die fehlenden Positionen mit Leerzeichen oder Codes auf (der 006-Formulareditor zeigt jede Position).',
  'field-006-length.long':
    '{label} ist {length} Zeichen lang ({value}); 006 hat genau 18. Entfernen Sie die überzähligen Zeichen (der 006-Formulareditor zeigt jede Position).',
  'field-007-length.short-exact':
    '{label} ist {length} Zeichen lang ({value}); {name:marc} hat genau {min}. Ergänzen Sie die fehlenden Positionen (der 007-Formulareditor zeigt jede Position).',
  'field-007-length.long-exact':
    '{label} ist {length} Zeichen lang ({value}); {name:marc} hat genau {min}. Entfernen Sie die überzähligen Zeichen (der 007-Formulareditor zeigt jede Position).',
  'field-007-length.short-range':
    '{label} ist {length} Zeichen lang ({value}); {name:marc} hat {min} bis {max}. Ergänzen Sie die fehlenden Positionen (der 007-Formulareditor zeigt jede Position).',
  'field-007-length.long-range':
    '{label} ist {length} Zeichen lang ({value}); {name:marc} hat {min} bis {max}. Entfernen Sie die überzähligen Zeichen (der 007-Formulareditor zeigt jede Position).',

  'indicator-format.character':
    '{label}: Der {indicator:indicator} Indikator {value} ist weder ein Kleinbuchstabe noch eine Ziffer noch ein Leerzeichen. Ein Indikator ist genau ein Zeichen: eine Ziffer, ein Kleinbuchstabe oder ein Leerzeichen.',
  'indicator-format.length':
    '{label}: Der {indicator:indicator} Indikator {value} ist {length} Zeichen lang. Ein Indikator ist genau ein Zeichen: eine Ziffer, ein Kleinbuchstabe oder ein Leerzeichen.',

  'field-length-alma.too-long':
    '{label} ist {bytes:number} Byte groß; Alma kann kein Feld über 32 KB ({limit:number} Byte) speichern. Kürzen Sie es oder teilen Sie es auf mehrere Felder {tag} auf.',
  'field-length-oclc.too-long':
    '{label} ist {characters:number} Zeichen lang; OCLC nimmt höchstens {limit:number} Zeichen je Feld an. Kürzen Sie es oder teilen Sie es vor dem Export nach OCLC auf mehrere Felder {tag} auf.',

  'country-codes-044.obsolete':
    '{subfield}: „{value}“ ist ein nicht mehr gültiger Code der MARC Code List for Countries (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code.',
  'country-codes-044.unknown':
    '{subfield}: {value} steht nicht in der MARC Code List for Countries der LC (Stand {date}). Korrigieren Sie den Code.',
  'country-codes-044.differs':
    '{subfield}: Der erste Ländercode „{value}“ muss mit 008/15-17 („{fixed}“) übereinstimmen. Korrigieren Sie die falsche Angabe.',
  'publication-date-008.differs':
    '{subfield}: {years} stimmt nicht mit 008 Datum 1 „{date1}“ überein (Datumstyp „{type}“). Korrigieren Sie 008/07-14 oder das Datum in $c; gelten ein Erscheinungs- und ein Copyright-Datum, verwenden Sie den Datumstyp „t“.',
  'publication-date-008.differs-dates':
    '{subfield}: {years} stimmt nicht mit 008 Datum 1 „{date1}“ und Datum 2 „{date2}“ überein (Datumstyp „{type}“). Korrigieren Sie 008/07-14 oder das Datum in $c; gelten ein Erscheinungs- und ein Copyright-Datum, verwenden Sie den Datumstyp „t“.',
  'language-codes-041.letters':
    '{subfield}: {value} enthält außer dem Sprachcode weitere Zeichen. Schreiben Sie „{letters}“.',
  'language-codes-041.not-codes':
    '{subfield}: {value} besteht nicht aus dreibuchstabigen Sprachcodes. Erfassen Sie je Unterfeld einen MARC-Sprachcode (z. B. „ger“) oder setzen Sie den zweiten Indikator auf 7 und nennen Sie die Codeliste in $2.',
  'language-codes-041.obsolete':
    '{subfield}: „{language}“ ist ein nicht mehr gültiger Code der MARC Code List for Languages (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code aus der MARC Code List for Languages.',
  'language-codes-041.lower-case': '{subfield}: „{language}“ muss in Kleinbuchstaben geschrieben werden („{lower}“).',
  'language-codes-041.unknown':
    '{subfield}: „{language}“ steht nicht in der MARC Code List for Languages der LC (Stand {date}). Korrigieren Sie den Code.',
  'relator-codes.punctuation':
    '{subfield}: {value} ist der Code „{fixed}“ mit Satzzeichen oder Großbuchstaben. Schreiben Sie „{fixed}“.',
  'relator-codes.term':
    '{subfield}: {value} ist die Benennung der LC für den Code „{fixed}“; in $4 steht der Code (die Benennung gehört in $e). Schreiben Sie „{fixed}“.',
  'relator-codes.obsolete':
    '{subfield}: „{value}“ ({term}) ist ein nicht mehr gültiger Code der MARC Code List for Relators (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code für die Beziehung.',
  'relator-codes.obsolete-no-term':
    '{subfield}: „{value}“ ist ein nicht mehr gültiger Beziehungscode der MARC Code List for Relators (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code für die Beziehung.',
  'relator-codes.unknown':
    '{subfield}: {value} steht nicht in der MARC Code List for Relators der LC (Stand {date}). Prüfen Sie den Code (z. B. „aut“, „edt“, „ill“) oder geben Sie die Beziehung als URI an.',

  'rda-type-terms.unknown-content':
    '{subfield}: „{value}“ steht nicht in der Term and Code List for RDA Content Types der LC (Stand {date}). Prüfen Sie den Code anhand von $a und der Liste.',
  'rda-type-terms.unknown-media':
    '{subfield}: „{value}“ steht nicht in der Term and Code List for RDA Media Types der LC (Stand {date}). Prüfen Sie den Code anhand von $a und der Liste.',
  'rda-type-terms.unknown-carrier':
    '{subfield}: „{value}“ steht nicht in der Term and Code List for RDA Carrier Types der LC (Stand {date}). Prüfen Sie den Code anhand von $a und der Liste.',
  'rda-type-terms.differs':
    '{subfield}: „{value}“ ist der Code für „{valueTerm}“, aber $a lautet „{term}“ (Code „{termCode}“). Bringen Sie $a und $b in Übereinstimmung.',
  'subject-source-codes.punctuation':
    '{subfield}: Auf den Code in „{value}“ folgen Satzzeichen. Schreiben Sie „{trimmed}“.',
  'subject-source-codes.own-indicator':
    '{subfield}: „{source}“ wird nicht in $2 angegeben, sondern hat einen eigenen Indikatorwert. Setzen Sie den zweiten Indikator auf {indicator} und löschen Sie $2.',
  'subject-source-codes.obsolete':
    '{subfield}: „{source}“ ist ein nicht mehr gültiger Quellencode der Subject Heading and Term Source Codes (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code.',
  'subject-source-codes.obsolete-genre':
    '{subfield}: „{source}“ ist ein nicht mehr gültiger Quellencode der Genre/Form Code and Term Source Codes (veraltet, nicht unbekannt). Ersetzen Sie ihn durch den aktuellen Code.',
  'subject-source-codes.unknown':
    '{subfield}: „{value}“ steht nicht in den Subject Heading and Term Source Codes der LC (Stand {date}). Die LC ergänzt jeden Monat Codes: Prüfen Sie den Code anhand der aktuellen Liste und korrigieren Sie ihn, wenn er falsch geschrieben ist (z. B. „gnd“, „fast“, „lcgft“).',
  'subject-source-codes.unknown-genre':
    '{subfield}: „{value}“ steht nicht in den Genre/Form Code and Term Source Codes der LC (Stand {date}). Die LC ergänzt jeden Monat Codes: Prüfen Sie den Code anhand der aktuellen Liste und korrigieren Sie ihn, wenn er falsch geschrieben ist (z. B. „gnd-content“, „fast“, „lcgft“).',
  'subject-source-indicator.no-source':
    '{field}: Der zweite Indikator ist 7 (Quelle in $2), aber es gibt kein $2. Ergänzen Sie $2 mit dem Quellencode (z. B. „gnd“, „fast“, „lcgft“) oder korrigieren Sie den zweiten Indikator.',
  'subject-source-indicator.own-indicator':
    '{field}: $2 „{value}“ nennt eine Quelle, aber der zweite Indikator ist „{ind2}“, nicht 7. {source} wird im zweiten Indikator selbst codiert: Setzen Sie ihn auf {indicator} und löschen Sie $2.',
  'subject-source-indicator.not-7':
    '{field}: $2 „{value}“ nennt eine Quelle, aber der zweite Indikator ist „{ind2}“, nicht 7. Setzen Sie den zweiten Indikator auf 7 oder löschen Sie $2, wenn der Indikator richtig ist.',

  'empty-subfield.empty': '{label}: {sub} ist leer. Erfassen Sie seinen Inhalt oder löschen Sie das Unterfeld.',
  'empty-subfield.empty-nth':
    '{label}: {nth:ordinal} {sub} ist leer. Erfassen Sie seinen Inhalt oder löschen Sie das Unterfeld.',
  'empty-subfield.empty-position':
    '{label}: Unterfeld {position} ist leer. Erfassen Sie seinen Inhalt oder löschen Sie das Unterfeld.',
  'empty-subfield.many':
    '{label}: {count:number} leere Unterfelder, das erste bei {sub} (Unterfeld {position}). Erfassen Sie ihren Inhalt oder löschen Sie sie.',
  'empty-subfield.many-position':
    '{label}: {count:number} leere Unterfelder, das erste bei Unterfeld {position}. Erfassen Sie ihren Inhalt oder löschen Sie sie.',
  'subfield-whitespace.starts': '{label}: {sub} beginnt mit einem Leerzeichen. Entfernen Sie das Leerzeichen.',
  'subfield-whitespace.starts-nth':
    '{label}: {nth:ordinal} {sub} beginnt mit einem Leerzeichen. Entfernen Sie das Leerzeichen.',
  'subfield-whitespace.starts-position':
    '{label}: Unterfeld {position} beginnt mit einem Leerzeichen. Entfernen Sie das Leerzeichen.',
  'subfield-whitespace.ends': '{label}: {sub} endet mit einem Leerzeichen. Entfernen Sie das Leerzeichen.',
  'subfield-whitespace.ends-nth':
    '{label}: {nth:ordinal} {sub} endet mit einem Leerzeichen. Entfernen Sie das Leerzeichen.',
  'subfield-whitespace.ends-position':
    '{label}: Unterfeld {position} endet mit einem Leerzeichen. Entfernen Sie das Leerzeichen.',
  'subfield-whitespace.both': '{label}: {sub} beginnt und endet mit einem Leerzeichen. Entfernen Sie die Leerzeichen.',
  'subfield-whitespace.both-nth':
    '{label}: {nth:ordinal} {sub} beginnt und endet mit einem Leerzeichen. Entfernen Sie die Leerzeichen.',
  'subfield-whitespace.both-position':
    '{label}: Unterfeld {position} beginnt und endet mit einem Leerzeichen. Entfernen Sie die Leerzeichen.',
  'subfield-whitespace.many':
    '{label}: {count:number} Unterfelder beginnen oder enden mit einem Leerzeichen, das erste bei {sub} (Unterfeld {position}). Entfernen Sie die Leerzeichen.',
  'subfield-whitespace.many-position':
    '{label}: {count:number} Unterfelder beginnen oder enden mit einem Leerzeichen, das erste bei Unterfeld {position}. Entfernen Sie die Leerzeichen.',
  'subfield-code-format.many':
    '{label}: {count:number} Unterfelder haben fehlerhafte Unterfeldcodes, das erste bei Unterfeld {position} (Code {value}). Ein Unterfeldcode ist genau ein Kleinbuchstabe oder eine Ziffer; erfassen Sie die Codes neu.',
  'subfield-code-format.uppercase':
    '{label}: Der Unterfeldcode {sub} (Unterfeld {position}) ist ein Großbuchstabe; MARC-21-Codes sind Kleinbuchstaben. Ändern Sie ihn in {lower}.',
  'subfield-code-format.malformed':
    '{label}: Unterfeld {position} hat den Code {value}; ein Unterfeldcode ist genau ein Kleinbuchstabe oder eine Ziffer. Erfassen Sie den Code neu.',

  'oclc-invalid-characters.c1-value':
    '{field} enthält ein C1-Steuerzeichen (U+{unicode}), meist ein als Unicode gelesenes MARC-8- oder Windows-1252-Byte, an Zeichenposition {at}. Erfassen Sie den Wert neu.',
  'oclc-invalid-characters.c1-text':
    '{subfield} enthält ein C1-Steuerzeichen (U+{unicode}), meist ein als Unicode gelesenes MARC-8- oder Windows-1252-Byte, an Zeichenposition {at}. Erfassen Sie den Text nach der Vorlage neu (oder kopieren Sie ihn erneut aus einer korrekten Quelle).',
  'oclc-invalid-characters.surrogate-value':
    '{field} enthält ein halbes Zeichen (ein einzelnes Surrogat) an Zeichenposition {at}. Erfassen Sie den Wert neu.',
  'oclc-invalid-characters.surrogate-text':
    '{subfield} enthält ein halbes Zeichen (ein einzelnes Surrogat) an Zeichenposition {at}. Erfassen Sie den Text nach der Vorlage neu (oder kopieren Sie ihn erneut aus einer korrekten Quelle).',
  'oclc-invalid-characters.replacement-value':
    '{field} enthält das Ersatzzeichen „�“, das eine fehlgeschlagene Zeichenkonvertierung hinterlassen hat, an Zeichenposition {at}. Erfassen Sie den Wert neu.',
  'oclc-invalid-characters.replacement-text':
    '{subfield} enthält das Ersatzzeichen „�“, das eine fehlgeschlagene Zeichenkonvertierung hinterlassen hat, an Zeichenposition {at}. Erfassen Sie den Text nach der Vorlage neu (oder kopieren Sie ihn erneut aus einer korrekten Quelle).',
  'oclc-invalid-characters.noncharacter-value':
    '{field} enthält ein Unicode-Nichtzeichen (U+{unicode}) an Zeichenposition {at}. Erfassen Sie den Wert neu.',
  'oclc-invalid-characters.noncharacter-text':
    '{subfield} enthält ein Unicode-Nichtzeichen (U+{unicode}) an Zeichenposition {at}. Erfassen Sie den Text nach der Vorlage neu (oder kopieren Sie ihn erneut aus einer korrekten Quelle).',

  'fixed-field-obsolete-code.obsolete':
    '{position} ({name:marc}) ist {value}, ein für {layout:marc} veralteter Code. Ersetzen Sie ihn durch einen gültigen Code (siehe die MARC-21-Seite zu dieser Position).',
  'fixed-field-obsolete-code.obsolete-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, ein für {layout:marc} veralteter Code. Ersetzen Sie ihn durch einen gültigen Code (siehe die MARC-21-Seite zu dieser Position).',
  'fixed-field-obsolete-code.leader-bib':
    '{position} ({name:marc}) ist {value}, ein im Leader des Titeldatensatzes veralteter Code. Ersetzen Sie ihn durch einen gültigen Code (siehe die MARC-21-Seite zu dieser Position).',
  'fixed-field-obsolete-code.leader-holdings':
    '{position} ({name:marc}) ist {value}, ein im Leader des Bestandsdatensatzes veralteter Code. Ersetzen Sie ihn durch einen gültigen Code (siehe die MARC-21-Seite zu dieser Position).',
  'fixed-field-undefined-position.blank':
    '{position} ({name:marc}) ist {value}, aber die Position ist nicht definiert. Ersetzen Sie den Wert durch ein Leerzeichen (oder durch |, wenn Ihre Praxis dort das Füllzeichen verwendet); wirken andere Positionen verschoben, erfassen Sie das Feld neu.',
  'fixed-field-undefined-position.blanks':
    '{position} ({name:marc}) ist {value}, aber die Position ist nicht definiert. Ersetzen Sie den Wert durch Leerzeichen (oder durch |, wenn Ihre Praxis dort das Füllzeichen verwendet); wirken andere Positionen verschoben, erfassen Sie das Feld neu.',
  'fixed-field-undefined-position.blank-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, aber die Position ist nicht definiert. Ersetzen Sie den Wert durch ein Leerzeichen (oder durch |, wenn Ihre Praxis dort das Füllzeichen verwendet); wirken andere Positionen verschoben, erfassen Sie das Feld neu.',
  'fixed-field-undefined-position.blanks-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, aber die Position ist nicht definiert. Ersetzen Sie den Wert durch Leerzeichen (oder durch |, wenn Ihre Praxis dort das Füllzeichen verwendet); wirken andere Positionen verschoben, erfassen Sie das Feld neu.',

  'word.blank-code': 'Leerzeichen',
  'word.fill': '| (keine Codierung versucht)',
  'word.blanks': '{arg} Leerzeichen',
  'word.digits': 'Ziffern',
  'word.country-code': 'einen MARC-Ländercode',
  'word.language-code': 'einen MARC-Sprachcode',
  'word.any-value': 'einen beliebigen Wert',
  'word.more-codes': '… (insgesamt {arg} Codes)',
  'field-006-invalid-code.invalid':
    '{position} ({name:marc}) ist {value}, kein für {layout:marc} definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im 006-Formulareditor.',
  'field-006-invalid-code.invalid-each':
    '{position} ({name:marc}) ist {value}, kein für {layout:marc} definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im 006-Formulareditor.',
  'field-006-invalid-code.invalid-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, kein für {layout:marc} definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im 006-Formulareditor.',
  'field-006-invalid-code.invalid-each-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, kein für {layout:marc} definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im 006-Formulareditor.',
  'field-007-invalid-code.invalid':
    '{position} ({name:marc}) ist {value}, kein für {layout:marc} definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im 007-Formulareditor.',
  'field-007-invalid-code.invalid-each':
    '{position} ({name:marc}) ist {value}, kein für {layout:marc} definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im 007-Formulareditor.',
  'field-007-invalid-code.invalid-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, kein für {layout:marc} definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im 007-Formulareditor.',
  'field-007-invalid-code.invalid-each-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, kein für {layout:marc} definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im 007-Formulareditor.',
  'field-008-invalid-code.invalid':
    '{position} ({name:marc}) ist {value}, kein für {layout:marc} definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im 008-Formulareditor.',
  'field-008-invalid-code.invalid-each':
    '{position} ({name:marc}) ist {value}, kein für {layout:marc} definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im 008-Formulareditor.',
  'field-008-invalid-code.invalid-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, kein für {layout:marc} definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im 008-Formulareditor.',
  'field-008-invalid-code.invalid-each-nth':
    '{position} ({name:marc}) im {nth:ordinal} {tag} ist {value}, kein für {layout:marc} definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im 008-Formulareditor.',
  'leader-invalid-code.bib':
    '{position} ({name:marc}) ist {value}, kein im Leader des Titeldatensatzes definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im Leader-Editor.',
  'leader-invalid-code.bib-each':
    '{position} ({name:marc}) ist {value}, kein im Leader des Titeldatensatzes definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im Leader-Editor.',
  'leader-invalid-code.holdings':
    '{position} ({name:marc}) ist {value}, kein im Leader des Bestandsdatensatzes definierter Code. Verwenden Sie {allowed:list}. Korrigieren Sie ihn im Leader-Editor.',
  'leader-invalid-code.holdings-each':
    '{position} ({name:marc}) ist {value}, kein im Leader des Bestandsdatensatzes definierter Code. Jedes Zeichen muss {allowed:list} sein. Korrigieren Sie ihn im Leader-Editor.',
  'field-006-invalid-code.form':
    '{label}/00 (Form des Materials) ist {value}, was nicht definiert ist. Verwenden Sie a (Sprachmaterial), t (Manuskript), m (Computerdatei), e oder f (Karten), c, d, i oder j (Musik), s (fortlaufende Ressource), g, k, o oder r (visuelles Material) oder p (gemischte Materialien).',
  'field-007-invalid-code.category':
    '{label}/00 (Materialkategorie) ist {value}, was nicht definiert ist. Verwenden Sie einen dieser Codes: {categories}.',

  'control-characters.tab': 'einen Tabulator',
  'control-characters.line-break': 'einen Zeilenumbruch',
  'control-characters.carriage-return': 'einen Wagenrücklauf',
  'control-characters.escape': 'ein Escape-Zeichen',
  'control-characters.record-terminator': 'ein Satzendezeichen',
  'control-characters.field-terminator': 'ein Feldendezeichen',
  'control-characters.subfield-delimiter': 'ein Unterfeldtrennzeichen',
  'control-characters.other': 'ein Steuerzeichen',
  'control-characters.delimiter-in-control':
    '{label}: In Kontrollfeldern (001-009) sind keine Unterfelder zulässig, aber der Wert enthält ein Unterfeldtrennzeichen. Entfernen Sie es; ein Kontrollfeld ist ein einziger Wert.',
  'control-characters.in-value':
    '{label} enthält {character:list} (U+{unicode}) an Zeichenposition {at}. Entfernen Sie das Zeichen (erfassen Sie den Wert neu, wenn er eingefügt wurde).',
  'control-characters.many':
    '{label}: {count:number} Unterfelder enthalten unzulässige Steuerzeichen, das erste in {sub} (Unterfeld {position}): {character:list} (U+{unicode}) an Zeichenposition {at}. Entfernen Sie sie (erfassen Sie den Text neu, wenn er eingefügt wurde).',
  'control-characters.many-position':
    '{label}: {count:number} Unterfelder enthalten unzulässige Steuerzeichen, das erste in Unterfeld {position}: {character:list} (U+{unicode}) an Zeichenposition {at}. Entfernen Sie sie (erfassen Sie den Text neu, wenn er eingefügt wurde).',
  'control-characters.in-subfield':
    '{label}: {sub} enthält ein unzulässiges Steuerzeichen: {character:list} (U+{unicode}) an Zeichenposition {at}. Entfernen Sie das Zeichen (erfassen Sie den Text neu, wenn er eingefügt wurde).',
  'control-characters.in-subfield-nth':
    '{label}: {nth:ordinal} {sub} enthält ein unzulässiges Steuerzeichen: {character:list} (U+{unicode}) an Zeichenposition {at}. Entfernen Sie das Zeichen (erfassen Sie den Text neu, wenn er eingefügt wurde).',
  'control-characters.in-subfield-position':
    '{label}: Unterfeld {position} enthält ein unzulässiges Steuerzeichen: {character:list} (U+{unicode}) an Zeichenposition {at}. Entfernen Sie das Zeichen (erfassen Sie den Text neu, wenn er eingefügt wurde).',
};

import type { RuleWords } from './rule-words';

/**
 * German titles and rationales of the item rules (Physical Item Editor), keyed by rule id: apart from the other
 * rules' words because the content script names waiting item checks in the panel (content/live/read-item.ts)
 * and should not ship every rule's words for that. Field names as the German Alma item editor shows them.
 */
export const DE_ITEM_RULE_WORDS: Readonly<Record<string, RuleWords>> = {
  'item-barcode-missing': {
    title: 'Barcode leer',
    rationale:
      'Die Ausleihe braucht den Barcode auf dem Exemplar; ein erzeugter vorläufiger Barcode muss später ersetzt werden.',
  },
  'item-barcode-format': {
    title: 'Barcode entspricht nicht dem Format der Einrichtung',
    rationale:
      'Mit einem vertippten oder fremden Barcode lässt sich das Exemplar weder ausleihen noch durch Scannen finden.',
  },
  'item-copy-id-missing': {
    title: 'Kopie-ID leer',
    rationale:
      'Die Kopie-ID unterscheidet die Exemplare einer Bibliothek: 1 für das erste, dann fortlaufend über alle ihre Standorte.',
  },
  'item-copy-id-duplicate': {
    title: 'Kopie-ID in dieser Bibliothek schon vergeben',
    rationale:
      'Kopie-IDs zählen über alle Standorte einer Bibliothek fort; die Nummer jedes Exemplars ist dort eindeutig.',
  },
  'item-type-and-policy': {
    title: 'Materialart oder Exemplarrichtlinie leer',
    rationale: 'Ausleihregeln und Discovery-Facetten hängen von Exemplarrichtlinie und Materialart ab.',
  },
  'item-description-single-volume': {
    title: 'Beschreibung bei einem einbändigen Exemplar',
    rationale:
      'Die Beschreibung unterscheidet Bände oder Hefte; bei einem einzelnen Band verwirrt sie Bestellungen und Anzeigen.',
  },
  'item-pieces-without-fulfillment-note': {
    title: 'Mehrere Teile, aber keine Benutzungsnotiz',
    rationale:
      'Das Personal an der Theke zählt die Teile bei Ausleihe und Rückgabe nur nach, wenn die Benutzungsnotiz es dazu anhält.',
  },
  'item-temporary-location-off': {
    title: 'Temporärer Standort nicht eingeschaltet',
    rationale: 'Ohne den Schalter zeigen Alma und Discovery weiter den permanenten Standort.',
  },
  'item-barcode-scanned-early': {
    title: 'Barcode vor den Pflichtfeldern eingegeben',
    rationale:
      'Ein Scan sendet die Eingabetaste, die das Exemplar mit allem, was noch leer ist, speichert und schließt.',
  },
  'mvm-description-missing': {
    title: 'Band fehlt in der Beschreibung',
    rationale:
      'Nutzer bestellen einen Band eines mehrbändigen Werks über seine Beschreibung; ist sie leer, sind die Bände nicht zu unterscheiden.',
  },
  'mvm-description-format': {
    title: 'Beschreibung nicht im Bandformat',
    rationale:
      'Einheitliche Beschreibungen (v.1, v.2 ...) sortieren richtig und lassen Nutzer den richtigen Band wählen.',
  },
  'mvm-description-verbose': {
    title: 'Beschreibung enthält überzählige Wörter',
    rationale:
      'Bandtitel und Anmerkungen in der Beschreibung überfrachten Bestelllisten; sie gehören in den Titeldatensatz (505) oder eine Notiz.',
  },
  'mvm-enumeration-mismatch': {
    title: 'Zählung A passt nicht zur Beschreibung',
    rationale:
      'Alma sortiert und bestellt Bände nach der Zählung; sie muss zu der Beschreibung passen, die Nutzer sehen.',
  },
  'mvm-chronology-on-monograph': {
    title: 'Chronologie bei einem Exemplar einer Monografie',
    rationale: 'Die Chronologie ordnet Hefte fortlaufender Ressourcen; bei Monografien sortiert sie Bände falsch.',
  },
  'item-in-withdrawn-location': {
    title: 'Exemplar an einem Standort für ausgesonderte Exemplare',
    rationale:
      'Wer ein ausgesondertes Exemplar wieder einstellt, korrigiert auch Bestandsdatensatz, Unterdrückung, Status und den Bestand in WorldCat.',
  },
  'item-millennium-withdrawn': {
    title: 'Exemplar in Millennium ausgesondert',
    rationale:
      'Der bloße Standort zw gehört zu MAIN; Personal ohne Zuständigkeit für MAIN kann die Wiedereinstellung nicht abschließen.',
  },
  'item-nrlf-work-order': {
    title: 'Exemplar im Auslagerungs-Workflow der NRLF',
    rationale:
      'Exemplare im Arbeitsauftrag zur Auslagerung erscheinen als nicht verfügbar; die NRLF entfernt den Arbeitsauftrag, wenn sie ein Exemplar ablehnt.',
  },
  'item-pulled-without-work-order': {
    title: 'Zur Auslagerung ausgehoben, aber ohne Arbeitsauftrag',
    rationale:
      'Ohne den Arbeitsauftrag sehen Nutzer das Exemplar als verfügbar und bestellen es aus einem leeren Regal.',
  },
  'item-profile-pattern-invalid': {
    title: 'Ungültiges Muster im Profil der Einrichtung',
    rationale:
      'Ein fehlerhaftes Muster schaltet eine Prüfung stillschweigend ab; die Katalogisierenden sollten davon wissen und es korrigieren.',
  },
};

import type { Field, MarcRecord } from '../marc/types';
import type { ItemRecord, PageKind } from '../page-model';
import type { ItemListRow, RecordStatus } from '../procedures/context';
import type { InstitutionProfile } from '../settings/profile';
import type { RulePolicy } from './policy';

/** The severities, most serious first: the one list every part of the product orders and counts by. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** What a rule can look at. Items come from the Physical Item Editor, not from MARC. */
export type RecordKind = 'bib' | 'holdings' | 'item';

/** Where a rule comes from; the options page filters on it. */
export type RuleOrigin = 'marc21' | 'oclc' | 'procedure' | 'alma' | 'custom';

/**
 * An edit the user may apply by clicking "Fix". Pure data; lib/rules/apply-edit.ts applies it to a record.
 * `safe`: true only when the fix is certain from the record itself — a deterministic correction of the
 * structure, form or punctuation MARC 21 requires (trim blanks, drop an empty subfield, hyphenate a valid
 * ISSN) — so `alma-companion fix` may apply it to a whole file unseen. False when the fix chooses between
 * readings or guesses (a language code, a classification scheme, an indicator that may be the right half):
 * the extension still offers it to a person, the batch fixer never applies it.
 */
export type Edit =
  | { type: 'replace-field'; fieldIndex: number; field: Field; description: string; safe: boolean }
  | { type: 'set-leader'; leader: string; description: string; safe: boolean }
  /** For item findings: set a text field of the item editor to a value. */
  | { type: 'set-item-field'; field: keyof ItemRecord; value: string; description: string; safe: boolean };

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong, where (tag, occurrence, subfield) and how to fix it, in one or two sentences. */
  message: string;
  /**
   * The message by id (lib/rules/messages) and its parameters, so the panel and the CLI can say it in the
   * cataloger's language; `message` is its English text. Absent on rules not converted yet and on custom rules.
   */
  messageId?: string;
  params?: Readonly<Record<string, string | number>>;
  /** Tag of the field concerned ('LDR' for the leader). Absent for record-level findings. */
  tag?: string;
  /** 0-based occurrence among fields with the same tag. */
  occurrence?: number;
  /** 0-based index of the field in record.fields (what the editor maps to a grid row). */
  fieldIndex?: number;
  indicator?: 1 | 2;
  /** Subfield code concerned, and its 0-based position among the field's subfields. */
  code?: string;
  subfieldIndex?: number;
  /** Character range [start, end) in a fixed field (leader, 006, 007, 008). */
  position?: [number, number];
  /** For item findings: which item field. */
  itemField?: keyof ItemRecord;
  /** URL of the MARC 21 page, procedure or OCLC document behind the rule (copied from the rule). */
  source?: string;
  /** The policy group of the rule (lib/rules/policy.ts), absent for format rules: the CLI and panel show it. */
  policy?: string;
  fix?: Edit;
}

/** Options that change what rules accept; they come from settings and the institution profile. */
export interface RuleOptions {
  /** Accept locally defined tags 9XX and X9X (default true). */
  allowLocalTags: boolean;
}

export interface RuleContext {
  kind: RecordKind;
  /** The bib or holdings record being checked (absent for item checks). */
  record?: MarcRecord;
  /** The item being checked (item rules), with its parent bib when the page shows it. */
  item?: ItemRecord;
  bib?: MarcRecord;
  profile: InstitutionProfile;
  options: RuleOptions;
  /** Cached lookups over `record`, built once per validation so rules stay cheap. */
  index: RecordIndex;
  /** Kind of Alma page the check runs on (procedure rules that only matter in a workflow read it). */
  pageKind?: PageKind;
  /** Rows of the List of Items shown for the bib, or the rows a withdraw dialog acts on. */
  items?: readonly ItemListRow[];
  /** What Alma shows around the record: suppression, Network Zone link, marked for deletion, new. */
  recordStatus?: RecordStatus;
}

/** Fields of the record grouped by tag, with their positions, built once per validation run. */
export interface RecordIndex {
  /** Fields with this tag, in record order, each with its index in record.fields. */
  byTag(tag: string): ReadonlyArray<{ field: Field; fieldIndex: number; occurrence: number }>;
  /** Occurrence (0-based among same-tag fields) of the field at record.fields[fieldIndex]. */
  occurrenceOf(fieldIndex: number): number;
}

export interface Rule {
  /** Stable kebab-case id, also the file name: `lib/rules/<group>/<id>.ts`. */
  id: string;
  title: string;
  defaultSeverity: Severity;
  appliesTo: RecordKind[];
  origin: RuleOrigin;
  /** Named rule sets this rule belongs to; every rule is in 'all', OCLC export checks also in 'oclc'. */
  profiles: string[];
  /** One line: why this matters to a cataloger. */
  rationale: string;
  /** URL of the MARC 21 page, procedure or OCLC document. */
  source: string;
  /**
   * True for rules on steps the source implies but does not state (docs/procedures.md: inferred): they must
   * stay configurable warnings or info.
   */
  inferred?: boolean;
  /**
   * Set on a rule that enforces a practice (OCLC/PCC input standard, AACR2/ISBD habit, Alma or local procedure)
   * rather than the MARC 21 format; lib/rules/policy.ts rulePolicy() also derives it from the origin.
   */
  policy?: RulePolicy;
  check(ctx: RuleContext): Finding[];
}

/** Per-rule user settings (from the options page). Only an explicit `false` disables a rule. */
export interface RuleSettings {
  enabled: Record<string, boolean>;
  severity: Record<string, Severity>;
  /** Named rule set to run: 'all' (default) or 'oclc' (the OCLC export profile alone). */
  ruleSet: string;
}

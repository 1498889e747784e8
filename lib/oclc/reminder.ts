import type { InstitutionProfile } from '../settings/profile';
import type { ListState } from './list-state';
import { worldcatUrl } from './oclc-number';

export type HoldingsAction = 'set' | 'delete';

/** The moments when the institution's WorldCat holding must change. */
export type HoldingsEventKind =
  | 'first-item-added'
  | 'item-reinstated'
  | 'relinked-in'
  | 'last-item-withdrawn'
  | 'moved-to-withdrawn-location'
  | 'relinked-away'
  | 'bib-suppressed'
  | 'bib-marked-for-deletion'
  /** A complete List of Items or List of Holdings shows no active copy (state, not a change seen). */
  | 'no-active-copies';

export interface Reminder {
  /** OCLC number, digits only; null when the page never showed the bib's MARC (the question then asks for it). */
  oclcNumber: string | null;
  action: HoldingsAction;
  mmsId: string;
  title: string;
  event: HoldingsEventKind;
  /** What happened and what to do, naming the institution's OCLC symbol. */
  reason: string;
  worldcatUrl: string | null;
  /** True when the page cannot tell for sure; `question` then asks the cataloger. */
  needsConfirmation: boolean;
  question?: string;
  /** What the page showed that led to the reminder ("this list shows 0 active items of 3 at …"). */
  seen?: ListState;
  /** Alma publishes the holdings to WorldCat (profile): the reminder says Alma will do it; nothing to do by hand. */
  publishedByAlma?: boolean;
}

const ACTION_OF: Record<HoldingsEventKind, HoldingsAction> = {
  'first-item-added': 'set',
  'item-reinstated': 'set',
  'relinked-in': 'set',
  'last-item-withdrawn': 'delete',
  'moved-to-withdrawn-location': 'delete',
  'relinked-away': 'delete',
  'bib-suppressed': 'delete',
  'bib-marked-for-deletion': 'delete',
  'no-active-copies': 'delete',
};

export function actionOf(event: HoldingsEventKind): HoldingsAction {
  return ACTION_OF[event];
}

const WHAT_HAPPENED: Record<HoldingsEventKind, string> = {
  'first-item-added': 'The first item was added to this bib',
  'item-reinstated': 'An item was reinstated from a withdrawn location',
  'relinked-in': 'An item was relinked to this bib',
  'last-item-withdrawn': 'The last item was withdrawn',
  'moved-to-withdrawn-location': 'The last active item was moved to a withdrawn location',
  'relinked-away': 'An item was relinked away from this bib',
  'bib-suppressed': 'This bib was suppressed from discovery',
  'bib-marked-for-deletion': 'This bib was marked for deletion',
  'no-active-copies': 'No active copy of this bib is left',
};

/** "the CUY holding" when the profile names the symbol, else "your institution's holding". */
export function holdingName(profile: InstitutionProfile): string {
  const symbol = profile.oclcSymbol.trim();
  return symbol ? `the ${symbol} holding` : "your institution's holding";
}

export interface ReminderFacts {
  event: HoldingsEventKind;
  mmsId: string;
  title: string;
  oclcNumber: string | null;
  needsConfirmation: boolean;
  /** Why the page cannot tell, when needsConfirmation is set. */
  doubt?: string;
  seen?: ListState;
}

/** Builds the reminder's messages from the facts of one event. */
export function buildReminder(facts: ReminderFacts, profile: InstitutionProfile): Reminder {
  const action = actionOf(facts.event);
  const holding = holdingName(profile);
  const verb = action === 'set' ? 'set' : 'delete';
  const target = facts.oclcNumber ? `OCLC #${facts.oclcNumber}` : "this bib's OCLC record";
  const byAlma = profile.publishesHoldingsToOclc === true;
  const reason = byAlma
    ? `${WHAT_HAPPENED[facts.event]}: Alma publishes your holdings to WorldCat, so it will ${verb} ${holding} on ${target} at its next publishing run; nothing to do by hand.`
    : `${WHAT_HAPPENED[facts.event]}: ${verb} ${holding} on ${target} in WorldCat (Connexion or Record Manager) so interlibrary loan sees the right holdings.`;
  const reminder: Reminder = {
    oclcNumber: facts.oclcNumber,
    action,
    mmsId: facts.mmsId,
    title: facts.title,
    event: facts.event,
    reason,
    worldcatUrl: facts.oclcNumber ? worldcatUrl(facts.oclcNumber) : null,
    // When Alma publishes the holdings, nothing is left for the cataloger to confirm.
    needsConfirmation: facts.needsConfirmation && !byAlma,
  };
  if (reminder.needsConfirmation) reminder.question = confirmationQuestion(facts, action, holding);
  if (facts.seen) reminder.seen = facts.seen;
  if (byAlma) reminder.publishedByAlma = true;
  return reminder;
}

function confirmationQuestion(facts: ReminderFacts, action: HoldingsAction, holding: string): string {
  const parts: string[] = [];
  if (facts.doubt) parts.push(facts.doubt);
  parts.push(
    action === 'set'
      ? `Is this now the library's only active copy? If so, set ${holding}.`
      : `Does the library still hold another copy? If not, delete ${holding}.`,
  );
  if (!facts.oclcNumber) parts.push('Open the bib to find its OCLC number in 035 $a (OCoLC).');
  return parts.join(' ');
}

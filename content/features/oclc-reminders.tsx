import { OclcReminderDock, reminderKey } from '../../components/OclcReminderDock';
import { placeInLeftDock } from '../dom/left-dock';
import { mountPreactUi, type MountedPreactUi } from '../dom/mount-preact';
import { defineFeature } from '../feature-manager';
import { sendToBackground } from '../../extension/messaging';
import type { Reminder } from '../../lib/oclc/reminder';
import { reminderToWorklistInput } from '../../lib/oclc/worklist';
import { CONTEXT_KINDS } from '../page-context/build-context';
import { errorText } from '../../lib/error-text';
import type { PageContext } from '../../lib/procedures/context';
import { t } from '../../components/i18n';

/** Typing changes the page many times a second; the background hears the state it settles in. */
const OBSERVE_DELAY_MS = 500;

const OUTCOME_TEXT = {
  added: 'oclc_outcomeAdded',
  merged: 'oclc_outcomeMerged',
  cancelled: 'oclc_outcomeCancelled',
} as const;

/**
 * Reports every page to the background, which compares it with the pages seen before (lib/oclc) and
 * answers with the moments the institution's WorldCat holding must change: the first item added, the last
 * one withdrawn, an item reinstated or relinked, a bib suppressed or marked for deletion. Shows them with
 * the OCLC number, the action, a WorldCat link and "Add to worklist". Runs on every page with a context,
 * even when there is nothing to show, because later pages are compared with this one.
 */
export default defineFeature({
  id: 'oclc-reminders',
  description:
    // i18n-exempt: the feature described for developers, never shown to catalogers
    'Reminds to set or delete the WorldCat holding when the first copy arrives or the last one goes, with an OCLC worklist.',
  pageKinds: CONTEXT_KINDS,
  async init({ doc, wxt, log, reader }, signal) {
    if (!(await reader.current()).ownContext) return false;

    let reminders: Reminder[] = [];
    let problem: string | null = null;
    const statuses: Record<string, string> = {};
    const busy = new Set<string>();
    let mounting: Promise<MountedPreactUi | null> | null = null;

    const view = () => (
      <OclcReminderDock
        reminders={reminders}
        statuses={statuses}
        busy={busy}
        problem={problem}
        onAdd={(reminder) => void add(reminder)}
        onDismiss={(reminder) => void dismiss(reminder)}
        onOpenWorklist={() => void openWorklist()}
      />
    );
    /** The dock appears with the first reminder and then stays for the page (emptied when all are dismissed). */
    const show = async (): Promise<void> => {
      if (!mounting) {
        if (reminders.length === 0 || signal.aborted) return;
        mounting = mountPreactUi(wxt, view(), { name: 'alma-companion-oclc-reminders', signal, doc }).then((ui) => {
          if (ui) placeInLeftDock(ui.host, 1, signal);
          return ui;
        });
      }
      (await mounting)?.update(view());
    };
    const update = (): void => {
      show().catch((error: unknown) => log.error('could not show the OCLC reminders', error));
    };

    const observe = async (context: PageContext | null): Promise<void> => {
      if (!context || signal.aborted) return;
      try {
        reminders = (await sendToBackground('page/observe', { context })).reminders;
        problem = null;
      } catch (error) {
        problem = t('oclc_unavailable', errorText(error));
      }
      update();
    };

    const add = async (reminder: Reminder): Promise<void> => {
      const key = reminderKey(reminder);
      const input = reminderToWorklistInput(reminder);
      if (!input) {
        statuses[key] = t('oclc_noNumber');
        update();
        return;
      }
      busy.add(key);
      update();
      try {
        const { outcome } = await sendToBackground('worklist/add', input);
        statuses[key] = t(OUTCOME_TEXT[outcome]);
      } catch (error) {
        statuses[key] = t('oclc_notAdded', errorText(error));
      } finally {
        busy.delete(key);
        update();
      }
    };

    const dismiss = async (reminder: Reminder): Promise<void> => {
      try {
        reminders = (
          await sendToBackground('page/dismiss-reminder', { mmsId: reminder.mmsId, action: reminder.action })
        ).reminders;
      } catch (error) {
        statuses[reminderKey(reminder)] = t('oclc_notDismissed', errorText(error));
      }
      update();
    };

    const openWorklist = async (): Promise<void> => {
      try {
        await sendToBackground('worklist/open', {});
      } catch (error) {
        problem = t('oclc_worklistNotOpened', errorText(error));
        update();
      }
    };

    // The page as it is when opened at once, then the state each burst of edits settles in: the last state
    // seen is what a later page is compared with (an item moved to a withdrawn location, then saved).
    let timer: ReturnType<typeof setTimeout> | undefined;
    let observed = false;
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    reader.subscribe((reading) => {
      clearTimeout(timer);
      if (!observed) {
        observed = true;
        void observe(reading.ownContext);
      } else timer = setTimeout(() => void observe(reading.ownContext), OBSERVE_DELAY_MS);
    }, signal);
  },
});

/* Test pages: mde-oclc, then items-list-oclc, withdraw-confirm-oclc and withdraw-last-item-oclc in one tab
   (a "delete" reminder); item-editor-new-oclc then items-list-oclc (a "set" reminder). */

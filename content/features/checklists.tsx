import { ChecklistDock } from '../../components/ChecklistDock';
import { mountPreactUi } from '../dom/mount-preact';
import { placeInLeftDock } from '../dom/left-dock';
import { defineFeature } from '../feature-manager';
import { sendToBackground } from '../../extension/messaging';
import { CONTEXT_KINDS } from '../page-context/build-context';
import { errorText } from '../../lib/error-text';
import { withCustomSteps, type ChecklistView } from '../page-context/custom-steps';
import { progressRecordId } from '../page-context/record-id';
import { applicableProcedures } from '../../lib/procedures/checklist';
import type { PageContext } from '../../lib/procedures/context';
import type { PageReading } from '../page-reading';
import { t } from '../../components/i18n';

/** Remembered for the browser tab (Alma's origin), so the dock stays open or closed across pages. */
const EXPANDED_KEY = 'alma-companion:checklists-expanded';

/**
 * The procedures that apply to the page (lib/procedures), with the institution's own steps, ticks kept
 * per record and procedure in the extension's database through the background, and steps the record
 * itself can prove shown as verified or not. Re-evaluated as the cataloger edits.
 */
export default defineFeature({
  id: 'checklists',
  description:
    // i18n-exempt: the feature described for developers, never shown to catalogers
    'Shows the procedures that apply to the page as checklists: steps to tick, and steps the companion verifies from the record.',
  pageKinds: CONTEXT_KINDS,
  async init({ doc, wxt, log, reader }, signal) {
    const first = await reader.current();
    const ctx = first.context;
    if (!ctx) return false;
    const evaluate = (context: PageContext, reading: PageReading): ChecklistView[] =>
      withCustomSteps(applicableProcedures(context), reading.settings.customChecklistSteps);
    let checklists = evaluate(ctx, first);
    if (checklists.length === 0 || signal.aborted) return false;

    const recordId = progressRecordId(ctx);
    let ticked: Record<string, string[]> = {};
    let notice: string | null = recordId ? null : t('checklist_noRecordId');
    // Whether the notice says a save failed, so the next good save clears it (and no other notice).
    let saveFailed = false;
    if (recordId) {
      try {
        ticked = (
          await sendToBackground('checklist/get-progress', {
            recordId,
            procedureIds: checklists.map((c) => c.procedureId),
          })
        ).checked;
      } catch (error) {
        notice = t('checklist_unavailable', errorText(error));
      }
    }

    // Saves of one procedure run in order, so a quick tick-untick ends as the cataloger left it.
    const saving = new Map<string, Promise<unknown>>();
    let unsaved = 0;
    const toggleStep = (procedureId: string, stepId: string, value: boolean): void => {
      const current = ticked[procedureId] ?? [];
      const next = value ? [...current.filter((id) => id !== stepId), stepId] : current.filter((id) => id !== stepId);
      ticked = { ...ticked, [procedureId]: next };
      if (recordId) unsaved++;
      refresh();
      if (!recordId) return;
      const save = (saving.get(procedureId) ?? Promise.resolve()).then(() =>
        sendToBackground('checklist/set-progress', { recordId, procedureId, checkedSteps: next })
          .then(
            () => {
              if (saveFailed) {
                saveFailed = false;
                notice = null;
                refresh();
              }
            },
            (error: unknown) => {
              notice = t('checklist_notSaved', errorText(error));
              saveFailed = true;
              refresh();
            },
          )
          .finally(() => {
            unsaved--;
            refresh();
          }),
      );
      saving.set(procedureId, save);
    };

    const view = () => (
      <ChecklistDock
        checklists={checklists}
        ticked={ticked}
        onToggleStep={toggleStep}
        notice={notice}
        saving={unsaved > 0}
        initiallyExpanded={readExpanded()}
        onExpandedChange={writeExpanded}
      />
    );
    const ui = await mountPreactUi(wxt, view(), { name: 'alma-companion-checklists', signal, doc });
    if (!ui) return;
    placeInLeftDock(ui.host, 2, signal);
    function refresh(): void {
      try {
        ui?.update(view());
      } catch (error) {
        log.error('could not refresh the checklists', error);
      }
    }
    // Verified steps follow the record as the cataloger edits it (an 866 added, a Description typed), and the
    // institution's steps follow the settings: both come as a new reading of the page.
    reader.subscribe((reading) => {
      if (!reading.context || reading === first) return;
      checklists = evaluate(reading.context, reading);
      refresh();
    }, signal);
  },
});

function readExpanded(): boolean {
  try {
    return sessionStorage.getItem(EXPANDED_KEY) === 'true';
  } catch {
    return false;
  }
}

function writeExpanded(expanded: boolean): void {
  try {
    sessionStorage.setItem(EXPANDED_KEY, String(expanded));
  } catch {
    // Storage blocked for the page: the dock simply starts closed next time.
  }
}

/* Test pages: mde-mvm, mde-holdings, mde-oclc, item-editor, items-list-mvm, withdraw-confirm-oclc, relink-confirm
   (tests/fixtures/alma; `npm run demo` serves them). */

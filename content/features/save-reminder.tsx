import { SaveReminderBanner } from '../../components/SaveReminderBanner';
import { listenForSaves } from '../alma/save-controls';
import { mountPreactUi, type MountedPreactUi } from '../dom/mount-preact';
import { defineFeature } from '../feature-manager';
import { errorsBeingSaved } from '../live/save-errors';
import { recallBibRecord } from '../page-context/client';
import type { Finding } from '../../lib/rules/types';
import { backgroundValidator } from '../validation/background-validator';

/**
 * When the cataloger saves (Save, Save and Release, Ctrl+S, Ctrl+Alt+S/R; in the item editor its save buttons and
 * Enter in the barcode box) with errors, a banner lists them. It only
 * listens: the listeners are passive, nothing is prevented, and the check runs after the click has gone
 * through to Alma, so the save is never stopped or delayed.
 */
export default defineFeature({
  id: 'save-reminder',
  // i18n-exempt: the feature described for developers, never shown to catalogers
  description: 'Reminds you of the record’s errors when you save it (the save itself is never stopped).',
  // The new editor's Save is in its shell frame; the old editor's and the item editor's are on the page.
  pageKinds: ['mde-wrapper', 'mde-bib', 'mde-holdings', 'mde-split', 'item-editor'],
  init({ doc, page, wxt, log, reader }, signal) {
    // Mounted on the first save with errors (its stylesheet loads then), and reused afterwards.
    let banner: Promise<MountedPreactUi | null> | null = null;
    const hide = (): void => void banner?.then((ui) => ui?.update(null));
    const show = (errors: Finding[]): void => {
      const tree = <SaveReminderBanner errors={errors} onDismiss={hide} />;
      banner ??= mountPreactUi(wxt, tree, { name: 'alma-companion-save-reminder', signal, doc });
      void banner.then((ui) => ui?.update(tree));
    };
    const errorsIfReminding = async (): Promise<Finding[]> => {
      if (!(await reader.current()).settings.ui.saveReminder) return [];
      return errorsBeingSaved(doc, page.kind, reader, { validator: backgroundValidator, recallBib: recallBibRecord });
    };
    const onSave = (): void => {
      // After Alma's own handlers have run: the reminder must never come between the click and the save.
      setTimeout(() => {
        if (signal.aborted) return;
        errorsIfReminding().then(
          (errors) => {
            if (signal.aborted) return;
            if (errors.length > 0) show(errors);
            else hide();
          },
          (error: unknown) => log.error('could not check the record being saved', error),
        );
      }, 0);
    };
    // Save controls, the save shortcuts, and a scanner's Enter in the item's barcode box (it saves and closes it).
    listenForSaves(doc, onSave, signal);
  },
});

/* Test pages: tests/fixtures/alma mde-errors (Save in the wrapper), item-cases/*.html (Save button). */

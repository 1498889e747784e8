import { sendToBackground } from '../../extension/messaging';
import { settingsRevision, type ValidationSettings, type Validator } from '../../lib/validation/jobs';
import { errorText } from '../../lib/error-text';
import { t } from '../../components/i18n';
import { interfaceRuleLanguage } from '../../components/rule-words';

/** Chrome's and Firefox's wording when the extension was reloaded or updated under an open page. */
const ORPHANED = /extension context invalidated|extension context is invalid/i;
/** The background did not take the message: it was starting or stopping (a service worker comes and goes). */
const NOT_LISTENING = /receiving end does not exist|could not establish connection|did not answer/i;
const RETRY_AFTER_MS = 100;

/**
 * The content script's validator: the engine runs in the background (background/validation-handler.ts) with
 * the background's own copy of the settings; the page sends the record and the revision of the settings it
 * knows, so the background can tell when it must read them again.
 */
export const backgroundValidator: Validator = async (job, settings, options) => {
  const revision = revisionOf(settings);
  // The background words the findings in the interface's language: the catalogs are not in the content script.
  const language = interfaceRuleLanguage();
  const request =
    options?.onDemand === true ? { job, revision, onDemand: true, language } : { job, revision, language };
  try {
    return await sendToBackground('validate', request);
  } catch (error) {
    const message = errorText(error);
    if (ORPHANED.test(message)) {
      throw new Error(t('validator_orphaned'));
    }
    if (!NOT_LISTENING.test(message)) throw error;
    // Once: a worker caught between stopping and starting answers the next message.
    await new Promise((wait) => setTimeout(wait, RETRY_AFTER_MS));
    return sendToBackground('validate', request);
  }
};

/** A page's readings share one settings object until the settings change: name it once, not per record. */
const revisions = new WeakMap<ValidationSettings, string>();
function revisionOf(settings: ValidationSettings): string {
  let revision = revisions.get(settings);
  if (revision === undefined) {
    revision = settingsRevision(settings);
    revisions.set(settings, revision);
  }
  return revision;
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import type { PageSummaryState, WorklistState } from '../../components/popup/page-summary-state';
import type { OutlineCopyState } from '../../components/popup/PageDiagnosis';
import { createDocumentSearch, documentListFor, type DocumentEntry } from '../../lib/documents';
import { sendToBackground, sendToTab } from '../../extension/messaging';
import { describableTab, tabIdFromSearch } from '../../pages/popup/target-tab';
import { createDefaultSettings, type Settings } from '../../lib/settings';
import { readStoredSettings } from '../../extension/storage';
import { errorText } from '../../lib/error-text';
import { t } from '../../components/i18n';

const message = (error: unknown): string => errorText(error);

/** `?tab=<id>`: the popup page opened in a tab of its own describes that tab (and stays open after a click). */
const requestedTab = tabIdFromSearch(location.search);

async function targetTabId(): Promise<number | null> {
  if (requestedTab !== null) return requestedTab;
  const active = await browser.tabs.query({ active: true, currentWindow: true });
  return describableTab(active, browser.runtime.getURL('/'));
}

async function readPageSummary(): Promise<PageSummaryState> {
  const tabId = await targetTabId();
  if (tabId === null) return { status: 'none' };
  const summary = await sendToTab(tabId, 'page-summary', {});
  return summary ? { status: 'ready', summary } : { status: 'none' };
}

/**
 * Asks the tab's top frame for the page outline and copies it as JSON. Runs in the click handler: the click is
 * the user gesture navigator.clipboard.writeText needs in the popup, so no clipboard permission is asked for.
 */
async function copyPageOutline(): Promise<OutlineCopyState> {
  const tabId = await targetTabId();
  if (tabId === null) return { status: 'none' };
  const outline = await sendToTab(tabId, 'page-outline', {});
  if (!outline) return { status: 'none' };
  await navigator.clipboard.writeText(`${JSON.stringify(outline, null, 1)}\n`);
  return { status: 'copied', elements: outline.elements, frames: outline.frames };
}

/** The background owns the companion database; it says what is wrong when the database is unavailable. */
async function readWorklist(): Promise<WorklistState> {
  const { entries } = await sendToBackground('worklist/list', { status: 'pending' });
  return { status: 'ready', pending: entries.length };
}

async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
  if (requestedTab === null) window.close();
}

/** Wires the popup view to storage, the current tab's content script and the companion database. */
export function App() {
  const [settings, setSettings] = useState<Settings>(createDefaultSettings);
  const [settingsProblem, setSettingsProblem] = useState<string | undefined>();
  const [page, setPage] = useState<PageSummaryState>({ status: 'loading' });
  const [worklist, setWorklist] = useState<WorklistState>({ status: 'loading' });
  const [outline, setOutline] = useState<OutlineCopyState>({ status: 'idle' });

  useEffect(() => {
    readStoredSettings().then(
      ({ settings: stored, problems }) => {
        setSettings(stored);
        if (problems.length > 0) setSettingsProblem(t('settings_unusable', problems[0] ?? ''));
      },
      (error: unknown) => setSettingsProblem(t('settings_unreadable', message(error))),
    );
    readPageSummary().then(setPage, (error: unknown) => setPage({ status: 'error', message: message(error) }));
    readWorklist().then(setWorklist, (error: unknown) => setWorklist({ status: 'error', message: message(error) }));
  }, []);

  const documents = useMemo(() => documentListFor(settings), [settings]);
  const search = useMemo(() => createDocumentSearch(documents), [documents]);

  return (
    <PopupView
      documents={documents}
      search={search}
      page={page}
      worklist={worklist}
      outline={outline}
      onCopyOutline={() => {
        setOutline({ status: 'busy' });
        copyPageOutline().then(setOutline, (error: unknown) =>
          setOutline({ status: 'error', message: message(error) }),
        );
      }}
      settingsProblem={settingsProblem}
      onOpenDocument={(doc: DocumentEntry) => void openTab(doc.url)}
      onOpenWorklist={() => void openTab(browser.runtime.getURL('/worklist.html'))}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
        if (requestedTab === null) window.close();
      }}
    />
  );
}

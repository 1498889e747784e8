import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import type { PageSummaryState, WorklistState } from '../../components/popup/page-summary-state';
import { openCompanionDb } from '../../lib/db/companion-db';
import { createDocumentSearch, documentListFor, type DocumentEntry } from '../../lib/documents';
import { sendToTab } from '../../lib/messaging';
import { describableTab, tabIdFromSearch } from '../../lib/popup/target-tab';
import { countPendingWorklist } from '../../lib/popup/worklist-count';
import { createDefaultSettings, type Settings } from '../../lib/settings';
import { readStoredSettings } from '../../lib/storage';

/** The worklist page is another entrypoint; its path is not in WXT's generated list until it exists. */
const WORKLIST_PATH = '/worklist.html';
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

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

async function readWorklist(): Promise<WorklistState> {
  const db = await openCompanionDb();
  try {
    return { status: 'ready', pending: await countPendingWorklist(db) };
  } finally {
    db.close();
  }
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

  useEffect(() => {
    readStoredSettings().then(({ settings: stored, problems }) => {
      setSettings(stored);
      if (problems.length > 0) setSettingsProblem(`The saved settings could not be used, so the defaults apply: ${problems[0]}`);
    }, (error: unknown) => setSettingsProblem(`The settings could not be read: ${message(error)}`));
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
      settingsProblem={settingsProblem}
      onOpenDocument={(doc: DocumentEntry) => void openTab(doc.url)}
      onOpenWorklist={() => void openTab((browser.runtime.getURL as (path: string) => string)(WORKLIST_PATH))}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage();
        if (requestedTab === null) window.close();
      }}
    />
  );
}

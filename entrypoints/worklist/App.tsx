import { useEffect, useMemo, useState } from 'preact/hooks';
import { WorklistView, type WorklistApi } from '../../components/WorklistView';
import { sendToBackground } from '../../extension/messaging';
import { loadSettings } from '../../extension/storage';

/**
 * The worklist page (worklist.html; the popup and the reminders link here). Reads and changes the
 * worklist through the background, which owns the database.
 */
export function App() {
  const [symbol, setSymbol] = useState('');
  useEffect(() => {
    loadSettings().then(
      (settings) => setSymbol(settings.profile.oclcSymbol),
      () => setSymbol(''),
    );
  }, []);
  const api = useMemo<WorklistApi>(
    () => ({
      list: async () => (await sendToBackground('worklist/list', {})).entries,
      update: async (id, status, note) => {
        await sendToBackground('worklist/update', note ? { id, status, note } : { id, status });
      },
      clearFinished: async () => (await sendToBackground('worklist/clear-finished', {})).deleted,
    }),
    [],
  );
  return <WorklistView api={api} symbol={symbol} />;
}

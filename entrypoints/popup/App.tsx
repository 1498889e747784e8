import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging';

/** The toolbar popup: what the extension is, whether its background answers, and a way to the options. */
export function App() {
  const [version, setVersion] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    sendToBackground('ping', {}).then(
      (reply) => setVersion(reply.version),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  return (
    <main class="page popup">
      <h1>Alma Cataloger Companion</h1>
      <p>Open a record in Alma's Metadata Editor or Physical Item Editor: the companion panel appears bottom-right.</p>
      <p data-testid="background-status">
        {problem ?? (version ? `Version ${version}, ready.` : 'Checking the background…')}
      </p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        Options
      </button>
    </main>
  );
}

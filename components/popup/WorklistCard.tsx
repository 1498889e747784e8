import type { WorklistState } from './page-summary-state';

/** The OCLC holdings worklist: how many changes wait, and the way to the worklist page. */
export function WorklistCard({ state, onOpen }: { state: WorklistState; onOpen(): void }) {
  return (
    <section class="card worklist" aria-labelledby="worklist-heading" data-testid="worklist">
      <h2 id="worklist-heading">OCLC worklist</h2>
      <p data-testid="worklist-count" data-count={state.status === 'ready' ? state.pending : undefined}>
        {state.status === 'loading' && 'Counting…'}
        {state.status === 'error' && <span class="problem">The worklist could not be read: {state.message}</span>}
        {state.status === 'ready' &&
          (state.pending === 0
            ? 'No holdings changes waiting.'
            : `${state.pending} holdings ${state.pending === 1 ? 'change' : 'changes'} waiting.`)}
      </p>
      <button type="button" class="link-button" onClick={onOpen} data-testid="open-worklist">
        Open the worklist
      </button>
    </section>
  );
}

/**
 * Quiet time after a keystroke before re-validating: enough to batch a paste or key auto-repeat into one run.
 * A run costs about 2-3 ms on a 160-field record in Chromium (read the grid ~1 ms, rules ~0.6 ms, highlights
 * and panel ~1 ms; `npx tsx scripts/bench-editor.ts`), so the panel can follow typing closely.
 */
export const LIVE_DELAY_MS = 20;
/** Longest continuous typing may hold a re-validation back. */
export const LIVE_MAX_WAIT_MS = 250;
/** How often to look again while Alma is loading. */
export const BUSY_RETRY_MS = 100;

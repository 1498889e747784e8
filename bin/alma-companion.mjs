#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled from cli/main.ts into dist/cli.mjs by `npm run build:cli`.
let cli;
try {
  cli = await import('../dist/cli.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(
    'alma-companion: dist/cli.mjs is missing; run "npm run build" (or "npm run build:cli") first.\n',
  );
  process.exit(2);
}
await cli.runFromProcess();

// What `npm run bench` measures in-process, bundled by scripts/bench.mjs with the same esbuild settings as the CLI.
export { lintFile } from '../cli/lint-file';
export { readRecordBatches, sniffFormat } from '../cli/record-source';
export { recordKindOf } from '../cli/record-kind';
export { validateRecord } from '../lib/rules/engine';
export { readMrk } from '../lib/marc/mrk';
export { writeIso2709 } from '../lib/marc/iso2709-writer';

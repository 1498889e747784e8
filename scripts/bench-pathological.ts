/**
 * 5,000 empty subfields in one 245 (a stuck key, a bad paste): validation time (median of 21 runs after
 * warm-up) and heap growth of one validation, the figures of docs/reliability.md. `npx tsx scripts/bench-pathological.ts`
 * (run with --expose-gc for the heap figure: `node --expose-gc --import tsx scripts/bench-pathological.ts`).
 */
import { validateRecord } from '../lib/rules/engine';
import type { MarcRecord } from '../lib/marc/types';

const record: MarcRecord = {
  leader: '00000nam a2200000 a 4500',
  fields: [
    { tag: '001', value: '1' },
    { tag: '008', value: '200101s2020    xxu           000 0 eng d' },
    {
      tag: '245',
      ind1: '1',
      ind2: '0',
      subfields: [{ code: 'a', value: 'Title' }, ...Array.from({ length: 5000 }, () => ({ code: 'a', value: '' }))],
    },
  ],
};
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < 5; i++) validateRecord(record, 'bib');
const times: number[] = [];
for (let i = 0; i < 21; i++) {
  const start = performance.now();
  validateRecord(record, 'bib');
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
gc?.();
const before = process.memoryUsage().heapUsed;
const findings = validateRecord(record, 'bib');
const after = process.memoryUsage().heapUsed;
console.log(
  `5,000 empty subfields in 245: median ${times[10]!.toFixed(1)} ms, max ${times[20]!.toFixed(1)} ms; heap +${((after - before) / 1048576).toFixed(1)} MB${gc ? '' : ' (no --expose-gc: approximate)'}; ${findings.length} findings (${findings.filter((f) => f.ruleId === 'empty-subfield').length} empty-subfield: "${findings.find((f) => f.ruleId === 'empty-subfield')?.message}")`,
);

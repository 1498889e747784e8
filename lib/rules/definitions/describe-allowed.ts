// Indicator findings repeat the same lists (a definition's allowed values): build each list once.
const listed = new WeakMap<ReadonlySet<string>, string>();

/** Lists indicator values for messages: "0 or 1", "blank, 0, 1 or 2". */
export function listValues(values: ReadonlySet<string>): string {
  let list = listed.get(values);
  if (list === undefined) {
    list = listOf(values);
    listed.set(values, list);
  }
  return list;
}

function listOf(values: Iterable<string>): string {
  const shown = [...values].sort().map((v) => (v === ' ' ? 'blank' : v));
  if (shown.length === 0) return 'nothing';
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** Lists indicator values for messages: "0 or 1", "blank, 0, 1 or 2". */
export function listValues(values: Iterable<string>): string {
  const shown = [...values].sort().map((v) => (v === ' ' ? 'blank' : v));
  if (shown.length === 0) return 'nothing';
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

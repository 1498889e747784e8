/**
 * Brings a control into view and focuses it, optionally selecting a range of its text (the subfield or
 * fixed-field positions a finding is about), so the cataloger's next keystroke lands where the problem is.
 */
export function focusControl(control: HTMLInputElement | HTMLTextAreaElement, range?: [number, number]): void {
  control.scrollIntoView({ block: 'center', inline: 'nearest' });
  control.focus({ preventScroll: true });
  if (!range) return;
  const end = Math.min(range[1], control.value.length);
  const start = Math.min(range[0], end);
  try {
    control.setSelectionRange(start, end);
  } catch {
    // Some input types refuse selections; focus alone is still useful.
  }
}

/**
 * Where subfield number `subfieldIndex` (0-based) starts in Alma's `$$a … $$b …` text: the range covers its
 * `$$x` delimiter. Undefined when the text has fewer subfields than that.
 */
export function subfieldRange(text: string, subfieldIndex: number): [number, number] | undefined {
  let from = 0;
  for (let seen = 0; ; seen++) {
    const at = text.indexOf('$$', from);
    if (at < 0) return undefined;
    if (seen === subfieldIndex) return [at, Math.min(at + 3, text.length)];
    from = at + 2;
  }
}

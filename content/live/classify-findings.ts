import type { ReadFinding } from './types';

/**
 * Marks each current finding new or inherited by matching it with the findings of the record as it was
 * opened (the baseline). Each baseline finding can vouch for one current finding only, so a second copy
 * of an inherited problem (a duplicated field) is new.
 *
 * Matching goes from the most to the least certain:
 *  1. same strong identity (content included) on the same row: untouched;
 *  2. same strong identity elsewhere: the field moved, or Alma rebuilt its row;
 *  3. same weak identity on the same row: the cataloger edited the field but this problem stayed;
 *  4. same weak identity, where the baseline's row no longer exists (Alma rebuilt it) or neither has a row.
 * Anything left over is new.
 */
export function markNew(
  baseline: readonly ReadFinding[],
  current: readonly ReadFinding[],
  isGone: (anchor: object) => boolean,
): boolean[] {
  const available = baseline.map(() => true);
  const matched = current.map(() => false);
  const byStrong = indexBy(baseline, (finding) => finding.identity.strong);
  const byWeak = indexBy(baseline, (finding) => finding.identity.weak);

  const pass = (
    index: Map<string, number[]>,
    keyOf: (finding: ReadFinding) => string,
    accepts: (base: ReadFinding, now: ReadFinding) => boolean,
  ): void => {
    current.forEach((now, i) => {
      if (matched[i]) return;
      const candidates = index.get(keyOf(now));
      if (!candidates) return;
      for (const b of candidates) {
        if (!available[b] || !accepts(baseline[b] as ReadFinding, now)) continue;
        available[b] = false;
        matched[i] = true;
        return;
      }
    });
  };
  const sameAnchor = (base: ReadFinding, now: ReadFinding): boolean => base.anchor === now.anchor;
  const anyAnchor = (): boolean => true;
  const anchorGone = (base: ReadFinding, now: ReadFinding): boolean =>
    base.anchor === null ? now.anchor === null : isGone(base.anchor);

  pass(byStrong, (finding) => finding.identity.strong, sameAnchor);
  pass(byStrong, (finding) => finding.identity.strong, anyAnchor);
  pass(byWeak, (finding) => finding.identity.weak, sameAnchor);
  pass(byWeak, (finding) => finding.identity.weak, anchorGone);
  return matched.map((wasMatched) => !wasMatched);
}

function indexBy(findings: readonly ReadFinding[], keyOf: (finding: ReadFinding) => string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  findings.forEach((finding, i) => {
    const key = keyOf(finding);
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  });
  return index;
}

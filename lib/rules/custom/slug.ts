/** Turns a title into a kebab-case id for `custom/<id>` (ASCII letters and digits only). */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'rule';
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug not in `taken`, adding `-2`, `-3`… when needed; adds the result to `taken`. */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base = slugify(text);
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}

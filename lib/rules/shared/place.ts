/**
 * How findings name a place in the record for people: "Field 245 (occurrence 1), $c".
 * Occurrences are 0-based in findings and 1-based in messages.
 */
export function fieldPlace(tag: string, occurrence: number): string {
  return `Field ${tag} (occurrence ${occurrence + 1})`;
}

export function subfieldPlace(tag: string, occurrence: number, code: string): string {
  return `Field ${tag} (occurrence ${occurrence + 1}), $${code}`;
}

/** The parameters of a message's `{field}` / `{subfield}` place (lib/rules/messages): tag, 0-based occurrence, code. */
export function placeParams(tag: string, occurrence: number, code?: string): Record<string, string | number> {
  return code === undefined ? { tag, occurrence } : { tag, occurrence, code };
}

/** Shows a value in a message; long values are cut so messages stay one or two lines. */
export function quoted(value: string): string {
  return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
}

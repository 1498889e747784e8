/** A non-null object that is not an array: what JSON calls an object (settings files, stored state, messages). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

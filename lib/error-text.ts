/** An error as one sentence for the cataloger (what was thrown may be anything, not only an Error). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

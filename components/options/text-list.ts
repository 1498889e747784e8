/** Codes typed as one line, separated by commas, spaces or semicolons, e.g. "MAIN, NRLF". */
export function parseCodeList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
}

/** Phrases separated by commas (roles, keywords): "Cataloger, Physical Inventory Operator". */
export function parsePhraseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]+/)
        .map((phrase) => phrase.trim())
        .filter(Boolean),
    ),
  ];
}

export function formatList(values: readonly string[]): string {
  return values.join(', ');
}

/** Errors of a settings save that concern one path, with the path removed: "settings.profile.oclcSymbol: x" → "x". */
export function errorsAt(errors: readonly string[], path: string): string[] {
  const prefix = `${path}`;
  return errors
    .filter(
      (error) => error.startsWith(`${prefix}:`) || error.startsWith(`${prefix}[`) || error.startsWith(`${prefix}.`),
    )
    .map((error) => error.slice(error.indexOf(':') + 1).trim());
}

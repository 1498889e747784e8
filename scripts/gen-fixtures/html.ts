/** HTML escaping for generated fixture pages: text content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A full HTML document with the fixture's documentation comment right after the doctype. */
export function htmlDocument(options: {
  title: string;
  comment: string;
  head?: string;
  bodyAttributes?: string;
  body: string;
}): string {
  const comment = options.comment.replaceAll('--', '—');
  return `<!DOCTYPE html>
<!--
${comment}
-->
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)}</title>
${options.head ?? ''}
</head>
<body${options.bodyAttributes ? ` ${options.bodyAttributes}` : ''}>
${options.body}
</body>
</html>
`;
}

import { procedureCatalog } from './catalog';
import type { Procedure } from './types';

/**
 * docs/procedures.md, written from the procedure catalog (lib/procedures/catalog) so the document and the
 * checklists the extension shows cannot drift apart. `npx tsx scripts/gen-procedures-doc.ts` rewrites the
 * file; tests/unit/procedures/procedures-doc.test.ts fails while it is out of date.
 */
export function proceduresDocText(catalog: readonly Procedure[] = procedureCatalog): string {
  const lines = [
    '# Procedures',
    '',
    '<!-- Written by scripts/gen-procedures-doc.ts from lib/procedures/catalog; edit the catalog, not this file. -->',
    '',
    'The procedure checklists the companion offers (the checklist dock on Alma pages, the popup), in the',
    "project's own words, each with the page it was drawn from. They were written from the staff documentation",
    'of UC Berkeley Library (Resource Management pages), CARLI (I-Share import workflows and Connexion export',
    'errors) and the OCLC and Ex Libris pages those cite. Where the public page gives only a summary, a step is',
    'marked *inferred*: it follows from the source but is not stated in it. An institution points the links at',
    "its own documentation with the profile's documentation base (options page); its own steps are added there",
    'too.',
    '',
    'Rules that check a procedure on the record (lib/rules/procedures) name it as their source.',
    '',
  ];
  for (const procedure of catalog) lines.push(...section(procedure));
  return `${lines.join('\n').trimEnd()}\n`;
}

function section(procedure: Procedure): string[] {
  const lines = [`## ${procedure.title}`, '', `\`${procedure.id}\` — ${procedure.summary}`, ''];
  lines.push(`- Source: <${procedure.defaultUrl}>`);
  if (procedure.roles.length > 0) lines.push(`- Alma roles: ${procedure.roles.join('; ')}`);
  lines.push(
    procedure.pageKinds.length > 0
      ? `- Offered on: ${procedure.pageKinds.map((kind) => `\`${kind}\``).join(', ')}${procedure.appliesWhen ? ' (when the page calls for it)' : ''}`
      : '- Offered in the popup only',
  );
  if (procedure.ruleIds.length > 0) {
    lines.push(`- Checked by the rules: ${procedure.ruleIds.map((id) => `\`${id}\``).join(', ')}`);
  }
  lines.push('', 'Steps:', '');
  procedure.steps.forEach((step, index) => {
    const marks = [
      step.kind === 'warning' ? 'caution' : null,
      step.inferred ? 'inferred' : null,
      step.when ? 'shown when it applies' : null,
      step.verify ? 'checked from the page' : null,
    ].filter((mark): mark is string => mark !== null);
    const suffix = marks.length > 0 ? ` *(${marks.join(', ')})*` : '';
    lines.push(`${index + 1}. ${step.text}${suffix}`);
    if (step.detail) lines.push(`   ${step.detail}`);
  });
  lines.push('');
  return lines;
}

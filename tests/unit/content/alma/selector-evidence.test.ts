import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every Alma selector carries its evidence: the JSDoc above each entry of the selector tables has one line
 * `Evidence: <verdict> — <sources> (docs/alma-evidence.md §<n.m>)`, and that section exists in
 * docs/alma-evidence.md. The files are read as source (TypeScript's parser), so a comment elsewhere cannot
 * stand in for an entry's own.
 */

const ROOT = join(import.meta.dirname, '../../../..');
const TABLES: Record<string, readonly string[]> = {
  'content/alma/selectors.ts': ['SELECTORS', 'ITEM_EDITOR_FIELDS', 'ITEMS_LIST_COLUMNS', 'HOLDINGS_LIST_COLUMNS'],
  'content/alma/save-controls.ts': ['SAVE_CONTROLS'],
};
const EVIDENCE_LINE =
  /^Evidence: (confirmed|refined|corrected|assumed) — (.+) \(docs\/alma-evidence\.md §(\d+(?:\.\d+)*)\)$/;

interface Entry {
  file: string;
  table: string;
  name: string;
  comment: string;
}

/** The JSDoc text directly above `node`, without the comment markers, one line per element. */
function jsDocLines(node: ts.Node, source: ts.SourceFile): string[] {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const doc = ranges.filter((range) => source.text.startsWith('/**', range.pos)).at(-1);
  if (!doc) return [];
  return source.text
    .slice(doc.pos + 3, doc.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter((line) => line !== '');
}

/** The object literal a table is defined with, seen through `as const` and `satisfies`. */
function objectOf(expression: ts.Expression): ts.ObjectLiteralExpression | null {
  let current: ts.Expression = expression;
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current)) {
    current = current.expression;
  }
  return ts.isObjectLiteralExpression(current) ? current : null;
}

function selectorEntries(file: string, tables: readonly string[], text?: string): Entry[] {
  const source = ts.createSourceFile(
    file,
    text ?? readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const entries: Entry[] = [];
  const found = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      if (!tables.includes(name) || !declaration.initializer) continue;
      const object = objectOf(declaration.initializer);
      if (!object) throw new Error(`${file}: ${name} is not an object literal of named entries`);
      found.add(name);
      for (const property of object.properties) {
        const entryName = property.name?.getText(source) ?? property.getText(source);
        const evidence = jsDocLines(property, source).filter((line) => line.startsWith('Evidence:'));
        entries.push({ file, table: name, name: entryName, comment: evidence.join('\n') });
      }
    }
  }
  for (const table of tables) if (!found.has(table)) throw new Error(`${file}: table ${table} not found`);
  return entries;
}

/** Section numbers of docs/alma-evidence.md: headings like `## 3. Grid` or `### 3.4 Field text`. */
function evidenceSections(): Set<string> {
  const text = readFileSync(join(ROOT, 'docs/alma-evidence.md'), 'utf8');
  return new Set(Array.from(text.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm), (match) => match[1] as string));
}

/** What is wrong with an entry's evidence, or null when it has exactly one well-formed line. */
function evidenceProblem(comment: string, sections: ReadonlySet<string>): string | null {
  const lines = comment.split('\n').filter((line) => line !== '');
  if (lines.length === 0) return 'no Evidence line';
  if (lines.length > 1) return 'more than one Evidence line';
  const match = EVIDENCE_LINE.exec(lines[0] as string);
  if (!match) return `malformed Evidence line "${lines[0]}"`;
  if (!sections.has(match[3] as string)) return `docs/alma-evidence.md has no section §${match[3]}`;
  return null;
}

const sections = evidenceSections();
const entries = Object.entries(TABLES).flatMap(([file, tables]) => selectorEntries(file, tables));

describe('selector evidence', () => {
  it('finds the selector tables', () => {
    expect(entries.length).toBeGreaterThan(50);
  });

  it.each(entries.map((entry) => [`${entry.file} ${entry.table}.${entry.name}`, entry] as const))(
    '%s has its evidence note',
    (_label, entry) => {
      expect(evidenceProblem(entry.comment, sections)).toBeNull();
    },
  );

  it('fails on an entry without a note, a malformed note and an unknown section', () => {
    const text = `export const SELECTORS = {
      /** Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §1.1) */
      good: ['a'],
      /** Just a description. */
      bare: ['b'],
      /** Evidence: seen somewhere */
      malformed: ['c'],
      /** Evidence: assumed — no public evidence (docs/alma-evidence.md §99.9) */
      unknownSection: ['d'],
      undocumented: ['e'],
    } as const;`;
    const problems = Object.fromEntries(
      selectorEntries('sample.ts', ['SELECTORS'], text).map((entry) => [
        entry.name,
        evidenceProblem(entry.comment, sections),
      ]),
    );
    expect(problems).toEqual({
      good: null,
      bare: 'no Evidence line',
      malformed: 'malformed Evidence line "Evidence: seen somewhere"',
      unknownSection: 'docs/alma-evidence.md has no section §99.9',
      undocumented: 'no Evidence line',
    });
  });

  it('no code, fixture generator or doc of the project cites research notes outside the repository', () => {
    const roots = ['content', 'scripts/gen-fixtures', 'tests/unit', 'docs'];
    const files = ['README.md', 'tests/fixtures/alma/README.md', ...roots.flatMap((root) => filesUnder(root))];
    const self = 'tests/unit/content/alma/selector-evidence.test.ts';
    const citing = files.filter((file) => file !== self && /alma-dom/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(citing).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|md|mjs)$/.test(entry.name) ? [path] : [];
  });
}

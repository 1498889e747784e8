import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word of the extension's own interface comes from public/_locales (components/i18n.ts), so a cataloger
 * reads it in the browser's language. This test parses the interface code with the TypeScript compiler and fails on
 * text a cataloger would read that is written in the code instead: JSX text, labelling attributes (aria-label,
 * title, placeholder, alt…) and string or template literals that read as prose (thrown messages become status
 * texts). Log messages (console.*, log.*) are for developers and exempt; so is a literal on a line with, or right
 * after, a comment saying `i18n-exempt: <why>`. content/alma is exempt: its strings are Alma's own labels, read to
 * find its fields.
 */
const root = join(import.meta.dirname, '../..');
const INTERFACE_FOLDERS = ['components', 'content', 'entrypoints', 'pages'];
const EXEMPT_FOLDERS = ['content/alma'];
const LABELLING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const LOGGERS = /^(console|log|logger)\.\w+$/;
/** Attributes whose values are names for code and styles, never read: `class`, `id`, `data-*`. */
const CODE_ATTRIBUTES = /^(class|className|id|key|type|name|for|data-[\w-]+)$/;

function interfaceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return EXEMPT_FOLDERS.includes(path) ? [] : interfaceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Words, not a class name, a selector, a key or a code. */
const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text);
/** Prose: a capitalised word followed by more words, or three lower-case words in a row. */
const readsAsProse = (text: string): boolean =>
  /^\p{Lu}\p{Ll}+['’]?\p{Ll}*[ ,:;.!?…]+\S/u.test(text) || /\p{Ll}{2,} \p{Ll}{2,} \p{Ll}{2,}/u.test(text);

function templateText(node: ts.TemplateExpression): string {
  return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
}

interface Offence {
  file: string;
  line: number;
  text: string;
}

function interfaceLiterals(file: string, source: string): Offence[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const lines = source.split('\n');
  const exempt = (node: ts.Node): boolean => {
    const line = tree.getLineAndCharacterOfPosition(node.getStart()).line;
    return [lines[line], lines[line - 1]].some((text) => text?.includes('i18n-exempt:'));
  };
  const offences: Offence[] = [];
  const report = (node: ts.Node, text: string): void => {
    if (exempt(node)) return;
    offences.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const insideLogger = (node: ts.Node): boolean => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
      if (ts.isCallExpression(at) && LOGGERS.test(at.expression.getText(tree))) return true;
      if (ts.isFunctionLike(at) || ts.isSourceFile(at)) return false;
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node) && LABELLING_ATTRIBUTES.has(node.name.getText(tree)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && (ts.isStringLiteralLike(value) || ts.isTemplateExpression(value))) {
        const text = ts.isTemplateExpression(value) ? templateText(value) : value.text;
        if (hasWords(text)) report(node, `${node.name.getText(tree)}=${value.getText(tree)}`);
        return;
      }
    } else if (ts.isJsxAttribute(node) && CODE_ATTRIBUTES.test(node.name.getText(tree))) {
      return;
    } else if (
      ts.isStringLiteralLike(node) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent)
    ) {
      if (readsAsProse(node.text) && !insideLogger(node)) report(node, node.getText(tree));
    } else if (ts.isTemplateExpression(node)) {
      if (readsAsProse(templateText(node)) && !insideLogger(node)) report(node, node.getText(tree));
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return offences;
}

/** Calls of t()/tn() outside any function run when the module loads, before the entrypoint wires the browser. */
function moduleLevelTranslations(file: string, source: string): Offence[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const offences: Offence[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) inFunction = true;
    if (!inFunction && ts.isCallExpression(node) && /^(t|tn)$/.test(node.expression.getText(tree))) {
      offences.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() });
    }
    ts.forEachChild(node, (child) => visit(child, inFunction));
  };
  visit(tree, false);
  return offences;
}

/**
 * Files whose words are not in the catalogs yet: empty since every interface file was converted (issue 13 item 6),
 * and it stays empty. A file listed here that has no offence left fails the test.
 */
const NOT_YET_TRANSLATED = new Set<string>([]);

const files = INTERFACE_FOLDERS.flatMap(interfaceFiles);
const format = (offences: Offence[]): string[] => offences.map(({ file, line, text }) => `${file}:${line} ${text}`);

describe('interface text comes from the message catalogs', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no user-visible string literal outside public/_locales', () => {
    const offences = files
      .filter((file) => !NOT_YET_TRANSLATED.has(file))
      .flatMap((file) => interfaceLiterals(file, readFileSync(join(root, file), 'utf8')));
    expect(format(offences)).toEqual([]);
  });

  it('lists as not yet translated only files that still have literals', () => {
    const done = [...NOT_YET_TRANSLATED].filter(
      (file) => interfaceLiterals(file, readFileSync(join(root, file), 'utf8')).length === 0,
    );
    expect(done).toEqual([]);
  });

  it('no t() at module level (it would run before the entrypoint wires the browser i18n)', () => {
    const offences = files.flatMap((file) => moduleLevelTranslations(file, readFileSync(join(root, file), 'utf8')));
    expect(format(offences)).toEqual([]);
  });
});

describe('the checks of this test can fail', () => {
  const check = (source: string) => interfaceLiterals('probe.tsx', source).map((offence) => offence.text);

  it('finds JSX text, labelling attributes and prose literals', () => {
    expect(check('const a = <p>Checking the record</p>;')).toEqual(['Checking the record']);
    expect(check('const a = <input placeholder="Search documents" />;')).toEqual(['placeholder="Search documents"']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code of a template literal, as text
    expect(check('const a = <b title={`Show ${x}`} />;')).toEqual(['title=`Show ${x}`']);
    expect(check("throw new Error('Cannot undo: the field changed');")).toEqual(["'Cannot undo: the field changed'"]);
  });

  it('leaves translated text, class names, keys, logs and exempted literals alone', () => {
    expect(check("const a = <p class=\"acc-note\" title={t('x')}>{t('panel_hide')} {count}</p>;")).toEqual([]);
    expect(check("log.error('could not check the page at all', error);")).toEqual([]);
    expect(check("const selector = 'button.acc-fp-hide';\nif (key === 'Escape') go();")).toEqual([]);
    expect(check('const a = <label class="button secondary file-button">{t(\'x\')}</label>;')).toEqual([]);
    expect(check('const a = <Field hint="Off: only the badge shows" />;')).toEqual(['"Off: only the badge shows"']);
    expect(check("// i18n-exempt: developer documentation\nconst d = 'Shows the page status to developers';")).toEqual(
      [],
    );
  });

  it('finds t() called when the module loads', () => {
    const found = moduleLevelTranslations('probe.ts', "const A = t('x');\nfunction f() { return t('y'); }");
    expect(found.map((offence) => offence.text)).toEqual(["t('x')"]);
  });
});

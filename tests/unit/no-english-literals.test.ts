import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No words written into the extension's components: every user-visible text goes through t()/tp()
 * (src/ui/i18n.ts, docs/i18n.md). The rules, kept simple so they can be trusted:
 * - JSX text with a letter in it is a finding ("Save", not "✕" or "·");
 * - a string with a letter given to a text-carrying attribute (aria-label, title, placeholder,
 *   alt, label) is a finding, whether written as `title="..."` or `title={cond ? 'a' : 'b'}`;
 * - a string with a letter shown as a child (`{busy ? 'Saving…' : null}`) is a finding.
 * A string is "shown" when nothing but `?:`, `&&`, `||`, `??`, parentheses or a template stands
 * between it and the JSX: a call's argument (t('key')), a comparison (status === 'queued') or an
 * object's field is not. Words outside JSX (constants, wording modules) are not this check's: they
 * are found by reading, and the wording modules call t() themselves.
 *
 * Scanned: every component of the popup, side panel, log and shared UI. The options page's
 * sections are not messages yet (docs/i18n.md, "Not yet translated"): src/options/ joins this list
 * when they are, and no file is ever excused from it one by one.
 */
const SCANNED = ['src/popup', 'src/sidepanel', 'src/log', 'src/ui'];
const ROOT = resolve(import.meta.dirname, '../..');
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** The strings of an expression that would be shown as they are (see the rules above). */
function shownStrings(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression);
  if (ts.isConditionalExpression(node))
    return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [
      ts.SyntaxKind.AmpersandAmpersandToken,
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken,
    ].includes(node.operatorToken.kind)
  )
    return [...shownStrings(node.left), ...shownStrings(node.right)];
  return [];
}

function textOf(node: ts.Node): string {
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return (node as ts.StringLiteral).text;
}

export function findEnglish(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    findings.push(`${relative(ROOT, path)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      for (const text of value ? shownStrings(value) : [])
        if (LETTER.test(textOf(text))) report(text, textOf(text));
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const text of shownStrings(node.expression))
        if (LETTER.test(textOf(text))) report(text, textOf(text));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

describe('the components', () => {
  it('write no words of their own: every text is a message', () => {
    const files = SCANNED.flatMap((dir) => tsxFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(30); // the folders hold the components, or "none found" proves nothing
    const findings = files.flatMap((path) => findEnglish(path, readFileSync(path, 'utf8')));
    expect(findings).toEqual([]);
  });

  it('the check finds each kind of literal it is meant to find, and passes t() and comparisons', () => {
    const found = findEnglish(
      join(ROOT, 'src/example.tsx'),
      `export const A = (p: { busy: boolean; s: string }) => (
        <div title="Hello" aria-label={p.busy ? 'Saving' : t('idle')}>
          Save now
          {p.busy && 'Working…'}
          {\`\${p.s} left\`}
          {p.s === 'queued' ? t('queued') : null}
          {' '}✕{'·'}
          <input placeholder={t('search')} class={p.busy ? 'is-busy' : ''} />
        </div>
      );`,
    );
    expect(found.map((line) => line.replace(/^[^:]+:\d+: /, ''))).toEqual([
      '"Hello"',
      '"Saving"',
      '"Save now"',
      '"Working…"',
      '"left"',
    ]);
  });
});

import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { safetyText } from '../i18n/safety.ts';
import { at, type LocalFinding } from './checks/finding.ts';
import { suggestClosest } from './checks/suggest.ts';
import { checkUnsafe } from './checks/unsafe.ts';
import { componentSpec, isComponentName, MDX_COMPONENTS } from './mdx-components.ts';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const text = safetyText.mdx;

function checkProps(node: Jsx, place: (message: string) => LocalFinding): LocalFinding[] {
  const findings: LocalFinding[] = [];
  const component = isComponentName(node.name) ? node.name : undefined;
  const spec = component ? componentSpec(component).props : undefined;
  const given = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push(place(text.spread));
      continue;
    }
    const { name, value } = attribute;
    given.add(name);
    if (name.includes(':')) findings.push(place(text.directive(name)));
    else if (value !== null && value !== undefined && typeof value !== 'string') findings.push(place(text.propExpression(name)));
    else if (component && spec) {
      const prop = spec[name];
      if (!prop) findings.push(place(text.unknownProp(component, name, Object.keys(spec).join('、'))));
      else if (typeof value !== 'string') findings.push(place(text.propText(name)));
      else if (prop.type === 'choice' && !prop.values.includes(value)) findings.push(place(text.propChoice(name, prop.values)));
    }
  }
  for (const [name, prop] of Object.entries(spec ?? {})) if (prop.required && !given.has(name)) findings.push(place(text.missingProp(component!, name)));
  return findings;
}

function checkNode(node: RootContent, firstLine: number, findings: LocalFinding[]): void {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const place = (message: string) => at(start.line + firstLine - 1, start.column, 'error', 'mdx-code', message);
  if (node.type === 'mdxjsEsm') {
    const isImport = node.data?.estree?.body.some((statement) => statement.type === 'ImportDeclaration') ?? /^\s*import\b/.test(node.value);
    findings.push(place(isImport ? text.import : text.export));
  } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    findings.push(place(text.expression));
  } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = node.name;
    if (name === null) findings.push(place(text.fragment));
    else if (/^[a-z][a-z0-9-]*$/.test(name) || isComponentName(name)) findings.push(...checkProps(node, place));
    else if (/^[A-Z][A-Za-z0-9]*$/.test(name)) findings.push(place(text.unknownComponent(name, suggestClosest(name, Object.keys(MDX_COMPONENTS)))));
    else findings.push(place(text.oddName(name)));
  }
  if ('children' in node) for (const child of node.children) checkNode(child, firstLine, findings);
}

/**
 * What an `.mdx` body may not contain, decided once for the checker and the build (remark-mdx-guard.ts): import and
 * export, `{expressions}` in text or attributes, directives such as `set:html`, components other than ours (with their
 * props checked against mdx-components.ts), and whatever the HTML policy would drop from lower-case elements or Markdown.
 * `"export const k = process.env.HOME"` → `[{ line: 1, column: 1, level: "error", code: "mdx-code", message: "MDX 文件里不允许写 export（代码），请删除" }]`
 */
export function checkMdx(tree: Root, body: string, firstLine: number): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const node of tree.children) checkNode(node, firstLine, findings);
  return [...findings, ...checkUnsafe(tree, body, firstLine)].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The checker's finding for an `.mdx` body the MDX parser could not read, in Chinese, at the parser's place. */
export function mdxSyntaxFinding(error: unknown, firstLine: number): LocalFinding {
  type Point = { line?: number; column?: number };
  const problem = error as Point & { ruleId?: string; place?: Point & { start?: Point } };
  const point = problem.line ? problem : (problem.place?.start ?? problem.place ?? {});
  const reasons = text.syntaxReasons;
  const rule = problem.ruleId ?? '';
  const reason = /eof/.test(rule) ? reasons.eof : /mismatch|closing|end-tag/.test(rule) ? reasons.mismatch : /character/.test(rule) ? reasons.character : reasons.other;
  return at((point.line ?? 1) + firstLine - 1, point.column ?? 1, 'error', 'mdx-syntax', text.syntax(reason));
}

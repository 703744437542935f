import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { at, positionOf, type LocalFinding } from './finding.ts';

/** Where something sits in the file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML block (a Markdown file's front matter or a whole `.yaml` file) with positions for every key. */
export interface ParsedYaml {
  /** The plain values, or null when the YAML could not be read. */
  data: Record<string, unknown> | null;
  /** YAML syntax errors, already placed in the file. */
  errors: LocalFinding[];
  /** Position of a top-level key (or the block's first line when the key is absent). */
  keyPosition(key: string): Position;
  /** Position of a top-level key's value, or of a nested value by path: `["cover", "alt"]`. */
  valuePosition(path: readonly (string | number)[]): Position;
}

/** A Markdown file split into its front matter and body. */
export interface SplitMarkdown {
  /** The YAML between the `---` lines, or null when the file has none. */
  yaml: string | null;
  /** Line number (1-based) of the first YAML line. */
  yamlLine: number;
  body: string;
  /** Line number (1-based) of the first body line. */
  bodyLine: number;
}

/** Splits `---\ntitle: x\n---\n正文` into `{ yaml: "title: x\n", yamlLine: 2, body: "正文", bodyLine: 4 }`. */
export function splitFrontMatter(source: string): SplitMarkdown {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: null, yamlLine: 1, body: text, bodyLine: 1 };
  const yaml = match[1] ?? '';
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { yaml, yamlLine: 2, body: text.slice(match[0].length), bodyLine };
}

/**
 * Parses YAML that starts at `firstLine` of its file and keeps every key's position. The failsafe schema keeps
 * every scalar as the text the editor wrote (`title: 1.10` → "1.10", `date: 2024-01-18` → "2024-01-18"); the content
 * schemas convert each field explicitly. The build's collections read front matter through here too.
 */
export function parseYamlWithPositions(yaml: string, firstLine: number): ParsedYaml {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, schema: 'failsafe' });
  const place = (offset: number): Position => {
    const { line, column } = positionOf(yaml, offset);
    return { line: line + firstLine - 1, column };
  };
  const errors = doc.errors.map((error) => {
    const { line, column } = place(error.pos[0]);
    return at(line, column, 'error', 'yaml-syntax', `信息区（YAML）写法有误：${translateYamlError(error.code)}`);
  });
  const root = doc.contents;
  const start: Position = { line: firstLine, column: 1 };
  let data: Record<string, unknown> | null = null;
  if (errors.length === 0) {
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else errors.push(at(firstLine, 1, 'error', 'yaml-syntax', '信息区（YAML）应当是“字段: 值”的形式'));
  }
  const pairOf = (key: string) => (isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined);
  return {
    data,
    errors,
    keyPosition(key) {
      const range = (pairOf(key)?.key as YamlNode | undefined)?.range;
      return range ? place(range[0]) : start;
    },
    valuePosition(path) {
      const node = doc.getIn(path, true) as YamlNode | undefined;
      if (node?.range) return place(node.range[0]);
      const key = path[0];
      return typeof key === 'string' ? this.keyPosition(key) : start;
    },
  };
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进不对齐',
  MISSING_CHAR: '缺少引号或括号',
  MULTILINE_IMPLICIT_KEY: '字段名后面缺少冒号，或一行写成了两行',
  BLOCK_AS_IMPLICIT_KEY: '字段名后面缺少冒号',
  TAB_AS_INDENT: '用了 Tab 缩进，请改用空格',
  UNEXPECTED_TOKEN: '有多余的符号',
};

/** Turns a `yaml` error code into Chinese: `"DUPLICATE_KEY"` → `"同一个字段写了两次"`. */
export function translateYamlError(code: string): string {
  return YAML_ERRORS[code] ?? `无法读取（${code}），请检查冒号、引号和缩进`;
}

/**
 * The data of a content file as the content schemas take it: a Markdown file's front matter, or a whole YAML file;
 * `{}` when it cannot be read (the checker reports why, before any build).
 * `("---\ntitle: 1.10\n---\n正文", "markdown")` → `{ title: "1.10" }`
 */
export function readContentData(source: string, format: 'markdown' | 'yaml'): Record<string, unknown> {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const yaml = format === 'yaml' ? text : splitFrontMatter(text).yaml;
  return (yaml === null ? null : parseYamlWithPositions(yaml, 1).data) ?? {};
}

/** A front-matter value the generator writes. */
export type YamlValue = string | number | boolean | Date | readonly string[];

const PLAIN = /^[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2018-\u201dA-Za-z][^:#\n"'\[\]{},]*$/;
const RESERVED = /^(true|false|yes|no|null|on|off|~)$/i;

/** Quotes a string only when YAML needs it: `toYamlScalar('工作报告')` → `工作报告`, `toYamlScalar('a: b')` → `"a: b"`. */
export function toYamlScalar(value: string): string {
  return PLAIN.test(value) && !RESERVED.test(value) && value.trim() === value ? value : JSON.stringify(value);
}

/** One `key: value` line; dates as bare YYYY-MM-DD, lists in flow style: `toYamlLine('tags', ['营商环境'])` → `tags: [营商环境]`. */
export function toYamlLine(key: string, value: YamlValue): string {
  if (typeof value === 'number' || typeof value === 'boolean') return `${key}: ${String(value)}`;
  if (value instanceof Date) return `${key}: ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `${key}: ${toYamlScalar(value)}`;
  return `${key}: [${value.map(toYamlScalar).join(', ')}]`;
}

/** A YAML document (no `---`) with keys in the given order; `undefined` values are left out. */
export function toYaml(fields: Readonly<Record<string, YamlValue | undefined>>): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, YamlValue] => entry[1] !== undefined)
    .map(([key, value]) => `${toYamlLine(key, value)}\n`)
    .join('');
}

/** A Markdown file: front matter between `---` lines, a blank line, then the body ending in one newline. */
export function toMarkdown(fields: Readonly<Record<string, YamlValue | undefined>>, body: string): string {
  return `---\n${toYaml(fields)}---\n\n${body.trimEnd()}\n`;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileMessages } from '../../i18n/files.ts';
import { siteConfigSchema } from '../site-config.ts';
import { decodeText } from '../text-encoding.ts';
import { at, type LocalFinding } from './finding.ts';
import { parseYamlWithPositions } from './front-matter.ts';
import { checkPlaceholders } from './placeholders.ts';

/** Checks `site.yaml` against the site settings schema, each problem on its own line. */
export async function checkSiteYaml(contentDir: string): Promise<LocalFinding[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(contentDir, 'site.yaml'));
  } catch {
    return [at(1, 1, 'error', 'site-yaml-missing', '缺少网站设置文件 site.yaml（组织名称、网址、备案号等）')];
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8') return [at(1, 1, 'error', 'encoding', fileMessages.notUtf8(fileMessages.encodingNames[decoded.encoding]))];
  const source = decoded.text ?? '';
  const yaml = parseYamlWithPositions(source, 1);
  if (!yaml.data) return yaml.errors;
  const result = siteConfigSchema.safeParse(yaml.data);
  const issues = result.success ? [] : result.error.issues;
  const findings = issues.map((issue) => {
    const keys = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const pos = yaml.valuePosition(keys);
    return at(pos.line, pos.column, 'error', 'site-yaml', `网站设置 ${keys.join('.') || '（整个文件）'}：${issue.message}`);
  });
  const plain = source.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  return [...findings, ...checkPlaceholders(plain, 1)];
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileMessages } from '../../i18n/files.ts';
import { readSiteLogo } from '../site-logo.ts';
import { parseSiteYaml } from '../site-config.ts';
import { parseYamlWithPositions } from './front-matter.ts';
import { decodeText } from '../text-encoding.ts';
import { at, type LocalFinding } from './finding.ts';
import { checkPlaceholders } from './placeholders.ts';

/**
 * Checks `site.yaml` against the site settings schema, each problem on its own line, and its `logo` against the files
 * of `publicDir` (share images draw it: a PNG, JPEG or self-contained SVG inside public/).
 */
export async function checkSiteYaml(contentDir: string, publicDir = path.join(contentDir, '..', 'public')): Promise<LocalFinding[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(contentDir, 'site.yaml'));
  } catch {
    return [at(1, 1, 'error', 'site-yaml-missing', '缺少网站设置文件 site.yaml（组织名称、网址、备案号等）')];
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8') return [at(1, 1, 'error', 'encoding', fileMessages.notUtf8(fileMessages.encodingNames[decoded.encoding]))];
  const source = decoded.text ?? '';
  const { config, problems } = parseSiteYaml(source);
  const findings = problems.map((p) => at(p.line, p.column, 'error', p.code, p.message));
  const logo = config?.logo === undefined ? undefined : readSiteLogo(publicDir, config.logo);
  if (logo && 'problem' in logo) {
    const place = parseYamlWithPositions(source, 1).valuePosition(['logo']);
    findings.push(at(place.line, place.column, 'error', 'logo', logo.problem));
  }
  const plain = source.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  return [...findings, ...checkPlaceholders(plain, 1)];
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileMessages } from '../../i18n/files.ts';
import { readSiteLogo } from '../site-logo.ts';
import { parseSiteYaml } from '../site-config.ts';
import { parseYamlWithPositions } from './front-matter.ts';
import { decodeText } from '../text-encoding.ts';
import { at, type LocalFinding } from './finding.ts';
import { findPersonalHits, numberKey, personalFindings } from './personal-data.ts';
import { checkPlaceholders } from './placeholders.ts';

/**
 * Checks `site.yaml` against the site settings schema, each problem on its own line, and its `logo` against the files
 * of `publicDir` (share images draw it: a PNG, JPEG or self-contained SVG inside public/).
 */
export async function checkSiteYaml(contentDir: string, publicDir?: string): Promise<LocalFinding[]> {
  return (await inspectSiteYaml(contentDir, publicDir)).findings;
}

/**
 * site.yaml's findings (schema, logo, placeholders, personal numbers in what the footer publishes) and the keys
 * (personal-data.ts `numberKey`) of the numbers its `publishableNumbers` allows everywhere in the content.
 */
export async function inspectSiteYaml(contentDir: string, publicDir = path.join(contentDir, '..', 'public')): Promise<{ findings: LocalFinding[]; allowedNumbers: Set<string> }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(contentDir, 'site.yaml'));
  } catch {
    return { findings: [at(1, 1, 'error', 'site-yaml-missing', '缺少网站设置文件 site.yaml（组织名称、网址、备案号等）')], allowedNumbers: new Set() };
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8') return { findings: [at(1, 1, 'error', 'encoding', fileMessages.notUtf8(fileMessages.encodingNames[decoded.encoding]))], allowedNumbers: new Set() };
  const source = decoded.text ?? '';
  const { config, problems } = parseSiteYaml(source);
  const allowedNumbers = new Set((config?.publishableNumbers ?? []).map(numberKey));
  const findings = problems.map((p) => at(p.line, p.column, 'error', p.code, p.message));
  const logo = config?.logo === undefined ? undefined : readSiteLogo(publicDir, config.logo);
  if (logo && 'problem' in logo) {
    const place = parseYamlWithPositions(source, 1).valuePosition(['logo']);
    findings.push(at(place.line, place.column, 'error', 'logo', logo.problem));
  }
  const plain = source.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  return { findings: [...findings, ...checkPlaceholders(plain, 1), ...personalFindings(findPersonalHits(source), allowedNumbers)], allowedNumbers };
}

import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileMessages } from '../../i18n/files.ts';
import { siteSettingsText } from '../../i18n/site-settings.ts';
import { synonymProblems } from '../search/synonym-table.ts';
import { parseSiteYaml, type SiteConfig } from '../site-config.ts';
import { readSiteLogo } from '../site-logo.ts';
import { decodeText } from '../text-encoding.ts';
import { at, type LocalFinding } from './finding.ts';
import { parseYamlWithPositions } from './front-matter.ts';
import { isInside, isRasterImageFile } from './images.ts';
import { findPersonalHits, numberKey, personalFindings } from './personal-data.ts';
import { checkPlaceholders } from './placeholders.ts';

/** What is wrong with the badge image a site.yaml names, or null: it must be a raster image inside public/. */
function badgeImageProblem(image: string, publicDir: string): string | null {
  const file = path.join(publicDir, image);
  if (!isInside(publicDir, file)) return siteSettingsText.badgeImagePath;
  if (!existsSync(file) || !statSync(file).isFile()) return siteSettingsText.badgeImageMissing(image);
  return isRasterImageFile(file) ? null : siteSettingsText.badgeImageNotRaster(image);
}

/**
 * The checks site.yaml needs beyond its schema, each at its line: the logo (share images draw it: a PNG, JPEG or
 * self-contained SVG inside public/), the badge image under public/, and a synonym table whose forms each belong to
 * one group (the build runs this check first, so none of them reaches a built site).
 */
function checkBeyondSchema(source: string, config: SiteConfig, publicDir: string): LocalFinding[] {
  const yaml = parseYamlWithPositions(source, 1);
  const findings = synonymProblems(config.synonyms).map(({ at: [group, form], level, message }) => {
    const { line, column } = yaml.valuePosition(['synonyms', group, form]);
    return at(line, column, level, 'synonym', `网站设置 synonyms：${message}`);
  });
  const logo = config.logo === undefined ? undefined : readSiteLogo(publicDir, config.logo);
  if (logo && 'problem' in logo) {
    const { line, column } = yaml.valuePosition(['logo']);
    findings.push(at(line, column, 'error', 'logo', logo.problem));
  }
  const image = config.governmentSiteBadge?.image;
  const problem = image === undefined ? null : badgeImageProblem(image, publicDir);
  if (problem) {
    const { line, column } = yaml.valuePosition(['governmentSiteBadge', 'image']);
    findings.push(at(line, column, 'error', 'site-yaml', `网站设置 governmentSiteBadge.image：${problem}`));
  }
  return findings;
}

/** Checks `site.yaml`, each problem on its own line (images under `publicDir`, the project's public/ by default). */
export async function checkSiteYaml(contentDir: string, publicDir?: string): Promise<LocalFinding[]> {
  return (await inspectSiteYaml(contentDir, publicDir)).findings;
}

/**
 * site.yaml's findings (schema, images, synonyms, placeholders, personal numbers in what the footer publishes) and the
 * keys (personal-data.ts `numberKey`) of the numbers its `publishableNumbers` allows everywhere in the content.
 */
export async function inspectSiteYaml(contentDir: string, publicDir = path.resolve('public')): Promise<{ findings: LocalFinding[]; allowedNumbers: Set<string> }> {
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
  if (config) findings.push(...checkBeyondSchema(source, config, publicDir));
  const plain = source.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  return { findings: [...findings, ...checkPlaceholders(plain, 1), ...personalFindings(findPersonalHits(source), allowedNumbers)], allowedNumbers };
}

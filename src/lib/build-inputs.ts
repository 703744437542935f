import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readContentData } from './checks/front-matter.ts';
import { CONTENT_EXTENSIONS, extensionOf } from './content-extensions.ts';
import { readBeijingDate } from './dates.ts';
import { writeFileAtomically } from './file-cache.ts';
import { pathKey } from './paths.ts';
import { hashParts } from './source-fingerprint.ts';

/*
 * Everything a build's output depends on, as one digest: the content tree, the project's code and locked packages,
 * the build's settings from the environment, which scheduled pieces are already due at this moment, the Node and
 * ICU that run it and the Chromium that prints the year PDFs. scripts/build.ts records the digest of a finished
 * build; when the next build finds the same digest and the same published folder, nothing it could write would
 * differ, so dist/ is kept as it is. Anything left out here would leave a stale site, so the list errs wide: every
 * file of the content tree and of the project's code folders, not only the ones known to be read.
 */

/** The project's own files that make the site (tests and docs do not). */
const CODE_FOLDERS = ['src', 'scripts', 'public'];
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Settings read from the environment that change what a build writes (where it writes is not among them). */
const SETTING = /^(?:GSL_(?!OUT_DIR$)|CHROMIUM_PATH$|NODE_OPTIONS$)/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Path and bytes of every file, paths relative to `root`. */
function fileParts(root: string, files: readonly string[]): (string | Buffer)[] {
  return files.flatMap((file) => [path.relative(root, file).split(path.sep).join('/'), readFileSync(file)]);
}

/**
 * The pieces whose `publishAt` has come by `now`: a scheduled piece appears on its day without any file changing.
 * Only files that mention the field are read as YAML (with the checker's own reader).
 */
function duePieces(contentRoot: string, files: readonly string[], now: Date): string[] {
  const pieceExtensions = new Set([...CONTENT_EXTENSIONS.report, ...CONTENT_EXTENSIONS.honor, ...CONTENT_EXTENSIONS.story]);
  return files.flatMap((file) => {
    if (!pieceExtensions.has(extensionOf(file))) return [];
    const text = readFileSync(file, 'utf8');
    if (!text.includes('publishAt')) return [];
    const value = readContentData(text, 'markdown')['publishAt'];
    const due = typeof value === 'string' ? readBeijingDate(value) : undefined;
    return due instanceof Date && due.getTime() <= now.getTime() ? [path.relative(contentRoot, file)] : [];
  });
}

export interface BuildInputs {
  projectRoot: string;
  contentRoot: string;
  now: Date;
  env: Record<string, string | undefined>;
  /** What the printer says it is (`chromium --version`), or that there is none. */
  printer: string;
}

/** One digest of everything the build's output depends on (see above). */
export function buildInputsDigest(inputs: BuildInputs): string {
  const content = filesUnder(inputs.contentRoot);
  const code = [...CODE_FOLDERS.flatMap((folder) => filesUnder(path.join(inputs.projectRoot, folder))), ...CODE_FILES.map((file) => path.join(inputs.projectRoot, file)).filter((file) => existsSync(file))];
  const settings = Object.entries(inputs.env)
    .filter(([name]) => SETTING.test(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value ?? ''}`);
  return hashParts([
    'content',
    inputs.contentRoot,
    ...fileParts(inputs.contentRoot, content),
    'due',
    ...duePieces(inputs.contentRoot, content, inputs.now),
    'code',
    ...fileParts(inputs.projectRoot, code),
    'settings',
    ...settings,
    `node ${process.version} icu ${process.versions.icu ?? ''}`,
    `printer ${inputs.printer}`,
  ]);
}

/** What a finished build leaves for the next one: its inputs' digest and the published folder it made. */
export interface BuildRecord {
  digest: string;
  /** `publishedIdentity` of the folder after the swap: a folder replaced or restored since is not this build's. */
  identity: string;
}

/** Where the record of the build published at `finalDir` is kept: one file per published folder in the build cache. */
function recordFile(cacheDir: string, finalDir: string): string {
  return path.join(cacheDir, `${pathKey(path.resolve(finalDir))}.json`);
}

/** The record of the last build published at `finalDir`, if there is one to trust. */
export function readBuildRecord(cacheDir: string, finalDir: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(cacheDir, finalDir), 'utf8')) as Partial<BuildRecord>;
    return typeof record.digest === 'string' && typeof record.identity === 'string' ? { digest: record.digest, identity: record.identity } : undefined;
  } catch {
    return undefined;
  }
}

/** Records a finished build (written atomically, so a build stopped half-way leaves the old record or none). */
export function writeBuildRecord(cacheDir: string, finalDir: string, record: BuildRecord): void {
  writeFileAtomically(recordFile(cacheDir, finalDir), JSON.stringify(record));
}

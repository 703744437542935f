/**
 * Never half-published: one row per way a build, the swap of dist/ or a deploy can be interrupted or fail, each
 * asserting the exit code, the Chinese message (and that no English stack trace reaches the editor) and what is
 * published afterwards: the bytes of dist/, or what the bucket serves and whether any of it links to nothing.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBuffer } from 'yauzl';
import { stagingDirFor } from '../../src/lib/atomic-dir.ts';
import { buildSite, copyContentTree, removeContentCopies } from '../support/build-site.ts';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy.ts';
import { hashTree } from '../support/hash-tree.ts';
import { createS3rver, liveBrokenLinks, runDeploy, viewBucket, type S3rverServer } from '../support/live-bucket.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-never-half-'));
const NEW_REPORT = 'reports/2024/xinchun/index.html';
const NEW_TITLE = '在市工商联新春座谈会上的讲话';
let v1: string;
let v2: string;
let v2Content: string;
const hashes: Record<'v1' | 'v2', Record<string, string>> = { v1: {}, v2: {} };

/** A copy of tests/fixtures/mini with some files written over it. */
function content(files: Record<string, string> = {}): string {
  const dir = copyContentTree('tests/fixtures/mini');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const placeholder = () => {
  const dir = content();
  const file = path.join(dir, 'reports/2024/changwei.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('第三届二次常委会议', '第××届二次常委会议'));
  return dir;
};

/** A fresh folder holding a copy of the published v1 site as `dist`. */
function published(): { parent: string; dist: string } {
  const parent = mkdtempSync(path.join(root, 'site-'));
  cpSync(v1, path.join(parent, 'dist'), { recursive: true });
  return { parent, dist: path.join(parent, 'dist') };
}

/** Stops the build's own swap (replaceDir) with SIGKILL right after `step`, as a killed build would. */
function killSwapAfter(step: 'moved-aside' | 'moved-in', dist: string): void {
  const staging = stagingDirFor(dist, 2147483640);
  cpSync(v2, staging, { recursive: true });
  const run = spawnSync(process.execPath, ['tests/support/interrupted-swap.ts', staging, dist, step], { encoding: 'utf8' });
  expect(run.signal).toBe('SIGKILL');
}

function zipEntries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    fromBuffer(readFileSync(file), { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry: { fileName: string }) => (names.push(entry.fileName), zip.readEntry()));
      zip.on('end', () => resolve(names));
      zip.readEntry();
    }),
  );
}

/** Makes a folder unwritable even for root (chattr +i), or by mode for anyone else; returns the undo. */
function lockFolder(dir: string): () => void {
  if (process.getuid?.() === 0 && spawnSync('chattr', ['+i', dir]).status === 0) return () => void spawnSync('chattr', ['-i', dir]);
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o755);
}

const fullDisk = (suffix: string) => ({
  NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(path.resolve('tests/support/full-disk.mjs')).href}`,
  GSL_TEST_FULL_DISK_FILE: suffix,
});

beforeAll(() => {
  const first = buildSite('tests/fixtures/mini');
  if (first.status !== 0) throw new Error(first.output);
  v1 = first.dist;
  v2Content = content({
    'reports/2024/xinchun.md': `---\ntitle: ${NEW_TITLE}\ndate: 2024-02-05\nmeeting: 新春座谈会\nspeaker: 主席 林海\nsummary: 向全市民营企业家拜年，通报一年来的工作。\n---\n\n各位企业家：\n\n## 一、过去一年\n\n（一）服务更实。走访企业六十家。\n`,
  });
  const second = buildSite(v2Content);
  if (second.status !== 0) throw new Error(second.output);
  v2 = second.dist;
  hashes.v1 = hashTree(v1);
  hashes.v2 = hashTree(v2);
});

afterAll(() => {
  removeContentCopies();
  rmSync(root, { recursive: true, force: true });
});

/** One way a build or the swap before it goes wrong. */
interface BuildRow {
  name: string;
  /** Prepares `dist` (a copy of the published v1 site) and says which content tree to build, with which variables. */
  arrange: (site: { parent: string; dist: string }) => { content: string; env?: Record<string, string>; undo?: () => void };
  status: number;
  /** Lines the output must contain. */
  says: (string | RegExp)[];
  /** What dist/ must hold afterwards: the bytes of v1 or v2, or nothing. */
  dist: 'v1' | 'v2' | 'none';
}

const buildRows: BuildRow[] = [
  {
    name: 'a swap killed after the old site was moved aside, then a build that fails: the old site is back, byte for byte',
    arrange: ({ dist }) => (killSwapAfter('moved-aside', dist), { content: placeholder() }),
    status: 1,
    says: [/已把原来的网站从 .*\.dist\.previous 放回/, /reports\/2024\/changwei\.md:4:\d+ {2}错误 {2}未填写的占位符/, /是上一次发布的网站（构建开始时已从中断的替换中恢复），本次没有改动它/],
    dist: 'v1',
  },
  {
    name: 'a swap killed after the new site was moved in, then a build that fails: the new site stays, the old copy goes',
    arrange: ({ dist }) => (killSwapAfter('moved-in', dist), { content: placeholder() }),
    status: 1,
    says: ['没来得及删除被替换的旧副本：旧副本已删除', /已发布的 .*dist\/ 保持不变。/],
    dist: 'v2',
  },
  {
    name: 'a swap killed after the old site was moved aside, then a build that succeeds',
    arrange: ({ dist }) => (killSwapAfter('moved-aside', dist), { content: v2Content }),
    status: 0,
    says: ['放回', '构建完成'],
    dist: 'v2',
  },
  {
    name: 'the old site left aside under the name earlier versions of the build used, then a build that fails',
    arrange: ({ dist }) => {
      cpSync(dist, `${stagingDirFor(dist, 2147483641)}.previous`, { recursive: true });
      rmSync(dist, { recursive: true });
      return { content: placeholder() };
    },
    status: 1,
    says: [/已把原来的网站从 .*\.dist\.build-2147483641\.previous 放回/],
    dist: 'v1',
  },
  {
    name: 'a placeholder in a report',
    arrange: () => ({ content: placeholder() }),
    status: 1,
    says: [/reports\/2024\/changwei\.md:4:\d+ {2}错误/, '内容检查未通过，未开始构建', /已发布的 .*dist\/ 保持不变。/],
    dist: 'v1',
  },
  {
    name: 'an MDX story with an unfinished expression',
    arrange: () => ({ content: content({ 'stories/2023/bad.mdx': '---\ntitle: 测试故事\ndate: 2023-08-16\nenterprises: [lvye-nongye]\nsummary: 一个测试。\n---\n\n正文第一段。\n\n<div>{1 +}</div>\n' }) }),
    status: 1,
    says: [/stories\/2023\/bad\.mdx:10(:\d+)? {2}错误 {2}/, /已发布的 .*dist\/ 保持不变。/],
    dist: 'v1',
  },
  {
    name: 'a story whose cover image file is not there',
    arrange: () => {
      const dir = content();
      rmSync(path.join(dir, 'stories/2023/lvye-cover.png'));
      return { content: dir };
    },
    status: 1,
    says: [/stories\/2023\/lvye-lenglian\.md:10:8 {2}错误 {2}找不到图片 \.\/lvye-cover\.png/],
    dist: 'v1',
  },
  {
    name: 'GSL_OUT_DIR below a path that is a file (ENOTDIR)',
    arrange: ({ parent }) => {
      writeFileSync(path.join(parent, 'out'), '');
      return { content: content(), env: { GSL_OUT_DIR: path.join(parent, 'out', 'dist') } };
    },
    status: 1,
    says: [/^错误 {2}\/.*\/out 这条路径中有一段是文件而不是文件夹/m, /还没有发布过，这次也没有生成/, '.astro/build.log'],
    dist: 'v1',
  },
  {
    name: 'the folder that holds dist/ cannot be written (EPERM or EACCES)',
    arrange: ({ parent }) => ({ content: v2Content, undo: lockFolder(parent) }),
    status: 1,
    says: [/^错误 {2}没有权限创建文件夹 .*\.dist\.build-\d+/m, /已发布的 .*dist\/ 保持不变。/],
    dist: 'v1',
  },
  {
    name: 'the disk fills up while the build writes _headers (ENOSPC)',
    arrange: () => ({ content: v2Content, env: fullDisk('/_headers') }),
    status: 1,
    says: [/^错误 {2}磁盘空间不足，写入 .*\.dist\.build-\d+\/_headers 时失败。请清理磁盘/m, /已发布的 .*dist\/ 保持不变。/],
    dist: 'v1',
  },
  {
    name: 'no Chromium while GSL_REQUIRE_PDF=1: stopped before any page is built, with the command that installs it',
    arrange: () => ({ content: v2Content, env: { CHROMIUM_PATH: '/nonexistent/chromium', GSL_REQUIRE_PDF: '1' } }),
    status: 1,
    says: [/^错误 {2}找不到 Chromium（\/nonexistent\/chromium），而 GSL_REQUIRE_PDF=1 要求.*apt-get install -y chromium fonts-noto-cjk/m, /已发布的 .*dist\/ 保持不变。/],
    dist: 'v1',
  },
];

describe('a build, or the swap before it, interrupted or failing', () => {
  it.each(buildRows)('$name', async (row) => {
    const site = published();
    const { content: tree, env = {}, undo } = row.arrange(site);
    let result;
    try {
      result = buildSite(tree, { GSL_OUT_DIR: site.dist, ...env });
    } finally {
      undo?.();
    }
    expect(result.status, result.output).toBe(row.status);
    for (const line of row.says) expect(result.output).toMatch(typeof line === 'string' ? new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : line);
    expect(result.output, 'no English stack trace reaches the editor').not.toMatch(/^\s+at .+:\d+:\d+\)?$|Stack trace:|An unhandled error/m);
    expect(existsSync(site.dist) ? hashTree(site.dist) : 'none').toEqual(row.dist === 'none' ? 'none' : hashes[row.dist]);
    // The replaced site is deleted by a detached process after the build has ended (atomic-dir.ts): give it its seconds.
    await expect.poll(() => readdirSync(site.parent).filter((name) => name.startsWith('.')), { timeout: 30_000 }).toEqual([]);
  });
});

describe('a build without Chromium', () => {
  it('writes bundles without the PDF, never calls them unchanged, and never caches them', async () => {
    const site = published();
    const env = { GSL_OUT_DIR: site.dist, CHROMIUM_PATH: '/nonexistent/chromium', GSL_REQUIRE_PDF: '' };
    const runs = [buildSite(v2Content, env), buildSite(v2Content, env)];
    for (const run of runs) {
      expect(run.status, run.output).toBe(0);
      expect(run.output).toMatch(/2024：\d+ 个页面，\d+ 篇报告 → 澄江工商联-2024\.zip（[\d.]+ KB），缺少年度汇编 PDF（没有 Chromium），归档包不完整，未放入缓存/);
      expect(run.output).toContain('年度归档：2 个年度（0 个未变化，沿用缓存），打印 PDF 0 份，2 个缺少 PDF');
      expect(run.output).not.toMatch(/\d{4}：未变化/);
    }
    expect((await zipEntries(path.join(site.dist, 'archives/澄江工商联-2024.zip'))).filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect((await zipEntries(path.join(v2, 'archives/澄江工商联-2024.zip'))).filter((name) => name.endsWith('.pdf'))).toEqual(['澄江工商联-2024/年度汇编.pdf']);
  });
});

const BUCKET = 'jcgsl-site';
const ORIGIN = 'https://test.example.cn';
let server: S3rverServer;
let proxy: FaultProxy;
let endpoint = '';

/** One way a deploy of v2 over a live v1 goes wrong, each in its own folder of the bucket. */
interface DeployRow {
  name: string;
  faults: (prefix: string) => Fault[];
  /** The folder to deploy, and the options. */
  dir: () => string;
  args: string[];
  status: number;
  says: (string | RegExp)[];
  /** What the bucket must hold afterwards, checked against what v1 left there. */
  check: (live: { keys: Map<string, string>; text: (key: string) => Promise<string> }, before: Map<string, string>) => Promise<void>;
}

const deployRows: DeployRow[] = [
  {
    name: 'the new report page fails with 500 on every try',
    faults: (prefix) => [{ key: `${prefix}${NEW_REPORT}`, kind: '500', times: Infinity }],
    dir: () => v2,
    args: [],
    status: 1,
    says: [/部署中止：上传 .*reports\/2024\/xinchun\/index\.html ?失败：InternalError（HTTP 500，共尝试 4 次）/, /未上传 \d+ 个：.*reports\/2024\/xinchun\/index\.html/, '已上线的文件里没有任何链接指向未上传的文件', '未删除任何文件'],
    check: async (live) => {
      expect([live.keys.has(NEW_REPORT), (await live.text('reports/index.html')).includes(NEW_TITLE), (await live.text('index.html')).includes(NEW_TITLE)]).toEqual([false, false, false]);
    },
  },
  {
    name: 'the new report’s share card (an image the page names) fails with 500',
    faults: (prefix) => [{ key: `${prefix}share/reports/2024/xinchun/card.png`, kind: '500', times: Infinity }],
    dir: () => v2,
    args: [],
    status: 1,
    says: [/上传 .*share\/reports\/2024\/xinchun\/card\.png ?失败/, '已上线的文件里没有任何链接指向未上传的文件'],
    check: async (live) => expect([live.keys.has('share/reports/2024/xinchun/card.png'), live.keys.has(NEW_REPORT)]).toEqual([false, false]),
  },
  {
    name: 'the sitemap fails with 500: every page is up, the old sitemap and search entry stay',
    faults: (prefix) => [{ key: `${prefix}sitemap-0.xml`, kind: '500', times: Infinity }],
    dir: () => v2,
    args: [],
    status: 1,
    says: [/未上传 2 个：.*(sitemap-0\.xml.*pagefind\/pagefind-entry\.json|pagefind\/pagefind-entry\.json.*sitemap-0\.xml)/, '已上线的文件里没有任何链接指向未上传的文件'],
    check: async (live, before) => {
      expect([live.keys.has(NEW_REPORT), (await live.text('reports/index.html')).includes(NEW_TITLE)]).toEqual([true, true]);
      expect([live.keys.get('sitemap-0.xml'), live.keys.get('pagefind/pagefind-entry.json')]).toEqual([before.get('sitemap-0.xml'), before.get('pagefind/pagefind-entry.json')]);
    },
  },
  {
    name: 'the connection drops once while the new page goes up: retried, and the deploy completes',
    faults: (prefix) => [{ key: `${prefix}${NEW_REPORT}`, kind: 'reset', times: 1 }],
    dir: () => v2,
    args: [],
    status: 0,
    says: [/已上传 reports\/2024\/xinchun\/index\.html（新文件，重试 1 次后成功）/, '部署完成'],
    check: async (live) => expect(Object.keys(hashes.v2).filter((key) => !live.keys.has(key))).toEqual([]),
  },
  {
    name: '--delete from a nearly empty folder: refused before anything is uploaded or deleted',
    faults: () => [],
    dir: () => {
      const dir = mkdtempSync(path.join(root, 'almost-empty-'));
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>临时</title>');
      return dir;
    },
    args: ['--delete'],
    status: 1,
    says: [/--delete 将删除存储中 \d+ 个文件里的 \d+ 个，超过上限（20 个或 10%）/, '什么都没有上传或删除', '加 --yes'],
    check: async (live, before) => expect(live.keys).toEqual(before),
  },
  {
    name: '--delete --dry-run lists every object it would delete and says the limit applies',
    faults: () => [],
    dir: () => {
      const dir = mkdtempSync(path.join(root, 'almost-empty-'));
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>临时</title>');
      return dir;
    },
    args: ['--delete', '--dry-run'],
    status: 0,
    says: ['  将删除 reports/2024/changwei/index.html', '正式运行时需要加 --yes', '实际没有上传或删除任何文件'],
    check: async (live, before) => expect(live.keys).toEqual(before),
  },
];

describe('a deploy of a new report over the live site, failing partway', () => {
  beforeAll(async () => {
    server = createS3rver(path.join(root, 's3'), BUCKET);
    endpoint = `http://127.0.0.1:${(await server.run()).port}`;
    proxy = await startFaultProxy(endpoint);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  it.each(deployRows.map((row, i) => ({ ...row, prefix: `row-${i}/` })))('$name', async (row) => {
    const env = { ...process.env, GSL_S3_ENDPOINT: proxy.url, GSL_S3_BUCKET: BUCKET, GSL_S3_ACCESS_KEY_ID: 'S3RVER', GSL_S3_SECRET_ACCESS_KEY: 'S3RVER', GSL_S3_PREFIX: row.prefix, GSL_S3_FORCE_PATH_STYLE: 'true' };
    proxy.fail([]);
    const first = await runDeploy(['--dir', v1], env);
    expect(first.status, first.output).toBe(0);
    const before = (await viewBucket(endpoint, BUCKET, row.prefix)).keys;
    proxy.fail(row.faults(row.prefix));
    const result = await runDeploy(['--dir', row.dir(), ...row.args], env);
    expect(result.status, result.output).toBe(row.status);
    for (const line of row.says) expect(result.output).toMatch(typeof line === 'string' ? new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : line);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const live = await viewBucket(endpoint, BUCKET, row.prefix);
    expect(await liveBrokenLinks(live, ORIGIN), 'what the bucket serves links to nothing missing').toEqual([]);
    await row.check(live, before);
  });
});

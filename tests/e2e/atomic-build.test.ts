import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContentTree, removeContentCopies } from '../support/build-site.ts';
import { hashTree } from '../support/hash-tree.ts';

let published: string;
let before: Record<string, string>;

/** A copy of the small fixture tree that a test may change. */
const fixtureCopy = () => copyContentTree('tests/fixtures/mini');
afterAll(removeContentCopies);

const leftovers = () => readdirSync(path.dirname(published)).filter((n) => n.startsWith('.dist.build-'));

beforeAll(() => {
  const site = buildSite('tests/fixtures/mini');
  if (site.status !== 0) throw new Error(site.output);
  published = site.dist;
  before = hashTree(published);
});

describe('publishing dist/ all at once or not at all', () => {
  it('leaves the published folder untouched when a build fails, and says so in Chinese', () => {
    const content = fixtureCopy();
    const report = path.join(content, 'reports/2024/changwei.md');
    writeFileSync(report, readFileSync(report, 'utf8').replace('date: 2024-01-20', 'date: 2024年1月20日'));
    const failed = buildSite(content, { GSL_OUT_DIR: published });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('保持不变');
    expect(failed.output).toMatch(/reports\/2024\/changwei\.md:3:\d+ +错误/);
    expect(hashTree(published)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('leaves the published folder untouched when the build is killed halfway, and the next build clears the debris', async () => {
    const content = fixtureCopy();
    const report = path.join(content, 'reports/2024/changwei.md');
    writeFileSync(report, readFileSync(report, 'utf8').replace('在市工商联常委会议上的工作报告', '在市工商联常委会议上的工作报告（修订）'));
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, GSL_CONTENT_DIR: content, GSL_OUT_DIR: published, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    // Kill as soon as the build has started writing its output.
    for (let waited = 0; leftovers().length === 0 && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(leftovers()).toHaveLength(1);
    expect(hashTree(published)).toEqual(before);

    const next = buildSite(content, { GSL_OUT_DIR: published });
    expect(next.status).toBe(0);
    expect(readFileSync(path.join(published, 'reports/2024/changwei/index.html'), 'utf8')).toContain('（修订）');
    expect(leftovers()).toEqual([]);
  });
});

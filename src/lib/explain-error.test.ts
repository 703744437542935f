import { linkSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, EditorError, explainError, formatExplanation } from './explain-error.ts';

const cwd = '/work/site';

/** The error a real system call throws, caught. */
function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

/** An error shaped exactly as Node's fs throws one that this machine cannot produce on demand (read-only disks, other disks). */
function systemError(code: string, syscall: string, file: string, dest?: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, errno: -1, syscall, path: file, ...(dest ? { dest } : {}) });
}

/** Rolldown's wrapper around the errors its plugins threw, as Astro's build() rethrows it. */
function rolldownFailure(...errors: Error[]): Error {
  return Object.assign(new Error(`Build failed with ${errors.length} error:\n${errors.map((e) => e.message).join('\n')}`), { errors });
}

const line = (error: unknown) => formatExplanation(explainError(error, cwd));

describe('explainError: the machine', () => {
  it('says the disk is full and what to clear, naming the file when the system names it', () => {
    const error = thrownBy(() => writeFileSync('/dev/full', '页面'));
    expect(line(error)).toBe('错误  磁盘空间不足，写入文件时失败。请清理磁盘（例如删除 node_modules/.cache 和不再需要的构建副本）后重新构建');
    expect(line(systemError('ENOSPC', 'open', `${cwd}/.dist.build-7/index.html`))).toMatch(/^错误  磁盘空间不足，写入 \.dist\.build-7\/index\.html 时失败。/);
  });

  it('says a path runs through a file where a folder should be', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gsl-explain-'));
    writeFileSync(path.join(root, 'out'), '');
    const error = thrownBy(() => mkdirSync(path.join(root, 'out', 'dist'), { recursive: true }));
    expect(line(error)).toMatch(/^错误  \/tmp\/gsl-explain-\w+\/out\/dist 这条路径中有一段是文件而不是文件夹.*GSL_OUT_DIR/);
  });

  it('names a refused operation and the folder, relative to the project when inside it', () => {
    const error = thrownBy(() => linkSync(tmpdir(), path.join(tmpdir(), 'gsl-never')));
    expect(line(error)).toMatch(/^错误  没有权限访问 \/tmp。请检查它和所在文件夹的所有者和权限/);
    expect(line(systemError('EACCES', 'mkdir', `${cwd}/.dist.build-7`))).toBe(
      '错误  没有权限创建文件夹 .dist.build-7。请检查它和所在文件夹的所有者和权限（ls -ld、lsattr），不要用 sudo 构建',
    );
  });

  it('tells a read-only disk and a build folder on another disk apart', () => {
    expect(line(systemError('EROFS', 'open', '/srv/dist/index.html'))).toMatch(/^错误  \/srv\/dist\/index\.html 所在的磁盘是只读的/);
    expect(line(systemError('EXDEV', 'rename', `${cwd}/.astro/x`, '/mnt/usb/dist/x'))).toMatch(/^错误  \/mnt\/usb\/dist\/x 与项目不在同一个磁盘上/);
  });

  it('finds the machine error inside the errors and causes it was wrapped in', () => {
    const wrapped = new Error('The integration failed', { cause: rolldownFailure(systemError('ENOSPC', 'write', `${cwd}/.dist.build-7/share/a.png`)) });
    expect(line(wrapped)).toMatch(/^错误  磁盘空间不足，写入 \.dist\.build-7\/share\/a\.png 时失败/);
  });
});

describe('explainError: content', () => {
  it('points an MDX syntax error at its file, line and column', () => {
    const mdx = Object.assign(new Error('Could not parse expression with acorn'), { name: 'MDXError', loc: { file: `${cwd}/content/stories/2023/x.mdx`, line: 12, column: 10 } });
    expect(line(rolldownFailure(mdx))).toMatch(/^content\/stories\/2023\/x\.mdx:12:10  错误  MDX 写法有误，无法编译这一处/);
  });

  it('names the image Astro could not find', () => {
    const missing = Object.assign(new Error('Could not find requested image `./missing-cover.png`. Does it exist?'), { name: 'ImageNotFound', type: 'AstroError' });
    expect(line(rolldownFailure(missing))).toMatch(/^错误  找不到图片 \.\/missing-cover\.png：请检查封面（cover\.src）/);
  });

  it('does not blame the editor for an error located in the project’s own code', () => {
    const ours = Object.assign(new TypeError("Cannot read properties of undefined (reading 'title')"), { loc: { file: `${cwd}/src/pages/index.astro`, line: 3 } });
    expect(line(ours)).toBe('错误  构建时出现意外的程序错误（TypeError），这通常不是内容的问题。请把技术日志发给开发人员');
  });

  it('passes an EditorError through with its place', () => {
    const error = new EditorError('网站设置的写法有误：缺少冒号', { file: `${cwd}/content/site.yaml`, line: 4 });
    expect(line(new Error('hook failed', { cause: error }))).toBe('content/site.yaml:4  错误  网站设置的写法有误：缺少冒号');
  });

  it('passes the first line of a message our code wrote in Chinese, not the lines after it', () => {
    expect(line(new Error('content/stories/2024/x.md:2: 分享图片的字体里没有这些字：“𰻞”\n    at render (file:///x.js:1:1)'))).toBe('错误  content/stories/2024/x.md:2: 分享图片的字体里没有这些字：“𰻞”');
  });

  it('says something even for what is not an Error', () => {
    expect(line('boom')).toBe('错误  构建时出现意外的程序错误（string），这通常不是内容的问题。请把技术日志发给开发人员');
  });
});

describe('displayPath', () => {
  it('shortens paths inside the project and keeps others whole', () => {
    expect([displayPath('/work/site/content/a.md', cwd), displayPath('/tmp/x', cwd), displayPath('content/b.md', cwd)]).toEqual(['content/a.md', '/tmp/x', 'content/b.md']);
  });
});

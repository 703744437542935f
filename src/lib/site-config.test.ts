import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from './site-config.ts';

function siteYaml(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsl-site-'));
  writeFileSync(path.join(dir, 'site.yaml'), text);
  return dir;
}

const valid = `name: 锦川市工商业联合会（总商会）
shortName: 锦川工商联
description: 信息发布平台。
baseUrl: https://www.jcgsl.example.cn/
colors:
  primary: "#9f1d20"
  accent: "#b8860b"
icp: 锦ICP备2024000001号-1
`;

describe('loadSiteConfig', () => {
  it('reads the settings and drops a trailing slash from the base URL', () => {
    const site = loadSiteConfig(siteYaml(valid));
    expect([site.shortName, site.baseUrl, site.footer]).toEqual(['锦川工商联', 'https://www.jcgsl.example.cn', []]);
  });

  it('names the file, line and field of each problem in Chinese', () => {
    const dir = siteYaml(valid.replace('https://www.jcgsl.example.cn/', 'www.jcgsl.example.cn').replace('"#b8860b"', 'gold'));
    expect(() => loadSiteConfig(dir)).toThrow(
      `${dir}/site.yaml:4: 网站设置 baseUrl：“baseUrl”应当是完整网址，例如 https://www.example.cn\n${dir}/site.yaml:7: 网站设置 colors.accent：颜色要写成 #a4161a 的形式`,
    );
  });

  it('keeps HTTPS-only for a year unless site.yaml says otherwise, and refuses a negative number at its line', () => {
    expect([loadSiteConfig(siteYaml(valid)).hstsMaxAge, loadSiteConfig(siteYaml(`${valid}hstsMaxAge: 0\n`)).hstsMaxAge]).toEqual([31536000, 0]);
    const dir = siteYaml(`${valid}hstsMaxAge: -1\n`);
    expect(() => loadSiteConfig(dir)).toThrow(`${dir}/site.yaml:9: 网站设置 hstsMaxAge：“hstsMaxAge”不能是负数；写 0 关闭`);
  });

  it('points a YAML syntax error at its line', () => {
    const dir = siteYaml(valid.replace('shortName: 锦川工商联', 'shortName: 锦川: 工商联'));
    expect(() => loadSiteConfig(dir)).toThrow(new RegExp(`^${dir}/site\\.yaml:2: 信息区（YAML）写法有误`));
  });
});

import { describe, expect, it } from 'vitest';
import { displayUrl, urlBreakParts } from './url-breaks.ts';

describe('urlBreakParts', () => {
  it('cuts after every slash and keeps the scheme’s double slash together', () => {
    expect(urlBreakParts('https://www.example.cn/about/team')).toEqual(['https://', 'www.example.cn/', 'about/', 'team']);
  });

  it('keeps an address without a slash whole', () => {
    expect(urlBreakParts('www.jinxiu-ds.example.cn')).toEqual(['www.jinxiu-ds.example.cn']);
  });

  it('gives back every character, in order', () => {
    const url = 'https://www.jcgsl.example.cn/reports/2024/zhiwei-shijie-sici/';
    expect(urlBreakParts(url).join('')).toBe(url);
  });
});

describe('displayUrl', () => {
  it('drops the scheme and the slash of a bare host', () => {
    expect(displayUrl('https://www.example.cn/')).toBe('www.example.cn');
  });

  it('keeps a path as written', () => {
    expect(displayUrl('http://www.example.cn/about/')).toBe('www.example.cn/about/');
  });
});

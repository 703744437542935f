import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS_FILE, namesFile, READINGS_FILE, type FormsFile, type NamesShard } from './data-files.ts';
import { readSiteNames, writeSearchData } from './search-data.ts';

describe('writeSearchData', () => {
  it('writes the synonym table and the site’s variant pairs, and the names with their pinyin in shards by first letter, beside the index', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'gsl-search-data-'));
    mkdirSync(path.join(out, 'pagefind'));
    const page = '<html><body><div data-pagefind-body><span data-search-name="华瑞药业"></span><h1>锦川华瑞药业股份有限公司</h1><p>优化营商环境。</p></div></body></html>';
    const sizes = writeSearchData(readSiteNames([page]), path.join(out, 'pagefind'), [['民企', '民营企业']]);
    const forms = JSON.parse(readFileSync(path.join(out, 'pagefind', FORMS_FILE), 'utf8')) as FormsFile;
    const shard = (key: string) => JSON.parse(readFileSync(path.join(out, 'pagefind', namesFile(key)), 'utf8')) as NamesShard;
    expect(forms.synonyms).toEqual([['民企', '民营企业']]);
    expect(forms.variants.fold).toContain('營营');
    expect(shard('j')).toEqual([['锦川华瑞药业股份有限公司', 'jin chuan hua rui yao ye gu fen you xian gong si']]);
    expect(shard('h')).toEqual([['华瑞药业', 'hua rui yao ye']]);
    expect(JSON.parse(readFileSync(path.join(out, 'pagefind', READINGS_FILE), 'utf8'))['ye']).toContain('叶');
    expect(sizes.forms).toBeLessThan(2000);
    expect(sizes.largestShard).toBeLessThan(sizes.names);
  });
});

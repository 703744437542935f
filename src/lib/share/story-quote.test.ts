import { describe, expect, it } from 'vitest';
import { findStoryQuote } from './story-quote.ts';

describe('findStoryQuote', () => {
  it('takes the first sentence quoted after a colon, and who said it', () => {
    const body = '## 本地合作\n\n转型过程中双方合作。韦思宁说：“园区里的企业抱团发展，很多投入就不用重复做了。”\n';
    expect(findStoryQuote(body)).toEqual({ text: '园区里的企业抱团发展，很多投入就不用重复做了。', by: '韦思宁' });
  });

  it('leaves out the speaker when the words before the colon are not a name', () => {
    expect(findStoryQuote('公司负责人说：“第一辆冷链车是借钱买的，现在有十二辆了。”')).toEqual({ text: '第一辆冷链车是借钱买的，现在有十二辆了。' });
  });

  it('skips quoted names and slogans that are not sentences', () => {
    expect(findStoryQuote('开设“锦商故事”专栏，集中宣传。市场叫“第二曲线”。')).toBeUndefined();
  });
});

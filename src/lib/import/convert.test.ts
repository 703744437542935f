import { describe, expect, it } from 'vitest';
import { textToBlocks } from './blocks.ts';
import { convertBlocks, detectMeeting, escapeParagraph, findTitleIndex } from './convert.ts';

const convert = (text: string) => convertBlocks(textToBlocks(text));

describe('detectMeeting', () => {
  it('separates the organisation from the meeting', () => {
    expect(detectMeeting('在市工商联十届三次执委会议上的工作报告')).toEqual({ organisation: '市工商联', meeting: '十届三次执委会议' });
  });

  it('keeps placeholders in the meeting', () => {
    expect(detectMeeting('在市工商联X届X次执委会议上的工作报告').meeting).toBe('X届X次执委会议');
  });
});

describe('findTitleIndex', () => {
  it('skips advert lines before the title', () => {
    expect(findTitleIndex(textToBlocks('仅供学习 禁止外传\n每日更新\n在市工商联十届三次执委会议上的工作报告\n各位执委：'))).toBe(2);
  });
});

describe('convertBlocks', () => {
  it('turns 一、 into a level-2 heading', () => {
    expect(convert('工作报告\n一、2023年工作回顾').body).toBe('## 一、2023年工作回顾\n');
  });

  it('splits a （一） paragraph into a run-in heading and the rest', () => {
    expect(convert('工作报告\n一、回顾\n（一）思想引领不断加强。全年举办讲堂6期。').body).toBe('## 一、回顾\n\n### （一）思想引领不断加强。\n\n全年举办讲堂6期。\n');
  });

  it('reads half-width parentheses and writes full-width ones', () => {
    expect(convert('工作报告\n一、回顾\n(一)服务发展成效明显。正文。').outline).toEqual(['## 一、回顾', '### （一）服务发展成效明显。']);
  });

  it('puts 1． and （1） below', () => {
    expect(convert('工作报告\n一、回顾\n（一）服务\n1．搭建平台。正文。\n（1）推动续贷。正文。').outline).toEqual([
      '## 一、回顾',
      '### （一）服务',
      '#### 1．搭建平台。',
      '##### （1）推动续贷。',
    ]);
  });

  it('does not take a sentence starting with an out-of-order 三、 for a heading', () => {
    expect(convert('工作报告\n一、回顾\n三、是必须坚持的原则。').outline).toEqual(['## 一、回顾']);
  });

  it('reads the date from a dash subtitle line', () => {
    expect(convert('工作报告\n——2024年1月18日在锦川市工商联十届三次执委会议上\n各位执委：').meta.date).toBe('2024-01-18');
  });

  it('removes advert lines after the title and lists them', () => {
    expect(convert('工作报告\n各位执委：\n某某整理，咨询QQ12345678').removed).toEqual([{ line: 3, text: '某某整理，咨询QQ12345678', reason: '水印或广告' }]);
  });
});

describe('escapeParagraph', () => {
  it('escapes what Markdown would read as a list or raw HTML', () => {
    expect(escapeParagraph('1. 是<b>')).toBe('1\\. 是&lt;b>');
  });
});

import { describe, expect, it } from 'vitest';
import { checkWatermarks, findWatermark, isDebrisLine, quoteClause } from './watermarks.ts';

describe('findWatermark', () => {
  it('finds a seller credit with a QQ number', () => {
    expect(findWatermark('某某文库整理，咨询QQ12345678')?.message).toBe('疑似文档贩卖者的水印或广告“某某文库整理，咨询QQ12345678”，请删除');
  });

  it('finds “for study only, do not pass on” stamps', () => {
    expect(findWatermark('仅供学习 禁止外传')?.code).toBe('watermark');
  });

  it('finds member-group adverts', () => {
    expect(findWatermark('扫码加入会员群，免费领取')?.code).toBe('watermark');
  });

  it('finds a WeChat id offered for contact', () => {
    expect(findWatermark('更多范文请加微信：wenmi_2019')?.code).toBe('watermark');
  });

  it('finds links to document-sharing sites', () => {
    expect(findWatermark('来源：https://wenku.baidu.com/view/abc.html')?.code).toBe('doc-site');
  });

  it('warns about a phone number offered for consultation', () => {
    expect(findWatermark('代写材料咨询13912345678')?.level).toBe('warning');
  });

  it('leaves the organisation’s own phone line and WeChat account alone', () => {
    expect(findWatermark('联系电话：0739-6281500，欢迎关注市工商联微信公众号')).toBeNull();
  });

  it('leaves a chamber’s own member group and news about resale alone', () => {
    expect(findWatermark('还与其他年轻企业家建立了交流群，商会会员群里每天分享政策，严厉打击倒卖口罩行为')).toBeNull();
  });

  it('leaves ordinary uses of 整理 alone', () => {
    expect(findWatermark('（三）资料收集整理。对调研问卷进行分类整理，形成报告。')).toBeNull();
  });
});

describe('quoteClause', () => {
  it('quotes the clause around a match, not the whole paragraph', () => {
    expect(quoteClause('全年工作顺利完成。某某整理，咨询QQ123456。下一段', 11, 13)).toBe('某某整理，咨询QQ123456');
  });
});

describe('isDebrisLine', () => {
  it('treats a short advert line as debris to drop', () => {
    expect(isDebrisLine('【打击倒卖活动】')).toBe(true);
  });

  it('keeps a long paragraph that merely contains an advert', () => {
    expect(isDebrisLine(`${'全市民营企业积极参与脱贫攻坚，'.repeat(4)}某某整理，咨询QQ12345678`)).toBe(false);
  });
});

describe('checkWatermarks', () => {
  it('places the finding at the advert’s line and column', () => {
    expect(checkWatermarks('正文第一段。\n\n会员群：', 10)).toEqual([
      { line: 12, column: 1, level: 'error', code: 'watermark', message: '疑似文档贩卖者的水印或广告“会员群：”，请删除' },
    ]);
  });
});

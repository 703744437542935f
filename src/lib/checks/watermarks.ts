import { at, type FindingLevel, type LocalFinding } from './finding.ts';

/** Document-sharing sites whose pages are sold or scraped templates; a link to one never belongs on the site. */
export const DOC_SITE_DOMAINS: readonly string[] = [
  'wenku.baidu.com', 'doc88.com', 'docin.com', 'book118.com', 'renrendoc.com', 'taodocs.com', 'jinchutou.com',
  'mayiwenku.com', 'wendangku.net', 'wenmi.com', 'ishare.iask.sina.com.cn', '360doc.com', 'diyifanwen.com', 'fwsir.com',
];

/** Names of document sellers and sharing sites as they appear in pasted watermarks. */
export const SELLER_NAMES: readonly string[] = [
  '百度文库', '道客巴巴', '豆丁网', '原创力文档', '人人文库', '淘豆网', '金锄头文库', '蚂蚁文库', '第一范文网', '范文先生网',
  '文秘帮', '公文易', '老秘网', '爱问共享资料', '文档投稿赚钱', '下载券',
];

interface Rule {
  pattern: RegExp;
  level: FindingLevel;
  code: string;
  explain: (match: string) => string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const advert = (match: string) => `疑似文档贩卖者的水印或广告“${match}”，请删除`;

const RULES: readonly Rule[] = [
  { pattern: /(?:QQ|ＱＱ|扣扣)\s*(?:群|号)?\s*[:：]?\s*\d{5,11}/i, level: 'error', code: 'watermark', explain: advert },
  { pattern: /(?:微信|VX|WX|V信|薇信)(?:号)?\s*[:：]\s*[A-Za-z][-_A-Za-z0-9]{5,19}/i, level: 'error', code: 'watermark', explain: advert },
  { pattern: /整理\s*[，,、]?\s*(?:咨询|QQ|微信|VX|加群|更多资料|下载)/i, level: 'error', code: 'watermark', explain: advert },
  {
    // Each phrase is narrowed by its context: chambers of commerce really have 会员 and 群, and news reports 打击倒卖.
    pattern: /仅供(?:个人)?(?:学习|交流)(?:交流|参考|使用)?|(?:禁止|严禁|请勿)(?:外传|倒卖|转售)|会员群\s*[:：]|会员群.{0,6}(?:获取|领取|下载|资料)|(?:免费|付费)\s*QQ群|QQ群\s*[:：]|(?:举报|打击)倒卖(?:活动|会员|资料)|倒卖(?:会员|资料|文档)|订阅立享/i,
    level: 'error',
    code: 'watermark',
    explain: advert,
  },
  { pattern: new RegExp(SELLER_NAMES.map(escape).join('|')), level: 'error', code: 'watermark', explain: advert },
  {
    pattern: new RegExp(`(?:[a-z0-9-]+\\.)*(?:${DOC_SITE_DOMAINS.map(escape).join('|')})`, 'i'),
    level: 'error',
    code: 'doc-site',
    explain: (m) => `链接或文字指向文档分享网站“${m}”，请删除`,
  },
  {
    pattern: /(?:咨询|购买|代写|微信同号)\S{0,8}?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})|(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})\S{0,4}?(?:微信同号|咨询)/,
    level: 'warning',
    code: 'contact-phone',
    explain: (m) => `正文里有咨询电话“${m}”；如果不是本单位公开的电话，多半是广告，请删除`,
  },
];

/** The clause around a match, for quoting: `("正文。某某整理，咨询QQ123", 5)` → `"某某整理，咨询QQ123"`. */
export function quoteClause(line: string, start: number, end: number): string {
  const before = line.slice(0, start).search(/[^。！？!?；;]*$/);
  const afterMatch = /[。！？!?；;]/.exec(line.slice(end));
  const stop = afterMatch ? end + afterMatch.index : line.length;
  const clause = line.slice(before, stop).trim();
  return [...clause].length > 40 ? `${[...clause].slice(0, 40).join('')}…` : clause;
}

/** Finds the first watermark or advert in a line: `"某某整理，咨询QQ12345678"` → its match and rule. */
export function findWatermark(line: string): { index: number; text: string; level: FindingLevel; code: string; message: string } | null {
  let best: { index: number; text: string; level: FindingLevel; code: string; message: string } | null = null;
  for (const rule of RULES) {
    const m = rule.pattern.exec(line);
    if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0], level: rule.level, code: rule.code, message: rule.explain(quoteClause(line, m.index, m.index + m[0].length)) };
  }
  return best;
}

/** Whether a whole line is debris to drop on import (short, and an advert is most of it). */
export function isDebrisLine(line: string): boolean {
  const found = findWatermark(line);
  return found !== null && found.level === 'error' && [...line.trim()].length <= 40;
}

/** One finding per line that carries a watermark, advert or document-site link. */
export function checkWatermarks(text: string, firstLine: number): LocalFinding[] {
  const findings: LocalFinding[] = [];
  text.split('\n').forEach((line, i) => {
    const found = findWatermark(line);
    if (found) findings.push(at(firstLine + i, found.index + 1, found.level, found.code, found.message));
  });
  return findings;
}

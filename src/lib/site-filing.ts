/**
 * The filing numbers a mainland Chinese site shows in its footer, and where each links: the ICP number to MIIT's
 * filing site, the public-security number to its own record page, and the 网站标识码 as printed (it has no page).
 */

/** `锦ICP备2024000001号-1`: a province's one-character abbreviation, ICP备 (or ICP证), digits, 号, an optional site number. */
export const ICP_PATTERN = /^\p{Script=Han}ICP[备证]\d{5,12}号(?:-\d{1,3})?$/u;

/** `锦公网安备99010202000123号`: abbreviation, 公网安备, the 14-digit record code, 号 (a space before the digits is tolerated). */
export const POLICE_PATTERN = /^\p{Script=Han}公网安备 ?\d{14}号$/u;

/** 网站标识码: ten letters or digits, e.g. `3601000001` or `bm01000001`. */
export const WEBSITE_CODE_PATTERN = /^[0-9A-Za-z]{10}$/;

/** Where an ICP number links: MIIT's filing query site, the same for every number. */
export const ICP_RECORD_URL = 'https://beian.miit.gov.cn/';

/** Whether an ICP number is written the way MIIT issues it: `isIcpNumber("京ICP备12345678号-1")` → true; `("ICP备案号：123")` → false. */
export function isIcpNumber(text: string): boolean {
  return ICP_PATTERN.test(text);
}

/** Whether a 公安备案号 is written the way it is issued: `isPoliceNumber("京公网安备11010502030143号")` → true. */
export function isPoliceNumber(text: string): boolean {
  return POLICE_PATTERN.test(text);
}

/**
 * The record page of a 公安联网备案号 on the public-security filing site, whose `recordcode` is the number's digits:
 * `policeRecordUrl("锦公网安备99010202000123号")` → `"https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=99010202000123"`.
 */
export function policeRecordUrl(police: string): string {
  const digits = police.replace(/\D/g, '');
  return `https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${digits}`;
}

/** Editor-facing messages about content/site.yaml's filing numbers, website code, badge and synonym table. */
export const siteSettingsText = {
  icpFormat: '“icp”应当写成“京ICP备12345678号”或“京ICP备12345678号-1”的形式：省份简称、ICP备（或 ICP证）、数字、号，网站序号可选；不要加空格或“ICP备案号：”字样',
  policeFormat: '“police”应当写成“京公网安备11010502030143号”的形式：省份简称、公网安备、14 位数字、号；不要加“公安备案号：”字样',
  websiteCodeFormat: '“websiteCode”（网站标识码）应当是 10 位字母或数字，例如 3601000001 或 bm01000001',
  badgeImagePath: '“governmentSiteBadge.image”应当是 public/ 文件夹里的图片路径，以 / 开头，例如 /badges/dzjg.png',
  badgeImageMissing: (image: string) => `找不到党政机关网站标识图片 public${image}：请把图片放进 public/ 文件夹，或改正路径`,
  badgeImageNotRaster: (image: string) => `党政机关网站标识图片 public${image} 不是 PNG、JPG、GIF、WebP 或 AVIF 图片（不能用 SVG）`,
  badgeLink: '“governmentSiteBadge.link”应当是 https:// 或 http:// 开头的完整网址，即开办单位在标识管理网站上的核验页面',
  synonymGroup: '“synonyms”的每一项是一组同义词，至少写两个，例如 [民企, 民营企业]',
  synonymForm: '同义词只能由汉字、字母和数字组成（可以有“·”和“-”），至少两个字、最多 32 个字，中间不能有空格或标点',
  synonymTwice: (form: string, group: number) => `同义词“${form}”已经写在第 ${group} 组里；一个词只能属于一组，请合并或删掉一处`,
  synonymRepeated: (form: string) => `同义词“${form}”在同一组里写了两次`,
  synonymOneCharApart: (a: string, b: string) => `同一组里的“${a}”和“${b}”只差一个字，多半是两个不同的名称（例如“万企帮万村”和“万企兴万村”是两项不同的行动）；确实是同一事物时可以保留`,
} as const;

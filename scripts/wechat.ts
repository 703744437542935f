/** `npm run wechat -- content/reports/2024/x.md`: a published piece as a paste-ready 公众号 article, with its cover and thumbnail. */
import path from 'node:path';
import { wechatText } from '../src/i18n/wechat.ts';
import { EditorError } from '../src/lib/explain-error.ts';
import { contentDir } from '../src/lib/paths.ts';
import { exportWechatArticle } from '../src/lib/wechat/export-article.ts';

const [file] = process.argv.slice(2);
if (!file) {
  console.error(wechatText.usage);
  process.exit(2);
}
try {
  const done = await exportWechatArticle({
    file,
    contentRoot: contentDir,
    outDir: path.resolve(process.env['GSL_OUT_DIR'] ?? 'dist'),
    exportRoot: path.resolve(process.env['GSL_WECHAT_DIR'] ?? 'exports/wechat'),
    publicDir: path.resolve('public'),
  });
  const folder = path.relative(process.cwd(), done.folder);
  console.log([wechatText.written(folder), ...Object.values(wechatText.files).map((line) => `  ${line}`), wechatText.originalLink(done.url)].join('\n'));
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** `npm run check [内容文件夹]`: checks every content file and prints each problem with file, line and column. */
import { existsSync } from 'node:fs';
import { checkContentTree, defaultCheckCacheFile, formatFindings, hasErrors } from '../src/lib/checks/index.ts';
import { contentDir } from '../src/lib/paths.ts';

const dir = process.argv[2] ?? contentDir;
if (!existsSync(dir)) {
  console.error(`找不到内容文件夹 ${dir}`);
  process.exit(2);
}
const findings = await checkContentTree(dir, { cacheFile: defaultCheckCacheFile(dir) });
console.log(formatFindings(findings));
process.exitCode = hasErrors(findings) ? 1 : 0;

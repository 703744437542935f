/**
 * `npm run deploy [-- --dry-run] [--delete] [--dir dist]`: uploads the built site to S3-compatible storage
 * (Aliyun OSS, Tencent COS, AWS S3). Where to and with which keys comes from GSL_S3_* environment variables.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDeployTarget } from '../src/lib/deploy/deploy-env.ts';
import { deploySite } from '../src/lib/deploy/deploy-site.ts';
import { openS3Bucket } from '../src/lib/deploy/s3-bucket.ts';

const USAGE = `用法：npm run deploy [-- --dry-run] [--delete] [--dir dist]
  --dry-run   只列出将要上传（和删除）的文件，不做任何改动
  --delete    删除存储中已不在本次构建里的文件（默认保留：读者缓存的旧页面可能还引用旧资源）
  --dir       要上传的构建结果文件夹，默认 dist
环境变量：GSL_S3_ENDPOINT、GSL_S3_BUCKET、GSL_S3_ACCESS_KEY_ID、GSL_S3_SECRET_ACCESS_KEY（必填），
          GSL_S3_REGION（默认 us-east-1）、GSL_S3_PREFIX、GSL_S3_FORCE_PATH_STYLE（可选）`;

let args;
try {
  args = parseArgs({
    options: { 'dry-run': { type: 'boolean', default: false }, delete: { type: 'boolean', default: false }, dir: { type: 'string', default: 'dist' }, help: { type: 'boolean', default: false } },
  }).values;
} catch (error) {
  console.error(`参数有误：${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

let bucket;
try {
  bucket = openS3Bucket(readDeployTarget(process.env));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
try {
  await deploySite({ dir: path.resolve(args.dir), bucket, dryRun: args['dry-run'], deleteExtra: args.delete, log: (line) => console.log(line) });
} catch (error) {
  console.error(`部署中止：${(error as Error).message}\n页面最后上传，已上线的页面不会引用尚未上传的资源；排除问题后重新运行即可，已上传的文件不会重复上传。`);
  process.exitCode = 1;
} finally {
  bucket.close();
}

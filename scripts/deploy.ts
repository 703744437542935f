/**
 * `npm run deploy [-- --dry-run] [--delete [--yes]] [--dir dist]`: uploads the built site to S3-compatible storage
 * (Aliyun OSS, Tencent COS, AWS S3). Where to and with which keys comes from GSL_S3_* environment variables.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deployText } from '../src/i18n/deploy.ts';
import { readDeployTarget } from '../src/lib/deploy/deploy-env.ts';
import { deploySite } from '../src/lib/deploy/deploy-site.ts';
import { DELETE_LIMIT } from '../src/lib/deploy/plan-deploy.ts';
import { openS3Bucket } from '../src/lib/deploy/s3-bucket.ts';
import { explainError, formatExplanation } from '../src/lib/explain-error.ts';

const usage = deployText.usage(DELETE_LIMIT.count, DELETE_LIMIT.share * 100);
let args;
try {
  args = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      delete: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      dir: { type: 'string', default: 'dist' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${deployText.badArguments((error as Error).message)}\n\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
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
  await deploySite({ dir: path.resolve(args.dir), bucket, dryRun: args['dry-run'], deleteExtra: args.delete, confirmDeletes: args.yes, log: (line) => console.log(line) });
} catch (error) {
  // Our own messages are Chinese already; anything else (a file that cannot be read) is explained in one line.
  console.error(formatExplanation(explainError(error)));
  process.exitCode = 1;
} finally {
  bucket.close();
}

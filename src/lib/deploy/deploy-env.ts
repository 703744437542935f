/** Where and how to upload: read from environment variables, never from the repository. */
export interface DeployTarget {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Folder inside the bucket, `""` or ending in `/`: `site/`. */
  prefix: string;
  /** Path-style URLs (`https://host/bucket/key`) instead of `https://bucket.host/key`. */
  forcePathStyle: boolean;
}

const REQUIRED = {
  GSL_S3_ENDPOINT: '服务地址，例如 https://oss-cn-hangzhou.aliyuncs.com、https://cos.ap-guangzhou.myqcloud.com',
  GSL_S3_BUCKET: '存储桶名称',
  GSL_S3_ACCESS_KEY_ID: '访问密钥 ID（AccessKey ID / SecretId）',
  GSL_S3_SECRET_ACCESS_KEY: '访问密钥（AccessKey Secret / SecretKey）',
} as const;

/**
 * Reads the deploy target from the environment; throws one Chinese message naming every missing variable.
 * `{ GSL_S3_PREFIX: "/site" , … }` → `{ prefix: "site/", region: "us-east-1", forcePathStyle: false, … }`
 */
export function readDeployTarget(env: Record<string, string | undefined>): DeployTarget {
  const missing = Object.entries(REQUIRED).filter(([name]) => !env[name]?.trim());
  if (missing.length > 0) {
    const lines = missing.map(([name, what]) => `  ${name}：${what}`);
    throw new Error(`缺少部署所需的环境变量（密钥只放在环境变量里，不要写进仓库）：\n${lines.join('\n')}`);
  }
  const endpoint = env['GSL_S3_ENDPOINT']!.trim();
  if (!/^https?:\/\/[^/\s]+/.test(endpoint)) throw new Error(`GSL_S3_ENDPOINT 应当是 http:// 或 https:// 开头的地址，而不是 ${JSON.stringify(endpoint)}`);
  const prefix = (env['GSL_S3_PREFIX'] ?? '').trim().replace(/^\/+|\/+$/g, '');
  return {
    endpoint,
    bucket: env['GSL_S3_BUCKET']!.trim(),
    region: env['GSL_S3_REGION']?.trim() || 'us-east-1',
    accessKeyId: env['GSL_S3_ACCESS_KEY_ID']!.trim(),
    secretAccessKey: env['GSL_S3_SECRET_ACCESS_KEY']!.trim(),
    prefix: prefix ? `${prefix}/` : '',
    forcePathStyle: /^(1|true|yes)$/i.test(env['GSL_S3_FORCE_PATH_STYLE']?.trim() ?? ''),
  };
}

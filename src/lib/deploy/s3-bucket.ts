import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { deployText } from '../../i18n/deploy.ts';
import type { DeployTarget } from './deploy-env.ts';

/** The few storage operations a deploy needs, with keys relative to the target's prefix. */
export interface DeployBucket {
  /** Human name for messages: `jcgsl-site/www/`. */
  name: string;
  /** Every object below the prefix: relative key → ETag. */
  list(): Promise<Map<string, string>>;
  /** An object's text, or undefined when there is none. */
  read(key: string): Promise<string | undefined>;
  /** Stores a file; returns the ETag the storage gave it and how many tries it took (5xx and network errors are retried). */
  put(key: string, body: Buffer, headers: { contentType: string; cacheControl: string; md5Base64: string; sha256: string }): Promise<{ etag: string; attempts: number }>;
  remove(key: string): Promise<void>;
  close(): void;
}

/**
 * `NoSuchBucket（HTTP 404，共尝试 1 次）：The specified bucket does not exist` — the storage's own code, which its
 * docs explain, and how often the SDK tried.
 */
function describe(error: unknown): string {
  const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts;
  if (error instanceof S3ServiceException) return `${error.name}${deployText.attempts(error.$metadata.httpStatusCode, attempts)}：${error.message}`;
  return `${error instanceof Error ? error.message : String(error)}${deployText.attempts(undefined, attempts)}`;
}

async function wrap<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`${what}失败：${describe(error)}`, { cause: error });
  }
}

/**
 * Opens the S3-compatible bucket (Aliyun OSS, Tencent COS, AWS S3…) a deploy target names. Checksums are
 * sent only where an operation requires them: the SDK's newer default (CRC32 with aws-chunked bodies) is
 * refused by several S3-compatible services; Content-MD5 protects each upload instead. Every request is
 * tried up to four times: the SDK's standard retry repeats 500, 502, 503, 504, throttling and dropped
 * connections with exponential backoff and jitter.
 */
export function openS3Bucket(target: DeployTarget): DeployBucket {
  const client = new S3Client({
    endpoint: target.endpoint,
    region: target.region,
    forcePathStyle: target.forcePathStyle,
    credentials: { accessKeyId: target.accessKeyId, secretAccessKey: target.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    retryMode: 'standard',
    maxAttempts: 4,
  });
  const Bucket = target.bucket;
  const full = (key: string) => `${target.prefix}${key}`;
  return {
    name: `${target.bucket}/${target.prefix}`,
    list: () =>
      wrap(`列出存储桶 ${Bucket} 中的文件`, async () => {
        const objects = new Map<string, string>();
        let ContinuationToken: string | undefined;
        do {
          const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: target.prefix, ContinuationToken }));
          for (const object of page.Contents ?? []) if (object.Key) objects.set(object.Key.slice(target.prefix.length), object.ETag ?? '');
          ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (ContinuationToken);
        return objects;
      }),
    read: (key) =>
      wrap(`读取 ${full(key)}`, async () => {
        try {
          const object = await client.send(new GetObjectCommand({ Bucket, Key: full(key) }));
          return await object.Body?.transformToString('utf-8');
        } catch (error) {
          if (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)) return undefined;
          throw error;
        }
      }),
    put: (key, body, headers) =>
      wrap(`上传 ${full(key)}`, async () => {
        const result = await client.send(
          new PutObjectCommand({
            Bucket,
            Key: full(key),
            Body: body,
            ContentType: headers.contentType,
            CacheControl: headers.cacheControl,
            ContentMD5: headers.md5Base64,
            Metadata: { sha256: headers.sha256 },
          }),
        );
        return { etag: result.ETag ?? '', attempts: result.$metadata.attempts ?? 1 };
      }),
    remove: (key) => wrap(`删除 ${full(key)}`, async () => void (await client.send(new DeleteObjectCommand({ Bucket, Key: full(key) })))),
    close: () => client.destroy(),
  };
}

import { describe, expect, it } from 'vitest';
import { readDeployTarget } from './deploy-env.ts';

const complete = {
  GSL_S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
  GSL_S3_BUCKET: 'jcgsl-site',
  GSL_S3_ACCESS_KEY_ID: 'LTAI5tExampleKeyId',
  GSL_S3_SECRET_ACCESS_KEY: 'exampleSecret',
};

describe('readDeployTarget', () => {
  it('fills in the region, an empty prefix and virtual-hosted URLs when only the required variables are set', () => {
    expect(readDeployTarget(complete)).toEqual({
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
      bucket: 'jcgsl-site',
      region: 'us-east-1',
      accessKeyId: 'LTAI5tExampleKeyId',
      secretAccessKey: 'exampleSecret',
      prefix: '',
      forcePathStyle: false,
    });
  });

  it('names every missing variable in one Chinese message', () => {
    expect(() => readDeployTarget({ GSL_S3_ENDPOINT: 'https://cos.ap-guangzhou.myqcloud.com', GSL_S3_BUCKET: ' ' })).toThrow(
      '缺少部署所需的环境变量（密钥只放在环境变量里，不要写进仓库）：\n  GSL_S3_BUCKET：存储桶名称\n  GSL_S3_ACCESS_KEY_ID：访问密钥 ID（AccessKey ID / SecretId）\n  GSL_S3_SECRET_ACCESS_KEY：访问密钥（AccessKey Secret / SecretKey）',
    );
  });

  it('turns a prefix into a folder name ending in a slash', () => {
    expect(readDeployTarget({ ...complete, GSL_S3_PREFIX: '/www/site/' }).prefix).toBe('www/site/');
  });

  it('reads the region and path-style switch when given', () => {
    const target = readDeployTarget({ ...complete, GSL_S3_REGION: 'oss-cn-hangzhou', GSL_S3_FORCE_PATH_STYLE: 'true' });
    expect([target.region, target.forcePathStyle]).toEqual(['oss-cn-hangzhou', true]);
  });

  it('rejects an endpoint that is not a web address', () => {
    expect(() => readDeployTarget({ ...complete, GSL_S3_ENDPOINT: 'oss-cn-hangzhou.aliyuncs.com' })).toThrow('GSL_S3_ENDPOINT 应当是 http:// 或 https:// 开头的地址');
  });
});

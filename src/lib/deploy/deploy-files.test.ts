import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../site-config.ts';
import { renderDeployFiles } from './deploy-files.ts';

describe('renderDeployFiles', () => {
  it('matches the files committed under deploy/ for content/site.yaml (run `npm run headers` when this fails)', () => {
    const files = renderDeployFiles(loadSiteConfig('content'));
    const stale = Object.entries(files)
      .filter(([file, text]) => !existsSync(path.resolve(file)) || readFileSync(path.resolve(file), 'utf8') !== text)
      .map(([file]) => file);
    expect(stale).toEqual([]);
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTechnicalLog } from './technical-log.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-log-'));

describe('openTechnicalLog', () => {
  it('writes an error with its cause and properties, and says so when it cannot open the file instead of failing', () => {
    const log = openTechnicalLog(path.join(root, 'build.log'));
    log.writeError('scripts/build.ts:', new Error('outer', { cause: Object.assign(new Error('disk'), { code: 'ENOSPC' }) }));
    log.close();
    const text = readFileSync(path.join(root, 'build.log'), 'utf8');
    expect([text.includes('outer'), text.includes("code: 'ENOSPC'")]).toEqual([true, true]);
    const nowhere = openTechnicalLog('/dev/full/nowhere.log');
    expect(nowhere.opened).toBe(false);
    expect(() => nowhere.write('x')).not.toThrow();
  });
});

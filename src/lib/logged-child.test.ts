import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLoggedChild } from './logged-child.ts';
import { openTechnicalLog } from './technical-log.ts';

const root = mkdtempSync(path.join(tmpdir(), 'gsl-child-'));

function script(name: string, source: string): string {
  const file = path.join(root, name);
  writeFileSync(file, source);
  return file;
}

describe('runLoggedChild', () => {
  it('shows stdout, keeps stderr for the log only, and hands back the last IPC message', async () => {
    const child = script(
      'pages.mjs',
      `console.log('[build] 18 page(s) built');
       console.error('TypeError: boom\\n    at render (file:///x.js:1:1)');
       process.send({ ok: false, explanation: { message: '找不到图片' } }, () => process.exit(1));`,
    );
    const log = openTechnicalLog(path.join(root, 'one.log'));
    let shown = '';
    const outcome = await runLoggedChild({ script: child, env: process.env }, log, (text) => (shown += text));
    log.close();
    expect(outcome).toEqual({ code: 1, signal: null, message: { ok: false, explanation: { message: '找不到图片' } }, stderrLines: 2 });
    expect(shown).toBe('[build] 18 page(s) built\n');
    expect(readFileSync(path.join(root, 'one.log'), 'utf8')).toContain('    at render (file:///x.js:1:1)');
  });

  it('reports a child killed by a signal, with no message', async () => {
    const child = script('killed.mjs', `process.kill(process.pid, 'SIGKILL');`);
    const log = openTechnicalLog(path.join(root, 'two.log'));
    const outcome = await runLoggedChild({ script: child, nodeFlags: ['--expose-gc'], env: process.env }, log, () => {});
    log.close();
    expect([outcome.code, outcome.signal, outcome.message]).toEqual([null, 'SIGKILL', undefined]);
  });
});

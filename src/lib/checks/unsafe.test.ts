import { describe, expect, it } from 'vitest';
import { checkUnsafe } from './unsafe.ts';

describe('checkUnsafe', () => {
  it('reports a script tag at its line', () => {
    expect(checkUnsafe('正文\n<script src="x.js"></script>', 8)).toEqual([{ line: 9, column: 1, level: 'error', code: 'unsafe-html', message: '正文里不允许写 <script>（脚本），请删除' }]);
  });

  it('reports an inline event handler', () => {
    expect(checkUnsafe('<img src="a.png" alt="图" onerror="x()">', 1).map((f) => f.message)).toEqual(['HTML 标签里不允许写 onclick 之类的事件属性，请删除']);
  });

  it('leaves ordinary Chinese text about online events alone', () => {
    expect(checkUnsafe('举办 online 活动，参加人数 on=1 次', 1)).toEqual([]);
  });
});

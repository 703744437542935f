import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions, splitFrontMatter, translateYamlError } from './front-matter.ts';

describe('splitFrontMatter', () => {
  it('splits the YAML between the --- lines from the body and says where each starts', () => {
    expect(splitFrontMatter('---\ntitle: 报告\n---\n\n正文')).toEqual({ yaml: 'title: 报告\n', yamlLine: 2, body: '\n正文', bodyLine: 4 });
  });

  it('finds no front matter when the file does not open with ---', () => {
    expect(splitFrontMatter('title: 报告\n正文').yaml).toBeNull();
  });
});

describe('parseYamlWithPositions', () => {
  it('gives the file line of a key and of a nested value', () => {
    const yaml = parseYamlWithPositions('title: 报告\ncover:\n  src: ./a.jpg\n  alt: 车间\n', 2);
    expect([yaml.keyPosition('cover'), yaml.valuePosition(['cover', 'alt'])]).toEqual([
      { line: 3, column: 1 },
      { line: 5, column: 8 },
    ]);
  });

  it('reports a key written twice in Chinese at its line', () => {
    const yaml = parseYamlWithPositions('title: 报告\ntitle: 又一个\n', 2);
    expect(yaml.errors).toEqual([{ line: 3, column: 1, level: 'error', code: 'yaml-syntax', message: '信息区（YAML）写法有误：同一个字段写了两次' }]);
  });
});

describe('translateYamlError', () => {
  it('explains an unknown code without raw English', () => {
    expect(translateYamlError('IMPOSSIBLE')).toBe('无法读取（IMPOSSIBLE），请检查冒号、引号和缩进');
  });
});

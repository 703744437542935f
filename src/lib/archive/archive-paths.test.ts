import { describe, expect, it } from 'vitest';
import { archiveFileName, archiveHref, archiveStem, compilationPath } from './archive-paths.ts';

describe('archive paths', () => {
  it('names the bundle after the short name and the year', () => {
    expect(archiveFileName('锦川工商联', 2024)).toBe('锦川工商联-2024.zip');
  });

  it('replaces characters that file systems refuse in the folder name', () => {
    expect(archiveStem('锦川/澄江 工商联', 2023)).toBe('锦川-澄江-工商联-2023');
  });

  it('percent-encodes the Chinese file name in the link', () => {
    expect(archiveHref('锦川工商联', 2024)).toBe('/archives/%E9%94%A6%E5%B7%9D%E5%B7%A5%E5%95%86%E8%81%94-2024.zip');
  });

  it('puts the compilation page under the year in /archives/', () => {
    expect(compilationPath(2022)).toBe('/archives/2022/compilation/');
  });
});

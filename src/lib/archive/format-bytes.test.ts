import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('shows small files in bytes', () => {
    expect(formatBytes(512)).toBe('512 B');
  });

  it('shows kilobytes with one decimal', () => {
    expect(formatBytes(86_118)).toBe('84.1 KB');
  });

  it('shows megabytes with one decimal', () => {
    expect(formatBytes(1_258_291)).toBe('1.2 MB');
  });
});

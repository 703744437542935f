import { describe, expect, it } from 'vitest';
import { buildTime, isPublished } from './publish.ts';

const now = new Date('2026-11-27T08:00:00+08:00');

describe('isPublished', () => {
  it('publishes a piece that is neither a draft nor scheduled', () => {
    expect(isPublished({ draft: false }, now)).toBe(true);
  });

  it('keeps a draft out', () => {
    expect(isPublished({ draft: true }, now)).toBe(false);
  });

  it('keeps a piece scheduled for later out until its time comes', () => {
    const scheduled = { draft: false, publishAt: new Date('2026-11-27T09:00:00+08:00') };
    expect([isPublished(scheduled, now), isPublished(scheduled, new Date('2026-11-27T09:00:00+08:00'))]).toEqual([false, true]);
  });
});

describe('buildTime', () => {
  it('uses GSL_NOW when it is set', () => {
    expect(buildTime({ GSL_NOW: '2025-01-01T00:00:00+08:00' }).toISOString()).toBe('2024-12-31T16:00:00.000Z');
  });

  it('explains a GSL_NOW that is not a time', () => {
    expect(() => buildTime({ GSL_NOW: '明天' })).toThrow('GSL_NOW 不是有效时间：明天');
  });
});

import { describe, expect, it } from 'vitest';
import { keepPublished } from './published-store.ts';

type Entry = { id: string; data: Record<string, unknown> };

function memoryStore(entries: Entry[] = []) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return { map, get: (id: string) => map.get(id), set: (e: Entry) => (map.set(e.id, e), true), delete: (id: string) => void map.delete(id), keys: () => [...map.keys()] };
}

const now = new Date('2025-01-01T00:00:00+08:00');

describe('keepPublished', () => {
  it('stores a published piece and an enterprise', () => {
    const store = keepPublished(memoryStore(), now);
    expect([store.set({ id: '2024/a', data: { draft: false } }), store.set({ id: 'huarui', data: { name: '华瑞' } })]).toEqual([true, true]);
    expect(store.keys()).toEqual(['2024/a', 'huarui']);
  });

  it('never stores a draft or a piece scheduled after now', () => {
    const store = keepPublished(memoryStore(), now);
    store.set({ id: '2024/draft', data: { draft: true } });
    store.set({ id: '2024/later', data: { draft: false, publishAt: new Date('2025-01-01T09:00:00+08:00') } });
    expect(store.keys()).toEqual([]);
  });

  it('hides and then removes an entry stored earlier that is not public now', () => {
    const stored = { id: '2024/later', data: { draft: false, publishAt: '2025-06-01T00:00:00.000Z' } };
    const store = keepPublished(memoryStore([stored]), now);
    expect(store.get('2024/later')).toBeUndefined();
    store.set(stored);
    expect(store.keys()).toEqual([]);
  });

  it('lets a scheduled piece in once its time has come', () => {
    const store = keepPublished(memoryStore(), new Date('2025-01-01T09:00:00+08:00'));
    expect(store.set({ id: '2024/later', data: { publishAt: new Date('2025-01-01T09:00:00+08:00') } })).toBe(true);
  });
});

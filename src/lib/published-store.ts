import { isPublished } from './publish.ts';

/** The part of a content-layer store (Astro's DataStore) that decides which entries exist. */
export interface EntryStore<Entry extends { id: string; data: Record<string, unknown> }> {
  get(id: string): Entry | undefined;
  set(entry: Entry): boolean;
  delete(id: string): void;
}

/** Whether a stored entry is public at `now`; data without the publishing switches (enterprises) always is. */
function isPublic(data: Record<string, unknown>, now: Date): boolean {
  const publishAt = data['publishAt'];
  return isPublished({ draft: data['draft'] === true, publishAt: publishAt === undefined ? undefined : new Date(publishAt as string | Date) }, now);
}

/**
 * A store that holds only pieces public at `now`, for production builds: a draft or a piece scheduled later is never
 * stored, so nothing of it — its page, its images, its MDX module — enters the build. An entry stored earlier (by
 * `astro dev`, or before a `publishAt` moved later) is hidden from the loader, which then reads the file again, and
 * deleted. `keepPublished(store, now).set({ id: "2024/x", data: { draft: true } })` → false, nothing stored
 */
export function keepPublished<Entry extends { id: string; data: Record<string, unknown> }, Store extends EntryStore<Entry>>(store: Store, now: Date): Store {
  return {
    ...store,
    get: (id: string) => {
      const entry = store.get(id);
      return entry && isPublic(entry.data, now) ? entry : undefined;
    },
    set: (entry: Entry) => {
      if (isPublic(entry.data, now)) return store.set(entry);
      store.delete(entry.id);
      return false;
    },
  };
}

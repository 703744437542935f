/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

// A variable, so the bundler leaves the import to the browser: the file only exists after indexing.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page, on the first search. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.init();
    return pagefind;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

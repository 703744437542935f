/**
 * The shape of one row of the hostile-input suite (tests/e2e/hostile.test.ts): what a careless or hostile
 * editor wrote, and what the site must do about it — refuse with one Chinese line naming file and line, or
 * publish it safely and completely. Rows live in tests/hostile/cases/<family>.ts, one readable line each.
 */

/** Which promise of the trust issue a row tests. */
export type Family =
  | 'unsafe' // script-capable markup, foreign resources, SVG
  | 'mdx' // code in .mdx
  | 'loss' // rows, characters, files or encodings that could vanish
  | 'place' // a piece's year, URL, publishing time
  | 'late' // mistakes that used to fail late, in English, or not at all
  | 'private' // comments, personal data that must not reach dist/
  | 'standards'; // filing numbers, the government-site badge, the search synonym table: what inspectors and search read

/** Where a finding must point: a path relative to the content folder (`reports/2024/x.md`) and a 1-based line. */
export interface Place {
  file: string;
  line: number;
  /** The Chinese message, or a part of it. */
  message: RegExp;
}

/** The content tree is refused: `npm run check` and `npm run build` exit non-zero, name the place, and leave dist/ as it was. */
export interface Refused {
  refused: Place;
}

/** The content tree is published, safely and completely. */
export interface Accepted {
  accepted: {
    /** A warning `npm run check` must print (the build still succeeds). */
    warning?: Place;
    /** Text that must appear nowhere in dist/ or in the year ZIPs (HTML is searched as written and entity-decoded). */
    absent?: RegExp[];
    /** File paths that must not exist in dist/ or in the year ZIPs (`_astro/caogao-tu.*.png`). */
    absentFiles?: RegExp[];
    /** Text a built page must contain: page path under dist/ (`reports/2024/x/index.html`) and what it must say. */
    present?: { page: string; text: string | RegExp }[];
  };
}

/** One hostile or careless input. */
export interface ContentCase {
  /** One readable line: what the editor did, e.g. `a javascript: link written with HTML entities`. */
  name: string;
  family: Family;
  /**
   * Files written over a copy of tests/fixtures/mini, by path relative to its content folder: a string is
   * written as UTF-8, bytes as they are, null deletes the file. Accepted rows are built together in as few trees
   * as possible; two rows that write the same file go into different trees.
   */
  files: Record<string, string | Uint8Array | null>;
  /** Extra environment for the check and the build, e.g. `{ GSL_NOW: '2025-01-01T08:00:00+08:00' }`. */
  env?: Record<string, string>;
  expect: Refused | Accepted;
}

/** A link from one file to another: `["reports/index.html", "reports/2024/x/index.html"]`. */
export type Link = [from: string, to: string];

/** Links from files now live to files that are not, after a deploy stopped partway. */
export interface DanglingLinks {
  /** From a file a reader can reach (following links from a file that was live before this deploy). */
  reachable: Link[];
  /** From new files that nothing live links to yet: no reader can arrive at them. */
  orphaned: Link[];
}

/** What a partial deploy left behind. */
export interface PartialDeploy {
  /** Files this deploy put up: their new content is live. */
  uploaded: ReadonlySet<string>;
  /** New files this deploy did not put up: nothing is there under their names. */
  missing: ReadonlySet<string>;
  /** The files each uploaded file links to (`readLinkGraph`). */
  links: ReadonlyMap<string, readonly string[]>;
  /** Whether a file was in the bucket before this deploy (a changed file still serves its old version, which linked only to files that were there). */
  existedBefore: (key: string) => boolean;
}

/**
 * Finds every live link to a missing file, and whether a reader could follow it: a new file is reachable only
 * through an uploaded file that is, starting from the files that existed before (their old versions link only to
 * files that still exist, since nothing is deleted before every upload has succeeded).
 * uploaded `{index.html→a}`, missing `{a}` → `{ reachable: [["index.html", "a"]], orphaned: [] }`
 */
export function findDanglingLinks(deploy: PartialDeploy): DanglingLinks {
  const targets = (key: string) => deploy.links.get(key) ?? [];
  const reached = new Set([...deploy.uploaded].filter(deploy.existedBefore));
  const queue = [...reached];
  while (queue.length > 0) {
    for (const to of targets(queue.pop()!)) {
      if (deploy.uploaded.has(to) && !reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  const dangling = [...deploy.uploaded].sort().flatMap((from) => targets(from).filter((to) => deploy.missing.has(to)).map((to): Link => [from, to]));
  return { reachable: dangling.filter(([from]) => reached.has(from)), orphaned: dangling.filter(([from]) => !reached.has(from)) };
}

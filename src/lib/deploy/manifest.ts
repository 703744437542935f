/** What the last deploy uploaded for one key, and the ETag the storage gave it. */
export interface ManifestEntry {
  sha256: string;
  contentType: string;
  cacheControl: string;
  etag: string;
}

/** The record a deploy leaves in the bucket, keyed by path below the prefix. */
export type DeployManifest = Record<string, ManifestEntry>;

/** Name of the manifest object, below the prefix. Starts with a dot so no page of the site can clash with it. */
export const MANIFEST_NAME = '.gsl-deploy-manifest.json';

/**
 * `"\"9A0364B9E99BB480DD25E1F0284C8555\""` → `"9a0364b9e99bb480dd25e1f0284c8555"` (OSS sends ETags in capitals).
 */
export function normalizeEtag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/"/g, '').toLowerCase();
}

/** The manifest's text; an entry per line keeps it diffable if someone downloads two of them. */
export function serializeManifest(manifest: DeployManifest): string {
  const keys = Object.keys(manifest).sort();
  return `{"version":1,"files":{\n${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(manifest[key])}`).join(',\n')}\n}}\n`;
}

/**
 * Reads a manifest; anything unreadable counts as no manifest, which only means every file is uploaded again.
 * `'{"version":1,"files":{"a.html":{…}}}'` → `{ "a.html": {…} }`; `"garbage"` → `{}`
 */
export function parseManifest(text: string | undefined): DeployManifest {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as { version?: unknown; files?: unknown };
    if (parsed.version !== 1 || typeof parsed.files !== 'object' || parsed.files === null) return {};
    const manifest: DeployManifest = {};
    for (const [key, entry] of Object.entries(parsed.files as Record<string, Partial<ManifestEntry>>)) {
      if (typeof entry?.sha256 === 'string' && typeof entry.contentType === 'string' && typeof entry.cacheControl === 'string' && typeof entry.etag === 'string') {
        manifest[key] = { sha256: entry.sha256, contentType: entry.contentType, cacheControl: entry.cacheControl, etag: entry.etag };
      }
    }
    return manifest;
  } catch {
    return {};
  }
}

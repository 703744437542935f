import { renderHeadersFile, type HeaderSite } from './headers.ts';
import { renderNginxConf } from './nginx-conf.ts';

/**
 * The server configuration kept in the repository under deploy/, generated from the same rules as the
 * upload so they cannot drift: `npm run headers` writes them, a test fails when they are stale.
 * `{}` → `{ "deploy/_headers": "# 由 npm run headers …", "deploy/nginx.conf": "# 由 npm run headers …" }`
 */
export function renderDeployFiles(site: HeaderSite): Record<string, string> {
  return { 'deploy/_headers': renderHeadersFile(site), 'deploy/nginx.conf': renderNginxConf(site) };
}

import { getContent } from '../content.ts';

/** The organisation's colours from site.yaml, as a stylesheet (no inline styles, so a strict CSP holds). */
export async function GET() {
  const { site } = await getContent();
  const css = `html:root{--c-primary:${site.colors.primary};--c-accent:${site.colors.accent}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}

import type { APIRoute } from 'astro';
import { getContent } from '../../../content.ts';
import { archiveText } from '../../../i18n/archive.ts';
import { buildPrintPageCss } from '../../../lib/archive/print-page-css.ts';

export async function getStaticPaths() {
  const { years } = await getContent();
  return years.map((year) => ({ params: { year: String(year) }, props: { year } }));
}

/** The running headers of a year's printed compilation (its title and the parts' names), as a same-host stylesheet. */
export const GET: APIRoute = async ({ props }) => {
  const { site } = await getContent();
  const year = (props as { year: number }).year;
  const text = archiveText.compilation;
  const css = buildPrintPageCss({ volume: text.documentTitle(site.shortName, year), parts: { contents: text.contents, ...text.parts } });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

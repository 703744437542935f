import type { APIContext } from 'astro';
import { getDatasets } from '../../content.ts';
import type { Dataset } from '../../lib/open-data/datasets.ts';

/** Every open-data file (`/data/honors/2024/x.csv`, `/data/enterprises.json`), as src/lib/open-data/datasets.ts lists them. */
export async function getStaticPaths() {
  return (await getDatasets()).map((dataset) => ({ params: { file: dataset.path.slice('/data/'.length) }, props: { dataset } }));
}

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export function GET({ props }: APIContext<{ dataset: Dataset }>) {
  return new Response(props.dataset.body, { headers: { 'Content-Type': TYPES[props.dataset.format] } });
}

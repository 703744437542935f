import { dataText } from '../../i18n/data.ts';
import { isoDate } from '../dates.ts';
import type { HonorTable } from '../honors.ts';
import { enterpriseDatasetUrl, honorDatasetUrl, type DatasetFormat } from '../urls.ts';
import { enterprisesCsv, enterprisesJson, type EnterpriseDatasetRow } from './enterprise-dataset.ts';
import { honorCsv, honorJson } from './honor-dataset.ts';

/** One published data file: where it is served, what it is, its bytes. */
export interface Dataset {
  /** Site path: `/data/honors/2024/youxiu-jianshezhe.csv`. */
  path: string;
  title: string;
  format: DatasetFormat;
  /** The year it belongs to (and whose bundle carries it); the enterprise directory has none. */
  year?: number;
  /** The page it is the data of. */
  pageUrl: string;
  body: string;
  /** Its size in bytes, as served. */
  bytes: number;
}

/** What the datasets are made from: published honour lists and enterprises, and site.yaml's publisher and licence. */
export interface DatasetInput {
  site: { name: string; baseUrl: string; dataLicence?: string | undefined };
  honors: { year: number; slug: string; title: string; url: string; date: Date; issuers: string[]; documentNumber?: string | undefined; tables: HonorTable[] }[];
  enterprises: { url: string; name: string; aliases: string[]; county: string; industry: string; founded?: number | undefined; website?: string | undefined; profile: string }[];
}

const file = (entry: Omit<Dataset, 'bytes'>): Dataset => ({ ...entry, bytes: Buffer.byteLength(entry.body) });

/**
 * Every dataset the site publishes, the one list the /data/ page, the data endpoint and the year bundles all ask:
 * each honour list as CSV and JSON, and the enterprise directory as CSV and JSON (newest lists first, as the site lists them).
 * → `[{ path: "/data/honors/2024/x.csv", format: "csv", year: 2024, bytes: 1234, … }, …, { path: "/data/enterprises.json", … }]`
 */
export function listDatasets(input: DatasetInput): Dataset[] {
  const absolute = (url: string) => new URL(url, `${input.site.baseUrl}/`).href;
  const licence = input.site.dataLicence;
  const datasets = input.honors.flatMap((honor) => {
    const source = { title: honor.title, pageUrl: absolute(honor.url), date: isoDate(honor.date), issuers: honor.issuers, documentNumber: honor.documentNumber, tables: honor.tables };
    const common = { title: dataText.datasets.honor(honor.title), year: honor.year, pageUrl: honor.url };
    return [
      file({ ...common, path: honorDatasetUrl(honor.year, honor.slug, 'csv'), format: 'csv', body: honorCsv(source) }),
      file({ ...common, path: honorDatasetUrl(honor.year, honor.slug, 'json'), format: 'json', body: honorJson(source, input.site.name, licence) }),
    ];
  });
  const rows: EnterpriseDatasetRow[] = input.enterprises.map(({ url, ...rest }) => ({ ...rest, pageUrl: absolute(url) }));
  const directory = { title: dataText.datasets.enterprises, pageUrl: '/enterprises/' };
  datasets.push(
    file({ ...directory, path: enterpriseDatasetUrl('csv'), format: 'csv', body: enterprisesCsv(rows) }),
    file({ ...directory, path: enterpriseDatasetUrl('json'), format: 'json', body: enterprisesJson(rows, input.site.name, licence) }),
  );
  return datasets;
}

import type { HonorTable } from '../honors.ts';
import { toCsv } from './csv-file.ts';

/** The facts of an honour list its open data carries: what its page shows, nothing more. */
export interface HonorDatasetSource {
  title: string;
  /** Absolute URL of the list's page. */
  pageUrl: string;
  date: string;
  issuers: string[];
  documentNumber?: string | undefined;
  tables: HonorTable[];
}

const GROUP = '分组';
const NUMBER = '序号';

/** Every column of a list's tables, in order of first appearance: `[["名称","地区"],["名称","职务"]]` → `["名称","地区","职务"]`. */
export function unionColumns(tables: readonly HonorTable[]): string[] {
  return [...new Set(tables.flatMap((table) => table.columns))];
}

/**
 * An honour list as CSV: one line per honouree row of the page, with its group (the heading above its table), its
 * number within the table as the page shows it, and its cells under the list's columns (a column its table lacks is empty).
 * → `"\uFEFF分组,序号,名称,地区\r\n先进集体,1,锦川华瑞药业股份有限公司,锦南区\r\n"`
 */
export function honorCsv(source: HonorDatasetSource): string {
  const columns = unionColumns(source.tables);
  const rows = source.tables.flatMap((table) =>
    table.rows.map((row, i) => [table.heading ?? '', String(i + 1), ...columns.map((column) => row.cells[table.columns.indexOf(column)] ?? '')]),
  );
  return toCsv([GROUP, NUMBER, ...columns], rows);
}

/**
 * An honour list as JSON: its facts, and each table with its columns and rows (cells as written, and the link to the row
 * on the page). `licence` is site.yaml's dataLicence. → `{ "title": "…", "groups": [{ "heading": "先进集体", "columns": […], "rows": [{ "cells": […], "url": "…#hua-rui" }] }] }`
 */
export function honorJson(source: HonorDatasetSource, publisher: string, licence: string | undefined): string {
  const data = {
    title: source.title,
    url: source.pageUrl,
    date: source.date,
    issuers: source.issuers,
    ...(source.documentNumber === undefined ? {} : { documentNumber: source.documentNumber }),
    publisher,
    ...(licence === undefined ? {} : { licence }),
    groups: source.tables.map((table) => ({
      heading: table.heading,
      columns: table.columns,
      rows: table.rows.map((row) => ({ cells: row.cells, url: `${source.pageUrl}#${row.anchor}` })),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Names and URLs of the downloads. A file name carries its document id, so
 * that files saved from different documents never collide:
 * /data/<document>/<document>_<anchor>.csv (and .json, its metadata).
 */

/** A chart drawn from a table shares the table's anchor; its series get their own name. */
export function chartResourceName(dataset: { document: string; anchor: string; figure: string }): string {
  return `${dataset.document}_${dataset.anchor}${dataset.figure.startsWith('表') ? '-chart' : ''}`;
}

export function tableResourceName(table: { document: string; anchor: string }): string {
  return `${table.document}_${table.anchor}`;
}

/** Path of a resource's file under /data/, as the data package lists it: "<document>/<name>.csv". */
export function resourcePath(document: string, name: string, format: 'csv' | 'json'): string {
  return `${document}/${name}.${format}`;
}

/** Site URL of a resource's CSV or metadata JSON. */
export function resourceUrl(document: string, name: string, format: 'csv' | 'json'): string {
  return `/data/${resourcePath(document, name, format)}`;
}

export const DATA_PACKAGE_URL = '/data/datapackage.json';

export const COMPLETENESS_LABEL = { full: '完整', partial: '部分', none: '无数据' } as const;

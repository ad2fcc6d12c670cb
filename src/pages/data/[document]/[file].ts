import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets } from '../../../lib/charts/registry.ts';
import { datasetCsv, datasetJson } from '../../../lib/charts/export.ts';

/** Downloads: /data/<document>/<anchor>.csv and .json for every dataset with values. */
export const getStaticPaths: GetStaticPaths = () =>
  datasets
    .filter((d) => d.rows.length > 0)
    .flatMap((dataset) =>
      (['csv', 'json'] as const).map((format) => ({
        params: { document: dataset.document, file: `${dataset.anchor}.${format}` },
        props: { dataset, format },
      })),
    );

export const GET: APIRoute = ({ props }) => {
  const { dataset, format } = props as { dataset: (typeof datasets)[number]; format: 'csv' | 'json' };
  return new Response(format === 'csv' ? datasetCsv(dataset) : datasetJson(dataset), {
    headers: { 'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
};

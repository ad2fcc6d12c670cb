import type { APIRoute, GetStaticPaths } from 'astro';
import { resourceCsv, resourceJson, type DataResource } from '../../../lib/open-data/resources.ts';
import { siteResources } from '../../../lib/open-data/site-resources.ts';

/** Downloads: /data/<document>/<document>_<anchor>.csv (tidy data) and .json (its metadata). */
export const getStaticPaths: GetStaticPaths = () =>
  siteResources()
    .filter((r) => r.csvUrl)
    .flatMap((resource) =>
      (['csv', 'json'] as const).map((format) => ({
        params: { document: resource.document.id, file: `${resource.name}.${format}` },
        props: { resource, format },
      })),
    );

export const GET: APIRoute = ({ props }) => {
  const { resource, format } = props as { resource: DataResource; format: 'csv' | 'json' };
  return new Response(format === 'csv' ? resourceCsv(resource) : resourceJson(resource), {
    headers: { 'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRegistry } from '../../../lib/indicators/load.ts';
import { indicatorCsv, indicatorJson } from '../../../lib/indicators/export.ts';

/** Downloads: /indicators/downloads/<id>.csv and .json for every indicator. */
export const getStaticPaths: GetStaticPaths = () =>
  indicatorRegistry().indicators.flatMap((indicator) =>
    (['csv', 'json'] as const).map((format) => ({ params: { file: `${indicator.id}.${format}` }, props: { id: indicator.id, format } })),
  );

export const GET: APIRoute = ({ props }) => {
  const { id, format } = props as { id: string; format: 'csv' | 'json' };
  const { indicators, disagreements, areaNames, documents } = indicatorRegistry();
  const indicator = indicators.find((i) => i.id === id)!;
  const body =
    format === 'csv' ? indicatorCsv(indicator, areaNames, documents) : indicatorJson(indicator, disagreements.filter((d) => d.indicator === id));
  return new Response(body, { headers: { 'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
};

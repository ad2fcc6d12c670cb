import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/open-data/resources.ts';
import { siteResources } from '../../lib/open-data/site-resources.ts';
import { SITE } from '../../site.ts';

/** /data/datapackage.json: the Frictionless Data Package of every download. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(dataPackage(siteResources(), SITE), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

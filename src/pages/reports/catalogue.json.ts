/**
 * The whole documents catalogue as data, for the catalogue's filters: the
 * page's script fetches it only when a reader filters, so the pages
 * themselves stay bounded (issue #15).
 */
import type { APIRoute } from 'astro';
import { catalogueDocuments } from '../../lib/documents/collection.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await catalogueDocuments()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

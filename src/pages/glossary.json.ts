import type { APIRoute } from 'astro';
import { loadGlossary } from '../lib/glossary/collection.ts';
import { buildGlossaryJson, glossaryJsonSchema } from '../lib/glossary/json.ts';

/** /glossary.json: every entry with URL, code, names and short definition, for tools that check links. */
export const GET: APIRoute = async ({ site }) => {
  const { entries, rules, routes } = await loadGlossary();
  const json = glossaryJsonSchema.parse(buildGlossaryJson(entries, rules, routes, site!.href));
  return new Response(JSON.stringify(json, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

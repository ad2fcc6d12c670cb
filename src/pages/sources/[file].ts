import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Publishes the verbatim source texts, so that every "file 第 N 行" citation can be checked. */
const SOURCES_DIR = join(process.cwd(), 'sources');

export const getStaticPaths: GetStaticPaths = () =>
  readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(SOURCES_DIR, params.file!), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

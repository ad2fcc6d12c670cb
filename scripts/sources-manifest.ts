// Writes src/data/provenance/source-hashes.json: the SHA-256 and per-line hashes of every
// sources/*.txt. Run once when a new source is added (npm run sources:manifest);
// the build then fails if any source changes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, MANIFEST_FILE } from '../src/lib/checks/sources.ts';

const root = join(import.meta.dirname, '..');
const manifest = buildManifest(root);
writeFileSync(join(root, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${MANIFEST_FILE}: ${Object.keys(manifest).length} sources`);

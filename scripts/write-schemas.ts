/**
 * Write the published JSON schemas from the TypeScript constants the bundle carries:
 *   schema/benchgate-results.schema.json  ← src/parse/benchgate-schema.ts
 *   schema/config.schema.json             ← src/config/schema.ts
 *   schema/report.schema.json             ← src/report/schema.ts
 *   schema/history.schema.json            ← src/history/schema.ts
 * Run with `npm run schemas` after changing either constant; a test fails until the files agree.
 * Formatted with the repository's prettier settings, so `npm run lint` accepts the output as is.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { RESULTS_SCHEMA } from '../src/parse/benchgate-schema.js';
import { CONFIG_SCHEMA } from '../src/config/schema.js';
import { REPORT_SCHEMA } from '../src/report/schema.js';
import { HISTORY_SCHEMA } from '../src/history/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SCHEMA_FILES: Record<string, unknown> = {
  'schema/benchgate-results.schema.json': RESULTS_SCHEMA,
  'schema/config.schema.json': CONFIG_SCHEMA,
  'schema/report.schema.json': REPORT_SCHEMA,
  'schema/history.schema.json': HISTORY_SCHEMA,
};

for (const [rel, schema] of Object.entries(SCHEMA_FILES)) {
  const file = path.join(root, rel);
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(JSON.stringify(schema, null, 2), { ...options, filepath: file });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old !== text) fs.writeFileSync(file, text);
  console.log(`${old === text ? 'unchanged' : 'wrote'} ${rel}`);
}

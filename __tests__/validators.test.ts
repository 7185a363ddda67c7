/**
 * The validators the action and the CLI run are ajv's standalone code, generated from the schemas by
 * scripts/validators.ts: the committed files must be what the current schemas and ajv generate.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED, ROOT, generatedFiles } from '../scripts/validators.js';

const files = GENERATED.flatMap(generatedFiles);

test.each(files)('%s is generated from the current schema', (file, text) => {
  if (fs.readFileSync(path.join(ROOT, file), 'utf8') !== text)
    throw new Error(`${file} is stale: run \`npm run validators\` and commit it`);
});

test('no module of src/ compiles a schema at run time', () => {
  const visit = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const p = path.join(dir, d.name);
      return d.isDirectory() ? visit(p) : /\.ts$/.test(d.name) ? [p] : [];
    });
  const compiling = visit(path.join(ROOT, 'src')).filter((f) =>
    /import\s+\{[^}]*\bAjv\b[^}]*\}\s+from\s+'ajv'|new Ajv\(/.test(fs.readFileSync(f, 'utf8')),
  );
  expect(compiling.map((f) => path.relative(ROOT, f))).toEqual([]);
});

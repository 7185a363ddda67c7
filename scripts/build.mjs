// Bundle the action (dist/index.js) and the CLI (dist/cli.js) with ncc. Each entry is built into a
// scratch folder first, because ncc names its output index.js; the results are moved into dist/.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const scratch = path.join(root, '.tmp', 'build');
const dist = path.join(root, 'dist');

fs.rmSync(scratch, { recursive: true, force: true });
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

for (const [entry, out] of [
  ['src/index.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
]) {
  const dir = path.join(scratch, out);
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', dir, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const files = fs.readdirSync(dir);
  const extra = files.filter((f) => !['index.js', 'package.json', 'licenses.txt'].includes(f));
  if (extra.length)
    throw new Error(`ncc produced extra chunks for ${entry}: ${extra.join(', ')}; avoid dynamic import()`);
  let code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
  if (out === 'cli.js' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  fs.writeFileSync(path.join(dist, out), code, { mode: 0o755 });
  if (out === 'index.js') fs.copyFileSync(path.join(dir, 'licenses.txt'), path.join(dist, 'licenses.txt'));
}
fs.writeFileSync(path.join(dist, 'package.json'), '{\n  "type": "module"\n}\n');
fs.rmSync(scratch, { recursive: true, force: true });
console.log('built dist/index.js and dist/cli.js');

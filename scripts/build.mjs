// Bundle the action (dist/index.js) and the CLI (dist/cli.js) with ncc. Each entry is built into a
// scratch folder first, because ncc names its output index.js; the results are moved into dist/.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// Build beside dist/ and swap it in at the end, so a test running the bundle meanwhile never sees half
// of one.
const scratch = path.join(root, '.tmp', `build-${process.pid}`);
const staged = path.join(root, '.tmp', `dist-${process.pid}`);
const dist = path.join(root, 'dist');

fs.rmSync(scratch, { recursive: true, force: true });
fs.mkdirSync(staged, { recursive: true });

for (const [entry, out] of [
  ['src/index.ts', 'index.js'],
  ['src/cli/index.ts', 'cli.js'],
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
  fs.writeFileSync(path.join(staged, out), code, { mode: 0o755 });
  if (out === 'index.js') fs.copyFileSync(path.join(dir, 'licenses.txt'), path.join(staged, 'licenses.txt'));
}
fs.writeFileSync(path.join(staged, 'package.json'), '{\n  "type": "module"\n}\n');
fs.rmSync(scratch, { recursive: true, force: true });
const old = path.join(root, '.tmp', `dist-old-${process.pid}`);
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staged, dist);
fs.rmSync(old, { recursive: true, force: true });
console.log('built dist/index.js and dist/cli.js');

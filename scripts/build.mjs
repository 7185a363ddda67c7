// Bundle the action (dist/index.js) and the CLI (dist/cli/index.js, started by the dist/cli.js shim)
// with ncc. Modules only some runs need (the cache and artifact clients, Octokit) are dynamic imports,
// which ncc emits as chunk files beside their entry; each entry gets its own folder so that the two
// entries' chunks never collide. Source maps ship with the bundle, so stacks point into src/.
// Each entry is built into a scratch folder first and the whole of dist/ is swapped in at the end.
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

/** ncc's output files: the entry, its chunks (`<id>.index.js`), their source maps, and the licenses. */
const OUTPUT = /^(index\.js|\d+\.index\.js)(\.map)?$|^(package\.json|licenses\.txt)$/;

for (const [entry, out] of [
  ['src/index.ts', '.'],
  ['src/cli/index.ts', 'cli'],
]) {
  const dir = path.join(scratch, out === '.' ? 'action' : out);
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      dir,
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
      '--source-map',
      '--no-source-map-register',
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const target = path.join(staged, out);
  fs.mkdirSync(target, { recursive: true });
  for (const f of fs.readdirSync(dir).sort()) {
    if (!OUTPUT.test(f)) throw new Error(`ncc produced an unexpected file for ${entry}: ${f}`);
    if (f === 'package.json' || (f === 'licenses.txt' && out !== '.')) continue;
    let text = fs.readFileSync(path.join(dir, f), 'utf8');
    // Source maps name sources relative to the scratch folder; make them relative to the bundle, so
    // the map is the same wherever it was built.
    if (f.endsWith('.map')) text = mapRelative(text, dir, path.join(dist, out));
    fs.writeFileSync(path.join(target, f), text, { mode: f.endsWith('.js') ? 0o755 : 0o644 });
  }
}
// The bin: a shim with the shebang, so the CLI bundle keeps its chunks in its own folder.
fs.writeFileSync(path.join(staged, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n", {
  mode: 0o755,
});
fs.writeFileSync(path.join(staged, 'package.json'), '{\n  "type": "module"\n}\n');
fs.rmSync(scratch, { recursive: true, force: true });
const old = path.join(root, '.tmp', `dist-old-${process.pid}`);
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staged, dist);
fs.rmSync(old, { recursive: true, force: true });
console.log('built dist/index.js and dist/cli.js');

/** Rewrite a map's sources, relative to the scratch `from`, as paths relative to the final `to`. */
function mapRelative(text, from, to) {
  const map = JSON.parse(text);
  // node_modules may be a symlink (worktrees share one): name its files through the link.
  const modules = fs.realpathSync(path.join(root, 'node_modules'));
  map.sources = map.sources.map((s) => {
    let abs = path.resolve(from, s);
    if (abs.startsWith(`${modules}${path.sep}`))
      abs = path.join(root, 'node_modules', abs.slice(modules.length + 1));
    return path.relative(to, abs).split(path.sep).join('/');
  });
  return JSON.stringify(map);
}

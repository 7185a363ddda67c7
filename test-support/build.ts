/**
 * Tests of the bundle test what `src/` says now: `ensureBuilt()` runs `npm run build` when dist/ is
 * missing or older than anything it is built from, once per test run (a lock keeps parallel test
 * files from building twice; the others wait for it).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './action.js';

const OUTPUTS = ['dist/index.js', 'dist/cli.js'];
const INPUTS = ['src', 'package.json', 'package-lock.json', 'scripts/build.mjs', 'tsconfig.json'];

function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

/** Is every bundle newer than every file it is built from? */
export function isBuilt(root = ROOT): boolean {
  const built = OUTPUTS.map((o) => path.join(root, o));
  if (!built.every((f) => fs.existsSync(f))) return false;
  const oldest = Math.min(...built.map((f) => fs.statSync(f).mtimeMs));
  return INPUTS.map((i) => path.join(root, i)).every((i) => !fs.existsSync(i) || newest(i) <= oldest);
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Build dist/ from the current sources unless it is current already. */
export function ensureBuilt(root = ROOT): void {
  if (isBuilt(root)) return;
  const lock = path.join(root, '.tmp', 'build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than the deadline is left over from a killed run.
      if (isBuilt(root)) return;
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('ensureBuilt: timed out waiting for another build');
      sleep(500);
    }
  }
  try {
    if (!isBuilt(root))
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

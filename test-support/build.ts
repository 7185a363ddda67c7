/**
 * dist/ built from the current src/: the end-to-end tests run the bundle, so they rebuild it first
 * when it is missing or older than any source file (`node scripts/build.mjs`). Test files run in
 * several worker processes; a lock folder makes the first one build and the others wait for it, so a
 * jest run builds at most once.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist', 'index.js');
const LOCK = path.join(ROOT, '.tmp', 'build.lock');
/** How long a build may take on a loaded machine (also the beforeAll timeout of the callers). */
export const BUILD_TIMEOUT_MS = 900_000;

function newestSource(): number {
  let newest = 0;
  const visit = (p: string): void => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) visit(path.join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['src', 'scripts/build.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    if (fs.existsSync(path.join(ROOT, p))) visit(path.join(ROOT, p));
  return newest;
}

/** Why dist/ must be rebuilt, or undefined when it is current. */
export function staleReason(): string | undefined {
  if (!fs.existsSync(BUNDLE)) return 'dist/index.js is missing';
  return newestSource() > fs.statSync(BUNDLE).mtimeMs ? 'src/ changed after dist/ was built' : undefined;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  if (!staleReason()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A lock left by a killed run is older than any build takes.
      if (Date.now() - fs.statSync(LOCK).mtimeMs > BUILD_TIMEOUT_MS)
        fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`dist/ build lock ${LOCK} held for too long`);
      sleep(500);
    }
  }
  try {
    const why = staleReason();
    if (!why) return;
    process.stderr.write(`benchgate tests: rebuilding dist/ (${why})\n`);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

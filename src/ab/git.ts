/** The git operations of A/B mode, each `git` with an argument array (no shell). */
import { execFile } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { BenchgateError } from '../errors.js';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: stdout.toString(), stderr: stderr.toString() });
    });
  });
}

/** A ref a user may name: no option-like or whitespace-bearing strings reach git. */
export function checkRef(ref: string, where: string): string {
  if (!/^[A-Za-z0-9._/@{}~^+-]+$/.test(ref) || ref.startsWith('-') || ref.length > 255)
    throw new BenchgateError(where, `expected a commit SHA or ref name, got "${ref.slice(0, 80)}"`);
  return ref;
}

export async function revParse(cwd: string, ref: string): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const sha = r.stdout.trim();
  return r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

export async function isShallow(cwd: string): Promise<boolean> {
  const r = await git(cwd, ['rev-parse', '--is-shallow-repository']);
  return r.stdout.trim() === 'true';
}

/**
 * The base commit as a SHA, fetched (one commit, depth 1) when the checkout lacks it. `note` says so.
 */
export async function resolveBase(cwd: string, ref: string): Promise<{ sha: string; note?: string }> {
  checkRef(ref, 'ab-base');
  const local = await revParse(cwd, ref);
  if (local) return { sha: local };
  const shallow = await isShallow(cwd);
  const f = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
  const fetched = f.code === 0 ? await revParse(cwd, 'FETCH_HEAD') : undefined;
  if (!fetched)
    throw new BenchgateError(
      'ab-base',
      `expected a commit this checkout has or can fetch from origin, "${ref}" is neither (git fetch: ${f.stderr.trim().split('\n').pop() ?? ''})`,
    );
  return {
    sha: fetched,
    note: `fetched the base commit with \`git fetch --depth=1 origin ${ref}\` (the checkout ${shallow ? 'is shallow' : 'did not have it'})`,
  };
}

export async function addWorktree(cwd: string, dir: string, sha: string): Promise<void> {
  const r = await git(cwd, ['worktree', 'add', '--detach', dir, sha]);
  if (r.code !== 0)
    throw new BenchgateError(
      'ab-base',
      `expected to check the base commit out in ${dir}, git worktree add said: ${r.stderr.trim()}`,
    );
}

/** Remove the worktree and its folder; synchronous, so signal handlers can use it too. Never throws. */
export function removeWorktreeSync(cwd: string, dir: string): void {
  spawnSync('git', ['worktree', 'remove', '--force', '--force', dir], { cwd, stdio: 'ignore' });
  spawnSync('git', ['worktree', 'prune'], { cwd, stdio: 'ignore' });
}

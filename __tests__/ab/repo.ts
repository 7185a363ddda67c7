/** A tiny real git repository for A/B tests: a shell "benchmark" printing Go benchmark lines. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function sh(cwd: string, cmd: string, args: string[]): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  });
}

/**
 * A script that prints `go test -bench` lines for BenchmarkA and BenchmarkB, `ns` per op read from the
 * file `speed` (BenchmarkB scaled by `factor` in the head commit), with ±1% jitter from $RANDOM.
 */
const SCRIPT = `#!/usr/bin/env bash
set -e
read -r a < speed
read -r f < factor
jit() { echo $(( $1 * (1000 + RANDOM % 21 - 10) / 1000 )); }
echo "goos: linux"
echo "BenchmarkA-2   1000   $(jit $a) ns/op"
echo "BenchmarkB-2   1000   $(jit $(( a * f / 100 ))) ns/op"
echo "PASS"
`;

export interface Repo {
  dir: string;
  base: string;
  head: string;
  root: string;
}

/** Two commits: base (factor 100) and head (factor `headFactor`). */
export function makeRepo(headFactor = 100, extra: (dir: string) => void = () => {}): Repo {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-ab-test-'));
  const dir = path.join(root, 'origin');
  fs.mkdirSync(dir);
  sh(dir, 'git', ['init', '-q', '-b', 'main']);
  fs.writeFileSync(path.join(dir, 'bench.sh'), SCRIPT, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'speed'), '10000\n');
  fs.writeFileSync(path.join(dir, 'factor'), '100\n');
  sh(dir, 'git', ['add', '.']);
  sh(dir, 'git', ['commit', '-qm', 'base']);
  const base = sh(dir, 'git', ['rev-parse', 'HEAD']).trim();
  fs.writeFileSync(path.join(dir, 'factor'), `${headFactor}\n`);
  extra(dir);
  sh(dir, 'git', ['add', '.']);
  sh(dir, 'git', ['commit', '-qm', 'head', '--allow-empty']);
  const head = sh(dir, 'git', ['rev-parse', 'HEAD']).trim();
  return { dir, base, head, root };
}

/** A shallow clone (depth 1: only the head commit) of the repo, as actions/checkout makes. */
export function shallowClone(repo: Repo): string {
  const dir = path.join(repo.root, 'clone');
  sh(repo.root, 'git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, dir]);
  return dir;
}

export function worktrees(dir: string): string[] {
  return sh(dir, 'git', ['worktree', 'list', '--porcelain'])
    .split('\n')
    .filter((l) => l.startsWith('worktree '));
}

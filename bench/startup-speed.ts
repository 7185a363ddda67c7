/**
 * How long the action takes to start: the bundle (dist/index.js, rebuilt when stale) under Node 24 in
 * a runner's step environment, from spawn to its first log line, against a bare `node -e 0` from
 * spawn to exit, on the same machine in the same run. The two are interleaved and each is the median
 * of its rounds, so a loaded machine slows both alike; the target is on the difference.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt } from '../test-support/build.js';
import { node24 } from '../test-support/action.js';
import { prepareRun, pushEvent, ROOT } from '../test-support/runner-env.js';
import { GO_OUTPUT } from '../test-support/go-output.js';
import { makeWorkspace } from '../test-support/workspace.js';
import type { Measurement } from './stats-speed.js';

const ROUNDS = 15;

/** Milliseconds from spawn to the first byte on stdout (or to exit, when `untilExit`). */
function time(args: string[], env: NodeJS.ProcessEnv, cwd: string, untilExit: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(node24(), args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    const done = (): void => resolve(Number(process.hrtime.bigint() - start) / 1e6);
    if (untilExit) child.on('exit', done);
    else child.stdout.once('data', done);
    child.stdout.resume();
    child.on('error', reject);
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function startupSpeed(): Promise<Measurement[]> {
  ensureBuilt();
  const workspace = makeWorkspace({ 'bench.txt': GO_OUTPUT });
  const step = prepareRun({
    workspace,
    inputs: { 'output-file': 'bench.txt', store: 'none', suite: 'go' },
    eventName: 'push',
    event: pushEvent('main'),
  });
  const entry = path.join(ROOT, 'dist', 'index.js');
  const bare: number[] = [];
  const action: number[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      bare.push(await time(['-e', '0'], step.env, workspace, true));
      action.push(await time([entry], step.env, workspace, false));
    }
  } finally {
    step.finish(0, '', '');
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  const a = median(action);
  const b = median(bare);
  const round = (x: number): number => Math.round(x * 10) / 10;
  return [
    { name: 'startup: node -e 0 (median)', unit: 'ms', value: round(b) },
    { name: 'startup: action to its first log line (median)', unit: 'ms', value: round(a) },
    { name: 'startup: action first log line over bare node', unit: 'ms', value: round(a - b) },
  ];
}

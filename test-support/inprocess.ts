/**
 * Runs the action in this process: `run(deps)` from src/main.ts with the real world of src/world.ts —
 * the real @actions/core, Octokit, @actions/artifact and @actions/cache — in the environment a runner
 * gives a step (the same one runAction builds for dist/). Only the network is fake: the clients talk
 * to the HTTP stand-ins named in that environment.
 *
 * The toolkit reads process.env and process.cwd() when called, so for the duration of the run the
 * process environment is the step's (restored afterwards), and stdout is captured to read the
 * annotations back, as a runner does.
 */
import { run } from '../src/main.js';
import { world } from '../src/world.js';
import type { Deps } from '../src/modes/shared.js';
import * as core from '@actions/core';
import { prepareRun, type ActionRunOptions, type ActionRunResult } from './runner-env.js';

export interface InProcessOptions extends ActionRunOptions {
  /** Replace parts of the world (the clock, the seed, the runner fingerprint, a factory). */
  deps?: Partial<Deps>;
}

export async function runInProcess(o: InProcessOptions): Promise<ActionRunResult> {
  const { env, finish } = prepareRun(o);
  const savedEnv = process.env;
  const savedExitCode = process.exitCode;
  const write = process.stdout.write;
  let stdout = '';
  process.env = { ...env };
  process.stdout.write = ((chunk: unknown): boolean => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  let exitCode: number;
  try {
    // A fresh job summary per step: the toolkit's one remembers the first step's file.
    const summary = new (core.summary.constructor as new () => typeof core.summary)();
    const stepCore = { ...core, summary };
    exitCode = (await run({ ...world(stepCore, process.env, o.workspace), ...o.deps })).exitCode;
  } finally {
    process.stdout.write = write;
    process.env = savedEnv;
    // core.setFailed sets the exit code of the process: it belongs to the step, not to jest.
    process.exitCode = savedExitCode;
  }
  return finish(exitCode, stdout, '');
}

/**
 * A/B mode's engine (DESIGN.md §3 mode 0): benchgate runs base and head itself, interleaved, on one runner.
 *
 *   resolve the base commit (fetch it when the checkout lacks it) → a detached `git worktree` of it in a
 *   temp folder → build head, then base (once each) → rounds of one base and one head run, the order in
 *   each round randomized and balanced (seeded, recorded) → judge the first look → if it would warn or
 *   fail, confirmation rounds and a final judgement on all rounds → remove the worktree (also on error
 *   and on SIGINT/SIGTERM).
 *
 * Every run is a fresh `bash -e -o pipefail -c CMD` process with the credential-free environment of
 * env.ts. The base tree is a separate folder outside the head tree, each side's output is read from its
 * own tree, and an output file is deleted before each run, so a stale file is never read twice. A broken
 * base never makes a fail (its rounds are dropped, with a note); a broken head is an error.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Series } from '../model.js';
import { BenchgateError, errorMessage } from '../errors.js';
import { parseText } from '../parse/detect.js';
import { readOutputs } from '../results.js';
import { Rng } from '../stats/index.js';
import type { SuiteVerdict, Warning } from '../analyze/types.js';
import { mergeLooks, needsConfirmation, type AbDetails, type AbRound } from '../analyze/paired.js';
import { scrubEnv } from './env.js';
import { addWorktree, git, removeWorktreeSync, resolveBase, revParse } from './git.js';
import { killAll, runCommand, stderrTail, type CommandResult } from './process.js';

export type Side = 'base' | 'head';

export interface AbOptions {
  /** The head work tree (a git work tree at the head commit). */
  headDir: string;
  /** The base commit or ref. */
  base: string;
  run: string;
  build?: string;
  /** The output file relative to each tree; stdout when absent. */
  outputFile?: string;
  format: string;
  /** Rounds of the first look. */
  rounds: number;
  /** Extra rounds when the first look would warn or fail, or leaves a series open (0 = no confirmation). */
  confirmRounds: number;
  /** Stop starting rounds when the next would end past this (ms, from the start, builds included). */
  timeBudgetMs: number;
  env: NodeJS.ProcessEnv;
  log(message: string): void;
  /** Rounds → a verdict (the caller binds config and settings; analyzePaired underneath). */
  judge(rounds: AbRound[], ids: { base: string; head: string }): SuiteVerdict;
  /** Folder for the base worktree (default: RUNNER_TEMP or the OS temp folder). */
  tmpRoot?: string;
  /** Seed of the round order (default: the two commit SHAs). */
  seed?: string;
  now?: () => number;
  /** Install SIGINT/SIGTERM handlers that remove the worktree (default true). */
  handleSignals?: boolean;
}

export interface AbResult {
  verdict: SuiteVerdict;
  details: AbDetails;
  rounds: AbRound[];
}

/** `n` sides, half base-first (the odd one decided by the seed), shuffled by Fisher–Yates. */
export function balancedOrder(n: number, seed: string): Side[] {
  const rng = new Rng(seed);
  const extra: Side = rng.next() < 0.5 ? 'base' : 'head';
  const out: Side[] = [];
  for (let i = 0; i < n; i++) out.push(i < n >> 1 ? 'base' : i < 2 * (n >> 1) ? 'head' : extra);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** An output path must stay inside its tree: a relative path without `..` segments. */
function checkOutputPath(p: string): void {
  if (path.isAbsolute(p) || p.split(/[\\/]/).includes('..'))
    throw new BenchgateError(
      'output-file',
      `expected a path relative to the work tree without "..", got "${p}"`,
    );
}

class SideFailure extends Error {
  constructor(
    readonly side: Side,
    message: string,
  ) {
    super(message);
  }
}

export async function runAb(o: AbOptions): Promise<AbResult> {
  const now = o.now ?? Date.now;
  const start = now();
  if (o.outputFile) checkOutputPath(o.outputFile);
  const headDir = path.resolve(o.headDir);
  const top = await git(headDir, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0)
    throw new BenchgateError(
      headDir,
      'expected a git work tree at the head commit (run from inside the repository)',
    );
  const headSha = await revParse(headDir, 'HEAD');
  if (!headSha) throw new BenchgateError(headDir, 'expected a checked-out head commit');
  const base = await resolveBase(headDir, o.base);
  if (base.note) o.log(`benchgate: ${base.note}`);

  const root = o.tmpRoot ?? o.env.RUNNER_TEMP ?? os.tmpdir();
  const tmp = fs.mkdtempSync(path.join(root, 'benchgate-ab-'));
  const baseDir = path.join(tmp, 'base');
  const rel = path.relative(headDir, baseDir);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new BenchgateError(root, 'expected a temp folder outside the head work tree');
  }
  let cleaned = false;
  const cleanup = (): void => {
    if (cleaned) return;
    cleaned = true;
    removeWorktreeSync(headDir, baseDir);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    killAll('SIGKILL');
    cleanup();
    o.log(`benchgate: ${signal}: stopped, the base worktree was removed`);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  if (o.handleSignals !== false) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  try {
    await addWorktree(headDir, baseDir, base.sha);
    const { env, removed } = scrubEnv(o.env);
    if (removed.length)
      o.log(
        `benchgate: running the commands without ${removed.length} credential variable(s): ${removed.join(', ')}`,
      );
    const dirs: Record<Side, string> = { base: baseDir, head: headDir };
    const ms: Record<Side, number> = { base: 0, head: 0 };
    const warnings: Warning[] = [];
    let baseBroken: string | undefined;

    const exec = async (side: Side, command: string): Promise<CommandResult> => {
      const r = await runCommand(command, dirs[side], env, now);
      ms[side] += r.ms;
      return r;
    };

    // Builds: head first (a broken head is an error, reported before any time is spent on rounds).
    if (o.build) {
      for (const side of ['head', 'base'] as const) {
        o.log(
          `benchgate: building ${side} (${side === 'base' ? base.sha.slice(0, 12) : headSha.slice(0, 12)})`,
        );
        const r = await exec(side, o.build);
        if (r.code !== 0) {
          const what = `the build command exited with ${r.signal ?? r.code} in the ${side} tree; its stderr ends: ${stderrTail(r.stderr)}`;
          if (side === 'head')
            throw new BenchgateError('build', `expected the head commit to build, ${what}`);
          baseBroken = `The base commit ${base.sha.slice(0, 12)} does not build, so nothing was compared (${what}).`;
        }
      }
    }

    const runOnce = async (side: Side): Promise<Series[]> => {
      const dir = dirs[side];
      if (o.outputFile) fs.rmSync(path.join(dir, o.outputFile), { force: true, recursive: true });
      const r = await exec(side, o.run);
      if (r.code !== 0)
        throw new SideFailure(
          side,
          `the benchmark command exited with ${r.signal ?? r.code} in the ${side} tree; its stderr ends: ${stderrTail(r.stderr)}`,
        );
      try {
        if (o.outputFile) {
          if (!fs.existsSync(path.join(dir, o.outputFile)) && !/[*?[\]{}]/.test(o.outputFile))
            throw new SideFailure(
              side,
              `the benchmark command did not write ${o.outputFile} in the ${side} tree`,
            );
          return readOutputs([o.outputFile], o.format, dir).series;
        }
        return parseText(r.stdout, `stdout of the ${side} run`, o.format).series;
      } catch (e) {
        if (e instanceof SideFailure) throw e;
        throw new SideFailure(
          side,
          `its output could not be read: ${errorMessage(e).replace(/^benchgate: /, '')}`,
        );
      }
    };

    const rounds: AbRound[] = [];
    let roundMs = 0;
    let stoppedByBudget = false;
    let baseFailures = 0;
    const order: Side[] = [];
    const seed = o.seed ?? `${base.sha}:${headSha}`;

    const runRounds = async (n: number, look: string): Promise<number> => {
      const sides = balancedOrder(n, `${seed}:${look}`);
      let done = 0;
      for (const first of sides) {
        const elapsed = now() - start;
        const estimate = rounds.length ? roundMs / rounds.length : 0;
        if (rounds.length > 0 && elapsed + estimate > o.timeBudgetMs) {
          stoppedByBudget = true;
          break;
        }
        const t0 = now();
        const round: AbRound = { first };
        for (const side of first === 'base' ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
          try {
            round[side] = await runOnce(side);
          } catch (e) {
            if (!(e instanceof SideFailure)) throw e;
            if (side === 'head')
              throw new BenchgateError(
                'run',
                `expected the benchmark to run on the head commit, in round ${rounds.length + 1} ${e.message}`,
              );
            baseFailures++;
            warnings.push({
              kind: 'baseline-unavailable',
              message: `Round ${rounds.length + 1}: ${e.message}; the round was left out.`,
              hint: 'A base that fails never makes a fail; fix the base or choose another `ab-base`.',
            });
          }
        }
        rounds.push(round);
        order.push(first);
        roundMs += now() - t0;
        done++;
        o.log(
          `benchgate: round ${rounds.length} (${first} first) done in ${((now() - t0) / 1000).toFixed(1)} s`,
        );
      }
      return done;
    };

    const ids = { base: base.sha, head: headSha };
    let verdict: SuiteVerdict;
    let confirmRounds = 0;
    if (baseBroken) {
      verdict = o.judge([], ids);
      verdict.warnings = [
        {
          kind: 'baseline-unavailable',
          message: baseBroken,
          hint: 'A base that does not build never makes a fail.',
        },
      ];
    } else {
      await runRounds(o.rounds, 'first');
      const first = o.judge(rounds, ids);
      verdict = first;
      if (o.confirmRounds > 0 && needsConfirmation(first)) {
        if (stoppedByBudget) {
          first.warnings.push(
            budgetWarning('so the flagged series were decided without confirmation rounds'),
          );
        } else {
          o.log(
            `benchgate: the first look would ${first.verdict} or left a worse-looking series open; running ${o.confirmRounds} confirmation rounds`,
          );
          confirmRounds = await runRounds(o.confirmRounds, 'confirm');
          verdict = confirmRounds > 0 ? mergeLooks(first, o.judge(rounds, ids), confirmRounds) : first;
          if (confirmRounds === 0)
            verdict.warnings.push(
              budgetWarning('so the flagged series were decided without confirmation rounds'),
            );
        }
      }
      if (stoppedByBudget && !verdict.warnings.some((w) => w.message.startsWith('The time budget')))
        verdict.warnings.push(
          budgetWarning(`after ${rounds.length} rounds; the verdict is decided on what was collected`),
        );
      if (baseFailures === rounds.length && rounds.length > 0) {
        verdict.warnings = verdict.warnings.filter((w) => w.kind !== 'baseline-unavailable');
        warnings.unshift({
          kind: 'baseline-unavailable',
          message: `The benchmark failed on the base commit ${base.sha.slice(0, 12)} in every round, so nothing was compared.`,
          hint: 'A base that fails never makes a fail.',
        });
      }
      verdict.warnings.push(...warnings);
    }
    if (base.note) verdict.warnings.push({ kind: 'config', message: `A/B: ${base.note}.` });
    const details: AbDetails = {
      rounds: rounds.length,
      confirmRounds,
      order,
      seed,
      baseCommit: base.sha,
      headCommit: headSha,
      ms: { ...ms },
      ...(stoppedByBudget ? { stoppedByBudget } : {}),
      ...(base.note ? { note: base.note } : {}),
    };
    verdict.ab = details;
    verdict.baselineCommit = base.sha;
    return { verdict, details, rounds };

    function budgetWarning(what: string): Warning {
      return {
        kind: 'limit',
        message: `The time budget (${Math.round(o.timeBudgetMs / 1000)} s) stopped new rounds ${what}.`,
        hint: 'Raise `ab-time-budget`, or make one run of the benchmark command shorter.',
      };
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    cleanup();
  }
}

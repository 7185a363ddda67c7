#!/usr/bin/env node
/**
 * The CLI (DESIGN.md §7): the action's engine on local files.
 *   benchgate parse FILE [--format NAME]
 *   benchgate compare --baseline B [--baseline B2 ...] --current C [--format NAME] [--json] [--config F]
 *                     [--warn-threshold 5%] [--fail-threshold 10%]
 * Exit 0 pass/warn, 1 fail, 2 error; errors are one line on stderr.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { History, Run } from './model.js';
import { BenchgateError, errorMessage } from './errors.js';
import { readOutputs, readOutput } from './results.js';
import { analyzeInput, applyOverrides, loadConfig } from './config/index.js';
import { INPUTS, type InputName } from './config/inputs.js';
import { analyze } from './analyze/index.js';
import { renderJson, renderMarkdown } from './report/index.js';

export interface Writable {
  write(chunk: string): unknown;
}

const USAGE = `usage:
  benchgate parse FILE [--format NAME]
  benchgate compare --baseline FILE [--baseline FILE ...] --current FILE [--format NAME] [--json]
                    [--config FILE] [--warn-threshold 5%] [--fail-threshold 10%]`;

interface Args {
  positional: string[];
  flags: Map<string, string[]>;
  bools: Set<string>;
}

const BOOL_FLAGS = new Set(['json', 'help']);

function parseArgs(argv: string[]): Args {
  const a: Args = { positional: [], flags: new Map(), bools: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (BOOL_FLAGS.has(name)) {
        a.bools.add(name);
        continue;
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new BenchgateError(`--${name}`, 'expected a value after the flag');
      a.flags.set(name, [...(a.flags.get(name) ?? []), value]);
    } else a.positional.push(arg);
  }
  return a;
}

function one(a: Args, name: string): string | undefined {
  const v = a.flags.get(name);
  if (v && v.length > 1) throw new BenchgateError(`--${name}`, 'expected the flag once');
  return v?.[0];
}

function checkFlags(a: Args, allowed: string[]): void {
  for (const k of a.flags.keys())
    if (!allowed.includes(k))
      throw new BenchgateError(
        `--${k}`,
        `unknown flag; expected one of ${allowed.map((f) => `--${f}`).join(', ')}`,
      );
}

function cmdParse(a: Args, out: Writable, cwd: string): number {
  checkFlags(a, ['format']);
  if (a.positional.length !== 1) throw new BenchgateError('parse', 'expected exactly one FILE');
  const r = readOutput(a.positional[0], one(a, 'format') ?? 'auto', cwd);
  out.write(`${JSON.stringify({ format: r.format, series: r.series }, null, 2)}\n`);
  return 0;
}

function cmdCompare(a: Args, out: Writable, cwd: string): number {
  checkFlags(a, ['baseline', 'current', 'format', 'config', 'warn-threshold', 'fail-threshold', 'suite']);
  const baselines = a.flags.get('baseline') ?? [];
  const currentFile = one(a, 'current');
  if (baselines.length === 0) throw new BenchgateError('compare', 'expected at least one --baseline FILE');
  if (!currentFile) throw new BenchgateError('compare', 'expected --current FILE');
  const format = one(a, 'format') ?? 'auto';
  const inputs: Partial<Record<InputName, string>> = {
    [INPUTS.outputFile]: currentFile,
    [INPUTS.warnThreshold]: one(a, 'warn-threshold') ?? '',
    [INPUTS.failThreshold]: one(a, 'fail-threshold') ?? '',
    [INPUTS.config]: one(a, 'config') ?? '',
    [INPUTS.suite]: one(a, 'suite') ?? '',
  };
  const config = loadConfig({
    input: (n) => inputs[n] ?? '',
    readFile: (p) => {
      try {
        return fs.readFileSync(path.resolve(cwd, p), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
  const toRun = (file: string, i: number): Run => {
    const r = readOutputs([file], format, cwd);
    return {
      suite: config.suite,
      tool: r.format,
      commit: path.basename(file),
      ref: '',
      timestamp: new Date(i * 1000).toISOString(),
      series: applyOverrides(config.analysis, r.series),
    };
  };
  const current = toRun(currentFile, baselines.length);
  const baseRuns = baselines.map(toRun);
  const history: History | undefined =
    baseRuns.length > 1 ? { schemaVersion: 1, suite: config.suite, runs: baseRuns } : undefined;
  const verdict = analyze(
    analyzeInput(
      config,
      current,
      { baselineRun: baseRuns.length === 1 ? baseRuns[0] : undefined, history },
      `${config.suite}:${baselines.join(',')}:${currentFile}`,
    ),
  );
  if (a.bools.has('json')) out.write(`${JSON.stringify(renderJson(verdict), null, 2)}\n`);
  else out.write(`${renderMarkdown(verdict)}\n`);
  return verdict.verdict === 'fail' ? 1 : 0;
}

/** The CLI as a function, so tests call it like one. */
export async function main(
  argv: string[],
  stdout: Writable,
  stderr: Writable,
  cwd = process.cwd(),
): Promise<number> {
  try {
    const a = parseArgs(argv);
    const [cmd, ...rest] = a.positional;
    a.positional = rest;
    if (a.bools.has('help') || cmd === 'help') {
      stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (cmd === 'parse') return cmdParse(a, stdout, cwd);
    if (cmd === 'compare') return cmdCompare(a, stdout, cwd);
    stderr.write(`${USAGE}\n`);
    return 2;
  } catch (e) {
    stderr.write(`${errorMessage(e)}\n`);
    return 2;
  }
}

// Run when executed directly (node dist/cli.js …), not when imported by tests.
const self = fileURLToPath(import.meta.url);
if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  const code = await main(process.argv.slice(2), process.stdout, process.stderr);
  process.exitCode = code;
}

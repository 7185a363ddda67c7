/**
 * `benchgate compare`: the current output against one earlier output (two-sample, as the action's
 * same-job mode) or several (a history, oldest first, as its history mode). Exit 0 pass/warn, 1 fail.
 */
import * as path from 'node:path';
import type { History, Run } from '../model.js';
import { BenchgateError } from '../errors.js';
import { analyzeInput, applyOverrides, type Config } from '../config/index.js';
import { readOutputs } from '../results.js';
import { analyze, type SuiteVerdict } from '../analyze/index.js';
import { renderJson, renderMarkdown } from '../report/index.js';
import type { CliIO, Command, OptionValues } from './command.js';
import { CONFIG_OPTIONS, CONFIG_USAGE, cliConfig, required, strs } from './shared.js';

/** The run of one output file; its commit is the file's name, the order gives its time. */
function runOf(config: Config, file: string, i: number, cwd: string): Run {
  const r = readOutputs([file], config.format, cwd);
  return {
    suite: config.suite,
    tool: r.format,
    commit: path.basename(file),
    ref: '',
    timestamp: new Date(i * 1000).toISOString(),
    series: applyOverrides(config.analysis, r.series),
  };
}

/** The report on stdout, Markdown or JSON; the exit code from the verdict. */
export function printVerdict(verdict: SuiteVerdict, values: OptionValues, io: CliIO): number {
  if (values.json === true) io.stdout.write(`${JSON.stringify(renderJson(verdict), null, 2)}\n`);
  else io.stdout.write(`${renderMarkdown(verdict)}\n`);
  return verdict.verdict === 'fail' ? 1 : 0;
}

export const compare: Command = {
  name: 'compare',
  usage: `benchgate compare --baseline FILE [--baseline FILE ...] --current FILE [options]
  Compare the current output with one earlier output (two samples) or several (a history, oldest
  first). Prints the report; exit 0 pass or warn, 1 fail, 2 error.
  --baseline FILE         an earlier output; repeat for a history, oldest first
  --current FILE          the output to judge
  --json                  print the JSON report instead of Markdown
${CONFIG_USAGE}`,
  options: {
    baseline: { type: 'string', multiple: true },
    current: { type: 'string' },
    json: { type: 'boolean' },
    ...CONFIG_OPTIONS,
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new BenchgateError(
        'compare',
        `unexpected argument ${JSON.stringify(positionals[0])}; give files with --baseline and --current`,
      );
    const baselines = strs(values, 'baseline');
    if (baselines.length === 0) throw new BenchgateError('compare', 'expected at least one --baseline FILE');
    const currentFile = required(values, 'current', 'compare', 'FILE');
    const config = cliConfig(values, io, [currentFile]);
    const current = runOf(config, currentFile, baselines.length, io.cwd);
    const baseRuns = baselines.map((f, i) => runOf(config, f, i, io.cwd));
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
    return printVerdict(verdict, values, io);
  },
};

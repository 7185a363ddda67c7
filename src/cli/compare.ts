/**
 * `benchgate compare`: the current output against one earlier output (two-sample, as the action's
 * same-job mode), several (a history, oldest first), or a history file (as the action's history mode:
 * the runs from this kind of runner, through the same analysis). Exit 0 pass/warn, 1 fail.
 */
import * as path from 'node:path';
import type { History, Run } from '../model.js';
import { BenchgateError } from '../errors.js';
import { analyzeInput, applyOverrides, type Config } from '../config/index.js';
import { readOutputs } from '../results.js';
import { sameRunner } from '../history/runner.js';
import { analyze, type SuiteVerdict } from '../analyze/index.js';
import { renderJson, renderMarkdown } from '../report/index.js';
import type { CliIO, Command, OptionValues } from './command.js';
import { CONFIG_OPTIONS, CONFIG_USAGE, cliConfig, required, str, strs } from './shared.js';
import { runnerFingerprint } from '../fingerprint.js';
import { keptAsideError, loadHistoryFile, readRun } from './runs.js';
import { writeMetrics } from './metrics.js';

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

/** The report on stdout, Markdown or JSON, the metrics file when asked; the exit code from the verdict. */
export function printVerdict(verdict: SuiteVerdict, values: OptionValues, io: CliIO): number {
  const json = renderJson(verdict);
  if (values.json === true) io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else io.stdout.write(`${renderMarkdown(verdict)}\n`);
  const metrics = str(values, 'metrics');
  if (metrics) writeMetrics(metrics, verdict.suite, json.series, io, verdict.counts);
  return verdict.verdict === 'fail' ? 1 : 0;
}

/** --history: this machine's run against the file's runs from the same kind of runner. */
async function againstHistory(
  config: Config,
  file: string,
  currentFile: string,
  values: OptionValues,
  io: CliIO,
): Promise<SuiteVerdict> {
  const current = readRun(
    config,
    [currentFile],
    { commit: path.basename(currentFile), ref: '', timestamp: new Date().toISOString() },
    io,
  );
  const loaded = await loadHistoryFile(file, config.suite, io);
  if (loaded.keptAside) throw keptAsideError(file, loaded.keptAside);
  const same = loaded.found
    ? sameRunner(loaded.history, runnerFingerprint(), config.analysis.minSamples)
    : undefined;
  if (same && same.dropped > 0)
    io.stderr.write(
      `benchgate: comparing with the ${same.history.runs.length} run(s) from this kind of runner (${same.dropped} from other hardware left out)\n`,
    );
  const history = same?.history;
  const verdict = analyze(
    analyzeInput(
      config,
      current,
      { history },
      `${config.suite}:${history?.runs.at(-1)?.commit ?? ''}:${current.commit}`,
    ),
  );
  if (same?.warning) verdict.warnings.push(same.warning);
  return verdict;
}

export const compare: Command = {
  name: 'compare',
  usage: `benchgate compare (--baseline FILE [--baseline FILE ...] | --history FILE) --current FILE [options]
  Compare the current output with one earlier output (two samples), several (a history, oldest
  first), or a history file kept by record. Prints the report; exit 0 pass or warn, 1 fail, 2 error.
  --baseline FILE         an earlier output; repeat for a history, oldest first
  --history FILE          a history file written by benchgate record (or the action's file store)
  --current FILE          the output to judge
  --json                  print the JSON report instead of Markdown
  --metrics FILE          also write an OpenMetrics text file (GitLab's metrics.txt)
${CONFIG_USAGE}`,
  options: {
    baseline: { type: 'string', multiple: true },
    history: { type: 'string' },
    current: { type: 'string' },
    json: { type: 'boolean' },
    metrics: { type: 'string' },
    ...CONFIG_OPTIONS,
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new BenchgateError(
        'compare',
        `unexpected argument ${JSON.stringify(positionals[0])}; give files with --baseline or --history, and --current`,
      );
    const baselines = strs(values, 'baseline');
    const historyFile = str(values, 'history');
    if (baselines.length === 0 && historyFile === undefined)
      throw new BenchgateError('compare', 'expected --baseline FILE (one or more) or --history FILE');
    if (baselines.length > 0 && historyFile !== undefined)
      throw new BenchgateError('compare', 'expected --baseline or --history, not both');
    const currentFile = required(values, 'current', 'compare', 'FILE');
    const config = cliConfig(values, io, [currentFile]);
    if (historyFile !== undefined)
      return printVerdict(await againstHistory(config, historyFile, currentFile, values, io), values, io);
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

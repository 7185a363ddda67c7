/**
 * `benchgate record --history FILE OUTPUT...`: append this run to a history file, as the action's
 * file store does on a base-branch push: validated, capped at --history-size runs, written to a
 * temporary file and renamed, and an unusable file kept aside rather than written over.
 */
import { BenchgateError } from '../errors.js';
import { appendRun } from '../history/model.js';
import { storable } from '../history/fit.js';
import type { Command } from './command.js';
import { CONFIG_OPTIONS, CONFIG_USAGE, cliConfig, required, str } from './shared.js';
import { commitOf, keptAsideError, loadHistoryFile, readRun, refOf, timestampOf } from './runs.js';
import { writeMetrics } from './metrics.js';

export const record: Command = {
  name: 'record',
  usage: `benchgate record --history FILE OUTPUT... [options]
  Append a run of OUTPUT files (globs allowed) to the history FILE (created when missing), keeping the
  newest --history-size runs. Run it on the main branch; compare branches with compare --history.
  --history FILE          the history file (JSON, as the action's file store writes it)
  --commit SHA            the run's commit (default: $CI_COMMIT_SHA, $BUILDKITE_COMMIT, $GIT_COMMIT,
                          $GITHUB_SHA, or git rev-parse HEAD)
  --ref REF               the run's branch (default: the CI's branch variable, or git's branch)
  --timestamp ISO         the run's time (default: now)
  --history-size N        the most runs kept, oldest dropped first (default: 100)
  --metrics FILE          also write the run's values as an OpenMetrics text file (GitLab's metrics.txt)
${CONFIG_USAGE}`,
  options: {
    history: { type: 'string' },
    commit: { type: 'string' },
    ref: { type: 'string' },
    timestamp: { type: 'string' },
    'history-size': { type: 'string' },
    metrics: { type: 'string' },
    ...CONFIG_OPTIONS,
  },
  async run(values, positionals, io) {
    const file = required(values, 'history', 'record', 'FILE');
    if (positionals.length === 0)
      throw new BenchgateError('record', 'expected at least one OUTPUT file after the flags');
    const config = cliConfig(values, io, positionals, { 'history-size': str(values, 'history-size') ?? '' });
    const run = readRun(
      config,
      positionals,
      { commit: commitOf(values, io), ref: refOf(values, io), timestamp: timestampOf(values, new Date()) },
      io,
    );
    const { store, history, keptAside } = await loadHistoryFile(file, config.suite, io);
    if (keptAside) io.stderr.write(`${keptAsideError(file, keptAside).line}; starting a new history\n`);
    // What is written must load again: the same validation every store applies on load.
    const fit = storable(appendRun(history, run, config.historySize), config.suite);
    if (!fit.ok) throw new BenchgateError(file, `expected a run the history can hold; ${fit.reason}`);
    if (fit.trimmedSamples > 0 || fit.droppedRuns > 0)
      io.stderr.write(
        `benchgate: ${file}: trimmed to stay under the history's size cap: ${fit.trimmedSamples} older run(s) ` +
          `lost their samples, the ${fit.droppedRuns} oldest run(s) were dropped\n`,
      );
    const next = fit.history;
    const saved = await store.save(next);
    if (saved.kind !== 'saved')
      throw new BenchgateError(file, `expected to write the history: ${saved.reason}`);
    if (str(values, 'metrics'))
      writeMetrics(
        str(values, 'metrics')!,
        config.suite,
        run.series.map((s) => ({ ...s, current: s.value })),
        io,
      );
    io.stdout.write(
      `benchgate: recorded ${run.series.length} series of ${run.commit} in ${file} (${next.runs.length} run(s))\n`,
    );
    return 0;
  },
};

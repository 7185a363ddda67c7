/**
 * `benchgate ab`: A/B mode from inside a git work tree at the head commit — the action's engine
 * (src/ab/): a detached worktree of the base, both trees built, interleaved rounds, confirmation.
 * Progress goes to stderr, the report to stdout; exit 0 pass or warn, 1 fail, 2 error.
 */
import { BenchgateError } from '../errors.js';
import { INPUTS } from '../config/inputs.js';
import { runAbSuite } from '../ab/index.js';
import type { Command } from './command.js';
import { printVerdict } from './compare.js';
import { CONFIG_OPTIONS, CONFIG_USAGE, cliConfig, required, str } from './shared.js';

export const ab: Command = {
  name: 'ab',
  usage: `benchgate ab --base REF --run CMD [--build CMD] [--output FILE] [--rounds N] [options]
  Benchmark the base commit and this work tree in interleaved rounds on this machine, and judge the
  paired rounds. Run from inside the git work tree at the head commit. The commands run with
  \`bash -e -o pipefail -c\` in each tree, without credentials in their environment.
  --base REF              the base commit or ref (fetched with depth 1 when missing)
  --run CMD               the benchmark command; its output is its stdout unless --output is given
  --build CMD             run once in each tree before any round
  --output FILE           the output file the command writes, relative to each tree
  --rounds N              rounds of one base and one head run (default 10)
  --time-budget DURATION  start no round after this much wall time, e.g. 10m (default 15m)
  --no-confirm            decide on the first rounds, without confirmation rounds
  --json                  print the JSON report instead of Markdown
${CONFIG_USAGE}`,
  options: {
    base: { type: 'string' },
    run: { type: 'string' },
    build: { type: 'string' },
    output: { type: 'string' },
    rounds: { type: 'string' },
    'time-budget': { type: 'string' },
    'no-confirm': { type: 'boolean' },
    json: { type: 'boolean' },
    ...CONFIG_OPTIONS,
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new BenchgateError('ab', `unexpected argument ${JSON.stringify(positionals[0])}`);
    const base = required(values, 'base', 'ab', 'REF');
    const run = required(values, 'run', 'ab', 'CMD');
    const output = str(values, 'output');
    const config = cliConfig(values, io, output ? [output] : [], {
      [INPUTS.run]: run,
      [INPUTS.build]: str(values, 'build') ?? '',
      [INPUTS.abBase]: base,
      [INPUTS.abRounds]: str(values, 'rounds') ?? '',
      [INPUTS.abTimeBudget]: str(values, 'time-budget') ?? '',
      [INPUTS.abConfirm]: values['no-confirm'] === true ? 'false' : '',
    });
    const result = await runAbSuite(
      config,
      { ...config.ab!, base, outputFile: output },
      { headDir: io.cwd, env: io.env, log: (m) => io.stderr.write(`${m}\n`) },
    );
    return printVerdict(result.verdict, values, io);
  },
};

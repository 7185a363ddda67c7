/** `benchgate parse FILE [--format NAME]`: the series benchgate reads from one output, as JSON. */
import { BenchgateError } from '../errors.js';
import { readFormat } from '../config/index.js';
import { readOutput } from '../results.js';
import type { Command } from './command.js';
import { str } from './shared.js';

export const parse: Command = {
  name: 'parse',
  usage: `benchgate parse FILE [--format NAME]
  Print the series read from one benchmark output (a file or a folder) as JSON {format, series}.
  --format NAME           the output format (default: auto, detected from the content)`,
  options: { format: { type: 'string' } },
  async run(values, positionals, io) {
    if (positionals.length !== 1)
      throw new BenchgateError('parse', `expected exactly one FILE, got ${positionals.length}`);
    const format = readFormat('--format', str(values, 'format') ?? '');
    const r = readOutput(positionals[0], format, io.cwd);
    io.stdout.write(`${JSON.stringify({ format: r.format, series: r.series }, null, 2)}\n`);
    return 0;
  },
};

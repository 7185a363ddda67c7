/**
 * The CLI as a function (tests call it like one): dispatch to a command, `--help`/`-h`, `--version`,
 * and the one top-level catch. Errors are one line on stderr and exit 2.
 */
import { BenchgateError, errorMessage } from '../errors.js';
import { nearest } from '../config/values.js';
import type { CliIO, Command } from './command.js';
import { COMMANDS } from './commands.js';
import { parseCommandArgs } from './args.js';
import { VERSION } from './version.js';

export function usage(commands: readonly Command[] = COMMANDS): string {
  return [
    `benchgate ${VERSION}: benchmark regressions, decided with statistics`,
    '',
    'usage:',
    ...commands.map((c) => c.usage.replace(/^/gm, '  ')),
    '  benchgate --version     print the version',
    '  benchgate --help, -h    print this help (benchgate COMMAND --help: one command)',
    '',
    'Exit status: 0 pass or warn, 1 fail, 2 error (one line on stderr: benchgate: <where>: <what>).',
    'BENCHGATE_DEBUG=1 also prints the stack of an internal error, mapped to src/.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const one = COMMANDS.find((c) => c.name === rest[0]);
      io.stdout.write(one ? `usage: ${one.usage}\n` : usage());
      return 0;
    }
    if (first === undefined) {
      io.stderr.write(usage());
      return 2;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      const names = COMMANDS.map((c) => c.name);
      const near = nearest(first, names);
      throw new BenchgateError(
        first.startsWith('-') ? first : JSON.stringify(first),
        `${first.startsWith('-') ? 'unknown flag' : 'unknown command'}; expected one of ${names.join(', ')}, --help, --version${near ? ` (did you mean "${near}"?)` : ''}`,
      );
    }
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help === true) {
      io.stdout.write(`usage: ${command.usage}\n`);
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (e) {
    // A bug (not something the user caused) keeps its stack, mapped to src/, with BENCHGATE_DEBUG=1.
    if (io.env.BENCHGATE_DEBUG === '1' && !(e instanceof BenchgateError) && e instanceof Error && e.stack)
      io.stderr.write(`${e.stack}\n`);
    io.stderr.write(`${errorMessage(e)}\n`);
    return 2;
  }
}

/**
 * Command-line flags with node:util `parseArgs` (strict: an unknown flag, a value given to a boolean
 * flag such as `--json=false`, or a missing value is an error), its errors turned into one line that
 * names the flag and lists the valid ones.
 */
import { parseArgs } from 'node:util';
import { BenchgateError } from '../errors.js';
import type { Command, OptionValues } from './command.js';

export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

function flags(command: Command): string {
  return [...Object.keys(command.options), 'help'].map((f) => `--${f}`).join(', ');
}

export function parseCommandArgs(
  command: Command,
  args: string[],
): { values: OptionValues; positionals: string[] } {
  const options = { ...command.options, ...HELP_OPTION };
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof options; strict: true; allowPositionals: true; tokens: true }>
  >;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    throw argumentError(command, e);
  }
  // A flag that takes one value, given twice: which one was meant?
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind !== 'option') continue;
    const o = options[t.name as keyof typeof options] as { type: string; multiple?: boolean } | undefined;
    if (o && o.type === 'string' && !o.multiple) {
      if (seen.has(t.name))
        throw new BenchgateError(`--${t.name}`, `expected the flag once for ${command.name}`);
      seen.add(t.name);
    }
  }
  return { values: parsed.values as OptionValues, positionals: parsed.positionals };
}

function argumentError(command: Command, e: unknown): unknown {
  const err = e as { code: string; message?: string };
  const message = String(err.message ?? e);
  const flag = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new BenchgateError(flag, `unknown flag for ${command.name}; expected one of ${flags(command)}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message))
        return new BenchgateError(
          flag,
          `expected no value: it is a switch (give ${flag} to turn it on, leave it out for off)`,
        );
      return new BenchgateError(flag, `expected a value after the flag (${flag} VALUE or ${flag}=VALUE)`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new BenchgateError(command.name, `unexpected argument ${flag}`);
    default:
      return e;
  }
}

/** What the CLI's commands share: the config from flags, files read relative to the working directory. */
import { BenchgateError } from '../errors.js';
import { loadConfig, readFileIn, type Config } from '../config/index.js';
import { INPUTS, type InputName } from '../config/inputs.js';
import type { CliIO, OptionValues } from './command.js';

/** The flags that set the analysis, shared by every command that compares. */
export const CONFIG_OPTIONS = {
  format: { type: 'string' },
  config: { type: 'string' },
  suite: { type: 'string' },
  'warn-threshold': { type: 'string' },
  'fail-threshold': { type: 'string' },
} as const;

export const CONFIG_USAGE = `  --format NAME           the output format (default: auto, detected from the content)
  --config FILE           the config file (default: .github/benchgate.yml or .yaml, when present)
  --suite NAME            the suite's name (default: default)
  --warn-threshold PCT    warn from this change on, e.g. 5% (default: 5%)
  --fail-threshold PCT    fail from this change on, e.g. 10% (default: 10%)`;

export function str(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function strs(values: OptionValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string'
      ? [v]
      : [];
}

export function required(values: OptionValues, name: string, command: string, what: string): string {
  const v = str(values, name);
  if (v === undefined || v === '') throw new BenchgateError(command, `expected --${name} ${what}`);
  return v;
}

/**
 * The config a command runs under: the flags stand for the action inputs of the same names, the
 * config file is read as the action reads it. `--format` is checked (and a typo blamed on it) here.
 */
export function cliConfig(
  values: OptionValues,
  io: CliIO,
  outputFiles: string[],
  extra: Partial<Record<InputName, string>> = {},
): Config {
  const inputs: Partial<Record<InputName, string>> = {
    [INPUTS.outputFile]: outputFiles.join('\n'),
    [INPUTS.warnThreshold]: str(values, 'warn-threshold') ?? '',
    [INPUTS.failThreshold]: str(values, 'fail-threshold') ?? '',
    [INPUTS.config]: str(values, 'config') ?? '',
    [INPUTS.suite]: str(values, 'suite') ?? '',
    [INPUTS.format]: str(values, 'format') ?? '',
    ...extra,
  };
  try {
    return loadConfig({ input: (n) => inputs[n] ?? '', readFile: readFileIn(io.cwd) });
  } catch (e) {
    // The CLI has flags, not inputs: "input 'warn-threshold'" reads "--warn-threshold" here.
    const input = e instanceof BenchgateError ? /^input '([^']+)'$/.exec(e.where)?.[1] : undefined;
    if (e instanceof BenchgateError && input !== undefined && (input in CONFIG_OPTIONS || input in extra))
      throw new BenchgateError(`--${input}`, e.what);
    throw e;
  }
}

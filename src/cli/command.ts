/** The shape of a CLI command (INTERFACES.md): `commands.ts` lists them, `main.ts` dispatches to them. */
import type { ParseArgsConfig } from 'node:util';

export interface Writable {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  name: string; // 'parse', 'compare', 'record', 'ab', 'dashboard'
  usage: string; // its usage line(s), printed by --help
  options: NonNullable<ParseArgsConfig['options']>; // node:util parseArgs options (strict)
  run(values: OptionValues, positionals: string[], io: CliIO): Promise<number>;
}

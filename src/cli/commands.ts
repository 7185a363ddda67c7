/** Every CLI command, in the order `--help` lists them. Adding a command adds its line here. */
import type { Command } from './command.js';
import { parse } from './parse.js';
import { compare } from './compare.js';
import { record } from './record.js';
import { ab } from './ab.js';
import { dashboard } from './dashboard.js';

export const COMMANDS: Command[] = [parse, compare, record, ab, dashboard];

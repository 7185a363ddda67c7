/**
 * The formats benchgate reads, in detection order: the most specific signatures first, so a format
 * whose output contains another's never loses to it. Adding a format touches this list and nothing else.
 */
import type { FolderParser, Parser } from './types.js';
import { goBench } from './go.js';
import { goJson } from './gojson.js';
import { criterionBencher, libtest } from './libtest.js';
import { criterionConsole } from './criterion.js';
import { criterionFolder } from './criterion-folder.js';
import { cargoCriterion } from './cargocriterion.js';
import { googleBenchmark } from './googlebenchmark.js';
import { googleBenchmarkConsole, googleBenchmarkCsv } from './googlebenchmark-text.js';
import { pytestBenchmark } from './pytest.js';
import { pytestConsole } from './pytest-console.js';
import { hyperfine } from './hyperfine.js';
import { hyperfineCsv, hyperfineTable } from './hyperfine-export.js';
import { hyperfineConsole } from './hyperfine-console.js';
import { customBiggerIsBetter, customSmallerIsBetter, genericList } from './generic.js';
import { catch2 } from './catch2.js';
import { benchmarkjs } from './benchmarkjs.js';
import { tinybench } from './tinybench.js';
import { vitest } from './vitest.js';
import { mitata } from './mitata.js';
import { tinybenchTable } from './tinybench-table.js';
import { mitataConsole } from './mitata-console.js';
import { vitestConsole } from './vitest-console.js';
import { jmh } from './jmh.js';
import { julia } from './julia.js';
import { benchgateResults } from './benchgate.js';
import { benchmarkdotnet } from './benchmarkdotnet.js';
import { callgrind, cachegrind } from './valgrind.js';
import { iai } from './iai.js';
import { divan } from './divan.js';
import { gungraun } from './gungraun.js';
import { bmf } from './bmf.js';
import { pyperf } from './pyperf.js';
import { asv } from './asv.js';
import { benchmarkIps, rubyBenchmark } from './ruby.js';
import { consoleTime } from './consoletime.js';
import { dartBenchmarkHarness } from './dart.js';
import { luau } from './luau.js';

export const PARSERS: readonly Parser[] = [
  benchgateResults,
  goJson,
  goBench,
  libtest,
  criterionBencher,
  criterionConsole,
  cargoCriterion,
  googleBenchmark,
  googleBenchmarkCsv,
  googleBenchmarkConsole,
  pytestBenchmark,
  pytestConsole,
  hyperfine,
  hyperfineCsv,
  hyperfineTable,
  hyperfineConsole,
  catch2,
  benchmarkjs,
  vitest,
  mitata,
  jmh,
  benchmarkdotnet,
  julia,
  tinybench,
  tinybenchTable,
  mitataConsole,
  vitestConsole,
  callgrind,
  cachegrind,
  iai,
  divan,
  gungraun,
  pyperf,
  asv,
  benchmarkIps,
  rubyBenchmark,
  dartBenchmarkHarness,
  luau,
  bmf,
  genericList,
  consoleTime,
];

/** Formats that can be named with `format:` but are never auto-detected (they need the user's intent). */
export const EXPLICIT_ONLY: readonly Parser[] = [customBiggerIsBetter, customSmallerIsBetter];

/** A folder format may share its name with a file format of the same tool (`criterion`). */
export const FOLDER_PARSERS: readonly FolderParser[] = [criterionFolder];

/** Every format name a user may give, for messages and the action.yml description. */
export function formatNames(): string[] {
  return [
    ...new Set([
      'auto',
      ...PARSERS.map((p) => p.name),
      ...EXPLICIT_ONLY.map((p) => p.name),
      ...FOLDER_PARSERS.map((p) => p.name),
    ]),
  ];
}

export function parserByName(name: string): Parser | undefined {
  return [...PARSERS, ...EXPLICIT_ONLY].find((p) => p.name === name);
}

export function folderParserByName(name: string): FolderParser | undefined {
  return FOLDER_PARSERS.find((p) => p.name === name);
}

export type { Parser, FolderParser, FolderFile } from './types.js';

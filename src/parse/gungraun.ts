/**
 * gungraun (formerly iai-callgrind): `cargo bench` with the gungraun harness and its
 * `gungraun-runner`, which runs each benchmark once under Valgrind.
 *
 * - Console: a benchmark's name on a line (`demo::fib_group::bench_fib short:(10)`: module path, then
 *   the bench id and its arguments), then its counts as `new|old`, where `old` is the previous run's
 *   (`N/A` on the first run), and the change:
 *
 *       demo::fib_group::bench_fib short:(10)
 *         Instructions:                                       1692|N/A                  (*********)
 *         L1 Hits:                                            2318|2318                 (No change)
 *
 *   The new count is the value. A tool other than Callgrind (`--tool DHAT`, …) is announced by a
 *   `  ======= DHAT =====…` line; its metrics are prefixed with the tool's name. `Gungraun result: …`
 *   and cargo's lines are not results.
 * - JSON (`cargo bench -- --output-format=json`, one summary object per line, the same as the
 *   `--save-summary=json` files): `module_path`, `id`, `description`, and per `profiles[].tool` the
 *   `data.total.metrics` `{ "<event>": { "values": { "new", "old" } } }`. Events are named as the console
 *   names them where it shows them (`Ir` → "Instructions", `L1hits` → "L1 Hits", …), so the console and
 *   the JSON of one run are the same series; the other events (`Dr`, `I1mr`, …) keep their key. Rates
 *   (`L1HitRate`, `D1MissRate`, …) are not series: they follow from the counts.
 *
 * Every count is exact.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { JsonReader, UniqueNames, isRecord } from './common.js';
import { countSeries, eventUnit } from './counts.js';

const COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+\S+\|/;
const COUNT = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+(\d+|N\/A)\|(\d+|N\/A)\s*(?:\(.*\))?\s*$/;
const TOOL = /^ {2}=+ ([A-Za-z][\w-]*) =+\s*$/;

const CONSOLE_NAME: Record<string, string> = {
  Ir: 'Instructions',
  L1hits: 'L1 Hits',
  LLhits: 'LL Hits',
  RamHits: 'RAM Hits',
  TotalRW: 'Total read+write',
  EstimatedCycles: 'Estimated Cycles',
};

function metricName(tool: string, label: string): string {
  return tool === '' || /^callgrind$/i.test(tool) ? label : `${tool} ${label}`;
}

function parseConsole(text: string, file: string, sink?: ParseSink): Series[] {
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  const lines = text.split('\n');
  let name: string | undefined;
  let tool = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.startsWith('  ') && name !== undefined) {
      const t = TOOL.exec(line);
      if (t) {
        tool = t[1];
        continue;
      }
      const claim = COUNT_CLAIM.exec(line);
      if (!claim) continue;
      const m = COUNT.exec(line);
      if (!m)
        throw new ParseError(file, i + 1, `expected "${claim[1]}: <new>|<old>" for "${name}"`, line.trim());
      if (m[2] === 'N/A') {
        sink?.warn(i + 1, `"${name}" has no new ${claim[1]} count (N/A)`);
        continue;
      }
      const s = countSeries(name, metricName(tool, m[1]), eventUnit(m[1]), m[2], file, i + 1);
      unique.check(s, i + 1);
      out.push(s);
      continue;
    }
    const next = lines[i + 1]?.replace(/\r$/, '');
    const starts = next !== undefined && (COUNT_CLAIM.test(next) || TOOL.test(next));
    name = starts && /^\S/.test(line) ? line.trim() : undefined;
    tool = '';
  }
  if (out.length === 0)
    throw new ParseError(
      file,
      lines.length,
      'expected a benchmark name followed by "  Instructions: <new>|<old>"',
    );
  return out;
}

function parseJsonLines(text: string, file: string): Series[] {
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line.startsWith('{')) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      throw new ParseError(file, i + 1, 'expected one gungraun summary (JSON) per line', line.slice(0, 80));
    }
    const r = new JsonReader(line, file);
    const fail = (what: string, found?: unknown): never => {
      throw new ParseError(
        file,
        i + 1,
        what,
        found === undefined ? undefined : JSON.stringify(found)?.slice(0, 80),
      );
    };
    const d = r.record(doc, [], 'a gungraun summary');
    if (typeof d.module_path !== 'string' || d.module_path === '')
      fail('expected a "module_path" in the summary');
    const id = typeof d.id === 'string' && d.id !== '' ? d.id : undefined;
    const name =
      id === undefined
        ? (d.module_path as string)
        : `${d.module_path as string} ${id}:${typeof d.description === 'string' ? d.description : ''}`;
    if (!Array.isArray(d.profiles)) fail(`expected "profiles" for "${name}"`, d.profiles);
    for (const p of d.profiles as unknown[]) {
      if (!isRecord(p) || !isRecord(p.data) || !isRecord(p.data.total) || !isRecord(p.data.total.metrics))
        fail(`expected "data.total.metrics" in each profile of "${name}"`);
      const prof = p as { tool?: unknown; data: { total: { metrics: Record<string, unknown> } } };
      const tool = typeof prof.tool === 'string' ? prof.tool : '';
      for (const [key, m] of Object.entries(prof.data.total.metrics)) {
        if (/Rate$/.test(key)) continue;
        const v = isRecord(m) && isRecord(m.values) ? m.values.new : undefined;
        if (v === null || v === undefined) continue; // not measured in this run
        if (typeof v !== 'number' || !Number.isInteger(v))
          fail(`expected a count for ${key} of "${name}"`, v);
        const label = CONSOLE_NAME[key] ?? key;
        const s = countSeries(name, metricName(tool, label), eventUnit(label), String(v), file, i + 1);
        unique.check(s, i + 1);
        out.push(s);
      }
    }
  }
  if (out.length === 0)
    throw new ParseError(file, lines.length, 'expected gungraun summaries with "profiles"');
  return out;
}

export const gungraun: Parser = {
  name: 'gungraun',
  describe: 'cargo bench with gungraun / iai-callgrind (console, or -- --output-format=json)',
  detect(text) {
    const head = text.slice(0, 65536);
    if (/^\s*\{/.test(head)) {
      return (
        /"module_path"\s*:/.test(head) &&
        /"profiles"\s*:/.test(head) &&
        /"(?:benchmark_exe|kind)"\s*:/.test(head)
      );
    }
    return /^\S[^\n]*\r?\n {2}(?:=+ \w+ =+\r?\n {2})?Instructions: +(?:\d+|N\/A)\|(?:\d+|N\/A)/m.test(head);
  },
  parse(text, file, sink?: ParseSink) {
    return /^\s*\{/.test(text) ? parseJsonLines(text, file) : parseConsole(text, file, sink);
  },
};

/**
 * Ruby's benchmarks.
 *
 * - `rubybenchmark`: the standard library's `Benchmark.bm` / `Benchmark.bmbm` report,
 *
 *       <label>   user     system      total        real
 *       sort!     0.060274   0.000000   0.060274 (  0.588424)
 *
 *   in seconds. `real` (wall clock) is the "time" series, `total` (user + system CPU) the "cpu time"
 *   one. `bmbm` prints a rehearsal table first (a warm-up, headed `Rehearsal ---…` and closed by
 *   `--- total: …sec`): only the table after it is read. A row without a label is named by its
 *   position ("report 2"), with a warning.
 * - `benchmarkips`: the benchmark-ips gem (`Benchmark.ips`), its console
 *
 *       Calculating -------------------------------------
 *                   addition     12.345M (± 1.2%) i/s   (81.00 ns/i) -     61.728M in   5.000123s
 *
 *   (numbers scaled with k/M/B/T/Q; a label longer than 20 characters is printed on a line of its own,
 *   the numbers on the next) and its JSON (`x.json! 'file.json'`): `[{ "name", "central_tendency",
 *   "ips", "error", "stddev", "microseconds", "iterations", "cycles" }]`. The headline is iterations per
 *   second (bigger is better); `error`, the standard deviation of the per-cycle rates, is the spread.
 *   Warm-up (`i/100ms`) and comparison (`name: N i/s`) lines are not results.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import {
  JsonReader,
  SeriesList,
  UniqueNames,
  looksLikeJson,
  makeSeries,
  parseJson,
  readNumber,
  withoutCr,
} from './common.js';

const HEADER = /^(.*?)\s*user\s+system\s+total\s+real\s*$/;
const ROW = /^(.*?)\s*(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+\(\s*(-?\d+\.\d+)\)\s*$/;
const ROW_CLAIM = /\(\s*-?\d+\.\d+\)\s*$/;
/**
 * No Benchmark report line is longer: the label regexes above backtrack on long runs of blanks, so a
 * longer line is never matched against them (linear time on any input).
 */
const MAX_LINE = 2000;

export const rubyBenchmark: Parser = {
  name: 'rubybenchmark',
  describe: "Ruby's Benchmark.bm / Benchmark.bmbm report",
  detect(text) {
    const lines = text.slice(0, 65536).split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
      const [line, next] = [lines[i].replace(/\r$/, ''), lines[i + 1]];
      if (line.length > MAX_LINE || next.length > MAX_LINE || !line.includes('user')) continue;
      if (
        /^ *(?:\S.*?)? {2,}user +system +total +real *$/.test(line) &&
        /\d\.\d{6} +\( *\d+\.\d{6}\)/.test(next)
      )
        return true;
    }
    return false;
  },
  parse(text, file, sink?: ParseSink) {
    const out = new SeriesList(file);
    const lines = text.split('\n');
    let inTable = false;
    let rehearsal = false;
    let unnamed = 0;
    // Each regex below is tried only on lines holding a string it needs (a table of a million rows
    // would otherwise run every one of them on every row).
    for (let i = 0; i < lines.length; i++) {
      const line = withoutCr(lines[i]);
      if (line.length > MAX_LINE) {
        if (ROW_CLAIM.test(line.slice(-200)))
          throw new ParseError(file, i + 1, `a Benchmark report row of at most ${MAX_LINE} characters`, line);
        continue;
      }
      if (line.startsWith('Rehearsal -') && /^Rehearsal -+$/.test(line)) {
        rehearsal = true;
        inTable = false;
        continue;
      }
      const claimed = line.includes(')') && ROW_CLAIM.test(line);
      if (!claimed && line.includes('real') && HEADER.test(line)) {
        inTable = true;
        rehearsal = false;
        continue;
      }
      if (!inTable && !rehearsal) continue;
      if (line.startsWith('-') && /^-+ total: [\d.]+sec$/.test(line)) continue;
      if (!claimed) {
        if (line.trim() === '') inTable = false;
        // Three numbers in a row of the table but no "(real)": a row cut short.
        else if (/\d\.\d+\s+-?\d+\.\d+\s+-?\d+\.\d+/.test(line))
          throw new ParseError(file, i + 1, 'expected "<label> <user> <system> <total> (<real>)"', line);
        continue;
      }
      const m = ROW.exec(line);
      if (!m) throw new ParseError(file, i + 1, 'expected "<label> <user> <system> <total> (<real>)"', line);
      if (rehearsal) continue;
      let name = m[1].trim();
      if (name === '') {
        name = `report ${++unnamed}`;
        sink?.warn(i + 1, `a Benchmark report without a label is named "${name}" by its position`);
      }
      const num = (s: string): number => readNumber(s)!;
      for (const s of [
        makeSeries({ name, metric: 'time', rawUnit: 's', value: num(m[5]) }, file, i + 1),
        makeSeries({ name, metric: 'cpu time', rawUnit: 's', value: num(m[4]) }, file, i + 1),
      ]) {
        out.add(s, i + 1);
      }
    }
    return out.done(lines.length, 'expected a Benchmark table: "user system total real" and its rows');
  },
};

const SCALE: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12, Q: 1e15 };
const IPS = /^\s*(.*?)\s+(\d+(?:\.\d+)?)([kKMBTQ]?) \(±\s*(\d+(?:\.\d+)?)%\) i\/s\b/;
const IPS_CLAIM = /\(±\s*\S*%\) i\/s/;

function parseIpsJson(text: string, file: string): Series[] {
  const doc = parseJson(text, file);
  const r = new JsonReader(text, file);
  const list = r.array(doc, [], 'the benchmark-ips report list [{"name", "central_tendency", …}]');
  if (list.length === 0) r.fail([], 'expected at least one benchmark-ips entry, got []');
  const unique = new UniqueNames(file);
  return list.map((e, i): Series => {
    const rec = r.record(e, [i], 'a benchmark-ips entry');
    const name = r.string(rec.name, [i, 'name'], '"name"');
    const ips = r.number(
      rec.central_tendency ?? rec.ips,
      [i, 'central_tendency'],
      `"central_tendency" of "${name}"`,
    );
    const err = r.optionalNumber(rec.error ?? rec.stddev, [i, 'error'], `"error" of "${name}"`);
    const s = makeSeries(
      {
        name,
        metric: 'throughput',
        rawUnit: 'ops/s',
        value: ips,
        spread: err === undefined ? undefined : { stddev: err },
      },
      file,
      r.at([i]),
    );
    unique.check(s, r.at([i]));
    return s;
  });
}

export const benchmarkIps: Parser = {
  name: 'benchmarkips',
  describe: "Ruby's benchmark-ips: the console, or x.json! 'ips.json'",
  detect(text) {
    if (looksLikeJson(text)) {
      const head = text.slice(0, 4096);
      return (
        /^\s*\[\s*\{\s*"name"\s*:/.test(head) &&
        /"central_tendency"\s*:/.test(head) &&
        /"cycles"\s*:/.test(head)
      );
    }
    const head = text.slice(0, 65536);
    return /^Calculating -+\s*$/m.test(head) && IPS_CLAIM.test(head);
  },
  parse(text, file) {
    if (looksLikeJson(text)) return parseIpsJson(text, file);
    const out = new SeriesList(file);
    const lines = text.split('\n');
    let calculating = false;
    let pending: string | undefined; // a long label printed alone on the line above its numbers
    // as in the Benchmark report: a regex only on a line holding what it needs
    for (let i = 0; i < lines.length; i++) {
      const line = withoutCr(lines[i]);
      if (line.startsWith('Calculating -') && /^Calculating -+\s*$/.test(line)) {
        calculating = true;
        continue;
      }
      const trimmed = line.trim();
      if (trimmed.startsWith('Warming up') || trimmed.startsWith('Comparison:')) {
        calculating = false;
        continue;
      }
      if (!calculating) continue;
      if (!line.includes('(±') || !IPS_CLAIM.test(line)) {
        pending = line.trim() === '' || /^-+$/.test(line.trim()) ? undefined : line.trim();
        continue;
      }
      const m = IPS.exec(line);
      if (!m) throw new ParseError(file, i + 1, 'expected "<label> <ips> (±<error>%) i/s"', line.trim());
      const name = m[1].trim() || pending;
      pending = undefined;
      if (name === undefined)
        throw new ParseError(file, i + 1, 'expected a label before the numbers', line.trim());
      const ips = readNumber(m[2])! * SCALE[m[3]];
      const s = makeSeries(
        {
          name,
          metric: 'throughput',
          rawUnit: 'ops/s',
          value: ips,
          spread: { stddev: (ips * readNumber(m[4])!) / 100 },
        },
        file,
        i + 1,
      );
      out.add(s, i + 1);
    }
    return out.done(lines.length, 'expected "Calculating ---" and "<label> <ips> (±<error>%) i/s" lines');
  },
};

/**
 * hyperfine's console output (what a CI log shows when no export was asked for):
 *
 *     Benchmark 1: sleep 0.01
 *       Time (mean ± σ):      20.9 ms ±  12.6 ms    [User: 0.9 ms, System: 0.4 ms]
 *       Range (min … max):    11.5 ms …  62.1 ms    20 runs
 *
 * `Time (abs ≡):` replaces the mean line after a single run. The headline is the printed mean (the
 * console has no median and no per-run times: `origin: 'console'`, no samples), the spread its σ.
 * Colours and progress-bar redraws (`\r`) of a terminal run are removed first. A `Benchmark N:` block
 * without a readable time line is an error naming the command, never a silently missing benchmark.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { SeriesList, readNumber } from './common.js';
import { consoleSeries, eachPlainLine, stripAnsi } from './console-table.js';

const BLOCK = /^Benchmark \d{1,9}: (.+)$/;

/** `20.9 ms ±  12.6 ms` or `10.3 ms`: numbers and units. */
function readTime(rest: string): { mean: number; unit: string; sd?: number; sdUnit?: string } | undefined {
  const cut = rest.indexOf('[');
  const fields = (cut < 0 ? rest : rest.slice(0, cut)).trim().split(/\s+/);
  const mean = readNumber(fields[0] ?? '');
  if (mean === undefined || fields[1] === undefined) return undefined;
  if (fields.length === 2) return { mean, unit: fields[1] };
  if (fields[2] !== '±' || fields.length !== 5) return undefined;
  const sd = readNumber(fields[3]);
  if (sd === undefined) return undefined;
  return { mean, unit: fields[1], sd, sdUnit: fields[4] };
}

export const hyperfineConsole: Parser = {
  name: 'hyperfine-console',
  describe: 'hyperfine console output (stdout of hyperfine without an export)',
  detect(text) {
    return /^Benchmark \d{1,9}: [^\n]{1,2000}\n(?:[^\n]{0,2000}\n){0,3}\s{0,8}Time \((?:mean ± σ|abs ≡)\):/m.test(
      stripAnsi(text.slice(0, 65536)),
    );
  },
  parse(text, file): Series[] {
    const out = new SeriesList(file);
    let pending: { name: string; line: number } | undefined;
    const count = eachPlainLine(text, (raw, n) => {
      const cr = raw.lastIndexOf('\r');
      const l = cr >= 0 ? raw.slice(cr + 1) : raw;
      const block = l.startsWith('Benchmark ') ? BLOCK.exec(l) : null;
      if (block) {
        if (pending)
          throw new ParseError(
            file,
            pending.line,
            `expected a "Time (mean ± σ):" line for "${pending.name}"`,
          );
        pending = { name: block[1].trim(), line: n };
        return;
      }
      // most lines are neither: a line whose first ASCII non-blank is not "T" is left before trimming it
      let at = 0;
      while (at < l.length && l.charCodeAt(at) <= 32) at++;
      const first = l.charCodeAt(at);
      if (first !== 84 /* T */ && !(first >= 128)) return;
      const t = l.trimStart();
      const mean = t.startsWith('Time (mean ± σ):') ? 16 : t.startsWith('Time (abs ≡):') ? 13 : -1;
      if (mean < 0) return;
      if (!pending) throw new ParseError(file, n, 'expected "Benchmark N: <command>" before "Time"', t);
      const r = readTime(t.slice(mean));
      if (!r) throw new ParseError(file, n, `expected "<mean> <unit> ± <σ> <unit>" for "${pending.name}"`, t);
      const s = consoleSeries(
        {
          name: pending.name,
          metric: 'time',
          rawUnit: r.unit,
          value: r.mean,
          // σ in the mean's unit: hyperfine prints both in one unit
          spread: r.sd === undefined || r.sdUnit !== r.unit ? undefined : { stddev: r.sd },
        },
        file,
        n,
      );
      out.add(s, n);
      pending = undefined;
    });
    if (pending)
      throw new ParseError(file, pending.line, `expected a "Time (mean ± σ):" line for "${pending.name}"`);
    return out.done(count, 'expected at least one "Benchmark N: <command>" block');
  },
};

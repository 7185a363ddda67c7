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
import { UniqueNames, readNumber } from './common.js';
import { consoleSeries, stripAnsi, textLines } from './console-table.js';

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
    const lines = textLines(stripAnsi(text)).map((l) => {
      const cr = l.lastIndexOf('\r');
      return cr >= 0 ? l.slice(cr + 1) : l;
    });
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    let pending: { name: string; line: number } | undefined;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const block = BLOCK.exec(l);
      if (block) {
        if (pending)
          throw new ParseError(
            file,
            pending.line,
            `expected a "Time (mean ± σ):" line for "${pending.name}"`,
          );
        pending = { name: block[1].trim(), line: i + 1 };
        continue;
      }
      const t = l.trimStart();
      const mean = t.startsWith('Time (mean ± σ):') ? 16 : t.startsWith('Time (abs ≡):') ? 13 : -1;
      if (mean < 0) continue;
      if (!pending) throw new ParseError(file, i + 1, 'expected "Benchmark N: <command>" before "Time"', t);
      const r = readTime(t.slice(mean));
      if (!r)
        throw new ParseError(file, i + 1, `expected "<mean> <unit> ± <σ> <unit>" for "${pending.name}"`, t);
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
        i + 1,
      );
      unique.check(s, i + 1);
      out.push(s);
      pending = undefined;
    }
    if (pending)
      throw new ParseError(file, pending.line, `expected a "Time (mean ± σ):" line for "${pending.name}"`);
    if (out.length === 0)
      throw new ParseError(file, lines.length, 'expected at least one "Benchmark N: <command>" block');
    return out;
  },
};

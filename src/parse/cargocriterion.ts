/**
 * cargo-criterion `--message-format=json`: one JSON message per line. `"reason": "benchmark-complete"`
 * messages are results: `id`, `iteration_count[i]` iterations took `measured_values[i]` in total (in
 * `unit`), `throughput: [{per_iteration, unit: "bytes" | "elements"}]`, and estimates `{estimate,
 * lower_bound, upper_bound, unit}` (typical, mean, median, median_abs_dev, slope). Other messages
 * (`group-complete`) and non-JSON lines (cargo's own output) are skipped. Headline and spread: see
 * criterion-estimates.ts.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { describeJson, isRecord } from './common.js';
import { criterionSeries, throughputKind } from './criterion-estimates.js';
import type { CriterionMeasurement } from './criterion-estimates.js';

export const cargoCriterion: Parser = {
  name: 'cargocriterion',
  describe: 'cargo criterion --message-format=json',
  detect(text) {
    return /^\{\s*"reason"\s*:\s*"(?:benchmark-complete|group-complete)"/m.test(text.slice(0, 65536));
  },
  parse(text, file): Series[] {
    const out: Series[] = [];
    const seen = new Map<string, number>();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const lineNo = i + 1;
      const line = lines[i].trim();
      if (!line.startsWith('{')) continue;
      let msg: unknown;
      try {
        msg = JSON.parse(line);
      } catch {
        throw new ParseError(file, lineNo, 'expected one JSON message per line', line);
      }
      if (!isRecord(msg) || msg.reason !== 'benchmark-complete') continue;
      const fail = (what: string, v: unknown): never => {
        throw new ParseError(file, lineNo, what, describeJson(v));
      };
      const num = (v: unknown, what: string): number =>
        typeof v === 'number' && Number.isFinite(v) ? v : fail(`expected a number for ${what}`, v);
      const name =
        typeof msg.id === 'string' && msg.id !== '' ? msg.id : fail('expected a non-empty "id"', msg.id);
      const unit =
        typeof msg.unit === 'string' ? msg.unit : fail(`expected a "unit" for "${name}"`, msg.unit);
      const first = seen.get(name);
      if (first !== undefined)
        throw new ParseError(
          file,
          lineNo,
          `expected each benchmark once, "${name}" already appeared on line ${first}`,
        );
      seen.set(name, lineNo);

      const median = isRecord(msg.median)
        ? msg.median
        : fail(`expected a "median" estimate for "${name}"`, msg.median);
      const m: CriterionMeasurement = {
        name,
        unit,
        median: {
          estimate: num(median.estimate, `"median.estimate" of "${name}"`),
          low:
            median.lower_bound === undefined
              ? undefined
              : num(median.lower_bound, `"median.lower_bound" of "${name}"`),
          high:
            median.upper_bound === undefined
              ? undefined
              : num(median.upper_bound, `"median.upper_bound" of "${name}"`),
        },
      };
      if (msg.measured_values !== undefined || msg.iteration_count !== undefined) {
        const values = Array.isArray(msg.measured_values)
          ? msg.measured_values
          : fail(`expected a list for "measured_values" of "${name}"`, msg.measured_values);
        const iters = Array.isArray(msg.iteration_count)
          ? msg.iteration_count
          : fail(`expected a list for "iteration_count" of "${name}"`, msg.iteration_count);
        if (values.length !== iters.length)
          throw new ParseError(
            file,
            lineNo,
            `expected as many "measured_values" as "iteration_count" for "${name}"`,
          );
        m.samples = values.map((v, k) => {
          const n = num(iters[k], `"iteration_count" of "${name}"`);
          if (n <= 0) fail(`expected positive iteration counts for "${name}"`, n);
          return num(v, `"measured_values" of "${name}"`) / n;
        });
      }
      if (Array.isArray(msg.throughput) && msg.throughput.length > 0) {
        const t = msg.throughput[0];
        if (isRecord(t) && typeof t.unit === 'string') {
          const kind = throughputKind(t.unit);
          if (kind)
            m.throughput = {
              kind,
              perIteration: num(t.per_iteration, `"throughput.per_iteration" of "${name}"`),
            };
        }
      }
      for (const s of criterionSeries(m, file, () => lineNo)) out.push(s);
    }
    if (out.length === 0)
      throw new ParseError(file, lines.length, 'expected at least one "benchmark-complete" message');
    return out;
  },
};

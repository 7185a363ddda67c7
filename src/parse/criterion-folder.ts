/**
 * Criterion.rs's `target/criterion` folder (format `criterion`, given a folder). For every benchmark
 * directory, `new/` holds the latest run: `benchmark.json` (the id: `full_id`, `throughput`),
 * `estimates.json` (bootstrap estimates in ns) and `sample.json` (`iters[i]` iterations took `times[i]`
 * ns in total). The id comes from `full_id`, never from the path: Criterion rewrites `/` inside a
 * function id to `_` in directory names. `base/`, named baselines, `change/` and `report/` are not read.
 * Headline and spread: see criterion-estimates.ts. Series are ordered by id.
 */
import type { FolderFile, FolderParser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { JsonReader, isRecord, parseJson } from './common.js';
import { criterionSeries, throughputKind } from './criterion-estimates.js';

const NEW_FILE = /^(?:(.*)\/)?new\/(benchmark|estimates|sample)\.json$/;

interface Dir {
  benchmark?: FolderFile;
  estimates?: FolderFile;
  sample?: FolderFile;
}

function estimate(r: JsonReader, doc: Record<string, unknown>, key: string, required: boolean) {
  const e = doc[key];
  if (e === undefined || e === null) {
    if (required) r.fail([], `expected "${key}" in estimates.json`);
    return undefined;
  }
  const rec = r.record(e, [key], `"${key}"`);
  const point = r.number(rec.point_estimate, [key, 'point_estimate'], `"${key}.point_estimate"`);
  const ci = isRecord(rec.confidence_interval) ? rec.confidence_interval : {};
  return {
    estimate: point,
    low: r.optionalNumber(
      ci.lower_bound,
      [key, 'confidence_interval', 'lower_bound'],
      `"${key}" lower bound`,
    ),
    high: r.optionalNumber(
      ci.upper_bound,
      [key, 'confidence_interval', 'upper_bound'],
      `"${key}" upper bound`,
    ),
  };
}

export const criterionFolder: FolderParser = {
  name: 'criterion',
  describe: "Criterion.rs's target/criterion folder (cargo bench)",
  detectFolder(paths) {
    return (
      paths.some((p) => /(?:^|\/)new\/benchmark\.json$/.test(p)) &&
      paths.some((p) => /(?:^|\/)new\/estimates\.json$/.test(p))
    );
  },
  wants(path) {
    return NEW_FILE.test(path);
  },
  parseFolder(files, folder): Series[] {
    const dirs = new Map<string, Dir>();
    for (const f of files) {
      const m = NEW_FILE.exec(f.path);
      if (!m) continue;
      const dir = m[1] ?? '';
      const d = dirs.get(dir) ?? {};
      d[m[2] as keyof Dir] = f;
      dirs.set(dir, d);
    }
    const found: { name: string; series: Series[]; where: string }[] = [];
    for (const [dir, d] of dirs) {
      const where = (f: string): string => `${folder}/${dir ? `${dir}/` : ''}new/${f}`;
      if (!d.estimates) {
        if (d.benchmark || d.sample)
          throw new ParseError(
            where('estimates.json'),
            0,
            'expected estimates.json beside benchmark.json, it is missing',
          );
        continue;
      }
      if (!d.benchmark) {
        throw new ParseError(
          where('benchmark.json'),
          0,
          'expected benchmark.json beside estimates.json (written by Criterion.rs 0.3 and later), it is missing',
        );
      }
      const bFile = where('benchmark.json');
      const br = new JsonReader(d.benchmark.text, bFile);
      const bench = br.record(parseJson(d.benchmark.text, bFile), [], 'benchmark.json');
      const name = br.string(bench.full_id, ['full_id'], '"full_id"');
      let throughput: { kind: 'bytes' | 'elements'; perIteration: number } | undefined;
      if (isRecord(bench.throughput)) {
        for (const [k, v] of Object.entries(bench.throughput)) {
          const kind = throughputKind(k);
          if (kind) throughput = { kind, perIteration: br.number(v, ['throughput', k], `"throughput.${k}"`) };
        }
      }

      const eFile = where('estimates.json');
      const er = new JsonReader(d.estimates.text, eFile);
      const est = er.record(parseJson(d.estimates.text, eFile), [], 'estimates.json');
      const median = estimate(er, est, 'median', true)!;
      const stddev = estimate(er, est, 'std_dev', false)?.estimate;

      let samples: number[] | undefined;
      if (d.sample) {
        const sFile = where('sample.json');
        const sr = new JsonReader(d.sample.text, sFile);
        const sample = sr.record(parseJson(d.sample.text, sFile), [], 'sample.json');
        const iters = sr.numbers(sample.iters, ['iters'], '"iters"');
        const times = sr.numbers(sample.times, ['times'], '"times"');
        if (iters.length !== times.length)
          sr.fail(['times'], `expected as many "times" as "iters" (${iters.length}), got ${times.length}`);
        const zero = iters.findIndex((n) => n <= 0);
        if (zero >= 0) sr.fail(['iters', zero], 'expected a positive iteration count');
        samples = times.map((t, i) => t / iters[i]);
      }
      found.push({
        name,
        where: bFile,
        series: criterionSeries({ name, unit: 'ns', samples, median, stddev, throughput }, eFile, () => 1),
      });
    }
    if (found.length === 0)
      throw new ParseError(
        folder,
        0,
        'expected at least one <benchmark>/new/estimates.json in the Criterion folder',
      );
    found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 1; i < found.length; i++) {
      if (found[i].name === found[i - 1].name)
        throw new ParseError(
          found[i].where,
          1,
          `expected each benchmark id once, "${found[i].name}" is also in ${found[i - 1].where}`,
        );
    }
    return found.flatMap((f) => f.series);
  },
};

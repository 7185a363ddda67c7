/**
 * pyperf's JSON (`python -m pyperf timeit … -o out.json`, a `pyperf.Runner` script's `-o out.json`, the
 * files `pyperf compare_to` and `pyperf show` read):
 *
 *     {"benchmarks": [{"metadata": {"name", "loops", "unit"?…},
 *                      "runs": [{"metadata": {…}, "warmups"?: [[loops, value]…], "values"?: [v…]}…]}…],
 *      "metadata": {common metadata: "unit", "name" for a single benchmark, "perf_version", …},
 *      "version": "1.0"}
 *
 * A key missing from a benchmark's metadata is taken from the common one (pyperf hoists what every
 * benchmark shares, the name too when there is one benchmark). Each run is one worker process; its
 * `values` are per-loop timings (a calibration run has only warmups and is skipped). Samples: every
 * run's values in file order, as pyperf's own statistics use them; headline: their mean, which is what
 * pyperf prints ("Mean +- std dev"), with the standard deviation as the spread. Units: "second" → time,
 * "byte" → bytes, "integer" → a plain count. Warmup values are never samples.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { JsonReader, UniqueNames, looksLikeJson, makeSeries, parseJson } from './common.js';

const UNITS: Record<string, string> = { second: 's', byte: 'B', integer: '' };
const META_KEYS = ['perf_version', 'python_version', 'cpu_model_name', 'platform'];

export const pyperf: Parser = {
  name: 'pyperf',
  describe: 'python -m pyperf timeit … -o out.json, or a pyperf.Runner script with -o out.json',
  detect(text) {
    if (!looksLikeJson(text)) return false;
    return (
      /^\s*\{\s*"benchmarks"\s*:\s*\[\s*\{\s*"(?:metadata|runs)"\s*:/.test(text.slice(0, 256)) &&
      /"version"\s*:\s*"1\.\d+"\s*\}\s*$/.test(text.slice(-256))
    );
  },
  parse(text, file, sink?: ParseSink) {
    const doc = parseJson(text, file);
    const r = new JsonReader(text, file);
    const top = r.record(doc, [], 'a pyperf suite {"benchmarks", "metadata", "version"}');
    const common = top.metadata === undefined ? {} : r.record(top.metadata, ['metadata'], '"metadata"');
    for (const k of META_KEYS) if (typeof common[k] === 'string') sink?.meta(k, common[k]);
    const benches = r.array(top.benchmarks, ['benchmarks'], '"benchmarks"');
    if (benches.length === 0) r.fail(['benchmarks'], 'expected at least one benchmark in "benchmarks"');
    const unique = new UniqueNames(file);
    return benches.map((b, i): Series => {
      const at = ['benchmarks', i];
      const bench = r.record(b, at, 'a benchmark {"metadata", "runs"}');
      const own =
        bench.metadata === undefined ? {} : r.record(bench.metadata, [...at, 'metadata'], '"metadata"');
      const meta = { ...common, ...own };
      const name = r.string(meta.name, [...at, 'metadata'], 'the benchmark\'s "name"');
      const unitName = meta.unit ?? 'second';
      if (typeof unitName !== 'string' || !(unitName in UNITS))
        r.wrong([...at, 'metadata'], `expected "unit" second, byte or integer for "${name}"`, unitName);
      const values: number[] = [];
      r.array(bench.runs, [...at, 'runs'], `the runs of "${name}"`).forEach((run, k) => {
        const rp = [...at, 'runs', k];
        const rec = r.record(run, rp, `a run of "${name}"`);
        if (rec.values !== undefined)
          for (const v of r.numbers(rec.values, [...rp, 'values'], `the values of "${name}"`)) values.push(v);
      });
      if (values.length === 0)
        r.fail([...at, 'runs'], `expected a run with "values" in "${name}" (only warmups found)`);
      const mean = values.reduce((a, x) => a + x, 0) / values.length;
      const sd =
        values.length > 1
          ? Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1))
          : undefined;
      const s = makeSeries(
        {
          name,
          rawUnit: UNITS[unitName as string],
          metric: unitName === 'second' ? 'time' : unitName === 'byte' ? 'memory' : 'value',
          value: mean,
          samples: values,
          spread: sd === undefined ? undefined : { stddev: sd },
        },
        file,
        r.at(at),
      );
      unique.check(s, r.at(at));
      return s;
    });
  },
};

/**
 * Bencher Metric Format JSON (what `bencher run --adapter json` reads, and what Bencher's adapters turn
 * every harness's output into): a migration path for Bencher users.
 *
 *     { "<benchmark>": { "<measure>": { "value": 88.0, "lower_value"?: 87.42, "upper_value"?: 88.88 } } }
 *
 * Benchmarks and measures are object keys, in file order. Bencher's built-in measures have fixed
 * units: `latency` is in ns (smaller is better), `throughput` in operations per second (bigger),
 * `build-time` in seconds, `file-size` in bytes. The measures of its Valgrind adapters (iai and
 * gungraun: `instructions`, `l1-hits`, `ll-hits`, `ram-hits`, `total-read-write`, `estimated-cycles`,
 * `l1-accesses`, `l2-accesses`, `ram-accesses`, and the rest of Valgrind's event names in kebab case)
 * are exact counts. Any other measure is the user's own: its name is the metric, it has no unit, and
 * smaller is better unless the config says otherwise. `lower_value`/`upper_value` become the spread's
 * low/high. BMF carries no samples.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { JsonReader, looksLikeJson, makeSeries, parseJson } from './common.js';

const BUILT_IN: Record<string, { rawUnit: string; metric: string }> = {
  latency: { rawUnit: 'ns', metric: 'time' },
  throughput: { rawUnit: 'ops/s', metric: 'throughput' },
  'build-time': { rawUnit: 's', metric: 'build-time' },
  'file-size': { rawUnit: 'B', metric: 'file-size' },
};

/** The Valgrind-based measures Bencher's iai and gungraun adapters create: deterministic counts. */
const COUNT =
  /^(?:instructions|(?:l1|l2|ll|ram)-(?:hits|accesses)|total-read-write|estimated-cycles|(?:i1|d1|ll|il|dl)-?m[rw]|d[rw]|ir|bc|bcm|bi|bim|global-bus-events|sys-count)$/i;

const KEY = '"(?:[^"\\\\]|\\\\.)*"\\s*:\\s*';
const SHAPE = new RegExp(`^\\s*\\{\\s*${KEY}\\{\\s*${KEY}\\{\\s*"(?:value|lower_value|upper_value)"\\s*:`);

export const bmf: Parser = {
  name: 'bmf',
  describe:
    'Bencher Metric Format JSON: {"<benchmark>": {"<measure>": {"value", "lower_value"?, "upper_value"?}}}',
  detect(text) {
    return looksLikeJson(text) && SHAPE.test(text.slice(0, 4096));
  },
  parse(text, file) {
    const doc = parseJson(text, file);
    const r = new JsonReader(text, file);
    const top = r.record(doc, [], 'a BMF object {"<benchmark>": {"<measure>": {"value"}}}');
    const out: Series[] = [];
    for (const [name, measures] of Object.entries(top)) {
      const m = r.record(measures, [name], `the measures of "${name}"`);
      const keys = Object.keys(m);
      if (keys.length === 0) r.fail([name], `expected at least one measure for "${name}"`);
      for (const measure of keys) {
        const at = [name, measure];
        const metric = r.record(m[measure], at, `the "${measure}" metric of "${name}"`);
        const value = r.number(metric.value, [...at, 'value'], `"value" of "${name}" ${measure}`);
        const low = r.optionalNumber(
          metric.lower_value,
          [...at, 'lower_value'],
          `"lower_value" of "${name}"`,
        );
        const high = r.optionalNumber(
          metric.upper_value,
          [...at, 'upper_value'],
          `"upper_value" of "${name}"`,
        );
        if (COUNT.test(measure)) {
          out.push({
            name,
            metric: measure,
            unit: measure === 'instructions' ? 'instructions' : measure,
            direction: 'smaller',
            value,
            exact: true,
          });
          continue;
        }
        const known = BUILT_IN[measure];
        const spread = low === undefined && high === undefined ? undefined : { low, high };
        out.push(
          makeSeries(
            known
              ? { name, metric: known.metric, rawUnit: known.rawUnit, value, spread }
              : { name, metric: measure, rawUnit: '', value, spread, direction: 'smaller' },
            file,
            r.at(at),
          ),
        );
      }
    }
    if (out.length === 0) r.fail([], 'expected at least one benchmark in the BMF object');
    return out;
  },
};

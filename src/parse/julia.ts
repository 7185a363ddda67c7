/**
 * Julia BenchmarkTools' saved JSON (`BenchmarkTools.save("bench.json", results)`): `[versions,
 * [value]]`, each value lowered as `["TypeName", {fields}]`. The value is a `BenchmarkGroup` (nested
 * groups; names are the keys joined with "/", `fib/10`), a `Trial` or a `TrialEstimate`; a Trial or
 * estimate saved on its own has no name and is called "trial".
 *   - Trial: `times` (ns per evaluation, one per sample) are the samples, their median the headline
 *     (BenchmarkTools judges on medians); `memory` (bytes) and `allocs` are series of their own,
 *     metrics "memory" and "allocs" (one value per benchmark: they do not vary between samples).
 *   - TrialEstimate (`median(results)`, `minimum(results)`…): `time` in ns, `memory`, `allocs`; no
 *     samples. The file does not say which estimator made it, so keep one estimator per file.
 * Several values in one file (`save(f, median(r), minimum(r))`) would give every benchmark two
 * headlines under one name, so that is an error asking for one value per file.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import {
  JsonReader,
  UniqueNames,
  makeSeries,
  medianOf,
  parseJson,
  type JsonPath,
  type Line,
} from './common.js';

export const julia: Parser = {
  name: 'julia',
  describe: 'BenchmarkTools.save("bench.json", run(SUITE)) (or median(results))',
  detect(text) {
    return (
      /^\s*\[\s*\{\s*"Julia"\s*:/.test(text.slice(0, 4096)) &&
      text.slice(0, 4096).includes('"BenchmarkTools"')
    );
  },
  parse(text, file): Series[] {
    const doc = parseJson(text, file);
    const r: JsonReader = new JsonReader(text, file);
    const top = r.array(doc, [], "BenchmarkTools' [versions, [value]]");
    r.record(top[0], [0], 'the version record {"Julia", "BenchmarkTools"}');
    const values = r.array(top[1], [1], 'the saved values');
    if (values.length !== 1) {
      r.fail(
        [1],
        `expected one saved value (a BenchmarkGroup, Trial or TrialEstimate), found ${values.length}; ` +
          'save one per file, e.g. BenchmarkTools.save("bench.json", median(results))',
      );
    }
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    const push = (s: Series, line: Line): void => {
      unique.check(s, line);
      out.push(s);
    };

    // Iterative walk: a hostile file nested a million deep must not overflow the stack.
    const stack: { value: unknown; path: JsonPath; name: string[] }[] = [
      { value: values[0], path: [1, 0], name: [] },
    ];
    while (stack.length > 0) {
      const { value, path, name } = stack.pop()!;
      const lowered = r.array(value, path, 'a ["TypeName", {fields}] value');
      const type =
        typeof lowered[0] === 'string'
          ? lowered[0]
          : r.wrong([...path, 0], 'expected a type name', lowered[0]);
      const fields = r.record(lowered[1], [...path, 1], `the fields of a ${type}`);
      const fp = [...path, 1];
      const label = name.length > 0 ? name.join('/') : 'trial';
      const line = r.at(path);
      if (type === 'BenchmarkGroup') {
        const data = r.record(fields.data, [...fp, 'data'], 'the "data" of a BenchmarkGroup');
        // Reverse, so that popping the stack visits keys in file order.
        const children = Object.entries(data).map(([k, v]) => ({
          value: v,
          path: [...fp, 'data', k],
          name: [...name, k],
        }));
        // A loop, not a spread: a hostile file's node may have more children than a call takes arguments.
        for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]);
        continue;
      }
      if (type !== 'Trial' && type !== 'TrialEstimate') {
        r.fail(
          [...path, 0],
          `expected a BenchmarkGroup, Trial or TrialEstimate, got ${JSON.stringify(type)}`,
        );
      }
      if (type === 'Trial') {
        const times = r.numbers(fields.times, [...fp, 'times'], `the times of "${label}"`);
        if (times.length === 0)
          r.fail([...fp, 'times'], `expected at least one sample in the times of "${label}"`);
        push(
          makeSeries({ name: label, rawUnit: 'ns', value: medianOf(times), samples: times }, file, line),
          line,
        );
      } else {
        const time = r.number(fields.time, [...fp, 'time'], `the time of "${label}"`);
        push(makeSeries({ name: label, rawUnit: 'ns', value: time }, file, line), line);
      }
      const memory = r.number(fields.memory, [...fp, 'memory'], `the memory of "${label}"`);
      push(makeSeries({ name: label, rawUnit: 'B', metric: 'memory', value: memory }, file, line), line);
      const allocs = r.number(fields.allocs, [...fp, 'allocs'], `the allocs of "${label}"`);
      push(makeSeries({ name: label, rawUnit: 'allocs', metric: 'allocs', value: allocs }, file, line), line);
    }
    if (out.length === 0)
      r.fail([1, 0], 'expected at least one Trial or TrialEstimate in the BenchmarkGroup');
    return out;
  },
};

import * as fs from 'node:fs';
import * as path from 'node:path';
import { julia } from '../../src/parse/julia.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

// Generated from BenchmarkTools' documented format (fixtures/julia/README.md: Julia cannot run on the
// fixture machine).
const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'julia', f), 'utf8');

describe('Julia BenchmarkTools.save JSON', () => {
  test('a suite of Trials: names are the group keys joined with "/", times in ns are the samples', () => {
    const series = julia.parse(fixture('documented-format-group-trials.json'), 'results.json');
    expect([...new Set(series.map((s) => s.name))]).toEqual([
      'fib/10',
      'fib/20',
      'alloc/vector 1000',
      'alloc/(:sum, 1000)',
      'unicode ∑ key',
    ]);
    const sum = series.filter((s) => s.name === 'alloc/(:sum, 1000)');
    expect(sum.map((s) => s.metric)).toEqual(['time', 'memory', 'allocs']);
    // 12 samples; the median of "times" is 2.5378195e6 ns (what median(results) saved for this trial)
    expect(sum[0]).toMatchObject({ unit: 'ns', direction: 'smaller', value: 2537819.5 });
    expect(sum[0].samples).toHaveLength(12);
    expect(sum[0].samples!.slice(0, 2)).toEqual([2471629, 2414973]);
    expect(sum[1]).toEqual({
      name: 'alloc/(:sum, 1000)',
      metric: 'memory',
      unit: 'B',
      direction: 'smaller',
      value: 7856192,
    });
    expect(sum[2]).toMatchObject({ metric: 'allocs', unit: 'allocs', direction: 'smaller', value: 41 });
    expectGolden('julia', 'documented-format-group-trials.json', series);
  });

  test('the median a Trial gives is the TrialEstimate median(results) saved for it', () => {
    const trials = julia.parse(fixture('documented-format-group-trials.json'), 't.json');
    const estimates = JSON.parse(fixture('documented-format-group-estimates.json')) as [unknown, unknown[]];
    const medianOnly = JSON.stringify([estimates[0], [estimates[1][0]]]);
    const est = julia.parse(medianOnly, 'e.json');
    expect(est.map((s) => [s.name, s.metric, s.value])).toEqual(
      trials.map((s) => [s.name, s.metric, s.value]),
    );
    expect(est.every((s) => s.samples === undefined)).toBe(true);
    // "20": ["TrialEstimate", {"time": 31652.0, …}]
    expect(est.find((s) => s.name === 'fib/20' && s.metric === 'time')!.value).toBe(31652);
  });

  test('a lone Trial has no key and is called "trial"', () => {
    const series = julia.parse(fixture('documented-format-trial.json'), 'trial.json');
    expect(series.map((s) => [s.name, s.metric, s.value])).toEqual([
      ['trial', 'time', 98.36500519210799],
      ['trial', 'memory', 0],
      ['trial', 'allocs', 0],
    ]);
    expect(series[0].samples).toHaveLength(40);
    expectGolden('julia', 'documented-format-trial.json', series);
  });

  test('two saved values in one file (median and minimum) is an error asking for one per file', () => {
    expect(() => julia.parse(fixture('documented-format-group-estimates.json'), 'e.json')).toThrow(
      ParseError,
    );
    expect(() => julia.parse(fixture('documented-format-group-estimates.json'), 'e.json')).toThrow(
      /^e\.json:1: expected one saved value \(a BenchmarkGroup, Trial or TrialEstimate\), found 2; save one per file/,
    );
  });

  test('an unknown lowered type (a TrialJudgement) is an error, not skipped', () => {
    const text = fixture('documented-format-trial.json').replace('[["Trial",', '[["TrialJudgement",');
    expect(() => julia.parse(text, 'j.json')).toThrow(
      'j.json:1: expected a BenchmarkGroup, Trial or TrialEstimate, got "TrialJudgement"',
    );
  });
});

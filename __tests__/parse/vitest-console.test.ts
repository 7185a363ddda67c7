/**
 * `vitest bench --run` console output, plain and coloured, and with `--compare`: the names of the JSON
 * reader and the mean of the same run.
 */
import { vitestConsole } from '../../src/parse/vitest-console.js';
import { detectFormat } from '../../src/parse/detect.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture } from './helpers-b.js';

const FILES = [
  'vitest/console.txt',
  'vitest/console-color.txt',
  'vitest/console-compare.txt',
  'vitest/console-force-color.txt',
  'vitest/console-no-color.txt',
];

interface Bench {
  name: string;
  hz: number;
  mean: number;
  rme: number;
}
/** bench.json of the same run as console.txt, by the JSON reader's names. */
function jsonMeans(): Map<string, Bench> {
  const doc = JSON.parse(fixture('vitest/bench.json')) as {
    files: { groups: { fullName: string; benchmarks: Bench[] }[] }[];
  };
  const out = new Map<string, Bench>();
  for (const f of doc.files)
    for (const g of f.groups) for (const b of g.benchmarks) out.set(`${g.fullName} > ${b.name}`, b);
  return out;
}

describe('vitest bench console', () => {
  test.each(FILES)('%s parses to its golden series and is detected', (f) => {
    const series = vitestConsole.parse(fixture(f), f);
    expectGolden('vitest', f.slice('vitest/'.length), series);
    expect(detectFormat(fixture(f), f).name).toBe('vitest-console');
    for (const s of series) {
      expect(s).toMatchObject({ metric: 'time', unit: 'ns', direction: 'smaller', origin: 'console' });
      expect(s.samples).toBeUndefined();
    }
  });

  test("names are the JSON reader's, each once although vitest prints the top-level group twice", () => {
    const names = vitestConsole.parse(fixture('vitest/console.txt'), 'c').map((s) => s.name);
    expect(names).toEqual([
      'bench/math.bench.ts > fibonacci > fib(10)',
      'bench/math.bench.ts > fibonacci > fib(20)',
      'bench/math.bench.ts > sorting > Array#sort (copy)',
      'bench/math.bench.ts > sorting > Float64Array#sort (copy)',
      'bench/math.bench.ts > naïve 日本 normalize',
      'bench/async.bench.ts > async work > await setTimeout 1ms',
    ]);
    expect([...names].sort()).toEqual([...jsonMeans().keys()].sort());
  });

  test('the mean of the same run, from hz (ops/s, thousands separators) where ms has too few digits', () => {
    const json = jsonMeans();
    for (const s of vitestConsole.parse(fixture('vitest/console.txt'), 'c')) {
      const b = json.get(s.name)!;
      expect(Math.abs(s.value - b.mean * 1e6) / (b.mean * 1e6)).toBeLessThan(1e-4);
      expect(s.spread!.low! / s.value).toBeCloseTo(1 - b.rme / 100, 4);
    }
    const fast = vitestConsole.parse(fixture('vitest/console.txt'), 'c')[4];
    // hz 6,758,383.10 (printed mean 0.0001 ms): 1e9 / 6758383.10 ns
    expect(fast.value).toBeCloseTo(1e9 / 6_758_383.1, 6);
  });

  test('FORCE_COLOR=1 and NO_COLOR=1 runs read alike, the hz of each run as printed', () => {
    const forced = vitestConsole.parse(fixture('vitest/console-force-color.txt'), 'c');
    const plain = vitestConsole.parse(fixture('vitest/console-no-color.txt'), 'c');
    expect(forced.map((s) => s.name)).toEqual(plain.map((s) => s.name));
    expect(plain[1].value).toBeCloseTo(1e9 / 8_054, 6); // fib(20): hz 8,054.00, mean 0.1242 ms
    // await setTimeout 1ms: hz 644.46 has more digits than the mean 1.5517 ms; past ~3.2 ms the mean has more
    expect(plain[5].value).toBeCloseTo(1e9 / 644.46, 6);
    expect(Math.abs(plain[5].value - 1_551_700)).toBeLessThan(50);
  });

  test('a slow bench takes the mean column, which then has more digits than hz', () => {
    const slow = fixture('vitest/console-no-color.txt').replace(
      '644.46  0.0506  4.3476  1.5517',
      ' 99.99  0.0506  4.3476 10.0012',
    );
    expect(vitestConsole.parse(slow, 'c')[5].value).toBe(10_001_200);
  });

  test('coloured output reads like the plain one; --compare skips the (baseline) rows', () => {
    const color = vitestConsole.parse(fixture('vitest/console-color.txt'), 'c');
    expect(color.map((s) => s.name)).toEqual(
      vitestConsole.parse(fixture('vitest/console.txt'), 'c').map((s) => s.name),
    );
    const cmp = vitestConsole.parse(fixture('vitest/console-compare.txt'), 'c');
    expect(cmp[0].value).toBeCloseTo(1e9 / 1_858_270.39, 6); // the current run, not the baseline's 1,695,265.66
    expect(cmp).toHaveLength(6);
  });

  test('a damaged row is an error naming its line', () => {
    const text = fixture('vitest/console.txt').replace('16,651.09  0.0594', '16,651.09  0.05x4');
    expect(errorOf(() => vitestConsole.parse(text, 'v.txt'))).toMatch(
      /^benchgate: v\.txt:10: expected numbers \(hz min max mean p75 p99 p995 p999 rme samples\) for "bench\/math\.bench\.ts > fibonacci > fib\(20\)", got "fib\(20\) /,
    );
    const short = fixture('vitest/console.txt').replace('0.0023  ±16.05%    84764', '');
    expect(errorOf(() => vitestConsole.parse(short, 'v.txt'))).toMatch(/^benchgate: v\.txt:9: expected /);
  });
});

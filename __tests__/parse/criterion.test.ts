import * as fs from 'node:fs';
import * as path from 'node:path';
import { criterionConsole } from '../../src/parse/criterion.js';
import { cargoCriterion } from '../../src/parse/cargocriterion.js';
import { criterionFolder } from '../../src/parse/criterion-folder.js';
import { medianOf } from '../../src/parse/common.js';
import { ParseError } from '../../src/errors.js';
import type { FolderFile } from '../../src/parse/types.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const dir = path.join('fixtures', 'criterion');
const fixture = (f: string): string => fs.readFileSync(path.join(dir, f), 'utf8');
const find = (series: Series[], name: string, metric = 'time'): Series | undefined =>
  series.find((s) => s.name === name && s.metric === metric);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

/** The folder as src/results.ts hands it over: relative paths, only the files the parser wants. */
function folderFiles(root: string): FolderFile[] {
  const out: FolderFile[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (criterionFolder.wants(p))
        out.push({ path: p, text: fs.readFileSync(path.join(root, p), 'utf8') });
    }
  };
  walk('');
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const IDS = [
  'fib 15',
  'a_rather_long_benchmark_name_that_pushes_time_to_next_line',
  'fib/10',
  'fib/20',
  'checksum/bytes/1024',
  'checksum/bytes/16384',
  'checksum/elements/4096',
];

describe('Criterion.rs console output', () => {
  test.each(['console.txt', 'console-first-run.txt', 'console-improved.txt', 'console-regressed.txt'])(
    '%s parses to its golden series',
    (f) => {
      expectGolden('criterion', f, criterionConsole.parse(fixture(f), f));
    },
  );

  test('every id, including one with a space and one too long for the column, with its estimate in ns', () => {
    const series = criterionConsole.parse(fixture('console-regressed.txt'), 'x');
    expect(series.filter((s) => s.metric === 'time').map((s) => [s.name, s.value])).toEqual([
      ['fib 15', 1595],
      ['a_rather_long_benchmark_name_that_pushes_time_to_next_line', 145.2],
      ['fib/10', 143.8],
      ['fib/20', 24834],
      ['checksum/bytes/1024', 824.74],
      ['checksum/bytes/16384', 13395],
      ['checksum/elements/4096', 3336.8],
    ]);
  });

  test('the confidence interval is the spread, each bound converted with its own unit', () => {
    const series = criterionConsole.parse(fixture('console-regressed.txt'), 'x');
    expect(find(series, 'fib 15')).toEqual({
      name: 'fib 15',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 1595,
      spread: { low: 1594.3, high: 1595.6 },
    });
    const text = 'mixed                   time:   [999.10 ns 1.0012 µs 1.0031 µs]\n';
    expect(criterionConsole.parse(text, 'x')[0]).toMatchObject({
      value: 1001.2,
      spread: { low: 999.1, high: 1003.1 },
    });
  });

  test('thrpt: lines become throughput in bytes (binary GiB/s) or elements per second', () => {
    const series = criterionConsole.parse(fixture('console-regressed.txt'), 'x');
    const bytes = find(series, 'checksum/bytes/1024', 'throughput')!;
    expect(bytes).toMatchObject({ unit: 'B/s', direction: 'bigger' });
    expect(bytes.value).toBeCloseTo(1.1563 * 1024 ** 3, 3);
    expect(bytes.spread!.low).toBeCloseTo(1.152 * 1024 ** 3, 3);
    expect(find(series, 'checksum/elements/4096', 'throughput')).toMatchObject({
      unit: 'elem/s',
      direction: 'bigger',
      value: 1_227_500_000,
      spread: { low: 1_227_100_000, high: 1_227_900_000 },
    });
    expect(series.filter((s) => s.metric === 'throughput')).toHaveLength(3);
  });

  test('change: percentages, verdicts, outliers and progress lines never become results', () => {
    for (const f of [
      'console.txt',
      'console-first-run.txt',
      'console-improved.txt',
      'console-regressed.txt',
    ]) {
      const series = criterionConsole.parse(fixture(f), f);
      expect([...new Set(series.map((s) => s.name))]).toEqual(IDS);
      for (const s of series) expect(s.value).toBeGreaterThan(0);
    }
  });

  test('a custom measurement keeps its own unit as the metric', () => {
    const text = 'cycles/fib               time:   [10.5 cycles 11 cycles 12.25 cycles]\n';
    expect(criterionConsole.parse(text, 'x')).toEqual([
      {
        name: 'cycles/fib',
        metric: 'cycles',
        unit: 'cycles',
        direction: 'smaller',
        value: 11,
        spread: { low: 10.5, high: 12.25 },
      },
    ]);
  });

  test('a TTY capture (progress overwritten with \\r, colours) reads the same', () => {
    const tty =
      'Benchmarking fib/10: Analyzing\r\u001b[2K\rfib/10                  time:   [\u001b[0m143.49 ns \u001b[1m143.80 ns\u001b[0m 144.16 ns]\n';
    expect(criterionConsole.parse(tty, 'x')[0]).toMatchObject({ name: 'fib/10', value: 143.8 });
  });

  test('a time: line that does not parse is an error naming its line', () => {
    const text =
      'Gnuplot not found, using plotters backend\nfib/10                  time:   [143.49 ns 143.80]\n';
    expect(errorOf(() => criterionConsole.parse(text, 'bench.log'))).toMatch(
      /^benchgate: bench\.log:2: expected "time: \[<low> <unit> <estimate> <unit> <high> <unit>\]" for "fib\/10"/,
    );
  });
});

describe('Criterion.rs target/criterion folder', () => {
  const files = folderFiles(path.join(dir, 'target-criterion'));
  const series = criterionFolder.parseFolder(files, 'target/criterion');

  test('it parses to its golden series', () => {
    expectGolden('criterion', 'target-criterion', series);
  });

  test('only new/ benchmark, estimates and sample files are read', () => {
    expect(criterionFolder.wants('fib/20/new/sample.json')).toBe(true);
    expect(criterionFolder.wants('fib/20/base/sample.json')).toBe(false);
    expect(criterionFolder.wants('fib/20/change/estimates.json')).toBe(false);
    expect(criterionFolder.wants('fib/20/report/index.html')).toBe(false);
    expect(files).toHaveLength(7 * 3);
  });

  test('ids come from benchmark.json, not the directory (elements_4096 is checksum/elements/4096)', () => {
    expect([...new Set(series.map((s) => s.name))]).toEqual([...IDS].sort());
  });

  test('samples are total time / iterations of each of the 10 samples; the headline is their median', () => {
    const fib20 = find(series, 'fib/20')!;
    expect(fib20.samples).toHaveLength(10);
    expect(fib20.samples![0]).toBe(12657624 / 515);
    expect(fib20.value).toBe(24661.081553398057); // estimates.json median.point_estimate
    expect(fib20.value).toBeCloseTo(medianOf(fib20.samples!), 6);
    expect(fib20.spread).toEqual({
      low: 24634.962864077672,
      high: 25105.145145631068,
      stddev: 406.377752248217,
    });
    for (const s of series) expect(s.samples).toHaveLength(10);
  });

  test('Throughput::Bytes and ::Elements add a throughput series with per-sample rates', () => {
    const t = find(series, 'checksum/bytes/1024', 'throughput')!;
    expect(t).toMatchObject({ unit: 'B/s', direction: 'bigger' });
    expect(t.value).toBeCloseTo((1024 * 1e9) / 824.5254193041962, 3);
    expect(t.samples![0]).toBeCloseTo((1024 * 1e9) / (12720536 / 15429), 3);
    expect(find(series, 'checksum/elements/4096', 'throughput')?.unit).toBe('elem/s');
    expect(find(series, 'fib/20', 'throughput')).toBeUndefined();
  });

  test('a benchmark directory without estimates.json is an error naming the file', () => {
    const broken = files.filter((f) => f.path !== 'fib/20/new/estimates.json');
    expect(errorOf(() => criterionFolder.parseFolder(broken, 'target/criterion'))).toBe(
      'benchgate: target/criterion/fib/20/new/estimates.json: expected estimates.json beside benchmark.json, it is missing',
    );
  });

  test('a wrong field names the file and its line', () => {
    const bad = files.map((f) =>
      f.path === 'fib/20/new/estimates.json'
        ? {
            ...f,
            text: f.text.replace(
              /"median":\{(.*?)"point_estimate":[^,]+/,
              '"median":{$1"point_estimate":"fast"',
            ),
          }
        : f,
    );
    expect(errorOf(() => criterionFolder.parseFolder(bad, 'target/criterion'))).toMatch(
      /^benchgate: target\/criterion\/fib\/20\/new\/estimates\.json:1: expected a number for "median\.point_estimate", got "fast"/,
    );
  });
});

describe('cargo criterion --message-format=json', () => {
  const text = fixture('cargo-criterion-documented-format.jsonl');
  const series = cargoCriterion.parse(text, 'x');

  test('it parses to its golden series', () => {
    expectGolden('criterion', 'cargo-criterion-documented-format.jsonl', series);
  });

  test('it reads the same measurements as the target/criterion folder they were made from', () => {
    const folder = criterionFolder.parseFolder(folderFiles(path.join(dir, 'target-criterion')), 't');
    const strip = (s: Series): Omit<Series, 'spread'> & { spread?: Series['spread'] } => ({
      ...s,
      spread: s.spread && { low: s.spread.low, high: s.spread.high },
    });
    const byId = (a: Series, b: Series): number =>
      `${a.name}/${a.metric}` < `${b.name}/${b.metric}` ? -1 : 1;
    // the messages carry no standard deviation; everything else matches
    expect([...series].sort(byId).map(strip)).toEqual([...folder].sort(byId).map(strip));
  });

  test('group-complete messages and non-JSON lines are skipped', () => {
    const withNoise = `   Compiling demo v0.1.0\n${text}`;
    expect(cargoCriterion.parse(withNoise, 'x')).toEqual(series);
  });

  test('a truncated message is an error naming its line', () => {
    const lines = text.split('\n');
    lines[2] = lines[2].slice(0, 50);
    expect(errorOf(() => cargoCriterion.parse(lines.join('\n'), 'msgs.jsonl'))).toMatch(
      /^benchgate: msgs\.jsonl:3: expected one JSON message per line/,
    );
  });
});

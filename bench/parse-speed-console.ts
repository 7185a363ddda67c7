/**
 * The line formats added with the console readers, for bench/parse-speed.ts: 100 MB of Go text with
 * spaces instead of tabs (the shape that made the old reader quadratic), of Google Benchmark's console
 * table with repetitions and counters, and of hyperfine's console blocks. Same targets as the Go text:
 * ≥ 100 MB/s and a peak RSS under 4 × the file.
 */
import { generate, rng } from './parse-speed-gen.js';

/** `go test -bench` lines separated by spaces only (as some log collectors rewrite tabs). */
function goTextNoTabs(file: string): void {
  const r = rng(3);
  let bench = 0;
  let rep = 0;
  generate(
    file,
    'goos: linux\ngoarch: amd64\npkg: example.com/project\ncpu: AMD EPYC 7763 64-Core Processor\n',
    () => {
      const ns = (100 + (bench % 500) * 13) * (1 + r() * 0.05);
      const line = `BenchmarkOperation/case=${bench % 500}-2 ${Math.round(1e8 / ns)} ${ns.toFixed(1)} ns/op ${(bench % 11) * 64} B/op ${bench % 4} allocs/op\n`;
      if (++rep === 20) {
        rep = 0;
        bench++;
      }
      return line;
    },
    'PASS\nok  \texample.com/project\t1.000s\n',
  );
}

/** `--benchmark_repetitions=10` console: 10 rows per benchmark, then mean/median/stddev/cv. */
function googleBenchmarkConsole(file: string): void {
  const r = rng(4);
  let family = 0;
  const header =
    '--------------------------------------------------------------------------------\n' +
    'Benchmark                          Time             CPU   Iterations UserCounters...\n' +
    '--------------------------------------------------------------------------------\n';
  generate(
    file,
    header,
    () => {
      const name = `BM_Operation${family % 10}/${family}`.padEnd(30);
      let out = '';
      for (let rep = 0; rep < 10; rep++) {
        const t = (50 + (family % 1000) * 7) * (1 + r() * 0.05);
        const counters = family % 3 === 1 ? ` items_per_second=${(1000 / t).toFixed(3)}G/s` : '';
        out += `${name} ${t.toFixed(0).padStart(10)} ns ${(t * 0.99).toFixed(0).padStart(10)} ns ${String(Math.round(1e8 / t)).padStart(12)}${counters}\n`;
      }
      for (const agg of ['mean', 'median', 'stddev'])
        out += `${`${name.trimEnd()}_${agg}`.padEnd(30)} ${'100'.padStart(10)} ns ${'99'.padStart(10)} ns ${'10'.padStart(12)}\n`;
      out += `${`${name.trimEnd()}_cv`.padEnd(30)} ${'1.20'.padStart(10)} % ${'1.10'.padStart(10)} % ${'10'.padStart(12)}\n`;
      family++;
      return out;
    },
    '',
  );
}

/** hyperfine console blocks, one command each. */
function hyperfineConsole(file: string): void {
  const r = rng(5);
  let n = 0;
  generate(
    file,
    '',
    () => {
      n++;
      const mean = 5 + r() * 20;
      return (
        `Benchmark ${n}: ./tool --input case-${n}.txt\n` +
        `  Time (mean ± σ):     ${mean.toFixed(1).padStart(5)} ms ± ${(mean / 10).toFixed(1).padStart(4)} ms    [User: 0.8 ms, System: 0.2 ms]\n` +
        `  Range (min … max):   ${(mean * 0.9).toFixed(1).padStart(5)} ms … ${(mean * 1.2).toFixed(1).padStart(5)} ms    20 runs\n \n`
      );
    },
    '',
  );
}

export const CONSOLE_CASES = [
  {
    key: 'go-no-tabs',
    label: 'Go text without tabs',
    file: 'benchgate-parse-speed-go-no-tabs',
    ext: 'txt',
    make: goTextNoTabs,
    format: 'go',
    minMBs: 100,
  },
  {
    key: 'googlebenchmark-console',
    label: 'Google Benchmark console',
    file: 'benchgate-parse-speed-gbench-console',
    ext: 'txt',
    make: googleBenchmarkConsole,
    format: 'googlebenchmark-console',
    minMBs: 100,
  },
  {
    key: 'hyperfine-console',
    label: 'hyperfine console',
    file: 'benchgate-parse-speed-hyperfine-console',
    ext: 'txt',
    make: hyperfineConsole,
    format: 'hyperfine-console',
    minMBs: 100,
  },
] as const;

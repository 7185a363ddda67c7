/**
 * How big the history of a large suite gets: 1,000 series × 100 runs (history-size 100), samples for
 * the newest RUNS_WITH_SAMPLES runs only. Prints the size; run with
 *   npm test -- __tests__/history/size.test.ts
 */
import { gzipSync } from 'node:zlib';
import { appendRun, emptyHistory, RUNS_WITH_SAMPLES } from '../../src/history/model.js';
import { validateHistory } from '../../src/history/validate.js';
import type { Run } from '../../src/model.js';
import { EPYC, sha } from './support.js';

/** A deterministic stand-in for a Go suite: names and values shaped like real `go test -bench` output. */
function bigRun(n: number): Run {
  let x = n * 7919;
  const rnd = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return {
    suite: 'big',
    tool: 'go',
    commit: sha(n),
    ref: 'refs/heads/main',
    runId: String(9_000_000_000 + n),
    timestamp: new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString(),
    runner: EPYC,
    series: Array.from({ length: 1000 }, (_, i) => {
      const value = Math.round((1000 + i * 37) * (1 + rnd() * 0.05) * 100) / 100;
      return {
        name: `BenchmarkHandler/route=${i % 50}/payload=${Math.floor(i / 50)}KiB-4`,
        metric: 'time',
        unit: 'ns',
        direction: 'smaller' as const,
        value,
        samples: Array.from({ length: 10 }, () => Math.round(value * (1 + (rnd() - 0.5) * 0.04) * 100) / 100),
        spread: { stddev: Math.round(value * 0.01 * 100) / 100 },
      };
    }),
  };
}

test('a 1,000-series × 100-run history stays small', () => {
  let h = emptyHistory('big');
  for (let n = 1; n <= 100; n++) h = appendRun(h, bigRun(n), 100);
  const json = JSON.stringify(h);
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json).length;
  const started = performance.now();
  const ok = validateHistory(JSON.parse(json), 'big').ok;
  const ms = performance.now() - started;
  process.stdout.write(
    `history size: 1000 series × ${h.runs.length} runs (samples in the newest ${RUNS_WITH_SAMPLES}): ` +
      `${(raw / 1e6).toFixed(1)} MB JSON, ${(gz / 1e6).toFixed(2)} MB gzip; parse + validate ${ms.toFixed(0)} ms\n`,
  );
  expect(ok).toBe(true);
  expect(h.runs).toHaveLength(100);
  expect(h.runs.filter((r) => r.series[0].samples)).toHaveLength(RUNS_WITH_SAMPLES);
  // Far below the cache's 10 GB and quick to move: the archive is what is compressed.
  expect(gz).toBeLessThan(5e6);
});

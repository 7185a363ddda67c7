/**
 * What may be saved: a history that loads again, trimmed under the size cap (older samples first, then
 * the oldest runs), or nothing, with the reason.
 */
import { storable } from '../../src/history/fit.js';
import { decodeHistory } from '../../src/history/validate.js';
import { LIMITS } from '../../src/limits.js';
import { history, run, series } from './support.js';

/** A run of `n` series with ten samples each: some 300 bytes a series as JSON. */
function wide(k: number, n = 100) {
  return run(k, {
    series: Array.from({ length: n }, (_, i) =>
      series(
        `BenchmarkWide/${i}-2`,
        1000 + i,
        Array.from({ length: 10 }, (_, j) => 1000.5 + i + j),
      ),
    ),
  });
}

const bytes = (v: unknown): number => Buffer.byteLength(`${JSON.stringify(v)}\n`);

test('a history within every cap is saved as it is', () => {
  const h = history([run(1), run(2)]);
  expect(storable(h, 'go')).toEqual({ ok: true, history: h, trimmedSamples: 0, droppedRuns: 0 });
});

test('over the size cap, older runs lose their samples first, oldest first', () => {
  const h = history([wide(1), wide(2), wide(3), wide(4)]);
  const noSamples = bytes(history([run(1, { series: wide(1).series.map(({ samples: _s, ...s }) => s) })]));
  // room for the newest run's samples and one more run's, not for three
  const cap = bytes(h) - Math.floor(1.5 * (bytes(wide(1)) - noSamples));
  const fit = storable(h, 'go', cap);
  expect(fit).toMatchObject({ ok: true, trimmedSamples: 2, droppedRuns: 0 });
  if (!fit.ok) return;
  expect(fit.history.runs.map((r) => r.series.some((s) => s.samples))).toEqual([false, false, true, true]);
  expect(bytes(fit.history)).toBeLessThanOrEqual(cap);
  expect(decodeHistory(JSON.stringify(fit.history), 'go').ok).toBe(true);
});

test('then the oldest runs go; the newest run always stays, with its samples', () => {
  const h = history([wide(1), wide(2), wide(3), wide(4)]);
  const cap =
    bytes(history([wide(4)])) +
    2 * bytes(run(1, { series: wide(1).series.map(({ samples: _s, ...s }) => s) }));
  const fit = storable(h, 'go', cap);
  expect(fit).toMatchObject({ ok: true, trimmedSamples: 3, droppedRuns: 1 });
  if (!fit.ok) return;
  expect(fit.history.runs.map((r) => r.commit)).toEqual([wide(2).commit, wide(3).commit, wide(4).commit]);
  expect(fit.history.runs[2].series[0].samples).toHaveLength(10);
  expect(bytes(fit.history)).toBeLessThanOrEqual(cap);
});

test('a newest run larger than the cap on its own is refused, not saved without its samples', () => {
  const h = history([run(1), wide(2)]);
  const fit = storable(h, 'go', bytes(history([wide(2)])) - 10);
  expect(fit).toEqual({ ok: false, reason: expect.stringMatching(/^the run alone is \d+ MiB as a history/) });
});

test('a run over the series cap is refused with its count', () => {
  const many = run(2, {
    series: Array.from({ length: LIMITS.seriesPerRun + 1 }, (_, i) => series(`B${i}`, 1)),
  });
  expect(storable(history([run(1), many]), 'go')).toEqual({
    ok: false,
    reason: 'the run has 100,001 series, more than the 100,000 a stored run may hold',
  });
});

test('a run that breaks another cap is refused with what the load would say', () => {
  const long = run(2, { series: [series('x'.repeat(LIMITS.name + 1), 1)] });
  const fit = storable(history([run(1), long]), 'go');
  expect(fit).toEqual({
    ok: false,
    reason: expect.stringMatching(
      /^it would not load again \(.*runs\[1\]\.series\[0\]\.name: must NOT have more than 2000 characters/,
    ),
  });
});

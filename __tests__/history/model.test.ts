/** Appending runs to a history: the cap, samples for the newest runs only, re-runs, and merging a race. */
import { appendRun, mergeHistories, RUNS_WITH_SAMPLES, emptyHistory } from '../../src/history/model.js';
import { history, run, sha } from './support.js';

test('the history keeps at most `cap` runs, dropping the oldest', () => {
  let h = emptyHistory('go');
  for (let n = 1; n <= 7; n++) h = appendRun(h, run(n), 4);
  expect(h.runs.map((r) => r.commit)).toEqual([sha(4), sha(5), sha(6), sha(7)]);
});

test('raw samples are kept for the newest runs only; older runs keep their headlines', () => {
  let h = emptyHistory('go');
  for (let n = 1; n <= RUNS_WITH_SAMPLES + 3; n++) h = appendRun(h, run(n), 100);
  const withSamples = h.runs.map((r) => r.series[0].samples !== undefined);
  expect(withSamples).toEqual([false, false, false, ...Array(RUNS_WITH_SAMPLES).fill(true)]);
  expect(h.runs[0].series[0].value).toBe(101);
});

test('a re-run of the same commit replaces its earlier run instead of counting twice', () => {
  const h = appendRun(history([run(1), run(2)]), run(2, { runId: '99' }), 10);
  expect(h.runs.map((r) => [r.commit, r.runId])).toEqual([
    [sha(1), '1001'],
    [sha(2), '99'],
  ]);
});

test('merging keeps every run either side saved, in time order, each commit once', () => {
  const ours = history([run(1), run(3)]);
  const theirs = history([run(1), run(2)]);
  expect(mergeHistories(ours, theirs).runs.map((r) => r.commit)).toEqual([sha(1), sha(2), sha(3)]);
  expect(mergeHistories(ours, history([run(1)]))).toBe(ours);
});

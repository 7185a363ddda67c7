/** Like with like: the history runs from the same kind of runner, or all of them and a warning. */
import { sameRunner, describeRunner } from '../../src/history/runner.js';
import { EPYC, XEON, history, run } from './support.js';

const runs = (n: number, runner = EPYC, from = 0) =>
  Array.from({ length: n }, (_, i) => run(from + i + 1, { runner }));

test('a history from one kind of runner is used as it is', () => {
  const h = history(runs(3));
  expect(sameRunner(h, EPYC, 5)).toEqual({ history: h, dropped: 0 });
});

test('with enough runs on this kind of runner, the others are left out', () => {
  const h = history([...runs(4, XEON), ...runs(6, EPYC, 10)]);
  const s = sameRunner(h, EPYC, 5);
  expect(s.dropped).toBe(4);
  expect(s.history.runs.every((r) => r.runner?.cpu === EPYC.cpu)).toBe(true);
  expect(s.warning).toBeUndefined();
});

test('with too few, all runs are compared and a runner-changed warning names both kinds', () => {
  const h = history([...runs(8, XEON), ...runs(2, EPYC, 10)]);
  const s = sameRunner(h, EPYC, 5);
  expect(s.history).toBe(h);
  expect(s.warning).toEqual({
    kind: 'runner-changed',
    message:
      'The runner changed: this run is on linux/x64, AMD EPYC 7763 64-Core Processor ×4, 8 of the 10 base-branch runs were on other hardware (latest: linux/x64, Intel(R) Xeon(R) Platinum 8370C ×4).',
    hint: 'Only 2 ran on this kind of runner, fewer than 5, so all runs are compared; a change may come from the hardware rather than the code.',
  });
});

test('the core count alone does not make another kind of runner', () => {
  const h = history(runs(3, { ...EPYC, cores: 16 }));
  expect(sameRunner(h, EPYC, 5).warning).toBeUndefined();
});

test('another OS or architecture is another kind of runner', () => {
  expect(sameRunner(history(runs(2, { ...EPYC, arch: 'arm64' })), EPYC, 5).warning?.kind).toBe(
    'runner-changed',
  );
  expect(sameRunner(history(runs(2, { ...EPYC, os: 'darwin' })), EPYC, 5).warning?.kind).toBe(
    'runner-changed',
  );
});

test('a history that recorded no runners, or a run without a CPU model, is compared on what is known', () => {
  const h = history(runs(3).map((r) => ({ ...r, runner: undefined })));
  expect(sameRunner(h, EPYC, 5)).toEqual({ history: h, dropped: 0 });
  expect(sameRunner(history(runs(3, XEON)), { os: 'linux', arch: 'x64' }, 5)).toEqual({
    history: history(runs(3, XEON)),
    dropped: 0,
  });
});

test('runners are described for people', () => {
  expect(describeRunner(XEON)).toBe('linux/x64, Intel(R) Xeon(R) Platinum 8370C ×4');
  expect(describeRunner({ os: 'darwin', arch: 'arm64', cores: 3 })).toBe('darwin/arm64, 3 cores');
  expect(describeRunner(undefined)).toBe('an unrecorded runner');
});

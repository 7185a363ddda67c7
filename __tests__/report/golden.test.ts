/**
 * Golden files: the same verdict renders to byte-identical Markdown. A mismatch writes NAME.got.md beside
 * the golden (ignored by git; diff them) and fails; UPDATE_GOLDEN=1 accepts a deliberate change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderComment, renderSummary, type ReportContext } from '../../src/report/index.js';
import { history, improvement, regression, suite, sv } from './builders.js';

const DIR = path.join('__tests__', 'report', 'golden');

function expectGolden(name: string, got: string): void {
  const file = path.join(DIR, `${name}.md`);
  const gotFile = path.join(DIR, `${name}.got.md`);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, got);
    fs.rmSync(gotFile, { force: true });
    return;
  }
  const want = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (want === got) {
    fs.rmSync(gotFile, { force: true });
    return;
  }
  fs.writeFileSync(gotFile, got);
  throw new Error(`${file} differs from the rendered report; wrote ${gotFile} (UPDATE_GOLDEN=1 accepts it)`);
}

const ctx: ReportContext = {
  commitUrl: (sha) => `https://github.com/octo-org/octo-repo/commit/${sha}`,
  runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/42',
  baseBranch: 'main',
  runner: { os: 'linux', arch: 'x64', cpu: 'AMD EPYC 7763 64-Core Processor', cores: 4 },
};

const names = ['BenchmarkSort/size=100/kind=random-2', 'BenchmarkParse/json-2', 'BenchmarkFib20-2'];

function pr() {
  return suite(
    [
      regression(names[0], 1.3, { severity: 'critical' }),
      regression(names[1], 0.07, {
        verdict: 'warn',
        p: 0.012,
        reason: 'slower beyond the warn threshold (5%), significant after false-discovery control',
        warnings: [
          {
            kind: 'too-few-samples',
            message: 'Only 3 samples of BenchmarkParse/json-2: changes below 7% are not resolvable.',
            hint: 'Run it with -count 10.',
          },
        ],
      }),
      improvement(names[2], -0.25),
      improvement('BenchmarkFib20-2', -0.4, {
        metric: 'allocs/op',
        unit: 'allocs/op',
        baseline: 10,
        current: 6,
      }),
      sv('BenchmarkEncode-2'),
      sv('BenchmarkEncode-2', {
        metric: 'B/op',
        unit: 'B',
        baseline: 4096,
        current: 4096,
        change: 0,
        ci: [-0.001, 0.001],
      }),
      sv('BenchmarkThroughput-2', {
        metric: 'throughput',
        unit: 'B/s',
        direction: 'bigger',
        baseline: 812e6,
        current: 806e6,
        change: 0.0074,
      }),
      sv('BenchmarkNew-2', {
        status: 'new',
        mode: 'none',
        baseline: undefined,
        change: undefined,
        ci: undefined,
        p: undefined,
        n: undefined,
        reason: 'no baseline for this benchmark yet',
      }),
      sv('BenchmarkGone-2', {
        status: 'missing',
        mode: 'none',
        current: undefined,
        change: undefined,
        ci: undefined,
        p: undefined,
        n: undefined,
        reason: 'in the baseline but not in this run',
      }),
      sv('BenchmarkFlaky-2', {
        status: 'ignored',
        mode: 'none',
        ci: undefined,
        p: undefined,
        reason: 'ignored by the configuration',
      }),
    ],
    {
      warnings: [
        {
          kind: 'runner-changed',
          message:
            'The runner changed since the newest baseline run (AMD EPYC 7763, 4 cores → Intel Xeon 8370C, 2 cores).',
        },
      ],
    },
  );
}

test('a PR comment with regressions, improvements and the rest folded', () => {
  expectGolden('comment', renderComment(pr(), { ...ctx, history: history(names) }));
});

test('the job summary of the same PR, with the history chart', () => {
  expectGolden('summary', renderSummary(pr(), { ...ctx, history: history(names) }));
});

test('a combined report of a matrix of three suites', () => {
  const suites = ['linux', 'macos', 'windows'].map((s, i) => ({
    verdict: suite(
      i === 1
        ? [regression('BenchmarkSort-2', 0.18), sv('BenchmarkFib20-2')]
        : [sv('BenchmarkSort-2'), sv('BenchmarkFib20-2')],
      { suite: s },
    ),
  }));
  expectGolden('combined', renderComment(suites, { ...ctx, key: 'bench' }));
});

test('a first run, with no baseline yet', () => {
  const v = suite(
    names.map((n) =>
      sv(n, {
        status: 'new',
        mode: 'none',
        baseline: undefined,
        change: undefined,
        ci: undefined,
        p: undefined,
        n: undefined,
        reason: 'no baseline for this benchmark yet',
      }),
    ),
    {
      mode: 'none',
      baselineCommit: undefined,
      baselineRuns: 0,
      warnings: [
        {
          kind: 'baseline-unavailable',
          message: 'No baseline yet: this run is reported, not compared.',
          hint: 'The history fills on pushes to the base branch.',
        },
      ],
    },
  );
  expectGolden('first-run', renderComment(v, ctx));
});

/** What the PR comment and the job summary say, and in which order. */
import { headline, renderComment, renderSummary, marker } from '../../src/report/index.js';
import { sparkline } from '../../src/report/sparkline.js';
import { RENDERERS, inspect } from './gfm.js';
import { history, improvement, regression, suite, sv } from './builders.js';

const ctx = {
  commitUrl: (sha: string) => `https://github.com/octo-org/octo-repo/commit/${sha}`,
  runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/42',
  baseBranch: 'main',
  runner: { os: 'linux', arch: 'x64', cpu: 'AMD EPYC 7763 64-Core Processor', cores: 4 },
};

function mixed() {
  return suite([
    sv('BenchmarkUnchanged'),
    improvement('BenchmarkFaster', -0.3),
    regression('BenchmarkWarn', 0.07, { verdict: 'warn' }),
    regression('BenchmarkCritical', 1.5),
    regression('BenchmarkModerate', 0.6),
    sv('BenchmarkNew', {
      status: 'new',
      baseline: undefined,
      change: undefined,
      ci: undefined,
      p: undefined,
      reason: 'no baseline for this benchmark yet',
    }),
    sv('BenchmarkIgnored', { status: 'ignored', reason: 'ignored by the configuration' }),
  ]);
}

test('the headline states the verdict and the counts in one line', () => {
  expect(headline(mixed())).toBe(
    'benchgate ▸ FAIL — 3 regressions (1 critical), 1 improvement, 1 unchanged, 1 without a baseline, 1 ignored',
  );
  expect(headline(suite([sv('a'), sv('b')]))).toBe('benchgate ▸ PASS — 2 unchanged');
});

test('the comment starts with the suite marker, then the headline', () => {
  const md = renderComment(mixed(), ctx);
  expect(md.split('\n')[0]).toBe(marker('go'));
  expect(md.split('\n')[1]).toBe(`### ❌ ${headline(mixed())}`);
});

test('regressions come first, worst first, then improvements, then the rest folded away', () => {
  const md = renderComment(mixed(), ctx);
  const at = (s: string) => md.indexOf(s);
  expect(at('BenchmarkCritical')).toBeLessThan(at('BenchmarkModerate'));
  expect(at('BenchmarkModerate')).toBeLessThan(at('BenchmarkWarn'));
  expect(at('BenchmarkWarn')).toBeLessThan(at('#### Improvements'));
  expect(at('BenchmarkFaster')).toBeLessThan(at('<details>'));
  expect(at('<details>')).toBeLessThan(at('BenchmarkUnchanged'));
  expect(md).toContain('<summary>3 other series: 1 unchanged, 1 without a baseline, 1 ignored</summary>');
});

test('a regression row shows baseline → current in human units, change, interval, p, trend, verdict and reason', () => {
  const md = renderComment(mixed(), { ...ctx, history: history(['BenchmarkCritical']) });
  const row = md.split('\n').find((l) => l.includes('`BenchmarkCritical`'))!;
  const cells = row.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, ''));
  expect(cells).toEqual([
    '❌',
    '`BenchmarkCritical` · time<br><sub>**fail** (critical): slower by more than the fail threshold with 95% confidence</sub>',
    '1 → 2.5\u00a0ms',
    '**+150%**<br><sub>+120%\u00a0…\u00a0+180%<br>p\u00a0<\u00a00.001</sub>',
    expect.stringMatching(/^[▁▂▃▄▅▆▇]{12}█$/u),
  ]);
});

test('the footer says how the comparison was made and links the baseline commit', () => {
  const md = renderComment(mixed(), ctx);
  const footer = md.trimEnd().split('\n').at(-1)!;
  expect(footer).toMatch(/^<sub>.*<\/sub>$/);
  for (const part of [
    'mode history: 12 runs of `main`',
    'baseline [`2222222`](https://github.com/octo-org/octo-repo/commit/2222222222222222222222222222222222222222)',
    'samples 10 per series (baseline 12)',
    '95% confidence, 10,000 resamples, FDR 5%',
    'warn ≥ 5%, fail ≥ 10%',
    'runner linux/x64, AMD EPYC 7763 64-Core Processor, 4 cores',
    '[full report](https://github.com/octo-org/octo-repo/actions/runs/42)',
  ])
    expect(footer).toContain(part);
});

test('warnings become numbered notes once, marked on the rows they concern', () => {
  const tooFew = {
    kind: 'too-few-samples' as const,
    message: 'Only 3 samples: changes below 7% are undetectable.',
  };
  const v = suite(
    [regression('A', 0.3, { warnings: [tooFew] }), regression('B', 0.2, { warnings: [tooFew] }), sv('C')],
    { warnings: [{ kind: 'runner-changed', message: 'The runner changed since the baseline.' }] },
  );
  const md = renderComment(v, ctx);
  expect(md).toContain(
    '#### Notes\n\n1. The runner changed since the baseline.\n2. Only 3 samples&#58; changes below 7% are undetectable.\n',
  );
  expect(md.match(/undetectable/g)).toHaveLength(1);
  expect(md.split('\n').filter((l) => /^\| ❌ \| `[AB]`/.test(l) && l.includes('²'))).toHaveLength(2);
});

test('what could not be resolved is said: a global shift (once, as analyze wrote it) and changes too small to see', () => {
  const v = suite([sv('A', { resolvable: 0.12 }), sv('B', { resolvable: 0.02 })], {
    globalShift: { change: 0.08 },
    warnings: [
      {
        kind: 'global-shift',
        message:
          '2 of 2 compared series moved the same way (median +8.00%): a runner or global shift is more likely than that many separate changes.',
      },
    ],
  });
  const md = renderComment(v, ctx);
  expect(md.match(/moved the same way \(median \+8\.00%\)/g)).toHaveLength(1);
  expect(md).toContain('1 series could not resolve a change as small as the warn threshold (5%)');
  expect(md).toContain('only changes above 12%');
});

test('the summary adds a history chart of the top regressions with the same numbers as a table', () => {
  const names = ['R1', 'R2', 'R3', 'R4'];
  const v = suite(names.map((n, i) => regression(n, 0.5 + i / 10)));
  const md = renderSummary(v, { ...ctx, history: history(names, 5) });
  expect(md).toContain('#### History of the top regressions');
  expect(md.match(/```mermaid\n%%\{init: .*\}%%\nxychart-beta/g)).toHaveLength(3);
  expect(md).toContain('x-axis ["00aaaaa", "01aaaaa", "02aaaaa", "03aaaaa", "04aaaaa", "this run"]');
  expect(md).toContain('| Run | `R4` (µs) | `R3` (µs) | `R2` (µs) |');
  expect(md).toContain('| **this run** | 1800 | 1700 | 1600 |');
  expect(md).not.toContain(marker('go'));
});

test('the summary shows every other series unfolded; the comment folds them', () => {
  expect(renderSummary(mixed(), ctx)).toContain('<details open><summary>');
  expect(renderComment(mixed(), ctx)).toContain('<details><summary>');
});

test('a first run without a baseline is reported, not compared', () => {
  const v = suite(
    [
      sv('A', {
        status: 'new',
        mode: 'none',
        baseline: undefined,
        change: undefined,
        ci: undefined,
        p: undefined,
        n: undefined,
        reason: 'no baseline for this benchmark yet',
      }),
    ],
    {
      mode: 'none',
      baselineCommit: undefined,
      baselineRuns: 0,
      warnings: [
        { kind: 'baseline-unavailable', message: 'No baseline yet: this run is reported, not compared.' },
      ],
    },
  );
  const md = renderComment(v, ctx);
  expect(md).toContain('### ✅ benchgate ▸ PASS — 1 without a baseline');
  expect(md).toContain('mode no baseline yet');
  expect(md).toContain('1. No baseline yet&#58; this run is reported, not compared.');
});

test('several suites render as one report with a section per suite under one marker', () => {
  const linux = suite([regression('A', 0.3)], { suite: 'linux' });
  const macos = suite([sv('A')], { suite: 'macos' });
  const md = renderComment([{ verdict: linux }, { verdict: macos }], { ...ctx, key: 'bench' });
  expect(md.split('\n')[0]).toBe('<!-- benchgate:bench -->');
  expect(md).toContain('### ❌ benchgate ▸ FAIL — 2 suites: 1 regression, 1 unchanged');
  expect(md).toContain('### ❌ `linux` — FAIL: 1 regression');
  expect(md).toContain('### ✅ `macos` — PASS: 1 unchanged');
});

test('rendering is deterministic', () => {
  const a = renderSummary(mixed(), { ...ctx, history: history(['BenchmarkCritical']) });
  const b = renderSummary(mixed(), { ...ctx, history: history(['BenchmarkCritical']) });
  expect(a).toBe(b);
});

test('sparklines span eight levels between the smallest and largest value', () => {
  expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
  expect(sparkline([5, 5, 5])).toBe('▄▄▄');
  expect(sparkline([])).toBe('');
});

test.each(RENDERERS)('the comment renders as well-formed GFM with $name', (r) => {
  const page = inspect(r.render(renderComment(mixed(), { ...ctx, history: history(['BenchmarkCritical']) })));
  expect(page.brokenRows).toEqual([]);
  expect(page.tags.filter((t) => t === 'table')).toHaveLength(3);
  expect(page.links).toEqual([
    'https://github.com/octo-org/octo-repo/commit/2222222222222222222222222222222222222222',
    'https://github.com/octo-org/octo-repo/actions/runs/42',
  ]);
});

test('what analyze already said about resolution is not said twice', () => {
  const v = suite([
    sv('A', {
      resolvable: 0.12,
      warnings: [{ kind: 'unresolvable', message: 'Some comparisons are too noisy to resolve a 5% change.' }],
    }),
  ]);
  const md = renderComment(v, ctx);
  expect(md).toContain('1. Some comparisons are too noisy to resolve a 5% change.');
  expect(md).not.toContain('could not resolve a change as small as');
});

test('a row whose sentence is about the fail bound shows that bound at its level, not the 95% interval', () => {
  const v = suite([
    regression('BenchmarkBound', 0.3, {
      ci: [0.2, 0.4],
      bound: { confidence: 0.999, change: 0.12 },
      reason: '30% slower; with 99.9% confidence at least 12% slower, beyond the 10% fail threshold.',
    }),
    regression('BenchmarkWarn', 0.07, { verdict: 'warn', ci: [0.02, 0.12] }),
  ]);
  const md = renderComment(v, ctx);
  const bound = md.split('\n').find((l) => l.includes('BenchmarkBound'))!;
  expect(bound).toContain('≥\u00a0+12.0%\u00a0at\u00a099.9%');
  expect(bound).not.toContain('+20.0%');
  const warn = md.split('\n').find((l) => l.includes('BenchmarkWarn'))!;
  expect(warn).toContain('+2.00%\u00a0…\u00a0+12.0%');
});

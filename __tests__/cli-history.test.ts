import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../src/cli/main.js';
import { renderMetrics } from '../src/cli/metrics.js';
import { decodeHistory } from '../src/history/validate.js';
import { GO_OUTPUT, slower } from '../test-support/go-output.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-cli-history-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: tmp,
    env,
  });
  return { code, out, err };
}

fs.writeFileSync(path.join(tmp, 'base.txt'), GO_OUTPUT);
fs.writeFileSync(path.join(tmp, 'slow.txt'), slower(GO_OUTPUT, 2));

async function recordRuns(history: string, n: number, extra: string[] = []): Promise<void> {
  for (let i = 1; i <= n; i++) {
    const r = await cli([
      'record',
      '--history',
      history,
      'base.txt',
      '--commit',
      `c${i}`,
      '--ref',
      'main',
      '--timestamp',
      `2026-11-0${i}T10:00:00Z`,
      ...extra,
    ]);
    expect(r).toMatchObject({ code: 0, err: '' });
  }
}

describe('benchgate record', () => {
  test('appends runs to a history file the file store reads back', async () => {
    await recordRuns('h/history.json', 3);
    const text = fs.readFileSync(path.join(tmp, 'h/history.json'), 'utf8');
    const v = decodeHistory(text, 'default');
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.history.runs.map((r) => [r.commit, r.ref, r.timestamp])).toEqual([
      ['c1', 'main', '2026-11-01T10:00:00.000Z'],
      ['c2', 'main', '2026-11-02T10:00:00.000Z'],
      ['c3', 'main', '2026-11-03T10:00:00.000Z'],
    ]);
    expect(v.history.runs[0].runner?.os).toBe(os.platform());
    expect(v.history.runs[0].tool).toBe('go');
  });

  test('keeps at most --history-size runs, the newest', async () => {
    await recordRuns('capped.json', 5, ['--history-size', '3']);
    const v = decodeHistory(fs.readFileSync(path.join(tmp, 'capped.json'), 'utf8'), 'default');
    expect(v.ok && v.history.runs.map((r) => r.commit)).toEqual(['c3', 'c4', 'c5']);
  });

  test('the commit and branch come from the CI’s variables when not given', async () => {
    const r = await cli(['record', '--history', 'ci.json', 'base.txt'], {
      CI_COMMIT_SHA: 'abc123',
      CI_COMMIT_REF_NAME: 'main',
    });
    expect(r.code).toBe(0);
    const v = decodeHistory(fs.readFileSync(path.join(tmp, 'ci.json'), 'utf8'), 'default');
    expect(v.ok && [v.history.runs[0].commit, v.history.runs[0].ref]).toEqual(['abc123', 'main']);
  });

  test('an unusable history is kept aside, never written over, and a new one starts', async () => {
    fs.writeFileSync(
      path.join(tmp, 'bad.json'),
      '{"schemaVersion": 1, "suite": "default", "runs": "lots"}\n',
    );
    const r = await cli(['record', '--history', 'bad.json', 'base.txt', '--commit', 'c9']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /^benchgate: bad\.json: expected a benchgate history; .* \(kept aside as .*bad\.json\.invalid-.*\); starting a new history\n$/,
    );
    const aside = fs.readdirSync(tmp).filter((f) => f.startsWith('bad.json.invalid-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(tmp, aside[0]), 'utf8')).toContain('"runs": "lots"');
    const v = decodeHistory(fs.readFileSync(path.join(tmp, 'bad.json'), 'utf8'), 'default');
    expect(v.ok && v.history.runs.map((x) => x.commit)).toEqual(['c9']);
  });

  test('another suite’s history is left alone: an error, nothing written', async () => {
    await cli(['record', '--history', 'other.json', 'base.txt', '--commit', 'c1', '--suite', 'other']);
    const before = fs.readFileSync(path.join(tmp, 'other.json'), 'utf8');
    const r = await cli(['record', '--history', 'other.json', 'base.txt', '--commit', 'c2']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^benchgate: other\.json: expected a readable history: .*suite "other"/);
    expect(fs.readFileSync(path.join(tmp, 'other.json'), 'utf8')).toBe(before);
  });

  test('a run the history cannot hold is an error, and the history is left as it was', async () => {
    await recordRuns('caps.json', 1);
    const before = fs.readFileSync(path.join(tmp, 'caps.json'), 'utf8');
    // a benchmark name over the 2,000 characters a stored name may have
    const long = `BenchmarkLong${'x'.repeat(2000)}-2    1000    1234 ns/op\n`;
    fs.writeFileSync(path.join(tmp, 'long.txt'), `${GO_OUTPUT}${long}`);
    const r = await cli(['record', '--history', 'caps.json', 'long.txt', '--commit', 'c9']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^benchgate: caps\.json: expected a run the history can hold; it would not load again \(.*series\[\d+\]\.name: must NOT have more than 2000 characters/,
    );
    expect(fs.readFileSync(path.join(tmp, 'caps.json'), 'utf8')).toBe(before);
  });

  test.each([
    [
      ['record', '--history', 'x.json'],
      'benchgate: record: expected at least one OUTPUT file after the flags\n',
    ],
    [['record', 'base.txt'], 'benchgate: record: expected --history FILE\n'],
    [
      ['record', '--history', 'x.json', 'base.txt', '--commit', 'c', '--timestamp', 'yesterday'],
      'benchgate: --timestamp: expected an ISO 8601 time such as 2026-12-01T10:00:00Z, got "yesterday"\n',
    ],
    [
      ['record', '--history', 'x.json', 'base.txt', '--commit', 'c', '--history-size', '1'],
      'benchgate: --history-size: expected a whole number from 2 to 10000, got "1"\n',
    ],
  ])('%j is an error, exit 2', async (args, err) => {
    expect(await cli(args)).toEqual({ code: 2, out: '', err });
    expect(fs.existsSync(path.join(tmp, 'x.json'))).toBe(false);
  });
});

describe('benchgate compare --history', () => {
  beforeAll(() => recordRuns('main.json', 6));

  test('passes against a history of the same numbers', async () => {
    const r = await cli(['compare', '--history', 'main.json', '--current', 'base.txt', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { verdict: string; mode: string; baselineRuns: number };
    expect(report.verdict).not.toBe('fail');
    expect(report.baselineRuns).toBe(6);
  });

  test('fails on a regression, as the action’s history mode does', async () => {
    const r = await cli(['compare', '--history', 'main.json', '--current', 'slow.txt', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      verdict: string;
      series: { name: string; metric: string; verdict: string }[];
    };
    expect(report.verdict).toBe('fail');
    expect(report.series.find((s) => s.name === 'BenchmarkFib20-2' && s.metric === 'time')?.verdict).toBe(
      'fail',
    );
  });

  test('a missing history is a first run: nothing to compare with, no failure', async () => {
    const r = await cli(['compare', '--history', 'none.json', '--current', 'slow.txt']);
    expect(r.code).toBe(0);
  });

  test('an unusable history is an error, and kept aside', async () => {
    fs.writeFileSync(path.join(tmp, 'broken.json'), '{not json');
    const r = await cli(['compare', '--history', 'broken.json', '--current', 'base.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^benchgate: broken\.json: expected a benchgate history; .*kept aside as/);
  });

  test('--baseline and --history together are refused', async () => {
    const r = await cli([
      'compare',
      '--history',
      'main.json',
      '--baseline',
      'base.txt',
      '--current',
      'base.txt',
    ]);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'benchgate: compare: expected --baseline or --history, not both\n',
    });
  });

  test('--metrics writes GitLab’s metrics report: values, changes and counts in OpenMetrics text', async () => {
    const r = await cli([
      'compare',
      '--history',
      'main.json',
      '--current',
      'slow.txt',
      '--metrics',
      'out/metrics.txt',
    ]);
    expect(r.code).toBe(1);
    const text = fs.readFileSync(path.join(tmp, 'out/metrics.txt'), 'utf8');
    expect(text.endsWith('# EOF\n')).toBe(true);
    expect(text).toMatch(
      /^benchgate_value\{suite="default",benchmark="BenchmarkFib20-2",metric="time",unit="ns"\} \d+(\.\d+)?$/m,
    );
    expect(text).toMatch(
      /^benchgate_change\{suite="default",benchmark="BenchmarkFib20-2",metric="time",unit="ns"\} (?:1|0\.99\d*|1\.00\d*)$/m,
    );
    expect(text).toMatch(/^benchgate_regressions\{suite="default"\} [1-9]\d*$/m);
    // Every line is a comment or `name{labels} number`.
    for (const line of text.trimEnd().split('\n'))
      expect(line).toMatch(
        /^(# (TYPE|HELP|EOF).*|[a-z_]+\{(?:[a-z]+="(?:[^"\\\n]|\\.)*",?)*\} -?\d+(\.\d+)?(e[-+]\d+)?)$/,
      );
  });

  test('record --metrics writes the base branch’s values for the widget to compare with', async () => {
    const r = await cli([
      'record',
      '--history',
      'm.json',
      'base.txt',
      '--commit',
      'c1',
      '--metrics',
      'metrics.txt',
    ]);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(path.join(tmp, 'metrics.txt'), 'utf8');
    expect(text).toMatch(
      /^benchgate_value\{suite="default",benchmark="BenchmarkFib20-2",metric="time",unit="ns"\} /m,
    );
    expect(text).not.toContain('benchgate_change');
  });
});

test('metric labels escape backslashes, quotes and line breaks', () => {
  const text = renderMetrics('s', [{ name: 'a"b\\c\nd', metric: 'time', unit: 'ns', current: 1.5 }]);
  expect(text).toContain(
    'benchgate_value{suite="s",benchmark="a\\"b\\\\c\\nd",metric="time",unit="ns"} 1.5\n',
  );
});

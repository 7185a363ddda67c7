/**
 * Collected results (a fork's, in the workflow_run recipe) and stored histories are untrusted: numbers
 * must be finite, runner fields from their enums, sizes within the caps of docs/security.md; and no
 * untrusted text reaches a log line with a line break or a workflow command in it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCollected } from '../../src/modes/payload.js';
import { decodeHistory } from '../../src/history/validate.js';
import { benchgateResults as benchgate } from '../../src/parse/benchgate.js';
import { LIMITS } from '../../src/limits.js';
import { logSafe, safeCore } from '../../src/log-safe.js';
import { run } from '../../src/main.js';
import type { ActionCore } from '../../src/model.js';
import { runnerFingerprint, world } from '../../src/world.js';

const SHA = 'a'.repeat(40);

function payload(current: Record<string, unknown>): Record<string, unknown> {
  return {
    benchgateCollected: 1,
    suite: 'go',
    event: 'pull_request',
    sha: SHA,
    ref: 'refs/pull/7/merge',
    inputs: {},
    current: {
      suite: 'go',
      tool: 'go',
      commit: SHA,
      ref: 'refs/pull/7/merge',
      timestamp: '2026-11-21T12:00:00Z',
      series: [{ name: 'BenchmarkA', metric: 'time', unit: 'ns', direction: 'smaller', value: 1 }],
      ...current,
    },
  };
}

function history(run: Record<string, unknown>): Record<string, unknown> {
  return {
    schemaVersion: 1,
    suite: 'go',
    runs: [
      {
        suite: 'go',
        tool: 'go',
        commit: SHA,
        ref: 'refs/heads/main',
        timestamp: '2026-11-21T12:00:00Z',
        series: [{ name: 'BenchmarkA', metric: 'time', unit: 'ns', direction: 'smaller', value: 1 }],
        ...run,
      },
    ],
  };
}

const series = (o: Record<string, unknown>) => [
  { name: 'BenchmarkA', metric: 'time', unit: 'ns', direction: 'smaller', value: 1, ...o },
];

describe('numbers are finite', () => {
  const infinite = '1e999';
  test('collected results with 1e999 (Infinity) are refused', () => {
    const text = JSON.stringify(payload({})).replace('"value":1', `"value":${infinite}`);
    expect(readCollected(text, 'a').ok).toBe(false);
    const samples = JSON.stringify(payload({ series: series({ samples: [1, 2] }) })).replace(
      '[1,2]',
      `[1,${infinite}]`,
    );
    expect(readCollected(samples, 'a').ok).toBe(false);
  });
  test('a history with 1e999 (Infinity) is refused', () => {
    const text = JSON.stringify(history({})).replace('"value":1', `"value":${infinite}`);
    expect(decodeHistory(text, 'go')).toMatchObject({ ok: false, kind: 'corrupt' });
  });
  test("benchgate's results format refuses 1e999", () => {
    const text = `{"benchgate":1,"results":[{"name":"a","unit":"ns","value":${infinite}}]}`;
    expect(() => benchgate.parse(text, 'r.json')).toThrow(/r\.json/);
  });
});

describe('runner fields are validated', () => {
  const hostile = [
    { os: 'linux\n::add-mask::secret', arch: 'x64' },
    { os: 'linux', arch: 'x64\n::stop-commands::token' },
    { os: 'linux-::warning::x', arch: 'x64' },
    { os: 'linux', arch: 'x64', cpu: 'Xeon\n::warning::pwned' },
    { os: 'linux', arch: 'x64', cpu: 'bidi \u202e' },
    { os: 'linux', arch: 'x64', cpu: 'x'.repeat(201) },
  ];
  test.each(hostile)('collected results with runner %j are refused', (runner) => {
    expect(readCollected(JSON.stringify(payload({ runner })), 'a').ok).toBe(false);
  });
  test.each(hostile)('a history with runner %j is refused', (runner) => {
    expect(decodeHistory(JSON.stringify(history({ runner })), 'go').ok).toBe(false);
  });
  test("this machine's own fingerprint is accepted by both", () => {
    const runner = runnerFingerprint();
    expect(readCollected(JSON.stringify(payload({ runner })), 'a').ok).toBe(true);
    expect(decodeHistory(JSON.stringify(history({ runner })), 'go').ok).toBe(true);
  });
});

describe('sizes are capped', () => {
  test(`more than ${LIMITS.seriesPerRun} series are refused`, () => {
    const many = Array.from({ length: LIMITS.seriesPerRun + 1 }, (_, i) => ({
      name: `B${i}`,
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 1,
    }));
    expect(readCollected(JSON.stringify(payload({ series: many })), 'a').ok).toBe(false);
    expect(decodeHistory(JSON.stringify(history({ series: many })), 'go').ok).toBe(false);
  });
  test(`more than ${LIMITS.samplesPerSeries} samples in a series are refused`, () => {
    const samples = new Array<number>(LIMITS.samplesPerSeries + 1).fill(1);
    expect(readCollected(JSON.stringify(payload({ series: series({ samples }) })), 'a').ok).toBe(false);
    expect(decodeHistory(JSON.stringify(history({ series: series({ samples }) })), 'go').ok).toBe(false);
  });
  test('over-long names, metrics, units and refs are refused in history', () => {
    for (const o of [
      { series: series({ name: 'n'.repeat(LIMITS.name + 1) }) },
      { series: series({ metric: 'm'.repeat(LIMITS.metric + 1) }) },
      { series: series({ unit: 'u'.repeat(LIMITS.unit + 1) }) },
      { ref: 'r'.repeat(LIMITS.text + 1) },
    ])
      expect(decodeHistory(JSON.stringify(history(o)), 'go').ok).toBe(false);
  });
  test('a history document over the size cap is refused before it is parsed', () => {
    const text = JSON.stringify(history({})) + ' '.repeat(LIMITS.documentBytes);
    expect(decodeHistory(text, 'go')).toMatchObject({ ok: false, reason: expect.stringMatching(/MiB/) });
  });
});

describe('log lines', () => {
  test('logSafe() leaves no line break, no workflow command and no bidi override', () => {
    const out = logSafe('a\n::add-mask::x\r\n##[warning]y\u2028::stop-commands::t \u202ez');
    expect(out).not.toMatch(/[\r\n\u2028\u202e]/);
    expect(out).not.toMatch(/::/);
    expect(out).not.toMatch(/##\[/);
    expect(out.replace(/\u2060/g, '')).toBe('a ::add-mask::x ##[warning]y ::stop-commands::t z');
  });
  test('logSafe() bounds the line', () => {
    expect(logSafe('x'.repeat(100_000)).length).toBeLessThanOrEqual(4000);
  });
  test('safeCore() passes messages and annotation titles through logSafe()', () => {
    const seen: string[] = [];
    const core = safeCore({
      info: (m: string) => seen.push(m),
      warning: (m: string, p?: { title?: string }) => seen.push(m, p?.title ?? ''),
      error: (m: string, p?: { title?: string }) => seen.push(m, p?.title ?? ''),
      setFailed: (m: string) => seen.push(m),
    });
    core.info('a\n::warning::b');
    core.warning('c\n::error::d', { title: 'e\n::add-mask::f' });
    core.error('g', { title: 'h::i' });
    core.setFailed('j\n::stop-commands::k');
    for (const line of seen) expect(line).not.toMatch(/\n|::/);
  });

  test('the action logs a file name holding a line break and a command on one inert line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-log-'));
    try {
      const hostile = 'bench\n::add-mask::s3cret\n.txt';
      fs.copyFileSync('fixtures/go/bench-count5.txt', path.join(dir, hostile));
      const lines: string[] = [];
      const inputs: Record<string, string> = {
        'output-file': 'bench*',
        store: 'file',
        'history-path': path.join(dir, 'history.json'),
        comment: 'never',
        summary: 'false',
      };
      const core: ActionCore = {
        getInput: (n) => inputs[n] ?? '',
        setOutput: () => {},
        setFailed: (m) => lines.push(m),
        info: (m) => lines.push(m),
        warning: (m) => lines.push(m),
        error: (m) => lines.push(m),
        setSecret: () => {},
        debug: () => {},
        isDebug: () => false,
        summary: { addRaw: () => ({ write: async () => undefined }) },
      };
      await run({
        ...world(core, { RUNNER_TEMP: dir }, dir),
        now: () => new Date('2026-11-21T12:00:00Z'),
      });
      const read = lines.find((l) => l.includes('s3cret'));
      expect(read).toBeDefined();
      for (const l of lines) {
        expect(l).not.toMatch(/[\r\n]/);
        expect(l).not.toMatch(/::add-mask::/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

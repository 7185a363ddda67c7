import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../src/cli/main.js';

function sink(): { write(s: string): void; text: string } {
  return {
    text: '',
    write(s: string) {
      this.text += s;
    },
  };
}

async function cli(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(args, { stdout: out, stderr: err, cwd, env: {} });
  return { code, out: out.text, err: err.text };
}

describe('benchgate CLI', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-cli-'));
  const go = path.resolve('fixtures/go/bench-count5.txt');

  test('parse prints {format, series} JSON', async () => {
    const r = await cli(['parse', go]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { format: string; series: { name: string; samples: number[] }[] };
    expect(doc.format).toBe('go');
    expect(doc.series.length).toBeGreaterThan(10);
    expect(doc.series[0].samples).toHaveLength(5);
  });

  test('compare exits 1 on a fail and prints the JSON report', async () => {
    const slow = path.join(tmp, 'slow.txt');
    fs.writeFileSync(
      slow,
      fs
        .readFileSync(go, 'utf8')
        .replace(/(BenchmarkFib20-2\s+\d+\s+)(\d+)/g, (_m, a: string, v: string) => `${a}${Number(v) * 2}`),
    );
    // One run per side: a 2× change fails only on a runner declared quiet (the default assumes ±25%
    // run-to-run noise, docs/statistics.md).
    const quiet = path.join(tmp, 'quiet.yml');
    fs.writeFileSync(quiet, 'runner-noise: 2%\n');
    const r = await cli(['compare', '--baseline', go, '--current', slow, '--json', '--config', quiet]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      verdict: string;
      series: { name: string; metric: string; change: number; verdict: string }[];
    };
    expect(report.verdict).toBe('fail');
    const fib = report.series.find((s) => s.name === 'BenchmarkFib20-2' && s.metric === 'time')!;
    expect(fib.verdict).toBe('fail');
    expect(fib.change).toBeCloseTo(1, 1);
  });

  test('compare exits 0 when nothing changed', async () => {
    const r = await cli(['compare', '--baseline', go, '--current', go]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('PASS');
  });

  test.each([
    [
      'a missing file',
      ['parse', path.join(tmp, 'nope.txt')],
      /^benchgate: .*nope\.txt: expected a benchmark output file, no such file\n$/,
    ],
    [
      'an empty file',
      ['parse', 'EMPTY'],
      /^benchgate: .*empty\.txt:1: expected benchmark output, the file is empty\n$/,
    ],
    [
      'JSON that is not a benchmark list',
      ['parse', 'NOTLIST'],
      /^benchgate: .*notlist\.json:1: expected the output of a known benchmark tool; tried .*\n$/,
    ],
    [
      'a list entry without a number',
      ['parse', 'BADVALUE', '--format', 'generic'],
      /^benchgate: .*badvalue\.json:3: expected a number for "value" of "fast"/,
    ],
  ])('%s gives one line with file, line and what was expected, and exit 2', async (_name, args, pattern) => {
    fs.writeFileSync(path.join(tmp, 'empty.txt'), '');
    fs.writeFileSync(path.join(tmp, 'notlist.json'), '{"hello": "world"}\n');
    fs.writeFileSync(
      path.join(tmp, 'badvalue.json'),
      '[\n  {"name": "ok", "unit": "ns", "value": 1},\n  {"name": "fast", "unit": "ns", "value": "quick"}\n]\n',
    );
    const map: Record<string, string> = {
      EMPTY: 'empty.txt',
      NOTLIST: 'notlist.json',
      BADVALUE: 'badvalue.json',
    };
    const r = await cli(args.map((a) => (map[a] ? path.join(tmp, map[a]) : a)));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

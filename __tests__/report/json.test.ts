/** The JSON report is the verdict as data, and always matches schema/report.schema.json. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { REPORT_SCHEMA, renderJson } from '../../src/report/index.js';
import { main } from '../../src/cli/main.js';
import { improvement, regression, suite, sv } from './builders.js';

const SCHEMA_FILE = path.join('schema', 'report.schema.json');
const validate = new Ajv({ allErrors: true, strict: true }).compile(REPORT_SCHEMA);

test('schema/report.schema.json is what `npm run schemas` writes from src/report/schema.ts', () => {
  expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(REPORT_SCHEMA);
});

test('a report with every kind of series validates', () => {
  const v = suite(
    [
      regression('A', 0.5, {
        limit: { kind: 'max', value: 2e6 },
        resolvable: 0.03,
        pAdjusted: 0.002,
        method: 'bootstrap',
        bound: { confidence: 0.9967, change: 0.41 },
        segment: { runs: 12, since: 'a'.repeat(40) },
      }),
      improvement('B', -0.2),
      sv('C', { warnings: [{ kind: 'too-few-samples', message: 'few', hint: 'more' }] }),
      sv('D', {
        status: 'new',
        baseline: undefined,
        change: undefined,
        ci: undefined,
        p: undefined,
        n: undefined,
      }),
      sv('E', { status: 'missing', current: undefined, change: undefined }),
      sv('F', { baseline: 0, current: 5, change: Infinity }),
    ],
    { globalShift: { change: 0.04 }, warnings: [{ kind: 'runner-changed', message: 'runner changed' }] },
  );
  const json = JSON.parse(JSON.stringify(renderJson(v)));
  expect(validate(json)).toBe(true);
  expect(validate.errors ?? []).toEqual([]);
  const f = json.series.find((s: { name: string }) => s.name === 'F');
  expect(f.change).toBeNull();
  expect(json.series.find((s: { name: string }) => s.name === 'A')).toMatchObject({
    name: 'A',
    metric: 'time',
    unit: 'ns',
    direction: 'smaller',
    baseline: 1e6,
    current: 1.5e6,
    change: 0.5,
    ci: [0.4, 0.6],
    p: 0.0004,
    verdict: 'fail',
    severity: 'moderate',
  });
});

test("the CLI's --json output is this report", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-json-'));
  const base = fs.readFileSync(path.join('fixtures', 'go', 'bench-count5.txt'), 'utf8');
  fs.writeFileSync(path.join(dir, 'base.txt'), base);
  fs.writeFileSync(
    path.join(dir, 'head.txt'),
    base.replace(/(BenchmarkFib20-2\s+\d+\s+)(\d+)/g, (_m, a: string, v: string) => `${a}${Number(v) * 2}`),
  );
  // One run per side: a 2× change fails only on a runner declared quiet (docs/statistics.md).
  fs.writeFileSync(path.join(dir, 'quiet.yml'), 'runner-noise: 2%\n');
  let out = '';
  const code = await main(
    ['compare', '--baseline', 'base.txt', '--current', 'head.txt', '--json', '--config', 'quiet.yml'],
    {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => undefined },
      cwd: dir,
      env: {},
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  expect(code).toBe(1);
  const report = JSON.parse(out);
  expect(validate(report)).toBe(true);
  expect(report.verdict).toBe('fail');
  expect(report.series.find((s: { name: string }) => s.name === 'BenchmarkFib20-2').change).toBeGreaterThan(
    0.5,
  );
});

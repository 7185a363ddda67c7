/**
 * readOutputs hands the pipeline what the parsers report besides series: the run's metadata (Go's
 * `cpu:` for the runner fingerprint) and the warnings about skipped lines that looked like results, each
 * naming its file and line.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readOutputs } from '../../src/results.js';

describe('readOutputs', () => {
  test('returns the metadata of Go output, first value per key across files', () => {
    const r = readOutputs(
      ['fixtures/go/bench-count5.txt', 'fixtures/go/bench-two-packages.txt'],
      'auto',
      '.',
    );
    expect(r.metadata).toMatchObject({ cpu: 'AMD EPYC', goos: 'linux', goarch: 'amd64' });
    expect(r.warnings).toEqual([]);
  });

  test('returns warnings with their file and line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-read-outputs-'));
    try {
      fs.writeFileSync(path.join(dir, 'out.txt'), 'BenchmarkA-2 see the log\nBenchmarkB-2 100 5 ns/op\n');
      fs.copyFileSync('fixtures/hyperfine/no-shell-failing.json', path.join(dir, 'hf.json'));
      const r = readOutputs(['out.txt', 'hf.json'], 'auto', dir);
      expect(r.series.map((s) => s.name)).toEqual(['BenchmarkB-2', 'false', '/bin/true']);
      expect(r.warnings).toEqual([
        {
          file: 'out.txt',
          line: 1,
          message:
            'skipped a line starting with "BenchmarkA-2": no iteration count after the name, so it is not a benchmark result',
        },
        {
          file: 'hf.json',
          line: 24,
          message: '"false" exited with a non-zero status in 10 of 10 runs (hyperfine -i kept them)',
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readOutputs } from '../../src/results.js';

/** Real `go test -bench` output (fixtures/go/README.md), copied so each copy is one run. */
const GO = fs.readFileSync(path.resolve('fixtures/go/bench-count5.txt'), 'utf8');

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-replicates-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('several output files for one side', () => {
  test('files that carry the same benchmarks are separate runs of them', () => {
    const dir = workspace({ 'run-1.txt': GO, 'run-2.txt': GO, 'run-3.txt': GO });
    try {
      const r = readOutputs(['run-*.txt'], 'auto', dir);
      expect(r.runs).toBe(3);
      expect(r.files).toEqual(['run-1.txt', 'run-2.txt', 'run-3.txt']);
      const one = readOutputs(['run-1.txt'], 'auto', dir).series;
      expect(r.series).toHaveLength(one.length);
      for (const [i, s] of r.series.entries()) {
        expect(s.runs).toHaveLength(3);
        expect(s.runs![0]).toEqual({
          value: one[i].value,
          ...(one[i].samples ? { samples: one[i].samples } : {}),
        });
        if (one[i].samples) expect(s.samples).toHaveLength(3 * one[i].samples!.length);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('files with different benchmarks are parts of one run, as before', () => {
    const lines = GO.split('\n');
    const bench = lines.filter((l) => l.startsWith('Benchmark'));
    const other = lines.filter((l) => !l.startsWith('Benchmark'));
    const names = [...new Set(bench.map((l) => l.split(/\s/)[0]))];
    const half = new Set(names.slice(0, names.length >> 1));
    const a = [...other, ...bench.filter((l) => half.has(l.split(/\s/)[0]))].join('\n');
    const b = [...other, ...bench.filter((l) => !half.has(l.split(/\s/)[0]))].join('\n');
    const dir = workspace({ 'a.txt': a, 'b.txt': b, 'all.txt': GO });
    try {
      const parts = readOutputs(['a.txt', 'b.txt'], 'auto', dir);
      expect(parts.runs).toBe(1);
      expect(parts.series.every((s) => s.runs === undefined)).toBe(true);
      expect(parts.series.length).toBe(readOutputs(['all.txt'], 'auto', dir).series.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

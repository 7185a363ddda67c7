/** The real Go output the end-to-end tests run the action on, and a regressed copy of it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './runner-env.js';

/** `go test -bench . -benchmem -count 5` output from fixtures/go (5 samples per series). */
export const GO_OUTPUT = fs.readFileSync(path.join(ROOT, 'fixtures/go/bench-count5.txt'), 'utf8');

/** The same output with BenchmarkFib20 `factor` times slower in every sample: an unmistakable regression. */
export function slower(text: string, factor: number): string {
  return text.replace(
    /(BenchmarkFib20-2\s+\d+\s+)(\d+)/g,
    (_m, a: string, v: string) => `${a}${Math.round(Number(v) * factor)}`,
  );
}

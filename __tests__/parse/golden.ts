/**
 * Golden files for parser tests: the normalized JSON a fixture parses to, committed beside the tests in
 * `__tests__/parse/golden/<tool>/<fixture>.json`. A mismatch writes `<fixture>.got.json` next to it
 * (ignored by git, so `diff` shows what changed) and fails; `UPDATE_GOLDEN=1 npm test -- __tests__/parse`
 * rewrites the goldens after a deliberate change. A missing golden is a failure too, so a forgotten
 * file never passes silently.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GOLDEN_DIR = path.join('__tests__', 'parse', 'golden');

/** Stable text for a value: two-space JSON with a final newline, keys in the order the parser wrote them. */
export function goldenText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Compare `actual` with the golden `<tool>/<fixture>.json`. Returns nothing; throws an Error whose
 * message says where the `.got.json` was written, so jest shows the path.
 */
export function expectGolden(tool: string, fixture: string, actual: unknown): void {
  const dir = path.join(GOLDEN_DIR, tool);
  const base = fixture.replace(/[\\/]/g, '__');
  const goldenPath = path.join(dir, `${base}.json`);
  const gotPath = path.join(dir, `${base}.got.json`);
  const got = goldenText(actual);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(goldenPath, got);
    fs.rmSync(gotPath, { force: true });
    return;
  }
  const want = fs.existsSync(goldenPath) ? fs.readFileSync(goldenPath, 'utf8') : undefined;
  if (want === got) {
    fs.rmSync(gotPath, { force: true });
    return;
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(gotPath, got);
  throw new Error(
    want === undefined
      ? `no golden file ${goldenPath}; wrote ${gotPath} — review it, then run with UPDATE_GOLDEN=1`
      : `${goldenPath} differs from the parser's output; wrote ${gotPath} (diff them; UPDATE_GOLDEN=1 accepts it)`,
  );
}

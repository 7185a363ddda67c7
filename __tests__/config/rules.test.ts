import fc from 'fast-check';
import { applyOverrides, loadConfig, nameMatches } from '../../src/config/index.js';

/** A reference glob matcher by dynamic programming over (pattern, name) prefixes: obviously right, O(n·m). */
function reference(name: string, glob: string): boolean {
  // Tokens: '*', '?', a class {negate, chars}, or a literal character.
  type Token =
    | { kind: 'star' }
    | { kind: 'any' }
    | { kind: 'lit'; c: string }
    | { kind: 'class'; negate: boolean; test: (c: string) => boolean };
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') tokens.push({ kind: 'star' });
    else if (c === '?') tokens.push({ kind: 'any' });
    else tokens.push({ kind: 'lit', c });
  }
  let row = new Array<boolean>(name.length + 1).fill(false);
  row[0] = true;
  for (const t of tokens) {
    const next = new Array<boolean>(name.length + 1).fill(false);
    if (t.kind === 'star') {
      let any = false;
      for (let j = 0; j <= name.length; j++) next[j] = any = any || row[j];
    } else {
      for (let j = 1; j <= name.length; j++) {
        const c = name[j - 1];
        next[j] = row[j - 1] && (t.kind === 'any' || (t.kind === 'lit' ? t.c === c : t.test(c)));
      }
    }
    row = next;
  }
  return row[name.length];
}

describe('matching rules to benchmark names', () => {
  test('agrees with a reference matcher on random names and globs of *, ? and literals', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '-', '.', '=');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', '/', '-', '.', '=', '*', '?'), maxLength: 8 }),
        (name, glob) => {
          expect(nameMatches(name, glob)).toBe(reference(name, glob));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('time grows linearly with the name: no backtracking on *a*a*a*b', () => {
    // The regex this replaced took 5–7 s per 100,000-character name on patterns like these.
    const patterns = ['*a*a*a*b', '*a*a*a*a*a*b', 'a*a*a*b*', '*a?a*[ab]*b', '*a*/*a*b'];
    const names = ['a'.repeat(100_000), 'a/'.repeat(50_000), `${'ab'.repeat(50_000)}c`];
    const start = performance.now();
    for (const p of patterns) for (const n of names) nameMatches(n, p);
    const elapsed = performance.now() - start;
    // 15 matches; measured ~100 ms in all on a loaded 2-core machine. A backtracking matcher needs minutes.
    expect(elapsed).toBeLessThan(3000);
  });

  test.each([
    ['{a,b}', '{a,b}', true],
    ['fib+(20)', 'fib+(20)', true],
    ['!x', '!x', true],
    ['#x', '#x', true],
    ['*', '.hidden', true],
    ['*', 'a/b/c', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
  ])(
    'the glob %s matching %s is %s (braces, extglobs, ! and # are literal; \\ escapes)',
    (glob, name, expected) => {
      expect(nameMatches(name, glob)).toBe(expected);
    },
  );
});

describe('unit overrides', () => {
  test('convert through the exact decimal shift the parsers use', () => {
    const config = loadConfig({
      input: (n) => (n === 'output-file' ? 'x' : ''),
      readFile: (p) =>
        p === '.github/benchgate.yml' ? 'series:\n  - match: "parse*"\n    unit: us\n' : undefined,
    });
    const [s] = applyOverrides(config.analysis, [
      {
        name: 'parse_json',
        metric: 'time',
        unit: '',
        direction: 'smaller',
        value: 1.6403,
        samples: [1.6403, 0.1, 0.3],
        spread: { low: 1.1, stddev: 0.07 },
      },
    ]);
    expect(s.unit).toBe('ns');
    expect(s.value).toBe(1640.3);
    expect(s.samples).toEqual([1640.3, 100, 300]);
    expect(s.spread).toEqual({ low: 1100, high: undefined, stddev: 70 });
  });
});

/**
 * The helpers that large line files go through: KeyTable (the uniqueness and grouping table),
 * UniqueNames (each (name, metric) once),
 * numberIn (numbers read in place) and medianOf (selection for long lists), each against the plain
 * definition it replaces.
 */
import fc from 'fast-check';
import { KeyTable, UniqueNames, medianOf, numberIn, readNumber } from '../../src/parse/common.js';
import { ParseError } from '../../src/errors.js';

describe('KeyTable', () => {
  test('numbers (name, metric) keys in the order first seen, as a Map would', () => {
    const t = new KeyTable();
    const map = new Map<string, number>();
    for (let i = 0; i < 50000; i++) {
      // repeats, metrics, and names that differ only in a non-ASCII character
      const name = `bench/${i % 9000}/\u4e00${String.fromCharCode(0x4e00 + (i % 7))}`;
      const metric = i % 3 === 0 ? 'time' : 'B/op';
      const key = `${name}\u0000${metric}`;
      const known = map.get(key);
      const id = t.idOf(name, metric);
      if (known === undefined) {
        expect(id).toBe(-1 - map.size);
        map.set(key, map.size);
      } else expect(id).toBe(known);
      expect(t.find(name, metric)).toBe(map.get(key));
    }
    expect(t.size).toBe(map.size);
    expect(t.find('absent', 'time')).toBe(-1);
  });

  test('a second metric after thousands of keys of one: every key still found, none confused', () => {
    const t = new KeyTable();
    for (let i = 0; i < 5000; i++) expect(t.idOf(`b${i}`, 'time')).toBe(-1 - i);
    // the same names under another metric are new keys; the first ones are still theirs
    for (let i = 0; i < 5000; i++) expect(t.idOf(`b${i}`, 'B/op')).toBe(-1 - (5000 + i));
    for (let i = 0; i < 5000; i++) {
      expect(t.find(`b${i}`, 'time')).toBe(i);
      expect(t.find(`b${i}`, 'B/op')).toBe(5000 + i);
    }
    expect(t.find('b1', 'allocs/op')).toBe(-1);
    expect(t.size).toBe(10000);
  });

  test('finds every key after many growths, the metrics of a name in a row or apart', () => {
    const t = new KeyTable();
    const metrics = ['time', 'Instructions', 'L1 Hits', ''];
    const n = 60000;
    for (let i = 0; i < n; i++) {
      // a name's metrics one after another for even i; for odd i they come after another name's
      const name = `g::b${i}`;
      for (const m of metrics) {
        const size = t.size;
        expect(t.idOf(name, m)).toBe(-1 - size);
        if (i % 2 === 1) expect(t.idOf(`g::b${i - 1}`, m)).toBe((i - 1) * 4 + metrics.indexOf(m));
      }
    }
    expect(t.size).toBe(n * 4);
    for (let i = n - 1; i >= 0; i -= 7)
      for (let k = 0; k < metrics.length; k++) expect(t.find(`g::b${i}`, metrics[k])).toBe(i * 4 + k);
    expect(t.find('g::b1', 'cycles')).toBe(-1);
    expect(t.find(`g::b${n}`, 'time')).toBe(-1);
  });
});

describe('UniqueNames', () => {
  /** The line and message of the first repeated (name, metric), by a Map, or undefined. */
  function firstRepeat(keys: [string, string][]): { line: number; message: string } | undefined {
    const seen = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) {
      const [name, metric] = keys[i];
      const k = JSON.stringify([name, metric]);
      const first = seen.get(k);
      if (first !== undefined)
        return {
          line: i + 1,
          message: `f.txt:${i + 1}: expected each benchmark name once, "${name}" (${metric}) already appeared on line ${first}`,
        };
      seen.set(k, i + 1);
    }
    return undefined;
  }

  function checked(keys: [string, string][]): { line: number; message: string } | undefined {
    const u = new UniqueNames('f.txt');
    for (let i = 0; i < keys.length; i++) {
      try {
        // odd lines given lazily, as readers that count lines only on an error give them
        u.check({ name: keys[i][0], metric: keys[i][1] }, i % 2 === 0 ? i + 1 : () => i + 1);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        return { line: e.lineNumber, message: e.message };
      }
    }
    return undefined;
  }

  test('refuses the first repeated (name, metric) with both lines, as a Map finds it', () => {
    // few names, and metrics from a set larger than the list a name keeps before it keys each pair
    const key = fc.tuple(
      fc.constantFrom('a', 'b', 'c', 'a ', '\u00e9'),
      fc.constantFrom(...Array.from({ length: 14 }, (_, k) => `m${k}`)),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        expect(checked(keys)).toEqual(firstRepeat(keys));
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });

  test('many metrics of one name, in a row and apart, then a repeat', () => {
    const keys: [string, string][] = [];
    for (let k = 0; k < 3000; k++) keys.push(['x', `m${k}`], [`y${k % 50}`, `n${k}`]);
    expect(checked(keys)).toBeUndefined();
    keys.push(['x', 'm2999']);
    expect(checked(keys)).toEqual(firstRepeat(keys));
  });
});

describe('numberIn', () => {
  // readNumber as it was: trim, drop group separators, a decimal regex, Number()
  const reference = (text: string): number | undefined => {
    const trimmed = text.trim();
    const t =
      trimmed.includes(',') || trimmed.includes('_') ? trimmed.replace(/[,_](?=\d{3}\b)/g, '') : trimmed;
    if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t)) return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
  };
  test('reads what readNumber read, in place, for printed numbers and near misses', () => {
    let seed = 11;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.floor((seed / 2 ** 32) * n);
    };
    const chars = '0123456789012345678901234567890123456789.eE+-_, \t\u00a0x';
    const cases = ['1,160.73', '2,186,615.70', '1_000', '1,2345', ',123', '9007199254740993', '1e22', '1e23'];
    cases.push('123456789012345678e-5', '1.', '.5', '-0', '+.5', '1e', '1e+', '5e-324', '1e999', ' 12 ');
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = 0, n = next(16); k < n; k++) s += chars[next(i % 2 ? 20 : chars.length)];
      cases.push(s, `${next(1e6)}.${next(1e6)}e${next(60) - 30}`);
    }
    for (const s of cases) {
      const want = reference(s);
      expect(Object.is(readNumber(s), want)).toBe(true);
      expect(Object.is(numberIn(`ab${s}cd`, 2, 2 + s.length), want)).toBe(true);
    }
  });
});

describe('medianOf', () => {
  // the definition: the middle of the list sorted as a typed array (NaN last, -0 before 0)
  const sortedMedian = (v: number[]): number => {
    const s = Float64Array.from(v).sort();
    const m = v.length >> 1;
    return v.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };

  test('is the middle of the sorted list, short lists and long ones, ties included', () => {
    const finite = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 400 }), (v) => {
        const w = v.map((x) => (Object.is(x, -0) ? 0 : x));
        expect(medianOf(w)).toBe(sortedMedian(w));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  test('a long list with NaN, infinities or -0 gives what the typed-array sort gives', () => {
    // (a list of at most 64 is sorted by insertion, which keeps NaN and -0 where they came)
    const value = fc.oneof(fc.double(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(value, { minLength: 65, maxLength: 400 }), (v) => {
        expect(Object.is(medianOf(v), sortedMedian(v))).toBe(true);
      }),
      { numRuns: 1000, seed: 13 },
    );
  });

  test('long sorted, reversed, constant and zig-zag lists', () => {
    // (a list made against the pivots is tested with the selection itself: __tests__/stats/select.test.ts)
    const n = 200_000;
    const zigzag = Array.from({ length: n }, (_, i) => (i % 2 ? i : n - i));
    expect(medianOf(zigzag)).toBe(sortedMedian(zigzag));
    const up = Array.from({ length: n }, (_, i) => i);
    expect(medianOf(up)).toBe(sortedMedian(up));
    expect(medianOf([...up].reverse())).toBe(sortedMedian(up));
    expect(medianOf(new Array<number>(n).fill(5))).toBe(5);
  });
});

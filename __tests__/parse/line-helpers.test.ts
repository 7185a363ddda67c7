/**
 * The helpers that large line files go through: KeyTable (the uniqueness and grouping table) and
 * numberIn (numbers read in place), each against the plain definition it replaces.
 */
import { KeyTable, numberIn, readNumber } from '../../src/parse/common.js';

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

import { canonical, scaleBy, toCanonical } from '../src/units.js';

describe('unit conversion as each tool means its units', () => {
  test('Criterion.rs element throughput with SI prefixes becomes elements per second', () => {
    expect(toCanonical(1.2275, 'Gelem/s')).toEqual({ value: 1.2275e9, unit: 'elem/s', direction: 'bigger' });
    expect(toCanonical(3, 'Kelem/s')).toEqual({ value: 3000, unit: 'elem/s', direction: 'bigger' });
    expect(toCanonical(2, 'Melem/s')).toEqual({ value: 2e6, unit: 'elem/s', direction: 'bigger' });
    expect(toCanonical(7, 'elem/s')).toEqual({ value: 7, unit: 'elem/s', direction: 'bigger' });
  });

  test('Criterion.rs byte throughput is binary (GiB/s), libtest and Go MB/s are decimal', () => {
    expect(toCanonical(1.1563, 'GiB/s').value).toBeCloseTo(1.1563 * 1024 ** 3, 3);
    expect(toCanonical(56496, 'MB/s')).toEqual({ value: 56496e6, unit: 'B/s', direction: 'bigger' });
  });

  test('both micro signs (U+00B5 as Criterion prints it, and U+03BC) mean microseconds', () => {
    expect(canonical('\u00b5s').factor).toBe(1e3);
    expect(canonical('\u03bcs').factor).toBe(1e3);
  });

  test('prefixed operations per second become ops/s', () => {
    expect(toCanonical(4, 'Mops/s')).toEqual({ value: 4e6, unit: 'ops/s', direction: 'bigger' });
  });

  test('a prefix letter that starts an ordinary word is not read as a prefix', () => {
    expect(canonical('Tasks/s')).toMatchObject({ unit: 'Tasks/s', factor: 1 });
    expect(canonical('Kelvin/s')).toMatchObject({ unit: 'Kelvin/s', factor: 1 });
  });
});

describe('scaling by powers of ten reads as the tool printed it', () => {
  test('microseconds to nanoseconds moves the decimal point without binary noise', () => {
    expect(scaleBy(7.48509, 1e3)).toBe(7485.09);
    expect(scaleBy(1.03564, 1e3)).toBe(1035.64);
    expect(scaleBy(0.000531329999997894, 1e6)).toBe(531.329999997894);
    expect(scaleBy(1.5e-7, 1e9)).toBe(150);
  });

  test('other factors multiply, and zero, negatives and overflow behave like multiplication', () => {
    expect(scaleBy(2, 1024)).toBe(2048);
    expect(scaleBy(0, 1e9)).toBe(0);
    expect(scaleBy(-2.5, 1e3)).toBe(-2500);
    expect(scaleBy(1e300, 1e9)).toBe(Infinity);
    expect(scaleBy(1.5, 1e-3)).toBe(0.0015);
  });
});

describe('the arithmetic fast path of scaleBy', () => {
  // the shift as a string, the definition scaleBy's fast path must agree with bit for bit
  const viaString = (value: number, k: number): number => {
    const s = String(value);
    const e = s.indexOf('e');
    return e < 0 ? Number(`${s}e${k}`) : Number(`${s.slice(0, e)}e${Number(s.slice(e + 1)) + k}`);
  };
  test('gives the decimal shift of the printed form for decimals of every length and exponent', () => {
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 20000; i++) {
      let digits = '';
      for (let d = 0, n = 1 + Math.floor(next() * 17); d < n; d++) digits += String(Math.floor(next() * 10));
      const v =
        (i % 7 === 6 ? -1 : 1) *
        (i % 4 === 3
          ? next() * 10 ** (next() * 20 - 10)
          : Number(`${digits}e${Math.floor(next() * 50) - 30}`));
      for (const k of [-9, -6, -3, 3, 6, 9, 12])
        expect(Object.is(scaleBy(v, Number(`1e${k}`)), viaString(v, k))).toBe(true);
    }
  });
});

describe('scaling by a power of ten keeps the decimal the tool printed', () => {
  test('microseconds to nanoseconds without binary noise', () => {
    expect(scaleBy(1.6403, 1e3)).toBe(1640.3);
    expect(1.6403 * 1e3).not.toBe(1640.3); // what a plain multiplication would store
  });

  test('seconds to nanoseconds, including values printed in exponent form', () => {
    expect(scaleBy(6.852900000353657e-5, 1e9)).toBe(68529.00000353657);
    expect(scaleBy(1e-7, 1e9)).toBe(100);
    expect(scaleBy(2.5e21, 1e-3)).toBe(2.5e18);
  });

  test('other factors multiply, and factor 1 returns the value itself', () => {
    expect(scaleBy(2, 1024)).toBe(2048);
    expect(scaleBy(0.1, 1)).toBe(0.1);
    expect(scaleBy(-3, 1e6)).toBe(-3e6);
  });
});

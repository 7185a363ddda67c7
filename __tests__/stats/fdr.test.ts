import { benjaminiHochberg } from '../../src/stats/index.js';
import { REFERENCE } from './reference.js';

describe('Benjamini–Hochberg', () => {
  test('rejects the first four of the 15 p-values in Benjamini & Hochberg (1995), §4, at q = 0.05', () => {
    const r = benjaminiHochberg(REFERENCE.bh.p, 0.05);
    expect(r.k).toBe(4);
    expect(r.rejected).toEqual([true, true, true, true, ...new Array(11).fill(false)]);
  });

  test('adjusted p-values (q-values) match the step-up formula', () => {
    const r = benjaminiHochberg(REFERENCE.bh.p, 0.05);
    r.adjusted.forEach((a, i) => expect(a).toBeCloseTo(REFERENCE.bh.adjusted[i], 12));
  });

  test('order of the input does not matter', () => {
    const p = [...REFERENCE.bh.p].reverse();
    const r = benjaminiHochberg(p, 0.05);
    expect(r.k).toBe(4);
    expect(r.rejected.slice(-4)).toEqual([true, true, true, true]);
  });

  test('no tests, no rejections', () => {
    expect(benjaminiHochberg([], 0.05)).toEqual({ rejected: [], k: 0, adjusted: [] });
  });
});

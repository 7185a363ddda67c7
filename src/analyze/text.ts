/**
 * The one-sentence reasons users read next to each verdict. Numbers come from the decision; the wording
 * says what was found and, when the answer is "we cannot tell", what to do about it.
 */
import { formatLevel, formatPercent, formatValue } from '../units.js';

/** 0.05 → "5%", 0.125 → "12.5%". */
export function pct(x: number): string {
  return `${+(x * 100).toFixed(2)}%`;
}

/** A change's size without sign: 0.1234 → "12.3%". */
export function size(change: number): string {
  if (!Number.isFinite(change)) return 'infinitely';
  return formatPercent(Math.abs(change)).slice(1);
}

/** A signed change: "+12.3%", "−4.00%", "+∞" from zero. */
export function signed(change: number): string {
  if (change === Infinity) return '+∞%';
  if (change === -Infinity) return '−∞%';
  return formatPercent(change);
}

/** 0.999 → "99.9%", 0.975 → "97.5%" (the one level format, units.ts). */
export const level = formatLevel;

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface Words {
  worse: string;
  better: string;
}

/** "slower/faster" for times, "worse/better" for everything else. */
export function wordsFor(metric: string): Words {
  return metric === 'time' ? { worse: 'slower', better: 'faster' } : { worse: 'worse', better: 'better' };
}

export function value(v: number, unit: string): string {
  return formatValue(v, unit);
}

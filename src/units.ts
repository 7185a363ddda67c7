/**
 * Units in one place: parsers convert to canonical units here (time in ns, sizes in bytes, rates per
 * second), direction follows the unit, and reports convert back to human units here. No parser
 * multiplies by 1e3 on its own.
 */
import type { Direction } from './model.js';

export type UnitKind = 'time' | 'size' | 'rate' | 'byte-rate' | 'count' | 'other';

export interface Canonical {
  /** The canonical unit: "ns", "B", "B/s", "ops/s", or the tool's own unit. */
  unit: string;
  /** Multiply a value in the raw unit by this to get the canonical unit. */
  factor: number;
  kind: UnitKind;
  direction: Direction;
}

const TIME: Record<string, number> = {
  ps: 1e-3,
  ns: 1,
  nanosecond: 1,
  nanoseconds: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  microsecond: 1e3,
  microseconds: 1e3,
  ms: 1e6,
  millisecond: 1e6,
  milliseconds: 1e6,
  s: 1e9,
  sec: 1e9,
  secs: 1e9,
  second: 1e9,
  seconds: 1e9,
  min: 60e9,
  minute: 60e9,
  minutes: 60e9,
  h: 3600e9,
};

// Decimal prefixes mean powers of 1000 and binary ones powers of 1024, as each tool means them: Go's
// MB/s is 1e6 bytes per second, Google Benchmark's bytes_per_second is plain bytes.
const SIZE: Record<string, number> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** Per-time denominators of rates, as a factor to "per second". */
const PER: Record<string, number> = {
  ns: 1e9,
  us: 1e6,
  µs: 1e6,
  μs: 1e6,
  ms: 1e3,
  s: 1,
  sec: 1,
  second: 1,
  min: 1 / 60,
  minute: 1 / 60,
  h: 1 / 3600,
  hr: 1 / 3600,
};

/** Decimal prefixes on counted things (elements, items, operations), never on units of their own. */
const SI_PREFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const SI_COUNT = /^([kKMGT])(elem|elements|items?|ops?|operations)$/;

const OPS = new Set(['op', 'ops', 'operation', 'operations', 'iter', 'iters', 'iteration', 'iterations']);

function timeUnit(u: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(TIME, u) ? TIME[u] : undefined;
}

function sizeUnit(u: string): number | undefined {
  // "B" is bytes; a lower-case lone "b" would be bits, which no tool we read emits, so require "B".
  if (u === 'b') return undefined;
  const k = u.toLowerCase();
  return Object.prototype.hasOwnProperty.call(SIZE, k) ? SIZE[k] : undefined;
}

/**
 * The canonical form of a raw unit as a tool prints it. Time per operation ("ns/op", "us/iter",
 * "s/op") is time; "B/op" is a size; "MB/s", "ops/s", "ops/ms", "items/s" are rates. Anything else is
 * kept as the tool's own unit and is smaller-is-better unless it reads as a rate.
 */
export function canonical(raw: string): Canonical {
  const u = raw.trim();
  const t = timeUnit(u);
  if (t !== undefined) return { unit: 'ns', factor: t, kind: 'time', direction: 'smaller' };
  const sz = sizeUnit(u);
  if (sz !== undefined) return { unit: 'B', factor: sz, kind: 'size', direction: 'smaller' };

  const slash = u.lastIndexOf('/');
  if (slash > 0) {
    const num = u.slice(0, slash).trim();
    const den = u.slice(slash + 1).trim();
    // time per operation: "ns/op", "us/iter", "sec/op"
    const tn = timeUnit(num);
    if (tn !== undefined && OPS.has(den.toLowerCase())) {
      return { unit: 'ns', factor: tn, kind: 'time', direction: 'smaller' };
    }
    // bytes per operation
    const sn = sizeUnit(num);
    if (sn !== undefined && OPS.has(den.toLowerCase())) {
      return { unit: 'B', factor: sn, kind: 'size', direction: 'smaller' };
    }
    const per = Object.prototype.hasOwnProperty.call(PER, den) ? PER[den] : undefined;
    if (per !== undefined) {
      if (sn !== undefined) return { unit: 'B/s', factor: sn * per, kind: 'byte-rate', direction: 'bigger' };
      if (OPS.has(num.toLowerCase()))
        return { unit: 'ops/s', factor: per, kind: 'rate', direction: 'bigger' };
      // SI-prefixed counts per time, as Criterion.rs prints element throughput ("Kelem/s", "Gelem/s")
      const counted = SI_COUNT.exec(num);
      if (counted) {
        const f = SI_PREFIX[counted[1]] * per;
        if (OPS.has(counted[2].toLowerCase()))
          return { unit: 'ops/s', factor: f, kind: 'rate', direction: 'bigger' };
        return { unit: `${counted[2]}/s`, factor: f, kind: 'rate', direction: 'bigger' };
      }
      return { unit: `${num}/s`, factor: per, kind: 'rate', direction: 'bigger' };
    }
  }
  if (/per[_ ]?s(ec(ond)?)?$/i.test(u) || (/\bops?\b/i.test(u) && /\b(sec|s)\b/i.test(u))) {
    return { unit: u, factor: 1, kind: 'rate', direction: 'bigger' };
  }
  return { unit: u, factor: 1, kind: u === '' ? 'count' : 'other', direction: 'smaller' };
}

/** Convert a value in a raw unit to its canonical unit. */
export function toCanonical(
  value: number,
  raw: string,
): { value: number; unit: string; direction: Direction } {
  const c = canonical(raw);
  return { value: value * c.factor, unit: c.unit, direction: c.direction };
}

/** Which way is better for a canonical unit (the config may override it per series). */
export function directionOf(unit: string): Direction {
  return canonical(unit).direction;
}

/** The kind of a canonical unit, for display. */
export function kindOf(unit: string): UnitKind {
  if (unit === 'ns') return 'time';
  if (unit === 'B') return 'size';
  if (unit === 'B/s') return 'byte-rate';
  if (unit.endsWith('/s')) return 'rate';
  return 'other';
}

interface Scale {
  divisor: number;
  suffix: string;
}

const TIME_SCALES: Scale[] = [
  { divisor: 3600e9, suffix: 'h' },
  { divisor: 60e9, suffix: 'min' },
  { divisor: 1e9, suffix: 's' },
  { divisor: 1e6, suffix: 'ms' },
  { divisor: 1e3, suffix: 'µs' },
  { divisor: 1, suffix: 'ns' },
];
const SIZE_SCALES: Scale[] = [
  { divisor: 1024 ** 4, suffix: 'TiB' },
  { divisor: 1024 ** 3, suffix: 'GiB' },
  { divisor: 1024 ** 2, suffix: 'MiB' },
  { divisor: 1024, suffix: 'KiB' },
  { divisor: 1, suffix: 'B' },
];
const SI_SCALES: Scale[] = [
  { divisor: 1e12, suffix: 'T' },
  { divisor: 1e9, suffix: 'G' },
  { divisor: 1e6, suffix: 'M' },
  { divisor: 1e3, suffix: 'k' },
  { divisor: 1, suffix: '' },
];

/** The largest scale under which `magnitude` is at least 1 (the smallest scale otherwise). */
function pick(scales: Scale[], magnitude: number): Scale {
  for (const s of scales) if (magnitude >= s.divisor) return s;
  return scales[scales.length - 1];
}

/** Three significant digits, without a trailing ".0". */
function digits(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a === 0) return '0';
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1).replace(/\.0$/, '');
  if (a >= 1) return x.toFixed(2).replace(/\.?0+$/, '');
  return x.toPrecision(3);
}

/**
 * A scale to show several values of one unit with one prefix (a row of a table), picked from the
 * smallest magnitude so no value shows as "0.00".
 */
/** The smallest non-zero finite |v|, 0 when there is none (a loop: no argument spread of a long list). */
function smallestMagnitude(values: number[]): number {
  let m = Infinity;
  for (const v of values) if (Number.isFinite(v) && v !== 0 && Math.abs(v) < m) m = Math.abs(v);
  return m === Infinity ? 0 : m;
}

export function scaleFor(unit: string, values: number[]): (v: number) => string {
  const m = smallestMagnitude(values);
  const kind = kindOf(unit);
  if (kind === 'time') {
    const s = pick(TIME_SCALES, m);
    return (v) => `${digits(v / s.divisor)} ${s.suffix}`;
  }
  if (kind === 'size') {
    const s = pick(SIZE_SCALES, m);
    return (v) => `${digits(v / s.divisor)} ${s.suffix}`;
  }
  if (kind === 'byte-rate') {
    const s = pick(SI_SCALES, m);
    return (v) => `${digits(v / s.divisor)} ${s.suffix}B/s`;
  }
  if (kind === 'rate') {
    const s = pick(SI_SCALES, m);
    return (v) => `${digits(v / s.divisor)}${s.suffix ? ` ${s.suffix}` : ''} ${unit}`;
  }
  return (v) => (unit ? `${digits(v)} ${unit}` : digits(v));
}

/**
 * The scale `scaleFor` picks, as numbers, for charts: show `value / divisor` on an axis labelled `label`
 * ("µs", "MiB", "kB/s", "k ops/s").
 */
export function scaleOf(unit: string, values: number[]): { divisor: number; label: string } {
  const m = smallestMagnitude(values);
  const kind = kindOf(unit);
  if (kind === 'time' || kind === 'size') {
    const s = pick(kind === 'time' ? TIME_SCALES : SIZE_SCALES, m);
    return { divisor: s.divisor, label: s.suffix };
  }
  if (kind === 'byte-rate' || kind === 'rate') {
    const s = pick(SI_SCALES, m);
    const tail = kind === 'byte-rate' ? 'B/s' : unit;
    return {
      divisor: s.divisor,
      label: kind === 'byte-rate' ? `${s.suffix}${tail}` : `${s.suffix ? `${s.suffix} ` : ''}${tail}`,
    };
  }
  return { divisor: 1, label: unit };
}

/** One value in human units: 1234567 ns → "1.23 ms". */
export function formatValue(value: number, unit: string): string {
  return scaleFor(unit, [value])(value);
}

/**
 * A p-value as every report, reason and log line prints it: "p = 0.340", "p = 0.012", "p < 0.001"
 * (the one place that formats one).
 */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p)) return 'p —';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toFixed(3)}`;
}

/**
 * A confidence level as reasons and report rows print it: 0.999 → "99.9%", 0.975 → "97.5%" (one
 * function, so a row's figures and its sentence always name the same level).
 */
export function formatLevel(confidence: number): string {
  return `${+(confidence * 100).toPrecision(4)}%`;
}

/** A relative change as a signed percentage: 0.1234 → "+12.3%". */
export function formatPercent(change: number): string {
  const pct = change * 100;
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
  const a = Math.abs(pct);
  const body = a >= 100 ? a.toFixed(0) : a >= 10 ? a.toFixed(1) : a.toFixed(2);
  return `${sign}${body}%`;
}

/**
 * Read a quantity with a unit as users write it in the config ("2ms", "80MB/s", "1.5 KiB") into the
 * canonical unit. Returns undefined when the text is not a number followed by a known unit.
 */
export function parseQuantity(text: string): { value: number; unit: string } | undefined {
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(\S.*?)?\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  const raw = m[2] ?? '';
  const c = canonical(raw);
  if (raw !== '' && c.kind === 'other') return { value: n, unit: raw };
  return { value: n * c.factor, unit: c.unit };
}

/** Powers of ten that unit factors use, by exponent. */
const POW10 = new Map<number, number>([
  [1e-9, -9],
  [1e-6, -6],
  [1e-3, -3],
  [1e3, 3],
  [1e6, 6],
  [1e9, 9],
  [1e12, 12],
]);

/** 10^0 … 10^22: every one an exact double. */
export const EXACT_POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * `value * factor`, exactly as a decimal shift when the factor is a power of ten: 1.6403 µs is
 * 1640.3 ns, not the 1640.3000000000002 a binary multiplication gives. Tools print decimals, so
 * shifting the shortest decimal form of the value keeps what they printed.
 */
export function scaleBy(value: number, factor: number): number {
  if (factor === 1) return value;
  const k = POW10.get(factor);
  if (k === undefined || !Number.isFinite(value)) return value * factor;
  // Fast path, no string: a value that is M / 10^j for an integer M of at most 15 digits prints as
  // that decimal (two such decimals never round to one double), so the shift is M × 10^(k-j), and one
  // IEEE operation on exact operands (M < 2^53, 10^|k-j| ≤ 10^22) rounds it as Number() would.
  if (value !== 0) {
    for (let j = 0; j <= 8; j++) {
      const m = value * EXACT_POW10[j];
      if (Number.isInteger(m) && Math.abs(m) < 1e15 && m / EXACT_POW10[j] === value) {
        const e = k - j;
        return e >= 0 ? m * EXACT_POW10[e] : m / EXACT_POW10[-e];
      }
    }
  }
  const s = String(value);
  const e = s.indexOf('e');
  return e < 0 ? Number(`${s}e${k}`) : Number(`${s.slice(0, e)}e${Number(s.slice(e + 1)) + k}`);
}

/**
 * Readers for the values users write, in inputs and in the file alike: thresholds, quantities with a
 * unit, enums, booleans, counts, lists and the format name. Each kind of value has one reader and one
 * message, whoever wrote it.
 */
import { ConfigError } from '../errors.js';
import { formatNames } from '../parse/index.js';
import { parseQuantity } from '../units.js';
import { THRESHOLD_EXPECTED } from './schema.js';

const shown = (raw: string | number): string => (typeof raw === 'number' ? String(raw) : JSON.stringify(raw));

/** A fraction as users write it back: 0.1 → "10%". */
export function pct(x: number): string {
  return `${+(x * 100).toFixed(4)}%`;
}

/** "5%" → 0.05; 0.05 → 0.05. A bare number of 1 or more is refused: "5" could mean 5% or 500%. */
export function readThreshold(where: string, raw: string | number): number {
  if (typeof raw === 'number') {
    if (raw > 0 && raw < 1) return raw;
  } else {
    const v = raw.trim();
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
    if (percent && Number(percent[1]) > 0) return Number(percent[1]) / 100;
    if (/^0?\.\d+$/.test(v) && Number(v) > 0) return Number(v);
  }
  throw new ConfigError(where, `expected ${THRESHOLD_EXPECTED}, got ${shown(raw)}`);
}

/** Refuse a fail threshold below its warn threshold, in one message wherever the two were written. */
export function checkOrder(where: string, warnName: string, warn: number, fail: number): void {
  if (fail < warn)
    throw new ConfigError(where, `expected at least ${warnName} (${pct(warn)}), got ${pct(fail)}`);
}

/** An absolute limit: "2ms" → 2e6 (ns), a bare number in the canonical unit. */
export function readQuantity(where: string, raw: string | number): { value: number; unit?: string } {
  if (typeof raw === 'number') return { value: raw };
  const q = parseQuantity(raw);
  if (!q)
    throw new ConfigError(
      where,
      `expected a number with a unit such as "2ms" or "80MB/s", got ${shown(raw)}`,
    );
  return { value: q.value, unit: q.unit };
}

export function readOneOf<T extends string>(
  where: string,
  raw: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = raw.trim();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(where, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`);
}

export function readBool(where: string, raw: string, fallback: boolean): boolean {
  const v = raw.trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigError(where, `expected true or false, got ${JSON.stringify(raw)}`);
}

export function readInt(where: string, raw: string, min: number, max: number): number | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new ConfigError(where, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return Number(v);
}

/** Split a multi-line or comma-separated input into entries. */
export function readList(raw: string): string[] {
  return raw
    .split(/\r?\n|,(?![^{]*})/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** Levenshtein distance, two rows: names are short. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The known name nearest to a mistyped one, if any is near: a name the input starts with ("golang" →
 * "go") first, then the fewest edits, at most a third of the longer name.
 */
export function nearest(raw: string, names: readonly string[]): string | undefined {
  const v = raw.toLowerCase();
  const prefixed = names.filter((n) => v.startsWith(n.toLowerCase())).sort((a, b) => b.length - a.length);
  if (prefixed.length > 0 && prefixed[0] !== 'auto') return prefixed[0];
  let best: { name: string; d: number } | undefined;
  for (const n of names) {
    const d = editDistance(v, n.toLowerCase());
    if (d <= Math.max(1, Math.floor(Math.max(v.length, n.length) / 3)) && (!best || d < best.d))
      best = { name: n, d };
  }
  return best?.name;
}

/** A `format` value: "auto" or a known format name; a typo is blamed on `where` with a suggestion. */
export function readFormat(where: string, raw: string): string {
  const v = raw.trim();
  if (v === '') return 'auto';
  const names = formatNames();
  if (names.includes(v)) return v;
  const near = nearest(v, names);
  throw new ConfigError(
    where,
    `expected one of ${names.join(', ')}, got ${JSON.stringify(raw)}${near ? ` (did you mean "${near}"?)` : ''}`,
  );
}

/** `runner-noise`: a threshold-like percentage, or 0 ("0%") to trust the within-run samples alone. */
export function readNoise(where: string, raw: string | number): number {
  if (raw === 0 || (typeof raw === 'string' && /^0+(\.0+)?\s*%?$/.test(raw.trim()))) return 0;
  return readThreshold(where, raw);
}

/** The dashboard's address as a Markdown link target: http(s) only, no parentheses or spaces left. */
export function dashboardBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return undefined;
  u.hash = '';
  return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

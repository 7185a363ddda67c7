/** Helpers shared by parsers: number reading, metric naming and series assembly. */
import type { Direction, Series } from '../model.js';
import { canonical } from '../units.js';
import { ParseError } from '../errors.js';

/** A finite number from text as tools print it ("1,234.5", "1_000"), or undefined. */
export function readNumber(text: string): number | undefined {
  const t = text.trim().replace(/[,_](?=\d{3}\b)/g, '');
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Like `readNumber`, but a ParseError when the text is not a number. */
export function requireNumber(text: string, file: string, line: number, what: string): number {
  const n = readNumber(text);
  if (n === undefined) throw new ParseError(file, line, `expected a number for ${what}`, text);
  return n;
}

/** The metric a raw unit measures: "time" for durations, "throughput" for rates, else the unit itself. */
export function metricOf(rawUnit: string): string {
  const c = canonical(rawUnit);
  if (c.kind === 'time') return 'time';
  if (c.kind === 'rate' || c.kind === 'byte-rate') return 'throughput';
  return rawUnit;
}

/** Median of a non-empty list (sorted copy; parsers handle small lists). */
export function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Collects values per (name, metric) in the order first seen, so tools that print one line per
 * repetition (`go test -count N`) become one series with N samples.
 */
export class SeriesCollector {
  private readonly order: string[] = [];
  private readonly byKey = new Map<
    string,
    { name: string; metric: string; unit: string; direction: Direction; values: number[] }
  >();

  add(name: string, rawUnit: string, rawValue: number, metric = metricOf(rawUnit)): void {
    const c = canonical(rawUnit);
    const key = `${name}\u0000${metric}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { name, metric, unit: c.unit, direction: c.direction, values: [] };
      this.byKey.set(key, entry);
      this.order.push(key);
    }
    entry.values.push(rawValue * c.factor);
  }

  get size(): number {
    return this.order.length;
  }

  /** One series per key; the headline is the median of the repetitions. */
  series(): Series[] {
    return this.order.map((k) => {
      const e = this.byKey.get(k)!;
      return {
        name: e.name,
        metric: e.metric,
        unit: e.unit,
        direction: e.direction,
        value: medianOf(e.values),
        samples: e.values,
      };
    });
  }
}

/** Split text into lines, keeping 1-based line numbers meaningful for CRLF files too. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Parse JSON, turning a syntax error into a ParseError with the line it happened on. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    let line = 1;
    if (pos) {
      const p = Number(pos[1]);
      for (let i = 0; i < p && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    } else {
      const l = /line (\d+)/.exec(msg);
      if (l) line = Number(l[1]);
      else line = text.split('\n').length;
    }
    throw new ParseError(file, line, `expected valid JSON (${msg.replace(/^.*?:\s*/, '').slice(0, 80)})`);
  }
}

/** A cheap look at whether text is JSON of some shape, without parsing a large file twice. */
export function looksLikeJson(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

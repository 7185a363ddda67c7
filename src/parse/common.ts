/** Helpers shared by parsers: number reading, metric naming and series assembly. */
import type { Direction, Series, Spread } from '../model.js';
import { EXACT_POW10, canonical, scaleBy } from '../units.js';
import { ParseError } from '../errors.js';
import { jsonSyntaxError } from './json-syntax.js';
import { medianInPlace } from '../stats/select.js';

/** A finite number from text as tools print it ("1,234.5", "1_000"), or undefined. */
export function readNumber(text: string): number | undefined {
  return numberIn(text, 0, text.length);
}

/**
 * The number m × 10^scale for a mantissa m read exactly (below 2^53) and a decimal exponent within
 * ±22: one IEEE operation on exact operands, correctly rounded, as Number() gives it. NaN for any
 * other, which the general path must read. numberIn's exact step, and any reader's that reads its
 * digits itself.
 */
export function exactDecimal(m: number, scale: number): number {
  if (!(m < 2 ** 53) || scale < -22 || scale > 22) return NaN;
  return scale >= 0 ? m * EXACT_POW10[scale] : m / EXACT_POW10[-scale];
}

/**
 * `readNumber(text.slice(start, end))` without the slice for the usual shape (`-12.5`, `3.4e+07`,
 * ASCII blanks around it): console readers ask this several times per line of a file of millions.
 * A mantissa below 2^53 and a decimal exponent within ±22 give the correctly rounded value with one
 * IEEE operation on exact operands, as Number() does; anything else takes the general path.
 */
export function numberIn(text: string, start: number, end: number): number | undefined {
  let i = start;
  let j = end;
  while (i < j && isBlank(text.charCodeAt(i))) i++;
  while (j > i && isBlank(text.charCodeAt(j - 1))) j--;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (c === 43 || c === 45) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < j; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (point) scale--;
    } else if (c === 46 /* . */ && !point) point = true;
    // a group separator that numberGeneral removes ("1,160.73"): one before three digits and a \b
    else if (!((c === 44 || c === 95) && isGroupSeparator(text, i, j))) break;
  }
  if (digits > 0 && i < j && (c === 101 || c === 69) /* e E */) {
    i++;
    const s = text.charCodeAt(i);
    const minus = s === 45;
    if (s === 43 || s === 45) i++;
    let exp = 0;
    const from = i;
    for (; i < j && (c = text.charCodeAt(i)) >= 48 && c <= 57 && exp < 1000; i++) exp = exp * 10 + (c - 48);
    if (i === from) i = -1; // "1e" is not a number: the general path says so
    scale += minus ? -exp : exp;
  }
  if (i === j && digits > 0) {
    const v = exactDecimal(m, scale);
    if (v === v) return negative ? -v : v; // not NaN
  }
  return numberGeneral(start === 0 && end === text.length ? text : text.slice(start, end));
}

/** Whether the `,` or `_` at i is followed by three digits and a word boundary (before `end`). */
function isGroupSeparator(text: string, i: number, end: number): boolean {
  if (i + 3 >= end) return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const d = text.charCodeAt(k);
    if (d < 48 || d > 57) return false;
  }
  if (i + 4 >= end) return true;
  const w = text.charCodeAt(i + 4);
  // \w: A-Z a-z 0-9 _
  return !((w >= 48 && w <= 57) || (w >= 65 && w <= 90) || (w >= 97 && w <= 122) || w === 95);
}

/** Space, tab, CR, LF: the blanks `trim` removes that a console cell has around a number. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

function numberGeneral(text: string): number | undefined {
  const trimmed = text.trim();
  const t =
    trimmed.includes(',') || trimmed.includes('_') ? trimmed.replace(/[,_](?=\d{3}\b)/g, '') : trimmed;
  if (!isDecimal(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function digitsFrom(t: string, i: number): number {
  let j = i;
  for (let c = t.charCodeAt(j); c >= 48 && c <= 57; c = t.charCodeAt(++j));
  return j;
}

/**
 * Whether t is `/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/`, checked by a scan: console readers ask
 * this several times per line, and the scan costs a fraction of a regex call.
 */
function isDecimal(t: string): boolean {
  let i = 0;
  let c = t.charCodeAt(0);
  if (c === 43 || c === 45) i++; // + -
  const intEnd = digitsFrom(t, i);
  let end = intEnd;
  if (t.charCodeAt(end) === 46 /* . */) {
    end = digitsFrom(t, end + 1);
    if (intEnd === i && end === intEnd + 1) return false; // "." or "-." without a digit
  } else if (intEnd === i) return false;
  c = t.charCodeAt(end);
  if (c === 101 || c === 69) {
    // e E, an optional sign, at least one digit
    let e = end + 1;
    const s = t.charCodeAt(e);
    if (s === 43 || s === 45) e++;
    end = digitsFrom(t, e);
    if (end === e) return false;
  }
  return end === t.length;
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

const SCRATCH = new Float64Array(64);

/**
 * Median of a non-empty list. A console table or `-count N` file has hundreds of thousands of short
 * lists: those are sorted by insertion in a reused buffer (a sorted copy each costs more than the sort),
 * which orders them exactly as a stable numeric sort does; a longer list (`-count 1000`) is sorted as a
 * typed array, several times faster than a sorted copy.
 */
export function medianOf(values: readonly number[]): number {
  const n = values.length;
  if (n === 1) return values[0];
  if (n === 2) return (values[0] + values[1]) / 2;
  let s: ArrayLike<number>;
  if (n <= SCRATCH.length) {
    const buf = SCRATCH;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      let j = i - 1;
      while (j >= 0 && buf[j] > v) {
        buf[j + 1] = buf[j];
        j--;
      }
      buf[j + 1] = v;
    }
    s = buf;
  } else return longMedian(values);
  const mid = n >> 1;
  return n % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

let longScratch = new Float64Array(0);

/**
 * medianOf a list longer than SCRATCH: the middle values found by selection (stats' quickselect, linear
 * on average, n log n at worst) in a reused typed array, not by sorting all of them (`-count 1000` runs
 * have thousands of such lists). A NaN or a -0 in the list takes a sorted typed array, whose order (NaN
 * last, -0 before 0) selection by `<` would not keep.
 */
function longMedian(values: readonly number[]): number {
  const n = values.length;
  if (longScratch.length < n) longScratch = new Float64Array(Math.max(n, 2 * longScratch.length));
  const a = longScratch;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v || (v === 0 && 1 / v < 0)) {
      const s = Float64Array.from(values).sort();
      return n % 2 ? s[n >> 1] : (s[(n >> 1) - 1] + s[n >> 1]) / 2;
    }
    a[i] = v;
  }
  return medianInPlace(a, n);
}

/**
 * `canonical` and `metricOf` of a raw unit, memoised: a 100 MB Go file repeats a handful of units a
 * million times. Bounded, so random input cannot grow it without limit.
 */
const unitCache = new Map<string, { c: ReturnType<typeof canonical>; metric: string }>();
/** The last unit asked for: a line reader asks for the same one line after line. */
let lastUnit: string | undefined;
let lastInfo: { c: ReturnType<typeof canonical>; metric: string } | undefined;
export function unitInfo(rawUnit: string): { c: ReturnType<typeof canonical>; metric: string } {
  if (rawUnit === lastUnit && lastInfo !== undefined) return lastInfo;
  let hit = unitCache.get(rawUnit);
  if (hit === undefined) {
    hit = { c: canonical(rawUnit), metric: metricOf(rawUnit) };
    if (unitCache.size >= 1024) unitCache.clear();
    unitCache.set(rawUnit, hit);
  }
  lastUnit = rawUnit;
  lastInfo = hit;
  return hit;
}

/**
 * (name, metric) keys numbered 0, 1, 2, … in the order first seen: the uniqueness and grouping tables
 * of line readers, which see a new key every few dozen bytes of a large file. A Map of millions of
 * strings spends more time growing and being traced by the GC than the readers spend reading; this
 * open-addressing table keeps its slots and hashes in typed arrays (no pointers for the GC to follow)
 * and hashes a name with one pass over its characters.
 */
export class KeyTable {
  /**
   * Two int32 per slot: the key's id + 1 (0 is an empty slot) and its hash, side by side, so that a
   * probe past another key compares hashes in the cache line it has read already.
   */
  private slots = new Int32Array(2048);
  private readonly names: string[] = [];
  /**
   * Each key's metric, made only when a second metric comes: most tables hold one (a reader's
   * uniqueness table of names, console.time's times), and a copy of it per key is a pointer per name
   * for nothing. `onlyMetric` is the one metric until then (undefined while the table is empty).
   */
  private metrics: string[] | undefined;
  private onlyMetric: string | undefined;
  private lastMetric = '';
  private lastMetricHash = hashOf('');
  private lastName = '';
  private lastNameHash = hashOf('');

  get size(): number {
    return this.names.length;
  }

  /** The id of (name, metric) when seen before, else `-1 - id` of the id it gets now. */
  idOf(name: string, metric: string): number {
    const h = this.hash(name, metric);
    const i = this.slotOf(h, name, metric);
    const slots = this.slots;
    const e = slots[i];
    if (e !== 0) return e - 1;
    const id = this.names.length;
    this.names.push(name);
    if (this.metrics !== undefined) this.metrics.push(metric);
    else if (this.onlyMetric === undefined) this.onlyMetric = metric;
    else if (metric !== this.onlyMetric) {
      const metrics: string[] = [];
      for (let k = 0; k < id; k++) metrics.push(this.onlyMetric);
      metrics.push(metric);
      this.metrics = metrics;
    }
    slots[i] = id + 1;
    slots[i + 1] = h;
    if ((id + 1) * 4 > slots.length - 2) this.grow();
    return -1 - id;
  }

  /** The id of (name, metric), or -1 if it was never seen. */
  find(name: string, metric: string): number {
    return this.slots[this.slotOf(this.hash(name, metric), name, metric)] - 1;
  }

  private hash(name: string, metric: string): number {
    if (metric !== this.lastMetric) {
      this.lastMetric = metric;
      this.lastMetricHash = hashOf(metric);
    }
    // a row's metrics come one after another under one name (iai's five events, a Go line's units)
    if (name !== this.lastName) {
      this.lastName = name;
      this.lastNameHash = hashOf(name);
    }
    return (this.lastNameHash ^ this.lastMetricHash) | 0;
  }

  private metricOf(id: number): string | undefined {
    return this.metrics === undefined ? this.onlyMetric : this.metrics[id];
  }

  /** The index of the slot holding (name, metric), or of the empty slot where it would go. */
  private slotOf(h: number, name: string, metric: string): number {
    const slots = this.slots;
    const mask = slots.length - 2; // slot indices are even
    let i = (h << 1) & mask;
    for (let e = slots[i]; e !== 0; e = slots[(i = (i + 2) & mask)]) {
      if (slots[i + 1] === h && this.names[e - 1] === name && this.metricOf(e - 1) === metric) break;
    }
    return i;
  }

  /** Twice the slots, at most half of them used: probes stay short. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 2;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j] === 0) continue;
      const h = old[j + 1];
      let i = (h << 1) & mask;
      while (slots[i] !== 0) i = (i + 2) & mask;
      slots[i] = old[j];
      slots[i + 1] = h;
    }
    this.slots = slots;
  }
}

/**
 * A random start per process: the table's layout then cannot be predicted, so a file cannot be made
 * of names that all land in one slot (which would make reading it quadratic); the output never
 * depends on the layout.
 */
const HASH_SEED = (Math.random() * 2 ** 32) | 0;

/** FNV-1a over the UTF-16 code units from the seed, then murmur3's finaliser so every bit counts. */
function hashOf(s: string): number {
  let h = HASH_SEED ^ 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Collects values per (name, metric) in the order first seen, so tools that print one line per
 * repetition (`go test -count N`) become one series with N samples.
 */
export class SeriesCollector {
  private readonly keys = new KeyTable();
  /**
   * By key id, each entry the Series it becomes, its samples collected in place: one object per
   * series, not a record copied at the end (a file of millions of short series spends its time on
   * per-series objects).
   */
  private readonly order: (Series & { samples: number[] })[] = [];

  add(name: string, rawUnit: string, rawValue: number, metric?: string): void {
    const info = unitInfo(rawUnit);
    const c = info.c;
    const m = metric ?? info.metric;
    const id = this.keys.idOf(name, m);
    const v = scaleBy(rawValue, c.factor);
    if (id < 0) {
      // the keys in the order series() has always given them; `value` starts as a non-integer so
      // V8 lays the field out as a double and the median stored later does not migrate every object;
      // `[v]`, not a push into `[]`, which would reserve room for 17 values in each of a million lists
      this.order.push({ name, metric: m, unit: c.unit, direction: c.direction, value: NaN, samples: [v] });
    } else this.order[id].samples.push(v);
  }

  get size(): number {
    return this.order.length;
  }

  /** One series per key; the headline is the median of the repetitions. */
  series(): Series[] {
    for (const e of this.order) e.value = medianOf(e.samples);
    return this.order;
  }
}

/** A line of `text.split('\n')` without the CR that ends it in a CRLF file. */
export function withoutCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}

/**
 * Whether `s` holds a line terminator other than \n, where a regex's `.` stops: a scan that stands in
 * for such a regex refuses the same names (and leaves the line to the regex).
 */
export function holdsLineTerminator(s: string): boolean {
  return s.includes('\r') || s.includes('\u2028') || s.includes('\u2029');
}

/** Split text into lines, keeping 1-based line numbers meaningful for CRLF files too. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * Parse JSON, turning a syntax error into a ParseError with the line it happened on and what was
 * expected there (found by json-syntax.ts: V8's own messages differ between Node versions and span lines).
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw jsonParseError(text, file, e);
  }
}

/** The ParseError for a text JSON.parse refused (`offset` shifts a slice's positions into the file). */
export function jsonParseError(
  text: string,
  file: string,
  cause: unknown,
  offset = 0,
  whole = text,
): ParseError {
  const err = jsonSyntaxError(text);
  if (err === undefined) {
    // JSON.parse refused what the scanner accepts (should not happen): say so without V8's excerpt.
    const msg = (cause instanceof Error ? cause.message : String(cause)).split(/[\r\n]/)[0].slice(0, 80);
    return new ParseError(file, lineAt(whole, offset), `expected valid JSON (${msg})`);
  }
  const line = lineAt(whole, offset + err.offset);
  if (err.offset >= text.length) {
    return new ParseError(file, line, `expected valid JSON: ${err.expected}, but the file ends (truncated?)`);
  }
  return new ParseError(file, line, `expected valid JSON: ${err.expected}`, err.found);
}

/** A cheap look at whether text is JSON of some shape, without parsing a large file twice. */
export function looksLikeJson(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/*
 * Spread, as every parser records it: `low`/`high` bound the confidence interval the tool itself gives
 * for its central value (usually a CI of the mean), and `stddev` is the standard deviation of the
 * per-operation values; all in the series' unit. A parser records only what the tool reports or what
 * follows from it exactly, never an interval it would have to invent.
 */

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export type JsonPath = readonly (string | number)[];

/**
 * A line number, or how to find it. JSON parsers pass the lazy form: finding the line of an element
 * walks the text, which is only worth doing for the one element an error is about.
 */
export type Line = number | (() => number);

export function lineOf(at: Line): number {
  return typeof at === 'number' ? at : at();
}

/**
 * The line on which the value at `path` starts in a JSON text that JSON.parse accepted, for error
 * messages ("results.json:12: expected a number"). Walks the text without building values; when the
 * path goes deeper than the document, the line of the deepest value found.
 */
export function lineOfJsonPath(text: string, path: JsonPath): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  /** Past the string at i; its value only when asked (keys), as decoding every skipped string is slow. */
  const skipString = (decode = false): string => {
    const start = i;
    i++; // opening quote
    while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    i++;
    if (!decode) return '';
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return '';
    }
  };
  // Skips one value of any depth with a counter, not recursion, so a deep document cannot overflow.
  const skipValue = (): void => {
    let depth = 0;
    do {
      ws();
      const ch = text[i];
      if (ch === '"') skipString();
      else if (ch === '{' || ch === '[') {
        depth++;
        i++;
      } else if (ch === '}' || ch === ']') {
        depth--;
        i++;
      } else if (ch === ',' || ch === ':') i++;
      else {
        // a number or literal: up to the next delimiter
        for (let c = text.charCodeAt(i); i < n; c = text.charCodeAt(++i)) {
          if (c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9) break;
        }
      }
    } while (depth > 0 && i < text.length);
  };
  ws();
  for (const key of path) {
    const open = text[i];
    if (open === '{' && typeof key === 'string') {
      i++;
      let found = false;
      for (;;) {
        ws();
        if (text[i] !== '"') break;
        const k = skipString(true);
        ws();
        i++; // colon
        ws();
        if (k === key) {
          found = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ',') i++;
      }
      if (!found) break;
    } else if (open === '[' && typeof key === 'number') {
      i++;
      let n = 0;
      let found = false;
      for (;;) {
        ws();
        if (text[i] === ']' || i >= text.length) break;
        if (n === key) {
          found = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ',') i++;
        n++;
      }
      if (!found) break;
    } else break;
  }
  return lineAt(text, i);
}

/** What a JSON value is, for "expected a number, got …" messages (ParseError quotes it). */
export function describeJson(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/**
 * Typed access to a parsed JSON document, throwing a ParseError that names the line of the offending
 * value. One per parse; `path` is where the value sits, for the line number.
 */
export class JsonReader {
  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  line(path: JsonPath): number {
    return lineOfJsonPath(this.text, path);
  }

  /** The line of `path`, found only if an error asks for it. */
  at(path: JsonPath): () => number {
    const p = [...path];
    return () => lineOfJsonPath(this.text, p);
  }

  fail(path: JsonPath, expected: string): never {
    throw new ParseError(this.file, this.line(path), expected);
  }

  /** Like `fail`, saying what was found instead. */
  wrong(path: JsonPath, expected: string, found: unknown): never {
    throw new ParseError(this.file, this.line(path), expected, describeJson(found));
  }

  record(v: unknown, path: JsonPath, what: string): Record<string, unknown> {
    if (!isRecord(v)) this.wrong(path, `expected an object for ${what}`, v);
    return v;
  }

  array(v: unknown, path: JsonPath, what: string): unknown[] {
    if (!Array.isArray(v)) this.wrong(path, `expected a list for ${what}`, v);
    return v;
  }

  string(v: unknown, path: JsonPath, what: string): string {
    if (typeof v !== 'string' || v.trim() === '')
      this.wrong(path, `expected a non-empty string for ${what}`, v);
    return v;
  }

  number(v: unknown, path: JsonPath, what: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.wrong(path, `expected a number for ${what}`, v);
    return v;
  }

  /** A number, or undefined when absent or null; anything else is an error. */
  optionalNumber(v: unknown, path: JsonPath, what: string): number | undefined {
    if (v === undefined || v === null) return undefined;
    return this.number(v, path, what);
  }

  /** A list of finite numbers. */
  numbers(v: unknown, path: JsonPath, what: string): number[] {
    const list = this.array(v, path, what);
    return list.map((x, i) => this.number(x, [...path, i], `each of ${what}`));
  }
}

/** What a parser knows about one series before unit conversion. */
export interface RawSeries {
  name: string;
  /** The unit as the tool printed it; converted with units.ts. */
  rawUnit: string;
  value: number;
  metric?: string;
  samples?: readonly number[];
  spread?: { low?: number; high?: number; stddev?: number };
  direction?: Direction;
  /** Set by console/table readers: the numbers are the tool's printed summary, with no samples. */
  origin?: 'console';
}

/**
 * A Series in canonical units, checked: a finite headline and samples, a non-empty name. A value
 * that overflows on conversion (1e300 s in ns) is an error at `line`, not an Infinity in the history.
 */
export function makeSeries(
  raw: RawSeries,
  file: string,
  at: Line,
  origin: RawSeries['origin'] = raw.origin,
): Series {
  // no closures here: console readers call this once per line of a file of millions of lines
  const { c, metric } = unitInfo(raw.rawUnit);
  const factor = c.factor;
  // a name led by a printable ASCII non-blank is not empty once trimmed: no trim for the usual one
  const first = raw.name.charCodeAt(0);
  if (!(first > 32 && first < 127) && raw.name.trim() === '')
    throw new ParseError(file, lineOf(at), 'expected a benchmark name, got an empty one');
  const value = scaleBy(raw.value, factor);
  if (!Number.isFinite(value)) {
    throw new ParseError(file, lineOf(at), `expected a finite value for "${raw.name}"`, String(raw.value));
  }
  let samples: number[] | undefined;
  if (raw.samples && raw.samples.length > 0) {
    samples = raw.samples.map((x) => scaleBy(x, factor));
    const bad = samples.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) {
      throw new ParseError(
        file,
        lineOf(at),
        `expected finite samples for "${raw.name}"`,
        String(raw.samples[bad]),
      );
    }
  }
  const spread = raw.spread ? spreadOf(raw.spread, factor) : undefined;
  const name = raw.name;
  const m = raw.metric ?? metric;
  const unit = c.unit;
  const direction = raw.direction ?? c.direction;
  // The usual shapes as one literal each, in the key order of the rest: a key added to an object
  // after it is made costs V8 a separate store (some 50 bytes more for each of a million series).
  if (samples === undefined) {
    if (spread === undefined) {
      return origin
        ? { name, metric: m, unit, direction, value, origin }
        : { name, metric: m, unit, direction, value };
    }
    return origin
      ? { name, metric: m, unit, direction, value, spread, origin }
      : { name, metric: m, unit, direction, value, spread };
  }
  const s: Series = { name, metric: m, unit, direction, value, samples };
  if (spread) s.spread = spread;
  if (origin) s.origin = origin;
  return s;
}

/**
 * The finite bounds of a tool's spread in canonical units (in low, high, stddev order), if any. Each
 * shape is one literal (no loop over the keys, no key added later): every series with a spread passes
 * here, and a keyed store per key made this a fifth of a console reader's time.
 */
function spreadOf(raw: NonNullable<RawSeries['spread']>, factor: number): Spread | undefined {
  const low = raw.low === undefined ? NaN : scaleBy(raw.low, factor);
  const high = raw.high === undefined ? NaN : scaleBy(raw.high, factor);
  const stddev = raw.stddev === undefined ? NaN : scaleBy(raw.stddev, factor);
  const l = Number.isFinite(low);
  const h = Number.isFinite(high);
  if (!Number.isFinite(stddev)) {
    if (l) return h ? { low, high } : { low };
    return h ? { high } : undefined;
  }
  if (l) return h ? { low, high, stddev } : { low, stddev };
  return h ? { high, stddev } : { stddev };
}

/**
 * Refuse a second series with the same (name, metric): two benchmarks printed under one name would
 * otherwise be compared as one. `where` is the line of the second one.
 */
export class UniqueNames {
  /**
   * The names, each with its first (metric, line of first series) and a list of the others, newest
   * first, in flat arrays; past MAX_LISTED metrics a name keys each pair in `keyed` instead. A run of
   * series under one name (iai's events, a time and its throughput) then costs one lookup of the
   * name, and the table holds a key per name, not per series: it is read at a random place for each
   * new key, and once it outgrows the cache those reads are most of what checking costs.
   */
  private readonly names = new KeyTable();
  /** By name id: its first metric and line, and its newest other pair (-1: none, KEYED: keyed). */
  private readonly firstMetric: string[] = [];
  private readonly firstLine: Line[] = [];
  private readonly newest: number[] = [];
  /** By pair: its metric, its line, and the name's pair before it (-1: the name's first). */
  private readonly pairMetric: string[] = [];
  private readonly pairLine: Line[] = [];
  private readonly pairBefore: number[] = [];
  /** (name, metric) of the names with many metrics, and their lines by key id. */
  private readonly keyed = new KeyTable();
  private readonly keyedLine: Line[] = [];
  private lastName: string | undefined;
  private lastId = -1;
  constructor(private readonly file: string) {}

  check(s: Pick<Series, 'name' | 'metric'>, line: Line): void {
    const name = s.name;
    const metric = s.metric;
    let id = this.lastId;
    if (name !== this.lastName) {
      id = this.names.idOf(name, '');
      this.lastName = name;
      if (id < 0) {
        this.lastId = -1 - id;
        this.firstMetric.push(metric);
        this.firstLine.push(line);
        this.newest.push(-1);
        return;
      }
      this.lastId = id;
    }
    const newest = this.newest[id];
    if (newest === KEYED) {
      const key = this.keyed.idOf(name, metric);
      if (key >= 0) this.duplicate(s, line, this.keyedLine[key]);
      this.keyedLine.push(line);
      return;
    }
    let count = 1;
    for (let p = newest; p >= 0; p = this.pairBefore[p], count++)
      if (this.pairMetric[p] === metric) this.duplicate(s, line, this.pairLine[p]);
    if (this.firstMetric[id] === metric) this.duplicate(s, line, this.firstLine[id]);
    if (count < MAX_LISTED) {
      this.pairBefore.push(newest);
      this.newest[id] = this.pairMetric.length;
      this.pairMetric.push(metric);
      this.pairLine.push(line);
      return;
    }
    // a name with many metrics: each pair its own key from now on, so a check stays constant time
    this.keyed.idOf(name, this.firstMetric[id]);
    this.keyedLine.push(this.firstLine[id]);
    const others: number[] = [];
    for (let p = newest; p >= 0; p = this.pairBefore[p]) others.push(p);
    for (let k = others.length - 1; k >= 0; k--) {
      this.keyed.idOf(name, this.pairMetric[others[k]]);
      this.keyedLine.push(this.pairLine[others[k]]);
    }
    this.keyed.idOf(name, metric);
    this.keyedLine.push(line);
    this.newest[id] = KEYED;
  }

  private duplicate(s: Pick<Series, 'name' | 'metric'>, line: Line, first: Line): never {
    throw new ParseError(
      this.file,
      lineOf(line),
      `expected each benchmark name once, "${s.name}" (${s.metric}) already appeared on line ${lineOf(first)}`,
    );
  }
}

/** How many metrics of one name UniqueNames compares one by one before it keys each pair. */
const MAX_LISTED = 8;
const KEYED = -2;

/**
 * The series of a line reader in file order, each (name, metric) once, and the error a file without
 * any gets: `add` checks and keeps, `done` returns them or throws `expected` at `line`.
 */
export class SeriesList {
  private readonly items: Series[] = [];
  private readonly unique: UniqueNames;
  constructor(private readonly file: string) {
    this.unique = new UniqueNames(file);
  }

  add(s: Series, line: number): void {
    this.unique.check(s, line);
    this.items.push(s);
  }

  done(line: number, expected: string): Series[] {
    if (this.items.length === 0) throw new ParseError(this.file, line, expected);
    return this.items;
  }
}

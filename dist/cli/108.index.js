export const id = 108;
export const ids = [108];
export const modules = {

/***/ 4108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: usage

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors a user can cause. Each prints as one line, `benchgate: <where>: <what was expected>`, and never
 * with a stack trace. Anything else thrown is a bug and is reported as such.
 */
class BenchgateError extends Error {
    where;
    what;
    constructor(where, what) {
        super(`${where}: ${what}`);
        this.where = where;
        this.what = what;
        this.name = 'BenchgateError';
    }
    /** The single line shown to users; a line break inside (a name, a tool's message) is flattened. */
    get line() {
        return `benchgate: ${this.where}: ${this.what}`.replace(/\r?\n|\r/g, '\\n');
    }
}
/** Input that claims to be benchmark output but is not what its format requires. */
class errors_ParseError extends BenchgateError {
    file;
    lineNumber;
    expected;
    found;
    constructor(file, lineNumber, expected, found) {
        // Line 0 is the whole file (missing, too large, of an unknown format): no line to show.
        super(lineNumber > 0 ? `${file}:${lineNumber}` : file, found === undefined ? expected : `${expected}, got ${quote(found)}`);
        this.file = file;
        this.lineNumber = lineNumber;
        this.expected = expected;
        this.found = found;
        this.name = 'ParseError';
    }
}
/** An invalid action input or configuration file entry. */
class ConfigError extends BenchgateError {
    constructor(where, what) {
        super(where, what);
        this.name = 'ConfigError';
    }
}
/** Quote a found value for a message, shortened so a huge line never floods the log. */
function quote(found, max = 60) {
    const oneLine = found.replace(/\r?\n/g, '\\n');
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    return JSON.stringify(short);
}
/**
 * What went wrong, as one line to put inside a sentence ("Job summary not written: <this>."): the
 * message of anything thrown, its first line, without a stack or the `benchgate:` prefix.
 */
function errorText(e) {
    const text = e instanceof BenchgateError ? e.message : e instanceof Error ? e.message : String(e);
    return text.split(/\r?\n/)[0];
}
/** The message of anything thrown, without a stack: the one line the step fails with. */
function errorMessage(e) {
    if (e instanceof BenchgateError)
        return e.line;
    if (e instanceof Error)
        return `benchgate: internal error: ${e.message}`;
    return `benchgate: internal error: ${String(e)}`;
}
/**
 * The `default:` of a switch over a union that lists every member: a new member that is not handled
 * fails to compile here (its value is not `never`), and an impossible value at run time is a bug.
 */
function unreachable(value, what) {
    throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/units.ts
const TIME = {
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
const SIZE = {
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
const PER = {
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
const SI_PREFIX = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const SI_COUNT = /^([kKMGT])(elem|elements|items?|ops?|operations)$/;
const OPS = new Set(['op', 'ops', 'operation', 'operations', 'iter', 'iters', 'iteration', 'iterations']);
function timeUnit(u) {
    return Object.prototype.hasOwnProperty.call(TIME, u) ? TIME[u] : undefined;
}
function sizeUnit(u) {
    // "B" is bytes; a lower-case lone "b" would be bits, which no tool we read emits, so require "B".
    if (u === 'b')
        return undefined;
    const k = u.toLowerCase();
    return Object.prototype.hasOwnProperty.call(SIZE, k) ? SIZE[k] : undefined;
}
/**
 * The canonical form of a raw unit as a tool prints it. Time per operation ("ns/op", "us/iter",
 * "s/op") is time; "B/op" is a size; "MB/s", "ops/s", "ops/ms", "items/s" are rates. Anything else is
 * kept as the tool's own unit and is smaller-is-better unless it reads as a rate.
 */
function canonical(raw) {
    const u = raw.trim();
    const t = timeUnit(u);
    if (t !== undefined)
        return { unit: 'ns', factor: t, kind: 'time', direction: 'smaller' };
    const sz = sizeUnit(u);
    if (sz !== undefined)
        return { unit: 'B', factor: sz, kind: 'size', direction: 'smaller' };
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
            if (sn !== undefined)
                return { unit: 'B/s', factor: sn * per, kind: 'byte-rate', direction: 'bigger' };
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
function toCanonical(value, raw) {
    const c = canonical(raw);
    return { value: value * c.factor, unit: c.unit, direction: c.direction };
}
/** Which way is better for a canonical unit (the config may override it per series). */
function directionOf(unit) {
    return canonical(unit).direction;
}
/** The kind of a canonical unit, for display. */
function kindOf(unit) {
    if (unit === 'ns')
        return 'time';
    if (unit === 'B')
        return 'size';
    if (unit === 'B/s')
        return 'byte-rate';
    if (unit.endsWith('/s'))
        return 'rate';
    return 'other';
}
const TIME_SCALES = [
    { divisor: 3600e9, suffix: 'h' },
    { divisor: 60e9, suffix: 'min' },
    { divisor: 1e9, suffix: 's' },
    { divisor: 1e6, suffix: 'ms' },
    { divisor: 1e3, suffix: 'µs' },
    { divisor: 1, suffix: 'ns' },
];
const SIZE_SCALES = [
    { divisor: 1024 ** 4, suffix: 'TiB' },
    { divisor: 1024 ** 3, suffix: 'GiB' },
    { divisor: 1024 ** 2, suffix: 'MiB' },
    { divisor: 1024, suffix: 'KiB' },
    { divisor: 1, suffix: 'B' },
];
const SI_SCALES = [
    { divisor: 1e12, suffix: 'T' },
    { divisor: 1e9, suffix: 'G' },
    { divisor: 1e6, suffix: 'M' },
    { divisor: 1e3, suffix: 'k' },
    { divisor: 1, suffix: '' },
];
/** The largest scale under which `magnitude` is at least 1 (the smallest scale otherwise). */
function pick(scales, magnitude) {
    for (const s of scales)
        if (magnitude >= s.divisor)
            return s;
    return scales[scales.length - 1];
}
/** Three significant digits, without a trailing ".0". */
function digits(x) {
    if (!Number.isFinite(x))
        return String(x);
    const a = Math.abs(x);
    if (a === 0)
        return '0';
    if (a >= 100)
        return x.toFixed(0);
    if (a >= 10)
        return x.toFixed(1).replace(/\.0$/, '');
    if (a >= 1)
        return x.toFixed(2).replace(/\.?0+$/, '');
    return x.toPrecision(3);
}
/**
 * A scale to show several values of one unit with one prefix (a row of a table), picked from the
 * smallest magnitude so no value shows as "0.00".
 */
/** The smallest non-zero finite |v|, 0 when there is none (a loop: no argument spread of a long list). */
function smallestMagnitude(values) {
    let m = Infinity;
    for (const v of values)
        if (Number.isFinite(v) && v !== 0 && Math.abs(v) < m)
            m = Math.abs(v);
    return m === Infinity ? 0 : m;
}
function scaleFor(unit, values) {
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
function scaleOf(unit, values) {
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
function units_formatValue(value, unit) {
    return scaleFor(unit, [value])(value);
}
/**
 * A p-value as every report, reason and log line prints it: "p = 0.340", "p = 0.012", "p < 0.001"
 * (the one place that formats one).
 */
function formatPValue(p) {
    if (!Number.isFinite(p))
        return 'p —';
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${p.toFixed(3)}`;
}
/**
 * A confidence level as reasons and report rows print it: 0.999 → "99.9%", 0.975 → "97.5%" (one
 * function, so a row's figures and its sentence always name the same level).
 */
function formatLevel(confidence) {
    return `${+(confidence * 100).toPrecision(4)}%`;
}
/** A relative change as a signed percentage: 0.1234 → "+12.3%". */
function formatPercent(change) {
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
function parseQuantity(text) {
    const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(\S.*?)?\s*$/.exec(text);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    if (!Number.isFinite(n))
        return undefined;
    const raw = m[2] ?? '';
    const c = canonical(raw);
    if (raw !== '' && c.kind === 'other')
        return { value: n, unit: raw };
    return { value: n * c.factor, unit: c.unit };
}
/** Powers of ten that unit factors use, by exponent. */
const POW10 = new Map([
    [1e-9, -9],
    [1e-6, -6],
    [1e-3, -3],
    [1e3, 3],
    [1e6, 6],
    [1e9, 9],
    [1e12, 12],
]);
/** 10^0 … 10^22: every one an exact double. */
const EXACT_POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/**
 * `value * factor`, exactly as a decimal shift when the factor is a power of ten: 1.6403 µs is
 * 1640.3 ns, not the 1640.3000000000002 a binary multiplication gives. Tools print decimals, so
 * shifting the shortest decimal form of the value keeps what they printed.
 */
function scaleBy(value, factor) {
    if (factor === 1)
        return value;
    const k = POW10.get(factor);
    if (k === undefined || !Number.isFinite(value))
        return value * factor;
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

;// CONCATENATED MODULE: ./src/parse/json-syntax.ts
/**
 * Where and why a text is not JSON, for a one-line error ("bench.json:412: expected "," or "}" after a
 * value, got "#""). JSON.parse says neither reliably: V8's messages changed between Node 20 and 24, often
 * carry no position, and quote the text around the error with its line breaks. This scanner runs only
 * after JSON.parse has failed; it is iterative (a hostile file nested a million deep cannot overflow the
 * stack) and follows RFC 8259, which is what JSON.parse accepts.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
function isWs(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** The first syntax error in `text`, or undefined when it is valid JSON. */
function jsonSyntaxError(text) {
    const n = text.length;
    let i = 0;
    const stack = []; // 0x5b '[' or 0x7b '{'
    const fail = (expected, at = i) => ({
        offset: at,
        expected,
        found: at >= n ? 'the end of the file' : text.slice(at, at + 12),
    });
    const ws = () => {
        while (i < n && isWs(text.charCodeAt(i)))
            i++;
    };
    /** Scan a string starting at i (a quote); undefined when it is well-formed. */
    const string = () => {
        i++;
        for (;;) {
            if (i >= n)
                return fail('the closing quote of a string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return undefined;
            }
            if (c < 0x20)
                return fail('control characters inside a string to be escaped');
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        return fail('four hex digits after \\u in a string');
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else
                    return fail('a valid escape (\\", \\\\, \\n, \\uXXXX …) in a string');
            }
            else
                i++;
        }
    };
    // value → after a value → (comma | close) → value …, with the container stack deciding what follows.
    let wantValue = true;
    for (;;) {
        ws();
        if (wantValue) {
            const c = text.charCodeAt(i);
            if (i >= n)
                return fail('a value');
            if (c === 0x7b || c === 0x5b) {
                stack.push(c);
                i++;
                ws();
                const close = c === 0x7b ? 0x7d : 0x5d;
                if (text.charCodeAt(i) === close) {
                    stack.pop();
                    i++;
                    wantValue = false;
                    continue;
                }
                if (c === 0x7b) {
                    if (text.charCodeAt(i) !== 0x22)
                        return fail('a quoted key or "}"');
                    const err = string();
                    if (err)
                        return err;
                    ws();
                    if (text.charCodeAt(i) !== 0x3a)
                        return fail('":" after a key');
                    i++;
                }
                continue; // a value follows
            }
            if (c === 0x22) {
                const err = string();
                if (err)
                    return err;
            }
            else if (text.startsWith('true', i))
                i += 4;
            else if (text.startsWith('false', i))
                i += 5;
            else if (text.startsWith('null', i))
                i += 4;
            else {
                NUMBER.lastIndex = i;
                const m = NUMBER.exec(text);
                if (!m || m[0] === '' || m[0] === '-')
                    return fail('a value (an object, list, string, number, true, false or null)');
                i += m[0].length;
            }
            wantValue = false;
            continue;
        }
        // after a value
        const top = stack[stack.length - 1];
        if (top === undefined) {
            return i >= n ? undefined : fail('the end of the document after its value');
        }
        const c = text.charCodeAt(i);
        const close = top === 0x7b ? 0x7d : 0x5d;
        if (c === close) {
            stack.pop();
            i++;
            continue;
        }
        if (c !== 0x2c) {
            return fail(`"," or "${String.fromCharCode(close)}" after a value`);
        }
        i++;
        if (top === 0x7b) {
            ws();
            if (text.charCodeAt(i) !== 0x22)
                return fail('a quoted key after ","');
            const err = string();
            if (err)
                return err;
            ws();
            if (text.charCodeAt(i) !== 0x3a)
                return fail('":" after a key');
            i++;
        }
        wantValue = true;
    }
}

;// CONCATENATED MODULE: ./src/stats/select.ts
/**
 * Order statistics without sorting: quickselect on typed arrays, the median, type-7 quantiles (R's
 * default, numpy's "linear") and the median absolute deviation. Functions ending in `InPlace` reorder
 * their argument; the others copy into a scratch buffer first.
 */
/**
 * Move the k-th smallest value of a[lo..hi] to a[k], smaller ones before it and larger ones after it.
 * Median-of-three pivots with Hoare partitioning; deterministic, no allocation. NaN is not supported.
 * Samples come from outside (a history artifact, a tool's output), and a list can be made so that
 * every median of three is a bad pivot: after 2·log2(n) + 8 rounds the rest of the range is sorted,
 * so selection never takes more than n log n.
 */
function selectInPlace(a, k, lo = 0, hi = a.length - 1) {
    let rounds = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
    while (hi > lo) {
        if (--rounds < 0) {
            a.subarray(lo, hi + 1).sort();
            return a[k];
        }
        if (hi - lo < 16) {
            // Insertion sort is faster than partitioning for a handful of values.
            for (let i = lo + 1; i <= hi; i++) {
                const v = a[i];
                let j = i - 1;
                while (j >= lo && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return a[k];
        }
        const mid = (lo + hi) >>> 1;
        // Order a[lo], a[mid], a[hi] so the pivot is their median and both ends are sentinels.
        if (a[mid] < a[lo])
            swap(a, mid, lo);
        if (a[hi] < a[lo])
            swap(a, hi, lo);
        if (a[hi] < a[mid])
            swap(a, hi, mid);
        const pivot = a[mid];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                swap(a, i, j);
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return a[k];
    }
    return a[k];
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}
/** The smallest value of a[lo..hi]. */
function minOf(a, lo, hi) {
    let m = a[lo];
    for (let i = lo + 1; i <= hi; i++)
        if (a[i] < m)
            m = a[i];
    return m;
}
/** Median of a[0..n-1] (mean of the two middle values when n is even); reorders `a`. */
function medianInPlace(a, n = a.length) {
    if (n === 0)
        return NaN;
    const m = n >>> 1;
    const upper = selectInPlace(a, m, 0, n - 1);
    if (n % 2 === 1)
        return upper;
    // After selecting m, everything before it is ≤ a[m]: the lower middle is their maximum.
    let lower = a[0];
    for (let i = 1; i < m; i++)
        if (a[i] > lower)
            lower = a[i];
    return (lower + upper) / 2;
}
/** Median of any numbers, leaving them untouched. */
function select_median(values, scratch) {
    const n = values.length;
    const buf = scratch && scratch.length >= n ? scratch : new Float64Array(n);
    for (let i = 0; i < n; i++)
        buf[i] = values[i];
    return medianInPlace(buf, n);
}
/** Type-7 quantile (Hyndman & Fan 1996) of a[0..n-1] at probability p ∈ [0, 1]; reorders `a`. */
function quantileInPlace(a, p, n = a.length) {
    if (n === 0)
        return NaN;
    const h = (n - 1) * Math.min(1, Math.max(0, p));
    const k = Math.floor(h);
    const v = selectInPlace(a, k, 0, n - 1);
    if (k === n - 1 || h === k)
        return v;
    return v + (h - k) * (minOf(a, k + 1, n - 1) - v);
}
/** Type-7 quantile of values already sorted ascending. */
function quantileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = (n - 1) * Math.min(1, Math.max(0, p));
    const k = Math.floor(h);
    if (k === n - 1)
        return sorted[k];
    return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
}
/** Median absolute deviation from the median, unscaled (multiply by 1.4826 for a normal σ). */
function mad(values, scratch) {
    const n = values.length;
    if (n === 0)
        return NaN;
    const buf = scratch && scratch.length >= n ? scratch : new Float64Array(n);
    for (let i = 0; i < n; i++)
        buf[i] = values[i];
    const m = medianInPlace(buf, n);
    for (let i = 0; i < n; i++)
        buf[i] = Math.abs(values[i] - m);
    return medianInPlace(buf, n);
}
/** 1 / Φ⁻¹(0.75): scales a MAD to a standard deviation under normality. */
const MAD_TO_SD = 1.482602218505602;

;// CONCATENATED MODULE: ./src/parse/common.ts




/** A finite number from text as tools print it ("1,234.5", "1_000"), or undefined. */
function readNumber(text) {
    return numberIn(text, 0, text.length);
}
/**
 * The number m × 10^scale for a mantissa m read exactly (below 2^53) and a decimal exponent within
 * ±22: one IEEE operation on exact operands, correctly rounded, as Number() gives it. NaN for any
 * other, which the general path must read. numberIn's exact step, and any reader's that reads its
 * digits itself.
 */
function exactDecimal(m, scale) {
    if (!(m < 2 ** 53) || scale < -22 || scale > 22)
        return NaN;
    return scale >= 0 ? m * EXACT_POW10[scale] : m / EXACT_POW10[-scale];
}
/**
 * `readNumber(text.slice(start, end))` without the slice for the usual shape (`-12.5`, `3.4e+07`,
 * ASCII blanks around it): console readers ask this several times per line of a file of millions.
 * A mantissa below 2^53 and a decimal exponent within ±22 give the correctly rounded value with one
 * IEEE operation on exact operands, as Number() does; anything else takes the general path.
 */
function numberIn(text, start, end) {
    let i = start;
    let j = end;
    while (i < j && isBlank(text.charCodeAt(i)))
        i++;
    while (j > i && isBlank(text.charCodeAt(j - 1)))
        j--;
    let c = text.charCodeAt(i);
    const negative = c === 45;
    if (c === 43 || c === 45)
        i++;
    let m = 0;
    let digits = 0;
    let scale = 0;
    let point = false;
    for (; i < j; i++) {
        c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            m = m * 10 + (c - 48);
            digits++;
            if (point)
                scale--;
        }
        else if (c === 46 /* . */ && !point)
            point = true;
        // a group separator that numberGeneral removes ("1,160.73"): one before three digits and a \b
        else if (!((c === 44 || c === 95) && isGroupSeparator(text, i, j)))
            break;
    }
    if (digits > 0 && i < j && (c === 101 || c === 69) /* e E */) {
        i++;
        const s = text.charCodeAt(i);
        const minus = s === 45;
        if (s === 43 || s === 45)
            i++;
        let exp = 0;
        const from = i;
        for (; i < j && (c = text.charCodeAt(i)) >= 48 && c <= 57 && exp < 1000; i++)
            exp = exp * 10 + (c - 48);
        if (i === from)
            i = -1; // "1e" is not a number: the general path says so
        scale += minus ? -exp : exp;
    }
    if (i === j && digits > 0) {
        const v = exactDecimal(m, scale);
        if (v === v)
            return negative ? -v : v; // not NaN
    }
    return numberGeneral(start === 0 && end === text.length ? text : text.slice(start, end));
}
/** Whether the `,` or `_` at i is followed by three digits and a word boundary (before `end`). */
function isGroupSeparator(text, i, end) {
    if (i + 3 >= end)
        return false;
    for (let k = i + 1; k <= i + 3; k++) {
        const d = text.charCodeAt(k);
        if (d < 48 || d > 57)
            return false;
    }
    if (i + 4 >= end)
        return true;
    const w = text.charCodeAt(i + 4);
    // \w: A-Z a-z 0-9 _
    return !((w >= 48 && w <= 57) || (w >= 65 && w <= 90) || (w >= 97 && w <= 122) || w === 95);
}
/** Space, tab, CR, LF: the blanks `trim` removes that a console cell has around a number. */
function isBlank(c) {
    return c === 32 || c === 9 || c === 13 || c === 10;
}
function numberGeneral(text) {
    const trimmed = text.trim();
    const t = trimmed.includes(',') || trimmed.includes('_') ? trimmed.replace(/[,_](?=\d{3}\b)/g, '') : trimmed;
    if (!isDecimal(t))
        return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
function digitsFrom(t, i) {
    let j = i;
    for (let c = t.charCodeAt(j); c >= 48 && c <= 57; c = t.charCodeAt(++j))
        ;
    return j;
}
/**
 * Whether t is `/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/`, checked by a scan: console readers ask
 * this several times per line, and the scan costs a fraction of a regex call.
 */
function isDecimal(t) {
    let i = 0;
    let c = t.charCodeAt(0);
    if (c === 43 || c === 45)
        i++; // + -
    const intEnd = digitsFrom(t, i);
    let end = intEnd;
    if (t.charCodeAt(end) === 46 /* . */) {
        end = digitsFrom(t, end + 1);
        if (intEnd === i && end === intEnd + 1)
            return false; // "." or "-." without a digit
    }
    else if (intEnd === i)
        return false;
    c = t.charCodeAt(end);
    if (c === 101 || c === 69) {
        // e E, an optional sign, at least one digit
        let e = end + 1;
        const s = t.charCodeAt(e);
        if (s === 43 || s === 45)
            e++;
        end = digitsFrom(t, e);
        if (end === e)
            return false;
    }
    return end === t.length;
}
/** Like `readNumber`, but a ParseError when the text is not a number. */
function requireNumber(text, file, line, what) {
    const n = readNumber(text);
    if (n === undefined)
        throw new ParseError(file, line, `expected a number for ${what}`, text);
    return n;
}
/** The metric a raw unit measures: "time" for durations, "throughput" for rates, else the unit itself. */
function metricOf(rawUnit) {
    const c = canonical(rawUnit);
    if (c.kind === 'time')
        return 'time';
    if (c.kind === 'rate' || c.kind === 'byte-rate')
        return 'throughput';
    return rawUnit;
}
const SCRATCH = new Float64Array(64);
/**
 * Median of a non-empty list. A console table or `-count N` file has hundreds of thousands of short
 * lists: those are sorted by insertion in a reused buffer (a sorted copy each costs more than the sort),
 * which orders them exactly as a stable numeric sort does; a longer list (`-count 1000`) is sorted as a
 * typed array, several times faster than a sorted copy.
 */
function medianOf(values) {
    const n = values.length;
    if (n === 1)
        return values[0];
    if (n === 2)
        return (values[0] + values[1]) / 2;
    let s;
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
    }
    else
        return longMedian(values);
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
function longMedian(values) {
    const n = values.length;
    if (longScratch.length < n)
        longScratch = new Float64Array(Math.max(n, 2 * longScratch.length));
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
const unitCache = new Map();
/** The last unit asked for: a line reader asks for the same one line after line. */
let lastUnit;
let lastInfo;
function unitInfo(rawUnit) {
    if (rawUnit === lastUnit && lastInfo !== undefined)
        return lastInfo;
    let hit = unitCache.get(rawUnit);
    if (hit === undefined) {
        hit = { c: canonical(rawUnit), metric: metricOf(rawUnit) };
        if (unitCache.size >= 1024)
            unitCache.clear();
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
class KeyTable {
    /**
     * Two int32 per slot: the key's id + 1 (0 is an empty slot) and its hash, side by side, so that a
     * probe past another key compares hashes in the cache line it has read already.
     */
    slots = new Int32Array(2048);
    names = [];
    /**
     * Each key's metric, made only when a second metric comes: most tables hold one (a reader's
     * uniqueness table of names, console.time's times), and a copy of it per key is a pointer per name
     * for nothing. `onlyMetric` is the one metric until then (undefined while the table is empty).
     */
    metrics;
    onlyMetric;
    lastMetric = '';
    lastMetricHash = hashOf('');
    lastName = '';
    lastNameHash = hashOf('');
    get size() {
        return this.names.length;
    }
    /** The id of (name, metric) when seen before, else `-1 - id` of the id it gets now. */
    idOf(name, metric) {
        const h = this.hash(name, metric);
        const i = this.slotOf(h, name, metric);
        const slots = this.slots;
        const e = slots[i];
        if (e !== 0)
            return e - 1;
        const id = this.names.length;
        this.names.push(name);
        if (this.metrics !== undefined)
            this.metrics.push(metric);
        else if (this.onlyMetric === undefined)
            this.onlyMetric = metric;
        else if (metric !== this.onlyMetric) {
            const metrics = [];
            for (let k = 0; k < id; k++)
                metrics.push(this.onlyMetric);
            metrics.push(metric);
            this.metrics = metrics;
        }
        slots[i] = id + 1;
        slots[i + 1] = h;
        if ((id + 1) * 4 > slots.length - 2)
            this.grow();
        return -1 - id;
    }
    /** The id of (name, metric), or -1 if it was never seen. */
    find(name, metric) {
        return this.slots[this.slotOf(this.hash(name, metric), name, metric)] - 1;
    }
    hash(name, metric) {
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
    metricOf(id) {
        return this.metrics === undefined ? this.onlyMetric : this.metrics[id];
    }
    /** The index of the slot holding (name, metric), or of the empty slot where it would go. */
    slotOf(h, name, metric) {
        const slots = this.slots;
        const mask = slots.length - 2; // slot indices are even
        let i = (h << 1) & mask;
        for (let e = slots[i]; e !== 0; e = slots[(i = (i + 2) & mask)]) {
            if (slots[i + 1] === h && this.names[e - 1] === name && this.metricOf(e - 1) === metric)
                break;
        }
        return i;
    }
    /** Twice the slots, at most half of them used: probes stay short. */
    grow() {
        const old = this.slots;
        const slots = new Int32Array(old.length * 2);
        const mask = slots.length - 2;
        for (let j = 0; j < old.length; j += 2) {
            if (old[j] === 0)
                continue;
            const h = old[j + 1];
            let i = (h << 1) & mask;
            while (slots[i] !== 0)
                i = (i + 2) & mask;
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
function hashOf(s) {
    let h = HASH_SEED ^ 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * Collects values per (name, metric) in the order first seen, so tools that print one line per
 * repetition (`go test -count N`) become one series with N samples.
 */
class SeriesCollector {
    keys = new KeyTable();
    /**
     * By key id, each entry the Series it becomes, its samples collected in place: one object per
     * series, not a record copied at the end (a file of millions of short series spends its time on
     * per-series objects).
     */
    order = [];
    add(name, rawUnit, rawValue, metric) {
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
        }
        else
            this.order[id].samples.push(v);
    }
    get size() {
        return this.order.length;
    }
    /** One series per key; the headline is the median of the repetitions. */
    series() {
        for (const e of this.order)
            e.value = medianOf(e.samples);
        return this.order;
    }
}
/** A line of `text.split('\n')` without the CR that ends it in a CRLF file. */
function withoutCr(line) {
    return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}
/**
 * Whether `s` holds a line terminator other than \n, where a regex's `.` stops: a scan that stands in
 * for such a regex refuses the same names (and leaves the line to the regex).
 */
function holdsLineTerminator(s) {
    return s.includes('\r') || s.includes('\u2028') || s.includes('\u2029');
}
/** Split text into lines, keeping 1-based line numbers meaningful for CRLF files too. */
function lines(text) {
    return text.split(/\r?\n/);
}
/**
 * Parse JSON, turning a syntax error into a ParseError with the line it happened on and what was
 * expected there (found by json-syntax.ts: V8's own messages differ between Node versions and span lines).
 */
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw jsonParseError(text, file, e);
    }
}
/** The ParseError for a text JSON.parse refused (`offset` shifts a slice's positions into the file). */
function jsonParseError(text, file, cause, offset = 0, whole = text) {
    const err = jsonSyntaxError(text);
    if (err === undefined) {
        // JSON.parse refused what the scanner accepts (should not happen): say so without V8's excerpt.
        const msg = (cause instanceof Error ? cause.message : String(cause)).split(/[\r\n]/)[0].slice(0, 80);
        return new errors_ParseError(file, lineAt(whole, offset), `expected valid JSON (${msg})`);
    }
    const line = lineAt(whole, offset + err.offset);
    if (err.offset >= text.length) {
        return new errors_ParseError(file, line, `expected valid JSON: ${err.expected}, but the file ends (truncated?)`);
    }
    return new errors_ParseError(file, line, `expected valid JSON: ${err.expected}`, err.found);
}
/** A cheap look at whether text is JSON of some shape, without parsing a large file twice. */
function looksLikeJson(text) {
    const t = text.trimStart();
    return t.startsWith('{') || t.startsWith('[');
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/*
 * Spread, as every parser records it: `low`/`high` bound the confidence interval the tool itself gives
 * for its central value (usually a CI of the mean), and `stddev` is the standard deviation of the
 * per-operation values; all in the series' unit. A parser records only what the tool reports or what
 * follows from it exactly, never an interval it would have to invent.
 */
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function lineOf(at) {
    return typeof at === 'number' ? at : at();
}
/**
 * The line on which the value at `path` starts in a JSON text that JSON.parse accepted, for error
 * messages ("results.json:12: expected a number"). Walks the text without building values; when the
 * path goes deeper than the document, the line of the deepest value found.
 */
function lineOfJsonPath(text, path) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i))
            ;
    };
    /** Past the string at i; its value only when asked (keys), as decoding every skipped string is slow. */
    const skipString = (decode = false) => {
        const start = i;
        i++; // opening quote
        while (i < n && text.charCodeAt(i) !== 34)
            i += text.charCodeAt(i) === 92 ? 2 : 1;
        i++;
        if (!decode)
            return '';
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return '';
        }
    };
    // Skips one value of any depth with a counter, not recursion, so a deep document cannot overflow.
    const skipValue = () => {
        let depth = 0;
        do {
            ws();
            const ch = text[i];
            if (ch === '"')
                skipString();
            else if (ch === '{' || ch === '[') {
                depth++;
                i++;
            }
            else if (ch === '}' || ch === ']') {
                depth--;
                i++;
            }
            else if (ch === ',' || ch === ':')
                i++;
            else {
                // a number or literal: up to the next delimiter
                for (let c = text.charCodeAt(i); i < n; c = text.charCodeAt(++i)) {
                    if (c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9)
                        break;
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
                if (text[i] !== '"')
                    break;
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
                if (text[i] === ',')
                    i++;
            }
            if (!found)
                break;
        }
        else if (open === '[' && typeof key === 'number') {
            i++;
            let n = 0;
            let found = false;
            for (;;) {
                ws();
                if (text[i] === ']' || i >= text.length)
                    break;
                if (n === key) {
                    found = true;
                    break;
                }
                skipValue();
                ws();
                if (text[i] === ',')
                    i++;
                n++;
            }
            if (!found)
                break;
        }
        else
            break;
    }
    return lineAt(text, i);
}
/** What a JSON value is, for "expected a number, got …" messages (ParseError quotes it). */
function describeJson(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    return String(v);
}
/**
 * Typed access to a parsed JSON document, throwing a ParseError that names the line of the offending
 * value. One per parse; `path` is where the value sits, for the line number.
 */
class JsonReader {
    text;
    file;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    line(path) {
        return lineOfJsonPath(this.text, path);
    }
    /** The line of `path`, found only if an error asks for it. */
    at(path) {
        const p = [...path];
        return () => lineOfJsonPath(this.text, p);
    }
    fail(path, expected) {
        throw new errors_ParseError(this.file, this.line(path), expected);
    }
    /** Like `fail`, saying what was found instead. */
    wrong(path, expected, found) {
        throw new errors_ParseError(this.file, this.line(path), expected, describeJson(found));
    }
    record(v, path, what) {
        if (!isRecord(v))
            this.wrong(path, `expected an object for ${what}`, v);
        return v;
    }
    array(v, path, what) {
        if (!Array.isArray(v))
            this.wrong(path, `expected a list for ${what}`, v);
        return v;
    }
    string(v, path, what) {
        if (typeof v !== 'string' || v.trim() === '')
            this.wrong(path, `expected a non-empty string for ${what}`, v);
        return v;
    }
    number(v, path, what) {
        if (typeof v !== 'number' || !Number.isFinite(v))
            this.wrong(path, `expected a number for ${what}`, v);
        return v;
    }
    /** A number, or undefined when absent or null; anything else is an error. */
    optionalNumber(v, path, what) {
        if (v === undefined || v === null)
            return undefined;
        return this.number(v, path, what);
    }
    /** A list of finite numbers. */
    numbers(v, path, what) {
        const list = this.array(v, path, what);
        return list.map((x, i) => this.number(x, [...path, i], `each of ${what}`));
    }
}
/**
 * A Series in canonical units, checked: a finite headline and samples, a non-empty name. A value
 * that overflows on conversion (1e300 s in ns) is an error at `line`, not an Infinity in the history.
 */
function makeSeries(raw, file, at, origin = raw.origin) {
    // no closures here: console readers call this once per line of a file of millions of lines
    const { c, metric } = unitInfo(raw.rawUnit);
    const factor = c.factor;
    // a name led by a printable ASCII non-blank is not empty once trimmed: no trim for the usual one
    const first = raw.name.charCodeAt(0);
    if (!(first > 32 && first < 127) && raw.name.trim() === '')
        throw new errors_ParseError(file, lineOf(at), 'expected a benchmark name, got an empty one');
    const value = scaleBy(raw.value, factor);
    if (!Number.isFinite(value)) {
        throw new errors_ParseError(file, lineOf(at), `expected a finite value for "${raw.name}"`, String(raw.value));
    }
    let samples;
    if (raw.samples && raw.samples.length > 0) {
        samples = raw.samples.map((x) => scaleBy(x, factor));
        const bad = samples.findIndex((x) => !Number.isFinite(x));
        if (bad >= 0) {
            throw new errors_ParseError(file, lineOf(at), `expected finite samples for "${raw.name}"`, String(raw.samples[bad]));
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
    const s = { name, metric: m, unit, direction, value, samples };
    if (spread)
        s.spread = spread;
    if (origin)
        s.origin = origin;
    return s;
}
/**
 * The finite bounds of a tool's spread in canonical units (in low, high, stddev order), if any. Each
 * shape is one literal (no loop over the keys, no key added later): every series with a spread passes
 * here, and a keyed store per key made this a fifth of a console reader's time.
 */
function spreadOf(raw, factor) {
    const low = raw.low === undefined ? NaN : scaleBy(raw.low, factor);
    const high = raw.high === undefined ? NaN : scaleBy(raw.high, factor);
    const stddev = raw.stddev === undefined ? NaN : scaleBy(raw.stddev, factor);
    const l = Number.isFinite(low);
    const h = Number.isFinite(high);
    if (!Number.isFinite(stddev)) {
        if (l)
            return h ? { low, high } : { low };
        return h ? { high } : undefined;
    }
    if (l)
        return h ? { low, high, stddev } : { low, stddev };
    return h ? { high, stddev } : { stddev };
}
/**
 * Refuse a second series with the same (name, metric): two benchmarks printed under one name would
 * otherwise be compared as one. `where` is the line of the second one.
 */
class UniqueNames {
    file;
    /**
     * The names, each with its first (metric, line of first series) and a list of the others, newest
     * first, in flat arrays; past MAX_LISTED metrics a name keys each pair in `keyed` instead. A run of
     * series under one name (iai's events, a time and its throughput) then costs one lookup of the
     * name, and the table holds a key per name, not per series: it is read at a random place for each
     * new key, and once it outgrows the cache those reads are most of what checking costs.
     */
    names = new KeyTable();
    /** By name id: its first metric and line, and its newest other pair (-1: none, KEYED: keyed). */
    firstMetric = [];
    firstLine = [];
    newest = [];
    /** By pair: its metric, its line, and the name's pair before it (-1: the name's first). */
    pairMetric = [];
    pairLine = [];
    pairBefore = [];
    /** (name, metric) of the names with many metrics, and their lines by key id. */
    keyed = new KeyTable();
    keyedLine = [];
    lastName;
    lastId = -1;
    constructor(file) {
        this.file = file;
    }
    check(s, line) {
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
            if (key >= 0)
                this.duplicate(s, line, this.keyedLine[key]);
            this.keyedLine.push(line);
            return;
        }
        let count = 1;
        for (let p = newest; p >= 0; p = this.pairBefore[p], count++)
            if (this.pairMetric[p] === metric)
                this.duplicate(s, line, this.pairLine[p]);
        if (this.firstMetric[id] === metric)
            this.duplicate(s, line, this.firstLine[id]);
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
        const others = [];
        for (let p = newest; p >= 0; p = this.pairBefore[p])
            others.push(p);
        for (let k = others.length - 1; k >= 0; k--) {
            this.keyed.idOf(name, this.pairMetric[others[k]]);
            this.keyedLine.push(this.pairLine[others[k]]);
        }
        this.keyed.idOf(name, metric);
        this.keyedLine.push(line);
        this.newest[id] = KEYED;
    }
    duplicate(s, line, first) {
        throw new errors_ParseError(this.file, lineOf(line), `expected each benchmark name once, "${s.name}" (${s.metric}) already appeared on line ${lineOf(first)}`);
    }
}
/** How many metrics of one name UniqueNames compares one by one before it keys each pair. */
const MAX_LISTED = 8;
const KEYED = -2;
/**
 * The series of a line reader in file order, each (name, metric) once, and the error a file without
 * any gets: `add` checks and keeps, `done` returns them or throws `expected` at `line`.
 */
class SeriesList {
    file;
    items = [];
    unique;
    constructor(file) {
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    add(s, line) {
        this.unique.check(s, line);
        this.items.push(s);
    }
    done(line, expected) {
        if (this.items.length === 0)
            throw new errors_ParseError(this.file, line, expected);
        return this.items;
    }
}

;// CONCATENATED MODULE: ./src/parse/go.ts



const go_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** Go's ReportMetric can print these; such a pair carries no value and is left out. */
const NOT_A_VALUE = /^[-+]?(?:NaN|Inf)$/;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
/** Go's unicode.IsSpace: ASCII blanks, U+0085, U+00A0 and the Unicode space separators. */
function isGoSpace(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 0x85)
        return false;
    return (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
/** Whether the code units u[a, a + s.length) are s. */
function regionIs(u, a, s) {
    const n = s.length;
    for (let k = 0; k < n; k++)
        if (u[a + k] !== s.charCodeAt(k))
            return false;
    return true;
}
const go_POW10 = [];
for (let k = 0; k <= 22; k++)
    go_POW10.push(Number(`1e${k}`));
function newMetric(rawUnit) {
    const { c, metric } = unitInfo(rawUnit);
    const k = Math.log10(c.factor);
    return {
        rawUnit,
        metric,
        unit: c.unit,
        direction: c.direction,
        factor: c.factor,
        pow10: Number.isInteger(k) && Math.abs(k) <= 22 ? k : undefined,
        values: [],
    };
}
/**
 * The one reader of the format. Feed it lines with `line`, switch streams with `stream` (test2json
 * packages), then take `series()`. Every pass over a line is bounded by the line: linear in the input.
 */
/** Code units a view of a file holds at least (GoReader's view). */
const VIEW = 1 << 20;
class GoReader {
    file;
    sink;
    streams = new Map();
    contexts = new Map();
    current;
    last;
    lastContext;
    results = 0;
    /* the number just read by readPlainDecimal: exact mantissa and decimals (or -1), and where it ended */
    mantissa = 0;
    decimals = -1;
    numberEnd = 0;
    /*
     * The text being read as UTF-16 code units, u[i - base] for text[i] over [base, viewEnd), a 0 after
     * them: indexing a typed array is about twice as fast as charCodeAt, which runs for every character
     * of a file. A view always ends after a line's newline, or at the end of the text, so reading one
     * character past a line (as the scans do) sees what charCodeAt would, and a 0 where it sees NaN.
     */
    bytes = Buffer.alloc(0);
    u = new Uint16Array(0);
    base = 0;
    viewText;
    viewEnd = -1;
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
        this.current = this.streamNamed('');
    }
    streamNamed(name) {
        let s = this.streams.get(name);
        if (!s) {
            s = { config: new Map(), context: undefined };
            if (name !== '')
                s.config.set('pkg', name);
            this.streams.set(name, s);
        }
        return s;
    }
    /** Switch to the lines of another stream (a test2json `Package`); its `pkg` is preset to the name. */
    stream(name) {
        this.current = this.streamNamed(name);
    }
    /** How many result lines were read. */
    get size() {
        return this.results;
    }
    /**
     * Make the view text[a, b), b after the first newline from `from` and at least VIEW code units on
     * (one view for many lines of a file, one per line of test2json's Output strings), or the text's end.
     */
    view(text, a, from) {
        const nl = text.indexOf('\n', Math.max(from, a + VIEW));
        const b = nl < 0 ? text.length : nl + 1;
        const n = b - a;
        if (this.u.length < n + 1) {
            this.bytes = Buffer.alloc(2 * (n + 1));
            this.u = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, n + 1);
        }
        this.bytes.write(text.slice(a, b), 0, 'utf16le');
        this.u[n] = 0;
        this.viewText = text;
        this.base = a;
        this.viewEnd = b;
    }
    /** Read the line text[start, end) (without its newline) as line `lineNumber` of the file. */
    line(text, start, end, lineNumber) {
        // the view must hold the line and the character after it (its newline, or the 0 at the text's end)
        const inView = text === this.viewText &&
            start >= this.base &&
            (end < this.viewEnd || (end === text.length && this.viewEnd === text.length));
        if (!inView)
            this.view(text, start, end);
        const u = this.u;
        const o = this.base;
        let i = start;
        while (i < end && isGoSpace(u[i - o]))
            i++;
        const c = u[i - o];
        if (c === 66 /* B */) {
            if (regionIs(u, i - o, 'Benchmark'))
                this.result(text, i, end, lineNumber);
        }
        else if (c === 45 /* - */) {
            if (regionIs(u, i - o, '--- FAIL:'))
                this.failed(text, i + 9, end, lineNumber);
        }
        else if (c === 70 /* F */) {
            if (regionIs(u, i - o, 'FAIL') && (i + 4 >= end || isGoSpace(u[i + 4 - o])))
                this.packageFailed(text, i + 4, end, lineNumber);
        }
        else if (i === start && i < end)
            this.configLine(text, start, end);
    }
    failed(text, a, end, lineNumber) {
        const what = text.slice(a, end).trim().split(/\s/u, 1)[0];
        const kind = what.startsWith('Benchmark') ? 'benchmark' : 'test';
        throw new errors_ParseError(this.file, lineNumber, `expected every ${kind} to pass, ${what || 'one'} failed (a failing run is not recorded)`);
    }
    packageFailed(text, a, end, lineNumber) {
        const pkg = text.slice(a, end).trim().split(/\s/u, 1)[0];
        throw new errors_ParseError(this.file, lineNumber, pkg
            ? `expected the package to pass, ${pkg} failed (a failing run is not recorded)`
            : 'expected a passing run, go test printed FAIL (a failing run is not recorded)');
    }
    /** `key: value` with a lower-case first letter, no space or upper-case letter in the key. */
    configLine(text, start, end) {
        const first = text.charCodeAt(start);
        if (!(first >= 97 && first <= 122) && !(first > 127 && LOWER.test(String.fromCodePoint(first))))
            return;
        let i = start + 1;
        for (; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === 58 /* : */)
                break;
            if ((c >= 65 && c <= 90) || isGoSpace(c))
                return;
            if (c > 127 && UPPER.test(text[i]))
                return;
        }
        if (i >= end)
            return;
        const after = i + 1;
        if (after < end && text.charCodeAt(after) !== 32 && text.charCodeAt(after) !== 9)
            return;
        const key = text.slice(start, i);
        const value = text.slice(after, end).trim();
        const s = this.current;
        if (s.config.get(key) === value)
            return;
        s.config.set(key, value);
        s.context = undefined;
    }
    contextOf(s) {
        const entries = [...s.config].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const id = JSON.stringify(entries);
        let ctx = this.contexts.get(id);
        if (!ctx) {
            ctx = { config: new Map(entries), byName: new Map(), order: [] };
            this.contexts.set(id, ctx);
        }
        s.context = ctx;
        return ctx;
    }
    /** The benchmark whose name is text[a, b) in the current context. */
    benchAt(text, a, b) {
        const ctx = this.current.context ?? this.contextOf(this.current);
        // -count N repeats a name on consecutive lines; comparing the slice natively beats a loop or a hash
        const name = text.slice(a, b);
        const last = this.last;
        if (last && this.lastContext === ctx && last.name === name)
            return last;
        let bench = ctx.byName.get(name);
        if (!bench) {
            bench = { name, metrics: [] };
            ctx.byName.set(name, bench);
            ctx.order.push(bench);
        }
        this.last = bench;
        this.lastContext = ctx;
        return bench;
    }
    /**
     * A decimal without exponent and with at most 15 digits read from text[a, ...) up to the first other
     * character (its offset left in `numberEnd`); NaN when there is none. Keeps the exact mantissa and
     * decimals for `canonical`.
     */
    readPlainDecimal(text, a, end) {
        const u = this.u;
        const o = this.base;
        let i = a;
        let negative = false;
        const first = u[i - o];
        if (first === 45 || first === 43) {
            negative = first === 45;
            i++;
        }
        let m = 0;
        let digits = 0;
        let decimals = -1;
        for (; i < end; i++) {
            const c = u[i - o];
            if (c >= 48 && c <= 57) {
                m = m * 10 + (c - 48);
                digits++;
                if (decimals >= 0)
                    decimals++;
            }
            else if (c === 46 && decimals < 0)
                decimals = 0;
            else
                break;
        }
        this.numberEnd = i;
        if (digits === 0 || digits > 15) {
            this.decimals = -1;
            return NaN;
        }
        this.mantissa = negative ? -m : m;
        this.decimals = decimals < 0 ? 0 : decimals;
        return this.mantissa / go_POW10[this.decimals];
    }
    /** `value` (just read) in the metric's canonical unit, shifted exactly when possible. */
    canonical(m, value) {
        if (m.factor === 1)
            return value;
        if (this.decimals >= 0 && m.pow10 !== undefined) {
            const e = m.pow10 - this.decimals;
            if (e >= 0 && e <= 22)
                return this.mantissa * go_POW10[e];
            if (e < 0 && e >= -22)
                return this.mantissa / go_POW10[-e];
        }
        return scaleBy(value, m.factor);
    }
    /** A line whose first field, at text[nameStart...), starts with "Benchmark". */
    result(text, nameStart, end, lineNumber) {
        const file = this.file;
        const u = this.u;
        const o = this.base;
        // -count N prints a name on N lines in a row: the last benchmark's name again, then a space, is the
        // name the scan would find (a name holds no space), without scanning, slicing or comparing a slice
        const last = this.last;
        const again = last !== undefined &&
            this.lastContext === this.current.context &&
            nameStart + last.name.length < end &&
            isGoSpace(u[nameStart + last.name.length - o]) &&
            regionIs(u, nameStart - o, last.name);
        let i = again ? nameStart + last.name.length : nameStart + 9;
        while (i < end && !isGoSpace(u[i - o]))
            i++;
        const nameEnd = i;
        while (i < end && isGoSpace(u[i - o]))
            i++;
        if (i >= end)
            return; // a bare name: `-v` prints one before each result
        const itersStart = i;
        while (i < end) {
            const c = u[i - o];
            if (c < 48 || c > 57)
                break;
            i++;
        }
        if (i === itersStart || (i < end && !isGoSpace(u[i - o]))) {
            this.sink?.warn(lineNumber, `skipped a line starting with "${text.slice(nameStart, Math.min(nameEnd, nameStart + 60))}": ` +
                'no iteration count after the name, so it is not a benchmark result');
            return;
        }
        const itersEnd = i;
        while (i < end && isGoSpace(u[i - o]))
            i++;
        if (i >= end) {
            throw new errors_ParseError(file, lineNumber, 'expected "<value> <unit>" pairs after the iteration count', text.slice(nameStart, end).trim());
        }
        const bench = again ? last : this.benchAt(text, nameStart, nameEnd);
        let k = 0;
        let prevStart = itersStart;
        let prevEnd = itersEnd;
        while (i < end) {
            const vStart = i;
            // a plain decimal in one pass; anything else (an exponent, NaN) takes the general path
            let value = this.readPlainDecimal(text, i, end);
            let vEnd = this.numberEnd;
            if (value !== value || (vEnd < end && !isGoSpace(u[vEnd - o]))) {
                while (i < end && !isGoSpace(u[i - o]))
                    i++;
                vEnd = i;
                const t = text.slice(vStart, vEnd);
                this.decimals = -1;
                value = go_NUMBER.test(t) ? Number(t) : NaN;
            }
            i = vEnd;
            while (i < end && isGoSpace(u[i - o]))
                i++;
            const uStart = i;
            // the unit Go printed at this position on the previous line, if it is that one again
            const guess = bench.metrics[k];
            let known;
            if (guess !== undefined &&
                regionIs(u, uStart - o, guess.rawUnit) &&
                (uStart + guess.rawUnit.length >= end || isGoSpace(u[uStart + guess.rawUnit.length - o]))) {
                i = uStart + guess.rawUnit.length;
                known = guess;
            }
            else {
                while (i < end && !isGoSpace(u[i - o]))
                    i++;
            }
            const uEnd = i;
            while (i < end && isGoSpace(u[i - o]))
                i++;
            if (value !== value) {
                // NaN: not a number, unless Go's NaN/Inf spelling of a ReportMetric value (which is left out)
                if (uStart < uEnd && NOT_A_VALUE.test(text.slice(vStart, vEnd))) {
                    prevStart = uStart;
                    prevEnd = uEnd;
                    continue;
                }
                throw new errors_ParseError(file, lineNumber, `expected a number after "${text.slice(prevStart, prevEnd)}" in a benchmark result`, text.slice(vStart, vEnd));
            }
            if (uStart === uEnd) {
                throw new errors_ParseError(file, lineNumber, `expected a unit after ${text.slice(vStart, vEnd)} in a benchmark result`);
            }
            const m = known ?? GoReader.metricAt(bench, text.slice(uStart, uEnd));
            k++;
            const v = this.canonical(m, value);
            if (!Number.isFinite(v)) {
                throw new errors_ParseError(file, lineNumber, `expected a finite ${m.rawUnit} value in a benchmark result`, text.slice(vStart, vEnd));
            }
            m.values.push(v);
            prevStart = uStart;
            prevEnd = uEnd;
        }
        this.results++;
    }
    static metricAt(b, unit) {
        let m = b.metrics.find((x) => x.rawUnit === unit);
        if (!m) {
            m = newMetric(unit);
            b.metrics.push(m);
        }
        return m;
    }
    /** The series read so far, labelled where a configuration key tells them apart (module comment). */
    series() {
        const contexts = [...this.contexts.values()].filter((c) => c.order.length > 0);
        // keys and whether their value (absent = "") differs between the contexts that hold results
        const keys = [];
        for (const c of contexts)
            for (const k of c.config.keys())
                if (!keys.includes(k))
                    keys.push(k);
        const varying = keys.filter((k) => new Set(contexts.map((c) => c.config.get(k) ?? '')).size > 1);
        for (const k of keys)
            if (!varying.includes(k)) {
                const v = contexts[0].config.get(k);
                if (v !== undefined)
                    this.sink?.meta(k, v);
            }
        const contextsOf = new Map();
        for (const c of contexts)
            for (const b of c.order) {
                const list = contextsOf.get(b.name);
                if (list)
                    list.push(c);
                else
                    contextsOf.set(b.name, [c]);
            }
        const out = [];
        for (const c of contexts) {
            for (const b of c.order) {
                const others = contextsOf.get(b.name);
                const name = others.length > 1 ? labelled(b.name, c, others, varying) : b.name;
                // metrics by the (name, metric) identity: two raw units of one metric ("MB/s" and "GB/s")
                // would be one series with mixed samples, so the first keeps the metric and others their unit
                // (a list, not a Set: a benchmark has a handful of metrics, and there may be a million benchmarks)
                const metricsSeen = [];
                for (const m of b.metrics) {
                    if (m.values.length === 0)
                        continue;
                    const metric = metricsSeen.includes(m.metric) ? m.rawUnit : m.metric;
                    metricsSeen.push(metric);
                    out.push({
                        name,
                        metric,
                        unit: m.unit,
                        direction: m.direction,
                        value: medianOf(m.values),
                        samples: m.values,
                    });
                }
            }
        }
        return out;
    }
}
/** `name` qualified by the keys whose values differ between the contexts that share it. */
function labelled(name, c, all, varying) {
    let prefix = '';
    let suffix = '';
    for (const k of varying) {
        const v = c.config.get(k) ?? '';
        if (all.every((o) => (o.config.get(k) ?? '') === v))
            continue;
        if (k === 'pkg')
            prefix = v === '' ? '' : `${v}.`;
        else
            suffix += ` ${k}=${v}`;
    }
    return prefix + name + suffix;
}
/** Read `text` line by line into `reader` (a manual scan: a 100 MB file never becomes a million strings). */
function readGoText(reader, text, firstLine = 1) {
    let start = 0;
    let lineNumber = firstLine - 1;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        lineNumber++;
        let e = end;
        if (e > start && text.charCodeAt(e - 1) === 13)
            e--;
        reader.line(text, start, e, lineNumber);
        start = end + 1;
    }
    return lineNumber;
}
const goBench = {
    name: 'go',
    describe: 'go test -bench . -benchmem -count 10 (text output)',
    detect(text) {
        // 1 MB, not 64 KB: `go test -v -run . -bench .` prints every test's log before the first result.
        // Bounded quantifiers: a long line of spaces or digits must not make the search quadratic.
        return /^[ \t]{0,16}Benchmark\S{0,1000}[ \t]{1,100}\d{1,20}[ \t]{1,100}[-+\d.eE]{1,40} \S{0,100}\/op\b/m.test(text.slice(0, 1 << 20));
    },
    parse(text, file, sink) {
        const reader = new GoReader(file, sink);
        const lines = readGoText(reader, text);
        if (reader.size === 0) {
            const hint = /^\s*\{.*"Action"/.test(text.slice(0, 4096))
                ? ' (this is go test -json output: use format gojson)'
                : '';
            throw new errors_ParseError(file, lines, `expected at least one "BenchmarkName  N  value ns/op" line${hint}`);
        }
        return reader.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/gojson.ts



const EVENT = /^\{.*"Action"\s*:\s*"[a-z-]+"/;
const goJson = {
    name: 'gojson',
    describe: 'go test -json -bench . (test2json events)',
    detect(text) {
        const first = /^[ \t]*\{.*$/m.exec(text.slice(0, 65536));
        return first !== null && EVENT.test(first[0].trim()) && /"(?:Package|ImportPath)"\s*:/.test(first[0]);
    },
    parse(text, file, sink) {
        const reader = new GoReader(file, sink);
        // per package: the text after the last newline, and the event line on which it started
        const pending = new Map();
        const flushLine = (pkg, line, lineNo) => {
            reader.stream(pkg);
            reader.line(line, 0, line.endsWith('\r') ? line.length - 1 : line.length, lineNo);
        };
        let start = 0;
        let lineNo = 0;
        while (start < text.length) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            lineNo++;
            const raw = text.slice(start, end).trim();
            start = end + 1;
            if (!raw.startsWith('{'))
                continue; // plain text go test prints around the stream ("no test files")
            let ev;
            try {
                ev = JSON.parse(raw);
            }
            catch {
                throw new errors_ParseError(file, lineNo, 'expected one test2json event per line', raw);
            }
            if (!isRecord(ev))
                continue;
            const pkg = typeof ev.Package === 'string' ? ev.Package : '';
            if (ev.Action === 'fail') {
                // the output's own `--- FAIL:` line has usually been read already; this covers the rest
                const test = typeof ev.Test === 'string' ? ev.Test : '';
                throw new errors_ParseError(file, lineNo, test
                    ? `expected every ${test.startsWith('Benchmark') ? 'benchmark' : 'test'} to pass, ${test} failed (a failing run is not recorded)`
                    : `expected the package to pass, ${pkg || 'the package'} failed (a failing run is not recorded)`);
            }
            if (ev.Action !== 'output' || typeof ev.Output !== 'string')
                continue;
            const p = pending.get(pkg) ?? { text: '', line: lineNo };
            if (p.text === '')
                p.line = lineNo;
            let chunk = p.text + ev.Output;
            let nl = chunk.indexOf('\n');
            let lineStart = p.line;
            while (nl >= 0) {
                flushLine(pkg, chunk.slice(0, nl), lineStart);
                chunk = chunk.slice(nl + 1);
                lineStart = lineNo;
                nl = chunk.indexOf('\n');
            }
            p.text = chunk;
            p.line = chunk === '' ? lineNo : lineStart;
            pending.set(pkg, p);
        }
        for (const [pkg, p] of pending)
            if (p.text !== '')
                flushLine(pkg, p.text, p.line);
        if (reader.size === 0) {
            throw new errors_ParseError(file, lineNo, 'expected benchmark results in the go test -json output, found none (was -bench given?)');
        }
        return reader.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/lazyline.ts


const UNKNOWN_LINE = -1;
/** `makeSeries`, with the line of the offending element computed only if it fails. */
function makeSeriesAt(raw, file, line) {
    try {
        return makeSeries(raw, file, UNKNOWN_LINE);
    }
    catch (e) {
        if (e instanceof errors_ParseError && e.lineNumber === UNKNOWN_LINE)
            throw new errors_ParseError(file, line(), e.expected, e.found);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/parse/console-table.ts


// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
/** The text without ANSI colour codes (vitest, Google Benchmark on a terminal). */
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
/** Lines without their line ends (LF or CRLF), for a loop with `i + 1` as the line number. */
function textLines(text) {
    const lines = text.split('\n');
    // one array, edited in place, and no pass at all over LF-only text
    if (text.includes('\r')) {
        for (let i = 0; i < lines.length; i++)
            lines[i] = withoutCr(lines[i]);
    }
    return lines;
}
/**
 * Calls `each(line, n)` for every line of `text` (without its LF or CRLF; `n` from 1), the lines
 * `textLines` would return, without building an array of the whole file. Returns the number of lines.
 */
function eachLine(text, each) {
    let n = 0;
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        each(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end), ++n);
        if (nl < 0)
            return n;
        start = nl + 1;
    }
}
/**
 * `eachLine(stripAnsi(text), each)` without a colour-free copy of the whole file: colour codes never
 * hold a line end, so each line is stripped on its own (before its CR is dropped, as in the copy).
 */
function eachPlainLine(text, each) {
    if (!text.includes('\u001b'))
        return eachLine(text, each);
    let n = 0;
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        let line = text.slice(start, end);
        if (line.includes('\u001b'))
            line = line.replace(ANSI, '');
        each(withoutCr(line), ++n);
        if (nl < 0)
            return n;
        start = nl + 1;
    }
}
/**
 * JavaScript's `\s` (what `trim` removes, what `\S+` splits on): Go's set without U+0085, with U+FEFF.
 * The ASCII space is asked first and the rest of ASCII next: console columns are padded with spaces.
 */
function isJsSpace(c) {
    if (c === 32)
        return true;
    if (c < 128)
        return c >= 9 && c <= 13;
    return isGoSpace(c) ? c !== 0x85 : c === 0xfeff;
}
/**
 * A series read from a printed summary: no samples, marked as such. `statistic: 'mean'` when the
 * console prints only the mean of a tool whose JSON headline is the median (Series.statistic).
 */
function consoleSeries(raw, file, line, statistic) {
    const s = makeSeries(raw, file, line, 'console');
    if (statistic)
        s.statistic = statistic;
    return s;
}
/** Fields of one CSV record (RFC 4180 quoting: `"a, b"`, `""` for a quote); undefined if a quote is open. */
function csvFields(line) {
    const out = [];
    let i = 0;
    const n = line.length;
    for (;;) {
        if (line.charCodeAt(i) === 34 /* " */) {
            let v = '';
            i++;
            for (;;) {
                const q = line.indexOf('"', i);
                if (q < 0)
                    return undefined;
                v += line.slice(i, q);
                if (line.charCodeAt(q + 1) === 34) {
                    v += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            out.push(v);
            if (i < n && line.charCodeAt(i) !== 44)
                return undefined;
        }
        else {
            let c = line.indexOf(',', i);
            if (c < 0)
                c = n;
            out.push(line.slice(i, c));
            i = c;
        }
        if (i >= n)
            return out;
        i++; // the comma
    }
}
/**
 * The fields of CSV records as `csvFields` reads them, as offsets into the line: a reader of a large
 * CSV file slices only the fields it keeps (the name) and reads numbers in place. One per file.
 */
class CsvRow {
    line = '';
    start = [];
    end = [];
    /** Quoted with `""` inside: its text is not a plain slice. */
    escaped = [];
    count = 0;
    /** Read `line`; false where `csvFields` gives undefined (a quote left open or text after one). */
    scan(line) {
        this.line = line;
        const n = line.length;
        let k = 0;
        let i = 0;
        for (;; k++) {
            if (line.charCodeAt(i) === 34 /* " */) {
                const from = i + 1;
                let escaped = false;
                i = from;
                for (;;) {
                    const q = line.indexOf('"', i);
                    if (q < 0)
                        return false;
                    if (line.charCodeAt(q + 1) === 34) {
                        escaped = true;
                        i = q + 2;
                    }
                    else {
                        this.start[k] = from;
                        this.end[k] = q;
                        this.escaped[k] = escaped;
                        i = q + 1;
                        break;
                    }
                }
                if (i < n && line.charCodeAt(i) !== 44)
                    return false;
            }
            else {
                let c = line.indexOf(',', i);
                if (c < 0)
                    c = n;
                this.start[k] = i;
                this.end[k] = c;
                this.escaped[k] = false;
                i = c;
            }
            if (i >= n)
                break;
            i++; // the comma
        }
        this.count = k + 1;
        return true;
    }
    text(j) {
        const t = this.line.slice(this.start[j], this.end[j]);
        return this.escaped[j] ? t.replace(/""/g, '"') : t;
    }
    isEmpty(j) {
        return this.start[j] === this.end[j];
    }
    /** Whether field j is exactly `s`, without slicing it. */
    is(j, s) {
        if (this.escaped[j])
            return this.text(j) === s;
        const a = this.start[j];
        return this.end[j] - a === s.length && this.line.startsWith(s, a);
    }
    /** `readNumber` of field j. */
    number(j) {
        return this.escaped[j] ? readNumber(this.text(j)) : numberIn(this.line, this.start[j], this.end[j]);
    }
}
/** The interval `mean ∓ rme%` that tinybench and vitest print as `±4.40%`, as a spread. */
function rmeInterval(mean, rmePercent) {
    return { low: mean * (1 - rmePercent / 100), high: mean * (1 + rmePercent / 100) };
}

;// CONCATENATED MODULE: ./src/parse/line-scan.ts
/**
 * Small scanning helpers for the console readers that read a large log in place (offsets into the
 * text instead of split lines and sliced fields).
 */

/** Runs of spaces by length, made when first asked for: the blank padding of console columns. */
const SPACE_RUNS = [''];
const MAX_RUN = 256;
/**
 * Whether text[s, e) is nothing but spaces, by one comparison with a run of spaces (a console's
 * padding is long, and a look at each of its characters is most of the cost of reading it; a slice
 * compared with `===` is several times faster than `startsWith` or a loop). False for a longer range
 * or any other blank: the caller then looks at each character itself.
 */
function isSpaceRun(text, s, e) {
    const n = e - s;
    if (n > MAX_RUN)
        return false;
    // most ranges that are not spaces show it at an end, before any slice is made
    if (n > 0 && (text.charCodeAt(s) !== 32 || text.charCodeAt(e - 1) !== 32))
        return false;
    let run = SPACE_RUNS[n];
    if (run === undefined) {
        for (let k = SPACE_RUNS.length; k <= n; k++)
            SPACE_RUNS.push(' '.repeat(k));
        run = SPACE_RUNS[n];
    }
    return text.slice(s, e) === run;
}
/**
 * `text.startsWith(s, at)` for a short `s` (a unit, a line's first word): most calls differ in the
 * first character, and the builtin's call costs more than the comparison.
 */
function isAt(text, s, at) {
    for (let k = 0; k < s.length; k++)
        if (text.charCodeAt(at + k) !== s.charCodeAt(k))
            return false;
    return true;
}
/** The first character of text[from, to) that is not JavaScript whitespace (`isJsSpace`), or `to`. */
function skipBlanks(text, from, to) {
    let i = from;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    return i;
}

;// CONCATENATED MODULE: ./src/parse/libtest.ts





const CLAIM = /^test (.+?) \.\.\. bench:/;
const RESULT = /^test (.+?) \.\.\. bench:\s+([\d,._]+) (\S+?)(\/iter|\/s) \(\+\/- ([\d,._]+)\)(?: = ([\d,._]+) MB\/s)?\s*$/;
const CLAIMED = ' ... bench:';
/** `[\d,._]` */
function isNumberChar(c) {
    return (c >= 48 && c <= 57) || c === 44 || c === 46 || c === 95;
}
/**
 * RESULT's groups by a scan, for a line RESULT matches at the first ` ... bench:` after a name (the
 * one its lazy name tries first; its other parts have one way each to match); undefined for any other
 * line, which RESULT itself then reads. A file of a million results spends less than half the time.
 */
function resultOf(line) {
    const p = line.startsWith('test ') ? line.indexOf(CLAIMED, 6) : -1;
    if (p < 0)
        return undefined;
    const name = line.slice(5, p);
    if (holdsLineTerminator(name))
        return undefined;
    const len = line.length;
    const run = (from, ok) => {
        let i = from;
        while (i < len && ok(line.charCodeAt(i)))
            i++;
        return i;
    };
    const v0 = run(p + CLAIMED.length, isJsSpace);
    const v1 = run(v0, isNumberChar);
    if (v0 === p + CLAIMED.length || v1 === v0 || line.charCodeAt(v1) !== 32)
        return undefined;
    const t1 = run(v1 + 1, (c) => !isJsSpace(c));
    const suffix = line.endsWith('/iter', t1) ? '/iter' : line.endsWith('/s', t1) ? '/s' : undefined;
    if (suffix === undefined || t1 - suffix.length <= v1 + 1 || !line.startsWith(' (+/- ', t1))
        return undefined;
    const d0 = t1 + 6;
    const d1 = run(d0, isNumberChar);
    if (d1 === d0 || line.charCodeAt(d1) !== 41 /* ) */)
        return undefined;
    let end = d1 + 1;
    let mbs;
    if (line.startsWith(' = ', end)) {
        const m1 = run(end + 3, isNumberChar);
        if (m1 > end + 3 && line.startsWith(' MB/s', m1)) {
            mbs = line.slice(end + 3, m1);
            end = m1 + 5;
        }
    }
    if (run(end, isJsSpace) !== len)
        return undefined;
    return [
        line,
        name,
        line.slice(v0, v1),
        line.slice(v1 + 1, t1 - suffix.length),
        suffix,
        line.slice(d0, d1),
        mbs,
    ];
}
/** "ns/iter" and the other times per iteration are "time", a rate "throughput"; else the unit's name. */
function metricOfUnit(unit) {
    const metric = unitInfo(unit).metric;
    return metric === 'time' || metric === 'throughput' ? metric : unit.replace(/\/iter$/, '');
}
function seriesOf(kind, name, unit, value, dev, mbs) {
    const out = [
        {
            name,
            // "ns/iter" and the other times per iteration are "time"; a count per iteration ("cycles/iter")
            // or a rate ("MS/s") is a metric of its own, named by its unit.
            metric: metricOfUnit(unit),
            rawUnit: unit,
            value,
            spread: kind === 'libtest' ? { low: Math.max(0, value - dev), high: value + dev } : { stddev: dev },
        },
    ];
    if (mbs !== undefined)
        out.push({ name, metric: 'throughput', rawUnit: 'MB/s', value: mbs });
    return out;
}
class Collected {
    file;
    series = [];
    /** The names seen, and the line of each (KeyTable: a Map of a million names costs more). */
    seen = new KeyTable();
    lines = [];
    constructor(file) {
        this.file = file;
    }
    /** Refuse a name seen before; remember where this one was. */
    first(name, line) {
        const id = this.seen.idOf(name, '');
        if (id >= 0) {
            throw new errors_ParseError(this.file, line, `expected each benchmark once, "${name}" already appeared on line ${this.lines[id]}`);
        }
        this.lines.push(line);
    }
    add(raws, line) {
        this.first(raws[0].name, line);
        for (const raw of raws)
            this.series.push(makeSeriesAt(raw, this.file, () => line));
    }
}
/* The end of the run from `i` (before `end`) of `[\d,._]`, or of anything but spaces (skipBlanks for
   spaces).
   One loop each, not one loop taking a test: a call per character that V8 cannot inline. */
function numberCharsFrom(text, i, end) {
    while (i < end && isNumberChar(text.charCodeAt(i)))
        i++;
    return i;
}
function wordFrom(text, i, end) {
    while (i < end && !isJsSpace(text.charCodeAt(i)))
        i++;
    return i;
}
/**
 * The line text[start, end) read in place when it is the usual result, `test <name> ... bench: <v>
 * ns/iter (+/- <d>)[ = <m> MB/s]`, with what `readLine` would make of it; false for any other line
 * (another unit, a name holding a line terminator, a number readNumber refuses, `test result:`), which
 * `readLine` then reads. `claim` is where the first ` ... bench:` at or after start + 6 is.
 */
function readUsual(kind, text, start, end, claim, n, out) {
    const p = claim;
    // "test result: FAILED" lines are failedTest's
    if (p + CLAIMED.length > end || text.charCodeAt(start + 5) === 114 /* r */)
        return false;
    // the name as resultOf slices it (no line terminator in it), trimmed as parseText trims it
    let a = -1;
    let b = -1;
    for (let i = start + 5; i < p; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 0x2028 || c === 0x2029)
            return false;
        if (!isJsSpace(c)) {
            if (a < 0)
                a = i;
            b = i + 1;
        }
    }
    if (a < 0)
        return false;
    const v0 = skipBlanks(text, p + CLAIMED.length, end);
    const v1 = numberCharsFrom(text, v0, end);
    if (v0 === p + CLAIMED.length || v1 === v0 || text.charCodeAt(v1) !== 32)
        return false;
    const t1 = wordFrom(text, v1 + 1, end);
    if (t1 !== v1 + 8 || !isAt(text, 'ns/iter', v1 + 1) || !isAt(text, ' (+/- ', t1))
        return false;
    const d0 = t1 + 6;
    const d1 = numberCharsFrom(text, d0, end);
    if (d1 === d0 || d1 >= end || text.charCodeAt(d1) !== 41 /* ) */)
        return false;
    let tail = d1 + 1;
    let m0 = -1;
    let m1 = -1;
    if (isAt(text, ' = ', tail)) {
        const e = numberCharsFrom(text, tail + 3, end);
        if (e > tail + 3 && e + 5 <= end && isAt(text, ' MB/s', e)) {
            m0 = tail + 3;
            m1 = e;
            tail = e + 5;
        }
    }
    if (skipBlanks(text, tail, end) !== end)
        return false;
    const value = numberIn(text, v0, v1);
    const dev = numberIn(text, d0, d1);
    const mbs = m0 < 0 ? undefined : numberIn(text, m0, m1);
    if (value === undefined || dev === undefined || (m0 >= 0 && mbs === undefined))
        return false;
    const name = text.slice(a, b);
    out.first(name, n);
    const spread = kind === 'libtest' ? { low: Math.max(0, value - dev), high: value + dev } : { stddev: dev };
    out.series.push(makeSeries({ name, metric: 'time', rawUnit: 'ns', value, spread }, out.file, n));
    if (mbs !== undefined)
        out.series.push(makeSeries({ name, metric: 'throughput', rawUnit: 'MB/s', value: mbs }, out.file, n));
    return true;
}
/** Any `test ` line, as a string: failures, other units and every line readUsual leaves. */
function readLine(kind, line, n, out) {
    const file = out.file;
    failedTest(line, file, n);
    // "test x ... ok", "test x ... ignored", "test result: ok. ...": no CLAIM without " ... bench:"
    if (!line.includes(' ... bench:') || !CLAIM.test(line))
        return;
    const m = resultOf(line) ?? RESULT.exec(line);
    if (!m) {
        throw new errors_ParseError(file, n, 'expected "bench: <value> ns/iter (+/- <deviation>)"', line);
    }
    const num = (s, what) => {
        const v = readNumber(s);
        if (v === undefined)
            throw new errors_ParseError(file, n, `expected a number for the ${what} of "${m[1]}"`, s);
        return v;
    };
    out.add(seriesOf(kind, m[1].trim(), m[4] === '/s' ? `${m[3]}/s` : m[3], num(m[2], 'time'), num(m[5], 'deviation'), m[6] === undefined ? undefined : num(m[6], 'throughput')), n);
}
/**
 * The lines of `text` (LF or CRLF, as `eachLine` splits them): a line that does not start with
 * `test ` is never sliced, the usual result is read in place, every other `test ` line as a string.
 */
function parseText(kind, text, file) {
    const out = new Collected(file);
    let n = 0;
    let start = 0;
    // the next " ... bench:" at or after the last line's start + 6 (each search goes on from the one
    // before, so finding them all reads the file once)
    let claim = -1;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const stop = nl < 0 ? text.length : nl;
        const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
        n++;
        if (end - start >= 5 && isAt(text, 'test ', start)) {
            if (claim < start + 6 && claim !== Infinity) {
                const at = text.indexOf(CLAIMED, start + 6);
                claim = at < 0 ? Infinity : at;
            }
            if (claim + CLAIMED.length <= end) {
                if (!readUsual(kind, text, start, end, claim, n, out))
                    readLine(kind, text.slice(start, end), n, out);
            }
            else if (mayMatter(text, start, end))
                readLine(kind, text.slice(start, end), n, out);
        }
        if (nl < 0)
            break;
        start = nl + 1;
    }
    if (out.series.length === 0) {
        throw new errors_ParseError(file, n, 'expected at least one "test <name> ... bench: <value> ns/iter" line');
    }
    return out.series;
}
/**
 * Whether the `test ` line text[start, end), which holds no ` ... bench:` from start + 6 on, is one
 * readLine acts on: a failure (failedTest) or a claim just after "test" (` ... bench:` at start + 4
 * or 5, an empty name). "test x ... ignored", "test x ... ok" and "test result: ok. …" are not: they
 * are passed by without a line string.
 */
function mayMatter(text, start, end) {
    const t = skipBlanksBack(text, start, end); // line.trimEnd()
    return ((t - start >= 19 && isAt(text, 'test result: FAILED', start)) ||
        (t - start >= 11 && isAt(text, ' ... FAILED', t - 11)) ||
        (end - start >= 4 + CLAIMED.length && isAt(text, CLAIMED, start + 4)) ||
        (end - start >= 5 + CLAIMED.length && isAt(text, CLAIMED, start + 5)));
}
/** The end of text[from, to) without the JavaScript whitespace at its end (what trimEnd keeps). */
function skipBlanksBack(text, from, to) {
    let j = to;
    while (j > from && isJsSpace(text.charCodeAt(j - 1)))
        j--;
    return j;
}
/**
 * A failed benchmark is never silent: `test <name> ... FAILED` names it, and `test result: FAILED` (the
 * summary of a binary whose failing line was not captured) fails the whole run.
 */
function failedTest(line, file, lineNumber) {
    const t = line.trimEnd();
    if (t.endsWith(' ... FAILED')) {
        throw new errors_ParseError(file, lineNumber, `expected every benchmark to pass, ${t.slice(5, -11).trim()} FAILED (a failing run is not recorded)`);
    }
    if (t.startsWith('test result: FAILED')) {
        throw new errors_ParseError(file, lineNumber, 'expected a passing run, libtest printed "test result: FAILED" (a failing run is not recorded)');
    }
}
/** libtest's `--format json` events, one object per line; only `"type": "bench"` events are results. */
function parseJsonEvents(text, file) {
    const out = new Collected(file);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line.startsWith('{'))
            continue; // cargo's own lines when stderr was captured too
        let ev;
        try {
            ev = JSON.parse(line);
        }
        catch {
            throw new errors_ParseError(file, i + 1, 'expected one JSON event per line', line);
        }
        if (typeof ev !== 'object' || ev === null)
            continue;
        const e = ev;
        if (e.event === 'failed' && (e.type === 'test' || e.type === 'bench' || e.type === 'suite')) {
            throw new errors_ParseError(file, i + 1, typeof e.name === 'string' && e.type !== 'suite'
                ? `expected every benchmark to pass, ${e.name} failed (a failing run is not recorded)`
                : 'expected a passing run, the libtest suite failed (a failing run is not recorded)');
        }
        if (e.type !== 'bench')
            continue;
        const name = e.name;
        if (typeof name !== 'string' || name === '')
            throw new errors_ParseError(file, i + 1, 'expected a "name" in the bench event', line);
        const num = (k, optional = false) => {
            const v = e[k];
            if (v === undefined && optional)
                return undefined;
            if (typeof v !== 'number' || !Number.isFinite(v))
                throw new errors_ParseError(file, i + 1, `expected a number for "${k}" of "${name}"`, JSON.stringify(v) ?? 'nothing');
            return v;
        };
        out.add(seriesOf('libtest', name, 'ns', num('median'), num('deviation'), num('mib_per_second', true)), i + 1);
    }
    if (out.series.length === 0)
        throw new errors_ParseError(file, lines.length, 'expected at least one { "type": "bench" } event');
    return out.series;
}
const HEAD = 65536;
const BENCH_LINE = /^test .+? \.\.\. bench:\s+[\d,._]+ \S+\/(?:iter|s) \(\+\/- /m;
const JSON_EVENT = /^\{\s*"type"\s*:\s*"(?:suite|test|bench)"\s*,\s*"(?:event|name)"\s*:/;
const libtest = {
    name: 'libtest',
    describe: 'cargo bench with the built-in #[bench] harness (text, or -Z unstable-options --format json)',
    detect(text) {
        const head = text.slice(0, HEAD);
        const firstJson = /^\s*(\{.*)$/m.exec(head);
        if (firstJson && JSON_EVENT.test(firstJson[1]))
            return true;
        return BENCH_LINE.test(head) && /^running \d+ tests?$/m.test(head);
    },
    parse(text, file) {
        const firstJson = /^\s*(\{.*)$/m.exec(text.slice(0, HEAD));
        if (firstJson && JSON_EVENT.test(firstJson[1]))
            return parseJsonEvents(text, file);
        return parseText('libtest', text, file);
    },
};
const criterionBencher = {
    name: 'criterionbencher',
    describe: 'Criterion.rs: cargo bench -- --output-format bencher',
    detect(text) {
        const head = text.slice(0, HEAD);
        return BENCH_LINE.test(head) && !/^running \d+ tests?$/m.test(head);
    },
    parse(text, file) {
        return parseText('criterionbencher', text, file);
    },
};

;// CONCATENATED MODULE: ./src/parse/criterion.ts




/**
 * `[<n> <unit> <n> <unit> <n> <unit>]` at the start of `rest`: its six fields, or undefined. Found with
 * indexOf and a split, not a regex, so a long line of brackets or blanks stays linear.
 */
function tripleFields(rest) {
    if (!rest.startsWith('['))
        return undefined;
    const close = rest.indexOf(']');
    if (close < 0)
        return undefined;
    const fields = rest.slice(1, close).trim().split(/\s+/);
    return fields.length === 6 ? fields : undefined;
}
function isWordChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function criterion_isBlank(c) {
    return c === 32 || (c >= 9 && c <= 13);
}
/**
 * `<before> time: [<rest>`: the text before the first "time:" that starts a word and is followed by
 * blanks and `[`, and the text after the `[`. Linear: each candidate looks only at the blanks after it.
 */
function timeLine(line) {
    for (let at = line.indexOf('time:'); at >= 0; at = line.indexOf('time:', at + 5)) {
        if (at > 0 && isWordChar(line.charCodeAt(at - 1)))
            continue;
        let i = at + 5;
        if (i >= line.length || !criterion_isBlank(line.charCodeAt(i)))
            continue;
        while (i < line.length && criterion_isBlank(line.charCodeAt(i)))
            i++;
        if (line.charCodeAt(i) === 91 /* [ */)
            return { before: line.slice(0, at), rest: line.slice(i + 1) };
    }
    return undefined;
}
const THRPT_LINE = /^\s+thrpt:\s+\[/;
// eslint-disable-next-line no-control-regex
const criterion_ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
function clean(raw) {
    let line = withoutCr(raw);
    const cr = line.lastIndexOf('\r');
    if (cr >= 0)
        line = line.slice(cr + 1);
    if (line.includes('\u001b'))
        line = line.replace(criterion_ANSI, '');
    return line;
}
/** Lines that are never an id standing alone. */
function isNoise(line) {
    const t = line.trim();
    return (t === '' ||
        line.startsWith(' ') ||
        line.startsWith('\t') ||
        t.startsWith('Benchmarking ') ||
        t.startsWith('Found ') ||
        t.startsWith('WARNING') ||
        t.startsWith('Warning') ||
        t.startsWith('Gnuplot not found') ||
        t.startsWith('running ') ||
        t.startsWith('test result:') ||
        t.startsWith('Running ') ||
        t.startsWith('Finished ') ||
        t.startsWith('Compiling '));
}
const criterionConsole = {
    name: 'criterion',
    describe: 'Criterion.rs console output of cargo bench',
    detect(text) {
        // bounded quantifiers: a run of digits must not be split every way between two of them
        return /time:\s{1,40}\[[-+\d.]{1,30}\s?[^\s\d]\S{0,20} [-+\d.]{1,30}\s?[^\s\d]\S{0,20} [-+\d.]{1,30}\s?[^\s\d]\S{0,20}\]/.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const lines = text.split('\n');
        const out = [];
        const seen = new Map();
        let pendingId; // an id printed alone, waiting for its time: line
        let current; // the last result, for its thrpt: line
        let inChange = false;
        const triple = (rest, lineNo, name, what) => {
            const m = tripleFields(rest);
            if (!m)
                throw new errors_ParseError(file, lineNo, `expected "${what}: [<low> <unit> <estimate> <unit> <high> <unit>]" for "${name}"`, rest.trim());
            const v = [m[0], m[2], m[4]].map((s) => {
                const n = readNumber(s);
                if (n === undefined)
                    throw new errors_ParseError(file, lineNo, `expected a number in the ${what} of "${name}"`, s);
                return n;
            });
            return { v, u: [m[1], m[3], m[5]] };
        };
        for (let i = 0; i < lines.length; i++) {
            const lineNo = i + 1;
            const line = clean(lines[i]);
            const time = timeLine(line);
            if (time) {
                const before = time.before;
                const head = before.trimEnd();
                if ((head.endsWith('change:') &&
                    (head.length === 7 || !isWordChar(head.charCodeAt(head.length - 8)))) ||
                    line.includes('%')) {
                    // a change estimate (percentages), never a result
                    continue;
                }
                let name;
                if (before.trim() !== '')
                    name = before.trim();
                else if (pendingId !== undefined && !inChange)
                    name = pendingId;
                else
                    throw new errors_ParseError(file, lineNo, 'expected a benchmark id before "time:"', line.trim());
                const { v, u } = triple(`[${time.rest}`, lineNo, name, 'time');
                const first = seen.get(name);
                if (first !== undefined)
                    throw new errors_ParseError(file, lineNo, `expected each benchmark once, "${name}" already appeared on line ${first}`);
                seen.set(name, lineNo);
                // the three numbers may carry different units ("999.1 ns 1.0012 µs 1.0031 µs"): convert each.
                // A custom Measurement prints its own unit ("cycles"), kept as the metric and unit.
                const c = canonical(u[1]);
                const conv = (k) => inUnit(v[k], u[k], c.unit, file, lineNo);
                out.push(makeSeriesAt({
                    name,
                    metric: c.kind === 'time' ? 'time' : c.unit,
                    rawUnit: c.unit,
                    value: conv(1),
                    spread: { low: conv(0), high: conv(2) },
                }, file, () => lineNo));
                current = { name, line: lineNo };
                pendingId = undefined;
                inChange = false;
                continue;
            }
            if (THRPT_LINE.test(line)) {
                if (inChange || line.includes('%'))
                    continue;
                if (!current)
                    throw new errors_ParseError(file, lineNo, 'expected a "time:" line before "thrpt:"', line.trim());
                const { v, u } = triple(line.slice(line.indexOf('[')), lineNo, current.name, 'thrpt');
                const unit = rateUnit(u[1]);
                const conv = (k) => {
                    return scaleBy(v[k], rateFactor(u[k], unit, file, lineNo));
                };
                out.push(makeSeriesAt({
                    name: current.name,
                    metric: 'throughput',
                    rawUnit: unit,
                    value: conv(1),
                    spread: { low: conv(0), high: conv(2) },
                }, file, () => lineNo));
                current = undefined;
                continue;
            }
            if (/^\s+change:\s*$/.test(line)) {
                inChange = true;
                continue;
            }
            if (/^\s+change:/.test(line))
                continue; // one-line change of a benchmark without throughput
            if (!isNoise(line)) {
                pendingId = line.trim();
                inChange = false;
                current = undefined;
            }
            else if (line.trim() === '' || line.trim().startsWith('Benchmarking ')) {
                inChange = false;
            }
        }
        if (out.length === 0)
            throw new errors_ParseError(file, lines.length, 'expected at least one "<id>  time:   [...]" result');
        return out;
    },
};
/** `v` in `raw` units, converted to the canonical `unit` the estimate's own unit maps to. */
function inUnit(v, raw, unit, file, line) {
    const c = canonical(raw);
    if (c.unit !== unit)
        throw new errors_ParseError(file, line, `expected the same kind of unit as ${unit}`, raw);
    return scaleBy(v, c.factor);
}
/** The canonical unit of a throughput ("GiB/s" → "B/s", "Melem/s" → "elem/s"), for all three numbers. */
function rateUnit(raw) {
    return canonical(raw).unit;
}
/** Factor from a raw rate unit to `unit`, in which makeSeries will then leave it (factor 1 for canonical). */
function rateFactor(raw, unit, file, line) {
    const c = canonical(raw);
    if (c.unit !== unit || (c.kind !== 'rate' && c.kind !== 'byte-rate'))
        throw new errors_ParseError(file, line, `expected throughput units like ${unit}`, raw);
    return c.factor;
}

;// CONCATENATED MODULE: ./src/parse/criterion-estimates.ts

function criterionSeries(m, file, line) {
    const time = {
        name: m.name,
        metric: 'time',
        rawUnit: m.unit,
        value: m.median.estimate,
        samples: m.samples,
        spread: { low: m.median.low, high: m.median.high, stddev: m.stddev },
    };
    const out = [makeSeriesAt(time, file, line)];
    const t = m.throughput;
    if (t && out[0].unit === 'ns' && t.perIteration > 0 && out[0].value > 0) {
        // work per iteration / ns per iteration, per second; a larger time is a smaller rate
        const rate = (ns) => ns === undefined || ns <= 0 ? undefined : (t.perIteration * 1e9) / ns;
        const s = out[0];
        const samples = s.samples?.every((x) => x > 0) ? s.samples.map((x) => rate(x)) : undefined;
        out.push(makeSeriesAt({
            name: m.name,
            metric: 'throughput',
            rawUnit: t.kind === 'bytes' ? 'B/s' : 'elem/s',
            value: rate(s.value),
            samples,
            spread: { low: rate(s.spread?.high), high: rate(s.spread?.low) },
        }, file, line));
    }
    return out;
}
/** Criterion's throughput names: `Bytes`/`BytesDecimal`/`Elements` (folder) or `bytes`/`elements` (JSON). */
function throughputKind(name) {
    const k = name.toLowerCase();
    if (k === 'bytes' || k === 'bytesdecimal' || k === 'bytes_decimal')
        return 'bytes';
    if (k === 'elements')
        return 'elements';
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/criterion-folder.ts



const NEW_FILE = /^(?:(.*)\/)?new\/(benchmark|estimates|sample)\.json$/;
function estimate(r, doc, key, required) {
    const e = doc[key];
    if (e === undefined || e === null) {
        if (required)
            r.fail([], `expected "${key}" in estimates.json`);
        return undefined;
    }
    const rec = r.record(e, [key], `"${key}"`);
    const point = r.number(rec.point_estimate, [key, 'point_estimate'], `"${key}.point_estimate"`);
    const ci = isRecord(rec.confidence_interval) ? rec.confidence_interval : {};
    return {
        estimate: point,
        low: r.optionalNumber(ci.lower_bound, [key, 'confidence_interval', 'lower_bound'], `"${key}" lower bound`),
        high: r.optionalNumber(ci.upper_bound, [key, 'confidence_interval', 'upper_bound'], `"${key}" upper bound`),
    };
}
const criterionFolder = {
    name: 'criterion',
    describe: "Criterion.rs's target/criterion folder (cargo bench)",
    detectFolder(paths) {
        return (paths.some((p) => /(?:^|\/)new\/benchmark\.json$/.test(p)) &&
            paths.some((p) => /(?:^|\/)new\/estimates\.json$/.test(p)));
    },
    wants(path) {
        return NEW_FILE.test(path);
    },
    parseFolder(files, folder) {
        const dirs = new Map();
        for (const f of files) {
            const m = NEW_FILE.exec(f.path);
            if (!m)
                continue;
            const dir = m[1] ?? '';
            const d = dirs.get(dir) ?? {};
            d[m[2]] = f;
            dirs.set(dir, d);
        }
        const found = [];
        for (const [dir, d] of dirs) {
            const where = (f) => `${folder}/${dir ? `${dir}/` : ''}new/${f}`;
            if (!d.estimates) {
                if (d.benchmark || d.sample)
                    throw new errors_ParseError(where('estimates.json'), 0, 'expected estimates.json beside benchmark.json, it is missing');
                continue;
            }
            if (!d.benchmark) {
                throw new errors_ParseError(where('benchmark.json'), 0, 'expected benchmark.json beside estimates.json (written by Criterion.rs 0.3 and later), it is missing');
            }
            const bFile = where('benchmark.json');
            const br = new JsonReader(d.benchmark.text, bFile);
            const bench = br.record(parseJson(d.benchmark.text, bFile), [], 'benchmark.json');
            const name = br.string(bench.full_id, ['full_id'], '"full_id"');
            let throughput;
            if (isRecord(bench.throughput)) {
                for (const [k, v] of Object.entries(bench.throughput)) {
                    const kind = throughputKind(k);
                    if (kind)
                        throughput = { kind, perIteration: br.number(v, ['throughput', k], `"throughput.${k}"`) };
                }
            }
            const eFile = where('estimates.json');
            const er = new JsonReader(d.estimates.text, eFile);
            const est = er.record(parseJson(d.estimates.text, eFile), [], 'estimates.json');
            const median = estimate(er, est, 'median', true);
            const stddev = estimate(er, est, 'std_dev', false)?.estimate;
            let samples;
            if (d.sample) {
                const sFile = where('sample.json');
                const sr = new JsonReader(d.sample.text, sFile);
                const sample = sr.record(parseJson(d.sample.text, sFile), [], 'sample.json');
                const iters = sr.numbers(sample.iters, ['iters'], '"iters"');
                const times = sr.numbers(sample.times, ['times'], '"times"');
                if (iters.length !== times.length)
                    sr.fail(['times'], `expected as many "times" as "iters" (${iters.length}), got ${times.length}`);
                const zero = iters.findIndex((n) => n <= 0);
                if (zero >= 0)
                    sr.fail(['iters', zero], 'expected a positive iteration count');
                samples = times.map((t, i) => t / iters[i]);
            }
            found.push({
                name,
                where: bFile,
                series: criterionSeries({ name, unit: 'ns', samples, median, stddev, throughput }, eFile, () => 1),
            });
        }
        if (found.length === 0)
            throw new errors_ParseError(folder, 0, 'expected at least one <benchmark>/new/estimates.json in the Criterion folder');
        found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (let i = 1; i < found.length; i++) {
            if (found[i].name === found[i - 1].name)
                throw new errors_ParseError(found[i].where, 1, `expected each benchmark id once, "${found[i].name}" is also in ${found[i - 1].where}`);
        }
        return found.flatMap((f) => f.series);
    },
};

;// CONCATENATED MODULE: ./src/parse/cargocriterion.ts



const cargoCriterion = {
    name: 'cargocriterion',
    describe: 'cargo criterion --message-format=json',
    detect(text) {
        return /^\{\s*"reason"\s*:\s*"(?:benchmark-complete|group-complete)"/m.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const out = [];
        const seen = new Map();
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const lineNo = i + 1;
            const line = lines[i].trim();
            if (!line.startsWith('{'))
                continue;
            let msg;
            try {
                msg = JSON.parse(line);
            }
            catch {
                throw new errors_ParseError(file, lineNo, 'expected one JSON message per line', line);
            }
            if (!isRecord(msg) || msg.reason !== 'benchmark-complete')
                continue;
            const fail = (what, v) => {
                throw new errors_ParseError(file, lineNo, what, describeJson(v));
            };
            const num = (v, what) => typeof v === 'number' && Number.isFinite(v) ? v : fail(`expected a number for ${what}`, v);
            const name = typeof msg.id === 'string' && msg.id !== '' ? msg.id : fail('expected a non-empty "id"', msg.id);
            const unit = typeof msg.unit === 'string' ? msg.unit : fail(`expected a "unit" for "${name}"`, msg.unit);
            const first = seen.get(name);
            if (first !== undefined)
                throw new errors_ParseError(file, lineNo, `expected each benchmark once, "${name}" already appeared on line ${first}`);
            seen.set(name, lineNo);
            const median = isRecord(msg.median)
                ? msg.median
                : fail(`expected a "median" estimate for "${name}"`, msg.median);
            const m = {
                name,
                unit,
                median: {
                    estimate: num(median.estimate, `"median.estimate" of "${name}"`),
                    low: median.lower_bound === undefined
                        ? undefined
                        : num(median.lower_bound, `"median.lower_bound" of "${name}"`),
                    high: median.upper_bound === undefined
                        ? undefined
                        : num(median.upper_bound, `"median.upper_bound" of "${name}"`),
                },
            };
            if (msg.measured_values !== undefined || msg.iteration_count !== undefined) {
                const values = Array.isArray(msg.measured_values)
                    ? msg.measured_values
                    : fail(`expected a list for "measured_values" of "${name}"`, msg.measured_values);
                const iters = Array.isArray(msg.iteration_count)
                    ? msg.iteration_count
                    : fail(`expected a list for "iteration_count" of "${name}"`, msg.iteration_count);
                if (values.length !== iters.length)
                    throw new errors_ParseError(file, lineNo, `expected as many "measured_values" as "iteration_count" for "${name}"`);
                m.samples = values.map((v, k) => {
                    const n = num(iters[k], `"iteration_count" of "${name}"`);
                    if (n <= 0)
                        fail(`expected positive iteration counts for "${name}"`, n);
                    return num(v, `"measured_values" of "${name}"`) / n;
                });
            }
            if (Array.isArray(msg.throughput) && msg.throughput.length > 0) {
                const t = msg.throughput[0];
                if (isRecord(t) && typeof t.unit === 'string') {
                    const kind = throughputKind(t.unit);
                    if (kind)
                        m.throughput = {
                            kind,
                            perIteration: num(t.per_iteration, `"throughput.per_iteration" of "${name}"`),
                        };
                }
            }
            for (const s of criterionSeries(m, file, () => lineNo))
                out.push(s);
        }
        if (out.length === 0)
            throw new errors_ParseError(file, lines.length, 'expected at least one "benchmark-complete" message');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/jsonscan.ts
/**
 * Read the elements of one top-level array of a large JSON document one at a time, so a 100 MB Google
 * Benchmark file never exists twice in memory (once as text, once as a tree of objects). The scanner
 * only finds where each element starts and ends (strings and nesting respected); each element is then
 * handed to JSON.parse, which also validates it. Every other top-level value is validated with
 * JSON.parse too, so what this accepts is exactly what JSON.parse of the whole text would accept.
 */


const QUOTE = 34;
const BACKSLASH = 92;
function jsonscan_isWs(c) {
    return c === 32 || c === 10 || c === 13 || c === 9;
}
/** Counts lines incrementally: offsets are asked for in increasing order, so the file is scanned once. */
class LineCounter {
    text;
    pos = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (offset < this.pos) {
            this.pos = 0;
            this.line = 1;
        }
        let nl = this.text.indexOf('\n', this.pos);
        while (nl >= 0 && nl < offset) {
            this.line++;
            nl = this.text.indexOf('\n', nl + 1);
        }
        this.pos = offset;
        return this.line;
    }
}
/** Index just past the string that opens at `i`, or -1 when the text ends inside it. */
function endOfString(text, i) {
    let j = i + 1;
    for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
            return -1;
        let k = q - 1;
        let backslashes = 0;
        while (text.charCodeAt(k) === BACKSLASH) {
            backslashes++;
            k--;
        }
        if (backslashes % 2 === 0)
            return q + 1;
        j = q + 1;
    }
}
/** Index just past the value that starts at `i`, or -1 when the text ends inside it. */
function endOfValue(text, i) {
    const n = text.length;
    const first = text.charCodeAt(i);
    if (first === QUOTE)
        return endOfString(text, i);
    if (first === 123 || first === 91) {
        let depth = 0;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
                i = endOfString(text, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c === 123 || c === 91)
                depth++;
            else if (c === 125 || c === 93) {
                depth--;
                if (depth === 0)
                    return i + 1;
            }
            i++;
        }
        return -1;
    }
    // a number, true, false or null: up to the next delimiter
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 44 || c === 93 || c === 125 || jsonscan_isWs(c))
            return i;
        i++;
    }
    return i;
}
function skipWs(text, i) {
    while (i < text.length && jsonscan_isWs(text.charCodeAt(i)))
        i++;
    return i;
}
/**
 * Walk a document `{ ..., "<key>": [ e0, e1, ... ], ... }`. Returns false when the top level is an
 * object without `key` (or `key` is not an array); throws a ParseError naming the line for anything
 * that is not valid JSON.
 */
function scanArrayUnderKey(text, file, key, h) {
    const lines = new LineCounter(text);
    const fail = (at, expected, found) => {
        throw new errors_ParseError(file, lines.at(Math.min(at, text.length)), expected, found);
    };
    const truncated = () => fail(text.length, 'expected complete JSON, the file ends early (truncated?)');
    const parse = (start, end) => {
        try {
            return JSON.parse(text.slice(start, end));
        }
        catch (e) {
            // One line with the exact spot, whatever V8's message looks like in this Node version.
            throw jsonParseError(text.slice(start, end), file, e, start, text);
        }
    };
    const lineAt = (offset) => lines.at(offset);
    const foundAt = (i) => (i >= text.length ? 'the end of the file' : text.slice(i, i + 20));
    let i = skipWs(text, 0);
    if (text.charCodeAt(i) !== 123)
        fail(i, 'expected a JSON object', foundAt(i));
    i = skipWs(text, i + 1);
    let sawKey = false;
    if (text.charCodeAt(i) === 125)
        i++;
    else {
        for (;;) {
            if (i >= text.length)
                truncated();
            if (text.charCodeAt(i) !== QUOTE)
                fail(i, 'expected a quoted key in the JSON object', foundAt(i));
            const keyEnd = endOfString(text, i);
            if (keyEnd < 0)
                truncated();
            const k = parse(i, keyEnd);
            i = skipWs(text, keyEnd);
            if (text.charCodeAt(i) !== 58)
                fail(i, `expected ":" after the key "${k}"`, foundAt(i));
            i = skipWs(text, i + 1);
            if (i >= text.length)
                truncated();
            if (k === key && text.charCodeAt(i) === 91) {
                sawKey = true;
                i = skipWs(text, i + 1);
                let index = 0;
                if (text.charCodeAt(i) === 93)
                    i++;
                else {
                    for (;;) {
                        if (i >= text.length)
                            truncated();
                        // Fast path for flat objects (every Google Benchmark row): try the text up to the first
                        // "}". If that parses, it is the element, since a JSON value has exactly one end; if the
                        // "}" sat inside a string or closed a nested object, it fails and the element is scanned.
                        let end = -1;
                        let value;
                        if (text.charCodeAt(i) === 123) {
                            const close = text.indexOf('}', i);
                            if (close > 0) {
                                try {
                                    value = JSON.parse(text.slice(i, close + 1));
                                    end = close + 1;
                                }
                                catch {
                                    end = -1;
                                }
                            }
                        }
                        if (end < 0) {
                            end = endOfValue(text, i);
                            if (end < 0)
                                truncated();
                            value = parse(i, end);
                        }
                        h.element(value, i, index++, lineAt);
                        i = skipWs(text, end);
                        const c = text.charCodeAt(i);
                        if (c === 93) {
                            i++;
                            break;
                        }
                        if (c !== 44) {
                            if (i >= text.length)
                                truncated();
                            fail(i, `expected "," or "]" after element ${index - 1} of "${key}"`, foundAt(i));
                        }
                        i = skipWs(text, i + 1);
                    }
                }
            }
            else {
                const end = endOfValue(text, i);
                if (end < 0)
                    truncated();
                const value = parse(i, end);
                h.other?.(k, value, lines.at(i));
                i = end;
            }
            i = skipWs(text, i);
            const c = text.charCodeAt(i);
            if (c === 125) {
                i++;
                break;
            }
            if (c !== 44) {
                if (i >= text.length)
                    truncated();
                fail(i, 'expected "," or "}" in the JSON object', foundAt(i));
            }
            i = skipWs(text, i + 1);
        }
    }
    i = skipWs(text, i);
    if (i < text.length)
        fail(i, 'expected the end of the JSON document', foundAt(i));
    return sawKey;
}

;// CONCATENATED MODULE: ./src/parse/googlebenchmark.ts




/** Keys of a row that are not measurements. */
const NOT_COUNTERS = new Set([
    'name',
    'family_index',
    'per_family_instance_index',
    'run_name',
    'run_type',
    'repetitions',
    'repetition_index',
    'threads',
    'iterations',
    'real_time',
    'cpu_time',
    'time_unit',
    'aggregate_name',
    'aggregate_unit',
    'error_occurred',
    'error_message',
    'skipped',
    'skip_message',
    'label',
    'big_o',
    'cpu_coefficient',
    'real_coefficient',
    'rms',
]);
const TIME_UNITS = new Set(['ns', 'us', 'ms', 's']);
function counterUnit(key) {
    if (key === 'bytes_per_second')
        return { rawUnit: 'B/s' };
    if (key === 'items_per_second')
        return { rawUnit: 'items/s' };
    const rate = /(?:per_?sec(?:ond)?|_rate|rate$|\/s)$/i.test(key);
    return { rawUnit: '', direction: rate ? 'bigger' : 'smaller' };
}
/** `BM_x_mean` etc.: an aggregate's name in versions before run_type / aggregate_name. */
const LEGACY_AGGREGATE = /^(.+)_(mean|median|stddev|cv|BigO|RMS)$/;
const googleBenchmark = {
    name: 'googlebenchmark',
    describe: 'Google Benchmark --benchmark_format=json (or --benchmark_out=FILE)',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/^\s*\{\s*"context"\s*:/.test(head) &&
            /"benchmarks"\s*:\s*\[/.test(head) &&
            /"(?:run_type|time_unit|real_time)"\s*:/.test(head));
    },
    parse(text, file) {
        const runs = new Map();
        let lineOf = () => 1;
        let rows = 0;
        let skipped = 0;
        const deferred = [];
        /** Record one row under `runName`; `aggName` says which aggregate it is, undefined for an iteration. */
        const take = (row, runName, aggName, offset) => {
            const name = row.name;
            const line = () => lineOf(offset);
            const wrong = (what, v) => {
                throw new errors_ParseError(file, line(), what, describeJson(v));
            };
            if (aggName !== undefined && aggName !== 'mean' && aggName !== 'median' && aggName !== 'stddev')
                return;
            const stat = aggName;
            const unit = row.time_unit;
            if (typeof unit !== 'string' || !TIME_UNITS.has(unit))
                wrong(`expected "time_unit" of "${name}" to be ns, us, ms or s`, unit);
            let run = runs.get(runName);
            if (!run) {
                run = { name: runName, offset, metrics: new Map() };
                runs.set(runName, run);
            }
            const record = (metric, rawUnit, v, direction) => {
                let m = run.metrics.get(metric);
                if (!m) {
                    m = { rawUnit, direction, samples: [] };
                    run.metrics.set(metric, m);
                }
                if (stat === undefined)
                    m.samples.push(v);
                else
                    m[stat] = v;
            };
            for (const key of ['real_time', 'cpu_time']) {
                const v = row[key];
                if (typeof v !== 'number' || !Number.isFinite(v))
                    wrong(`expected a number for "${key}" of "${name}"`, v);
                record(key === 'real_time' ? 'time' : 'cpu_time', unit, v);
            }
            for (const key in row) {
                if (NOT_COUNTERS.has(key))
                    continue;
                const v = row[key];
                if (typeof v !== 'number')
                    continue; // a string field a newer version added; not a measurement
                if (!Number.isFinite(v))
                    wrong(`expected a finite number for "${key}" of "${name}"`, v);
                const cu = counterUnit(key);
                record(key, cu.rawUnit, v, cu.direction);
            }
        };
        const found = scanArrayUnderKey(text, file, 'benchmarks', {
            element(row, offset, index, lineAt) {
                rows++;
                lineOf = lineAt;
                const line = () => lineAt(offset);
                if (!isRecord(row)) {
                    throw new errors_ParseError(file, line(), `expected an object for benchmark ${index}`, describeJson(row));
                }
                const wrong = (what, v) => {
                    throw new errors_ParseError(file, line(), what, describeJson(v));
                };
                if (typeof row.name !== 'string' || row.name === '')
                    wrong(`expected a non-empty string for "name" of benchmark ${index}`, row.name);
                const name = row.name;
                if (row.error_occurred === true || row.skipped === true) {
                    skipped++;
                    return;
                }
                const legacy = LEGACY_AGGREGATE.exec(name);
                if (legacy &&
                    row.run_type === undefined &&
                    row.aggregate_name === undefined &&
                    row.run_name === undefined) {
                    // Before run_type (Google Benchmark < 1.5), aggregates were only a name suffix. Decided once every
                    // row is in: a "_mean" row is an aggregate only beside its iterations or sibling aggregates.
                    deferred.push({ row, offset, base: legacy[1], stat: legacy[2] });
                    return;
                }
                const runName = typeof row.run_name === 'string' && row.run_name !== '' ? row.run_name : name;
                const aggregate = row.run_type === 'aggregate' ||
                    (row.run_type === undefined && typeof row.aggregate_name === 'string');
                take(row, runName, aggregate ? row.aggregate_name : undefined, offset);
            },
        });
        const siblings = new Map();
        for (const d of deferred)
            siblings.set(d.base, (siblings.get(d.base) ?? 0) + 1);
        for (const d of deferred) {
            if (runs.has(d.base) || siblings.get(d.base) > 1)
                take(d.row, d.base, d.stat, d.offset);
            else
                take(d.row, d.row.name, undefined, d.offset);
        }
        if (!found)
            throw new errors_ParseError(file, 1, 'expected a "benchmarks" list in the Google Benchmark JSON');
        if (runs.size === 0) {
            throw new errors_ParseError(file, 1, rows === 0
                ? 'expected at least one benchmark in "benchmarks", got []'
                : `expected at least one benchmark with a result, ${skipped} reported errors or were skipped`);
        }
        const out = [];
        for (const run of runs.values()) {
            for (const [metric, m] of run.metrics) {
                const hasSamples = m.samples.length > 0;
                const value = hasSamples ? medianOf(m.samples) : (m.median ?? m.mean);
                if (value === undefined)
                    continue; // only a stddev row: nothing to compare
                const raw = { name: run.name, metric, rawUnit: m.rawUnit, value, direction: m.direction };
                if (hasSamples)
                    raw.samples = m.samples;
                if (m.stddev !== undefined)
                    raw.spread = { stddev: m.stddev };
                out.push(makeSeriesAt(raw, file, () => lineOf(run.offset)));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/text-scan.ts
/**
 * For the line readers that read a text in place: its lines as offsets (`LineCursor`), and searches of
 * the whole text that go on from the last one's result instead of starting again at every line, so
 * that answering them for every line of a file reads the file once (an `indexOf` bounded by the line
 * would not find out more cheaply that a line holds no such string, and an unbounded one per line is
 * quadratic).
 */

/**
 * The lines of a text as `eachLine` splits them (LF or CRLF; the text after the last LF is a line too),
 * at their offsets: `while (lines.next())` visits each, with no string and no closure per line.
 */
class LineCursor {
    text;
    /** The line's first offset. */
    start = 0;
    /** Its end, before its CR LF or LF (or the text's end). */
    end = 0;
    /** Its LF, or text.length for the last line. */
    stop = 0;
    /** Its number from 1; after the last line, the number of lines. */
    n = 0;
    /** Where the next line starts, or -1 after the last. */
    following = 0;
    constructor(text) {
        this.text = text;
    }
    /** Move to the next line; false when there is none. */
    next() {
        const start = this.following;
        if (start < 0)
            return false;
        const text = this.text;
        const nl = text.indexOf('\n', start);
        const stop = nl < 0 ? text.length : nl;
        this.start = start;
        this.stop = stop;
        this.end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
        this.n++;
        this.following = nl < 0 ? -1 : nl + 1;
        return true;
    }
}
/** The first occurrence of one string at or after an offset that never decreases between calls. */
class NextOf {
    text;
    s;
    /** The first occurrence at or after the last search's start, or text.length when there is none. */
    at = -1;
    constructor(text, s) {
        this.text = text;
        this.s = s;
    }
    /** The first offset at or after `from` where the string starts, or text.length; `from` >= last call's. */
    from(from) {
        if (this.at < from) {
            const i = this.text.indexOf(this.s, from);
            this.at = i < 0 ? this.text.length : i;
        }
        return this.at;
    }
    /** Whether the string occurs within text[from, to) (`from` >= last call's). */
    within(from, to) {
        return this.from(from) + this.s.length <= to;
    }
}
/**
 * Where `holdsLineTerminator` of a slice is asked of offsets: whether text[from, to) holds a CR,
 * U+2028 or U+2029 (where a regex's `.` stops), `from` never decreasing between calls.
 */
class LineTerminators {
    cr;
    ls;
    ps;
    constructor(text) {
        this.cr = new NextOf(text, '\r');
        this.ls = new NextOf(text, '\u2028');
        this.ps = new NextOf(text, '\u2029');
    }
    within(from, to) {
        return this.cr.from(from) < to || this.ls.from(from) < to || this.ps.from(from) < to;
    }
}
/** `[0-9]` */
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/**
 * The plain decimal a console prints (`35.96`, `1.2345e-4`) read in the one pass that finds where it
 * ends, with the value `numberIn` gives it: a reader that checks a number's syntax by hand need not
 * have numberIn read it again. One per reader.
 */
class PlainDecimal {
    /**
     * The value of the number `end` returned, as numberIn reads it (an exact mantissa below 2^53 and a
     * decimal exponent within ±22, one IEEE operation); NaN for any other, which numberIn must read.
     */
    value = NaN;
    /**
     * The end of `\d+(?:\.\d+)?(?:e[-+]?\d+)?` at text[from, to), as far as it goes: a `.` or an `e`
     * without its digits after it is not read. `from` when no digit starts there.
     */
    read(text, from, to) {
        let i = from;
        let m = 0;
        let c = 0;
        while (i < to && isDigit((c = text.charCodeAt(i)))) {
            m = m * 10 + (c - 48);
            i++;
        }
        if (i === from)
            return from;
        let scale = 0;
        if (i + 1 < to && text.charCodeAt(i) === 46 /* . */ && isDigit(text.charCodeAt(i + 1))) {
            i++;
            while (i < to && isDigit((c = text.charCodeAt(i)))) {
                m = m * 10 + (c - 48);
                scale--;
                i++;
            }
        }
        if (i + 1 < to && text.charCodeAt(i) === 101 /* e */) {
            let j = i + 1;
            const sign = text.charCodeAt(j);
            if (sign === 43 || sign === 45)
                j++;
            const digits = j;
            let exp = 0;
            while (j < to && isDigit((c = text.charCodeAt(j)))) {
                exp = exp * 10 + (c - 48);
                j++;
            }
            if (j > digits) {
                scale += sign === 45 ? -exp : exp;
                i = j;
            }
        }
        this.value = exactDecimal(m, scale);
        return i;
    }
}
/**
 * What an in-place line reader keeps for its whole text: the text, its line-terminator searches and a
 * decimal reader. Readers extend it.
 */
class TextReader {
    text;
    terminators;
    num = new PlainDecimal();
    constructor(text) {
        this.text = text;
        this.terminators = new LineTerminators(text);
    }
}

;// CONCATENATED MODULE: ./src/parse/googlebenchmark-text.ts






const googlebenchmark_text_TIME_UNITS = ['ns', 'us', 'ms', 's'];
const CONSOLE_UNITS = [...googlebenchmark_text_TIME_UNITS, '%'];
const AGGREGATES = ['_mean', '_median', '_stddev', '_cv'];
/** `204.287M/s`, `4.096k`, `64`, `1.12893k/s` → the number (1024-based for bytes), or undefined. */
function counterValue(text, key) {
    const t = text.endsWith('/s') ? text.slice(0, -2) : text;
    const last = t.charAt(t.length - 1);
    const power = 'kMGTPE'.indexOf(last) + 1;
    const n = readNumber(power > 0 ? t.slice(0, -1) : t);
    if (n === undefined)
        return undefined;
    return n * (key === 'bytes_per_second' ? 1024 : 1000) ** power;
}
/**
 * The rows read so far, merged per printed name as they come: a 100 MB table holds millions of rows
 * and several series per row, so nothing is kept per row, and each printed (name, metric) is a record
 * in parallel arrays (its metric, first line, place in that row, unit, direction, values) rather than
 * an object with a list of values. Names in order of first appearance.
 */
class PrintedRows {
    names = new KeyTable();
    nameList = [];
    /** Each name's first and last record, -1 before it has one. */
    firstRec = [];
    lastRec = [];
    // the records, by record number
    metric = [];
    line = [];
    pos = [];
    rawUnit = [];
    direction = [];
    /** The first value; the later ones (repetitions) in `more`. */
    first = [];
    more = [];
    /** The name's next record, -1 for its last. */
    next = [];
    lastName;
    lastId = -1;
    /** The number of a printed name, registered on its first row. */
    name(name) {
        // repetitions print a name on consecutive rows: comparing it with the last one beats hashing it
        if (name === this.lastName)
            return this.lastId;
        let id = this.names.idOf(name, '');
        if (id < 0) {
            this.nameList.push(name);
            this.firstRec.push(-1);
            this.lastRec.push(-1);
            id = -1 - id;
        }
        this.lastName = name;
        this.lastId = id;
        return id;
    }
    /** `name(t.slice(a, b))`, without the slice when it is the last name again (repetitions). */
    nameAt(t, a, b) {
        const last = this.lastName;
        if (last !== undefined && last.length === b - a && isAt(t, last, a))
            return this.lastId;
        return this.name(t.slice(a, b));
    }
    /** Value number `pos` of a row of name `g`: another value of its metric, or the metric's first. */
    value(g, line, pos, metric, rawUnit, value, dir) {
        for (let r = this.firstRec[g]; r >= 0; r = this.next[r]) {
            if (this.metric[r] === metric) {
                const more = this.more[r];
                if (more)
                    more.push(value);
                else
                    this.more[r] = [value];
                return;
            }
        }
        const r = this.metric.length;
        this.metric.push(metric);
        this.line.push(line);
        this.pos.push(pos);
        this.rawUnit.push(rawUnit);
        this.direction.push(dir);
        this.first.push(value);
        this.more.push(undefined);
        this.next.push(-1);
        if (this.lastRec[g] < 0)
            this.firstRec[g] = r;
        else
            this.next[this.lastRec[g]] = r;
        this.lastRec[g] = r;
    }
    /** A counter's value, with its unit and direction from the key. */
    counter(g, line, pos, key, value) {
        const cu = counterUnit(key);
        this.value(g, line, pos, key, cu.rawUnit, value, cu.direction);
    }
    records(g) {
        return this.firstRec[g];
    }
    /** A record's values in file order. */
    values(r) {
        const more = this.more[r];
        return more ? [this.first[r], ...more] : [this.first[r]];
    }
}
/** Rows grouped by benchmark, aggregates told apart, turned into series. */
function googlebenchmark_text_seriesOf(rows, file) {
    const names = rows.nameList;
    const printed = (name) => rows.names.find(name, '') >= 0;
    const aggregateOf = (name) => {
        for (const kind of AGGREGATES) {
            if (!name.endsWith(kind))
                continue;
            const base = name.slice(0, -kind.length);
            if (printed(base) || AGGREGATES.some((k) => k !== kind && printed(base + k)))
                return { base, kind };
        }
        return undefined;
    };
    // The runs in order of first appearance: a name without aggregates (most of them) is a run of its
    // own, its records already in (line, place) order, kept as its number; the names of a benchmark
    // with aggregates are merged into a list of accumulators per base name.
    // (base names numbered by a KeyTable, their lists by number: Maps of a million names cost more)
    const aggs = names.map(aggregateOf);
    const bases = new KeyTable();
    const merged = [];
    for (const a of aggs)
        if (a && bases.idOf(a.base, '') < 0)
            merged.push([]);
    const runs = [];
    const started = [];
    for (let g = 0; g < names.length; g++) {
        const agg = aggs[g];
        const base = agg ? agg.base : names[g];
        const id = merged.length > 0 ? bases.find(base, '') : -1;
        if (id < 0) {
            runs.push({ name: base, run: g });
            continue;
        }
        const run = merged[id];
        if (!started[id]) {
            started[id] = true;
            runs.push({ name: base, run });
        }
        for (let r = rows.records(g); r >= 0; r = rows.next[r]) {
            const metric = rows.metric[r];
            let acc = run.find((a) => a.metric === metric);
            if (!acc)
                run.push((acc = {
                    metric,
                    line: rows.line[r],
                    pos: rows.pos[r],
                    rawUnit: rows.rawUnit[r],
                    direction: rows.direction[r],
                    samples: [],
                    agg: {},
                }));
            else if (rows.line[r] < acc.line) {
                // the metric's first row in the file decides its unit, line and place, as row by row would
                Object.assign(acc, {
                    line: rows.line[r],
                    pos: rows.pos[r],
                    rawUnit: rows.rawUnit[r],
                    direction: rows.direction[r],
                });
            }
            // only the base name itself gives samples; an aggregate name gives its last printed value
            const values = rows.values(r);
            if (agg)
                acc.agg[agg.kind] = values[values.length - 1];
            else
                acc.samples = values;
        }
    }
    const out = [];
    for (const { name, run } of runs) {
        if (typeof run === 'number') {
            for (let r = rows.records(run); r >= 0; r = rows.next[r]) {
                const raw = {
                    name,
                    metric: rows.metric[r],
                    rawUnit: rows.rawUnit[r],
                    value: rows.first[r],
                    direction: rows.direction[r],
                };
                if (rows.more[r]) {
                    const samples = rows.values(r);
                    raw.value = medianOf(samples);
                    raw.samples = samples;
                }
                else
                    raw.origin = 'console';
                out.push(makeSeries(raw, file, rows.line[r]));
            }
            continue;
        }
        run.sort((x, y) => x.line - y.line || x.pos - y.pos);
        for (const a of run) {
            const metric = a.metric;
            const value = a.samples.length > 0 ? medianOf(a.samples) : (a.agg._median ?? a.agg._mean);
            if (value === undefined)
                continue;
            const raw = { name, metric, rawUnit: a.rawUnit, value, direction: a.direction };
            if (a.samples.length > 1)
                raw.samples = a.samples;
            else
                raw.origin = 'console';
            if (a.agg._stddev !== undefined)
                raw.spread = { stddev: a.agg._stddev };
            out.push(makeSeries(raw, file, a.line));
        }
    }
    if (out.length === 0)
        throw new errors_ParseError(file, 1, 'expected at least one benchmark row');
    return out;
}
/**
 * The whitespace-separated fields (`\S+`) of a line, text[s, e), as offsets into the text: `start[j]`,
 * `end[j]` for j < `count`. One scanner reused for every line, so a row allocates only the fields it
 * reads.
 */
class Fields {
    start = [];
    end = [];
    count = 0;
    line = '';
    scan(t, s, e) {
        this.line = t;
        let n = 0;
        let i = s;
        while (i < e) {
            // printable ASCII other than the space is never a blank: most characters are decided here
            for (; i < e; i++) {
                const c = t.charCodeAt(i);
                if ((c > 32 && c < 127) || !isJsSpace(c))
                    break;
            }
            if (i >= e)
                break;
            const a = i;
            for (; i < e; i++) {
                const c = t.charCodeAt(i);
                if (!(c > 32 && c < 127) && isJsSpace(c))
                    break;
            }
            this.start[n] = a;
            this.end[n] = i;
            n++;
        }
        this.count = n;
    }
    text(j) {
        return this.line.slice(this.start[j], this.end[j]);
    }
    /** Whether field j is exactly `s`, without slicing it. */
    is(j, s) {
        return this.end[j] - this.start[j] === s.length && isAt(this.line, s, this.start[j]);
    }
    /** Field j as one of the time units or `%` (a shared string, not a slice per row), else undefined. */
    unit(j) {
        for (let u = 0; u < CONSOLE_UNITS.length; u++)
            if (this.is(j, CONSOLE_UNITS[u]))
                return CONSOLE_UNITS[u];
        return undefined;
    }
    /** `readNumber` of field j, read in place. */
    number(j) {
        return numberIn(this.line, this.start[j], this.end[j]);
    }
    /** Whether field j is all ASCII digits (`/^\d+$/`). */
    isDigits(j) {
        for (let k = this.start[j]; k < this.end[j]; k++) {
            const c = this.line.charCodeAt(k);
            if (c < 48 || c > 57)
                return false;
        }
        return true;
    }
    /** Whether the line is a rule (`-----`): one field of dashes only. */
    isRule() {
        if (this.count !== 1)
            return false;
        for (let k = this.start[0]; k < this.end[0]; k++)
            if (this.line.charCodeAt(k) !== 45)
                return false;
        return true;
    }
}
const CONSOLE_HEADER = /^Benchmark\s+Time\s+CPU\s+Iterations(?:\s|$)/;
/** The console table's rows, one line at a time. */
class ConsoleReader {
    file;
    rows = new PrintedRows();
    tabular;
    inTable = false;
    f = new Fields();
    constructor(file) {
        this.file = file;
    }
    /** The line text[s, e) (no line end, no colours) as line n. */
    line(t, s, e, n) {
        const file = this.file;
        if (e - s >= 9 && isAt(t, 'Benchmark', s)) {
            const line = t.slice(s, e);
            if (CONSOLE_HEADER.test(line)) {
                const extra = line.trim().split(/\s+/).slice(4);
                this.tabular =
                    extra.length === 0 || (extra.length === 1 && extra[0] === 'UserCounters...') ? undefined : extra;
                this.inTable = true;
                return;
            }
        }
        if (!this.inTable)
            return;
        const f = this.f;
        f.scan(t, s, e);
        if (f.count === 0 || f.isRule())
            return;
        let k = 1;
        for (; k + 4 < f.count; k++) {
            if (f.unit(k + 1) !== undefined &&
                f.unit(k + 3) !== undefined &&
                f.isDigits(k + 4) &&
                f.number(k) !== undefined &&
                f.number(k + 2) !== undefined)
                break;
        }
        if (k + 4 >= f.count) {
            const line = t.slice(s, e);
            // complexity fits (`BM_Sort_BigO 2.43 NlgN`, `BM_Sort_RMS 29 %`) and SkipWithError rows, as in the JSON
            if (/_(?:BigO|RMS)$/.test(f.count > 0 ? f.text(0) : '') || /ERROR OCCURRED|SKIPPED/.test(line))
                return;
            throw new errors_ParseError(file, n, 'expected "<name> <time> <unit> <cpu> <unit> <iterations>"', line.trim());
        }
        // the name is the line before the numbers, trimmed: from the first field to the end of field k - 1
        const a = f.start[0];
        const b = f.end[k - 1];
        const percent = f.is(k + 1, '%');
        // a _cv row (percentages) adds nothing, not even its name, but its counters are still checked
        const rows = this.rows;
        const g = percent && b - a >= 3 && isAt(t, '_cv', b - 3) ? -1 : rows.nameAt(t, a, b);
        let pos = 0;
        if (!percent) {
            rows.value(g, n, pos++, 'time', f.unit(k + 1) ?? '', Number(f.number(k)));
            rows.value(g, n, pos++, 'cpu_time', f.unit(k + 3) ?? '', Number(f.number(k + 2)));
        }
        const tabular = this.tabular;
        for (let j = 0; k + 5 + j < f.count; j++) {
            const c = f.text(k + 5 + j);
            const eq = c.indexOf('=');
            const key = tabular ? tabular[j] : c.slice(0, eq);
            const value = tabular ? c : c.slice(eq + 1);
            if (key === undefined || (!tabular && eq <= 0))
                throw new errors_ParseError(file, n, `expected a counter "key=value" after the iterations of "${t.slice(a, b)}"`, c);
            if (value.endsWith('%'))
                continue; // a _cv row's counters
            const v = counterValue(value, key);
            if (v === undefined)
                throw new errors_ParseError(file, n, `expected a number for counter "${key}" of "${t.slice(a, b)}"`, value);
            if (g >= 0)
                rows.counter(g, n, pos++, key, v);
        }
    }
}
function parseConsole(text, file) {
    const r = new ConsoleReader(file);
    if (text.includes('\u001b')) {
        eachPlainLine(text, (line, n) => r.line(line, 0, line.length, n));
        return googlebenchmark_text_seriesOf(r.rows, file);
    }
    // without colours, each line is read in place: the lines eachLine would give, unsliced
    const lines = new LineCursor(text);
    while (lines.next())
        r.line(text, lines.start, lines.end, lines.n);
    return googlebenchmark_text_seriesOf(r.rows, file);
}
const CSV_HEADER = 'name,iterations,real_time,cpu_time,time_unit,';
function parseCsv(text, file) {
    const rows = new PrintedRows();
    let columns;
    // the columns every row reads, found once in the header
    let at = { real: -1, cpu: -1, unit: -1, error: -1, counters: [] };
    const f = new CsvRow();
    eachLine(text, (line, n) => {
        if (!columns) {
            if (!line.startsWith(CSV_HEADER))
                return;
            columns = csvFields(line) ?? [];
            const cols = columns;
            at = {
                real: cols.indexOf('real_time'),
                cpu: cols.indexOf('cpu_time'),
                unit: cols.indexOf('time_unit'),
                error: cols.indexOf('error_occurred'),
                counters: cols.flatMap((c, j) => j < 5 || c === 'label' || c === 'error_occurred' || c === 'error_message' ? [] : [j]),
            };
            return;
        }
        if (line.trim() === '')
            return;
        // fields read in place: a row is a few dozen bytes and several series
        if (!f.scan(line) || f.count !== columns.length)
            throw new errors_ParseError(file, n, `expected ${columns.length} comma-separated fields`, line);
        const name = f.text(0);
        if ((at.error >= 0 && f.is(at.error, 'true')) || name.endsWith('_BigO') || name.endsWith('_RMS'))
            return;
        const cols = columns;
        const num = (j) => {
            const v = f.number(j);
            if (v === undefined)
                throw new errors_ParseError(file, n, `expected a number for "${cols[j]}" of "${name}"`, f.text(j));
            return v;
        };
        const unit = googlebenchmark_text_TIME_UNITS.find((u) => f.is(at.unit, u));
        if (unit === undefined)
            throw new errors_ParseError(file, n, 'expected a time_unit of ns, us, ms or s', f.text(at.unit));
        const g = rows.name(name);
        if (!name.endsWith('_cv')) {
            rows.value(g, n, 0, 'time', unit, num(at.real));
            rows.value(g, n, 1, 'cpu_time', unit, num(at.cpu));
            let pos = 2;
            for (const j of at.counters)
                if (!f.isEmpty(j))
                    rows.counter(g, n, pos++, cols[j], num(j));
        }
    });
    if (!columns)
        throw new errors_ParseError(file, 1, `expected the Google Benchmark CSV header "${CSV_HEADER}…"`);
    return googlebenchmark_text_seriesOf(rows, file);
}
const googleBenchmarkConsole = {
    name: 'googlebenchmark-console',
    describe: 'Google Benchmark console output (the table a benchmark binary prints)',
    detect(text) {
        const head = stripAnsi(text.slice(0, 65536));
        return /^-{20,400}\r?\nBenchmark {2,200}Time {2,200}CPU {2,200}Iterations/m.test(head);
    },
    parse: parseConsole,
};
const googleBenchmarkCsv = {
    name: 'googlebenchmark-csv',
    describe: 'Google Benchmark --benchmark_format=csv (or --benchmark_out=FILE --benchmark_out_format=csv)',
    detect(text) {
        return /^name,iterations,real_time,cpu_time,time_unit,/m.test(text.slice(0, 65536));
    },
    parse: parseCsv,
};

;// CONCATENATED MODULE: ./src/parse/pytest.ts



const pytestBenchmark = {
    name: 'pytest',
    describe: 'pytest-benchmark --benchmark-json=FILE',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/"machine_info"\s*:/.test(head) &&
            /"python_(?:implementation|version)"\s*:/.test(head) &&
            /"(?:benchmarks|commit_info)"\s*:/.test(head));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'the pytest-benchmark JSON');
        if (top.benchmarks === undefined)
            r.fail([], 'expected a "benchmarks" list, as pytest --benchmark-json writes');
        const benchmarks = r.array(top.benchmarks, ['benchmarks'], '"benchmarks"');
        if (benchmarks.length === 0) {
            r.fail(['benchmarks'], 'expected at least one benchmark in "benchmarks", got [] (did any test use the benchmark fixture?)');
        }
        const seen = new Map();
        return benchmarks.map((item, i) => {
            const at = ['benchmarks', i];
            const b = r.record(item, at, `benchmark ${i}`);
            const name = b.fullname === undefined
                ? r.string(b.name, [...at, 'name'], `"name" of benchmark ${i}`)
                : r.string(b.fullname, [...at, 'fullname'], `"fullname" of benchmark ${i}`);
            const stats = r.record(b.stats, [...at, 'stats'], `"stats" of "${name}"`);
            let samples = stats.data === undefined || stats.data === null
                ? undefined
                : r.numbers(stats.data, [...at, 'stats', 'data'], `"stats.data" of "${name}"`);
            // Fewer values than rounds: the list was cut (by a tool or an editor), and its median is not the
            // run's. The summary stays right, so it is used without samples.
            const rounds = typeof stats.rounds === 'number' ? stats.rounds : undefined;
            if (samples && samples.length > 0 && rounds !== undefined && samples.length < rounds) {
                sink?.warn(r.line([...at, 'stats', 'data']), `"stats.data" of "${name}" holds ${samples.length} of ${rounds} rounds; its summary is used, without samples`);
                samples = undefined;
            }
            let value;
            if (samples && samples.length > 0)
                value = medianOf(samples);
            else
                value = r.number(stats.median, [...at, 'stats', 'median'], `"stats.median" of "${name}"`);
            const stddev = r.optionalNumber(stats.stddev, [...at, 'stats', 'stddev'], `"stats.stddev" of "${name}"`);
            const first = seen.get(name);
            if (first !== undefined) {
                throw new errors_ParseError(file, r.line(at), `expected each benchmark once, "${name}" is also benchmark ${first}`);
            }
            seen.set(name, i);
            return makeSeriesAt({
                name,
                metric: 'time',
                rawUnit: 's',
                value,
                samples,
                spread: stddev === undefined ? undefined : { stddev },
            }, file, () => r.line(at));
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/pytest-console.ts



const HEADER = /^Name \(time in (ns|us|ms|s)\)\s{2}/;
const pytestConsole = {
    name: 'pytest-console',
    describe: 'pytest-benchmark console tables (pytest output without --benchmark-json)',
    detect(text) {
        const head = stripAnsi(text.slice(0, 1 << 20));
        return /^Name \(time in (?:ns|us|ms|s)\) {2,200}\S/m.test(head) && /benchmark[: ]/.test(head);
    },
    parse(text, file) {
        const lines = textLines(stripAnsi(text)).map((l) => l.slice(l.lastIndexOf('\r') + 1));
        const out = [];
        const unique = new UniqueNames(file);
        let table;
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            const h = HEADER.exec(line);
            if (h) {
                table = {
                    unit: h[1],
                    columns: line
                        .slice(h[0].length)
                        .trim()
                        .split(/\s{2,}/),
                };
                continue;
            }
            if (!table)
                continue;
            const t = line.trim();
            if (t === '' || /^-+(?: benchmark.*-+)?$/.test(t) || t.startsWith('Legend')) {
                if (t === '' || t.startsWith('Legend'))
                    table = undefined;
                continue;
            }
            // cells from the right: a value, maybe followed by its "(relative)" factor
            const tokens = t.split(/\s+/);
            const cells = [];
            let k = tokens.length - 1;
            while (k >= 1 && cells.length < table.columns.length) {
                if (/^\(.*\)$/.test(tokens[k]))
                    k--;
                cells.unshift(tokens[k]);
                k--;
            }
            const name = tokens.slice(0, k + 1).join(' ');
            if (cells.length < table.columns.length || name === '')
                throw new errors_ParseError(file, i + 1, `expected a name and ${table.columns.join(', ')}`, t);
            const cell = (col) => {
                const j = table.columns.indexOf(col);
                if (j < 0)
                    return undefined;
                const v = readNumber(cells[j]);
                if (v === undefined)
                    throw new errors_ParseError(file, i + 1, `expected a number for ${col} of "${name}"`, cells[j]);
                return v;
            };
            const value = cell('Median') ?? cell('Mean') ?? cell('Min');
            if (value === undefined)
                throw new errors_ParseError(file, i + 1, 'expected a Median, Mean or Min column (--benchmark-columns)');
            const sd = cell('StdDev');
            const s = consoleSeries({
                name,
                metric: 'time',
                rawUnit: table.unit,
                value,
                spread: sd === undefined ? undefined : { stddev: sd },
            }, file, i + 1);
            unique.check(s, i + 1);
            out.push(s);
        }
        if (out.length === 0)
            throw new errors_ParseError(file, lines.length, 'expected at least one pytest-benchmark table row');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/hyperfine.ts



const hyperfine = {
    name: 'hyperfine',
    describe: 'hyperfine --export-json FILE',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/^\s*\{\s*"results"\s*:\s*\[/.test(head) &&
            /"command"\s*:/.test(head) &&
            /"(?:times|mean)"\s*:/.test(head));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'the hyperfine export');
        if (top.results === undefined)
            r.fail([], 'expected a "results" list, as hyperfine --export-json writes');
        const results = r.array(top.results, ['results'], '"results"');
        if (results.length === 0)
            r.fail(['results'], 'expected at least one benchmark in "results", got []');
        const seen = new Map();
        return results.map((item, i) => {
            const at = ['results', i];
            const res = r.record(item, at, `result ${i}`);
            const name = r.string(res.command, [...at, 'command'], `"command" of result ${i}`);
            const samples = res.times === undefined || res.times === null
                ? undefined
                : r.numbers(res.times, [...at, 'times'], `"times" of "${name}"`);
            let value;
            if (samples && samples.length > 0)
                value = medianOf(samples);
            else {
                const fallback = r.optionalNumber(res.median, [...at, 'median'], `"median" of "${name}"`) ??
                    r.optionalNumber(res.mean, [...at, 'mean'], `"mean" of "${name}"`);
                if (fallback === undefined)
                    r.fail(at, `expected "times" or "mean" for "${name}"`);
                value = fallback;
            }
            const stddev = r.optionalNumber(res.stddev, [...at, 'stddev'], `"stddev" of "${name}"`);
            const first = seen.get(name);
            if (first !== undefined) {
                throw new errors_ParseError(file, r.line(at), `expected each command once, "${name}" is also result ${first} (line ${r.line(['results', first])})`);
            }
            seen.set(name, i);
            if (Array.isArray(res.exit_codes)) {
                const failed = res.exit_codes.filter((c) => c !== 0 && c !== null).length;
                if (failed > 0)
                    sink?.warn(r.line([...at, 'exit_codes']), `"${name}" exited with a non-zero status in ${failed} of ${res.exit_codes.length} runs (hyperfine -i kept them)`);
            }
            const s = makeSeriesAt({
                name,
                metric: 'time',
                rawUnit: 's',
                value,
                samples,
                spread: stddev === undefined ? undefined : { stddev },
            }, file, () => r.line(at));
            return s;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/hyperfine-export.ts




const hyperfine_export_CSV_HEADER = 'command,mean,stddev,median,user,system,min,max';
/** The CSV reader of one file: the header's columns, then a row per line. */
class CsvReader {
    file;
    out = [];
    unique;
    f = new CsvRow();
    columns = [];
    /** Where `median` and `stddev` are among the columns (-1 before the header). */
    median = -1;
    stddev = -1;
    /** The commas of the usual row, by offset in the text. */
    commas = new Int32Array(0);
    constructor(file) {
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    /** Line `n` as `eachLine` gives it (without its LF or CRLF): the definition of the format. */
    line(line, n) {
        const file = this.file;
        const columns = this.columns;
        if (n === 1) {
            const head = line.replace(/^\uFEFF/, '');
            if (!head.startsWith(hyperfine_export_CSV_HEADER))
                throw new errors_ParseError(file, 1, `expected the hyperfine CSV header "${hyperfine_export_CSV_HEADER}"`, head);
            this.columns = csvFields(head) ?? [];
            this.median = this.columns.indexOf('median');
            this.stddev = this.columns.indexOf('stddev');
            this.commas = new Int32Array(Math.max(0, this.columns.length - 1));
            return;
        }
        if (line.trim() === '')
            return;
        const f = this.f;
        // fields read in place: a file of a million commands slices only their names
        if (!f.scan(line) || f.count !== columns.length)
            throw new errors_ParseError(file, n, `expected ${columns.length} comma-separated fields`, line);
        const num = (name) => {
            const j = columns.indexOf(name);
            const v = f.number(j);
            if (v === undefined)
                throw new errors_ParseError(file, n, `expected a number of seconds for "${name}"`, f.text(j));
            return v;
        };
        this.add(f.text(0), num('median'), num('stddev'), n);
    }
    /**
     * The row text[s, e) (e before its CR, if any) read in place when it is the usual one: the first
     * character not a blank, no field quoted, as many fields as columns, a plain number of seconds in
     * `median` and `stddev`; false for any other line, which `line` then reads.
     */
    usual(text, s, e, n) {
        const c0 = text.charCodeAt(s);
        if (s === e || c0 === 34 /* " */ || isJsSpace(c0))
            return false;
        const commas = this.commas;
        const last = commas.length;
        if (this.median < 0 || this.stddev < 0)
            return false;
        // every comma of the line, as csvFields splits a line without quotes (each search stops at the
        // next comma of the text, which is in this line or the next row: linear over the file)
        let k = 0;
        for (let i = s;; k++) {
            const c = text.indexOf(',', i);
            if (c < 0 || c >= e)
                break;
            if (k === last || text.charCodeAt(c + 1) === 34)
                return false;
            commas[k] = c;
            i = c + 1;
        }
        if (k !== last)
            return false;
        const median = fieldNumber(text, this.fieldStart(s, this.median), this.fieldEnd(e, this.median));
        const stddev = fieldNumber(text, this.fieldStart(s, this.stddev), this.fieldEnd(e, this.stddev));
        if (median === undefined || stddev === undefined)
            return false;
        this.add(text.slice(s, commas[0]), median, stddev, n);
        return true;
    }
    fieldStart(s, j) {
        return j === 0 ? s : this.commas[j - 1] + 1;
    }
    fieldEnd(e, j) {
        return j === this.commas.length ? e : this.commas[j];
    }
    add(name, median, stddev, n) {
        const s = consoleSeries({ name, metric: 'time', rawUnit: 's', value: median, spread: { stddev } }, this.file, n);
        this.unique.check(s, n);
        this.out.push(s);
    }
}
/**
 * `numberIn(text, a, b)` of a CSV field: hyperfine prints seconds with up to 19 significant digits
 * (`0.016727229500000003`), too many for numberIn's exact path, whose general path would look at them
 * four more times before Number; both give the correctly rounded value.
 */
function fieldNumber(text, a, b) {
    let m = 0;
    let point = false;
    for (let i = a; i < b; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57)
            m = m * 10 + (c - 48);
        else if (c === 46 /* . */ && !point)
            point = true;
        else
            return numberIn(text, a, b);
    }
    // digits and at most one point: a mantissa below 2^53 is numberIn's exact path
    if (m < 2 ** 53)
        return numberIn(text, a, b);
    const v = Number(text.slice(a, b));
    return Number.isFinite(v) ? v : undefined;
}
function hyperfine_export_parseCsv(text, file) {
    const r = new CsvReader(file);
    let n = 0;
    for (let s = 0;;) {
        const nl = text.indexOf('\n', s);
        const end = nl < 0 ? text.length : nl;
        const e = end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        if (++n === 1 || !r.usual(text, s, e, n))
            r.line(text.slice(s, e), n);
        if (nl < 0)
            break;
        s = nl + 1;
    }
    if (r.out.length === 0)
        throw new errors_ParseError(file, n, 'expected at least one command row');
    return r.out;
}
const hyperfineCsv = {
    name: 'hyperfine-csv',
    describe: 'hyperfine --export-csv FILE',
    detect(text) {
        return text.replace(/^\uFEFF/, '').startsWith(hyperfine_export_CSV_HEADER);
    },
    parse: hyperfine_export_parseCsv,
};
function flavourOf(text) {
    const head = text.slice(0, 4096);
    if (/^\| Command \| Mean \[[^\]\n]{1,3}\] \| Min \[/m.test(head))
        return 'markdown';
    if (/^\| Command\s{0,4}\|\s{0,4}Mean \[[^\]\n]{1,3}\] \|/m.test(head))
        return 'orgmode';
    if (/^\|===\r?\n\| Command \r?\n\| Mean \[[^\]\n]{1,3}\] \r?\n/m.test(head))
        return 'asciidoc';
    return undefined;
}
/** A command cell without its markup: `` `cmd` `` (Markdown, AsciiDoc) or `=cmd=` (Org). */
function commandOf(cell, flavour) {
    const t = cell.trim();
    if (flavour === 'orgmode' && t.length >= 2 && t.startsWith('=') && t.endsWith('='))
        return t.slice(1, -1);
    if (t.length >= 2 && t.startsWith('`') && t.endsWith('`'))
        return t.slice(1, -1);
    return t;
}
const MEAN_HEADER = /^Mean \[([^\]]+)\]$/;
/**
 * The series of one row from its command and mean cells (`20.9 ± 12.6`, or `1.052` for a single
 * run), read in place: a 100 MB table has a row every hundred bytes.
 */
function rowSeries(name, line, meanFrom, meanTo, unit, file, n) {
    const pm = plusMinus(line, meanFrom, meanTo);
    const meanEnd = pm >= 0 ? pm : meanTo;
    const mean = numberIn(line, meanFrom, meanEnd);
    if (mean === undefined)
        throw new errors_ParseError(file, n, `expected "<mean> ± <stddev>" in ${unit} for "${name}"`, line.slice(meanFrom, meanTo).trim());
    let stddev;
    if (meanEnd < meanTo) {
        // the part after the first ±, up to a second one if any (as `split('±')[1]`)
        const next = plusMinus(line, meanEnd + 1, meanTo);
        stddev = numberIn(line, meanEnd + 1, next >= 0 ? next : meanTo);
    }
    return consoleSeries({
        name,
        metric: 'time',
        rawUnit: unit,
        value: mean,
        spread: stddev === undefined ? undefined : { stddev },
    }, file, n);
}
/** The first `±` in t[from, to), or -1 (a search bounded by the cell: a row may have none). */
function plusMinus(t, from, to) {
    for (let i = from; i < to; i++)
        if (t.charCodeAt(i) === 0xb1)
            return i;
    return -1;
}
/** Whether the trimmed line `l` is a header row, `| Command | …`. */
function isHeaderRow(l) {
    return l.startsWith('|') && l.slice(1, firstBar(l, innerEnd(l))).trim() === 'Command';
}
/**
 * The unit of the last header row (`| Command | Mean [ms] | …`), which gives the unit of every row,
 * found from the end of the text: a table repeated in one file has its last header near the end.
 * Each line is looked at in place up to the first character of its first cell; only a line whose
 * cell starts with `C` is sliced. Undefined when there is none, or its mean has no unit.
 */
function lastHeaderUnit(text) {
    for (let end = text.length;;) {
        const nl = end === 0 ? -1 : text.lastIndexOf('\n', end - 1);
        const s = skipBlanks(text, nl + 1, end);
        if (s < end && text.charCodeAt(s) === 124 /* | */) {
            const c = skipBlanks(text, s + 1, end);
            if (c < end && text.charCodeAt(c) === 67 /* C */) {
                const l = text.slice(nl + 1, end).trim();
                if (isHeaderRow(l))
                    return MEAN_HEADER.exec(cellsOf(l)[1] ?? '')?.[1];
            }
        }
        if (nl < 0)
            return undefined;
        end = nl;
    }
}
/**
 * The rows of a Markdown or Org table, each line given as `line` (its text, the definition of the
 * format) or first tried in place by `usual`.
 */
class PipeReader {
    file;
    flavour;
    unit;
    out = [];
    unique;
    constructor(file, flavour, unit) {
        this.file = file;
        this.flavour = flavour;
        this.unit = unit;
        this.unique = new UniqueNames(file);
    }
    line(raw, n) {
        const l = raw.trim();
        if (!l.startsWith('|'))
            return;
        // the cells between the bars, found in place: the first (command), the second (mean), how many
        const inner = innerEnd(l);
        const b1 = firstBar(l, inner);
        const name0 = l.slice(1, b1).trim();
        if (name0 === 'Command')
            return;
        if (isRule(l, 1, inner))
            return; // |:---|---:| or |--+--|
        let cells = 1;
        for (let b = b1; b >= 0 && b < inner; b = l.indexOf('|', b + 1))
            cells++;
        const b2 = b1 < inner ? firstBarFrom(l, b1 + 1, inner) : inner;
        if (cells < 4)
            throw new errors_ParseError(this.file, n, 'expected "Command | Mean | Min | Max | Relative" cells', cellsOf(l).join(' | '));
        this.add(commandOf(name0, this.flavour), l, b1 + 1, b2, n);
    }
    /**
     * The line text[ls, le) read in place as `line` reads it, when it is not a row, or a header, a rule
     * or a row of at least four cells; false for a row of fewer (an error), which `line` then reads.
     */
    usual(text, ls, le, n) {
        // the line trimmed is text[s, te)
        const s = skipBlanks(text, ls, le);
        if (s === le || text.charCodeAt(s) !== 124 /* | */)
            return true;
        let te = le;
        while (isJsSpace(text.charCodeAt(te - 1)))
            te--;
        const inner = te - s > 1 && text.charCodeAt(te - 1) === 124 ? te - 1 : te;
        // each search for a bar stops at the next bar of the text, in this line or the next row
        const b1 = firstBarFrom(text, s + 1, inner);
        const a = skipBlanks(text, s + 1, b1);
        let z = b1;
        while (z > a && isJsSpace(text.charCodeAt(z - 1)))
            z--;
        if (z - a === 7 && isAt(text, 'Command', a))
            return true;
        // a command's first character is not a rule's: the rule's check only for a cell that may be one
        if ((a === z || isRuleChar(text.charCodeAt(a))) && isRuleAt(text, s + 1, inner))
            return true;
        const b2 = b1 < inner ? firstBarFrom(text, b1 + 1, inner) : inner;
        const b3 = b2 < inner ? firstBarFrom(text, b2 + 1, inner) : inner;
        if (b3 >= inner)
            return false;
        this.add(commandAt(text, a, z, this.flavour), text, b1 + 1, b2, n);
        return true;
    }
    add(name, line, meanFrom, meanTo, n) {
        const s = rowSeries(name, line, meanFrom, meanTo, this.unit, this.file, n);
        this.unique.check(s, n);
        this.out.push(s);
    }
}
/**
 * Markdown and Org rows: `| cell | cell | … |`, the header row `| Command | Mean [unit] | …` (the last
 * one in the file gives the unit of every row, as before), rule rows of `-:+` only. The header's
 * unit first (from the end), then the rows, so that no row is kept as cells in between.
 */
function parsePipeTable(text, file, flavour) {
    const unit = lastHeaderUnit(text);
    if (unit === undefined)
        throw new errors_ParseError(file, 1, 'expected a "Mean [<unit>]" column header');
    const r = new PipeReader(file, flavour, unit);
    let n = 0;
    for (let s = 0;;) {
        const nl = text.indexOf('\n', s);
        const end = nl < 0 ? text.length : nl;
        if (!r.usual(text, s, end, ++n))
            r.line(text.slice(s, end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end), n);
        if (nl < 0)
            break;
        s = nl + 1;
    }
    if (r.out.length === 0)
        throw new errors_ParseError(file, n, 'expected at least one command row');
    return r.out;
}
/** `commandOf(t.slice(a, z), flavour)` for a cell t[a, z) already trimmed, with one slice. */
function commandAt(t, a, z, flavour) {
    if (z - a >= 2) {
        const c = t.charCodeAt(a);
        const d = t.charCodeAt(z - 1);
        if ((flavour === 'orgmode' && c === 61 && d === 61) || (c === 96 && d === 96))
            return t.slice(a + 1, z - 1);
    }
    return t.slice(a, z);
}
/** Where the cells of a `| a | b |` line end: before its closing bar, if it has one. */
function innerEnd(l) {
    return l.length > 1 && l.endsWith('|') ? l.length - 1 : l.length;
}
/** The end of the first cell: the next bar inside the cells, or their end. */
function firstBar(l, inner) {
    return firstBarFrom(l, 1, inner);
}
function firstBarFrom(l, from, inner) {
    const bar = l.indexOf('|', from);
    return bar < 0 || bar > inner ? inner : bar;
}
/** The trimmed cells of a `| a | b |` line (for a header, or an error's excerpt). */
function cellsOf(l) {
    return l
        .slice(1, l.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((c) => c.trim());
}
/**
 * `isRule(t, from, inner)` by one look at each character when no cell holds a blank (`|:---|---:|`,
 * `|--+--|`): every character a bar, `-`, `:` or `+`.
 */
function isRuleAt(t, from, inner) {
    for (let i = from; i < inner; i++) {
        const c = t.charCodeAt(i);
        if (c !== 124 && !isRuleChar(c))
            return isJsSpace(c) ? isRule(t, from, inner) : false;
    }
    return true;
}
/** `-`, `:` or `+`. */
function isRuleChar(c) {
    return c === 45 || c === 58 || c === 43;
}
/**
 * Whether the cells of `l` from `from` (after the opening bar) up to `inner`, each trimmed, hold only
 * `-`, `:` and `+` (`/^[-:+]*$/`).
 */
function isRule(l, from, inner) {
    for (let a = from;;) {
        const bar = l.indexOf('|', a);
        const b = bar < 0 || bar > inner ? inner : bar;
        let i = a;
        let j = b;
        while (i < j && isJsSpace(l.charCodeAt(i)))
            i++;
        while (j > i && isJsSpace(l.charCodeAt(j - 1)))
            j--;
        for (; i < j; i++) {
            if (!isRuleChar(l.charCodeAt(i)))
                return false;
        }
        if (b >= inner)
            return true;
        a = b + 1;
    }
}
function parseTable(text, file) {
    const flavour = flavourOf(text);
    if (!flavour)
        throw new errors_ParseError(file, 1, 'expected a hyperfine --export-markdown, --export-asciidoc or --export-orgmode table');
    if (flavour !== 'asciidoc')
        return parsePipeTable(text, file, flavour);
    return parseAsciidoc(text, file);
}
/**
 * AsciiDoc: a cell per line (`| 20.9 ± 12.6`) between `|===` lines, rows separated by blank lines, the
 * first row the header. Rows become series as they end, keeping only where their first cells are;
 * a row's error waits until the whole file has been checked for cells that are not cells, which it
 * always reported first. Each line is read in place; only a command is sliced.
 */
function parseAsciidoc(text, file) {
    const r = new AsciidocRows(text, file);
    const at = r.at;
    let inTable = false;
    // the row being read: its first line and how many cells (locals: the loop runs once a line)
    let start = 0;
    let cells = 0;
    let n = 0;
    for (let ls = 0;;) {
        const nl = text.indexOf('\n', ls);
        const end = nl < 0 ? text.length : nl;
        // the line without its CR is text[ls, le)
        const le = end > ls && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        n++;
        if (le - ls === 4 && isAt(text, '|===', ls))
            inTable = !inTable;
        else if (inTable) {
            const a = skipBlanks(text, ls, le);
            if (a === le) {
                if (cells > 0)
                    r.endRow(cells, start);
                cells = 0;
            }
            else if (text.charCodeAt(ls) !== 124 /* | */)
                throw new errors_ParseError(file, n, 'expected an AsciiDoc cell "| …"', text.slice(ls, le));
            else {
                if (cells === 0)
                    start = n;
                if (cells < 3) {
                    // the cell after its bar, trimmed
                    const c = skipBlanks(text, ls + 1, le);
                    let z = le;
                    while (z > c && isJsSpace(text.charCodeAt(z - 1)))
                        z--;
                    at[2 * cells] = c;
                    at[2 * cells + 1] = z;
                }
                cells++;
            }
        }
        if (nl < 0)
            break;
        ls = nl + 1;
    }
    if (cells > 0)
        r.endRow(cells, start);
    if (r.unit === undefined)
        throw new errors_ParseError(file, 1, 'expected a "Mean [<unit>]" column header');
    if (r.rowError !== undefined)
        throw r.rowError;
    if (r.out.length === 0)
        throw new errors_ParseError(file, n, 'expected at least one command row');
    return r.out;
}
/** The rows of an AsciiDoc table as they end: the header's unit first, then a series per row. */
class AsciidocRows {
    text;
    file;
    /** Where the first three cells of the row being read are in the text (trimmed): start, end. */
    at = new Int32Array(6);
    out = [];
    unit;
    rowError;
    header = true;
    unique;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    cell(k) {
        return this.text.slice(this.at[2 * k], this.at[2 * k + 1]);
    }
    /** The row of `cells` cells that started on line `start` has ended. */
    endRow(cells, start) {
        if (this.header) {
            this.header = false;
            this.unit = cells > 1 ? MEAN_HEADER.exec(this.cell(1))?.[1] : undefined;
            return;
        }
        const unit = this.unit;
        if (unit === undefined || this.rowError !== undefined)
            return;
        try {
            if (cells < 4)
                throw new errors_ParseError(this.file, start, 'expected "Command | Mean | Min | Max | Relative" cells', [0, 1, 2]
                    .slice(0, cells)
                    .map((k) => this.cell(k))
                    .join(' | '));
            const at = this.at;
            const name = commandAt(this.text, at[0], at[1], 'asciidoc');
            const s = rowSeries(name, this.text, at[2], at[3], unit, this.file, start);
            this.unique.check(s, start);
            this.out.push(s);
        }
        catch (e) {
            this.rowError = e;
        }
    }
}
const hyperfineTable = {
    name: 'hyperfine-table',
    describe: 'hyperfine --export-markdown FILE (or --export-asciidoc, --export-orgmode)',
    detect(text) {
        return flavourOf(text) !== undefined;
    },
    parse: parseTable,
};

;// CONCATENATED MODULE: ./src/parse/hyperfine-console.ts




const BENCHMARK = 'Benchmark ';
const MEAN = 'Time (mean ± σ):';
const ABS = 'Time (abs ≡):';
/** Where the digits from i end, before e. */
function digitsEnd(t, i, e) {
    while (i < e && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57)
        i++;
    return i;
}
/**
 * The lines of one output, each given as `t` with the line at [s, e): the text itself with offsets
 * for plain LF text (nothing is sliced but what is kept), a line string of its own otherwise.
 */
class Reader {
    file;
    terminators;
    out;
    pending;
    /** Start and end of the fields of a time line. */
    fs = new Int32Array(6);
    fe = new Int32Array(6);
    /** The last unit read, kept as one string while the lines repeat it. */
    unit = '';
    /**
     * @param terminators whether a line may hold a CR, U+2028 or U+2029, where the block regex's `.`
     *   stops: a plain text without any is looked at once, not each command
     */
    constructor(file, terminators) {
        this.file = file;
        this.terminators = terminators;
        this.out = new SeriesList(file);
    }
    line(t, s, e, n) {
        const file = this.file;
        // `Benchmark N: <command>`, as /^Benchmark \d{1,9}: (.+)$/ reads it
        if (isAt(t, BENCHMARK, s)) {
            const d = s + BENCHMARK.length;
            const de = digitsEnd(t, d, e);
            if (de > d && de - d <= 9 && t.charCodeAt(de) === 58 && t.charCodeAt(de + 1) === 32 && de + 2 < e) {
                const command = t.slice(de + 2, e);
                if (!this.terminators || !holdsLineTerminator(command)) {
                    if (this.pending)
                        throw new errors_ParseError(file, this.pending.line, `expected a "Time (mean ± σ):" line for "${this.pending.name}"`);
                    this.pending = { name: command.trim(), line: n };
                    return;
                }
            }
        }
        // most lines are neither: the time line is the one that starts with "Time" after blanks
        let at = s;
        while (at < e && isJsSpace(t.charCodeAt(at)))
            at++;
        if (t.charCodeAt(at) !== 84 /* T */)
            return;
        const mean = isAt(t, MEAN, at) ? MEAN.length : isAt(t, ABS, at) ? ABS.length : -1;
        if (mean < 0)
            return;
        const pending = this.pending;
        if (!pending)
            throw new errors_ParseError(file, n, 'expected "Benchmark N: <command>" before "Time"', t.slice(at, e));
        // `20.9 ms ±  12.6 ms` or `10.3 ms`: the blank-separated fields before any "["
        const fs = this.fs;
        const fe = this.fe;
        let count = 0;
        for (let i = at + mean; count < 6;) {
            while (i < e && isJsSpace(t.charCodeAt(i)))
                i++;
            if (i === e || t.charCodeAt(i) === 91 /* [ */)
                break;
            fs[count] = i;
            while (i < e && !isJsSpace(t.charCodeAt(i)) && t.charCodeAt(i) !== 91)
                i++;
            fe[count++] = i;
        }
        const value = count === 0 ? undefined : numberIn(t, fs[0], fe[0]);
        let sd;
        let ok = value !== undefined && count >= 2;
        if (ok && count !== 2) {
            ok = count === 5 && fe[2] - fs[2] === 1 && t.charCodeAt(fs[2]) === 0xb1; /* ± */
            if (ok)
                sd = numberIn(t, fs[3], fe[3]);
            ok = ok && sd !== undefined;
        }
        if (!ok) {
            throw new errors_ParseError(file, n, `expected "<mean> <unit> ± <σ> <unit>" for "${pending.name}"`, t.slice(at, e));
        }
        const uLen = fe[1] - fs[1];
        if (!(this.unit.length === uLen && isAt(t, this.unit, fs[1])))
            this.unit = t.slice(fs[1], fe[1]);
        const unit = this.unit;
        // σ in the mean's unit: hyperfine prints both in one unit
        const sameUnit = sd !== undefined && fe[4] - fs[4] === uLen && isAt(t, unit, fs[4]);
        const s2 = consoleSeries({
            name: pending.name,
            metric: 'time',
            rawUnit: unit,
            value: value,
            spread: sameUnit ? { stddev: sd } : undefined,
        }, file, n);
        this.out.add(s2, n);
        this.pending = undefined;
    }
}
const hyperfineConsole = {
    name: 'hyperfine-console',
    describe: 'hyperfine console output (stdout of hyperfine without an export)',
    detect(text) {
        return /^Benchmark \d{1,9}: [^\n]{1,2000}\n(?:[^\n]{0,2000}\n){0,3}\s{0,8}Time \((?:mean ± σ|abs ≡)\):/m.test(stripAnsi(text.slice(0, 65536)));
    },
    parse(text, file) {
        let count = 0;
        const plain = !text.includes('\u001b') && !text.includes('\r');
        const r = new Reader(file, !plain || text.includes('\u2028') || text.includes('\u2029'));
        if (!plain) {
            // colours and progress-bar redraws: each line as a string of its own, the part after its last CR
            count = eachPlainLine(text, (raw, n) => {
                const cr = raw.lastIndexOf('\r');
                const l = cr >= 0 ? raw.slice(cr + 1) : raw;
                r.line(l, 0, l.length, n);
            });
        }
        else {
            for (let s = 0;;) {
                const nl = text.indexOf('\n', s);
                r.line(text, s, nl < 0 ? text.length : nl, ++count);
                if (nl < 0)
                    break;
                s = nl + 1;
            }
        }
        const pending = r.pending;
        if (pending)
            throw new errors_ParseError(file, pending.line, `expected a "Time (mean ± σ):" line for "${pending.name}"`);
        return r.out.done(count, 'expected at least one "Benchmark N: <command>" block');
    },
};

;// CONCATENATED MODULE: ./src/parse/generic.ts



/** The line on which the n-th element of a top-level array starts, for messages. */
function lineOfElement(text, index) {
    let depth = 0;
    let element = -1;
    let line = 1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n')
            line++;
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '[' || ch === '{') {
            if (depth === 1 && ch === '{') {
                element++;
                if (element === index)
                    return line;
            }
            depth++;
        }
        else if (ch === ']' || ch === '}')
            depth--;
    }
    return 1;
}
/** "± 0.5", "+/- 12", "±1.2%" → a stddev in the value's raw unit, when it can be read. */
function readRange(range, value) {
    if (typeof range !== 'string')
        return undefined;
    const m = /^\s*(?:±|\+\/-|\+-)\s*([-+\d.,eE_]+)\s*(%)?/.exec(range);
    if (!m)
        return undefined;
    const n = readNumber(m[1]);
    if (n === undefined)
        return undefined;
    return m[2] ? (Math.abs(value) * n) / 100 : n;
}
function makeGenericList(name, forced) {
    return {
        name,
        describe: forced === undefined
            ? 'a JSON list [{"name", "unit", "value", "range"?}] (the github-action-benchmark custom format)'
            : `the github-action-benchmark ${name} JSON list`,
        detect(text) {
            if (!looksLikeJson(text) || !text.trimStart().startsWith('['))
                return false;
            // cheap: the first element has the three keys
            const head = text.slice(0, 4096);
            return /"name"\s*:/.test(head) && /"unit"\s*:/.test(head) && /"value"\s*:/.test(head);
        },
        parse(text, file) {
            const doc = parseJson(text, file);
            if (!Array.isArray(doc)) {
                throw new errors_ParseError(file, 1, 'expected a JSON list of {"name", "unit", "value"} objects');
            }
            if (doc.length === 0)
                throw new errors_ParseError(file, 1, 'expected at least one benchmark in the list, got []');
            const seen = new Set();
            return doc.map((item, i) => {
                const at = () => lineOfElement(text, i);
                if (!isRecord(item))
                    throw new errors_ParseError(file, at(), `expected an object at index ${i}`);
                if (typeof item.name !== 'string' || item.name === '') {
                    throw new errors_ParseError(file, at(), `expected a non-empty string for "name" at index ${i}`);
                }
                if (typeof item.unit !== 'string') {
                    throw new errors_ParseError(file, at(), `expected a string for "unit" of "${item.name}"`);
                }
                const raw = typeof item.value === 'number'
                    ? item.value
                    : typeof item.value === 'string'
                        ? readNumber(item.value)
                        : undefined;
                if (raw === undefined || !Number.isFinite(raw)) {
                    throw new errors_ParseError(file, at(), `expected a number for "value" of "${item.name}"`, JSON.stringify(item.value) ?? 'nothing');
                }
                const c = canonical(item.unit);
                const metric = metricOf(item.unit);
                const key = `${item.name}\u0000${metric}`;
                if (seen.has(key))
                    throw new errors_ParseError(file, at(), `expected each benchmark once, "${item.name}" appears twice`);
                seen.add(key);
                const s = {
                    name: item.name,
                    metric,
                    unit: c.unit,
                    direction: forced ?? c.direction,
                    value: raw * c.factor,
                };
                const sd = readRange(item.range, raw);
                if (sd !== undefined)
                    s.spread = { stddev: sd * c.factor };
                return s;
            });
        },
    };
}
const genericList = makeGenericList('generic', undefined);
const customBiggerIsBetter = makeGenericList('customBiggerIsBetter', 'bigger');
const customSmallerIsBetter = makeGenericList('customSmallerIsBetter', 'smaller');

;// CONCATENATED MODULE: ./src/parse/catch2-failures.ts
/**
 * A failed Catch2 benchmark is never silent. Catch2 v2 prints `<name>  Benchmark failed (<message>)`
 * in the console table and `<failed message="…"/>` inside `<BenchmarkResults>` in XML, and still counts
 * the test case as passed; a failed check (`file:line: FAILED:`, `<OverallResult success="false"/>`)
 * fails the test case. Each is an error naming what failed, so a failing run is never recorded.
 */


const NOT_RECORDED = '(a failing run is not recorded)';
const BENCHMARK_FAILED = ' Benchmark failed (';
const FAILED_CHECK = ': FAILED:';
/**
 * `text.indexOf(BENCHMARK_FAILED, from)`, searching for the words without the spaces around them:
 * several times faster in a text of blank-padded columns, where a space in the mark shortens the
 * search's skips.
 */
function findFailedBenchmark(text, from) {
    for (let i = from + 1;;) {
        const hit = text.indexOf('Benchmark failed', i);
        if (hit < 0)
            return -1;
        if (text.startsWith(BENCHMARK_FAILED, hit - 1))
            return hit - 1;
        i = hit + 1;
    }
}
/** The start of the line (from one LF to the next) that holds offset `at`. */
function lineStart(text, at) {
    return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}
/**
 * The start of the first line (from one LF to the next) where `line.indexOf(' Benchmark failed (') > 0`
 * (its first occurrence, not at its start), or -1.
 */
function lineOfFailedBenchmark(text) {
    for (let i = 0;;) {
        const hit = findFailedBenchmark(text, i);
        if (hit < 0)
            return -1;
        const start = lineStart(text, hit);
        // the search starts at a line start or before the line, so `hit` is the line's first occurrence
        if (hit > start)
            return start;
        const nl = text.indexOf('\n', hit);
        if (nl < 0)
            return -1;
        i = nl + 1;
    }
}
/** The start of the first line where `line.trimEnd().endsWith(': FAILED:')`, or -1. */
function lineOfFailedCheck(text) {
    for (let i = 0;;) {
        const hit = text.indexOf(FAILED_CHECK, i);
        if (hit < 0)
            return -1;
        let k = hit + FAILED_CHECK.length;
        while (k < text.length && text.charCodeAt(k) !== 10 && isJsSpace(text.charCodeAt(k)))
            k++;
        if (k === text.length || text.charCodeAt(k) === 10)
            return lineStart(text, hit);
        i = hit + 1;
    }
}
function catch2_failures_lineAt(text, at) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Throw a ParseError for the first failure the console output or XML report shows. */
function throwCatch2Failure(text, file, xml) {
    if (xml) {
        const failed = text.indexOf('<failed ');
        if (failed >= 0) {
            const open = text.lastIndexOf('<BenchmarkResults', failed);
            const name = open >= 0 ? /name="([^"]*)"/.exec(text.slice(open, failed))?.[1] : undefined;
            const message = /message="([^"]*)"/.exec(text.slice(failed, failed + 4096))?.[1];
            throw new errors_ParseError(file, catch2_failures_lineAt(text, failed), `expected every benchmark to pass, ${name ?? 'one'} failed${message ? ` (${message})` : ''} ${NOT_RECORDED}`);
        }
        const bad = text.indexOf('<OverallResult success="false"');
        if (bad >= 0) {
            const open = text.lastIndexOf('<TestCase ', bad);
            const name = open >= 0 ? /name="([^"]*)"/.exec(text.slice(open, bad))?.[1] : undefined;
            throw new errors_ParseError(file, catch2_failures_lineAt(text, bad), `expected every test case to pass, "${name ?? 'one'}" failed ${NOT_RECORDED}`);
        }
        return;
    }
    // Two searches of the whole text instead of a look at every line: the first line with either mark.
    const failed = lineOfFailedBenchmark(text);
    const check = lineOfFailedCheck(text);
    if (failed < 0 && check < 0)
        return;
    const start = failed >= 0 && (check < 0 || failed <= check) ? failed : check;
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    const lineNo = catch2_failures_lineAt(text, start);
    const at = line.indexOf(BENCHMARK_FAILED);
    if (start === failed) {
        const message = line
            .slice(at + BENCHMARK_FAILED.length)
            .trimEnd()
            .replace(/\)$/, '');
        throw new errors_ParseError(file, lineNo, `expected every benchmark to pass, ${line.slice(0, at).trim()} failed (${message}) ${NOT_RECORDED}`);
    }
    throw new errors_ParseError(file, lineNo, `expected every check to pass, ${line.trimEnd().slice(0, -FAILED_CHECK.length)} failed ${NOT_RECORDED}`);
}

;// CONCATENATED MODULE: ./src/parse/catch2.ts






/** `benchmark name  samples  iterations  estimated|est run time|mean` (v2 / v3 / no-analysis). */
const catch2_HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time|mean)\s*$/;
const RULE = /^-{20,}\s*$|^={20,}\s*$|^\.{20,}\s*$/;
/** The blanks that separate Catch2's columns. */
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}
/**
 * The console table read in place: the lines of a 100 MB log are never split into an array, and a
 * line's columns are offsets into the text, sliced only for what is kept (the name).
 */
class Table {
    text;
    file;
    /** Start and end offsets of the fields `fields` found, leftmost first, from `base`. */
    fs = new Int32Array(12);
    fe = new Int32Array(12);
    /** The end of the text before the fields (the name column). */
    head = 0;
    /** Time units seen, and what each is. */
    units = [];
    canonicals = [];
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    /**
     * The last `k` blank-separated fields of the line [s, e), scanning from the right, as fields
     * `base` to `base + k - 1`: false when it has fewer. Linear in the line, unlike a regex with a lazy name group, which a line of a million
     * blanks would keep busy for minutes.
     */
    fields(s, e, k, base = 0) {
        const t = this.text;
        let i = e;
        for (let f = base + k - 1; f >= base; f--) {
            while (i > s && isSpace(t.charCodeAt(i - 1)))
                i--;
            if (i === s)
                return false;
            this.fe[f] = i;
            while (i > s && !isSpace(t.charCodeAt(i - 1)))
                i--;
            this.fs[f] = i;
        }
        this.head = i;
        return true;
    }
    /** Whether field f is `/^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|-?nan|-?inf)$/`. */
    isNum(f) {
        const t = this.text;
        const e = this.fe[f];
        let i = this.fs[f];
        let c = t.charCodeAt(i);
        if (c === 45 /* - */ && e - i === 4)
            i++;
        if (e - i === 3 && (t.startsWith('nan', i) || t.startsWith('inf', i)))
            return true;
        i = this.fs[f];
        if (c === 43 || c === 45)
            i++;
        const intEnd = digitsTo(t, i, e);
        let end = intEnd;
        if (end < e && t.charCodeAt(end) === 46 /* . */) {
            end = digitsTo(t, end + 1, e);
            if (intEnd === i && end === intEnd + 1)
                return false; // "." or "-." without a digit
        }
        else if (intEnd === i)
            return false;
        if (end < e) {
            c = t.charCodeAt(end);
            if (c !== 101 && c !== 69)
                return false; // e E, an optional sign, at least one digit
            let x = end + 1;
            const sign = t.charCodeAt(x);
            if (x < e && (sign === 43 || sign === 45))
                x++;
            end = digitsTo(t, x, e);
            if (end === x)
                return false;
        }
        return end === e;
    }
    /** Whether field f is `/^\d+$/`. */
    isDigits(f) {
        const s = this.fs[f];
        const e = this.fe[f];
        return digitsTo(this.text, s, e) === e;
    }
    /** Whether [s, e) is all blanks as `trim` sees them. */
    isBlank(s, e) {
        const t = this.text;
        // the usual blank line or name column is spaces: one comparison, not a look at each
        if (isSpaceRun(t, s, e))
            return true;
        for (let i = s; i < e; i++)
            if (!isJsSpace(t.charCodeAt(i)))
                return false;
        return true;
    }
    /**
     * A line of three durations, "mean  low mean  high mean" or "std dev  low std dev  high std dev",
     * as fields `base` to `base + 5`. It starts with blanks (the name column).
     */
    triple(s, e, base) {
        return (s < e &&
            isSpace(this.text.charCodeAt(s)) &&
            this.fields(s, e, 6, base) &&
            this.isBlank(s, this.head) &&
            this.isNum(base) &&
            this.isNum(base + 2) &&
            this.isNum(base + 4));
    }
    /** The first line of a benchmark: its name (or last piece), samples, iterations, one duration. */
    row(s, e) {
        return this.fields(s, e, 4) && this.isDigits(0) && this.isDigits(1) && this.isNum(2);
    }
    /** Field `value` with unit field `value + 1` as Catch2 prints it ("7.50614 us") in ns; undefined for nan/inf. */
    duration(value, line) {
        const t = this.text;
        const us = this.fs[value + 1];
        const ue = this.fe[value + 1];
        const units = this.units;
        let c;
        for (let k = 0; k < units.length; k++) {
            const u = units[k];
            if (u.length === ue - us && isAt(t, u, us)) {
                c = this.canonicals[k];
                break;
            }
        }
        if (c === undefined) {
            const unit = t.slice(us, ue);
            c = canonical(unit);
            if (c.kind !== 'time') {
                throw new errors_ParseError(this.file, line, 'expected a duration unit (ns, us, ms, s) in a Catch2 benchmark', unit);
            }
            // the few time units Catch2 prints, each read once
            if (units.length < 8) {
                units.push(unit);
                this.canonicals.push(c);
            }
        }
        const n = numberIn(t, this.fs[value], this.fe[value]);
        if (n === undefined)
            return undefined;
        const ns = scaleBy(n, c.factor);
        return Number.isFinite(ns) ? ns : undefined;
    }
    field(f) {
        return this.text.slice(this.fs[f], this.fe[f]);
    }
}
/** The end of the run of ASCII digits from i, before e. */
function digitsTo(t, i, e) {
    while (i < e) {
        const c = t.charCodeAt(i);
        if (c < 48 || c > 57)
            break;
        i++;
    }
    return i;
}
/** The end of the line starting at s (the text's length for the last), before a CR that ends it. */
function lineEnd(text, s, nl) {
    const end = nl < 0 ? text.length : nl;
    return end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
/**
 * The line after the one whose LF is at nl ("" past the end), which must be a line of three
 * durations `what` of benchmark `name` (read into fields `base` to `base + 5`): its LF.
 */
function tripleAfter(t, nl, base, line, what, name) {
    const text = t.text;
    const s = nl < 0 ? text.length : nl + 1;
    const next = nl < 0 ? -1 : text.indexOf('\n', s);
    const e = nl < 0 ? s : lineEnd(text, s, next);
    if (!t.triple(s, e, base))
        throw new errors_ParseError(t.file, line, `expected "${what}" for "${name}"`, text.slice(s, e));
    return next;
}
/** `lines(text).length`: the line count of an error about the whole file. */
function lineCount(text) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The lines are those of `text.split(/\r?\n/)`: [s, e) from one LF to the next, without the CR
 * before an LF.
 */
function catch2_parseConsole(text, file) {
    const t = new Table(text, file);
    const out = [];
    const unique = new UniqueNames(file);
    let mode = 'none';
    let analysis = false;
    let nameParts = [];
    let nameLine = 0;
    let lineNo = 0;
    for (let s = 0, nl = text.indexOf('\n');;) {
        lineNo++;
        const e = lineEnd(text, s, nl);
        const c = text.charCodeAt(s);
        // "b…… " before the slower look at the whole prefix: names often start with a b
        const h = c === 98 /* b */ && text.charCodeAt(s + 9) === 32 && text.startsWith('benchmark name', s)
            ? catch2_HEADER.exec(text.slice(s, e))
            : null;
        if (h) {
            analysis = h[1] !== 'mean';
            mode = 'header';
            nameParts = [];
        }
        else if (mode === 'none') {
            // outside a table
        }
        else if ((c === 45 || c === 61 || c === 46) /* - = . */ && RULE.test(text.slice(s, e))) {
            // The rule under the header opens the rows; any other rule closes the table (a new test case).
            mode = mode === 'header' ? (analysis ? 'analysis' : 'plain') : 'none';
            nameParts = [];
        }
        else if (mode === 'header') {
            // the "mean / low mean / high mean" header lines
        }
        else if (t.isBlank(s, e)) {
            nameParts = [];
        }
        else if (t.triple(s, e, 0)) {
            throw new errors_ParseError(file, lineNo, 'expected a benchmark name with samples, iterations and estimate before a line of durations', text.slice(s, e).trim());
        }
        else if (!t.row(s, e)) {
            if (nameParts.length === 0)
                nameLine = lineNo;
            nameParts.push(text.slice(s, e).trim()); // a piece of a wrapped name
        }
        else {
            const firstLine = nameParts.length > 0 ? nameLine : lineNo;
            const last = text.slice(s, t.head).trim();
            // the pieces are never empty (a blank line clears them)
            const name = nameParts.length === 0 ? last : last === '' ? nameParts.join(' ') : `${nameParts.join(' ')} ${last}`;
            nameParts = [];
            if (name === '')
                throw new errors_ParseError(file, lineNo, 'expected a benchmark name before its samples');
            let series;
            if (!analysis) {
                const mean = t.duration(2, lineNo);
                if (mean === undefined)
                    throw new errors_ParseError(file, lineNo, `expected a mean for "${name}"`, t.field(2));
                series = makeSeries({ name, rawUnit: 'ns', value: mean }, file, lineNo);
            }
            else {
                // The estimate column is the predicted total run time, not a per-iteration time: checked, not kept.
                t.duration(2, lineNo);
                // the next two lines, "" past the end
                const nl1 = tripleAfter(t, nl, 0, lineNo + 1, 'mean  low mean  high mean', name);
                const nl2 = tripleAfter(t, nl1, 6, lineNo + 2, 'std dev  low std dev  high std dev', name);
                const mean = t.duration(0, lineNo + 1);
                if (mean === undefined) {
                    throw new errors_ParseError(file, lineNo + 1, `expected a mean for "${name}"`, t.field(0));
                }
                const low = t.duration(2, lineNo + 1);
                const high = t.duration(4, lineNo + 1);
                const stddev = t.duration(6, lineNo + 2);
                series = makeSeries({ name, rawUnit: 'ns', value: mean, spread: { low, high, stddev } }, file, lineNo);
                lineNo += 2;
                nl = nl2;
            }
            unique.check(series, firstLine);
            out.push(series);
        }
        if (nl < 0)
            break;
        s = nl + 1;
        nl = text.indexOf('\n', s);
    }
    if (out.length === 0) {
        throw new errors_ParseError(file, lineCount(text), 'expected at least one Catch2 benchmark row under a "benchmark name  samples  iterations" header');
    }
    return out;
}
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXml(s) {
    return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e) => {
        if (e.startsWith('#')) {
            const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
        }
        return ENTITIES[e] ?? all;
    });
}
/** Attributes of one tag. Values are quoted, and Catch2 leaves `>` unescaped inside them. */
function attributes(raw) {
    const attrs = new Map();
    for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs.set(m[1], decodeXml(m[2] ?? m[3] ?? ''));
    }
    return attrs;
}
const ATTRS = String.raw `((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const OPEN = new RegExp(String.raw `<BenchmarkResults${ATTRS}(/?)>`, 'g');
function parseXml(text, file) {
    const out = [];
    const unique = new UniqueNames(file);
    for (const open of text.matchAll(OPEN)) {
        const at = open.index;
        const line = lineAt(text, at);
        const attrs = attributes(open[1]);
        const name = attrs.get('name') ?? '';
        if (name.trim() === '')
            throw new errors_ParseError(file, line, 'expected a "name" on <BenchmarkResults>');
        const close = open[2] === '/' ? -1 : text.indexOf('</BenchmarkResults>', at);
        if (close < 0) {
            throw new errors_ParseError(file, line, `expected <mean> and </BenchmarkResults> for "${name}"`);
        }
        const body = text.slice(at + open[0].length, close);
        const child = (tag) => {
            const m = new RegExp(String.raw `<${tag}${ATTRS}/?>`).exec(body);
            return m ? attributes(m[1]) : undefined;
        };
        const num = (a, key) => a?.has(key) ? readNumber(a.get(key)) : undefined;
        const mean = child('mean');
        const value = num(mean, 'value');
        if (value === undefined) {
            throw new errors_ParseError(file, line, `expected <mean value="…"/> in nanoseconds for "${name}"`, mean?.get('value') ?? 'nothing');
        }
        const sd = child('standardDeviation');
        // ci="0" is Catch2's mark of --benchmark-no-analysis: bounds equal the mean and the std dev is 0.
        const analysed = mean?.get('ci') !== '0';
        const series = makeSeries({
            name,
            rawUnit: 'ns',
            value,
            spread: analysed
                ? { low: num(mean, 'lowerBound'), high: num(mean, 'upperBound'), stddev: num(sd, 'value') }
                : undefined,
        }, file, line);
        unique.check(series, line);
        out.push(series);
    }
    if (out.length === 0) {
        throw new errors_ParseError(file, 1, 'expected at least one <BenchmarkResults> element in the Catch2 XML report');
    }
    return out;
}
function isXml(text) {
    return text.trimStart().startsWith('<');
}
const catch2 = {
    name: 'catch2',
    describe: './tests --benchmark-samples 100 -r xml > catch2.xml (or the console output)',
    detect(text) {
        const head = text.slice(0, 1 << 20);
        if (isXml(head))
            return /<BenchmarkResults\s/.test(head);
        return /^benchmark name\s+samples\s+iterations\s+(estimated|est run time|mean)\s*$/m.test(head);
    },
    parse(text, file) {
        throwCatch2Failure(text, file, isXml(text));
        return isXml(text) ? parseXml(text, file) : catch2_parseConsole(text, file);
    },
};

;// CONCATENATED MODULE: ./src/parse/benchmarkjs.ts





const benchmarkjs_RESULT = /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+\/-|\+-|Â±)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
/**
 * Any line that claims to be a result, so a malformed one is an error rather than skipped: " x <rate>"
 * then "ops/sec", or " x <rate>" ending the line (output cut short), but not "a 3 x 5 matrix".
 */
const benchmarkjs_CLAIM = / x [\d,]+(?:\.\d*)?(?: ops\/sec\b|\s*$)/;
/** Two-sided 95% Student-t critical values for df = 1…30, as Benchmark.js 2.x tabulates them. */
const T_TABLE = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
    2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
/** The t value Benchmark.js divides by for `df` degrees of freedom (1.96 beyond its table). */
function tCritical(df) {
    return df >= 1 && df <= T_TABLE.length ? T_TABLE[df - 1] : 1.96;
}
/** `\d` */
function benchmarkjs_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** `[\d.]` */
function isDigitOrPoint(c) {
    return (c >= 48 && c <= 57) || c === 46;
}
class benchmarkjs_Reader extends TextReader {
    file;
    out = [];
    unique;
    constructor(text, file) {
        super(text);
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    /** Any line holding ` x `, as a string: the definition of the format. */
    line(line, lineNo) {
        const file = this.file;
        if (!line.includes(' x ') || !benchmarkjs_CLAIM.test(line))
            return;
        const m = benchmarkjs_RESULT.exec(line);
        if (!m) {
            throw new errors_ParseError(file, lineNo, 'expected "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)"', line.trim());
        }
        const name = m[1].trim();
        const hz = readNumber(m[2]);
        const rme = readNumber(m[3]);
        if (hz === undefined)
            throw new errors_ParseError(file, lineNo, `expected ops/sec for "${name}"`, m[2]);
        if (rme === undefined)
            throw new errors_ParseError(file, lineNo, `expected a ±% margin for "${name}"`, m[3]);
        this.add(name, hz, rme, Number(m[4]), lineNo);
    }
    /**
     * The line text[start, end) added when RESULT matches it with its name ending at the first ` x `
     * (at x, the one its lazy name tries first) and the usual `±`, read at its offsets in the whole text
     * (only the name sliced); false for any other line, which `line` then reads. Calls come in file order.
     */
    usual(start, x, end, lineNo) {
        const text = this.text;
        // every string compared below holds no CR or LF, so none matches past the line's end
        const h0 = x + 3;
        let i = h0;
        // `[\d,]+(?:\.\d+)?`, its digits read as numberIn reads them when every comma is a group separator
        // (three digits after it, then a comma, the point or the blank: no word character)
        let m = 0;
        let grouped = true;
        let comma = -1;
        for (let c = text.charCodeAt(i); i < end; c = text.charCodeAt(++i)) {
            if (c >= 48 && c <= 57)
                m = m * 10 + (c - 48);
            else if (c === 44) {
                if (i === h0 || (comma >= 0 && i - comma !== 4))
                    grouped = false;
                comma = i;
            }
            else
                break;
        }
        if (i === h0)
            return false;
        if (comma >= 0 && i - comma !== 4)
            grouped = false;
        let scale = 0;
        if (text.charCodeAt(i) === 46 /* . */) {
            const f = ++i;
            for (let c = text.charCodeAt(i); i < end && benchmarkjs_isDigit(c); c = text.charCodeAt(++i)) {
                m = m * 10 + (c - 48);
                scale--;
            }
            if (i === f)
                return false;
        }
        const h1 = i;
        if (!isAt(text, ' ops/sec \u00b1', i))
            return false;
        i = skipBlanks(text, i + 10, end);
        const r0 = i;
        while (i < end && isDigitOrPoint(text.charCodeAt(i)))
            i++;
        if (i === r0 || !isAt(text, '% (', i))
            return false;
        const r1 = i;
        i += 3;
        const n0 = i;
        let runs = 0;
        for (let c = text.charCodeAt(i); i < end && benchmarkjs_isDigit(c); c = text.charCodeAt(++i))
            runs = runs * 10 + (c - 48);
        if (i === n0 || i - n0 > 15 || !isAt(text, ' run', i))
            return false;
        i += 4;
        if (text.charCodeAt(i) === 115 /* s */)
            i++;
        if (!isAt(text, ' sampled)', i) || skipBlanks(text, i + 9, end) !== end)
            return false;
        // `.` stops at a line terminator: RESULT does not match such a name
        if (this.terminators.within(start, x))
            return false;
        const num = this.num;
        const exact = grouped ? exactDecimal(m, scale) : NaN;
        const hz = Number.isNaN(exact) ? numberIn(text, h0, h1) : exact;
        const rme = num.read(text, r0, r1) === r1 && !Number.isNaN(num.value) ? num.value : numberIn(text, r0, r1);
        if (hz === undefined || rme === undefined)
            return false; // line's errors
        // m[1].trim()
        const a = skipBlanks(text, start, x);
        let b = x;
        while (b > a && isJsSpace(text.charCodeAt(b - 1)))
            b--;
        this.add(text.slice(a, b), hz, rme, runs, lineNo);
        return true;
    }
    add(name, hz, rme, runs, lineNo) {
        const r = rme / 100;
        const series = makeSeries({
            name,
            rawUnit: 'ops/s',
            value: hz,
            spread: {
                low: hz / (1 + r),
                high: r < 1 ? hz / (1 - r) : undefined,
                stddev: runs > 1 ? (hz * r * Math.sqrt(runs)) / tCritical(runs - 1) : undefined,
            },
        }, this.file, lineNo);
        this.unique.check(series, lineNo);
        this.out.push(series);
    }
}
const benchmarkjs = {
    name: 'benchmarkjs',
    describe: "node bench.js | tee bench.txt (suite.on('cycle', e => console.log(String(e.target))))",
    detect(text) {
        return /^.+ x [\d,]+(?:\.\d+)? ops\/sec (?:±|\+\/-|\+-|Â±)\s*[\d.]+% \(\d+ runs? sampled\)/m.test(text.slice(0, 1 << 20));
    },
    parse(text, file) {
        const r = new benchmarkjs_Reader(text, file);
        const xs = new NextOf(text, ' x ');
        const lines = new LineCursor(text);
        while (lines.next()) {
            const { start, end, n } = lines;
            // RESULT's name ends at the first ` x ` after one character; a line with none anywhere is skipped
            const x = xs.from(start + 1);
            if (x + 3 <= end ? !r.usual(start, x, end, n) : isAt(text, ' x ', start) && end - start >= 3)
                r.line(text.slice(start, end), n);
        }
        if (r.out.length === 0) {
            throw new errors_ParseError(file, lines.n, 'expected at least one "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)" line');
        }
        return r.out;
    },
};

;// CONCATENATED MODULE: ./src/parse/tinybench.ts

const tinybench = {
    name: 'tinybench',
    describe: 'JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result }))) written to a file after bench.run()',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('['))
            return false;
        const head = text.slice(0, 1 << 16);
        return (/"name"\s*:/.test(head) &&
            /"result"\s*:\s*\{/.test(head) &&
            /"(latency|period|hz|error|state)"\s*:/.test(head) &&
            !/"groups"\s*:/.test(head));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const tasks = r.array(doc, [], 'the list of tasks [{"name", "result"}]');
        if (tasks.length === 0)
            r.fail([], 'expected at least one task in the list, got []');
        const unique = new UniqueNames(file);
        return tasks.map((t, i) => {
            const task = r.record(t, [i], `task ${i}`);
            const name = r.string(task.name, [i, 'name'], `the name of task ${i}`);
            const result = task.result;
            if (result === undefined || result === null) {
                r.fail([i], `expected a result for task "${name}"; was bench.run() awaited?`);
            }
            const res = r.record(result, [i, 'result'], `the result of "${name}"`);
            if (res.error !== undefined || (res.state !== undefined && res.state !== 'completed')) {
                r.fail([i, 'result'], `expected task "${name}" to have completed, its state is ${JSON.stringify(res.state ?? 'errored')} ` +
                    '(a benchmark that fails is reported as an error; fix or remove it)');
            }
            // v3+ nests the statistics under `latency`; v2 has them flat on the result.
            const nested = res.latency !== undefined;
            const statsPath = nested ? [i, 'result', 'latency'] : [i, 'result'];
            const stats = nested ? r.record(res.latency, statsPath, `the latency of "${name}"`) : res;
            const at = (k) => [...statsPath, k];
            const samples = stats.samples === undefined
                ? undefined
                : r.numbers(stats.samples, at('samples'), `the samples of "${name}"`);
            const mean = r.optionalNumber(stats.mean, at('mean'), `the mean of "${name}"`);
            const p50 = r.optionalNumber(stats.p50, at('p50'), `the median (p50) of "${name}"`);
            const value = p50 ?? (samples && samples.length > 0 ? medianOf(samples) : mean);
            if (value === undefined) {
                r.fail(statsPath, `expected latency statistics (p50, mean or samples) for "${name}"`);
            }
            const moe = r.optionalNumber(stats.moe, at('moe'), `the margin of error of "${name}"`);
            const sd = r.optionalNumber(stats.sd, at('sd'), `the standard deviation of "${name}"`);
            const line = r.at([i]);
            const series = makeSeries({
                name,
                rawUnit: 'ms',
                value,
                samples,
                spread: {
                    low: mean !== undefined && moe !== undefined ? mean - moe : undefined,
                    high: mean !== undefined && moe !== undefined ? mean + moe : undefined,
                    stddev: sd,
                },
            }, file, line);
            unique.check(series, line);
            return series;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/vitest.ts

const vitest = {
    name: 'vitest',
    describe: 'vitest bench --run --outputJson bench.json',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('{'))
            return false;
        const head = text.slice(0, 1 << 16);
        return /"files"\s*:/.test(head) && /"groups"\s*:/.test(head) && /"benchmarks"\s*:/.test(head);
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const root = r.record(doc, [], 'the vitest report {"files": [...]}');
        const files = r.array(root.files, ['files'], '"files"');
        const unique = new UniqueNames(file);
        const out = [];
        files.forEach((f, fi) => {
            const fileRec = r.record(f, ['files', fi], `files[${fi}]`);
            const groups = r.array(fileRec.groups, ['files', fi, 'groups'], `"groups" of files[${fi}]`);
            groups.forEach((g, gi) => {
                const gp = ['files', fi, 'groups', gi];
                const group = r.record(g, gp, 'a group');
                const fullName = r.string(group.fullName, [...gp, 'fullName'], 'the group\'s "fullName"');
                const benches = r.array(group.benchmarks, [...gp, 'benchmarks'], `"benchmarks" of "${fullName}"`);
                benches.forEach((b, bi) => {
                    const bp = [...gp, 'benchmarks', bi];
                    const bench = r.record(b, bp, `a benchmark of "${fullName}"`);
                    const name = `${fullName} > ${r.string(bench.name, [...bp, 'name'], 'the benchmark\'s "name"')}`;
                    const num = (k) => r.optionalNumber(bench[k], [...bp, k], `"${k}" of "${name}"`);
                    const samples = bench.samples === undefined
                        ? []
                        : r.numbers(bench.samples, [...bp, 'samples'], `"samples" of "${name}"`);
                    const median = num('median');
                    const mean = num('mean');
                    const moe = num('moe');
                    const value = median ?? (samples.length > 0 ? medianOf(samples) : mean);
                    if (value === undefined)
                        r.fail(bp, `expected a "median" or "mean" for "${name}"`);
                    const line = r.at(bp);
                    const series = makeSeries({
                        name,
                        rawUnit: 'ms',
                        value,
                        samples,
                        spread: {
                            low: mean !== undefined && moe !== undefined ? mean - moe : undefined,
                            high: mean !== undefined && moe !== undefined ? mean + moe : undefined,
                            stddev: num('sd'),
                        },
                    }, file, line);
                    unique.check(series, line);
                    out.push(series);
                });
            });
        });
        if (out.length === 0)
            r.fail(['files'], 'expected at least one benchmark in "files[].groups[].benchmarks"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/mitata.ts

const mitata = {
    name: 'mitata',
    describe: 'node bench.mjs > mitata.json with run({ format: { json: { samples: true, debug: false } } })',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('{'))
            return false;
        const head = text.slice(0, 1 << 16);
        return /"layout"\s*:/.test(head) && /"benchmarks"\s*:/.test(head) && /"runs"\s*:/.test(head);
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const root = r.record(doc, [], 'the mitata report {"layout", "benchmarks", "context"}');
        const layout = root.layout === undefined ? [] : r.array(root.layout, ['layout'], '"layout"');
        const trials = r.array(root.benchmarks, ['benchmarks'], '"benchmarks"');
        const unique = new UniqueNames(file);
        const out = [];
        trials.forEach((t, ti) => {
            const tp = ['benchmarks', ti];
            const trial = r.record(t, tp, `benchmarks[${ti}]`);
            const g = typeof trial.group === 'number' ? layout[trial.group] : undefined;
            const groupName = isRecord(g) && typeof g.name === 'string' && g.name !== '' ? g.name : undefined;
            const runs = r.array(trial.runs, [...tp, 'runs'], `the runs of benchmarks[${ti}]`);
            runs.forEach((u, ui) => {
                const up = [...tp, 'runs', ui];
                const run = r.record(u, up, 'a run');
                const own = r.string(run.name, [...up, 'name'], 'the run\'s "name"');
                const name = groupName === undefined ? own : `${groupName}/${own}`;
                if (run.error !== undefined || run.stats === undefined) {
                    const err = isRecord(run.error) && typeof run.error.message === 'string' ? `: ${run.error.message}` : '';
                    r.fail(up, `expected benchmark "${name}" to have run, it failed${err} (fix or remove it)`);
                }
                const sp = [...up, 'stats'];
                const stats = r.record(run.stats, sp, `the stats of "${name}"`);
                const samples = stats.samples === undefined || stats.samples === null
                    ? undefined
                    : r.numbers(stats.samples, [...sp, 'samples'], `the samples of "${name}"`);
                const p50 = r.number(stats.p50, [...sp, 'p50'], `"p50" of "${name}"`);
                const line = r.at(up);
                const time = makeSeries({ name, rawUnit: 'ns', value: p50, samples }, file, line);
                unique.check(time, line);
                out.push(time);
                if (isRecord(stats.heap) && stats.heap.avg !== undefined) {
                    const avg = r.number(stats.heap.avg, [...sp, 'heap', 'avg'], `"heap.avg" of "${name}"`);
                    const heap = makeSeries({ name, rawUnit: 'B', metric: 'heap', value: avg }, file, line);
                    unique.check(heap, line);
                    out.push(heap);
                }
            });
        });
        if (out.length === 0)
            r.fail(['benchmarks'], 'expected at least one benchmark run in "benchmarks"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/tinybench-table.ts



const BAR = '│';
const NAME = /^Task [Nn]ame$/;
const MEDIAN = /^Latency (?:med|median) \(([^()]+)\)$/;
const tinybench_table_MEAN = /^(?:Latency (?:avg|average)|Average Time) \(([^()]+)\)$/;
/** The cells of a `│ a │ b │` row, trimmed. */
function cells(line) {
    return line
        .split(BAR)
        .slice(1, -1)
        .map((c) => c.trim());
}
/** A string cell without the quotes util.inspect put around it. */
function unquote(cell) {
    const q = cell[0];
    if (cell.length >= 2 && (q === "'" || q === '"' || q === '`') && cell.endsWith(q))
        return cell.slice(1, -1);
    return cell;
}
/** `531.33 ± 4.40%` → value and relative margin; `511.00 ± 1.00` → value; `532.3` → value. */
function readCell(cell) {
    const t = unquote(cell);
    const pm = t.indexOf('±');
    const value = readNumber(pm < 0 ? t : t.slice(0, pm));
    if (value === undefined)
        return undefined;
    if (pm < 0)
        return { value };
    const rest = t.slice(pm + 1).trim();
    if (!rest.endsWith('%'))
        return readNumber(rest) === undefined ? undefined : { value };
    const rme = readNumber(rest.slice(0, -1));
    return rme === undefined ? undefined : { value, rme };
}
/** `±0.60%` → 0.6. */
function readMargin(cell) {
    const t = unquote(cell);
    return t.startsWith('±') && t.endsWith('%') ? readNumber(t.slice(1, -1)) : undefined;
}
function columns(header, file, line) {
    const find = (re) => header.findIndex((h) => re.test(h));
    const name = find(NAME);
    const median = find(MEDIAN);
    const mean = find(tinybench_table_MEAN);
    if (name < 0 || (median < 0 && mean < 0))
        throw new errors_ParseError(file, line, 'expected "Task name" and "Latency … (ns)" columns in the table header');
    const unit = (median >= 0 ? MEDIAN.exec(header[median]) : tinybench_table_MEAN.exec(header[mean]))[1];
    return {
        count: header.length,
        name,
        median,
        mean,
        unit,
        margin: header.indexOf('Margin'),
        error: header.indexOf('Error'),
    };
}
const tinybenchTable = {
    name: 'tinybench-table',
    describe: 'console.table(bench.table()) of tinybench (v2 or v3+), as printed',
    detect(text) {
        return /^│ \(index\) +│ Task [Nn]ame +│[^\n]{0,2000}(?:Latency|Average Time) /m.test(stripAnsi(text.slice(0, 65536)));
    },
    parse(text, file, sink) {
        const lines = textLines(stripAnsi(text));
        const out = new SeriesList(file);
        let cols;
        for (let i = 0; i < lines.length; i++) {
            const l = lines[i];
            if (!l.startsWith(BAR)) {
                if (!l.startsWith('├') && !l.startsWith('┌'))
                    cols = undefined;
                continue;
            }
            const row = cells(l);
            if (row[0] === '(index)') {
                cols = columns(row, file, i + 1);
                continue;
            }
            if (!cols)
                continue;
            if (row.length !== cols.count)
                throw new errors_ParseError(file, i + 1, `expected ${cols.count} cells in a tinybench table row`, l.trim());
            const name = unquote(row[cols.name]);
            if (cols.error >= 0 && row[cols.error] !== '') {
                sink?.warn(i + 1, `tinybench task "${name}" failed (${unquote(row[cols.error])}): no result`);
                continue;
            }
            const mean = cols.mean >= 0 ? readCell(row[cols.mean]) : undefined;
            const median = cols.median >= 0 ? readCell(row[cols.median]) : undefined;
            const head = cols.median >= 0 ? median : mean;
            if (!head || (cols.mean >= 0 && !mean))
                throw new errors_ParseError(file, i + 1, `expected latencies in (${cols.unit}) for "${name}"`, row[cols.median >= 0 ? cols.median : cols.mean]);
            const rme = mean?.rme ?? (cols.margin >= 0 ? readMargin(row[cols.margin]) : undefined);
            if (cols.margin >= 0 && rme === undefined)
                throw new errors_ParseError(file, i + 1, `expected a margin like "±0.60%" for "${name}"`, row[cols.margin]);
            const s = consoleSeries({
                name,
                metric: 'time',
                rawUnit: cols.unit,
                value: head.value,
                spread: mean && rme !== undefined ? rmeInterval(mean.value, rme) : undefined,
            }, file, i + 1, cols.median >= 0 ? undefined : 'mean');
            out.add(s, i + 1);
        }
        return out.done(lines.length, 'expected a console.table(bench.table()) with at least one task');
    },
};

;// CONCATENATED MODULE: ./src/parse/mitata-console.ts



const mitata_console_CONSOLE_HEADER = /^benchmark +avg \(min … max\)/;
const SEPARATOR = /^-{10,} -{10,}$/;
/**
 * The lines are read in place, as offsets into the text (or into the line, colour codes removed):
 * a file of a million lines would otherwise spend more on the line and cell strings than on reading
 * them. Each step below says which string operation of the line it stands for.
 */
class mitata_console_Reader {
    file;
    sink;
    out = [];
    unique;
    started = false;
    group;
    named; // a `• name` line waiting for its separator
    /** `readAvg`'s result. */
    value = 0;
    unit = '';
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
        this.unique = new UniqueNames(file);
    }
    /** The line s[from, to) (no LF, no CR at its end), number n. */
    line(s, from, to, n) {
        const first = s.charCodeAt(from);
        if (first === 124 /* | */ && from < to) {
            this.row(s, from, to, n);
            return;
        }
        if (first === 98 /* b */ && s.startsWith('benchmark', from) && mitata_console_CONSOLE_HEADER.test(s.slice(from, to))) {
            this.started = true;
            return;
        }
        if (!this.started || from === to || first === 32)
            return; // the min … max and heap lines, summaries
        if (first === 0x2022 /* • */ && s.charCodeAt(from + 1) === 32) {
            // `l.slice(2).trim()`
            this.named = trim(s, from + 2, to);
            return;
        }
        if (first === 45 /* - */ && SEPARATOR.test(s.slice(from, to))) {
            this.group = this.named;
            this.named = undefined;
            return;
        }
        // a result line (or the program's own): one string, searched as the line (not the text after it)
        const l = s.slice(from, to);
        const err = errorAt(l);
        if (err > 0) {
            this.sink?.warn(n, `mitata benchmark "${trim(l, 0, err)}" failed (${trim(l, err + 8, l.length)}): no result`);
            return;
        }
        const iter = l.indexOf('/iter');
        if (iter < 0)
            return; // `summary`, plots, the program's own output
        // `<name>  <value> <unit>/iter`: the unit and value are the last two words (mitata pads `  s`), as
        // before = l.slice(0, iter).trimEnd(); valueEnd = before.slice(0, before.lastIndexOf(' ') + 1).trimEnd()
        const before = trimmedEnd(l, 0, iter);
        const space = lastSpace(l, 0, before);
        const valueEnd = space < 0 ? 0 : trimmedEnd(l, 0, space + 1);
        const valueAt = lastSpace(l, 0, valueEnd);
        if (valueAt < 0 || !this.readAvg(l, valueAt, iter + 5))
            this.fail(l, n);
        const a = trimmedStart(l, 0, valueAt);
        const b = trimmedEnd(l, a, valueAt);
        if (a === b)
            this.fail(l, n);
        this.add(l.slice(a, b), n);
    }
    /** A markdown row: the cells between the first and the last bar, only the first two read. */
    row(s, from, to, n) {
        const bar1 = barIn(s, from + 1, to);
        const bar2 = bar1 < 0 ? -1 : barIn(s, bar1 + 1, to);
        if (bar2 >= 0 && isAvgHeader(s, bar1, bar2)) {
            this.started = true;
            const a = trimmedStart(s, from + 1, bar1);
            const b = trimmedEnd(s, a, bar1);
            this.group = s.startsWith('• ', a) && b - a >= 2 ? trim(s, a + 2, b) : undefined;
            return;
        }
        if (!this.started || bar1 < 0)
            return;
        const a = trimmedStart(s, from + 1, bar1);
        const b = trimmedEnd(s, a, bar1);
        if (a < b && allDashes(s, a, b))
            return;
        let c = bar1;
        let d = bar1;
        if (bar2 >= 0) {
            c = trimmedStart(s, bar1 + 1, bar2);
            d = trimmedEnd(s, c, bar2);
        }
        // count === 2: bar1, bar2 and no bar after them
        if (bar2 >= 0 && s.startsWith('error:', c) && d - c >= 6 && barIn(s, bar2 + 1, to) < 0) {
            this.sink?.warn(n, `mitata benchmark "${s.slice(a, b)}" failed (${trim(s, c + 6, d)}): no result`);
            return;
        }
        // unquoted(cell1): one backtick off each end
        if (s.charCodeAt(c) === 96 && c < d)
            c++;
        if (d - 1 >= c && s.charCodeAt(d - 1) === 96)
            d--;
        if (bar2 < 0 || !this.readAvg(s, c, d) || a === b) {
            throw new errors_ParseError(this.file, n, `expected "| <name> | \`<avg> <unit>/iter\` | …" for "${s.slice(a, b)}"`, s.slice(from, to));
        }
        this.add(s.slice(a, b), n);
    }
    /**
     * `483.24 ns/iter` in s[from, to) after trimming, split as `t.slice(0, -5).trim().split(/ +/)`:
     * exactly two words, a number and its unit; sets `value` and `unit`.
     */
    readAvg(s, from, to) {
        const a = trimmedStart(s, from, to);
        const b = trimmedEnd(s, a, to);
        if (b - a < 5 || !s.startsWith('/iter', b - 5))
            return false;
        const c = trimmedStart(s, a, b - 5);
        const d = trimmedEnd(s, c, b - 5);
        if (c === d)
            return false;
        const p = s.indexOf(' ', c);
        if (p < 0 || p >= d)
            return false;
        let q = p + 1;
        while (s.charCodeAt(q) === 32)
            q++;
        const r = s.indexOf(' ', q);
        if (r >= 0 && r < d)
            return false;
        const value = numberIn(s, c, p);
        if (value === undefined)
            return false;
        this.value = value;
        this.unit = unitOf(s, q, d);
        return true;
    }
    add(bench, line) {
        const group = this.group;
        const s = consoleSeries({ name: group ? `${group}/${bench}` : bench, metric: 'time', rawUnit: this.unit, value: this.value }, this.file, line, 'mean');
        this.unique.check(s, line);
        this.out.push(s);
    }
    fail(l, n) {
        throw new errors_ParseError(this.file, n, 'expected "<name>  <avg> <unit>/iter  <p75> <unit>"', l.trim());
    }
}
/**
 * `l.indexOf(' error: ')`, searched as `error: ` after a space: a search for a pattern that starts with
 * a blank stops at every blank of a padded line.
 */
function errorAt(l) {
    for (let p = l.indexOf('error: ', 1); p >= 0; p = l.indexOf('error: ', p + 1)) {
        if (l.charCodeAt(p - 1) === 32)
            return p - 1;
    }
    return -1;
}
/** The common units as constants: not a new two-character string per line. */
const UNITS = ['ns', 'µs', 'ms', 's', 'ps', 'us'];
function unitOf(s, from, to) {
    for (const u of UNITS)
        if (u.length === to - from && s.startsWith(u, from))
            return u;
    return s.slice(from, to);
}
/** The start of s[from, to) without the blanks `trimStart` removes. */
function trimmedStart(s, from, to) {
    let a = from;
    while (a < to && isJsSpace(s.charCodeAt(a)))
        a++;
    return a;
}
/** s[from, to).trim() */
function trim(s, from, to) {
    const a = trimmedStart(s, from, to);
    return s.slice(a, trimmedEnd(s, a, to));
}
/** The end of s[from, to) without the blanks `trimEnd` removes. */
function trimmedEnd(s, from, to) {
    let b = to;
    while (b > from && isJsSpace(s.charCodeAt(b - 1)))
        b--;
    return b;
}
/** The last ASCII space in s[from, to), or -1. */
function lastSpace(s, from, to) {
    if (to <= from)
        return -1;
    const p = s.lastIndexOf(' ', to - 1);
    return p >= from ? p : -1;
}
/** The first `|` in s[from, to), or -1. */
function barIn(s, from, to) {
    if (from >= to)
        return -1;
    const p = s.indexOf('|', from);
    return p >= 0 && p < to ? p : -1;
}
/** Whether the cell between the bars is ` +avg ` (`/^\|[^|]*\| +avg \|/`). */
function isAvgHeader(s, bar1, bar2) {
    if (bar2 - bar1 < 6 || !s.startsWith('avg ', bar2 - 4))
        return false;
    for (let i = bar1 + 1; i < bar2 - 4; i++)
        if (s.charCodeAt(i) !== 32)
            return false;
    return true;
}
/** `/^-+$/` on a non-empty s[from, to). */
function allDashes(s, from, to) {
    for (let i = from; i < to; i++)
        if (s.charCodeAt(i) !== 45)
            return false;
    return true;
}
const mitataConsole = {
    name: 'mitata-console',
    describe: "mitata's console output, or its run({ format: 'markdown' }) tables",
    detect(text) {
        const head = stripAnsi(text.slice(0, 65536));
        return (/^benchmark +avg \(min … max\) +p75/m.test(head) ||
            /^\|[^|\n]{0,2000}\| +avg \| +min \| +p75 \|/m.test(head));
    },
    parse(text, file, sink) {
        const r = new mitata_console_Reader(file, sink);
        let count = 0;
        if (text.includes('\u001b'))
            count = eachPlainLine(text, (l, n) => r.line(l, 0, l.length, n));
        else {
            // eachLine's lines, as offsets
            for (let start = 0;;) {
                const nl = text.indexOf('\n', start);
                const end = nl < 0 ? text.length : nl;
                r.line(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, ++count);
                if (nl < 0)
                    break;
                start = nl + 1;
            }
        }
        if (r.out.length === 0)
            throw new errors_ParseError(file, count, 'expected mitata results ("<name>  <avg> <unit>/iter")');
        return r.out;
    },
};

;// CONCATENATED MODULE: ./src/parse/vitest-console.ts




// eslint-disable-next-line no-control-regex
const vitest_console_ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const vitest_console_HEADER = /^ {2,12}name +hz +min +max +mean +/;
/** ` ✓ file > describe` (passed) or ` × file` / ` ❯ file` (failed or running). */
const GROUP = /^ [✓×❯✗] (\S.*)$/;
/** `--compare`'s marker at the end of a row: ` [1.10x] ⇑`. */
const MARK = /\s\[\d{1,9}(?:\.\d{1,9})?x\] [⇑⇓]$/;
/** The group's name: a file's top-level group is printed with its duration (` 517ms`). */
function groupName(header) {
    const t = header.trim();
    if (t.includes(' > '))
        return t;
    return t.replace(/ \d{1,12}(?:\.\d{1,12})?m?s$/, '');
}
function headerOf(names) {
    return { names, hz: names.indexOf('hz'), mean: names.indexOf('mean'), rme: names.indexOf('rme') };
}
/** Where the ANSI colour code at i (`ESC [ 0-9; letter`) ends, or -1 if there is none at i. */
function ansiEnd(t, i, end) {
    if (t.charCodeAt(i + 1) !== 91 /* [ */)
        return -1;
    let j = i + 2;
    for (; j < end; j++) {
        const c = t.charCodeAt(j);
        if (!((c >= 48 && c <= 57) || c === 59))
            break;
    }
    const c = t.charCodeAt(j);
    return j < end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ? j + 1 : -1;
}
/** The first five of a header's words, which HEADER requires. */
const HEADER_WORDS = ['name', 'hz', 'min', 'max', 'mean'];
/** Past the colour codes from i (-1 at an ESC that starts none). */
function skipAnsi(t, i, end) {
    while (i >= 0 && i < end && t.charCodeAt(i) === 0x1b)
        i = ansiEnd(t, i, end);
    return i;
}
/** Whether l[a, b) is a printed column value, `/^\d[\d,]*(?:\.\d+)?$/` (`1,695,265.66`, `0.0005`, `84764`). */
function isColumnNumber(l, a, b) {
    if (a >= b || !vitest_console_isDigit(l.charCodeAt(a)))
        return false;
    let i = a + 1;
    while (i < b && (vitest_console_isDigit(l.charCodeAt(i)) || l.charCodeAt(i) === 44))
        i++;
    if (i === b)
        return true;
    if (l.charCodeAt(i) !== 46 || i + 1 === b)
        return false;
    for (i++; i < b; i++)
        if (!vitest_console_isDigit(l.charCodeAt(i)))
            return false;
    return true;
}
function vitest_console_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Digits after the decimal point as printed, in t[a, b). */
function decimals(t, a, b) {
    for (let i = a; i < b; i++)
        if (t.charCodeAt(i) === 46)
            return b - i - 1;
    return 0;
}
/** A key of printed columns with its colours gone and its runs of blanks made one. */
function normalKey(key) {
    const plain = key.includes('\u001b') ? key.replace(vitest_console_ANSI, '') : key;
    return plain.includes('  ') ? plain.replace(/ +/g, ' ') : plain;
}
function grown(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}
/** The reading of one console output. */
class vitest_console_Reader {
    file;
    out = [];
    unique;
    /** Each name's printed columns, to tell a group printed again from a second benchmark of the name. */
    printed = new KeyTable();
    /**
     * The columns by name id: `values.join(' ')`, or the text they were read from in place (normalKey
     * makes the first of the second), compared only when a name comes again.
     */
    printedKeys = [];
    group;
    header;
    /** The last group and header line read (as printed) and what each gave: the tables repeat them. */
    groupLine;
    lastGroup;
    headerLine;
    lastHeader;
    /** Start and end of the fields of a row read in place, left to right. */
    ts = new Int32Array(32);
    te = new Int32Array(32);
    constructor(file) {
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    /** Whether `raw` is the last group or header line read (as printed), which it then reads again. */
    again(raw, first) {
        if (first === 110 /* n */) {
            if (raw !== this.headerLine)
                return false;
            this.header = this.lastHeader;
        }
        else if (first !== 0xb7 /* · */) {
            if (raw !== this.groupLine)
                return false;
            this.group = this.lastGroup;
            this.header = undefined;
        }
        else
            return false;
        return true;
    }
    /** A line (colours removed, no CR) that starts with k blanks and then `first`; `raw` as printed. */
    line(l, k, first, lineNo, raw) {
        if (k === 1) {
            const g = GROUP.exec(l);
            if (g) {
                this.group = groupName(g[1]);
                this.header = undefined;
                this.groupLine = raw;
                this.lastGroup = this.group;
            }
        }
        else if (first === 110 /* n */) {
            if (vitest_console_HEADER.test(l)) {
                this.header = headerOf(l.trim().split(/ +/).slice(1));
                this.headerLine = raw;
                this.lastHeader = this.header;
            }
        }
        else if (l.charCodeAt(k + 1) === 32 &&
            k + 2 < l.length &&
            !isJsSpace(l.charCodeAt(k + 2)) &&
            !holdsLineTerminator(l)) {
            this.row(l, k + 2, lineNo); // ROW, /^ {2,12}· (\S.*)$/: its group from k + 2
        }
    }
    /** A result row, its text from l[bodyStart]. */
    row(l, bodyStart, lineNo) {
        const file = this.file;
        const header = this.header;
        const group = this.group;
        if (!header || group === undefined)
            throw new errors_ParseError(file, lineNo, 'expected a group line and a "name hz min max mean …" header before a result', l);
        let bodyEnd = l.length;
        while (bodyEnd > bodyStart && isJsSpace(l.charCodeAt(bodyEnd - 1)))
            bodyEnd--;
        const lastChar = l.charCodeAt(bodyEnd - 1);
        if (lastChar === 0x21d1 || lastChar === 0x21d3) {
            // ⇑ ⇓
            const mark = MARK.exec(l.slice(bodyStart, bodyEnd));
            if (mark) {
                bodyEnd = bodyStart + mark.index;
                while (bodyEnd > bodyStart && isJsSpace(l.charCodeAt(bodyEnd - 1)))
                    bodyEnd--;
            }
        }
        const body = l.slice(bodyStart, bodyEnd);
        const fields = body.split(/ +/);
        const names = header.names;
        const n = names.length;
        if (fields.length <= n)
            throw new errors_ParseError(file, lineNo, `expected a name and ${n} columns (${names.join(' ')})`, body);
        const values = fields.slice(-n);
        const name = `${group} > ${fields.slice(0, -n).join(' ')}`;
        const col = (at) => values[at] ?? '';
        const hzText = col(header.hz);
        const meanText = col(header.mean);
        const hz = readNumber(hzText);
        const mean = readNumber(meanText);
        const rmeText = col(header.rme);
        const rme = rmeText.startsWith('±') && rmeText.endsWith('%') ? readNumber(rmeText.slice(1, -1)) : undefined;
        const unreadable = values.some((v, k) => k !== header.rme && !isColumnNumber(v, 0, v.length));
        if (hz === undefined || mean === undefined || rme === undefined || hz <= 0 || unreadable)
            throw new errors_ParseError(file, lineNo, `expected numbers (${names.join(' ')}) for "${name}"`, body);
        const meanDecimals = decimals(meanText, 0, meanText.length);
        const hzDecimals = decimals(hzText, 0, hzText.length);
        this.add(name, hz, mean, rme, meanDecimals, hzDecimals, values.join(' '), lineNo);
    }
    /**
     * A result row read in place from t[at, end), just after its "·" (in a text without a CR, U+2028
     * or U+2029): true when read, false to leave the line to `line`, which then says what is wrong with
     * it. Its fields are the runs between blanks once the colours are gone, here each without a colour
     * inside.
     */
    rowInPlace(t, at, end, lineNo) {
        const header = this.header;
        const group = this.group;
        if (!header || group === undefined)
            return false;
        // "· " and the first field's first character, colours between them
        let i = skipAnsi(t, at, end);
        if (i < 0 || t.charCodeAt(i) !== 32)
            return false;
        i = skipAnsi(t, i + 1, end);
        if (i < 0 || i === end || t.charCodeAt(i) === 32)
            return false;
        const count = this.fields(t, i, end);
        if (count < 0)
            return false;
        const ts = this.ts;
        const te = this.te;
        const n = header.names.length;
        if (count <= n)
            return false;
        const last = t.charCodeAt(te[count - 1] - 1);
        if (isJsSpace(last) || last === 0x21d1 || last === 0x21d3 || isJsSpace(t.charCodeAt(ts[0])))
            return false;
        // the name's fields as one slice: single blanks and no colour between them
        const v0 = count - n;
        for (let f = 1; f < v0; f++)
            if (ts[f] !== te[f - 1] + 1)
                return false;
        if (header.rme < 0 || header.hz < 0 || header.mean < 0)
            return false;
        const ra = ts[v0 + header.rme];
        const rb = te[v0 + header.rme];
        if (!(rb - ra >= 2 && t.charCodeAt(ra) === 0xb1 && t.charCodeAt(rb - 1) === 37))
            return false;
        const rme = numberIn(t, ra + 1, rb - 1);
        for (let v = 0; v < n; v++)
            if (v !== header.rme && !isColumnNumber(t, ts[v0 + v], te[v0 + v]))
                return false;
        const ha = ts[v0 + header.hz];
        const hb = te[v0 + header.hz];
        const ma = ts[v0 + header.mean];
        const mb = te[v0 + header.mean];
        const hz = numberIn(t, ha, hb);
        const mean = numberIn(t, ma, mb);
        if (hz === undefined || mean === undefined || rme === undefined || hz <= 0)
            return false;
        const name = `${group} > ${t.slice(ts[0], te[v0 - 1])}`;
        const key = t.slice(ts[v0], te[count - 1]);
        this.add(name, hz, mean, rme, decimals(t, ma, mb), decimals(t, ha, hb), key, lineNo);
        return true;
    }
    /**
     * The fields of t[i, end) from i (a field's first character) into ts/te: the runs between blanks
     * once the colours are gone, or -1 when a colour is inside one (or an ESC starts none).
     */
    fields(t, i, end) {
        let ts = this.ts;
        let te = this.te;
        let count = 0;
        while (i < end) {
            const c = t.charCodeAt(i);
            if (c === 32)
                i++;
            else if (c === 0x1b) {
                const after = ansiEnd(t, i, end);
                if (after < 0)
                    return -1;
                i = after;
            }
            else {
                const from = i;
                while (i < end && t.charCodeAt(i) !== 32 && t.charCodeAt(i) !== 0x1b)
                    i++;
                if (count === ts.length) {
                    ts = this.ts = grown(ts);
                    te = this.te = grown(te);
                }
                ts[count] = from;
                te[count++] = i;
                i = skipAnsi(t, i, end);
                if (i < 0 || (i < end && t.charCodeAt(i) !== 32))
                    return -1;
            }
        }
        return count;
    }
    /**
     * A header line read in place from t[i, end), i at its "name" (in a text without a CR, U+2028 or
     * U+2029): true when read, false to leave it to `line`.
     */
    headerInPlace(t, i, end) {
        const count = this.fields(t, i, end);
        if (count < 6)
            return false;
        const ts = this.ts;
        const te = this.te;
        for (let f = 0; f < 5; f++) {
            const word = HEADER_WORDS[f];
            if (te[f] - ts[f] !== word.length || !isAt(t, word, ts[f]))
                return false;
        }
        if (isJsSpace(t.charCodeAt(te[count - 1] - 1)))
            return false; // trim() would take it
        // the columns as the last header had them: the same list
        const last = this.lastHeader;
        let same = last !== undefined && last.names.length === count - 1;
        for (let f = 1; same && f < count; f++) {
            const name = last.names[f - 1];
            same = te[f] - ts[f] === name.length && isAt(t, name, ts[f]);
        }
        if (!same) {
            const names = [];
            for (let f = 1; f < count; f++)
                names.push(t.slice(ts[f], te[f]));
            this.lastHeader = headerOf(names);
            this.headerLine = undefined;
        }
        this.header = this.lastHeader;
        return true;
    }
    /** A row read: a series, unless it is the same group printed again. */
    add(name, hz, mean, rme, meanDecimals, hzDecimals, key, lineNo) {
        const id = this.printed.idOf(name, '');
        if (id >= 0) {
            const before = this.printedKeys[id];
            if (before === key || normalKey(before) === normalKey(key))
                return; // the same group printed again
            this.printedKeys[id] = key;
        }
        else
            this.printedKeys.push(key);
        // relative rounding error of each: hz to 2 decimals, the mean to `decimals` decimals
        const meanErr = (0.5 * 10 ** -meanDecimals) / (mean || Number.MIN_VALUE);
        const hzErr = (0.5 * 10 ** -hzDecimals) / hz;
        const ms = hzErr < meanErr ? 1000 / hz : mean;
        const s = consoleSeries({
            name,
            metric: 'time',
            rawUnit: 'ms',
            value: ms,
            spread: rmeInterval(ms, rme),
        }, this.file, lineNo, 'mean');
        this.unique.check(s, lineNo);
        this.out.push(s);
    }
    done(lines) {
        if (this.out.length === 0)
            throw new errors_ParseError(this.file, lines, 'expected vitest bench tables with at least one result row');
        return this.out;
    }
}
const vitestConsole = {
    name: 'vitest-console',
    describe: 'vitest bench --run > bench.txt (its console output, with or without colours)',
    detect(text) {
        return /^ {2,12}name +hz +min +max +mean +p75 +p99 +p995 +p999 +rme +samples/m.test(stripAnsi(text.slice(0, 65536)));
    },
    parse(text, file) {
        const r = new vitest_console_Reader(file);
        // a line terminator other than LF ends `.` in the regexes and a CR is dropped after the colours:
        // such a text is read line by line as strings, without the in-place reading of rows
        const inPlace = !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
        // the next ESC from where it was last looked for (-1: none left)
        let nextEsc = 0;
        let lineNo = 0;
        for (let s = 0;;) {
            lineNo++;
            const nl = text.indexOf('\n', s);
            const end = nl < 0 ? text.length : nl;
            if (nextEsc >= 0 && nextEsc < s)
                nextEsc = text.indexOf('\u001b', s);
            // Which of the three lines this can be, from the blanks and the first character after them once
            // the colours are gone: most lines are none, and are never stripped or sliced.
            let k = 0;
            let i = s;
            while (i < end) {
                const c = text.charCodeAt(i);
                if (c === 32) {
                    k++;
                    i++;
                }
                else if (c === 0x1b) {
                    const after = ansiEnd(text, i, end);
                    if (after < 0)
                        break;
                    i = after;
                }
                else
                    break;
            }
            const first = i < end ? text.charCodeAt(i) : -1;
            const candidate = k === 1
                ? first === 0x2713 || first === 0xd7 || first === 0x276f || first === 0x2717 // ✓ × ❯ ✗
                : k >= 2 && k <= 12 && (first === 110 /* n */ || first === 0xb7); /* · */
            const read = candidate &&
                inPlace &&
                (first === 0xb7
                    ? r.rowInPlace(text, i + 1, end, lineNo)
                    : first === 110 && r.headerInPlace(text, i, end));
            if (candidate && !read) {
                const raw = text.slice(s, end);
                // a group or header line as printed before: what it gave then, without removing its colours again
                if (!r.again(raw, first)) {
                    const l = withoutCr(nextEsc >= 0 && nextEsc < end ? raw.replace(vitest_console_ANSI, '') : raw);
                    r.line(l, k, first, lineNo, raw);
                }
            }
            if (nl < 0)
                break;
            s = nl + 1;
        }
        return r.done(lineNo);
    },
};

;// CONCATENATED MODULE: ./src/parse/jmh.ts


const MODE_METRIC = {
    thrpt: 'throughput',
    avgt: 'time',
    sample: 'sample time',
    ss: 'single-shot time',
};
/**
 * The metric of a primary score: the mode's, unless the score's unit says otherwise. A throughput-mode
 * score in a time per operation (`thrpt` with `us/op`, as hand-made or converted files have it) is a
 * time, smaller is better, and is labelled "time (thrpt)"; a time mode scored in ops per time is a
 * throughput. The unit decides the direction either way.
 */
function modeMetric(mode, unit) {
    const metric = MODE_METRIC[mode] ?? mode;
    const kind = unitInfo(unit).metric;
    if (metric === 'throughput' && kind === 'time')
        return `time (${mode})`;
    if (metric !== 'throughput' && MODE_METRIC[mode] !== undefined && kind === 'throughput')
        return `throughput (${mode})`;
    return metric;
}
/** JMH's unit spelling to one units.ts reads the way JMH means it. */
function jmhUnit(unit) {
    return unit === 'MB/sec' ? 'MiB/s' : unit;
}
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** Read one metric object; undefined when its score is not a number (JMH's "NaN"). */
function readMetric(r, m, path, what) {
    const rec = r.record(m, path, what);
    const unit = typeof rec.scoreUnit === 'string'
        ? rec.scoreUnit
        : r.wrong([...path, 'scoreUnit'], `expected a "scoreUnit" for ${what}`, rec.scoreUnit);
    const value = finite(rec.score);
    if (value === undefined)
        return undefined;
    const samples = [];
    if (rec.rawData !== undefined) {
        r.array(rec.rawData, [...path, 'rawData'], `"rawData" of ${what}`).forEach((fork, fi) => {
            const fp = [...path, 'rawData', fi];
            for (const [ii, x] of r.array(fork, fp, `a fork's iterations in ${what}`).entries()) {
                samples.push(r.number(x, [...fp, ii], `an iteration's score in ${what}`));
            }
        });
    }
    else if (rec.rawDataHistogram !== undefined) {
        const hp = [...path, 'rawDataHistogram'];
        r.array(rec.rawDataHistogram, hp, `"rawDataHistogram" of ${what}`).forEach((fork, fi) => {
            r.array(fork, [...hp, fi], `a fork in ${what}`).forEach((iter, ii) => {
                const ip = [...hp, fi, ii];
                let sum = 0;
                let count = 0;
                r.array(iter, ip, `an iteration's histogram in ${what}`).forEach((pair, pi) => {
                    const pp = [...ip, pi];
                    const p = r.array(pair, pp, `a [value, count] pair in ${what}`);
                    const v = r.number(p[0], pp, `a histogram value in ${what}`);
                    const c = r.number(p[1], pp, `a histogram count in ${what}`);
                    sum += v * c;
                    count += c;
                });
                if (count > 0 && Number.isFinite(sum / count))
                    samples.push(sum / count);
            });
        });
    }
    const conf = Array.isArray(rec.scoreConfidence) ? rec.scoreConfidence : [];
    return { value, unit: jmhUnit(unit), samples, low: finite(conf[0]), high: finite(conf[1]) };
}
const jmh = {
    name: 'jmh',
    describe: 'java -jar target/benchmarks.jar -rf json -rff jmh.json',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('['))
            return false;
        const head = text.slice(0, 1 << 16);
        return /"benchmark"\s*:/.test(head) && /"primaryMetric"\s*:/.test(head);
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const list = r.array(doc, [], 'the JMH result list [{"benchmark", "mode", "primaryMetric"}]');
        if (list.length === 0)
            r.fail([], 'expected at least one JMH result, got []');
        const out = [];
        const taken = new Map();
        const add = (s, line) => {
            const key = `${s.name}\u0000${s.metric}`;
            const first = taken.get(key);
            if (first !== undefined) {
                throw new errors_ParseError(file, lineOf(line), `expected each benchmark, params and mode once, "${s.name}" (${s.metric}) already appeared on line ${lineOf(first)}`);
            }
            taken.set(key, line);
            out.push(s);
        };
        list.forEach((b, i) => {
            const bench = r.record(b, [i], `result ${i}`);
            const method = r.string(bench.benchmark, [i, 'benchmark'], `"benchmark" of result ${i}`);
            const mode = r.string(bench.mode, [i, 'mode'], `"mode" of "${method}"`);
            let name = method;
            if (bench.params !== undefined) {
                const params = r.record(bench.params, [i, 'params'], `"params" of "${method}"`);
                const pairs = Object.entries(params).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
                if (pairs.length > 0)
                    name = `${method} (${pairs.join(', ')})`;
            }
            const line = r.at([i]);
            const primary = readMetric(r, bench.primaryMetric, [i, 'primaryMetric'], `"${name}"`);
            if (primary === undefined) {
                r.fail([i, 'primaryMetric', 'score'], `expected a number for the score of "${name}"`);
            }
            add(makeSeries({
                name,
                rawUnit: primary.unit,
                metric: modeMetric(mode, primary.unit),
                value: primary.value,
                samples: primary.samples,
                spread: { low: primary.low, high: primary.high },
            }, file, line), line);
            if (bench.secondaryMetrics === undefined)
                return;
            const secondary = r.record(bench.secondaryMetrics, [i, 'secondaryMetrics'], `"secondaryMetrics" of "${name}"`);
            for (const [key, m] of Object.entries(secondary)) {
                const mp = [i, 'secondaryMetrics', key];
                const metric = readMetric(r, m, mp, `"${key}" of "${name}"`);
                if (metric === undefined)
                    continue;
                let label = key.replace(/^\u00b7/, '');
                if (taken.has(`${name}\u0000${label}`))
                    label = `${label} (${mode})`;
                const at = r.at(mp);
                add(makeSeries({
                    name,
                    rawUnit: metric.unit,
                    metric: label,
                    // Profiler metrics are costs: a higher allocation rate is not an improvement.
                    direction: /^gc\./.test(label) ? 'smaller' : undefined,
                    value: metric.value,
                    samples: metric.samples,
                    spread: { low: metric.low, high: metric.high },
                }, file, at), at);
            }
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/julia.ts

const julia = {
    name: 'julia',
    describe: 'BenchmarkTools.save("bench.json", run(SUITE)) (or median(results))',
    detect(text) {
        return (/^\s*\[\s*\{\s*"Julia"\s*:/.test(text.slice(0, 4096)) &&
            text.slice(0, 4096).includes('"BenchmarkTools"'));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.array(doc, [], "BenchmarkTools' [versions, [value]]");
        r.record(top[0], [0], 'the version record {"Julia", "BenchmarkTools"}');
        const values = r.array(top[1], [1], 'the saved values');
        if (values.length !== 1) {
            r.fail([1], `expected one saved value (a BenchmarkGroup, Trial or TrialEstimate), found ${values.length}; ` +
                'save one per file, e.g. BenchmarkTools.save("bench.json", median(results))');
        }
        const out = [];
        const unique = new UniqueNames(file);
        const push = (s, line) => {
            unique.check(s, line);
            out.push(s);
        };
        // Iterative walk: a hostile file nested a million deep must not overflow the stack.
        const stack = [
            { value: values[0], path: [1, 0], name: [] },
        ];
        while (stack.length > 0) {
            const { value, path, name } = stack.pop();
            const lowered = r.array(value, path, 'a ["TypeName", {fields}] value');
            const type = typeof lowered[0] === 'string'
                ? lowered[0]
                : r.wrong([...path, 0], 'expected a type name', lowered[0]);
            const fields = r.record(lowered[1], [...path, 1], `the fields of a ${type}`);
            const fp = [...path, 1];
            const label = name.length > 0 ? name.join('/') : 'trial';
            const line = r.at(path);
            if (type === 'BenchmarkGroup') {
                const data = r.record(fields.data, [...fp, 'data'], 'the "data" of a BenchmarkGroup');
                // Reverse, so that popping the stack visits keys in file order.
                const children = Object.entries(data).map(([k, v]) => ({
                    value: v,
                    path: [...fp, 'data', k],
                    name: [...name, k],
                }));
                // A loop, not a spread: a hostile file's node may have more children than a call takes arguments.
                for (let c = children.length - 1; c >= 0; c--)
                    stack.push(children[c]);
                continue;
            }
            if (type !== 'Trial' && type !== 'TrialEstimate') {
                r.fail([...path, 0], `expected a BenchmarkGroup, Trial or TrialEstimate, got ${JSON.stringify(type)}`);
            }
            if (type === 'Trial') {
                const times = r.numbers(fields.times, [...fp, 'times'], `the times of "${label}"`);
                if (times.length === 0)
                    r.fail([...fp, 'times'], `expected at least one sample in the times of "${label}"`);
                push(makeSeries({ name: label, rawUnit: 'ns', value: medianOf(times), samples: times }, file, line), line);
            }
            else {
                const time = r.number(fields.time, [...fp, 'time'], `the time of "${label}"`);
                push(makeSeries({ name: label, rawUnit: 'ns', value: time }, file, line), line);
            }
            const memory = r.number(fields.memory, [...fp, 'memory'], `the memory of "${label}"`);
            push(makeSeries({ name: label, rawUnit: 'B', metric: 'memory', value: memory }, file, line), line);
            const allocs = r.number(fields.allocs, [...fp, 'allocs'], `the allocs of "${label}"`);
            push(makeSeries({ name: label, rawUnit: 'allocs', metric: 'allocs', value: allocs }, file, line), line);
        }
        if (out.length === 0)
            r.fail([1, 0], 'expected at least one Trial or TrialEstimate in the BenchmarkGroup');
        return out;
    },
};

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/parse/validate.generated.js
// Generated by scripts/validators.ts (npm run validators) with ajv 8.20.0 from benchgate-schema.ts.
// Do not edit: edit the schema and regenerate.
/* eslint-disable */

const ajvRuntime_ucs2length = ((m) => (typeof m === 'function' ? m : m.default))(ucs2length);

const validateResults_ = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/benchgate/benchgate/main/schema/benchgate-results.schema.json","title":"benchgate results","description":"Benchmark results for benchgate from any tool: one entry per metric of each benchmark. Values are in the unit given; benchgate converts known units (ns, us, ms, s, B, KiB, MB/s, ops/s, …) to its canonical ones (ns, B, B/s, ops/s).","type":"object","additionalProperties":false,"required":["benchgate","results"],"properties":{"$schema":{"type":"string","description":"This schema, for editors."},"benchgate":{"const":1,"description":"The format version: 1."},"tool":{"type":"string","minLength":1,"maxLength":200,"description":"What produced the results (shown in reports), e.g. \"my-harness 2.1\"."},"results":{"type":"array","minItems":1,"maxItems":100000,"items":{"$ref":"#/definitions/result"},"description":"One entry per (name, metric); a pair may appear once."}},"definitions":{"result":{"type":"object","additionalProperties":false,"required":["name","unit"],"anyOf":[{"required":["value"]},{"required":["samples"]}],"properties":{"name":{"type":"string","minLength":1,"maxLength":2000,"pattern":"\\S","description":"The benchmark, e.g. \"parse/large\". Names are compared across runs as written."},"metric":{"type":"string","minLength":1,"maxLength":200,"description":"What is measured. Default: \"time\" for a duration unit, \"throughput\" for a rate, else the unit."},"unit":{"type":"string","maxLength":100,"description":"The unit of value, samples and spread: \"ns\", \"us\", \"ms\", \"s\", \"B\", \"KiB\", \"MB/s\", \"ops/s\", or your own (\"requests\", \"\" for a plain count)."},"direction":{"enum":["smaller","bigger"],"description":"Which way is better. Default from the unit: rates (…/s) bigger, everything else smaller."},"value":{"type":"number","description":"The headline. Default: the median of samples."},"samples":{"type":"array","minItems":1,"maxItems":1000000,"items":{"type":"number"},"description":"Independent measurements (per repetition or per batch, each a per-operation value). With several, benchgate compares distributions instead of single values."},"origin":{"enum":["console"],"description":"Where the numbers come from: \"console\" for a tool's printed summary table, which carries no samples."},"spread":{"type":"object","additionalProperties":false,"minProperties":1,"description":"What the tool reports about the noise: low/high bound its confidence interval of the central value, stddev is the standard deviation of the samples.","properties":{"low":{"type":"number"},"high":{"type":"number"},"stddev":{"type":"number","minimum":0}}},"exact":{"const":true,"description":"A deterministic count (instructions, cache misses): no noise, so the thresholds apply to the change directly, without statistics."}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["name","unit"],"anyOf":[{"required":["value"]},{"required":["samples"]}],"properties":{"name":{"type":"string","minLength":1,"maxLength":2000,"pattern":"\\S","description":"The benchmark, e.g. \"parse/large\". Names are compared across runs as written."},"metric":{"type":"string","minLength":1,"maxLength":200,"description":"What is measured. Default: \"time\" for a duration unit, \"throughput\" for a rate, else the unit."},"unit":{"type":"string","maxLength":100,"description":"The unit of value, samples and spread: \"ns\", \"us\", \"ms\", \"s\", \"B\", \"KiB\", \"MB/s\", \"ops/s\", or your own (\"requests\", \"\" for a plain count)."},"direction":{"enum":["smaller","bigger"],"description":"Which way is better. Default from the unit: rates (…/s) bigger, everything else smaller."},"value":{"type":"number","description":"The headline. Default: the median of samples."},"samples":{"type":"array","minItems":1,"maxItems":1000000,"items":{"type":"number"},"description":"Independent measurements (per repetition or per batch, each a per-operation value). With several, benchgate compares distributions instead of single values."},"origin":{"enum":["console"],"description":"Where the numbers come from: \"console\" for a tool's printed summary table, which carries no samples."},"spread":{"type":"object","additionalProperties":false,"minProperties":1,"description":"What the tool reports about the noise: low/high bound its confidence interval of the central value, stddev is the standard deviation of the samples.","properties":{"low":{"type":"number"},"high":{"type":"number"},"stddev":{"type":"number","minimum":0}}},"exact":{"const":true,"description":"A deterministic count (instructions, cache misses): no noise, so the thresholds apply to the change directly, without statistics."}}};
const func2 = ajvRuntime_ucs2length;
const func4 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("\\S", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/benchgate/benchgate/main/schema/benchgate-results.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.benchgate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "benchgate"},message:"must have required property '"+"benchgate"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.results === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "benchgate")) || (key0 === "tool")) || (key0 === "results"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.benchgate !== undefined){
if(1 !== data.benchgate){
const err4 = {instancePath:instancePath+"/benchgate",schemaPath:"#/properties/benchgate/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tool !== undefined){
let data2 = data.tool;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err5 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.results !== undefined){
let data3 = data.results;
if(Array.isArray(data3)){
if(data3.length > 100000){
const err8 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.value === undefined){
const err10 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/anyOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs14 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.samples === undefined){
const err11 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/anyOf/1/required",keyword:"required",params:{missingProperty: "samples"},message:"must have required property '"+"samples"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs14 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err12 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err13 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.unit === undefined){
const err14 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!(func4.call(schema12.properties, key1))){
const err15 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func2(data5) > 2000){
const err16 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data5) < 1){
const err17 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern0.test(data5)){
const err18 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.metric !== undefined){
let data6 = data4.metric;
if(typeof data6 === "string"){
if(func2(data6) > 200){
const err20 = {instancePath:instancePath+"/results/" + i0+"/metric",schemaPath:"#/definitions/result/properties/metric/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/results/" + i0+"/metric",schemaPath:"#/definitions/result/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/results/" + i0+"/metric",schemaPath:"#/definitions/result/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.unit !== undefined){
let data7 = data4.unit;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err23 = {instancePath:instancePath+"/results/" + i0+"/unit",schemaPath:"#/definitions/result/properties/unit/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/results/" + i0+"/unit",schemaPath:"#/definitions/result/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.direction !== undefined){
let data8 = data4.direction;
if(!((data8 === "smaller") || (data8 === "bigger"))){
const err25 = {instancePath:instancePath+"/results/" + i0+"/direction",schemaPath:"#/definitions/result/properties/direction/enum",keyword:"enum",params:{allowedValues: schema12.properties.direction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.value !== undefined){
let data9 = data4.value;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/results/" + i0+"/value",schemaPath:"#/definitions/result/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.samples !== undefined){
let data10 = data4.samples;
if(Array.isArray(data10)){
if(data10.length > 1000000){
const err27 = {instancePath:instancePath+"/results/" + i0+"/samples",schemaPath:"#/definitions/result/properties/samples/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.length < 1){
const err28 = {instancePath:instancePath+"/results/" + i0+"/samples",schemaPath:"#/definitions/result/properties/samples/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/results/" + i0+"/samples/" + i1,schemaPath:"#/definitions/result/properties/samples/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/results/" + i0+"/samples",schemaPath:"#/definitions/result/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data4.origin !== undefined){
if(!(data4.origin === "console")){
const err31 = {instancePath:instancePath+"/results/" + i0+"/origin",schemaPath:"#/definitions/result/properties/origin/enum",keyword:"enum",params:{allowedValues: schema12.properties.origin.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data4.spread !== undefined){
let data13 = data4.spread;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length < 1){
const err32 = {instancePath:instancePath+"/results/" + i0+"/spread",schemaPath:"#/definitions/result/properties/spread/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data13){
if(!(((key2 === "low") || (key2 === "high")) || (key2 === "stddev"))){
const err33 = {instancePath:instancePath+"/results/" + i0+"/spread",schemaPath:"#/definitions/result/properties/spread/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.low !== undefined){
let data14 = data13.low;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err34 = {instancePath:instancePath+"/results/" + i0+"/spread/low",schemaPath:"#/definitions/result/properties/spread/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.high !== undefined){
let data15 = data13.high;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err35 = {instancePath:instancePath+"/results/" + i0+"/spread/high",schemaPath:"#/definitions/result/properties/spread/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.stddev !== undefined){
let data16 = data13.stddev;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err36 = {instancePath:instancePath+"/results/" + i0+"/spread/stddev",schemaPath:"#/definitions/result/properties/spread/properties/stddev/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/results/" + i0+"/spread/stddev",schemaPath:"#/definitions/result/properties/spread/properties/stddev/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/results/" + i0+"/spread",schemaPath:"#/definitions/result/properties/spread/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data4.exact !== undefined){
if(true !== data4.exact){
const err39 = {instancePath:instancePath+"/results/" + i0+"/exact",schemaPath:"#/definitions/result/properties/exact/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


/** A document in benchgate's own results format: `false`, with `.errors` set, when it does not match. */
const validateResults = validateResults_;

;// CONCATENATED MODULE: ./src/parse/benchgate.ts



/** Checked with the schema in benchgate-schema.ts, compiled by ajv at build time. */
function validate(doc) {
    return validateResults(doc) ? [] : (validateResults.errors ?? []);
}
function pathOf(e) {
    return e.instancePath
        .split('/')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}
/** `results[3].value`, as a user finds it in the file. */
function display(path) {
    if (path.length === 0)
        return 'the document';
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
function valueAt(doc, path) {
    let v = doc;
    for (const p of path)
        v = v?.[p];
    return v;
}
function describe(e, doc) {
    const path = pathOf(e);
    const at = display(path);
    const found = describeJson(valueAt(doc, path));
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return { path, expected: `expected "${String(p.missingProperty)}" in ${at}` };
        case 'anyOf':
            return { path, expected: `expected "value" or "samples" (or both) in ${at}` };
        case 'additionalProperties':
            return {
                path,
                expected: `expected only the keys the format defines in ${at}, found "${String(p.additionalProperty)}"`,
            };
        case 'const':
            return { path, expected: `expected ${at} to be ${JSON.stringify(p.allowedValue)}`, found };
        case 'enum':
            return {
                path,
                expected: `expected ${at} to be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
                found,
            };
        case 'type':
            return {
                path,
                expected: `expected ${at} to be ${p.type === 'array' ? 'a list' : `a ${String(p.type)}`}`,
                found,
            };
        case 'minItems':
            return { path, expected: `expected at least one entry in ${at}` };
        case 'minLength':
        case 'pattern':
            return { path, expected: `expected a non-empty ${at}`, found };
        case 'minProperties':
            return { path, expected: `expected "low", "high" or "stddev" in ${at}` };
        case 'minimum':
            return { path, expected: `expected ${at} to be at least ${String(p.limit)}`, found };
        default:
            return {
                path,
                expected: `expected ${at} to match the benchgate results schema (${e.message ?? e.keyword})`,
            };
    }
}
const benchgateResults = {
    name: 'benchgate',
    describe: 'benchgate\'s own JSON: {"benchgate": 1, "results": [{"name", "unit", "value" | "samples"}]}',
    detect(text) {
        return looksLikeJson(text) && /^\s*\{[\s\S]{0,4096}?"benchgate"\s*:\s*1\b/.test(text.slice(0, 8192));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const errors = validate(doc);
        if (errors.length > 0) {
            // The deepest error is the most specific. At one depth a misspelt key explains the rest best,
            // and "value or samples" (anyOf, reported with its branches' "required") comes last.
            const rank = (e) => e.keyword === 'additionalProperties'
                ? 0
                : e.keyword === 'anyOf'
                    ? 2
                    : e.schemaPath.includes('anyOf')
                        ? 3
                        : 1;
            const sorted = [...errors].sort((a, b) => pathOf(b).length - pathOf(a).length || rank(a) - rank(b));
            const { path, expected, found } = describe(sorted[0], doc);
            throw new errors_ParseError(file, r.line(path), expected, found);
        }
        const results = doc.results;
        const unique = new UniqueNames(file);
        return results.map((e, i) => {
            const line = r.at(['results', i]);
            const value = e.value ?? medianOf(e.samples);
            const s = makeSeries({
                name: e.name,
                rawUnit: e.unit,
                metric: e.metric,
                direction: e.direction,
                value,
                samples: e.samples,
                spread: e.spread,
                origin: e.origin,
            }, file, line);
            unique.check(s, line);
            if (e.exact)
                s.exact = true;
            return s;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/benchmarkdotnet.ts

/** The job part of `DisplayInfo` ("StringBenchmarks.Concat: Job-ABC [N=10]" → "Job-ABC"). */
function jobOf(displayInfo) {
    if (typeof displayInfo !== 'string')
        return undefined;
    const m = /^[^:]*:\s*([^[]+?)\s*(?:\[.*)?$/.exec(displayInfo);
    return m ? m[1] : undefined;
}
/**
 * The name older BenchmarkDotNet versions (before `FullName` was exported) imply: `Namespace.Type.Method`
 * and the `Parameters` string (`N=10&Mode=fast`) in FullName's form, `(N: 10, Mode: fast)`.
 */
function nameFromParts(b) {
    const ns = typeof b.Namespace === 'string' && b.Namespace !== '' ? `${b.Namespace}.` : '';
    const params = typeof b.Parameters === 'string' && b.Parameters !== ''
        ? `(${b.Parameters.split('&')
            .map((p) => p.replace('=', ': '))
            .join(', ')})`
        : '';
    return `${ns}${b.Type}.${b.Method}${params}`;
}
const benchmarkdotnet = {
    name: 'benchmarkdotnet',
    describe: 'dotnet run -c Release -- --exporters json (BenchmarkDotNet.Artifacts/results/*-report-full.json)',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('{'))
            return false;
        const head = text.slice(0, 1 << 16);
        return (/"Benchmarks"\s*:/.test(head) && (/"HostEnvironmentInfo"\s*:/.test(head) || /"FullName"\s*:/.test(head)));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const root = r.record(doc, [], 'the BenchmarkDotNet report {"Title", "Benchmarks"}');
        const list = r.array(root.Benchmarks, ['Benchmarks'], '"Benchmarks"');
        if (list.length === 0)
            r.fail(['Benchmarks'], 'expected at least one entry in "Benchmarks", got []');
        const records = list.map((b, i) => r.record(b, ['Benchmarks', i], `Benchmarks[${i}]`));
        const fullNames = records.map((b, i) => b.FullName === undefined && typeof b.Type === 'string' && typeof b.Method === 'string'
            ? nameFromParts(b)
            : r.string(b.FullName, ['Benchmarks', i, 'FullName'], `"FullName" of Benchmarks[${i}]`));
        const count = new Map();
        for (const n of fullNames)
            count.set(n, (count.get(n) ?? 0) + 1);
        const unique = new UniqueNames(file);
        const out = [];
        records.forEach((b, i) => {
            const bp = ['Benchmarks', i];
            const job = jobOf(b.DisplayInfo);
            const name = (count.get(fullNames[i]) ?? 0) > 1 && job ? `${fullNames[i]} [${job}]` : fullNames[i];
            const line = r.at(bp);
            if (b.Statistics === null || b.Statistics === undefined) {
                r.fail(bp, `expected "Statistics" for "${name}"; the benchmark did not run (fix or remove it)`);
            }
            const sp = [...bp, 'Statistics'];
            const stats = r.record(b.Statistics, sp, `"Statistics" of "${name}"`);
            const median = r.number(stats.Median, [...sp, 'Median'], `the median of "${name}"`);
            let samples = [];
            if (b.Measurements !== undefined && b.Measurements !== null) {
                const mp = [...bp, 'Measurements'];
                const rows = r.array(b.Measurements, mp, `"Measurements" of "${name}"`).map((m, j) => ({
                    m: r.record(m, [...mp, j], `a measurement of "${name}"`),
                    j,
                }));
                const workload = rows.filter(({ m }) => m.IterationMode === 'Workload');
                const result = workload.filter(({ m }) => m.IterationStage === 'Result');
                const chosen = result.length > 0 ? result : workload.filter(({ m }) => m.IterationStage === 'Actual');
                samples = chosen.map(({ m, j }) => {
                    const ns = r.number(m.Nanoseconds, [...mp, j, 'Nanoseconds'], `"Nanoseconds" of a measurement of "${name}"`);
                    const ops = r.number(m.Operations, [...mp, j, 'Operations'], `"Operations" of a measurement of "${name}"`);
                    if (ops <= 0)
                        r.fail([...mp, j, 'Operations'], `expected a positive "Operations" in a measurement of "${name}"`);
                    return ns / ops;
                });
            }
            if (samples.length === 0 && Array.isArray(stats.OriginalValues)) {
                samples = r.numbers(stats.OriginalValues, [...sp, 'OriginalValues'], `"OriginalValues" of "${name}"`);
            }
            const ci = isRecord(stats.ConfidenceInterval) ? stats.ConfidenceInterval : {};
            const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
            const time = makeSeries({
                name,
                rawUnit: 'ns',
                value: median,
                samples,
                spread: { low: num(ci.Lower), high: num(ci.Upper), stddev: num(stats.StandardDeviation) },
            }, file, line);
            unique.check(time, line);
            out.push(time);
            if (isRecord(b.Memory) && b.Memory.BytesAllocatedPerOperation !== undefined) {
                const bytes = r.number(b.Memory.BytesAllocatedPerOperation, [...bp, 'Memory', 'BytesAllocatedPerOperation'], `"BytesAllocatedPerOperation" of "${name}"`);
                const mem = makeSeries({ name, rawUnit: 'B', metric: 'allocated', value: bytes }, file, line);
                unique.check(mem, line);
                out.push(mem);
            }
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/counts.ts


/** One exact count series; `text` is the number as printed, checked to be a non-negative count. */
function countSeries(name, metric, unit, text, file, line) {
    // Counts are plain digits almost always; readNumber handles separators and the rest.
    const value = /^\d{1,15}$/.test(text) ? Number(text) : readNumber(text);
    if (value === undefined || value < 0) {
        throw new errors_ParseError(file, line, `expected a count for ${metric} of "${name}"`, text);
    }
    if (name.trim() === '')
        throw new errors_ParseError(file, line, 'expected a benchmark name, got an empty one');
    return { name, metric, unit, direction: 'smaller', value, exact: true };
}
/**
 * `countSeries` of the digits text[s, e) (one to 15 of them, so exact as a double) under a name known
 * not to be blank: what the console readers make of their usual count line, without its slice.
 */
function digitCountSeries(name, metric, unit, text, s, e) {
    let value = 0;
    for (let i = s; i < e; i++)
        value = value * 10 + (text.charCodeAt(i) - 48);
    return { name, metric, unit, direction: 'smaller', value, exact: true };
}
/** The unit of an event as iai and gungraun label it ("Instructions", "L1 Hits", "Estimated Cycles"). */
const units = new Map();
function eventUnit(label) {
    let u = units.get(label);
    if (u === undefined) {
        u = unitOfLabel(label);
        if (units.size < 256)
            units.set(label, u);
    }
    return u;
}
/** One string per event label, so a million series of a file share a handful (bounded like `units`). */
const labels = new Map();
function eventLabel(label) {
    const known = labels.get(label);
    if (known !== undefined)
        return known;
    if (labels.size < 256)
        labels.set(label, label);
    return label;
}
function unitOfLabel(label) {
    const l = label.toLowerCase();
    if (l === 'instructions' || l === 'ir')
        return 'instructions';
    if (l.includes('cycles'))
        return 'cycles';
    if (l.endsWith('hits'))
        return 'hits';
    if (l.endsWith('accesses') || l.includes('read+write'))
        return 'accesses';
    if (l.endsWith('misses'))
        return 'misses';
    return 'events';
}

;// CONCATENATED MODULE: ./src/parse/valgrind.ts



const valgrind_HEAD = 8192;
function parseProfile(text, file, tool) {
    const out = [];
    const unique = new UniqueNames(file);
    let p = { eventsLine: 0 };
    let done = false;
    const emit = (values, line, key) => {
        if (!p.events)
            throw new errors_ParseError(file, line, `expected an "events:" line before "${key}:"`);
        const counts = values.trim().split(/\s+/);
        // Valgrind omits trailing zero counts on cost lines; a summary always has every event.
        if (counts.length !== p.events.length) {
            throw new errors_ParseError(file, line, `expected ${p.events.length} counts in "${key}:" (one per event: ${p.events.join(' ')})`, values.trim());
        }
        const base = p.cmd ?? tool;
        const name = p.part && p.part !== '1' ? `${base} (part ${p.part})` : base;
        p.events.forEach((ev, k) => {
            const s = countSeries(name, ev, ev === 'Ir' ? 'instructions' : ev, counts[k], file, line);
            unique.check(s, line);
            out.push(s);
        });
        done = true;
    };
    // a profile is mostly cost lines: a line is sliced from the text only if it may be a header line
    let count = 0;
    for (let start = 0; start <= text.length; count++) {
        const i = count;
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        const c0 = text.charCodeAt(start);
        const raw = c0 < 97 || c0 > 122 ? '' : text.slice(start, end);
        start = end + 1;
        if (raw === '')
            continue; // cost lines start with a digit, a "+" or a "-"
        const line = withoutCr(raw);
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const key = line.slice(0, colon);
        const value = line.slice(colon + 1);
        if (key === 'cmd') {
            if (done)
                p = { eventsLine: 0 };
            p.cmd = value.trim();
        }
        else if (key === 'part') {
            if (done)
                p = { cmd: p.cmd, eventsLine: 0 };
            p.part = value.trim();
        }
        else if (key === 'events') {
            if (done)
                p = { cmd: p.cmd, part: p.part, eventsLine: 0 };
            p.events = value.trim().split(/\s+/).filter(Boolean);
            p.eventsLine = i + 1;
            if (p.events.length === 0)
                throw new errors_ParseError(file, i + 1, 'expected event names after "events:"');
        }
        else if (key === 'summary') {
            emit(value, i + 1, key);
        }
        else if (key === 'totals' && !done) {
            // callgrind without a header summary (older versions): the totals are the program's cost
            emit(value, i + 1, key);
        }
    }
    if (out.length === 0) {
        throw new errors_ParseError(file, count, `expected a "summary:" line with the program's ${tool} counts`);
    }
    return out;
}
const callgrind = {
    name: 'callgrind',
    describe: 'valgrind --tool=callgrind --callgrind-out-file=callgrind.out PROGRAM',
    detect(text) {
        const head = text.slice(0, valgrind_HEAD);
        return (/^(?:# callgrind format\r?\n|version: \d)/.test(head) &&
            /^creator: callgrind/m.test(head) &&
            /^events: /m.test(head));
    },
    parse(text, file) {
        return parseProfile(text, file, 'callgrind');
    },
};
const cachegrind = {
    name: 'cachegrind',
    describe: 'valgrind --tool=cachegrind --cachegrind-out-file=cachegrind.out PROGRAM',
    detect(text) {
        const head = text.slice(0, valgrind_HEAD);
        return (/^(?:desc: .*\r?\n)*cmd: .*\r?\n(?:desc: .*\r?\n)*events: \S/.test(head) &&
            !/^creator: callgrind/m.test(head));
    },
    parse(text, file) {
        return parseProfile(text, file, 'cachegrind');
    },
};

;// CONCATENATED MODULE: ./src/parse/iai.ts




const iai_NAME = /^(\S.*?)\s*$/;
const COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s/;
const COUNT = /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s+(\d+)(?:\s+\((?:No change|[-+]?(?:\d+\.?\d*|inf)%)\))?\s*$/;
const isLabelStart = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where `countAt` found a count line's parts: its label (interned) and the digits text[d0, d1). */
const found = { label: '', d0: 0, d1: 0 };
/** The labels met so far, compared in place before one is sliced (a file has a handful). */
const seenLabels = [];
/**
 * COUNT's label and count for the line text[s, e) (it starts with two spaces: the caller checks), read
 * in place into `found`; false for any other line, which the regexes then read. Its parts have one way
 * each to match: the label ends at the first colon, the count at the first non-digit.
 */
function countAt(text, s, e) {
    if (!isLabelStart(text.charCodeAt(s + 2)))
        return false;
    // the first colon, with only label characters before it (a scan: a search could run past the line)
    let colon = s + 3;
    for (let c = text.charCodeAt(colon); colon < e && (isLabelStart(c) || c === 32 || c === 43);)
        c = text.charCodeAt(++colon);
    if (colon >= e || text.charCodeAt(colon) !== 58 /* : */)
        return false;
    const d0 = skipBlanks(text, colon + 1, e);
    let d1 = d0;
    while (d1 < e && text.charCodeAt(d1) >= 48 && text.charCodeAt(d1) <= 57)
        d1++;
    if (d0 === colon + 1 || d1 === d0)
        return false;
    let end = skipBlanks(text, d1, e);
    if (end < e) {
        // ` (No change)`, ` (+12.5%)`, ` (-inf%)`
        if (end === d1 || text.charCodeAt(end) !== 40 /* ( */)
            return false;
        let i = end + 1;
        if (isAt(text, 'No change)', i))
            i += 10;
        else {
            const sign = text.charCodeAt(i);
            if (sign === 43 || sign === 45)
                i++;
            if (isAt(text, 'inf', i))
                i += 3;
            else {
                const n0 = i;
                while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
                    i++;
                if (i === n0)
                    return false;
                if (i < e && text.charCodeAt(i) === 46)
                    i++;
                while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
                    i++;
            }
            if (!isAt(text, '%)', i) || i + 2 > e)
                return false;
            i += 2;
        }
        end = skipBlanks(text, i, e);
        if (end < e)
            return false;
    }
    let label;
    for (const l of seenLabels)
        if (colon - (s + 2) === l.length && isAt(text, l, s + 2)) {
            label = l;
            break;
        }
    if (label === undefined) {
        label = eventLabel(text.slice(s + 2, colon));
        if (seenLabels.length < 16 && !seenLabels.includes(label))
            seenLabels.push(label);
    }
    found.label = label;
    found.d0 = d0;
    found.d1 = d1;
    return true;
}
const iai = {
    name: 'iai',
    describe: 'cargo bench with the iai crate (console output)',
    detect(text) {
        const head = text.slice(0, 65536);
        return /^\S[^\n]*\r?\n {2}Instructions: +\d+[^\n]*\r?\n {2}L1 Accesses: +\d+/m.test(head);
    },
    parse(text, file) {
        const out = [];
        const unique = new UniqueNames(file);
        // the lines (LF-separated, as text.split('\n') gives them), read in place; a line is sliced when
        // it may be a name (the line above an indented count) or a count the scan leaves to the regexes
        let name;
        let n = 0;
        for (let s = 0;;) {
            const nl = text.indexOf('\n', s);
            const stop = nl < 0 ? text.length : nl;
            const e = stop > s && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
            n++;
            if (name !== undefined && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 32 && e - s >= 2) {
                if (countAt(text, s, e)) {
                    const { label, d0, d1 } = found;
                    const series = d1 - d0 <= 15
                        ? digitCountSeries(name, label, eventUnit(label), text, d0, d1)
                        : countSeries(name, label, eventUnit(label), text.slice(d0, d1), file, n);
                    unique.check(series, n);
                    out.push(series);
                }
                else {
                    const line = text.slice(s, e);
                    const claim = COUNT_CLAIM.exec(line);
                    if (claim) {
                        const m = COUNT.exec(line);
                        if (!m)
                            throw new errors_ParseError(file, n, `expected "${claim[1]}: <count>" for "${name}"`, line.trim());
                        const series = countSeries(name, m[1], eventUnit(m[1]), m[2], file, n);
                        unique.check(series, n);
                        out.push(series);
                    }
                }
            }
            else {
                // A name is the line right above an indented count (that line as split, its CR kept).
                const next = nl + 1;
                name = undefined;
                if (nl >= 0 && text.charCodeAt(next) === 32) {
                    const nextNl = text.indexOf('\n', next);
                    if (COUNT_CLAIM.test(text.slice(next, nextNl < 0 ? text.length : nextNl)))
                        name = iai_NAME.exec(text.slice(s, e))?.[1];
                }
            }
            if (nl < 0)
                break;
            s = nl + 1;
        }
        if (out.length === 0)
            throw new errors_ParseError(file, n, 'expected a benchmark name followed by "  Instructions: <count>"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/divan.ts




const divan_HEADER = /^(\S.*?)\s+fastest\s+│ slowest\s+│ median\s+│ mean\s+│ samples\s+│ iters\s*$/;
/**
 * The header's lazy name group backtracks over long runs of blanks: only a line that could be a header
 * (short, with the column titles in it) is matched against it, so reading stays linear on any input.
 */
const MAX_HEADER = 4096;
function divan_headerOf(line) {
    return line.length <= MAX_HEADER && line.includes('fastest') && line.includes('iters')
        ? divan_HEADER.exec(line)
        : null;
}
/** The tree part of the first cell: "│  " / "   " per level, then "├─ " or "╰─ " before a name. */
const BRANCH = /^((?:[│ ] {2})*)([├╰]─ )/;
/** Where t[a, b) starts once `trim` removed its blanks (b when all blank). */
function trimStartAt(t, a, b) {
    while (a < b && isJsSpace(t.charCodeAt(a)))
        a++;
    return a;
}
/** Where t[a, b) ends once `trim` removed its blanks (a when all blank). */
function trimEndAt(t, a, b) {
    while (b > a && isJsSpace(t.charCodeAt(b - 1)))
        b--;
    return b;
}
/**
 * `[root, ...path.slice(0, d)].join('/')`, kept in `joined` (root first) for the rows that follow:
 * siblings share it. A hole in the path (a row deeper than its parent) is an empty segment, as in join.
 */
function prefixOf(joined, path, d) {
    let p = joined[d];
    if (p === undefined) {
        p = `${prefixOf(joined, path, d - 1)}/${path[d - 1] ?? ''}`;
        joined[d] = p;
    }
    return p;
}
/** Where cell k starts as the header's separators bound it, in a line t[s, s + len). */
function cellStart(seps, s, len, k) {
    return s + Math.min(k === 0 ? 0 : seps[k - 1] + 1, len);
}
/** Where cell k ends (never before it starts): `line.slice(seps[k - 1] + 1, seps[k])`. */
function cellEnd(seps, s, len, k) {
    return Math.max(cellStart(seps, s, len, k), s + Math.min(seps[k] ?? len, len));
}
/**
 * A cell's value, `1.825 GB/s`, `238.2 ns`, read from t[a, b) as /^(\S+) (\S+)$/ reads its trimmed
 * text: undefined for an empty cell, null for one that is not a number and a unit.
 */
class CellReader {
    value = 0;
    /** The last unit read, one string while the rows repeat it. */
    unit = '';
    read(t, a, b) {
        if (isSpaceRun(t, a, b))
            return undefined; // the usual empty cell, at a glance
        const i = trimStartAt(t, a, b);
        if (i === b)
            return undefined;
        const j = trimEndAt(t, i, b);
        let sp = i;
        while (sp < j && !isJsSpace(t.charCodeAt(sp)))
            sp++;
        if (sp === j || t.charCodeAt(sp) !== 32)
            return false;
        for (let k = sp + 1; k < j; k++)
            if (isJsSpace(t.charCodeAt(k)))
                return false;
        const value = numberIn(t, i, sp);
        if (value === undefined)
            return false;
        this.value = value;
        const u = this.unit;
        if (!(u.length === j - sp - 1 && isAt(t, u, sp + 1)))
            this.unit = t.slice(sp + 1, j);
        return true;
    }
}
/** The tree of a row's first cell t[a, b): the end of "│  " / "   " per level, then "├─ " or "╰─ ". */
function branchEnd(t, a, b) {
    let i = a;
    while (i + 2 < b) {
        const c = t.charCodeAt(i);
        if ((c !== 0x2502 && c !== 32) || t.charCodeAt(i + 1) !== 32 || t.charCodeAt(i + 2) !== 32)
            break;
        i += 3;
    }
    if (i + 2 >= b)
        return -1;
    const c = t.charCodeAt(i);
    return (c === 0x251c || c === 0x2570) && t.charCodeAt(i + 1) === 0x2500 && t.charCodeAt(i + 2) === 32
        ? i + 3
        : -1;
}
const divan = {
    name: 'divan',
    describe: 'cargo bench with divan (console output)',
    detect(text) {
        return text
            .slice(0, 65536)
            .split('\n')
            .some((line) => divan_headerOf(line.replace(/\r$/, '')) !== null);
    },
    parse(text, file, sink) {
        const out = [];
        const unique = new UniqueNames(file);
        let root;
        const path = [];
        /** `[root, ...path.slice(0, d)].join('/')` by d, as far as it is known. */
        const joined = [];
        /** The benchmark the previous rows belong to, for counter rows. */
        let last;
        let nameWidth = 0;
        let seps = [];
        /**
         * Whether `last` has its `throughput` series already. A name comes once (a second is an error
         * at its row), so this is whether a counter row of this benchmark was read.
         */
        let counted = false;
        const cell = new CellReader();
        // The next "fastest" and "│" from where each was last looked for (-1: none left): a line holds
        // one when the next is before its end, and the whole text is searched once.
        let nextFastest = 0;
        let nextBar = 0;
        let lineNo = 0;
        for (let s = 0;;) {
            lineNo++;
            const nl = text.indexOf('\n', s);
            const end = nl < 0 ? text.length : nl;
            const e = end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
            const len = e - s;
            if (nextFastest >= 0 && nextFastest < s)
                nextFastest = text.indexOf('fastest', s);
            if (nextBar >= 0 && nextBar < s)
                nextBar = text.indexOf('│', s);
            const header = nextFastest >= 0 && nextFastest + 7 <= e && len <= MAX_HEADER ? divan_headerOf(text.slice(s, e)) : null;
            if (header) {
                const line = text.slice(s, e);
                root = header[1];
                path.length = 0;
                joined.length = 0;
                joined.push(root);
                last = undefined;
                nameWidth = line.indexOf('fastest');
                seps = [];
                for (let k = line.indexOf('│'); k >= 0; k = line.indexOf('│', k + 1))
                    seps.push(k);
            }
            else if (root === undefined || nextBar < 0 || nextBar >= e) {
                if (root !== undefined && text.slice(s, e).trim() === '')
                    root = undefined;
            }
            else {
                // Columns sit where the header put its separators; the tree's own "│" come before the first.
                let aligned = true;
                for (const k of seps) {
                    if (k < len ? text.charCodeAt(s + k) === 0x2502 : trimEndAt(text, s, e) - s <= k)
                        continue;
                    aligned = false;
                    break;
                }
                if (!aligned) {
                    // A benchmark row cut short or shifted is not the end of the table: say which one it was.
                    const line = text.slice(s, e);
                    if (BRANCH.test(line)) {
                        throw new errors_ParseError(file, lineNo, "expected a divan row with its columns under the header's", line.trim());
                    }
                    root = undefined;
                }
                else {
                    // cells are ranges of the text, sliced only when kept: most rows read two
                    const firstEnd = s + Math.min(seps[0], len);
                    const b = branchEnd(text, s, firstEnd);
                    const medianA = s + Math.min(seps[1] + 1, len);
                    const medianB = Math.max(medianA, s + Math.min(seps[2] ?? len, len));
                    if (b >= 0) {
                        // the name column is as wide as the header's, the values start where "fastest" starts
                        const depth = (b - 3 - s) / 3;
                        const w = Math.min(s + Math.max(nameWidth, b - s), firstEnd);
                        const name = text.slice(b, w).trim() || text.slice(b, firstEnd).trim();
                        // path.length = depth (a pop, for the usual sibling), then the name
                        while (path.length > depth)
                            path.pop();
                        if (path.length < depth)
                            path.length = depth;
                        path.push(name);
                        while (joined.length > depth + 1)
                            joined.pop();
                        last = undefined;
                        const got = cell.read(text, medianA, medianB);
                        if (got === undefined) {
                            // A group (module, function with arguments) has no values at all; a row with some is cut short.
                            let empty = text.slice(w, firstEnd).trim() === '';
                            for (let k = 1; empty && k <= seps.length; k++)
                                empty = text.slice(cellStart(seps, s, len, k), cellEnd(seps, s, len, k)).trim() === '';
                            if (!empty) {
                                throw new errors_ParseError(file, lineNo, "expected a divan row with its columns under the header's", text.slice(s, e).trim());
                            }
                        }
                        else {
                            // joined, not concatenated: a flat string, which the name's many lookups read faster
                            const full = [prefixOf(joined, path, depth), name].join('/');
                            const value = cell.value;
                            const unit = cell.unit;
                            if (got === false || cell.read(text, w, firstEnd) === false) {
                                throw new errors_ParseError(file, lineNo, `expected "<number> <unit>" as the median of "${full}"`, text.slice(medianA, medianB).trim());
                            }
                            const series = makeSeries({ name: full, rawUnit: unit, value }, file, lineNo);
                            if (series.metric !== 'time') {
                                throw new errors_ParseError(file, lineNo, `expected a time as the median of "${full}"`, text.slice(medianA, medianB).trim());
                            }
                            unique.check(series, lineNo);
                            out.push(series);
                            last = full;
                            counted = false;
                        }
                    }
                    else {
                        // A row without a branch: a counter's rate, or a profiler's label / values.
                        const row = text.slice(s, firstEnd).replace(/^[│ ]*/, '');
                        const label = /^\s*([a-z][a-z ]*):\s*$/.exec(row);
                        if (label) {
                            sink?.warn(lineNo, `divan's "${label[1]}" rows of "${last ?? root}" are not read (only times and counters)`);
                            last = undefined; // the rows under a profiler label are not counters
                        }
                        else if (last !== undefined) {
                            const got = cell.read(text, medianA, medianB);
                            if (got !== undefined) {
                                if (got === false || unitInfo(cell.unit).metric !== 'throughput') {
                                    throw new errors_ParseError(file, lineNo, `expected a rate ("<number> <unit>/s") as the counter of "${last}"`, text.slice(medianA, medianB).trim());
                                }
                                const series = makeSeries({ name: last, rawUnit: cell.unit, value: cell.value, metric: 'throughput' }, file, lineNo);
                                if (counted) {
                                    // a second counter (items and bytes): its own metric, by its unit
                                    series.metric = `throughput (${series.unit})`;
                                }
                                unique.check(series, lineNo);
                                out.push(series);
                                counted = true;
                            }
                        }
                    }
                }
            }
            if (nl < 0)
                break;
            s = nl + 1;
        }
        if (out.length === 0) {
            throw new errors_ParseError(file, lineNo, 'expected a divan table: "<bench> fastest │ slowest │ median │ mean │ samples │ iters"');
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/gungraun.ts





const gungraun_COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+\S+\|/;
const gungraun_COUNT = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+(\d+|N\/A)\|(\d+|N\/A)\s*(?:\(.*\))?\s*$/;
const TOOL = /^ {2}=+ ([A-Za-z][\w-]*) =+\s*$/;
const CONSOLE_NAME = {
    Ir: 'Instructions',
    L1hits: 'L1 Hits',
    LLhits: 'LL Hits',
    RamHits: 'RAM Hits',
    TotalRW: 'Total read+write',
    EstimatedCycles: 'Estimated Cycles',
};
function metricName(tool, label) {
    return tool === '' || /^callgrind$/i.test(tool) ? label : `${tool} ${label}`;
}
/** [A-Za-z0-9] */
function isAlnum(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** [A-Za-z0-9 +()./-]: the rest of a count's label. */
function isLabelChar(c) {
    return isAlnum(c) || c === 32 || c === 43 || c === 40 || c === 41 || c === 46 || c === 47 || c === 45;
}
/** What the scan of a line found: a count line as COUNT reads it, no COUNT_CLAIM, or "ask the regexes". */
const COUNT_LINE = 0;
const NO_CLAIM = 1;
const UNSURE = 2;
/**
 * The console read in place: a line is [s, e) of the text (its CR dropped), and the usual count line
 * `  Instructions:        1692|1692        (No change)` is recognised by a scan that gives exactly what
 * COUNT_CLAIM and COUNT give, looking at most of the line's padding with one comparison. Any line the
 * scan is not sure of is left to the regexes.
 */
class Console {
    text;
    terminators;
    /** Labels read so far (`Instructions`, `L1 Hits`, …), checked as the regexes do, with their units. */
    labels = [];
    units = [];
    /** Of the line COUNT_LINE was said of: the label's index, the new count's start, the bar. */
    label = 0;
    countAt = 0;
    bar = 0;
    /** The next "|" and "(" at or after where they were last looked for (-1: none left). */
    nextBar = 0;
    nextParen = 0;
    constructor(text, 
    /** Whether the text holds a CR, U+2028 or U+2029 anywhere (where `.` stops). */
    terminators) {
        this.text = text;
        this.terminators = terminators;
    }
    /** The label of the last COUNT_LINE. */
    labelText() {
        return this.labels[this.label];
    }
    unit() {
        return this.units[this.label];
    }
    scan(s, e) {
        const t = this.text;
        if (e - s < 3 || t.charCodeAt(s) !== 32 || t.charCodeAt(s + 1) !== 32 || !isAlnum(t.charCodeAt(s + 2)))
            return NO_CLAIM;
        // the label, up to the first ":"
        const from = s + 2;
        let colon = -1;
        const labels = this.labels;
        // the labels come in the same order under each benchmark: the one after the last first
        for (let j = 0, k = this.label + 1; j < labels.length; j++, k++) {
            if (k >= labels.length)
                k = 0;
            const l = labels[k];
            if (t.charCodeAt(from + l.length) === 58 /* : */ && from + l.length < e && isAt(t, l, from)) {
                colon = from + l.length;
                this.label = k;
                break;
            }
        }
        if (colon < 0) {
            let i = from + 1;
            while (i < e && isLabelChar(t.charCodeAt(i)))
                i++;
            if (i === e || t.charCodeAt(i) !== 58)
                return NO_CLAIM;
            colon = i;
            if (labels.length >= 64)
                return UNSURE; // a bounded list
            const label = t.slice(from, colon);
            this.label = labels.length;
            labels.push(label);
            this.units.push(eventUnit(label));
        }
        // the bar, and before it the new count after blanks
        if (this.nextBar >= 0 && this.nextBar <= colon)
            this.nextBar = t.indexOf('|', colon);
        const bar = this.nextBar;
        if (bar < 0 || bar >= e)
            return UNSURE;
        let d = bar;
        while (d > colon && gungraun_isDigit(t.charCodeAt(d - 1)))
            d--;
        if (d === bar) {
            if (!(bar - colon > 3 && isAt(t, 'N/A', bar - 3)))
                return UNSURE;
            d = bar - 3;
        }
        if (d === colon + 1 || !isSpaceRun(t, colon + 1, d))
            return UNSURE;
        // the old count, then nothing or a "(…)" between blanks
        let r = bar + 1;
        if (isAt(t, 'N/A', r))
            r += 3;
        else {
            while (r < e && gungraun_isDigit(t.charCodeAt(r)))
                r++;
            if (r === bar + 1)
                return UNSURE;
        }
        if (r > e)
            return UNSURE;
        if (this.nextParen >= 0 && this.nextParen < r)
            this.nextParen = t.indexOf('(', r);
        const paren = this.nextParen;
        if (paren < 0 || paren >= e) {
            if (!isSpaceRun(t, r, e))
                return UNSURE;
        }
        else {
            if (!isSpaceRun(t, r, paren) || t.charCodeAt(e - 1) !== 41 /* ) */ || e - 1 === paren)
                return UNSURE;
            if (this.terminators && holdsLineTerminator(t.slice(paren, e)))
                return UNSURE;
        }
        this.countAt = d;
        this.bar = bar;
        return COUNT_LINE;
    }
}
function gungraun_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** The end of the line starting at s whose LF (or the text's end) is at nl, before one CR. */
function gungraun_lineEnd(text, s, nl) {
    const end = nl < 0 ? text.length : nl;
    return end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
function gungraun_parseConsole(text, file, sink) {
    const out = [];
    const unique = new UniqueNames(file);
    const c = new Console(text, text.includes('\r') || text.includes('\u2028') || text.includes('\u2029'));
    let name;
    let tool = '';
    /** metricName(tool, label) by label index, for the tool of the moment. */
    let metrics = [];
    let lineNo = 0;
    for (let s = 0, nl = text.indexOf('\n');;) {
        lineNo++;
        const e = gungraun_lineEnd(text, s, nl);
        const nextStart = nl + 1;
        const nextNl = nl < 0 ? -1 : text.indexOf('\n', nextStart);
        if (name !== undefined && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 32) {
            const kind = text.charCodeAt(s + 2) === 61 /* = */ ? UNSURE : c.scan(s, e);
            if (kind === COUNT_LINE) {
                const label = c.labelText();
                const metric = (metrics[c.label] ??= metricName(tool, label));
                if (c.countAt + 3 === c.bar && isAt(text, 'N/A', c.countAt)) {
                    sink?.warn(lineNo, `"${name}" has no new ${label} count (N/A)`);
                }
                else {
                    const series = c.bar - c.countAt <= 15
                        ? digitCountSeries(name, metric, c.unit(), text, c.countAt, c.bar)
                        : countSeries(name, metric, c.unit(), text.slice(c.countAt, c.bar), file, lineNo);
                    unique.check(series, lineNo);
                    out.push(series);
                }
            }
            else if (kind === UNSURE) {
                const line = text.slice(s, e);
                const t = TOOL.exec(line);
                if (t) {
                    tool = t[1];
                    metrics = [];
                }
                else {
                    const claim = gungraun_COUNT_CLAIM.exec(line);
                    if (claim) {
                        const m = gungraun_COUNT.exec(line);
                        if (!m)
                            throw new errors_ParseError(file, lineNo, `expected "${claim[1]}: <new>|<old>" for "${name}"`, line.trim());
                        if (m[2] === 'N/A')
                            sink?.warn(lineNo, `"${name}" has no new ${claim[1]} count (N/A)`);
                        else {
                            const series = countSeries(name, metricName(tool, m[1]), eventUnit(m[1]), m[2], file, lineNo);
                            unique.check(series, lineNo);
                            out.push(series);
                        }
                    }
                }
            }
        }
        else {
            // a name, when the next line starts its counts
            name = undefined;
            if (nl >= 0 && s < e && !isJsSpace(text.charCodeAt(s))) {
                const ne = gungraun_lineEnd(text, nextStart, nextNl);
                const kind = text.charCodeAt(nextStart + 2) === 61 /* = */ ? UNSURE : c.scan(nextStart, ne);
                let starts = kind === COUNT_LINE;
                if (kind === UNSURE) {
                    const next = text.slice(nextStart, ne);
                    starts = gungraun_COUNT_CLAIM.test(next) || TOOL.test(next);
                }
                if (starts)
                    name = text.slice(s, e).trim();
            }
            tool = '';
            metrics = [];
        }
        if (nl < 0)
            break;
        s = nextStart;
        nl = nextNl;
    }
    if (out.length === 0)
        throw new errors_ParseError(file, lineNo, 'expected a benchmark name followed by "  Instructions: <new>|<old>"');
    return out;
}
function parseJsonLines(text, file) {
    const out = [];
    const unique = new UniqueNames(file);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line.startsWith('{'))
            continue;
        let doc;
        try {
            doc = JSON.parse(line);
        }
        catch {
            throw new errors_ParseError(file, i + 1, 'expected one gungraun summary (JSON) per line', line.slice(0, 80));
        }
        const r = new JsonReader(line, file);
        const fail = (what, found) => {
            throw new errors_ParseError(file, i + 1, what, found === undefined ? undefined : JSON.stringify(found)?.slice(0, 80));
        };
        const d = r.record(doc, [], 'a gungraun summary');
        if (typeof d.module_path !== 'string' || d.module_path === '')
            fail('expected a "module_path" in the summary');
        const id = typeof d.id === 'string' && d.id !== '' ? d.id : undefined;
        const name = id === undefined
            ? d.module_path
            : `${d.module_path} ${id}:${typeof d.description === 'string' ? d.description : ''}`;
        if (!Array.isArray(d.profiles))
            fail(`expected "profiles" for "${name}"`, d.profiles);
        for (const p of d.profiles) {
            if (!isRecord(p) || !isRecord(p.data) || !isRecord(p.data.total) || !isRecord(p.data.total.metrics))
                fail(`expected "data.total.metrics" in each profile of "${name}"`);
            const prof = p;
            const tool = typeof prof.tool === 'string' ? prof.tool : '';
            for (const [key, m] of Object.entries(prof.data.total.metrics)) {
                if (/Rate$/.test(key))
                    continue;
                const v = isRecord(m) && isRecord(m.values) ? m.values.new : undefined;
                if (v === null || v === undefined)
                    continue; // not measured in this run
                if (typeof v !== 'number' || !Number.isInteger(v))
                    fail(`expected a count for ${key} of "${name}"`, v);
                const label = CONSOLE_NAME[key] ?? key;
                const s = countSeries(name, metricName(tool, label), eventUnit(label), String(v), file, i + 1);
                unique.check(s, i + 1);
                out.push(s);
            }
        }
    }
    if (out.length === 0)
        throw new errors_ParseError(file, lines.length, 'expected gungraun summaries with "profiles"');
    return out;
}
const gungraun = {
    name: 'gungraun',
    describe: 'cargo bench with gungraun / iai-callgrind (console, or -- --output-format=json)',
    detect(text) {
        const head = text.slice(0, 65536);
        if (/^\s*\{/.test(head)) {
            return (/"module_path"\s*:/.test(head) &&
                /"profiles"\s*:/.test(head) &&
                /"(?:benchmark_exe|kind)"\s*:/.test(head));
        }
        return /^\S[^\n]*\r?\n {2}(?:=+ \w+ =+\r?\n {2})?Instructions: +(?:\d+|N\/A)\|(?:\d+|N\/A)/m.test(head);
    },
    parse(text, file, sink) {
        return /^\s*\{/.test(text) ? parseJsonLines(text, file) : gungraun_parseConsole(text, file, sink);
    },
};

;// CONCATENATED MODULE: ./src/parse/bmf.ts

const BUILT_IN = {
    latency: { rawUnit: 'ns', metric: 'time' },
    throughput: { rawUnit: 'ops/s', metric: 'throughput' },
    'build-time': { rawUnit: 's', metric: 'build-time' },
    'file-size': { rawUnit: 'B', metric: 'file-size' },
};
/** The Valgrind-based measures Bencher's iai and gungraun adapters create: deterministic counts. */
const bmf_COUNT = /^(?:instructions|(?:l1|l2|ll|ram)-(?:hits|accesses)|total-read-write|estimated-cycles|(?:i1|d1|ll|il|dl)-?m[rw]|d[rw]|ir|bc|bcm|bi|bim|global-bus-events|sys-count)$/i;
const KEY = '"(?:[^"\\\\]|\\\\.)*"\\s*:\\s*';
const SHAPE = new RegExp(`^\\s*\\{\\s*${KEY}\\{\\s*${KEY}\\{\\s*"(?:value|lower_value|upper_value)"\\s*:`);
const bmf = {
    name: 'bmf',
    describe: 'Bencher Metric Format JSON: {"<benchmark>": {"<measure>": {"value", "lower_value"?, "upper_value"?}}}',
    detect(text) {
        return looksLikeJson(text) && SHAPE.test(text.slice(0, 4096));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'a BMF object {"<benchmark>": {"<measure>": {"value"}}}');
        const out = [];
        for (const [name, measures] of Object.entries(top)) {
            const m = r.record(measures, [name], `the measures of "${name}"`);
            const keys = Object.keys(m);
            if (keys.length === 0)
                r.fail([name], `expected at least one measure for "${name}"`);
            for (const measure of keys) {
                const at = [name, measure];
                const metric = r.record(m[measure], at, `the "${measure}" metric of "${name}"`);
                const value = r.number(metric.value, [...at, 'value'], `"value" of "${name}" ${measure}`);
                const low = r.optionalNumber(metric.lower_value, [...at, 'lower_value'], `"lower_value" of "${name}"`);
                const high = r.optionalNumber(metric.upper_value, [...at, 'upper_value'], `"upper_value" of "${name}"`);
                if (bmf_COUNT.test(measure)) {
                    out.push({
                        name,
                        metric: measure,
                        unit: measure === 'instructions' ? 'instructions' : measure,
                        direction: 'smaller',
                        value,
                        exact: true,
                    });
                    continue;
                }
                const known = BUILT_IN[measure];
                const spread = low === undefined && high === undefined ? undefined : { low, high };
                out.push(makeSeries(known
                    ? { name, metric: known.metric, rawUnit: known.rawUnit, value, spread }
                    : { name, metric: measure, rawUnit: '', value, spread, direction: 'smaller' }, file, r.at(at)));
            }
        }
        if (out.length === 0)
            r.fail([], 'expected at least one benchmark in the BMF object');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/pyperf.ts

const pyperf_UNITS = { second: 's', byte: 'B', integer: '' };
const META_KEYS = ['perf_version', 'python_version', 'cpu_model_name', 'platform'];
const pyperf = {
    name: 'pyperf',
    describe: 'python -m pyperf timeit … -o out.json, or a pyperf.Runner script with -o out.json',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        return (/^\s*\{\s*"benchmarks"\s*:\s*\[\s*\{\s*"(?:metadata|runs)"\s*:/.test(text.slice(0, 256)) &&
            /"version"\s*:\s*"1\.\d+"\s*\}\s*$/.test(text.slice(-256)));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'a pyperf suite {"benchmarks", "metadata", "version"}');
        const common = top.metadata === undefined ? {} : r.record(top.metadata, ['metadata'], '"metadata"');
        for (const k of META_KEYS)
            if (typeof common[k] === 'string')
                sink?.meta(k, common[k]);
        const benches = r.array(top.benchmarks, ['benchmarks'], '"benchmarks"');
        if (benches.length === 0)
            r.fail(['benchmarks'], 'expected at least one benchmark in "benchmarks"');
        const unique = new UniqueNames(file);
        return benches.map((b, i) => {
            const at = ['benchmarks', i];
            const bench = r.record(b, at, 'a benchmark {"metadata", "runs"}');
            const own = bench.metadata === undefined ? {} : r.record(bench.metadata, [...at, 'metadata'], '"metadata"');
            const meta = { ...common, ...own };
            const name = r.string(meta.name, [...at, 'metadata'], 'the benchmark\'s "name"');
            const unitName = meta.unit ?? 'second';
            if (typeof unitName !== 'string' || !(unitName in pyperf_UNITS))
                r.wrong([...at, 'metadata'], `expected "unit" second, byte or integer for "${name}"`, unitName);
            const values = [];
            r.array(bench.runs, [...at, 'runs'], `the runs of "${name}"`).forEach((run, k) => {
                const rp = [...at, 'runs', k];
                const rec = r.record(run, rp, `a run of "${name}"`);
                if (rec.values !== undefined)
                    for (const v of r.numbers(rec.values, [...rp, 'values'], `the values of "${name}"`))
                        values.push(v);
            });
            if (values.length === 0)
                r.fail([...at, 'runs'], `expected a run with "values" in "${name}" (only warmups found)`);
            const mean = values.reduce((a, x) => a + x, 0) / values.length;
            const sd = values.length > 1
                ? Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1))
                : undefined;
            const s = makeSeries({
                name,
                rawUnit: pyperf_UNITS[unitName],
                metric: unitName === 'second' ? 'time' : unitName === 'byte' ? 'memory' : 'value',
                value: mean,
                samples: values,
                spread: sd === undefined ? undefined : { stddev: sd },
            }, file, r.at(at));
            unique.check(s, r.at(at));
            return s;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/asv.ts

function asv_kindOf(name) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (last.startsWith('time_'))
        return { rawUnit: 's', metric: 'time' };
    if (last.startsWith('peakmem_'))
        return { rawUnit: 'B', metric: 'peak memory' };
    if (last.startsWith('mem_'))
        return { rawUnit: 'B', metric: 'memory' };
    return { rawUnit: '', metric: 'track' };
}
/** Every combination of the parameter lists, first list slowest, as asv orders `result`. */
function combinations(params) {
    return params.reduce((acc, list) => acc.flatMap((c) => list.map((v) => [...c, v])), [[]]);
}
const asv = {
    name: 'asv',
    describe: 'asv run (the results/<machine>/<commit>-<env>.json file)',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/"commit_hash"\s*:/.test(head) && /"env_name"\s*:/.test(head) && /"result(?:_columns|s)"\s*:/.test(head));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'an asv results file');
        if (top.version !== 2)
            r.wrong(['version'], 'expected an asv results file of "version" 2 (asv 0.5 or later)', top.version);
        if (typeof top.commit_hash === 'string')
            sink?.meta('commit', top.commit_hash);
        const columns = r.array(top.result_columns, ['result_columns'], '"result_columns"');
        const col = (n) => columns.indexOf(n);
        const results = r.record(top.results, ['results'], '"results"');
        const out = [];
        for (const [name, row] of Object.entries(results)) {
            const at = ['results', name];
            const cells = r.array(row, at, `the result of "${name}"`);
            const cell = (n) => (col(n) >= 0 ? cells[col(n)] : undefined);
            const params = cell('params') === undefined ? [] : r.array(cell('params'), at, `"params" of "${name}"`);
            const lists = params.map((p) => r.array(p, at, `a parameter list of "${name}"`).map(String));
            const combos = lists.length === 0 ? [[]] : combinations(lists);
            const values = cell('result');
            if (values === null || values === undefined) {
                sink?.warn(r.line(at), `asv recorded no result for "${name}" (it failed or was skipped)`);
                continue;
            }
            const list = r.array(values, at, `"result" of "${name}"`);
            if (list.length !== combos.length)
                r.fail(at, `expected ${combos.length} results for "${name}" (one per parameter combination), got ${list.length}`);
            const per = (n) => {
                const v = cell(n);
                return Array.isArray(v) ? v : undefined;
            };
            const lo = per('stats_ci_99_a');
            const hi = per('stats_ci_99_b');
            const samples = per('samples');
            const kind = asv_kindOf(name);
            list.forEach((v, k) => {
                const full = lists.length === 0 ? name : `${name}(${combos[k].join(', ')})`;
                if (v === null) {
                    sink?.warn(r.line(at), `asv recorded no result for "${full}" (it failed or was skipped)`);
                    return;
                }
                const value = r.number(v, at, `the result of "${full}"`);
                const num = (x) => typeof x === 'number' && Number.isFinite(x) ? x : undefined;
                const low = num(lo?.[k]);
                const high = num(hi?.[k]);
                const own = samples?.[k];
                out.push(makeSeries({
                    name: full,
                    ...kind,
                    value,
                    samples: Array.isArray(own) ? r.numbers(own, at, `the samples of "${full}"`) : undefined,
                    spread: low === undefined && high === undefined ? undefined : { low, high },
                }, file, r.at(at)));
            });
        }
        if (out.length === 0)
            r.fail(['results'], 'expected at least one benchmark result in "results"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/ruby.ts




const ruby_HEADER = /^(.*?)\s*user\s+system\s+total\s+real\s*$/;
const ROW = /^(.*?)\s*(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+\(\s*(-?\d+\.\d+)\)\s*$/;
const ROW_CLAIM = /\(\s*-?\d+\.\d+\)\s*$/;
/**
 * No Benchmark report line is longer: the label regexes above backtrack on long runs of blanks, so a
 * longer line is never matched against them (linear time on any input).
 */
const MAX_LINE = 2000;
/*
 * The usual line of either console is read by a scan that finds exactly the regex's groups, as offsets
 * into the text (a file of a million rows spends more on the regex, its match and the line strings than
 * on the rest); a line the scan is not sure of goes to the regex. Each scan says why its groups are the
 * regex's: a regex whose groups are all fixed by the line's shape has one way to match.
 */
function ruby_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Where the scans found the groups (offsets into the text). */
const at = { name: 0, nameEnd: 0, a: 0, aEnd: 0, b: 0, bEnd: 0 };
/** The start of the blanks that end at `to` (not before `from`). */
function blanksBefore(text, from, to) {
    let i = to;
    while (i > from && isJsSpace(text.charCodeAt(i - 1)))
        i--;
    return i;
}
/** Whether text[from, to) holds a character `.` does not match (no LF in a line: CR, U+2028, U+2029). */
function holdsTerminator(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 0x2028 || c === 0x2029)
            return true;
    }
    return false;
}
/**
 * The start of `-?\d+\.\d+` ending at `end` (not before `from`), or -1: its digits taken as far back
 * as they go and its minus sign, so that the character before it is not a digit (where the regex
 * needs a blank or a `(` there, no shorter reading would do).
 */
function decimalBefore(text, from, end) {
    let i = end;
    while (i > from && ruby_isDigit(text.charCodeAt(i - 1)))
        i--;
    if (i === end || i <= from || text.charCodeAt(i - 1) !== 46 /* . */)
        return -1;
    const dot = --i;
    while (i > from && ruby_isDigit(text.charCodeAt(i - 1)))
        i--;
    if (i === dot)
        return -1;
    if (i > from && text.charCodeAt(i - 1) === 45 /* - */)
        i--;
    return i;
}
/**
 * ROW_CLAIM on the line text[from, to): the offset of its `(`, or -1; the real time's number is then
 * at.b … at.bEnd. Anchored at the end, its match is read backwards.
 */
function rowClaim(text, from, to) {
    const close = blanksBefore(text, from, to) - 1;
    if (close < from || text.charCodeAt(close) !== 41 /* ) */)
        return -1;
    const real = decimalBefore(text, from, close);
    if (real < 0)
        return -1;
    const open = blanksBefore(text, from, real) - 1;
    if (open < from || text.charCodeAt(open) !== 40 /* ( */)
        return -1;
    at.b = real;
    at.bEnd = close;
    return open;
}
/**
 * ROW on a claimed line (its `(` at `open`): true with the label at.name … at.nameEnd (trimmed) and
 * the total at at.a … at.aEnd, or false for the regex to decide. The three numbers before the `(`
 * are read backwards, each after blanks; the lazy label then ends where the blanks before the first
 * one start.
 */
function rowAt(text, from, open) {
    let end = blanksBefore(text, from, open);
    if (end === open)
        return false;
    const total = decimalBefore(text, from, end);
    if (total < 0)
        return false;
    at.a = total;
    at.aEnd = end;
    end = blanksBefore(text, from, total);
    if (end === total)
        return false;
    const system = decimalBefore(text, from, end);
    if (system < 0)
        return false;
    end = blanksBefore(text, from, system);
    if (end === system)
        return false;
    const user = decimalBefore(text, from, end);
    if (user < 0)
        return false;
    const labelEnd = blanksBefore(text, from, user);
    if (holdsTerminator(text, from, labelEnd))
        return false;
    at.name = skipBlanks(text, from, labelEnd);
    at.nameEnd = labelEnd;
    return true;
}
const rubyBenchmark = {
    name: 'rubybenchmark',
    describe: "Ruby's Benchmark.bm / Benchmark.bmbm report",
    detect(text) {
        const lines = text.slice(0, 65536).split('\n');
        for (let i = 0; i + 1 < lines.length; i++) {
            const [line, next] = [lines[i].replace(/\r$/, ''), lines[i + 1]];
            if (line.length > MAX_LINE || next.length > MAX_LINE || !line.includes('user'))
                continue;
            if (/^ *(?:\S.*?)? {2,}user +system +total +real *$/.test(line) &&
                /\d\.\d{6} +\( *\d+\.\d{6}\)/.test(next))
                return true;
        }
        return false;
    },
    parse(text, file, sink) {
        const out = new SeriesList(file);
        let inTable = false;
        let rehearsal = false;
        let unnamed = 0;
        let n = 0;
        const row = (name, real, total) => {
            // both made before either is added: a value error comes before a repeated name
            const time = makeSeries({ name, metric: 'time', rawUnit: 's', value: real }, file, n);
            const cpu = makeSeries({ name, metric: 'cpu time', rawUnit: 's', value: total }, file, n);
            out.add(time, n);
            out.add(cpu, n);
        };
        const named = (label) => {
            if (label !== '')
                return label;
            const name = `report ${++unnamed}`;
            sink?.warn(n, `a Benchmark report without a label is named "${name}" by its position`);
            return name;
        };
        // Each regex below is tried only on lines holding a string it needs (a table of a million rows
        // would otherwise run every one of them on every row); a row is read by rowClaim and rowAt.
        for (let start = 0;;) {
            const nl = text.indexOf('\n', start);
            let end = nl < 0 ? text.length : nl;
            n++;
            if (end > start && text.charCodeAt(end - 1) === 13)
                end--; // withoutCr
            const open = end - start > MAX_LINE ? -1 : rowClaim(text, start, end);
            if (open >= 0) {
                // a row ("Rehearsal -+" and "-+ total: …sec" never end in ")"): read by the scan or by ROW
                if (inTable || rehearsal) {
                    if (rowAt(text, start, open)) {
                        if (!rehearsal) {
                            const name = named(text.slice(at.name, at.nameEnd));
                            row(name, numberIn(text, at.b, at.bEnd), numberIn(text, at.a, at.aEnd));
                        }
                    }
                    else {
                        const line = text.slice(start, end);
                        const m = ROW.exec(line);
                        if (!m)
                            throw new errors_ParseError(file, n, 'expected "<label> <user> <system> <total> (<real>)"', line);
                        if (!rehearsal)
                            row(named(m[1].trim()), readNumber(m[5]), readNumber(m[4]));
                    }
                }
            }
            else {
                const line = text.slice(start, end);
                if (line.length > MAX_LINE) {
                    if (ROW_CLAIM.test(line.slice(-200)))
                        throw new errors_ParseError(file, n, `a Benchmark report row of at most ${MAX_LINE} characters`, line);
                }
                else if (line.startsWith('Rehearsal -') && /^Rehearsal -+$/.test(line)) {
                    rehearsal = true;
                    inTable = false;
                }
                else if (line.includes('real') && ruby_HEADER.test(line)) {
                    inTable = true;
                    rehearsal = false;
                }
                else if (!(inTable || rehearsal) || (line.startsWith('-') && /^-+ total: [\d.]+sec$/.test(line))) {
                    // not in a table, or the rehearsal's total
                }
                else if (line.trim() === '')
                    inTable = false;
                // Three numbers in a row of the table but no "(real)": a row cut short.
                else if (/\d\.\d+\s+-?\d+\.\d+\s+-?\d+\.\d+/.test(line))
                    throw new errors_ParseError(file, n, 'expected "<label> <user> <system> <total> (<real>)"', line);
            }
            if (nl < 0)
                break;
            start = nl + 1;
        }
        return out.done(n, 'expected a Benchmark table: "user system total real" and its rows');
    },
};
const SCALE = { '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12, Q: 1e15 };
const IPS = /^\s*(.*?)\s+(\d+(?:\.\d+)?)([kKMBTQ]?) \(±\s*(\d+(?:\.\d+)?)%\) i\/s\b/;
const IPS_CLAIM = /\(±\s*\S*%\) i\/s/;
function parseIpsJson(text, file) {
    const doc = parseJson(text, file);
    const r = new JsonReader(text, file);
    const list = r.array(doc, [], 'the benchmark-ips report list [{"name", "central_tendency", …}]');
    if (list.length === 0)
        r.fail([], 'expected at least one benchmark-ips entry, got []');
    const unique = new UniqueNames(file);
    return list.map((e, i) => {
        const rec = r.record(e, [i], 'a benchmark-ips entry');
        const name = r.string(rec.name, [i, 'name'], '"name"');
        const ips = r.number(rec.central_tendency ?? rec.ips, [i, 'central_tendency'], `"central_tendency" of "${name}"`);
        const err = r.optionalNumber(rec.error ?? rec.stddev, [i, 'error'], `"error" of "${name}"`);
        const s = makeSeries({
            name,
            metric: 'throughput',
            rawUnit: 'ops/s',
            value: ips,
            spread: err === undefined ? undefined : { stddev: err },
        }, file, r.at([i]));
        unique.check(s, r.at([i]));
        return s;
    });
}
/** A result's scale letter (IPS's third group) as its factor; not one of them: 0. */
function ruby_scaleOf(c) {
    if (c === 107 || c === 75)
        return 1e3; // k K
    if (c === 77)
        return 1e6; // M
    if (c === 66)
        return 1e9; // B
    if (c === 84)
        return 1e12; // T
    if (c === 81)
        return 1e15; // Q
    return 0;
}
/** `\w`: the characters `\b` tells from the others. */
function ruby_isWordChar(c) {
    return ruby_isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** `\d+(?:\.\d+)?` from `from` on, greedy as the regex is: its end, or -1 when it cannot end there. */
function decimalFrom(text, from, to) {
    let i = from;
    while (i < to && ruby_isDigit(text.charCodeAt(i)))
        i++;
    if (i === from)
        return -1;
    if (i < to && text.charCodeAt(i) === 46 /* . */) {
        const frac = i + 1;
        i = frac;
        while (i < to && ruby_isDigit(text.charCodeAt(i)))
            i++;
        if (i === frac)
            return -1; // "1." then `%`: the regex fails too
    }
    return i;
}
/**
 * IPS on the line text[start, end) (its first non-blank at `from`), around its first "(±" at `p`:
 * true with the label at.name … at.nameEnd (empty when the numbers stand alone), the rate at
 * at.a … at.aEnd scaled by `ipsScale` and the error at at.b … at.bEnd; false for the regex to decide.
 * Before "(±" come `' '`, the scale, the rate and blanks, all fixed by the line read backwards, so the
 * lazy label ends where those blanks start; with every blank of the indent taken, no shorter label
 * can match (one that ends earlier would need blanks up to the rate). An empty label is the regex's
 * only when no later "(±" could close a label holding these numbers: the caller asks. Without
 * `terminators` (no CR, U+2028 or U+2029 in the text) the label is not looked through for one.
 */
function ipsAt(text, start, from, end, p, terminators) {
    let e = p - 1;
    if (e <= start || text.charCodeAt(e) !== 32)
        return false;
    const scale = ruby_scaleOf(text.charCodeAt(e - 1));
    if (scale !== 0)
        e--;
    let k = e;
    while (k > start && ruby_isDigit(text.charCodeAt(k - 1)))
        k--;
    if (k === e)
        return false;
    if (k > start && text.charCodeAt(k - 1) === 46) {
        const dot = --k;
        while (k > start && ruby_isDigit(text.charCodeAt(k - 1)))
            k--;
        if (k === dot)
            return false;
    }
    if (k <= start || !isJsSpace(text.charCodeAt(k - 1)))
        return false;
    const labelEnd = blanksBefore(text, start, k);
    if (terminators && labelEnd > from && holdsTerminator(text, from, labelEnd))
        return false;
    const v = skipBlanks(text, p + 2, end);
    const ve = decimalFrom(text, v, end);
    if (ve < 0 || ve + 6 > end || !text.startsWith('%) i/s', ve))
        return false;
    if (ve + 6 < end && ruby_isWordChar(text.charCodeAt(ve + 6)))
        return false; // \b
    at.name = labelEnd > from ? from : k;
    at.nameEnd = labelEnd > from ? labelEnd : k;
    at.a = k;
    at.aEnd = e;
    at.b = v;
    at.bEnd = ve;
    ipsScale = scale === 0 ? 1 : scale;
    return true;
}
let ipsScale = 1;
/** The console of benchmark-ips read line by line, as the regex loop it stands for read it. */
class IpsConsole {
    text;
    file;
    out;
    calculating = false;
    /** A long label printed alone on the line above its numbers, as offsets (-1: none). */
    pending = -1;
    pendingEnd = -1;
    /** The first "(±" from the line on (-1: none left): one search serves the lines before it. */
    claim = -2;
    ips = 0;
    error = 0;
    /** Whether the text holds a CR, U+2028 or U+2029 at all: without one no label is looked through. */
    terminators;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.out = new SeriesList(file);
        this.terminators = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
    }
    /** The line text[start, end) (no LF, no CR at its end), number n. */
    line(start, end, n) {
        const text = this.text;
        // the first character tells the three marker lines from a result before any startsWith
        if (text.charCodeAt(start) === 67 /* C */ &&
            text.startsWith('Calculating -', start) &&
            /^Calculating -+\s*$/.test(text.slice(start, end))) {
            this.calculating = true;
            return;
        }
        if (!this.calculating)
            return; // a "Warming up" or "Comparison:" line would change nothing
        const from = skipBlanks(text, start, end); // the line trimmed: from … its last non-blank
        const first = text.charCodeAt(from);
        if ((first === 87 /* W */ && text.startsWith('Warming up', from)) ||
            (first === 67 /* C */ && text.startsWith('Comparison:', from))) {
            this.calculating = false;
            return;
        }
        if (this.claim !== -1 && this.claim < start)
            this.claim = text.indexOf('(±', start);
        const p = this.claim >= 0 && this.claim < end ? this.claim : -1;
        let name;
        if (p >= 0 && ipsAt(text, start, from, end, p, this.terminators)) {
            this.claim = text.indexOf('(±', p + 2);
            if (at.name === at.nameEnd && this.claim >= 0 && this.claim < end)
                name = this.byRegex(start, end, n);
            else {
                name = at.name < at.nameEnd ? text.slice(at.name, at.nameEnd) : this.pendingLabel();
                this.ips = numberIn(text, at.a, at.aEnd) * ipsScale;
                this.error = numberIn(text, at.b, at.bEnd);
            }
        }
        else if (p < 0 || !IPS_CLAIM.test(text.slice(start, end))) {
            const to = blanksBefore(text, from, end);
            const dashes = text.charCodeAt(from) === 45 /* - */ && /^-+$/.test(text.slice(from, to));
            this.pending = from === to || dashes ? -1 : from;
            this.pendingEnd = to;
            return;
        }
        else
            name = this.byRegex(start, end, n);
        this.pending = -1;
        if (name === undefined)
            throw new errors_ParseError(this.file, n, 'expected a label before the numbers', this.trimmed(start, end));
        const ips = this.ips;
        const s = makeSeries({
            name,
            metric: 'throughput',
            rawUnit: 'ops/s',
            value: ips,
            spread: { stddev: (ips * this.error) / 100 },
        }, this.file, n);
        this.out.add(s, n);
    }
    /** IPS's match on the line: its name (`m[1].trim() || pending`); sets `ips` and `error`. */
    byRegex(start, end, n) {
        const m = IPS.exec(this.text.slice(start, end));
        if (!m)
            throw new errors_ParseError(this.file, n, 'expected "<label> <ips> (±<error>%) i/s"', this.trimmed(start, end));
        this.ips = readNumber(m[2]) * SCALE[m[3]];
        this.error = readNumber(m[4]);
        return m[1].trim() || this.pendingLabel();
    }
    pendingLabel() {
        return this.pending < 0 ? undefined : this.text.slice(this.pending, this.pendingEnd);
    }
    trimmed(start, end) {
        return this.text.slice(start, end).trim();
    }
}
const benchmarkIps = {
    name: 'benchmarkips',
    describe: "Ruby's benchmark-ips: the console, or x.json! 'ips.json'",
    detect(text) {
        if (looksLikeJson(text)) {
            const head = text.slice(0, 4096);
            return (/^\s*\[\s*\{\s*"name"\s*:/.test(head) &&
                /"central_tendency"\s*:/.test(head) &&
                /"cycles"\s*:/.test(head));
        }
        const head = text.slice(0, 65536);
        return /^Calculating -+\s*$/m.test(head) && IPS_CLAIM.test(head);
    },
    parse(text, file) {
        if (looksLikeJson(text))
            return parseIpsJson(text, file);
        const r = new IpsConsole(text, file);
        let n = 0;
        for (let start = 0;;) {
            const nl = text.indexOf('\n', start);
            const end = nl < 0 ? text.length : nl;
            r.line(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, ++n); // withoutCr
            if (nl < 0)
                break;
            start = nl + 1;
        }
        return r.out.done(n, 'expected "Calculating ---" and "<label> <ips> (±<error>%) i/s" lines');
    },
};

;// CONCATENATED MODULE: ./src/parse/consoletime.ts





const CLOCK = /^(.+?): (?:(\d+):)?(\d+):(\d{2}(?:\.\d+)?) \((?:h:mm|m):ss\.mmm\)$/;
const BUN = /^\[(\d+(?:\.\d+)?) ?(ms|s)\] (.+)$/;
const NO_LABEL = /Warning: No such label '(.*)' for console\.time(?:End|Log)\(\)/;
function consoletime_digitsFrom(line, i) {
    let j = i;
    for (let c = line.charCodeAt(j); c >= 48 && c <= 57; c = line.charCodeAt(++j))
        ;
    return j;
}
/**
 * `/^(.+?): (\d+(?:\.\d+)?(?:e[-+]?\d+)?) ?(ms|s)$/` by a scan (most lines of such a log are timings;
 * the regex and its match cost more than the rest of the line): its number and unit hold no colon,
 * so the label ends at the line's last colon.
 */
function plain(line) {
    const p = line.lastIndexOf(':');
    if (p < 1 || line.charCodeAt(p + 1) !== 32)
        return undefined;
    const from = p + 2;
    let i = consoletime_digitsFrom(line, from);
    if (i === from)
        return undefined;
    if (line.charCodeAt(i) === 46 /* . */) {
        const frac = i + 1;
        i = consoletime_digitsFrom(line, frac);
        if (i === frac)
            return undefined;
    }
    if (line.charCodeAt(i) === 101 /* e */) {
        let exp = i + 1;
        const sign = line.charCodeAt(exp);
        if (sign === 43 || sign === 45)
            exp++;
        i = consoletime_digitsFrom(line, exp);
        if (i === exp)
            return undefined;
    }
    const numEnd = i;
    if (line.charCodeAt(i) === 32)
        i++;
    const rest = line.length - i;
    const seconds = rest === 1 && line.charCodeAt(i) === 115; // s
    if (!seconds && !(rest === 2 && line.charCodeAt(i) === 109 && line.charCodeAt(i + 1) === 115))
        return undefined;
    const name = line.slice(0, p);
    if (holdsLineTerminator(name))
        return undefined;
    // the number's syntax is checked above; Number() only for one too large for numberIn (Infinity)
    const n = numberIn(line, from, numEnd) ?? Number(line.slice(from, numEnd));
    return { name, ms: n * (seconds ? 1000 : 1) };
}
function read(line) {
    const p = plain(line);
    if (p)
        return p;
    let m = CLOCK.exec(line);
    if (m) {
        const h = m[2] === undefined ? 0 : Number(m[2]);
        const mins = m[2] === undefined ? Number(m[3]) : Number(m[3]);
        return { name: m[1], ms: ((h * 60 + mins) * 60 + Number(m[4])) * 1000 };
    }
    m = BUN.exec(line);
    if (m)
        return { name: m[3], ms: Number(m[1]) * (m[2] === 's' ? 1000 : 1) };
    return undefined;
}
/** Any line `Reader.usual` leaves, as a string (trimmed): the definition of the format. */
function consoletime_readLine(line, n, out, file, sink) {
    const r = read(line);
    if (r) {
        if (!Number.isFinite(r.ms * 1e6))
            throw new errors_ParseError(file, n, `expected a finite time for "${r.name}"`, line);
        out.add(r.name, 'ms', r.ms);
        return;
    }
    const missing = line.includes('Warning: No such label') ? NO_LABEL.exec(line) : null;
    if (missing)
        sink?.warn(n, `console.timeEnd('${missing[1]}') had no matching console.time: no timing printed`);
}
/** What may follow a plain timing's colon: its number's `[0-9.e+-]`, a space, the unit's `m` and `s`. */
function isTimeChar(c) {
    return ((c >= 48 && c <= 57) ||
        c === 46 ||
        c === 101 ||
        c === 43 ||
        c === 45 ||
        c === 32 ||
        c === 109 ||
        c === 115);
}
/**
 * The usual line, a timing `plain` reads, read at its offsets in the whole text: no line string, no
 * `{ name, ms }` per line, only the label sliced.
 */
class consoletime_Reader extends TextReader {
    out;
    constructor(text, out) {
        super(text);
        this.out = out;
    }
    /**
     * text[a, b), a trimmed line, added when `plain` reads it and its time is finite; false for any other
     * line (`readLine` then reads it). Calls come in file order.
     */
    usual(a, b) {
        const text = this.text;
        // plain's colon is the line's last: nothing after it but the number, a blank and the unit, whose
        // characters hold no colon (so a line that ends otherwise is not plain)
        let p = b - 1;
        while (p > a && isTimeChar(text.charCodeAt(p)))
            p--;
        if (p <= a || p + 1 >= b || text.charCodeAt(p) !== 58 /* : */ || text.charCodeAt(p + 1) !== 32)
            return false;
        const from = p + 2;
        // plain's number, its `.` and `e` each with the digits after them: a `.` or an `e` left unread is
        // not a unit, so the line is not plain either way
        const num = this.num;
        let i = num.read(text, from, b);
        if (i === from)
            return false;
        const numEnd = i;
        if (i < b && text.charCodeAt(i) === 32)
            i++;
        const rest = b - i;
        const seconds = rest === 1 && text.charCodeAt(i) === 115; // s
        if (!seconds && !(rest === 2 && text.charCodeAt(i) === 109 && text.charCodeAt(i + 1) === 115))
            return false;
        if (this.terminators.within(a, p))
            return false;
        const n = Number.isNaN(num.value)
            ? (numberIn(text, from, numEnd) ?? Number(text.slice(from, numEnd)))
            : num.value;
        const ms = n * (seconds ? 1000 : 1);
        if (!Number.isFinite(ms * 1e6))
            return false; // readLine's error
        this.out.add(text.slice(a, p), 'ms', ms);
        return true;
    }
}
const consoleTime = {
    name: 'consoletime',
    describe: 'JavaScript console.time / console.timeEnd lines ("label: 1.234ms")',
    detect(text) {
        // Most lines of such a log are the program's own; ask for two timings, or one in a short file.
        const lines = text.slice(0, 65536).split('\n', 2000);
        let hits = 0;
        for (const l of lines)
            if (read(l.replace(/\r$/, '').trim()) && ++hits >= 2)
                return true;
        return hits === 1 && lines.length <= 3;
    },
    parse(text, file, sink) {
        const out = new SeriesCollector();
        const reader = new consoletime_Reader(text, out);
        const colons = new NextOf(text, ':');
        const lines = new LineCursor(text);
        while (lines.next()) {
            // the line as `raw.trim()` leaves it (its CR, a blank, goes with the trimmed end)
            const a = skipBlanks(text, lines.start, lines.stop);
            let b = lines.stop;
            while (b > a && isJsSpace(text.charCodeAt(b - 1)))
                b--;
            // a line without a colon that does not start with `[` is none of read's forms nor the warning
            if (!reader.usual(a, b) && (text.charCodeAt(a) === 91 /* [ */ || colons.within(a, b)))
                consoletime_readLine(text.slice(a, b), lines.n, out, file, sink);
        }
        if (out.size === 0)
            throw new errors_ParseError(file, lines.n, 'expected "<label>: <time>ms" lines from console.timeEnd');
        return out.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/dart.ts





const dart_CLAIM = /^(.+)\(RunTime\): /;
const LINE = /^(.+)\(RunTime\): (\S+) us\.$/;
const dart_MARK = '(RunTime): ';
/**
 * LINE by a scan, for the lines it matches with the last `(RunTime): ` (the one its greedy name takes
 * first); any other line takes the regexes.
 */
function readFast(line) {
    const p = line.lastIndexOf(dart_MARK);
    const from = p + dart_MARK.length;
    const to = line.length - 4;
    if (p < 1 || to <= from || !line.endsWith(' us.'))
        return undefined;
    for (let i = from; i < to; i++)
        if (isJsSpace(line.charCodeAt(i)))
            return undefined;
    const name = line.slice(0, p);
    if (holdsLineTerminator(name))
        return undefined;
    return { name, us: numberIn(line, from, to) };
}
function checked(file, us, line, n) {
    if (us === undefined || !Number.isFinite(us * 1000))
        throw new errors_ParseError(file, n, 'expected "<name>(RunTime): <number> us."', line);
    return us;
}
/** A line holding `(RunTime): `, as a string: the definition of the format. */
function dart_readLine(raw, n, out, file) {
    const line = raw.trim();
    const fast = readFast(line);
    if (fast) {
        out.add(fast.name, 'us', checked(file, fast.us, line, n));
        return;
    }
    if (!dart_CLAIM.test(line))
        return;
    const m = LINE.exec(line);
    out.add(m ? m[1] : '', 'us', checked(file, m ? readNumber(m[2]) : undefined, line, n));
}
/**
 * The usual line, one `readFast` reads with a finite number, read at its offsets in the whole text:
 * no line string, no `{ name, us }` per line, only the name sliced.
 */
class dart_Reader extends TextReader {
    out;
    constructor(text, out) {
        super(text);
        this.out = out;
    }
    /**
     * The line text[start, end), whose first `(RunTime): ` is at p, added when it is the usual line;
     * false for any other line, which `readLine` then reads. Calls come in file order.
     *
     * The number ends the line, before ` us.`; one with no blank at its ends holds none (numberIn trims
     * only its ends), so this first mark is readFast's last one too: a later one would need a blank in
     * the number, or `(RunTime):` at its end, which no number has.
     */
    usual(start, end, p) {
        const text = this.text;
        // the line as `trim` leaves it; the mark starts with a non-blank, so p is in it
        const a = skipBlanks(text, start, end);
        let b = end;
        while (b > a && isJsSpace(text.charCodeAt(b - 1)))
            b--;
        const from = p + dart_MARK.length;
        const to = b - 4;
        if (p <= a || to <= from || !isAt(text, ' us.', to) || this.terminators.within(a, p))
            return false;
        const num = this.num;
        let us = num.read(text, from, to) === to ? num.value : NaN;
        if (Number.isNaN(us)) {
            if (isJsSpace(text.charCodeAt(from)) || isJsSpace(text.charCodeAt(to - 1)))
                return false;
            const v = numberIn(text, from, to);
            if (v === undefined)
                return false; // readLine's error
            us = v;
        }
        if (!Number.isFinite(us * 1000))
            return false; // readLine's error
        this.out.add(text.slice(a, p), 'us', us);
        return true;
    }
}
const dartBenchmarkHarness = {
    name: 'dartbenchmarkharness',
    describe: 'Dart\'s benchmark_harness ("Name(RunTime): 123.4 us.")',
    detect(text) {
        return /^.+\(RunTime\): [-+\d.eE]+ us\.\r?$/m.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const out = new SeriesCollector();
        const reader = new dart_Reader(text, out);
        const marks = new NextOf(text, dart_MARK);
        const lines = new LineCursor(text);
        while (lines.next()) {
            // what CLAIM asks for, found by one search of the text for all lines
            const { start, end } = lines;
            const p = marks.from(start);
            if (p + dart_MARK.length <= end && !reader.usual(start, end, p))
                dart_readLine(text.slice(start, end), lines.n, out, file);
        }
        if (out.size === 0)
            throw new errors_ParseError(file, lines.n, 'expected "<name>(RunTime): <number> us." lines');
        return out.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/luau.ts



const luau_LINE = /^SUCCESS\s*:\s*(.+?)\s*:\s*(\S+?)(ms|s|us)\s+\+\/-\s*(\S+?)%\s+on\s+(\S+)\s*$/;
/** Where `scan` found the parts of a SUCCESS line (offsets into the text; the driver ends the line). */
const luau_at = { name: 0, nameEnd: 0, value: 0, unit: 0, unitEnd: 0, pct: 0, pctEnd: 0, driver: 0 };
/**
 * LINE's groups on the trimmed line text[from, to), found by a scan (a file of a million lines spends
 * more on the regex and its match than on the rest): true when it finds them, false when the regex
 * must decide. With the blanks after the first colon all taken, LINE's lazy name ends before the first
 * colon whose remainder matches, and every part after that colon is one run of `\s` or `\S`; the scan
 * tries that first colon only, and leaves a name holding a character `.` does not match to the regex.
 */
function scan(text, from, to) {
    let i = from + 7; // SUCCESS
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    if (i >= to || text.charCodeAt(i) !== 58 /* : */)
        return false;
    i++;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const name = i;
    if (name >= to || text.charCodeAt(name) === 58)
        return false;
    const colon = text.indexOf(':', name + 1);
    if (colon < 0 || colon >= to)
        return false;
    let nameEnd = colon;
    while (isJsSpace(text.charCodeAt(nameEnd - 1)))
        nameEnd--; // stops at `name`, not a blank
    for (let k = name; k < nameEnd; k++) {
        const c = text.charCodeAt(k);
        if (c === 13 || c === 0x2028 || c === 0x2029)
            return false;
    }
    i = colon + 1;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const value = i;
    while (i < to && !isJsSpace(text.charCodeAt(i)))
        i++;
    const unitEnd = i;
    if (unitEnd >= to)
        return false; // `\s+` must follow
    // the lazy value leaves the unit as much as it can: `ms` or `us` before `s`
    let unit;
    if (text.charCodeAt(unitEnd - 1) !== 115 /* s */ || unitEnd - value < 2)
        return false;
    const u = text.charCodeAt(unitEnd - 2);
    if (unitEnd - value >= 3 && (u === 109 /* m */ || u === 117) /* u */)
        unit = unitEnd - 2;
    else
        unit = unitEnd - 1;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    if (i + 3 > to || !text.startsWith('+/-', i))
        return false;
    i += 3;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const pct = i;
    while (i < to && !isJsSpace(text.charCodeAt(i)))
        i++;
    const pctEnd = i - 1; // the `%`
    if (i >= to || pctEnd <= pct || text.charCodeAt(pctEnd) !== 37 /* % */)
        return false;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    if (i + 2 > to || text.charCodeAt(i) !== 111 /* o */ || text.charCodeAt(i + 1) !== 110 /* n */)
        return false;
    i += 2;
    const on = i;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const driver = i;
    while (i < to && !isJsSpace(text.charCodeAt(i)))
        i++;
    if (driver === on || driver === to || i !== to)
        return false;
    luau_at.name = name;
    luau_at.nameEnd = nameEnd;
    luau_at.value = value;
    luau_at.unit = unit;
    luau_at.unitEnd = unitEnd;
    luau_at.pct = pct;
    luau_at.pctEnd = pctEnd;
    luau_at.driver = driver;
    return true;
}
/** Whether only blanks stand before `p` on its line (what `trim` removes, LF aside). */
function startsLine(text, p) {
    for (let k = p; k > 0; k--) {
        const c = text.charCodeAt(k - 1);
        if (c === 10)
            return true;
        if (!isJsSpace(c))
            return false;
    }
    return true;
}
/** The first offset from `from` on where `word` starts a trimmed line, or -1. */
function lineStarting(text, word, from) {
    for (let p = text.indexOf(word, from); p >= 0; p = text.indexOf(word, p + 1)) {
        if (startsLine(text, p))
            return p;
    }
    return -1;
}
/** The end of the trimmed line holding `p`, a non-blank (a CR at its end goes with the blanks). */
function luau_trimmedEnd(text, p, nl) {
    let to = nl < 0 ? text.length : nl;
    while (to > p && isJsSpace(text.charCodeAt(to - 1)))
        to--;
    return to;
}
/**
 * Calls `row` for each SUCCESS line, in file order, with the offset where the line starts; throws for
 * a FAILED line or a SUCCESS line that is not one. Only the lines starting with either word are
 * visited (found by indexOf): the RESULTS table and the rest are never split into lines.
 */
function eachRow(text, file, row) {
    let driver = ''; // the last driver, compared in place: one driver is usual
    let fail = lineStarting(text, 'FAIL', 0);
    let from = lineStarting(text, 'SUCCESS', 0);
    while (from >= 0 || fail >= 0) {
        if (fail >= 0 && (from < 0 || fail < from)) {
            const nl = text.indexOf('\n', fail);
            const line = text.slice(fail, luau_trimmedEnd(text, fail, nl));
            if (/^FAIL(?:ED|URE)?\s*:/.test(line)) {
                throw new errors_ParseError(file, lineAt(text, fail), 'expected every benchmark to succeed, one failed', line);
            }
            fail = nl < 0 ? -1 : lineStarting(text, 'FAIL', nl + 1);
            continue;
        }
        const nl = text.indexOf('\n', from);
        const to = luau_trimmedEnd(text, from, nl);
        let name;
        let value;
        let pct;
        let unit;
        if (scan(text, from, to)) {
            name = text.slice(luau_at.name, luau_at.nameEnd);
            value = numberIn(text, luau_at.value, luau_at.unit);
            pct = numberIn(text, luau_at.pct, luau_at.pctEnd);
            const u = text.charCodeAt(luau_at.unit);
            unit = luau_at.unitEnd - luau_at.unit === 1 ? 's' : u === 109 ? 'ms' : 'us';
            const d = to - luau_at.driver;
            if (driver.length !== d || !text.startsWith(driver, luau_at.driver))
                driver = text.slice(luau_at.driver, to);
        }
        else {
            const m = luau_LINE.exec(text.slice(from, to));
            name = m?.[1] ?? '';
            value = m ? readNumber(m[2]) : undefined;
            pct = m ? readNumber(m[4]) : undefined;
            unit = m?.[3] ?? '';
            driver = m?.[5] ?? '';
        }
        if (value === undefined || pct === undefined) {
            throw new errors_ParseError(file, lineAt(text, from), 'expected "SUCCESS: <name> : <time>ms +/- <dev>% on <driver>"', text.slice(from, to));
        }
        row(name, value, unit, pct, driver, from);
        from = nl < 0 ? -1 : lineStarting(text, 'SUCCESS', nl + 1);
    }
}
function luau_seriesOf(name, value, unit, pct, file, line) {
    return makeSeries({ name, rawUnit: unit, value, spread: { stddev: (value * pct) / 100 } }, file, line);
}
/**
 * The series of the rows as they come: named without the driver until a second driver appears, then
 * those made so far are renamed. A first pass (`strict` false) has no line numbers and only notes that
 * a series was refused (an empty name, a value beyond a double, a name twice): a FAILED line further
 * down must win, and the name the error quotes may still change. The strict pass, made only then,
 * knows whether there are several drivers, numbers the lines and throws the first refusal.
 */
class Direct {
    text;
    file;
    several;
    strict;
    series = [];
    unique;
    first;
    drivers = 0;
    failed = false;
    /** The line at `offset` (strict pass): LFs counted up to there from the last row's. */
    line = 1;
    counted = 0;
    constructor(text, file, several, strict) {
        this.text = text;
        this.file = file;
        this.several = several;
        this.strict = strict;
        this.unique = new UniqueNames(file);
    }
    add = (name, value, unit, pct, driver, offset) => {
        if (this.first === undefined) {
            this.first = driver;
            this.drivers = 1;
        }
        else if (this.drivers === 1 && driver !== this.first) {
            this.drivers = 2;
            if (!this.several && !this.failed)
                this.nameDrivers();
        }
        if (this.failed)
            return;
        const line = this.strict ? this.lineAt(offset) : 0;
        try {
            const s = luau_seriesOf(this.several ? `${name} (${driver})` : name, value, unit, pct, this.file, line);
            this.unique.check(s, line);
            this.series.push(s);
        }
        catch (e) {
            if (this.strict || !(e instanceof errors_ParseError))
                throw e;
            this.failed = true;
        }
    };
    lineAt(offset) {
        for (let nl = this.text.indexOf('\n', this.counted); nl >= 0 && nl < offset;) {
            this.line++;
            this.counted = nl + 1;
            nl = this.text.indexOf('\n', this.counted);
        }
        return this.line;
    }
    /** The series so far all ran on the first driver: their names say so now (and stay unique). */
    nameDrivers() {
        this.several = true;
        this.unique = new UniqueNames(this.file);
        for (const s of this.series) {
            s.name = `${s.name} (${this.first})`;
            this.unique.check(s, 0);
        }
    }
}
const luau = {
    name: 'luau',
    describe: 'Luau\'s bench/bench.py ("SUCCESS: <name> : <time>ms +/- <dev>% on <driver>")',
    detect(text) {
        return /^SUCCESS\s*:\s*.+?\s:\s+[\d.]+m?s \+\/- /m.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const direct = new Direct(text, file, false, false);
        eachRow(text, file, direct.add);
        if (direct.drivers === 0) {
            throw new errors_ParseError(file, lineAt(text, text.length), 'expected "SUCCESS: <name> : <time>ms" lines');
        }
        if (!direct.failed)
            return direct.series;
        const strict = new Direct(text, file, direct.drivers > 1, true);
        eachRow(text, file, strict.add);
        return strict.series;
    },
};

;// CONCATENATED MODULE: ./src/parse/index.ts





































const PARSERS = [
    benchgateResults,
    goJson,
    goBench,
    libtest,
    criterionBencher,
    criterionConsole,
    cargoCriterion,
    googleBenchmark,
    googleBenchmarkCsv,
    googleBenchmarkConsole,
    pytestBenchmark,
    pytestConsole,
    hyperfine,
    hyperfineCsv,
    hyperfineTable,
    hyperfineConsole,
    catch2,
    benchmarkjs,
    vitest,
    mitata,
    jmh,
    benchmarkdotnet,
    julia,
    tinybench,
    tinybenchTable,
    mitataConsole,
    vitestConsole,
    callgrind,
    cachegrind,
    iai,
    divan,
    gungraun,
    pyperf,
    asv,
    benchmarkIps,
    rubyBenchmark,
    dartBenchmarkHarness,
    luau,
    bmf,
    genericList,
    consoleTime,
];
/** Formats that can be named with `format:` but are never auto-detected (they need the user's intent). */
const EXPLICIT_ONLY = [customBiggerIsBetter, customSmallerIsBetter];
/** A folder format may share its name with a file format of the same tool (`criterion`). */
const FOLDER_PARSERS = [criterionFolder];
/** Every format name a user may give, for messages and the action.yml description. */
function formatNames() {
    return [
        ...new Set([
            'auto',
            ...PARSERS.map((p) => p.name),
            ...EXPLICIT_ONLY.map((p) => p.name),
            ...FOLDER_PARSERS.map((p) => p.name),
        ]),
    ];
}
function parserByName(name) {
    return [...PARSERS, ...EXPLICIT_ONLY].find((p) => p.name === name);
}
function folderParserByName(name) {
    return FOLDER_PARSERS.find((p) => p.name === name);
}

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The JSON schema of `.github/benchgate.yml`. Kept as TypeScript so the bundle carries it;
 * `npm run schemas` writes schema/config.schema.json from it (published for editors), and a test
 * checks the two agree.
 */
/** What a threshold is, as every message about one says it ("expected …"). */
const THRESHOLD_EXPECTED = 'a relative change such as "5%", or a fraction below 1 such as 0.05';
const threshold = {
    description: `A${THRESHOLD_EXPECTED.slice(1)}.`,
    oneOf: [
        { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
        { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    ],
};
const quantity = {
    description: 'An absolute value with its unit such as "2ms", "80MB/s" or "512KiB", or a number in the canonical unit (ns, B, B/s, ops/s).',
    oneOf: [{ type: 'string', minLength: 1 }, { type: 'number' }],
};
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/config.schema.json',
    title: 'benchgate configuration (.github/benchgate.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        thresholds: {
            type: 'object',
            additionalProperties: false,
            properties: { warn: threshold, fail: threshold },
        },
        'min-samples': {
            type: 'integer',
            minimum: 2,
            maximum: 100000,
            description: 'Samples per side (or runs of history) below which no statistics are attempted. Default 5.',
        },
        resamples: {
            type: 'integer',
            minimum: 1000,
            maximum: 1000000,
            description: 'Bootstrap resamples. Default 10000.',
        },
        confidence: {
            type: 'number',
            exclusiveMinimum: 0.5,
            exclusiveMaximum: 1,
            description: 'Confidence level of intervals. Default 0.95.',
        },
        'fdr-q': {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 0.5,
            description: 'Benjamini–Hochberg false discovery rate across the suite. Default 0.05.',
        },
        'change-points': {
            type: 'object',
            additionalProperties: false,
            description: 'Change-point detection on the base-branch history (E-divisive means with a t-test, as in Hunter/Otava): only runs since the last change point form the baseline.',
            properties: {
                window: {
                    type: 'integer',
                    minimum: 6,
                    maximum: 1000,
                    description: 'Runs per detection window. Default 50.',
                },
                p: {
                    type: 'number',
                    exclusiveMinimum: 0,
                    maximum: 0.5,
                    description: 'Significance level a change point must reach. Default 0.001.',
                },
            },
        },
        'runner-noise': {
            oneOf: [
                { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
                { type: 'number', minimum: 0, exclusiveMaximum: 1 },
            ],
            description: 'Run-to-run noise (relative standard deviation of a run\'s headline between runs) assumed when nothing measures it: one run per side in the same job without a history, or a cached base run. Default "25%"; "0%" trusts the within-run samples alone. See docs/statistics.md.',
        },
        'insufficient-data': {
            enum: ['warn', 'fail'],
            description: 'With too few samples or runs for statistics, a change beyond the fail threshold warns (default) or fails.',
        },
        severity: {
            type: 'object',
            additionalProperties: false,
            description: 'Change ratios at which a regression is minor, moderate, critical. Default 1.2 / 1.5 / 2.0.',
            properties: {
                minor: { type: 'number', exclusiveMinimum: 1 },
                moderate: { type: 'number', exclusiveMinimum: 1 },
                critical: { type: 'number', exclusiveMinimum: 1 },
            },
        },
        ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Globs of benchmark names to leave out of the verdict.',
        },
        series: {
            type: 'array',
            description: 'Per-series rules, first match wins for each key.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['match'],
                properties: {
                    match: { type: 'string', minLength: 1, description: 'Glob on the benchmark name.' },
                    metric: { type: 'string', minLength: 1, description: 'Only this metric ("time", "B/op", …).' },
                    warn: threshold,
                    fail: threshold,
                    direction: {
                        enum: ['smaller', 'bigger'],
                        description: 'Which way is better, when the unit does not say (custom metrics).',
                    },
                    unit: {
                        type: 'string',
                        minLength: 1,
                        description: 'The unit the tool really used, when it printed none or a wrong one.',
                    },
                    max: quantity,
                    min: quantity,
                    ignore: { type: 'boolean', description: 'Leave matching series out of the verdict.' },
                    'min-samples': {
                        type: 'integer',
                        minimum: 2,
                        description: 'Overrides min-samples for these series.',
                    },
                    deterministic: {
                        type: 'boolean',
                        description: 'Values without noise (instruction counts, allocations): compare with the thresholds directly, no statistics.',
                    },
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/config/values.ts
/**
 * Readers for the values users write, in inputs and in the file alike: thresholds, quantities with a
 * unit, enums, booleans, counts, lists and the format name. Each kind of value has one reader and one
 * message, whoever wrote it.
 */




const shown = (raw) => (typeof raw === 'number' ? String(raw) : JSON.stringify(raw));
/** A fraction as users write it back: 0.1 → "10%". */
function pct(x) {
    return `${+(x * 100).toFixed(4)}%`;
}
/** "5%" → 0.05; 0.05 → 0.05. A bare number of 1 or more is refused: "5" could mean 5% or 500%. */
function readThreshold(where, raw) {
    if (typeof raw === 'number') {
        if (raw > 0 && raw < 1)
            return raw;
    }
    else {
        const v = raw.trim();
        const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
        if (percent && Number(percent[1]) > 0)
            return Number(percent[1]) / 100;
        if (/^0?\.\d+$/.test(v) && Number(v) > 0)
            return Number(v);
    }
    throw new ConfigError(where, `expected ${THRESHOLD_EXPECTED}, got ${shown(raw)}`);
}
/** Refuse a fail threshold below its warn threshold, in one message wherever the two were written. */
function checkOrder(where, warnName, warn, fail) {
    if (fail < warn)
        throw new ConfigError(where, `expected at least ${warnName} (${pct(warn)}), got ${pct(fail)}`);
}
/** An absolute limit: "2ms" → 2e6 (ns), a bare number in the canonical unit. */
function readQuantity(where, raw) {
    if (typeof raw === 'number')
        return { value: raw };
    const q = parseQuantity(raw);
    if (!q)
        throw new ConfigError(where, `expected a number with a unit such as "2ms" or "80MB/s", got ${shown(raw)}`);
    return { value: q.value, unit: q.unit };
}
function readOneOf(where, raw, allowed, fallback) {
    const v = raw.trim();
    if (v === '')
        return fallback;
    if (allowed.includes(v))
        return v;
    throw new ConfigError(where, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`);
}
function readBool(where, raw, fallback) {
    const v = raw.trim().toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new ConfigError(where, `expected true or false, got ${JSON.stringify(raw)}`);
}
function readInt(where, raw, min, max) {
    const v = raw.trim();
    if (v === '')
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new ConfigError(where, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    }
    return Number(v);
}
/** Split a multi-line or comma-separated input into entries. */
function readList(raw) {
    return raw
        .split(/\r?\n|,(?![^{]*})/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** Levenshtein distance, two rows: names are short. */
function editDistance(a, b) {
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
function nearest(raw, names) {
    const v = raw.toLowerCase();
    const prefixed = names.filter((n) => v.startsWith(n.toLowerCase())).sort((a, b) => b.length - a.length);
    if (prefixed.length > 0 && prefixed[0] !== 'auto')
        return prefixed[0];
    let best;
    for (const n of names) {
        const d = editDistance(v, n.toLowerCase());
        if (d <= Math.max(1, Math.floor(Math.max(v.length, n.length) / 3)) && (!best || d < best.d))
            best = { name: n, d };
    }
    return best?.name;
}
/** A `format` value: "auto" or a known format name; a typo is blamed on `where` with a suggestion. */
function readFormat(where, raw) {
    const v = raw.trim();
    if (v === '')
        return 'auto';
    const names = formatNames();
    if (names.includes(v))
        return v;
    const near = nearest(v, names);
    throw new ConfigError(where, `expected one of ${names.join(', ')}, got ${JSON.stringify(raw)}${near ? ` (did you mean "${near}"?)` : ''}`);
}
/** `runner-noise`: a threshold-like percentage, or 0 ("0%") to trust the within-run samples alone. */
function readNoise(where, raw) {
    if (raw === 0 || (typeof raw === 'string' && /^0+(\.0+)?\s*%?$/.test(raw.trim())))
        return 0;
    return readThreshold(where, raw);
}
/** The dashboard's address as a Markdown link target: http(s) only, no parentheses or spaces left. */
function dashboardBase(url) {
    if (!url)
        return undefined;
    let u;
    try {
        u = new URL(url.trim());
    }
    catch {
        return undefined;
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password)
        return undefined;
    u.hash = '';
    return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

;// CONCATENATED MODULE: ./src/model.ts
/**
 * The data model shared by every stage (DESIGN.md §2). Parsers produce `Series`, the history store keeps
 * `Run`s, `analyze` turns them into verdicts, `report` renders verdicts. Numbers, never text.
 */
/** The identity of a series across runs. */
function model_seriesId(s) {
    return `${s.name}\u0000${s.metric}`;
}
/** The base branch whose history this run compares with (and, on a push to it, extends). */
function baseBranchOf(ctx, configured) {
    return configured || ctx.pullRequest?.baseRef || ctx.defaultBranch || undefined;
}
/** A push (or schedule, or manual run) on the base branch itself: the only runs that may save history. */
function isBaseBranchRun(ctx, base) {
    if (!base || ctx.pullRequest)
        return false;
    if (!['push', 'schedule', 'workflow_dispatch'].includes(ctx.eventName))
        return false;
    return ctx.ref === `refs/heads/${base}`;
}

;// CONCATENATED MODULE: ./src/config/defaults.ts
/** Every default of the configuration, in one place: what applies when neither an input nor the file sets it. */
const DEFAULTS = {
    mode: 'run',
    format: 'auto',
    suite: 'default',
    store: 'cache',
    historyPath: '.benchgate/history.json',
    historySize: 100,
    save: 'auto',
    failOn: 'fail',
    comment: 'always',
    summary: true,
    check: false,
    issueOnRegression: false,
    warnThreshold: 0.05,
    failThreshold: 0.1,
    confidence: 0.95,
    resamples: 10000,
    fdrQ: 0.05,
    minSamples: 5,
    changePoints: { window: 50, p: 0.001 },
    runnerNoise: 0.25,
    insufficientData: 'warn',
    severity: { minor: 1.2, moderate: 1.5, critical: 2.0 },
    /** Where the config file is looked for when the `config` input names none, first found wins. */
    configFile: '.github/benchgate.yml',
    configFiles: ['.github/benchgate.yml', '.github/benchgate.yaml'],
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/validate.generated.js
// Generated by scripts/validators.ts (npm run validators) with ajv 8.20.0 from schema.ts.
// Do not edit: edit the schema and regenerate.
/* eslint-disable */

const validate_generated_ajvRuntime_ucs2length = ((m) => (typeof m === 'function' ? m : m.default))(ucs2length);

const validateConfigFile_ = validate_generated_validate10;
const validate_generated_schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/benchgate/benchgate/main/schema/config.schema.json","title":"benchgate configuration (.github/benchgate.yml)","type":"object","additionalProperties":false,"properties":{"thresholds":{"type":"object","additionalProperties":false,"properties":{"warn":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]},"fail":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]}}},"min-samples":{"type":"integer","minimum":2,"maximum":100000,"description":"Samples per side (or runs of history) below which no statistics are attempted. Default 5."},"resamples":{"type":"integer","minimum":1000,"maximum":1000000,"description":"Bootstrap resamples. Default 10000."},"confidence":{"type":"number","exclusiveMinimum":0.5,"exclusiveMaximum":1,"description":"Confidence level of intervals. Default 0.95."},"fdr-q":{"type":"number","exclusiveMinimum":0,"maximum":0.5,"description":"Benjamini–Hochberg false discovery rate across the suite. Default 0.05."},"change-points":{"type":"object","additionalProperties":false,"description":"Change-point detection on the base-branch history (E-divisive means with a t-test, as in Hunter/Otava): only runs since the last change point form the baseline.","properties":{"window":{"type":"integer","minimum":6,"maximum":1000,"description":"Runs per detection window. Default 50."},"p":{"type":"number","exclusiveMinimum":0,"maximum":0.5,"description":"Significance level a change point must reach. Default 0.001."}}},"runner-noise":{"oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","minimum":0,"exclusiveMaximum":1}],"description":"Run-to-run noise (relative standard deviation of a run's headline between runs) assumed when nothing measures it: one run per side in the same job without a history, or a cached base run. Default \"25%\"; \"0%\" trusts the within-run samples alone. See docs/statistics.md."},"insufficient-data":{"enum":["warn","fail"],"description":"With too few samples or runs for statistics, a change beyond the fail threshold warns (default) or fails."},"severity":{"type":"object","additionalProperties":false,"description":"Change ratios at which a regression is minor, moderate, critical. Default 1.2 / 1.5 / 2.0.","properties":{"minor":{"type":"number","exclusiveMinimum":1},"moderate":{"type":"number","exclusiveMinimum":1},"critical":{"type":"number","exclusiveMinimum":1}}},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of benchmark names to leave out of the verdict."},"series":{"type":"array","description":"Per-series rules, first match wins for each key.","items":{"type":"object","additionalProperties":false,"required":["match"],"properties":{"match":{"type":"string","minLength":1,"description":"Glob on the benchmark name."},"metric":{"type":"string","minLength":1,"description":"Only this metric (\"time\", \"B/op\", …)."},"warn":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]},"fail":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]},"direction":{"enum":["smaller","bigger"],"description":"Which way is better, when the unit does not say (custom metrics)."},"unit":{"type":"string","minLength":1,"description":"The unit the tool really used, when it printed none or a wrong one."},"max":{"description":"An absolute value with its unit such as \"2ms\", \"80MB/s\" or \"512KiB\", or a number in the canonical unit (ns, B, B/s, ops/s).","oneOf":[{"type":"string","minLength":1},{"type":"number"}]},"min":{"description":"An absolute value with its unit such as \"2ms\", \"80MB/s\" or \"512KiB\", or a number in the canonical unit (ns, B, B/s, ops/s).","oneOf":[{"type":"string","minLength":1},{"type":"number"}]},"ignore":{"type":"boolean","description":"Leave matching series out of the verdict."},"min-samples":{"type":"integer","minimum":2,"description":"Overrides min-samples for these series."},"deterministic":{"type":"boolean","description":"Values without noise (instruction counts, allocations): compare with the thresholds directly, no statistics."}}}}}};
const validate_generated_func2 = Object.prototype.hasOwnProperty;
const func3 = validate_generated_ajvRuntime_ucs2length;
const validate_generated_pattern0 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", "u");

function validate_generated_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/benchgate/benchgate/main/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate_generated_func2.call(validate_generated_schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:validate_generated_schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.thresholds !== undefined){
let data0 = data.thresholds;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((key1 === "warn") || (key1 === "fail"))){
const err1 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:validate_generated_schema11.properties.thresholds,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.warn !== undefined){
let data1 = data0.warn;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(!validate_generated_pattern0.test(data1)){
const err2 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf[0].type,parentSchema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(typeof data1 == "number"){
if(data1 >= 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf[1].type,parentSchema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err7 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:validate_generated_schema11.properties.thresholds.properties.warn.oneOf,parentSchema:validate_generated_schema11.properties.thresholds.properties.warn,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data0.fail !== undefined){
let data2 = data0.fail;
const _errs12 = errors;
let valid3 = false;
let passing1 = null;
const _errs13 = errors;
if(typeof data2 === "string"){
if(!validate_generated_pattern0.test(data2)){
const err8 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf[0].type,parentSchema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs15 = errors;
if(typeof data2 == "number"){
if(data2 >= 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf[1].type,parentSchema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err13 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:validate_generated_schema11.properties.thresholds.properties.fail.oneOf,parentSchema:validate_generated_schema11.properties.thresholds.properties.fail,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:validate_generated_schema11.properties.thresholds.type,parentSchema:validate_generated_schema11.properties.thresholds,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data["min-samples"] !== undefined){
let data3 = data["min-samples"];
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err15 = {instancePath:instancePath+"/min-samples",schemaPath:"#/properties/min-samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:validate_generated_schema11.properties["min-samples"].type,parentSchema:validate_generated_schema11.properties["min-samples"],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100000 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/min-samples",schemaPath:"#/properties/min-samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:validate_generated_schema11.properties["min-samples"],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3 < 2 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/min-samples",schemaPath:"#/properties/min-samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:validate_generated_schema11.properties["min-samples"],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.resamples !== undefined){
let data4 = data.resamples;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err18 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:validate_generated_schema11.properties.resamples.type,parentSchema:validate_generated_schema11.properties.resamples,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 1000000 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:validate_generated_schema11.properties.resamples,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 < 1000 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:validate_generated_schema11.properties.resamples,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.confidence !== undefined){
let data5 = data.confidence;
if(typeof data5 == "number"){
if(data5 >= 1 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:validate_generated_schema11.properties.confidence,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5 <= 0.5 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0.5},message:"must be > 0.5",schema:0.5,parentSchema:validate_generated_schema11.properties.confidence,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.confidence.type,parentSchema:validate_generated_schema11.properties.confidence,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data["fdr-q"] !== undefined){
let data6 = data["fdr-q"];
if(typeof data6 == "number"){
if(data6 > 0.5 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/fdr-q",schemaPath:"#/properties/fdr-q/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:validate_generated_schema11.properties["fdr-q"],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/fdr-q",schemaPath:"#/properties/fdr-q/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:validate_generated_schema11.properties["fdr-q"],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/fdr-q",schemaPath:"#/properties/fdr-q/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties["fdr-q"].type,parentSchema:validate_generated_schema11.properties["fdr-q"],data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data["change-points"] !== undefined){
let data7 = data["change-points"];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((key2 === "window") || (key2 === "p"))){
const err27 = {instancePath:instancePath+"/change-points",schemaPath:"#/properties/change-points/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:validate_generated_schema11.properties["change-points"],data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.window !== undefined){
let data8 = data7.window;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err28 = {instancePath:instancePath+"/change-points/window",schemaPath:"#/properties/change-points/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:validate_generated_schema11.properties["change-points"].properties.window.type,parentSchema:validate_generated_schema11.properties["change-points"].properties.window,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 1000 || isNaN(data8)){
const err29 = {instancePath:instancePath+"/change-points/window",schemaPath:"#/properties/change-points/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:validate_generated_schema11.properties["change-points"].properties.window,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8 < 6 || isNaN(data8)){
const err30 = {instancePath:instancePath+"/change-points/window",schemaPath:"#/properties/change-points/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:validate_generated_schema11.properties["change-points"].properties.window,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data7.p !== undefined){
let data9 = data7.p;
if(typeof data9 == "number"){
if(data9 > 0.5 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/change-points/p",schemaPath:"#/properties/change-points/properties/p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:validate_generated_schema11.properties["change-points"].properties.p,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/change-points/p",schemaPath:"#/properties/change-points/properties/p/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:validate_generated_schema11.properties["change-points"].properties.p,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/change-points/p",schemaPath:"#/properties/change-points/properties/p/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties["change-points"].properties.p.type,parentSchema:validate_generated_schema11.properties["change-points"].properties.p,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/change-points",schemaPath:"#/properties/change-points/type",keyword:"type",params:{type: "object"},message:"must be object",schema:validate_generated_schema11.properties["change-points"].type,parentSchema:validate_generated_schema11.properties["change-points"],data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data["runner-noise"] !== undefined){
let data10 = data["runner-noise"];
const _errs33 = errors;
let valid5 = false;
let passing2 = null;
const _errs34 = errors;
if(typeof data10 === "string"){
if(!validate_generated_pattern0.test(data10)){
const err35 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:validate_generated_schema11.properties["runner-noise"].oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties["runner-noise"].oneOf[0].type,parentSchema:validate_generated_schema11.properties["runner-noise"].oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid2 = _errs34 === errors;
if(_valid2){
valid5 = true;
passing2 = 0;
}
const _errs36 = errors;
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err37 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:validate_generated_schema11.properties["runner-noise"].oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10 >= 1 || isNaN(data10)){
const err38 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:validate_generated_schema11.properties["runner-noise"].oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties["runner-noise"].oneOf[1].type,parentSchema:validate_generated_schema11.properties["runner-noise"].oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs36 === errors;
if(_valid2 && valid5){
valid5 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid5 = true;
passing2 = 1;
}
}
if(!valid5){
const err40 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:validate_generated_schema11.properties["runner-noise"].oneOf,parentSchema:validate_generated_schema11.properties["runner-noise"],data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data["insufficient-data"] !== undefined){
let data11 = data["insufficient-data"];
if(!((data11 === "warn") || (data11 === "fail"))){
const err41 = {instancePath:instancePath+"/insufficient-data",schemaPath:"#/properties/insufficient-data/enum",keyword:"enum",params:{allowedValues: validate_generated_schema11.properties["insufficient-data"].enum},message:"must be equal to one of the allowed values",schema:validate_generated_schema11.properties["insufficient-data"].enum,parentSchema:validate_generated_schema11.properties["insufficient-data"],data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.severity !== undefined){
let data12 = data.severity;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
if(!(((key3 === "minor") || (key3 === "moderate")) || (key3 === "critical"))){
const err42 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:validate_generated_schema11.properties.severity,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data12.minor !== undefined){
let data13 = data12.minor;
if(typeof data13 == "number"){
if(data13 <= 1 || isNaN(data13)){
const err43 = {instancePath:instancePath+"/severity/minor",schemaPath:"#/properties/severity/properties/minor/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:validate_generated_schema11.properties.severity.properties.minor,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/severity/minor",schemaPath:"#/properties/severity/properties/minor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.severity.properties.minor.type,parentSchema:validate_generated_schema11.properties.severity.properties.minor,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.moderate !== undefined){
let data14 = data12.moderate;
if(typeof data14 == "number"){
if(data14 <= 1 || isNaN(data14)){
const err45 = {instancePath:instancePath+"/severity/moderate",schemaPath:"#/properties/severity/properties/moderate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:validate_generated_schema11.properties.severity.properties.moderate,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/severity/moderate",schemaPath:"#/properties/severity/properties/moderate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.severity.properties.moderate.type,parentSchema:validate_generated_schema11.properties.severity.properties.moderate,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.critical !== undefined){
let data15 = data12.critical;
if(typeof data15 == "number"){
if(data15 <= 1 || isNaN(data15)){
const err47 = {instancePath:instancePath+"/severity/critical",schemaPath:"#/properties/severity/properties/critical/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:validate_generated_schema11.properties.severity.properties.critical,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/severity/critical",schemaPath:"#/properties/severity/properties/critical/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.severity.properties.critical.type,parentSchema:validate_generated_schema11.properties.severity.properties.critical,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:validate_generated_schema11.properties.severity.type,parentSchema:validate_generated_schema11.properties.severity,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.ignore !== undefined){
let data16 = data.ignore;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err50 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:validate_generated_schema11.properties.ignore.items,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.ignore.items.type,parentSchema:validate_generated_schema11.properties.ignore.items,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:validate_generated_schema11.properties.ignore.type,parentSchema:validate_generated_schema11.properties.ignore,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.series !== undefined){
let data18 = data.series;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.match === undefined){
const err53 = {instancePath:instancePath+"/series/" + i1,schemaPath:"#/properties/series/items/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:validate_generated_schema11.properties.series.items.required,parentSchema:validate_generated_schema11.properties.series.items,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data19){
if(!(validate_generated_func2.call(validate_generated_schema11.properties.series.items.properties, key4))){
const err54 = {instancePath:instancePath+"/series/" + i1,schemaPath:"#/properties/series/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:validate_generated_schema11.properties.series.items,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data19.match !== undefined){
let data20 = data19.match;
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err55 = {instancePath:instancePath+"/series/" + i1+"/match",schemaPath:"#/properties/series/items/properties/match/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:validate_generated_schema11.properties.series.items.properties.match,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/series/" + i1+"/match",schemaPath:"#/properties/series/items/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.series.items.properties.match.type,parentSchema:validate_generated_schema11.properties.series.items.properties.match,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data19.metric !== undefined){
let data21 = data19.metric;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err57 = {instancePath:instancePath+"/series/" + i1+"/metric",schemaPath:"#/properties/series/items/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:validate_generated_schema11.properties.series.items.properties.metric,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/series/" + i1+"/metric",schemaPath:"#/properties/series/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.series.items.properties.metric.type,parentSchema:validate_generated_schema11.properties.series.items.properties.metric,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data19.warn !== undefined){
let data22 = data19.warn;
const _errs62 = errors;
let valid12 = false;
let passing3 = null;
const _errs63 = errors;
if(typeof data22 === "string"){
if(!validate_generated_pattern0.test(data22)){
const err59 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:validate_generated_schema11.properties.series.items.properties.warn.oneOf[0],data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.series.items.properties.warn.oneOf[0].type,parentSchema:validate_generated_schema11.properties.series.items.properties.warn.oneOf[0],data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid3 = _errs63 === errors;
if(_valid3){
valid12 = true;
passing3 = 0;
}
const _errs65 = errors;
if(typeof data22 == "number"){
if(data22 >= 1 || isNaN(data22)){
const err61 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:validate_generated_schema11.properties.series.items.properties.warn.oneOf[1],data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data22 <= 0 || isNaN(data22)){
const err62 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:validate_generated_schema11.properties.series.items.properties.warn.oneOf[1],data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.series.items.properties.warn.oneOf[1].type,parentSchema:validate_generated_schema11.properties.series.items.properties.warn.oneOf[1],data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid3 = _errs65 === errors;
if(_valid3 && valid12){
valid12 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid12 = true;
passing3 = 1;
}
}
if(!valid12){
const err64 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:validate_generated_schema11.properties.series.items.properties.warn.oneOf,parentSchema:validate_generated_schema11.properties.series.items.properties.warn,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data19.fail !== undefined){
let data23 = data19.fail;
const _errs68 = errors;
let valid13 = false;
let passing4 = null;
const _errs69 = errors;
if(typeof data23 === "string"){
if(!validate_generated_pattern0.test(data23)){
const err65 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:validate_generated_schema11.properties.series.items.properties.fail.oneOf[0],data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.series.items.properties.fail.oneOf[0].type,parentSchema:validate_generated_schema11.properties.series.items.properties.fail.oneOf[0],data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid4 = _errs69 === errors;
if(_valid4){
valid13 = true;
passing4 = 0;
}
const _errs71 = errors;
if(typeof data23 == "number"){
if(data23 >= 1 || isNaN(data23)){
const err67 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:validate_generated_schema11.properties.series.items.properties.fail.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data23 <= 0 || isNaN(data23)){
const err68 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:validate_generated_schema11.properties.series.items.properties.fail.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.series.items.properties.fail.oneOf[1].type,parentSchema:validate_generated_schema11.properties.series.items.properties.fail.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid4 = _errs71 === errors;
if(_valid4 && valid13){
valid13 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid13 = true;
passing4 = 1;
}
}
if(!valid13){
const err70 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:validate_generated_schema11.properties.series.items.properties.fail.oneOf,parentSchema:validate_generated_schema11.properties.series.items.properties.fail,data:data23};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
}
}
if(data19.direction !== undefined){
let data24 = data19.direction;
if(!((data24 === "smaller") || (data24 === "bigger"))){
const err71 = {instancePath:instancePath+"/series/" + i1+"/direction",schemaPath:"#/properties/series/items/properties/direction/enum",keyword:"enum",params:{allowedValues: validate_generated_schema11.properties.series.items.properties.direction.enum},message:"must be equal to one of the allowed values",schema:validate_generated_schema11.properties.series.items.properties.direction.enum,parentSchema:validate_generated_schema11.properties.series.items.properties.direction,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.unit !== undefined){
let data25 = data19.unit;
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err72 = {instancePath:instancePath+"/series/" + i1+"/unit",schemaPath:"#/properties/series/items/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:validate_generated_schema11.properties.series.items.properties.unit,data:data25};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/series/" + i1+"/unit",schemaPath:"#/properties/series/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.series.items.properties.unit.type,parentSchema:validate_generated_schema11.properties.series.items.properties.unit,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data19.max !== undefined){
let data26 = data19.max;
const _errs77 = errors;
let valid14 = false;
let passing5 = null;
const _errs78 = errors;
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err74 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:validate_generated_schema11.properties.series.items.properties.max.oneOf[0],data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.series.items.properties.max.oneOf[0].type,parentSchema:validate_generated_schema11.properties.series.items.properties.max.oneOf[0],data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid5 = _errs78 === errors;
if(_valid5){
valid14 = true;
passing5 = 0;
}
const _errs80 = errors;
if(!(typeof data26 == "number")){
const err76 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.series.items.properties.max.oneOf[1].type,parentSchema:validate_generated_schema11.properties.series.items.properties.max.oneOf[1],data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid5 = _errs80 === errors;
if(_valid5 && valid14){
valid14 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid14 = true;
passing5 = 1;
}
}
if(!valid14){
const err77 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:validate_generated_schema11.properties.series.items.properties.max.oneOf,parentSchema:validate_generated_schema11.properties.series.items.properties.max,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data19.min !== undefined){
let data27 = data19.min;
const _errs83 = errors;
let valid15 = false;
let passing6 = null;
const _errs84 = errors;
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err78 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:validate_generated_schema11.properties.series.items.properties.min.oneOf[0],data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:validate_generated_schema11.properties.series.items.properties.min.oneOf[0].type,parentSchema:validate_generated_schema11.properties.series.items.properties.min.oneOf[0],data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid6 = _errs84 === errors;
if(_valid6){
valid15 = true;
passing6 = 0;
}
const _errs86 = errors;
if(!(typeof data27 == "number")){
const err80 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:validate_generated_schema11.properties.series.items.properties.min.oneOf[1].type,parentSchema:validate_generated_schema11.properties.series.items.properties.min.oneOf[1],data:data27};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid6 = _errs86 === errors;
if(_valid6 && valid15){
valid15 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid15 = true;
passing6 = 1;
}
}
if(!valid15){
const err81 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:validate_generated_schema11.properties.series.items.properties.min.oneOf,parentSchema:validate_generated_schema11.properties.series.items.properties.min,data:data27};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
}
if(data19.ignore !== undefined){
let data28 = data19.ignore;
if(typeof data28 !== "boolean"){
const err82 = {instancePath:instancePath+"/series/" + i1+"/ignore",schemaPath:"#/properties/series/items/properties/ignore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:validate_generated_schema11.properties.series.items.properties.ignore.type,parentSchema:validate_generated_schema11.properties.series.items.properties.ignore,data:data28};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data19["min-samples"] !== undefined){
let data29 = data19["min-samples"];
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err83 = {instancePath:instancePath+"/series/" + i1+"/min-samples",schemaPath:"#/properties/series/items/properties/min-samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:validate_generated_schema11.properties.series.items.properties["min-samples"].type,parentSchema:validate_generated_schema11.properties.series.items.properties["min-samples"],data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 < 2 || isNaN(data29)){
const err84 = {instancePath:instancePath+"/series/" + i1+"/min-samples",schemaPath:"#/properties/series/items/properties/min-samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:validate_generated_schema11.properties.series.items.properties["min-samples"],data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data19.deterministic !== undefined){
let data30 = data19.deterministic;
if(typeof data30 !== "boolean"){
const err85 = {instancePath:instancePath+"/series/" + i1+"/deterministic",schemaPath:"#/properties/series/items/properties/deterministic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:validate_generated_schema11.properties.series.items.properties.deterministic.type,parentSchema:validate_generated_schema11.properties.series.items.properties.deterministic,data:data30};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/series/" + i1,schemaPath:"#/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:validate_generated_schema11.properties.series.items.type,parentSchema:validate_generated_schema11.properties.series.items,data:data19};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array",schema:validate_generated_schema11.properties.series.type,parentSchema:validate_generated_schema11.properties.series,data:data18};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:validate_generated_schema11.type,parentSchema:validate_generated_schema11,data};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
validate_generated_validate10.errors = vErrors;
return errors === 0;
}


/** The config file (`.github/benchgate.yml`) after YAML parsing: `false`, with `.errors` set, when it does not match. */
const validateConfigFile = validateConfigFile_;

;// CONCATENATED MODULE: ./src/config/file.ts
/**
 * The optional config file (`.github/benchgate.yml`): found, parsed as YAML, validated against
 * schema/config.schema.json (compiled by ajv at build time: validate.generated.ts, with `verbose` so
 * that an error carries the schema whose description says what was expected), and read into settings once. Every message names the file, the
 * line of the key and what was expected.
 */







/** The line of a key path in a YAML document, for messages. */
function file_lineOf(text, doc, path) {
    const line = (offset) => text.slice(0, offset).split('\n').length;
    for (let n = path.length; n >= 0; n--) {
        // A key's own line ("severity:"), not the line its value starts on.
        if (n > 0 && typeof path[n - 1] === 'string') {
            const parent = doc.getIn(path.slice(0, n - 1), true);
            if ((0,dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === path[n - 1]);
                const range = pair?.key?.range;
                if (range)
                    return line(range[0]);
            }
        }
        const node = doc.getIn(path.slice(0, n), true);
        if (node && node.range)
            return line(node.range[0]);
    }
    return 1;
}
const ARTICLE = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping of keys',
    array: 'a list',
};
/** "Relative change such as …." → "a relative change such as …" for "expected …". */
function expectedFrom(description) {
    if (typeof description !== 'string')
        return undefined;
    const first = description.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
    return /^(A|An) /.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
}
function describeAjvError(e) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    const key = path.length ? path.join('.') : '(top level)';
    const got = e.data === undefined ? '' : `, got ${JSON.stringify(e.data)}`;
    const params = e.params;
    switch (e.keyword) {
        case 'additionalProperties': {
            const known = Object.keys(e.parentSchema?.properties ?? {});
            return {
                // The line of the unknown key itself.
                path: [...path, String(params.additionalProperty)],
                what: `unknown key "${String(params.additionalProperty)}" in ${key}${known.length ? `; expected one of ${known.join(', ')}` : ''}`,
            };
        }
        case 'required':
            return { path, what: `${key}: expected key "${String(params.missingProperty)}"` };
        case 'enum':
            return {
                path,
                what: `${key}: expected one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}${got}`,
            };
        case 'oneOf':
            return {
                path,
                what: `${key}: expected ${expectedFrom(e.parentSchema.description) ?? 'a valid value'}${got}`,
            };
        case 'type':
            return { path, what: `${key}: expected ${ARTICLE[String(params.type)] ?? String(params.type)}${got}` };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
            return { path, what: `${key}: expected a value ${op} ${String(params.limit)}${got}` };
        }
        case 'minLength':
            return { path, what: `${key}: expected a non-empty string` };
        default:
            return { path, what: `${key}: ${e.message ?? 'invalid'}${got}` };
    }
}
/**
 * Parse, validate and read the config file text. Every value is checked here, once, with the line it
 * is on; what comes out needs no further checks.
 */
function parseConfigFile(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const line = err.linePos?.[0]?.line ?? 1;
        throw new ConfigError(`${file}:${line}`, `expected valid YAML (${err.message.split('\n')[0]})`);
    }
    const value = doc.toJS() ?? {};
    const where = (path) => `${file}:${file_lineOf(text, doc, path)}`;
    if (!validateConfigFile(value)) {
        const errors = validateConfigFile.errors ?? [];
        // The deepest key is the most specific. At one key, a oneOf says what the value should be as a
        // whole; its branches' errors ("must be string", "must be number") would only say half of it.
        const depth = (e) => e.instancePath.split('/').length;
        const deepest = errors.reduce((m, e) => Math.max(m, depth(e)), -Infinity);
        const atKey = errors.filter((e) => depth(e) === deepest);
        const first = atKey.find((e) => e.keyword === 'oneOf') ??
            atKey.find((e) => e.keyword === 'additionalProperties') ??
            atKey[0];
        const { path, what } = describeAjvError(first);
        throw new ConfigError(where(path), what);
    }
    const cfg = value;
    // What a schema cannot say, still with the line it is on: "<file>:<line>: <key>: expected …".
    const at = (path) => `${where(path)}: ${path.join('.')}`;
    const threshold = (path, raw) => raw === undefined ? undefined : readThreshold(at(path), raw);
    const warnThreshold = threshold(['thresholds', 'warn'], cfg.thresholds?.warn);
    const failThreshold = threshold(['thresholds', 'fail'], cfg.thresholds?.fail);
    if (warnThreshold !== undefined && failThreshold !== undefined)
        checkOrder(at(['thresholds', 'fail']), 'thresholds.warn', warnThreshold, failThreshold);
    const runnerNoise = cfg['runner-noise'] === undefined ? undefined : readNoise(at(['runner-noise']), cfg['runner-noise']);
    let severity;
    if (cfg.severity) {
        severity = { ...DEFAULTS.severity, ...cfg.severity };
        if (!(severity.minor <= severity.moderate && severity.moderate <= severity.critical))
            throw new ConfigError(at(['severity']), `expected minor ≤ moderate ≤ critical, got ${severity.minor} / ${severity.moderate} / ${severity.critical}`);
    }
    const rules = (cfg.series ?? []).map((r, i) => {
        const warn = threshold(['series', i, 'warn'], r.warn);
        const fail = threshold(['series', i, 'fail'], r.fail);
        if (warn !== undefined && fail !== undefined)
            checkOrder(at(['series', i, 'fail']), 'its warn', warn, fail);
        const max = r.max === undefined ? undefined : readQuantity(at(['series', i, 'max']), r.max);
        const min = r.min === undefined ? undefined : readQuantity(at(['series', i, 'min']), r.min);
        return {
            match: r.match,
            metric: r.metric,
            warn,
            fail,
            direction: r.direction,
            unit: r.unit,
            max: max?.value,
            maxUnit: max?.unit,
            min: min?.value,
            minUnit: min?.unit,
            ignore: r.ignore,
            minSamples: r['min-samples'],
            deterministic: r.deterministic,
        };
    });
    return {
        warnThreshold,
        failThreshold,
        minSamples: cfg['min-samples'],
        resamples: cfg.resamples,
        confidence: cfg.confidence,
        fdrQ: cfg['fdr-q'],
        changePoints: cfg['change-points'],
        runnerNoise,
        insufficientData: cfg['insufficient-data'],
        severity,
        ignore: cfg.ignore,
        rules,
    };
}
/**
 * Find the config file: the one the `config` input names (an error if it is missing), else the first
 * of `.github/benchgate.yml` and `.github/benchgate.yaml` that exists.
 */
function findConfigFile(explicit, readFile, inputName) {
    if (explicit) {
        const text = readFile(explicit);
        if (text === undefined)
            throw new ConfigError(`input '${inputName}'`, `expected a config file at ${explicit}, no such file`);
        return { path: explicit, text, message: `benchgate: using the config file ${explicit}` };
    }
    for (const candidate of DEFAULTS.configFiles) {
        const text = readFile(candidate);
        if (text !== undefined)
            return { path: candidate, text, message: `benchgate: using the config file ${candidate}` };
    }
    return {
        message: `benchgate: no config file (looked for ${DEFAULTS.configFiles.join(' and ')}); using inputs and defaults`,
    };
}
/** Files read relative to `cwd`; a file that cannot be read is `undefined`. */
function readFileIn(cwd) {
    return (p) => {
        try {
            return external_node_fs_.readFileSync(external_node_path_.resolve(cwd, p), 'utf8');
        }
        catch {
            return undefined;
        }
    };
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * Every action input in one table. A test compares this table with action.yml, so the two cannot drift.
 * The values are the input names exactly as users write them under `with:`.
 */
const INPUTS = {
    mode: 'mode',
    outputFile: 'output-file',
    format: 'format',
    suite: 'suite',
    baselineOutput: 'baseline-output',
    store: 'store',
    historyPath: 'history-path',
    historySize: 'history-size',
    baseBranch: 'base-branch',
    save: 'save',
    retentionDays: 'retention-days',
    warnThreshold: 'warn-threshold',
    failThreshold: 'fail-threshold',
    runnerNoise: 'runner-noise',
    failOn: 'fail-on',
    config: 'config',
    comment: 'comment',
    summary: 'summary',
    check: 'check',
    issueOnRegression: 'issue-on-regression',
    githubToken: 'github-token',
    workflowRunId: 'workflow-run-id',
    run: 'run',
    build: 'build',
    abBase: 'ab-base',
    abRounds: 'ab-rounds',
    abTimeBudget: 'ab-time-budget',
    abConfirm: 'ab-confirm',
    dashboard: 'dashboard',
    dashboardUrl: 'dashboard-url',
};
const OUTPUTS = {
    verdict: 'verdict',
    regressions: 'regressions',
    improvements: 'improvements',
    reportJson: 'report-json',
    commentUrl: 'comment-url',
};

;// CONCATENATED MODULE: ./src/config/ab.ts
/** Parsing A/B mode's settings (action inputs and CLI flags share these). No imports from config. */

/**
 * Defaults, chosen by measurement (bench/ab.ts, docs/ab-mode.md): 10 rounds first, 30 more to confirm
 * a would-be warn or fail or a series left open (a floor needs undisturbed runs, and on a shared runner
 * a fifth to a half of them are: with 20 more, a 2% change was found in 69% of trials, with 30 in 77%),
 * 15 minutes of wall time at most.
 */
const AB_DEFAULTS = { rounds: 10, confirmRounds: 30, timeBudgetMs: 15 * 60 * 1000 };
/** "15m", "90s", "1h", "1h30m", "600" (seconds) → ms. */
function parseDuration(text, where) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t) * 1000;
    const re = /(\d+(?:\.\d+)?)\s*(ms|min|h|m|s)/y;
    let ms = 0;
    let end = 0;
    let m;
    while ((m = re.exec(t))) {
        const unit = m[2];
        ms += Number(m[1]) * { h: 3_600_000, m: 60_000, min: 60_000, s: 1000, ms: 1 }[unit];
        end = re.lastIndex;
    }
    if (end !== t.length || end === 0 || !(ms > 0))
        throw new ConfigError(where, `expected a duration like 15m, 90s or 1h30m, got "${text}"`);
    return ms;
}
/** A whole number of rounds from 2 to 1000. */
function parseRounds(text, where) {
    const n = Number(text.trim());
    if (!Number.isInteger(n) || n < 2 || n > 1000)
        throw new ConfigError(where, `expected a whole number of rounds from 2 to 1000, got "${text}"`);
    return n;
}
function parseBool(text, where, fallback) {
    const t = text.trim().toLowerCase();
    if (t === '')
        return fallback;
    if (t === 'true')
        return true;
    if (t === 'false')
        return false;
    throw new ConfigError(where, `expected true or false, got "${text}"`);
}
/** The A/B settings from raw values; undefined when `run` is empty (not A/B mode). */
function readAbConfig(raw, names) {
    const run = raw.run.trim();
    if (!run)
        return undefined;
    return {
        run,
        ...(raw.build.trim() ? { build: raw.build.trim() } : {}),
        ...(raw.base.trim() ? { base: raw.base.trim() } : {}),
        rounds: raw.rounds.trim() ? parseRounds(raw.rounds, names.rounds) : AB_DEFAULTS.rounds,
        confirm: parseBool(raw.confirm, names.confirm, true),
        timeBudgetMs: raw.timeBudget.trim()
            ? parseDuration(raw.timeBudget, names.timeBudget)
            : AB_DEFAULTS.timeBudgetMs,
    };
}

;// CONCATENATED MODULE: ./src/config/read-inputs.ts
/**
 * The action inputs read into the parts of `Config` they set: strict readers, one message per kind of
 * value, each blaming the input by name. Thresholds are returned unset when empty, so the file can
 * set them.
 */






const inputWhere = (name) => `input '${name}'`;
function readInputs(input) {
    const get = (n) => input(n) ?? '';
    const oneOf = (n, allowed, fallback) => readOneOf(inputWhere(n), get(n), allowed, fallback);
    const bool = (n, fallback) => readBool(inputWhere(n), get(n), fallback);
    const int = (n, min, max) => readInt(inputWhere(n), get(n), min, max);
    const threshold = (n) => get(n).trim() === '' ? undefined : readThreshold(inputWhere(n), get(n));
    const mode = oneOf(INPUTS.mode, ['run', 'collect', 'report', 'comment'], DEFAULTS.mode);
    const outputFiles = readList(get(INPUTS.outputFile));
    const ab = readAbConfig({
        run: get(INPUTS.run),
        build: get(INPUTS.build),
        base: get(INPUTS.abBase),
        rounds: get(INPUTS.abRounds),
        timeBudget: get(INPUTS.abTimeBudget),
        confirm: get(INPUTS.abConfirm),
    }, {
        rounds: inputWhere(INPUTS.abRounds),
        timeBudget: inputWhere(INPUTS.abTimeBudget),
        confirm: inputWhere(INPUTS.abConfirm),
    });
    // In A/B mode the output is the command's stdout unless `output-file` names a file in each tree.
    if (outputFiles.length === 0 && !ab && (mode === 'run' || mode === 'collect')) {
        throw new ConfigError(inputWhere(INPUTS.outputFile), 'expected the path (or glob) of your benchmark output, got nothing');
    }
    const suite = get(INPUTS.suite).trim() || DEFAULTS.suite;
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(suite)) {
        throw new ConfigError(inputWhere(INPUTS.suite), `expected letters, digits, ".", "_" or "-" (it names caches and artifacts), got ${JSON.stringify(suite)}`);
    }
    const workflowRunId = get(INPUTS.workflowRunId).trim() || undefined;
    if (workflowRunId !== undefined && !/^\d+$/.test(workflowRunId)) {
        throw new ConfigError(inputWhere(INPUTS.workflowRunId), `expected a workflow run id (digits), got ${JSON.stringify(workflowRunId)}`);
    }
    const dashboardUrl = get(INPUTS.dashboardUrl).trim() || undefined;
    if (dashboardUrl !== undefined && !dashboardBase(dashboardUrl)) {
        throw new ConfigError(inputWhere(INPUTS.dashboardUrl), `expected the dashboard's http(s) address, got ${JSON.stringify(dashboardUrl)}`);
    }
    return {
        mode,
        outputFiles,
        ...(ab ? { ab } : {}),
        format: readFormat(inputWhere(INPUTS.format), get(INPUTS.format)),
        suite,
        baselineOutput: readList(get(INPUTS.baselineOutput)),
        store: oneOf(INPUTS.store, ['cache', 'artifact', 'file', 'none'], DEFAULTS.store),
        historyPath: get(INPUTS.historyPath).trim() || DEFAULTS.historyPath,
        historySize: int(INPUTS.historySize, 2, 10000) ?? DEFAULTS.historySize,
        baseBranch: get(INPUTS.baseBranch).trim() || undefined,
        save: oneOf(INPUTS.save, ['auto', 'always', 'never'], DEFAULTS.save),
        retentionDays: int(INPUTS.retentionDays, 1, 400),
        failOn: oneOf(INPUTS.failOn, ['fail', 'warn', 'never'], DEFAULTS.failOn),
        comment: oneOf(INPUTS.comment, ['always', 'on-change', 'never'], DEFAULTS.comment),
        summary: bool(INPUTS.summary, DEFAULTS.summary),
        check: bool(INPUTS.check, DEFAULTS.check),
        issueOnRegression: bool(INPUTS.issueOnRegression, DEFAULTS.issueOnRegression),
        token: get(INPUTS.githubToken),
        workflowRunId,
        dashboard: get(INPUTS.dashboard).trim() || undefined,
        dashboardUrl,
        configInput: get(INPUTS.config).trim(),
        warnThreshold: threshold(INPUTS.warnThreshold),
        failThreshold: threshold(INPUTS.failThreshold),
        runnerNoise: get(INPUTS.runnerNoise).trim() === ''
            ? undefined
            : readNoise(inputWhere(INPUTS.runnerNoise), get(INPUTS.runnerNoise).trim()),
    };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/config/rules.ts
/**
 * Matching rules to series. Names are matched with minimatch, whose matcher (v11) does not backtrack:
 * time grows with the name's length, not with a power of it, whatever the pattern (`*a*a*a*b` on a
 * 100,000-character name takes milliseconds).
 */

// minimatch splits paths on "/", where `*` stops. Benchmark names are not paths: `*` crosses "/" (Go
// sub-benchmarks, so "BenchmarkSort*" covers "BenchmarkSort/size=100"). Both sides spell "/" as a
// private-use character minimatch treats as any other, and both start with another one, so no name is
// the empty, "." or ".." path segment minimatch treats apart.
const SLASH = '\uE000';
const START = '\uE001';
const OPTIONS = {
    nobrace: true, // "{a,b}" is literal: benchmark names carry braces
    noext: true, // "fib(20)" and "+(x)" are literal
    nonegate: true,
    nocomment: true,
    platform: 'linux', // "\" escapes on every OS
};
const globs = new Map();
/**
 * Benchmark-name globs: `*` matches any run of characters including "/", `?` one character, `[…]` a
 * class (`[!…]` negated), `\` escapes the next character; the glob must match the whole name.
 */
function nameMatches(name, glob) {
    let m = globs.get(glob);
    if (!m) {
        m = new esm/* Minimatch */.VR(START + glob.replaceAll('/', SLASH), OPTIONS);
        globs.set(glob, m);
    }
    return m.match(START + name.replaceAll('/', SLASH));
}
function matches(rule, s) {
    return (rule.metric === undefined || rule.metric === s.metric) && nameMatches(s.name, rule.match);
}
/** The rules that apply to a series, in the file's order. */
function rulesMatching(analysis, s) {
    return analysis.rules.filter((r) => matches(r, s));
}
/** The rules that apply to one series: for each key, the first rule that sets it wins. */
function ruleFor(analysis, s) {
    const applicable = rulesMatching(analysis, s);
    const first = (k) => applicable.find((r) => r[k] !== undefined)?.[k];
    // A rule's own fail below the global warn ("allocs/op: fail at 1%") lowers warn with it; a rule's warn
    // above the global fail raises fail with it. Either way warn ≤ fail.
    const ruleWarn = first('warn');
    const ruleFail = first('fail');
    const fail = ruleFail ?? Math.max(analysis.failThreshold, ruleWarn ?? 0);
    const warn = ruleWarn ?? analysis.warnThreshold;
    const ignored = analysis.ignore.some((g) => nameMatches(s.name, g)) || first('ignore') === true;
    const limitFor = (k) => {
        const r = applicable.find((x) => x[k] !== undefined);
        if (!r)
            return undefined;
        const u = k === 'max' ? r.maxUnit : r.minUnit;
        // A limit written in another kind of unit than the series (ms on a B/op series) cannot apply.
        if (u !== undefined && s.unit !== undefined && u !== s.unit)
            return undefined;
        return r[k];
    };
    return {
        warnThreshold: Math.min(warn, fail),
        failThreshold: fail,
        direction: first('direction'),
        ignore: ignored,
        max: limitFor('max'),
        min: limitFor('min'),
        minSamples: first('minSamples') ?? analysis.minSamples,
        deterministic: first('deterministic'),
    };
}

;// CONCATENATED MODULE: ./src/config/overrides.ts


/** Apply unit and direction overrides to parsed series. */
function applyOverrides(analysis, series) {
    return series.map((s) => {
        const applicable = rulesMatching(analysis, s);
        const unit = applicable.find((r) => r.unit !== undefined)?.unit;
        const direction = applicable.find((r) => r.direction !== undefined)?.direction;
        let out = s;
        if (unit !== undefined) {
            const c = canonical(unit);
            const scale = (x) => scaleBy(x, c.factor);
            const opt = (x) => (x === undefined ? undefined : scale(x));
            out = {
                ...out,
                unit: c.unit,
                direction: c.direction,
                value: scale(out.value),
                samples: out.samples?.map(scale),
                spread: out.spread && {
                    low: opt(out.spread.low),
                    high: opt(out.spread.high),
                    stddev: opt(out.spread.stddev),
                },
            };
        }
        if (direction !== undefined)
            out = { ...out, direction };
        return out;
    });
}

;// CONCATENATED MODULE: ./src/config/index.ts













function loadConfig({ input, readFile, log }) {
    const { configInput, warnThreshold: warnInput, failThreshold: failInput, runnerNoise: noiseInput, ...settings } = readInputs(input);
    const found = findConfigFile(configInput, readFile, INPUTS.config);
    log?.(found.message);
    const file = found.text === undefined || found.path === undefined
        ? { rules: [] }
        : parseConfigFile(found.text, found.path);
    const warnThreshold = warnInput ?? file.warnThreshold ?? DEFAULTS.warnThreshold;
    const failThreshold = failInput ?? file.failThreshold ?? DEFAULTS.failThreshold;
    // The file's own pair was checked in the file; a pair from two places is checked here, blaming the
    // fail threshold where one was set, else the warn threshold that passed the default fail.
    if (failThreshold < warnThreshold) {
        if (failInput !== undefined || file.failThreshold !== undefined)
            checkOrder(failInput !== undefined ? inputWhere(INPUTS.failThreshold) : `${found.path}: thresholds.fail`, 'the warn threshold', warnThreshold, failThreshold);
        throw new ConfigError(warnInput !== undefined ? inputWhere(INPUTS.warnThreshold) : `${found.path}: thresholds.warn`, `expected at most the fail threshold (${pct(failThreshold)}, the default; set the fail threshold too), got ${pct(warnThreshold)}`);
    }
    return {
        ...settings,
        configFile: found.path,
        analysis: {
            warnThreshold,
            failThreshold,
            confidence: file.confidence ?? DEFAULTS.confidence,
            resamples: file.resamples ?? DEFAULTS.resamples,
            fdrQ: file.fdrQ ?? DEFAULTS.fdrQ,
            minSamples: file.minSamples ?? DEFAULTS.minSamples,
            changePoints: {
                window: file.changePoints?.window ?? DEFAULTS.changePoints.window,
                p: file.changePoints?.p ?? DEFAULTS.changePoints.p,
            },
            runnerNoise: noiseInput ?? file.runnerNoise ?? DEFAULTS.runnerNoise,
            insufficientData: file.insufficientData ?? DEFAULTS.insufficientData,
            severity: file.severity ?? { ...DEFAULTS.severity },
            ignore: file.ignore ?? [],
            rules: file.rules,
        },
    };
}
/** The analysis settings a verdict records, from the config. */
function analysisSettings(config) {
    const a = config.analysis;
    return {
        warnThreshold: a.warnThreshold,
        failThreshold: a.failThreshold,
        confidence: a.confidence,
        resamples: a.resamples,
        fdrQ: a.fdrQ,
        minSamples: a.minSamples,
        changePoints: a.changePoints,
        runnerNoise: a.runnerNoise,
        insufficientData: a.insufficientData,
    };
}
/**
 * What `analyze` needs for one comparison under this config: the rules per series (resolved against
 * the current run's units) and the settings. The action and the CLI both build their input here.
 */
function analyzeInput(config, current, baseline, seed) {
    const units = new Map(current.series.map((s) => [model_seriesId(s), s.unit]));
    return {
        suite: config.suite,
        current,
        baselineRun: baseline.baselineRun,
        history: baseline.history,
        ruleFor: (s) => ruleFor(config.analysis, { ...s, unit: units.get(model_seriesId(s)) ?? '' }),
        settings: analysisSettings(config),
        seed,
        severity: config.analysis.severity,
    };
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(6448);
;// CONCATENATED MODULE: ./src/stats/prng.ts
/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna, 2018), seeded from a string so a
 * rerun with the same series and commits draws the same numbers and reports the same bytes.
 */
/** 128 bits of state from any string: four 32-bit lanes mixed per UTF-16 unit, then finalised. */
function hashSeed(text) {
    let a = 0x9e3779b9;
    let b = 0x243f6a88;
    let c = 0xb7e15162;
    let d = 0x85a308d3;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        a = Math.imul(a ^ ch, 0x85ebca6b);
        b = Math.imul(b ^ ch, 0xc2b2ae35);
        c = Math.imul(c ^ ch, 0x27d4eb2f);
        d = Math.imul(d ^ ch, 0x165667b1);
        // Cross the lanes so that each lane depends on every character and its position.
        a = (a ^ (d >>> 15)) >>> 0;
        b = (b ^ (a >>> 13)) >>> 0;
        c = (c ^ (b >>> 16)) >>> 0;
        d = (d ^ (c >>> 17)) >>> 0;
    }
    const out = new Uint32Array([fmix(a ^ text.length), fmix(b), fmix(c), fmix(d)]);
    // The all-zero state is the one state xoshiro never leaves.
    if ((out[0] | out[1] | out[2] | out[3]) === 0)
        out[0] = 1;
    return out;
}
/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability ~1/2. */
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
class Rng {
    s0;
    s1;
    s2;
    s3;
    constructor(seed) {
        const s = typeof seed === 'string' ? hashSeed(seed) : seed;
        this.s0 = s[0] | 0;
        this.s1 = s[1] | 0;
        this.s2 = s[2] | 0;
        this.s3 = s[3] | 0;
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** The next 32 random bits as an unsigned integer. */
    nextU32() {
        const s1 = this.s1;
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return r >>> 0;
    }
    /** Fill `out` with random 32-bit integers: the state lives in locals, several times faster in bulk. */
    fill(out, count = out.length) {
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < count; i++) {
            out[i] = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = rotl(s3, 11);
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /** Uniform in [0, 1) with 32 bits of resolution. */
    next() {
        return this.nextU32() * 2.3283064365386963e-10;
    }
    /** Uniform in [0, 1) with 53 bits of resolution (for generators that need fine tails). */
    nextDouble() {
        const hi = this.nextU32() >>> 5;
        const lo = this.nextU32() >>> 6;
        return (hi * 67108864 + lo) * 1.1102230246251565e-16;
    }
    /** Uniform integer in [0, n); the bias of the multiply-shift (≤ n / 2³²) is far below bootstrap noise. */
    int(n) {
        return Math.floor(this.nextU32() * 2.3283064365386963e-10 * n);
    }
    /** A standard normal deviate (Box–Muller; one of the pair is discarded to keep the state simple). */
    normal() {
        let u = this.nextDouble();
        while (u === 0)
            u = this.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.nextDouble());
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}

// EXTERNAL MODULE: ./node_modules/jstat/dist/jstat.js
var jstat = __webpack_require__(2453);
var jstat_default = /*#__PURE__*/__webpack_require__.n(jstat);
;// CONCATENATED MODULE: ./src/stats/distributions.ts
/**
 * The normal and Student-t distributions, from jstat (a well-tested implementation), behind names that
 * say what they compute. Everything else statistical in benchgate is in this folder.
 */

/** Φ(x), the standard normal CDF. */
function normalCdf(x) {
    if (x === Infinity)
        return 1;
    if (x === -Infinity)
        return 0;
    return jstat_default().normal.cdf(x, 0, 1);
}
/** Φ⁻¹(p); ±Infinity at 0 and 1. */
function distributions_normalQuantile(p) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    return jstat_default().normal.inv(p, 0, 1);
}
/** P(T ≤ t) for Student's t with `dof` degrees of freedom. */
function tCdf(t, dof) {
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    return jstat_default().studentt.cdf(t, dof);
}
/** The p-quantile of Student's t with `dof` degrees of freedom. */
function tQuantile(p, dof) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    return jstat_default().studentt.inv(p, dof);
}
/** ln C(n, k) from a table of ln k!, exact to rounding for the sizes benchgate sees. */
const lnFactorials = [0];
function lnFactorial(n) {
    for (let i = lnFactorials.length; i <= n; i++)
        lnFactorials[i] = lnFactorials[i - 1] + Math.log(i);
    return lnFactorials[n];
}
function lnChoose(n, k) {
    return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}
/**
 * P(X ≥ k) for X ~ Binomial(n, p). The sum starts at the term nearest the mode and walks away from it
 * with a multiplicative recurrence, so the first term is the largest (an underflow there means the whole
 * sum is negligible) and nothing cancels except in the final 1 − lower tail.
 */
function binomialUpperTail(n, p, k) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    const lp = Math.log(p);
    const lq = Math.log1p(-p);
    const ratio = p / (1 - p);
    if (k > n * p) {
        // Upper tail above the mean: terms shrink as j grows.
        let term = Math.exp(lnChoose(n, k) + k * lp + (n - k) * lq);
        let sum = term;
        for (let j = k + 1; j <= n && term > sum * 1e-17; j++) {
            term *= ((n - j + 1) / j) * ratio;
            sum += term;
        }
        return Math.min(1, sum);
    }
    // k is at or below the mean: 1 − P(X ≤ k − 1), whose terms shrink as j falls.
    const top = k - 1;
    let term = Math.exp(lnChoose(n, top) + top * lp + (n - top) * lq);
    let sum = term;
    for (let j = top; j > 0 && term > sum * 1e-17; j--) {
        term *= j / (n - j + 1) / ratio;
        sum += term;
    }
    return Math.max(0, 1 - sum);
}

;// CONCATENATED MODULE: ./src/stats/median-distribution.ts
/**
 * The exact resampling distribution of a sample median. Resampling n values with replacement from a
 * sorted sample x and taking the median is the same as drawing n uniform indices and taking x at their
 * middle order statistic(s): the median of the indices for odd n, the mean of x at the two middle ones
 * for even n. Those order statistics have closed-form distributions, so a bootstrap replicate of the
 * median can be drawn in O(1) from an alias table instead of O(n) by resampling and selecting — the same
 * distribution, about a hundred times faster at n = 100.
 *
 * For odd n, with F(a) = (a + 1)/n and k = (n + 1)/2: P(I₍ₖ₎ ≤ a) = P(Binomial(n, F(a)) ≥ k).
 * For even n, with k = n/2 and a < b: P(I₍ₖ₎ = a, I₍ₖ₊₁₎ = b) = C(n, k)·[F(a)ᵏ − F(a−1)ᵏ]·
 * [(1 − F(b−1))ⁿ⁻ᵏ − (1 − F(b))ⁿ⁻ᵏ] (k draws at or below a, exactly one of them at a, none strictly
 * between a and b, the rest at or above b, one of them at b); a = b takes the remaining mass of
 * P(I₍ₖ₎ = a).
 */

/**
 * Beyond this many samples only index pairs within ±10√n of the middle and gaps of at most 60 are kept;
 * the mass left out is below 1e-20 (the index median's sd is √n/2; a gap beyond g has probability ≈ e⁻ᵍ).
 */
const PRUNE_ABOVE = 200;
const MAX_GAP = 60;
/**
 * Pairs less likely than this (relative to their row) are left out and the rest renormalised: at most
 * n·1e-15 of the mass moves, far below the Monte-Carlo error of any bootstrap quantile.
 */
const NEGLIGIBLE = 1e-15;
/** `sorted` must be ascending. */
function medianDistribution(sorted) {
    const n = sorted.length;
    if (n === 0)
        throw new Error('medianDistribution: empty sample');
    if (n === 1)
        return { values: Float64Array.of(sorted[0]), probs: Float64Array.of(1) };
    const odd = n % 2 === 1;
    const k = odd ? (n + 1) / 2 : n / 2;
    const mid = k - 1;
    const half = n > PRUNE_ABOVE ? Math.ceil(10 * Math.sqrt(n)) : n;
    const lo = Math.max(0, mid - half);
    const hi = Math.min(n - 1, mid + half);
    // P(I₍ₖ₎ = a) for a in [lo, hi].
    const marginal = new Float64Array(hi - lo + 1);
    let prev = lo === 0 ? 0 : binomialUpperTail(n, lo / n, k);
    for (let a = lo; a <= hi; a++) {
        const cur = a === n - 1 ? 1 : binomialUpperTail(n, (a + 1) / n, k);
        marginal[a - lo] = Math.max(0, cur - prev);
        prev = cur;
    }
    if (odd) {
        const values = new Float64Array(hi - lo + 1);
        for (let a = lo; a <= hi; a++)
            values[a - lo] = sorted[a];
        return normalise(values, marginal);
    }
    const lnC = lnChoose(n, k);
    const m = n - k;
    const gap = n > PRUNE_ABOVE ? MAX_GAP : n;
    // The pair probability factorises: ln P(a, b) = ln C + lnDA[a] + lnDB[b] for a < b, with
    // lnDA[a] = ln[F(a)ᵏ − F(a−1)ᵏ] and lnDB[b] = ln[(1 − F(b−1))ᵐ − (1 − F(b))ᵐ].
    const lnDA = new Float64Array(n);
    const lnDB = new Float64Array(n);
    for (let a = lo; a <= hi; a++)
        lnDA[a] = k * Math.log((a + 1) / n) + Math.log1p(-Math.pow(a / (a + 1), k));
    for (let b = Math.max(1, lo); b < n; b++)
        lnDB[b] = m * Math.log((n - b) / n) + Math.log1p(-Math.pow((n - 1 - b) / (n - b), m));
    const vals = [];
    const probs = [];
    for (let a = lo; a <= hi; a++) {
        const row = marginal[a - lo];
        // A row's pairs sum to P(I₍ₖ₎ = a); rows this unlikely cannot move any bootstrap quantile.
        if (row < NEGLIGIBLE)
            continue;
        // The mass with I₍ₖ₊₁₎ > a is C·[F(a)ᵏ − F(a−1)ᵏ]·(1 − F(a))ᵐ; the rest of the row is the tie a = b.
        const above = a === n - 1 ? 0 : Math.exp(lnC + lnDA[a] + m * Math.log((n - 1 - a) / n));
        const tie = Math.max(0, row - above);
        if (tie > 0) {
            vals.push(sorted[a]);
            probs.push(tie);
        }
        const bMax = Math.min(n - 1, a + gap);
        const base = lnC + lnDA[a];
        for (let b = a + 1; b <= bMax; b++) {
            const p = Math.exp(base + lnDB[b]);
            // The next order statistic's pmf falls with the gap: once negligible, the rest is too.
            if (p < NEGLIGIBLE * row)
                break;
            vals.push((sorted[a] + sorted[b]) / 2);
            probs.push(p);
        }
    }
    return normalise(Float64Array.from(vals), Float64Array.from(probs));
}
function normalise(values, probs) {
    let total = 0;
    for (let i = 0; i < probs.length; i++)
        total += probs[i];
    for (let i = 0; i < probs.length; i++)
        probs[i] /= total;
    return { values, probs };
}
/** Mean and variance of a function of the resampled median (e.g. its logarithm). */
function momentsOf(d, f = (v) => v) {
    let mean = 0;
    for (let i = 0; i < d.values.length; i++)
        mean += d.probs[i] * f(d.values[i]);
    let variance = 0;
    for (let i = 0; i < d.values.length; i++)
        variance += d.probs[i] * (f(d.values[i]) - mean) ** 2;
    return { mean, variance };
}
/**
 * Walker's alias method (Vose's construction): draws an index with the given probabilities from two
 * uniform 32-bit numbers. Built in index order, so the table, and every draw, is deterministic.
 */
class AliasTable {
    size;
    threshold;
    alias;
    constructor(probs) {
        const n = probs.length;
        this.size = n;
        this.threshold = new Float64Array(n);
        this.alias = new Int32Array(n);
        const scaled = new Float64Array(n);
        const small = new Int32Array(n);
        const large = new Int32Array(n);
        let ns = 0;
        let nl = 0;
        for (let i = 0; i < n; i++) {
            scaled[i] = probs[i] * n;
            if (scaled[i] < 1)
                small[ns++] = i;
            else
                large[nl++] = i;
        }
        while (ns > 0 && nl > 0) {
            const s = small[--ns];
            const l = large[nl - 1];
            this.threshold[s] = scaled[s];
            this.alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                nl--;
                small[ns++] = l;
            }
        }
        // What is left is 1 up to rounding: those columns always pick themselves.
        while (nl > 0) {
            const l = large[--nl];
            this.threshold[l] = 1;
            this.alias[l] = l;
        }
        while (ns > 0) {
            const s = small[--ns];
            this.threshold[s] = 1;
            this.alias[s] = s;
        }
    }
    sample(rng) {
        return this.pick(rng.nextU32());
    }
    /**
     * The draw for one uniform 32-bit number: its high part picks the column, the remaining fraction decides
     * between the column and its alias (resolution 2⁻³²·size per column, below 1e-6 for tables < 4,000).
     */
    pick(u32) {
        const x = u32 * 2.3283064365386963e-10 * this.size;
        const col = Math.floor(x);
        return x - col < this.threshold[col] ? col : this.alias[col];
    }
}

;// CONCATENATED MODULE: ./src/stats/bootstrap.ts
/**
 * Two-sample BCa bootstrap confidence interval of the ratio of medians, on the log scale:
 * θ = ln median(y) − ln median(x). Efron (1987); Efron & Tibshirani (1993) §14.3, eq. 14.14–14.15; the
 * two-sample jackknife as in scipy.stats.bootstrap (each sample left out in turn, the other kept whole).
 *
 * - x and y are resampled independently (never pooled: pooling builds a null distribution, not a CI).
 * - Each replicate's medians are drawn from their exact resampling distribution (median-distribution.ts):
 *   the same distribution as resample-then-select, in O(1) per replicate.
 * - Bias correction z₀ counts replicates equal to θ̂ as one half (as scipy ≥ 1.11 does); the fraction is
 *   clamped to [½/B, 1 − ½/B] so z₀ stays finite when every replicate falls on one side.
 * - Acceleration: the jackknife of the statistic itself, within each sample (the textbook choice, and
 *   scipy's). For the median it is nearly degenerate — for even n the leave-one-out medians take two
 *   values, k each, and â ≡ 0; for odd n, three values and |â| = O(n^-1.5) — which is what the median's
 *   influence function (±1/2f, skewness zero) says â should be, so the interval is in effect BC.
 *   The alternative the research note suggests, â from the jackknife of mean(ln y) − mean(ln x), is kept
 *   as `acceleration: 'log-mean'` but not used: one outlier the median ignores drives that â to ±0.15,
 *   and at the strict levels fails are decided on, that turned a clean 50% slowdown's 99.75% bound
 *   into −36% in the heavy-tailed accuracy scenario.
 * - The 1 − â(z₀ + z_α) denominator is kept ≥ 1e-6 so extreme levels map to the bootstrap's extremes
 *   instead of wrapping around.
 */



/** Both samples must be non-empty and strictly positive (the ratio is taken on the log scale). */
function bcaLogRatioOfMedians(x, y, opts) {
    const xs = Float64Array.from(x).sort();
    const ys = Float64Array.from(y).sort();
    const estimate = Math.log(medianSorted(ys)) - Math.log(medianSorted(xs));
    const B = opts.resamples;
    const theta = opts.buffer && opts.buffer.length >= B ? opts.buffer : new Float64Array(B);
    const dx = medianDistribution(xs);
    const dy = medianDistribution(ys);
    const lx = dx.values.map(Math.log);
    const ly = dy.values.map(Math.log);
    const ax = new AliasTable(dx.probs);
    const ay = new AliasTable(dy.probs);
    const rng = opts.rng;
    const u = opts.randomBuffer && opts.randomBuffer.length >= 2 * B ? opts.randomBuffer : new Uint32Array(2 * B);
    rng.fill(u, 2 * B);
    let below = 0;
    let equal = 0;
    let sum = 0;
    let sumSq = 0;
    // A replicate within rounding of θ̂ is a tie (the same pair of medians, or a ratio equal in exact
    // arithmetic): rounding must not decide z₀, or rescaling the data (ns → ms) would move the interval.
    const tol = 1e-12 * Math.max(1, Math.abs(estimate));
    const tieLow = estimate - tol;
    const tieHigh = estimate + tol;
    for (let b = 0; b < B; b++) {
        const t = ly[ay.pick(u[2 * b])] - lx[ax.pick(u[2 * b + 1])];
        theta[b] = t;
        if (t < tieLow)
            below++;
        else if (t <= tieHigh)
            equal++;
        sum += t;
        sumSq += t * t;
    }
    const mean = sum / B;
    const sd = Math.sqrt(Math.max(0, sumSq / B - mean * mean));
    const frac = Math.min(1 - 0.5 / B, Math.max(0.5 / B, (below + 0.5 * equal) / B));
    const z0 = distributions_normalQuantile(frac);
    const a = opts.acceleration === 'log-mean' ? accelerationOfLogMeans(xs, ys) : accelerationOfStatistic(xs, ys);
    const endpoints = opts.levels.map((level) => {
        if (sd === 0)
            return estimate;
        const w = z0 + distributions_normalQuantile(level);
        if (!Number.isFinite(w))
            return w > 0 ? maxOf(theta, B) : bootstrap_minOf(theta, B);
        const denom = Math.max(1e-6, 1 - a * w);
        return quantileInPlace(theta, normalCdf(z0 + w / denom), B);
    });
    return { estimate, endpoints, z0, a, sd, resamples: B };
}
function medianSorted(s) {
    const n = s.length;
    const m = n >>> 1;
    return n % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function bootstrap_minOf(a, n) {
    let m = a[0];
    for (let i = 1; i < n; i++)
        if (a[i] < m)
            m = a[i];
    return m;
}
function maxOf(a, n) {
    let m = a[0];
    for (let i = 1; i < n; i++)
        if (a[i] > m)
            m = a[i];
    return m;
}
/**
 * â = (1/6)·Σₖ Σᵢ U³ₖᵢ/nₖ³ ÷ (Σₖ Σᵢ U²ₖᵢ/nₖ²)^{3/2} with Uₖᵢ = (nₖ − 1)(θ̄ₖ − θₖ₍ᵢ₎), the jackknife of
 * sample k with the other sample whole (scipy's `_bca_interval`).
 */
function accelerationFrom(ux, uy) {
    let num = 0;
    let den = 0;
    for (const u of [ux, uy]) {
        const n = u.length;
        let s3 = 0;
        let s2 = 0;
        for (let i = 0; i < n; i++) {
            s3 += u[i] ** 3;
            s2 += u[i] ** 2;
        }
        num += s3 / n ** 3;
        den += s2 / n ** 2;
    }
    return den > 0 ? num / (6 * den ** 1.5) : 0;
}
/** For θ = mean(ln y) − mean(ln x) the jackknife values are closed-form: U = ±(ln v − mean ln v). */
function accelerationOfLogMeans(xs, ys) {
    const centred = (s, sign) => {
        const l = s.map(Math.log);
        let m = 0;
        for (let i = 0; i < l.length; i++)
            m += l[i];
        m /= l.length;
        for (let i = 0; i < l.length; i++)
            l[i] = sign * (l[i] - m);
        return l;
    };
    // Leaving out x_i raises θ when x_i was large: U for x has the opposite sign of ln x_i − mean.
    return accelerationFrom(centred(xs, -1), centred(ys, 1));
}
/**
 * The textbook jackknife of θ itself (leave-one-out medians), as scipy computes it. On the sorted sample
 * the median without element i is one of two (odd n: three) order statistics, so all n of them take O(n).
 */
function accelerationOfStatistic(xs, ys) {
    const lmx = Math.log(medianSorted(xs));
    const lmy = Math.log(medianSorted(ys));
    const u = (thetas) => {
        const n = thetas.length;
        let mean = 0;
        for (let i = 0; i < n; i++)
            mean += thetas[i];
        mean /= n;
        return thetas.map((t) => (n - 1) * (mean - t));
    };
    if (xs.length < 2 || ys.length < 2)
        return 0;
    const tx = leaveOneOutLogMedians(xs).map((l) => lmy - l);
    const ty = leaveOneOutLogMedians(ys).map((l) => l - lmx);
    return accelerationFrom(u(tx), u(ty));
}
/** ln median of the sorted sample `s` without its i-th element, for every i (n ≥ 2). */
function leaveOneOutLogMedians(s) {
    const n = s.length;
    const out = new Float64Array(n);
    // The rest has r = n − 1 elements; rest[j] = s[j] for j < i, s[j + 1] otherwise.
    const r = n - 1;
    const at = (j, i) => (j < i ? s[j] : s[j + 1]);
    for (let i = 0; i < n; i++) {
        const m = r >>> 1;
        out[i] = Math.log(r % 2 ? at(m, i) : (at(m - 1, i) + at(m, i)) / 2);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/mann-whitney.ts
/**
 * Mann–Whitney U test (Mann & Whitney, Ann. Math. Statist. 18:50–60, 1947), one-sided, with an optional
 * shift: the null hypothesis "y is no larger than x + shift" lets a caller ask "is y worse than x by more
 * than a threshold?" (on log values, shift = ln(1 + threshold)).
 *
 * - Exact null distribution when there are no ties and both samples have at most 50 values (computed once
 *   per (n₁, n₂) by the recurrence p(m, n, u) = m/(m+n)·p(m−1, n, u−n) + n/(m+n)·p(m, n−1, u), cached).
 * - Otherwise the normal approximation with the tie correction of the variance and a continuity
 *   correction of ½.
 */



const EXACT_MAX = 50;
function mannWhitney(x, y, alternative, shift = 0, 
/**
 * Variance inflation for serially correlated samples (≥ 1, see autocorrelation.ts): the p-value's
 * z-score is divided by √inflation — calibrated within 10% at α from 0.05 down to 0.0005 for AR(1)
 * ρ = 0.3 at n = 10 and 30 (simulated), where the uncorrected test is 2–8× too liberal.
 */
inflation = 1) {
    const raw = mannWhitneyRaw(x, y, alternative, shift);
    if (inflation === 1)
        return raw;
    return { ...raw, p: deflate(raw.p, inflation) };
}
/** p → 1 − Φ(Φ⁻¹(1 − p)/√f). */
function deflate(p, inflation) {
    return clamp01(1 - normalCdf(distributions_normalQuantile(1 - p) / Math.sqrt(inflation)));
}
function mannWhitneyRaw(x, y, alternative, shift) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        return { u: 0, p: 1, method: 'normal' };
    const xs = new Float64Array(n1);
    for (let i = 0; i < n1; i++)
        xs[i] = x[i] + shift;
    xs.sort();
    const ys = Float64Array.from(y).sort();
    // Merge the two sorted samples, ranking ties by their mean rank, counting U and the tie groups.
    let u = 0;
    let tieTerm = 0;
    let ties = false;
    let i = 0;
    let j = 0;
    let xBelow = 0; // x values strictly below the current value
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && xs[i] <= ys[j]) ? xs[i] : ys[j];
        let cx = 0;
        let cy = 0;
        while (i < n1 && xs[i] === v) {
            i++;
            cx++;
        }
        while (j < n2 && ys[j] === v) {
            j++;
            cy++;
        }
        u += cy * (xBelow + 0.5 * cx);
        xBelow += cx;
        const t = cx + cy;
        if (t > 1) {
            ties = true;
            tieTerm += t * t * t - t;
        }
    }
    if (!ties && n1 <= EXACT_MAX && n2 <= EXACT_MAX) {
        const cdf = exactCdf(n1, n2);
        // U is an integer without ties. P(U ≥ u) = 1 − P(U ≤ u − 1); P(U ≤ u).
        const p = alternative === 'greater' ? (u === 0 ? 1 : 1 - cdf[u - 1]) : cdf[u];
        return { u, p: clamp01(p), method: 'exact' };
    }
    const N = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (N + 1 - tieTerm / (N * (N - 1)));
    if (variance <= 0)
        return { u, p: 1, method: 'normal' };
    const sd = Math.sqrt(variance);
    const p = alternative === 'greater' ? 1 - normalCdf((u - mu - 0.5) / sd) : normalCdf((u - mu + 0.5) / sd);
    return { u, p: clamp01(p), method: 'normal' };
}
function clamp01(p) {
    return Math.min(1, Math.max(0, p));
}
/** The smallest one-sided p-value any outcome can give at these sizes (complete separation). */
function minimumP(n1, n2) {
    if (n1 <= EXACT_MAX && n2 <= EXACT_MAX)
        return exactCdf(n1, n2)[0];
    const mu = (n1 * n2) / 2;
    const sd = Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
    return 1 - normalCdf((n1 * n2 - mu - 0.5) / sd);
}
const cache = new Map();
/** P(U ≤ u), u = 0..n₁n₂, under the null without ties (symmetric in n₁ and n₂). */
function exactCdf(n1, n2) {
    const m = Math.min(n1, n2);
    const n = Math.max(n1, n2);
    const key = `${m},${n}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    // prev[jj] holds the pmf for (i − 1, jj), cur[jj] for (i, jj); pmf arrays have length i·jj + 1.
    let prev = [];
    for (let jj = 0; jj <= n; jj++)
        prev.push(Float64Array.of(1)); // i = 0: U ≡ 0
    for (let i = 1; i <= m; i++) {
        const cur = [Float64Array.of(1)]; // jj = 0: U ≡ 0
        for (let jj = 1; jj <= n; jj++) {
            const out = new Float64Array(i * jj + 1);
            // The largest observation is an x with probability i/(i+jj): it adds nothing to U of y, so
            // recurse on (i − 1, jj). It is a y with probability jj/(i+jj): that y exceeds all i x's, so U
            // gains i, recurse on (i, jj − 1).
            const wa = i / (i + jj);
            const wb = jj / (i + jj);
            const fromX = prev[jj];
            const fromY = cur[jj - 1];
            for (let t = 0; t < fromX.length; t++)
                out[t] += wa * fromX[t];
            for (let t = 0; t < fromY.length; t++)
                out[t + i] += wb * fromY[t];
            cur.push(out);
        }
        prev = cur;
    }
    const pmf = m === 0 ? Float64Array.of(1) : prev[n];
    const cdf = new Float64Array(pmf.length);
    let acc = 0;
    for (let t = 0; t < pmf.length; t++) {
        acc += pmf[t];
        cdf[t] = Math.min(1, acc);
    }
    cache.set(key, cdf);
    return cdf;
}
/**
 * The one-sided confidence bound for the shift Δ in "y ≈ x + Δ" that inverts the test above (Moses
 * 1953; Hollander & Wolfe, Nonparametric Statistical Methods, §4.3): with N = n₁n₂ pairwise differences
 * y_j − x_i sorted ascending and u* the smallest U with P(U ≥ u*) ≤ α, the lower bound is the
 * (N − u* + 1)-th difference — the largest shift the test would still reject at level α. `side: 'upper'`
 * gives the mirror bound. −Infinity (or +Infinity) when no outcome at these sizes reaches α.
 */
function shiftBound(x, y, alpha, side, inflation = 1) {
    const n1 = x.length;
    const n2 = y.length;
    const N = n1 * n2;
    // The level the uncorrected test must reach for the deflated p-value to reach α.
    const raw = inflation === 1 ? alpha : 1 - normalCdf(Math.sqrt(inflation) * distributions_normalQuantile(1 - alpha));
    const uStar = criticalU(n1, n2, raw);
    if (uStar > N)
        return side === 'lower' ? -Infinity : Infinity;
    // Lower: (N − u* + 1)-th smallest (0-based N − u*); upper: the u*-th smallest (0-based u* − 1).
    return kthDifference(x, y, side === 'lower' ? N - uStar : uStar - 1);
}
/** Enumerate the differences of a band directly once it holds no more than this many. */
const BAND = 4096;
/**
 * The k-th smallest (0-based) of the n₁n₂ differences y_j − x_i, without forming them: a quickselect
 * over the implicit sorted matrix. Keep an open band (L, H) of values known to hold the answer; pick a
 * pivot uniformly among the differences in the band (row counts from two pointers over the sorted
 * samples, O(n₁ + n₂)), count the differences below and at it, and narrow the band until the pivot is
 * the answer or the band is small enough to select in directly. Expected O((n₁ + n₂)·log(n₁n₂)) time
 * and O(n₁ + n₂ + BAND) memory; ties are handled by counting < and ≤ separately. The pivots come from a
 * fixed-seed generator, and the result is the same value as sorting every difference.
 */
function kthDifference(x, y, k) {
    const xs = Float64Array.from(x).sort();
    const ys = Float64Array.from(y).sort();
    const n1 = xs.length;
    const n2 = ys.length;
    // For each y_j (ascending) the x_i with y_j − x_i ≤ d form a suffix of xs whose start only moves right
    // as y_j grows. Floating-point subtraction is monotone, so the pointers are exact.
    const count = (d, strict) => {
        let c = 0;
        let i = 0;
        for (let j = 0; j < n2; j++) {
            const yj = ys[j];
            if (strict)
                while (i < n1 && yj - xs[i] >= d)
                    i++;
            else
                while (i < n1 && yj - xs[i] > d)
                    i++;
            c += n1 - i;
        }
        return c;
    };
    const start = new Int32Array(n2);
    const end = new Int32Array(n2);
    // Row j's band is xs[start[j] .. end[j]): y_j − x_i < H from start, y_j − x_i > L before end.
    const rows = (lo, hi) => {
        let s = 0;
        let e = 0;
        let total = 0;
        for (let j = 0; j < n2; j++) {
            const yj = ys[j];
            while (s < n1 && yj - xs[s] >= hi)
                s++;
            while (e < n1 && yj - xs[e] > lo)
                e++;
            start[j] = s;
            end[j] = Math.max(s, e);
            total += end[j] - s;
        }
        return total;
    };
    const rng = new Rng('kth-difference');
    let lo = -Infinity; // band is (lo, hi); below = #(≤ lo), so the answer is the (k − below)-th in the band
    let hi = Infinity;
    let below = 0;
    for (;;) {
        const total = rows(lo, hi);
        if (total <= BAND) {
            const band = new Float64Array(total);
            let t = 0;
            for (let j = 0; j < n2; j++)
                for (let i = start[j]; i < end[j]; i++)
                    band[t++] = ys[j] - xs[i];
            return selectInPlace(band, k - below);
        }
        let r = Math.floor(rng.next() * total);
        let j = 0;
        while (r >= end[j] - start[j])
            r -= end[j] - start[j++];
        const pivot = ys[j] - xs[start[j] + r];
        const less = count(pivot, true);
        const atMost = count(pivot, false);
        if (k >= less && k < atMost)
            return pivot;
        if (k < less)
            hi = pivot;
        else {
            lo = pivot;
            below = atMost;
        }
    }
}
/** Smallest u with P(U ≥ u) ≤ α under the null (exact for sizes up to 50, else normal with continuity). */
function criticalU(n1, n2, alpha) {
    const N = n1 * n2;
    if (n1 <= EXACT_MAX && n2 <= EXACT_MAX) {
        const cdf = exactCdf(n1, n2);
        for (let u = 0; u <= N; u++)
            if ((u === 0 ? 1 : 1 - cdf[u - 1]) <= alpha)
                return u;
        return N + 1;
    }
    const mu = N / 2;
    const sd = Math.sqrt((N * (n1 + n2 + 1)) / 12);
    return Math.ceil(mu + 0.5 + distributions_normalQuantile(1 - alpha) * sd);
}

;// CONCATENATED MODULE: ./src/stats/fdr.ts
function benjaminiHochberg(p, q) {
    const m = p.length;
    // Ties keep input order so the result never depends on the sort's stability.
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
    let k = 0;
    for (let r = 1; r <= m; r++)
        if (p[order[r - 1]] <= (r * q) / m)
            k = r;
    const rejected = new Array(m).fill(false);
    for (let r = 0; r < k; r++)
        rejected[order[r]] = true;
    const adjusted = new Array(m).fill(1);
    let running = 1;
    for (let r = m; r >= 1; r--) {
        const i = order[r - 1];
        running = Math.min(running, (p[i] * m) / r);
        adjusted[i] = Math.min(1, running);
    }
    return { rejected, k, adjusted };
}

;// CONCATENATED MODULE: ./src/stats/change-points.ts
/**
 * Change points in a history series: E-divisive means (Matteson & James, JASA 2014) with the two changes
 * Hunter made to it (Fleming et al., ICPE 2023) and Apache Otava keeps:
 *
 * 1. Candidates come from E-divisive on overlapping windows (length `window`, step window/2), each
 *    candidate maximising the energy statistic Q̂(τ, κ) over split τ and right end κ, and tested with
 *    Student's t-test instead of a permutation test — deterministic, and fast. This pass uses a relaxed
 *    level (10·p for p < 0.05) and keeps "weak" change points.
 * 2. A merge pass repeatedly drops the weakest change point (largest p-value, recomputed between its
 *    neighbours) until every survivor has p < `p`.
 *
 * Differences from Otava, on purpose: both sides of a change point need at least `minSize` points (3 by
 * default), so a single outlying run does not cut the history; the t-test uses sample standard deviations
 * (ddof 1); after a removal every change point's statistics are recomputed, not only the neighbours'.
 */

const CHANGE_POINT_DEFAULTS = { window: 50, p: 0.001, minSize: 3 };
function changePoints(values, options = {}) {
    const window = Math.max(2, Math.floor(options.window ?? CHANGE_POINT_DEFAULTS.window));
    const maxP = options.p ?? CHANGE_POINT_DEFAULTS.p;
    const minSize = Math.max(1, options.minSize ?? CHANGE_POINT_DEFAULTS.minSize);
    const z = Float64Array.from(values);
    const n = z.length;
    if (n < 2 * minSize)
        return [];
    const firstPassP = maxP < 0.05 ? maxP * 10 : maxP < 0.5 ? maxP * 2 : maxP;
    // Split: E-divisive on overlapping windows, keeping the union of what each finds.
    const found = new Set();
    const step = Math.max(1, Math.floor(window / 2));
    let start = 0;
    while (start < n) {
        const end = Math.min(start + window, n);
        const cps = eDivisive(z, start, end, firstPassP, minSize);
        for (const c of cps)
            found.add(c);
        const last = cps.length ? cps.reduce((m, c) => Math.max(m, c), -Infinity) : 0;
        start = Math.max(last, start + step);
    }
    let indices = [...found].sort((a, b) => a - b);
    // Merge: drop the weakest until every change point holds at the final level.
    for (;;) {
        if (indices.length === 0)
            return [];
        const stats = indices.map((idx, i) => tTest(z, i === 0 ? 0 : indices[i - 1], idx, i === indices.length - 1 ? n : indices[i + 1]));
        let weakest = 0;
        for (let i = 1; i < stats.length; i++)
            if (stats[i].p > stats[weakest].p)
                weakest = i;
        if (stats[weakest].p < maxP) {
            return indices.map((index, i) => ({
                index,
                p: stats[i].p,
                meanBefore: stats[i].meanBefore,
                meanAfter: stats[i].meanAfter,
            }));
        }
        indices = indices.filter((_, i) => i !== weakest);
    }
}
/**
 * Hierarchical E-divisive on z[start..end): find the best split of any current segment; keep it if the
 * t-test between the two halves of its segment has p ≤ level, else stop. Returns split indices.
 */
function eDivisive(z, start, end, level, minSize) {
    const L = end - start;
    if (L < 2 * minSize)
        return [];
    // prefix[i][j] = Σ_{a<i, b<j} |z_a − z_b| over the window, for O(1) block sums.
    const W = L + 1;
    const prefix = new Float64Array(W * W);
    for (let i = 1; i <= L; i++) {
        let row = 0;
        for (let j = 1; j <= L; j++) {
            row += Math.abs(z[start + i - 1] - z[start + j - 1]);
            prefix[i * W + j] = prefix[(i - 1) * W + j] + row;
        }
    }
    const block = (r0, r1, c0, c1) => prefix[r1 * W + c1] - prefix[r0 * W + c1] - prefix[r1 * W + c0] + prefix[r0 * W + c0];
    const withinMean = (u, v) => {
        const m = v - u;
        return m < 2 ? 0 : block(u, v, u, v) / (m * (m - 1)); // the block counts each pair twice
    };
    const cuts = [];
    for (;;) {
        const bounds = [0, ...cuts.map((c) => c - start).sort((a, b) => a - b), L];
        let best;
        for (let seg = 0; seg + 1 < bounds.length; seg++) {
            const s = bounds[seg];
            const e = bounds[seg + 1];
            for (let tau = s + minSize; tau + minSize <= e; tau++) {
                const left = tau - s;
                const wl = withinMean(s, tau);
                for (let kappa = tau + minSize; kappa <= e; kappa++) {
                    const right = kappa - tau;
                    const between = (2 * block(s, tau, tau, kappa)) / (left * right);
                    const energy = between - wl - withinMean(tau, kappa);
                    const q = ((left * right) / (left + right)) * energy;
                    if (!best || q > best.q)
                        best = { tau, q, s, e };
                }
            }
        }
        if (!best)
            return cuts;
        const t = tTest(z, start + best.s, start + best.tau, start + best.e);
        if (t.p > level)
            return cuts;
        cuts.push(start + best.tau);
    }
}
/** Student's two-sample t-test (pooled variance) between z[a..b) and z[b..c). */
function tTest(z, a, b, c) {
    const n1 = b - a;
    const n2 = c - b;
    let m1 = 0;
    let m2 = 0;
    for (let i = a; i < b; i++)
        m1 += z[i];
    for (let i = b; i < c; i++)
        m2 += z[i];
    m1 /= n1;
    m2 /= n2;
    const df = n1 + n2 - 2;
    if (df < 1)
        return { p: 1, meanBefore: m1, meanAfter: m2 };
    let ss = 0;
    for (let i = a; i < b; i++)
        ss += (z[i] - m1) ** 2;
    for (let i = b; i < c; i++)
        ss += (z[i] - m2) ** 2;
    const se = Math.sqrt((ss / df) * (1 / n1 + 1 / n2));
    if (se === 0)
        return { p: m1 === m2 ? 1 : 0, meanBefore: m1, meanAfter: m2 };
    const t = Math.abs(m2 - m1) / se;
    return { p: Math.min(1, 2 * (1 - tCdf(t, df))), meanBefore: m1, meanAfter: m2 };
}

;// CONCATENATED MODULE: ./src/stats/autocorrelation.ts
/**
 * Serial correlation of samples within a run. Benchmark repetitions are not independent when the machine
 * drifts (frequency scaling, thermal state, a noisy neighbour), and tests that assume independence then
 * fire far too often: at lag-1 autocorrelation 0.3, a 100-series unchanged PR raised an alert 42% of the
 * time instead of ≤ 5%.
 *
 * One sample set of 10 says little about ρ (sd ≈ 0.5 after bias correction), so ρ is pooled across all the
 * sample sets of a suite, which share the machine. The variance inflation then depends on the statistic:
 * for AR(1) with a Gaussian copula, ranks at lag k correlate by (6/π)·asin(ρᵏ/2) and "below the median"
 * indicators by (2/π)·asin(ρᵏ), so a rank test's variance grows by 1 + 2Σₖ(1 − k/n)(6/π)asin(ρᵏ/2) and a
 * median's by 1 + 2Σₖ(1 − k/n)(2/π)asin(ρᵏ) — at ρ = 0.3, n = 10: 1.70 and 1.47, not the (1 + ρ)/(1 − ρ)
 * = 1.86 of a mean.
 */
/**
 * Lag-1 autocorrelation of values in the order they were measured, bias-corrected for a short series
 * (E[r₁] ≈ ρ − (1 + 4ρ)/n for AR(1) with an estimated mean; Marriott & Pope 1954), or undefined when the
 * order carries no information: fewer than 5 values, no spread, values sorted by the tool, or a value
 * that is not finite.
 */
function lag1(values) {
    const n = values.length;
    if (n < 5)
        return undefined;
    let up = true;
    let down = true;
    let mean = 0;
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(values[i]))
            return undefined;
        mean += values[i];
        if (i > 0) {
            if (values[i] < values[i - 1])
                up = false;
            if (values[i] > values[i - 1])
                down = false;
        }
    }
    if (up || down)
        return undefined;
    mean /= n;
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        den += d * d;
        if (i + 1 < n)
            num += d * (values[i + 1] - mean);
    }
    if (den === 0)
        return undefined;
    const r = num / den;
    return (n * r + 1) / (n - 4);
}
/** Fewer sample sets than this and the pooled estimate is too noisy to act on (sd > 0.1 at n = 10). */
const MIN_SETS = 20;
/** Mean of the bias-corrected lag-1 autocorrelations of many sample sets. */
function pooledAutocorrelation(sets) {
    let sum = 0;
    let count = 0;
    for (const s of sets) {
        const r = lag1(s);
        if (r === undefined)
            continue;
        sum += r;
        count++;
    }
    if (count < MIN_SETS)
        return { rho: 0, sets: count };
    return { rho: Math.min(0.8, Math.max(0, sum / count)), sets: count };
}
function inflation(n, rho, corr) {
    if (rho <= 0 || n < 2)
        return 1;
    let f = 1;
    let rk = 1;
    for (let k = 1; k < n; k++) {
        rk *= rho;
        const c = corr(rk);
        if (c < 1e-6)
            break;
        f += 2 * (1 - k / n) * c;
    }
    return f;
}
/** Variance inflation of a rank statistic (Mann–Whitney) over n serially correlated samples. */
function rankInflation(n, rho) {
    return inflation(n, rho, (r) => (6 / Math.PI) * Math.asin(r / 2));
}
/** Variance inflation of a sample median over n serially correlated samples. */
function medianInflation(n, rho) {
    return inflation(n, rho, (r) => (2 / Math.PI) * Math.asin(r));
}
/**
 * Inflation of a two-sample statistic whose variance is the sum of one term per side, each ∝ 1/n:
 * (f₁/n₁ + f₂/n₂) / (1/n₁ + 1/n₂).
 */
function twoSampleInflation(n1, n2, f) {
    return (f(n1) / n1 + f(n2) / n2) / (1 / n1 + 1 / n2);
}

;// CONCATENATED MODULE: ./src/stats/stability.ts
/**
 * Is one run's sample set fit to decide on? Three signs that it is not (issue 11 §1): two modes (a run
 * that switched between a fast and a slow state: SMT contention, frequency steps, a second code path),
 * drift in time order (throttling, a neighbour starting), and a spread far above what the series shows in
 * its history. Each check is O(n log n) at most and tuned to stay silent on unimodal, stationary noise
 * (lognormal, AR(1) ρ ≤ 0.4, heavy tails, timer quantisation; see __tests__/stats/stability.test.ts).
 */


/** Fewer samples than this and no check says anything. */
const MIN_STABILITY_SAMPLES = 20;
/**
 * Two modes in `logs` (log samples): the best split into two groups (Otsu: the one that maximises the
 * between-group variance, found in one pass over the sorted values with prefix sums), reported when each
 * group holds at least `minShare` (15%) of the samples, Ashman's D ≥ `minD` (4: a normal sample split in two
 * gives about 2.7, a uniform one 3.5), the centres differ by at least `minGap` (relative), and the middle
 * of the way between the centres is nearly empty. Undefined otherwise.
 */
function bimodality(logs, opts = {}) {
    const n = logs.length;
    if (n < MIN_STABILITY_SAMPLES)
        return undefined;
    const minShare = opts.minShare ?? 0.15;
    const minD = opts.minD ?? 4;
    const minGap = opts.minGap ?? 0.05;
    const s = Float64Array.from(logs).sort();
    const sum = new Float64Array(n + 1);
    const sq = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
        sum[i + 1] = sum[i] + s[i];
        sq[i + 1] = sq[i] + s[i] * s[i];
    }
    const lo = Math.max(2, Math.ceil(minShare * n));
    let best = -1;
    let bestScore = -Infinity;
    for (let k = lo; k <= n - lo; k++) {
        // Between-group variance ∝ k(n − k)(μ₁ − μ₂)².
        const m1 = sum[k] / k;
        const m2 = (sum[n] - sum[k]) / (n - k);
        const score = k * (n - k) * (m2 - m1) * (m2 - m1);
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    if (best < 0)
        return undefined;
    const k = best;
    const m1 = sum[k] / k;
    const m2 = (sum[n] - sum[k]) / (n - k);
    const v1 = Math.max(0, sq[k] / k - m1 * m1);
    const v2 = Math.max(0, (sq[n] - sq[k]) / (n - k) - m2 * m2);
    const gap = Math.expm1(m2 - m1);
    const d = v1 + v2 > 0 ? (Math.SQRT2 * (m2 - m1)) / Math.sqrt(v1 + v2) : Infinity;
    if (d < minD || gap < minGap)
        return undefined;
    // Two modes leave a hole between them: the middle third of the way from one centre to the other holds
    // under a quarter of the samples it would at the average density between the centres. A unimodal
    // sample split in two has its densest part there (ratio ≈ 0.6 for a normal one); small samples reach
    // D ≥ 4 by chance, but not with a hole in the middle.
    const w = (m2 - m1) / 6;
    const mid = (m1 + m2) / 2;
    const inBand = upperBound(s, mid + w) - upperBound(s, mid - w);
    const between = upperBound(s, m2) - upperBound(s, m1);
    if (between === 0 || inBand / (between / 3) >= 0.25)
        return undefined;
    return { share: (n - k) / n, gap, d };
}
/**
 * Drift in time order: the last third of the samples against the first third, reported when they differ
 * by at least `minChange` (relative, on medians) and a Mann–Whitney test between the thirds gives
 * p < `alpha` (Bonferroni over both directions). Samples a tool reports sorted carry no time order and are
 * skipped (undefined).
 */
function drift(logs, opts = {}) {
    const n = logs.length;
    if (n < MIN_STABILITY_SAMPLES)
        return undefined;
    let up = true;
    let down = true;
    for (let i = 1; i < n; i++) {
        if (logs[i] < logs[i - 1])
            up = false;
        if (logs[i] > logs[i - 1])
            down = false;
    }
    if (up || down)
        return undefined;
    const third = Math.floor(n / 3);
    const first = Array.from({ length: third }, (_, i) => logs[i]);
    const last = Array.from({ length: third }, (_, i) => logs[n - third + i]);
    const change = Math.expm1(select_median(last) - select_median(first));
    if (Math.abs(change) < (opts.minChange ?? 0.05))
        return undefined;
    const p = mannWhitney(first, last, change > 0 ? 'greater' : 'less').p;
    if (p >= (opts.alpha ?? 0.0005))
        return undefined;
    return { change, p };
}
/** Robust relative spread of a run's samples: 1.4826·MAD of the log samples. */
function logSpread(logs) {
    return MAD_TO_SD * mad(logs);
}
/** Number of values in the ascending array `s` that are ≤ x. */
function upperBound(s, x) {
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if (s[m] <= x)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/stats/paired.ts
/**
 * Statistics on paired differences: A/B mode's rounds each give one base and one head run taken back to
 * back, so the unit of replication is the round and the data are the per-round log ratios
 * d_i = ±(ln head_i − ln base_i) (positive = worse). Pure and deterministic (no resampling).
 *
 * - Wilcoxon signed-rank test (exact null distribution of T⁺ by dynamic programming up to
 *   EXACT_LIMIT pairs, normal approximation with tie and continuity correction above) for the p-values,
 * - Hodges–Lehmann estimate (median of the Walsh averages (d_i + d_j)/2, i ≤ j) for the change, and
 * - the distribution-free confidence bounds on the pseudo-median from the order statistics of the Walsh
 *   averages (Hollander & Wolfe, Nonparametric Statistical Methods, §3.2) for the fail bound.
 *
 * A paired t on the log ratios is here too: the A/B benchmark (bench/ab.ts) measures both, and
 * docs/ab-mode.md says why signed-rank is the default (a noisy neighbour gives heavy tails).
 */


/** Up to this many non-zero differences the signed-rank null distribution is computed exactly. */
const EXACT_LIMIT = 200;
/** Exact null distribution of T⁺ for n untied pairs: counts[t] / 2ⁿ = P(T⁺ = t). Cached per n. */
const cdfCache = new Map();
function signedRankCdf(n) {
    const hit = cdfCache.get(n);
    if (hit)
        return hit;
    const max = (n * (n + 1)) / 2;
    // Probabilities directly (halving at every step) so nothing overflows at n = 200.
    let p = new Float64Array(max + 1);
    p[0] = 1;
    for (let k = 1; k <= n; k++) {
        const next = new Float64Array(max + 1);
        const top = (k * (k + 1)) / 2;
        for (let t = 0; t <= top; t++)
            next[t] = 0.5 * (p[t] + (t >= k ? p[t - k] : 0));
        p = next;
    }
    const cdf = new Float64Array(max + 1);
    let acc = 0;
    for (let t = 0; t <= max; t++)
        cdf[t] = acc += p[t];
    if (cdfCache.size > 64)
        cdfCache.clear();
    cdfCache.set(n, cdf);
    return cdf;
}
/** P(T⁺ ≤ t) under H₀ for n untied non-zero differences. */
function signedRankCdfAt(n, t) {
    if (t < 0)
        return 0;
    const max = (n * (n + 1)) / 2;
    if (t >= max)
        return 1;
    if (n <= EXACT_LIMIT)
        return Math.min(1, signedRankCdf(n)[Math.floor(t)]);
    const mean = max / 2;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
    return normalCdf((Math.floor(t) + 0.5 - mean) / sd);
}
/** Wilcoxon signed-rank test of d against 0; exact without ties, normal with tie correction otherwise. */
function signedRank(d) {
    const nz = d.filter((x) => x !== 0 && Number.isFinite(x));
    const n = nz.length;
    if (n === 0)
        return { n: 0, tPlus: 0, pGreater: 1, pLess: 1, minP: 1, exact: true };
    const order = nz.map((_, i) => i).sort((a, b) => Math.abs(nz[a]) - Math.abs(nz[b]));
    const ranks = new Float64Array(n);
    let ties = false;
    let tieTerm = 0;
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && Math.abs(nz[order[j + 1]]) === Math.abs(nz[order[i]]))
            j++;
        const mid = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k]] = mid;
        const size = j - i + 1;
        if (size > 1) {
            ties = true;
            tieTerm += size ** 3 - size;
        }
        i = j + 1;
    }
    let tPlus = 0;
    for (let i = 0; i < n; i++)
        if (nz[i] > 0)
            tPlus += ranks[i];
    const max = (n * (n + 1)) / 2;
    const minP = Math.pow(2, -n);
    if (!ties && n <= EXACT_LIMIT) {
        // P(T⁺ ≥ t) = P(T⁺ ≤ max − t) by symmetry.
        return {
            n,
            tPlus,
            pGreater: signedRankCdfAt(n, max - tPlus),
            pLess: signedRankCdfAt(n, tPlus),
            minP,
            exact: true,
        };
    }
    const mean = max / 2;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
    if (!(sd > 0))
        return { n, tPlus, pGreater: 1, pLess: 1, minP, exact: false };
    return {
        n,
        tPlus,
        pGreater: 1 - normalCdf((tPlus - 0.5 - mean) / sd),
        pLess: normalCdf((tPlus + 0.5 - mean) / sd),
        minP,
        exact: false,
    };
}
/** The n(n+1)/2 Walsh averages (d_i + d_j)/2, i ≤ j, sorted ascending. */
function walshAverages(d) {
    const n = d.length;
    const w = new Float64Array((n * (n + 1)) / 2);
    let k = 0;
    for (let i = 0; i < n; i++)
        for (let j = i; j < n; j++)
            w[k++] = (d[i] + d[j]) / 2;
    return w.sort();
}
/** Hodges–Lehmann estimate of the centre of the differences (median of the Walsh averages). */
function hodgesLehmann(walsh) {
    if (walsh.length === 0)
        return NaN;
    return quantileSorted(walsh, 0.5);
}
/**
 * How many Walsh averages lie outside a one-sided bound at level 1 − α: the largest k with
 * P(T⁺ ≤ k − 1) ≤ α (binary search over k ∈ [0, N]: P(T⁺ ≤ k − 1) is increasing in k). 0 when n is too
 * small for that level.
 */
function walshRank(N, n, alpha) {
    let lo = 0;
    let hi = N;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (signedRankCdfAt(n, mid - 1) <= alpha)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * One-sided lower confidence bound for the pseudo-median at level 1 − α: the k-th smallest Walsh
 * average, k = walshRank (then P(θ < bound) ≤ α). −Infinity when n is too small for that level.
 */
function walshLowerBound(walsh, n, alpha) {
    const k = walshRank(walsh.length, n, alpha);
    return k === 0 ? -Infinity : walsh[k - 1];
}
/** The mirror of walshLowerBound: the k-th largest Walsh average. */
function walshUpperBound(walsh, n, alpha) {
    const k = walshRank(walsh.length, n, alpha);
    return k === 0 ? Infinity : walsh[walsh.length - k];
}
/** The signed-rank / Hodges–Lehmann summary of oriented per-round log ratios (A/B mode's default test). */
function pairedSignedRank(d) {
    const finite = d.filter(Number.isFinite);
    const walsh = walshAverages(finite);
    const test = signedRank(finite);
    const n = finite.length;
    return {
        n,
        estimate: n ? hodgesLehmann(walsh) : 0,
        pWorse: test.pGreater,
        pBetter: test.pLess,
        minP: test.minP,
        interval: (levels) => levels.map((p) => (p <= 0.5 ? walshLowerBound(walsh, n, p) : walshUpperBound(walsh, n, 1 - p))),
    };
}
/** Paired t on the log ratios: mean, one-sided p-values and t bounds (for comparison; see the docs). */
function pairedT(d) {
    const x = d.filter(Number.isFinite);
    const n = x.length;
    const mean = n ? x.reduce((a, b) => a + b, 0) / n : 0;
    const sd = n > 1 ? Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : NaN;
    const se = sd / Math.sqrt(n);
    const ok = n > 1 && se > 0;
    const t = ok ? mean / se : 0;
    return {
        n,
        estimate: mean,
        pWorse: ok ? 1 - tCdf(t, n - 1) : 1,
        pBetter: ok ? tCdf(t, n - 1) : 1,
        minP: 0,
        interval: (levels) => levels.map((p) => (ok ? mean + tQuantile(p, n - 1) * se : p <= 0.5 ? -Infinity : Infinity)),
    };
}
/** Share trimmed from each end by the trimmed test (Wilcox's usual 20%: robust, ~95% efficient). */
const TRIM = 0.2;
/**
 * Tukey–McLaughlin test of the 20% trimmed mean of the log ratios (Yuen's one-sample form): the
 * trimmed mean over its Winsorized standard error is compared with t on h − 2 degrees of freedom, h = n − 2g
 * the kept rounds. The textbook h − 1 is liberal at 10 rounds (5.4% at α = 5%, 0.17% at 0.1%, normal
 * d); one degree fewer holds the level at 10 and 20 rounds, normal or contaminated (a simulation in
 * __tests__/ab/paired-stats.test.ts checks it). A round where one run was hit by a neighbour is an outlier in d; signed-rank gives it the
 * largest rank (so a few such rounds hide a real shift), the trimmed mean drops it. Falls back to
 * signed-rank when the kept rounds have no spread (a quantised timer), where a t makes no sense.
 */
function pairedTrimmed(d) {
    const x = d.filter(Number.isFinite).sort((a, b) => a - b);
    const n = x.length;
    const g = Math.floor(TRIM * n);
    const h = n - 2 * g;
    if (h < 3)
        return pairedSignedRank(x);
    let sum = 0;
    for (let i = g; i < n - g; i++)
        sum += x[i];
    const mean = sum / h;
    // Winsorized: the g smallest set to x[g], the g largest to x[n − g − 1].
    const w = x.map((_, i) => x[Math.min(Math.max(i, g), n - g - 1)]);
    const wmean = w.reduce((a, b) => a + b, 0) / n;
    let ss = 0;
    for (const v of w)
        ss += (v - wmean) ** 2;
    const se = Math.sqrt(ss / (h * (h - 1)));
    if (!(se > 0))
        return pairedSignedRank(x);
    const df = h - 2;
    const t = mean / se;
    return {
        n,
        estimate: mean,
        pWorse: 1 - tCdf(t, df),
        pBetter: tCdf(t, df),
        minP: 0,
        interval: (levels) => levels.map((p) => mean + tQuantile(p, df) * se),
    };
}
/**
 * The sign test on the log ratios, with the distribution-free order-statistic bounds for their median:
 * half the rounds may be wild without moving it (the trimmed mean gives way past 20%). For a statistic
 * whose rounds are either clean or disturbed — a run's floor: every run that met one undisturbed sample
 * has the same floor to a fraction of a percent, and the rest are off by anything — the count of rounds
 * on each side is the robust evidence. Rounds with d = 0 carry no sign and are left out of the test.
 */
function pairedSign(d) {
    const x = d.filter(Number.isFinite).sort((a, b) => a - b);
    const n = x.length;
    let worse = 0;
    let better = 0;
    for (const v of x) {
        if (v > 0)
            worse++;
        else if (v < 0)
            better++;
    }
    const signed = worse + better;
    // k: how many order statistics each one-sided bound at tail α leaves out (P(X ≤ k − 1) ≤ α, X ~ B(n, ½)).
    const rank = (alpha) => {
        let k = 0;
        while (k < n && binomialUpperTail(n, 0.5, n - k) <= alpha)
            k++;
        return k;
    };
    return {
        n,
        estimate: n ? select_median(x) : 0,
        pWorse: binomialUpperTail(signed, 0.5, worse),
        pBetter: binomialUpperTail(signed, 0.5, better),
        minP: signed ? 0.5 ** signed : 1,
        interval: (levels) => levels.map((p) => {
            const k = rank(p <= 0.5 ? p : 1 - p);
            if (k === 0)
                return p <= 0.5 ? -Infinity : Infinity;
            return p <= 0.5 ? x[k - 1] : x[n - k];
        }),
    };
}
/** Median of per-round values, for reports. */
function paired_medianOf(values) {
    return median([...values]);
}
/** z for a one-sided level, re-exported for callers that size the rounds. */
function zFor(alpha) {
    return -normalQuantile(alpha);
}

;// CONCATENATED MODULE: ./src/stats/index.ts
/** Pure numerics (DESIGN.md §1): no I/O, no clock; randomness only from a seeded `Rng`. */












;// CONCATENATED MODULE: ./src/replicates.ts


/** Series of all files, in first-seen order; a series in several files becomes one series with `runs`. */
function combineFiles(files) {
    const groups = new Map();
    for (const f of files)
        for (const s of f.series) {
            const id = model_seriesId(s);
            const g = groups.get(id);
            if (g)
                g.push(s);
            else
                groups.set(id, [s]);
        }
    const series = [];
    let runs = 1;
    for (const g of groups.values()) {
        series.push(g.length === 1 ? g[0] : mergeRuns(g));
        if (g.length > runs)
            runs = g.length;
    }
    return { series, runs };
}
/**
 * One series from several runs of it: the headline is the median of the runs' headlines (a run-level
 * value, which is what the history compares), the samples are all runs' samples in run order, and `runs`
 * keeps each run for the between-run test. Name, metric, unit and direction are the first run's (a unit
 * that differs between runs is an error: the runs are not of one thing).
 */
function mergeRuns(list) {
    const first = list[0];
    const runs = [];
    const samples = [];
    let allSamples = true;
    for (const s of list) {
        if (s.unit !== first.unit)
            throw new Error(`expected every run of "${first.name}" (${first.metric}) in one unit, got ${first.unit} and ${s.unit}`);
        runs.push(s.samples && s.samples.length > 0 ? { value: s.value, samples: s.samples } : { value: s.value });
        if (s.samples && s.samples.length > 0)
            for (const v of s.samples)
                samples.push(v);
        else
            allSamples = false;
    }
    const { spread: _spread, samples: _samples, runs: _runs, ...rest } = first;
    return {
        ...rest,
        value: select_median(runs.map((r) => r.value)),
        ...(allSamples ? { samples } : {}),
        runs,
    };
}

;// CONCATENATED MODULE: ./src/parse/detect.ts


function detectFormat(text, file) {
    if (text.trim() === '')
        throw new errors_ParseError(file, 1, 'expected benchmark output, the file is empty');
    const hit = PARSERS.find((p) => p.detect(text));
    if (hit)
        return hit;
    throw new errors_ParseError(file, 1, `expected the output of a known benchmark tool; tried ${PARSERS.map((p) => p.name).join(', ')} ` +
        `(set "format" to one of: ${formatNames().join(', ')})`);
}
function detectFolderFormat(paths, folder) {
    const hit = FOLDER_PARSERS.find((p) => p.detectFolder(paths));
    if (hit)
        return hit;
    throw new errors_ParseError(folder, 0, `expected a benchmark results folder (${FOLDER_PARSERS.map((p) => p.name).join(', ') || 'none known'}), found none of their files`);
}
/** Parse one file's text with the named format, or the detected one for "auto". */
function detect_parseText(text, file, format, sink) {
    if (text.includes('\u0000'))
        throw new errors_ParseError(file, 1, 'expected text benchmark output, the file is binary');
    let parser;
    if (format === 'auto')
        parser = detectFormat(text, file);
    else {
        parser = parserByName(format);
        if (!parser) {
            if (folderParserByName(format))
                throw new errors_ParseError(file, 0, `expected a folder for format "${format}", got a file`);
            throw new errors_ParseError(file, 0, `expected "format" to be one of ${formatNames().join(', ')}`, format);
        }
        if (text.trim() === '')
            throw new errors_ParseError(file, 1, 'expected benchmark output, the file is empty');
    }
    return { format: parser.name, series: parser.parse(text, file, sink) };
}

;// CONCATENATED MODULE: ./src/limits.ts
/**
 * The caps on untrusted documents (collected results, any stored history, benchgate's results format).
 * No real suite comes near them; they keep a privileged job that reads a fork's data within seconds
 * and its memory bounded. docs/security.md lists them.
 */
const LIMITS = {
    /** Series in one run. */
    seriesPerRun: 100_000,
    /** Samples in one series (tinybench keeps one per iteration). */
    samplesPerSeries: 1_000_000,
    /** Replicate runs of one series (several output files, one run each). */
    runsPerSeries: 1000,
    /** Runs in one history document. */
    runsPerHistory: 10_000,
    /** Characters of a benchmark name. */
    name: 2000,
    /** Characters of a metric. */
    metric: 200,
    /** Characters of a unit. */
    unit: 100,
    /** Characters of other short strings: suite, tool, ref, commit, run id, timestamp. */
    text: 200,
    /** Bytes of a collected-results file or a history document. */
    documentBytes: 64 * 1024 * 1024,
    /** Files a folder format reads from one folder (Criterion.rs writes three per benchmark). */
    folderFiles: 100_000,
    /** Bytes of all the files a folder format reads from one folder, together: as much as one output file. */
    folderBytes: 256 * 1024 * 1024,
};

;// CONCATENATED MODULE: ./src/results.ts
/**
 * Reading benchmark output from disk: globs, several files, folder formats. The only place parse input
 * touches the file system; the parsers themselves get text.
 */








/** Larger outputs are refused before they are read: no benchmark tool writes this much. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** A ParseSink collecting one file's warnings and metadata into `into`. */
function collectingSink(file, into) {
    return {
        warn(line, message) {
            into.warnings.push(line === undefined ? { file, message } : { file, line, message });
        },
        meta(key, value) {
            if (!Object.hasOwn(into.metadata, key))
                into.metadata[key] = value;
        },
    };
}
function isGlob(p) {
    return /[*?[\]{}]/.test(p);
}
/** Expand patterns relative to `cwd`; a plain path that does not exist is an error, not an empty glob. */
function expandPaths(patterns, cwd) {
    const out = [];
    for (const pattern of patterns) {
        if (isGlob(pattern)) {
            const hits = (0,tinyglobby_dist/* globSync */.AZ)(pattern, { cwd, onlyFiles: false, dot: true, absolute: false }).sort();
            if (hits.length === 0)
                throw new errors_ParseError(pattern, 0, 'expected the pattern to match at least one file, it matched none');
            for (const h of hits)
                out.push(h);
        }
        else {
            if (!external_node_fs_.existsSync(external_node_path_.resolve(cwd, pattern)))
                throw new errors_ParseError(pattern, 0, 'expected a benchmark output file, no such file');
            out.push(pattern);
        }
    }
    return [...new Set(out)];
}
function results_kindOf(st) {
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    if (st.isDirectory())
        return 'a folder';
    return 'not a regular file';
}
/**
 * A regular file's text, at most MAX_FILE_BYTES. Opened without blocking and checked on the open
 * descriptor, so a FIFO, /dev/zero or a file swapped for one after a check can neither hang the job
 * nor fill its memory.
 */
function readRegularFile(abs, display, max = MAX_FILE_BYTES) {
    let fd;
    try {
        fd = external_node_fs_.openSync(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        throw new errors_ParseError(display, 0, 'expected a readable benchmark output file');
    }
    try {
        const st = external_node_fs_.fstatSync(fd);
        if (!st.isFile())
            throw new errors_ParseError(display, 0, `expected a regular file with benchmark output, got ${results_kindOf(st)}`);
        if (st.size > max)
            throw new errors_ParseError(display, 0, `expected benchmark output under ${max / 1024 / 1024} MiB, the file has ${(st.size / 1024 / 1024).toFixed(0)} MiB`);
        // Read what the size said, and one byte more to notice a file that grows while it is read.
        const buf = Buffer.alloc(st.size + 1);
        let n = 0;
        for (;;) {
            const got = external_node_fs_.readSync(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n === buf.length)
                throw new errors_ParseError(display, 0, 'expected a file that does not grow while benchgate reads it');
        }
        return buf.subarray(0, n).toString('utf8');
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
const FOLDER_CAPS = { files: LIMITS.folderFiles, bytes: LIMITS.folderBytes };
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}
/**
 * A folder format's files, read. The count and the sizes are checked before any file is read; each
 * file is then read with what is left of the total, so a file that grows after the check cannot
 * exceed it either.
 */
function readFolder(dir, display, format, caps = FOLDER_CAPS) {
    const rel = (0,tinyglobby_dist/* globSync */.AZ)('**/*', { cwd: dir, onlyFiles: true, dot: false }).sort();
    const parser = format === 'auto' ? detectFolderFormat(rel, display) : folderParserByName(format);
    if (!parser) {
        throw new errors_ParseError(display, 0, `expected a file for format "${format}", got a folder (folder formats: ${FOLDER_PARSERS.map((p) => p.name).join(', ') || 'none'})`);
    }
    const wanted = rel.filter((p) => parser.wants(p));
    if (wanted.length > caps.files)
        throw new errors_ParseError(display, 0, `expected at most ${caps.files.toLocaleString('en')} ${parser.name} files in the folder, it has ${wanted.length.toLocaleString('en')}`);
    let total = 0;
    for (const p of wanted) {
        try {
            total += external_node_fs_.statSync(external_node_path_.join(dir, p)).size;
        }
        catch {
            // Gone since the listing: reading it says so.
        }
    }
    if (total > caps.bytes)
        throw new errors_ParseError(display, 0, `expected ${parser.name} files under ${mib(caps.bytes)} in all, the folder's have ${mib(total)}`);
    let left = caps.bytes;
    const files = wanted.map((p) => {
        const text = readRegularFile(external_node_path_.join(dir, p), external_node_path_.join(display, p), Math.min(MAX_FILE_BYTES, left));
        left = Math.max(0, left - Buffer.byteLength(text));
        return { path: p, text };
    });
    return { format: parser.name, series: parser.parseFolder(files, display) };
}
/** Read one file or folder with the given format ("auto" detects). */
function readOutput(file, format, cwd, sink) {
    const abs = external_node_path_.resolve(cwd, file);
    let st;
    try {
        st = external_node_fs_.statSync(abs);
    }
    catch {
        throw new errors_ParseError(file, 0, 'expected a benchmark output file, no such file');
    }
    if (st.isDirectory())
        return readFolder(abs, file, format);
    const text = readRegularFile(abs, file);
    return detect_parseText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, format, sink);
}
/**
 * Read every file the patterns name. Files with different series are parts of one run; a series that
 * several files carry is several runs of it (replicates, src/replicates.ts).
 */
function readOutputs(patterns, format, cwd) {
    const files = expandPaths(patterns, cwd);
    const formats = [];
    const parts = [];
    const found = { warnings: [], metadata: Object.create(null) };
    for (const file of files) {
        const r = readOutput(file, format, cwd, collectingSink(file, found));
        formats.push(r.format);
        parts.push({ file, series: r.series });
    }
    let combined;
    try {
        combined = combineFiles(parts);
    }
    catch (e) {
        throw new BenchgateError(files.join(', '), errorMessage(e));
    }
    return {
        format: formats[0] ?? format,
        formats,
        files,
        series: combined.series,
        runs: combined.runs,
        warnings: found.warnings,
        metadata: { ...found.metadata },
    };
}

;// CONCATENATED MODULE: ./src/cli/shared.ts
/** What the CLI's commands share: the config from flags, files read relative to the working directory. */



/** The flags that set the analysis, shared by every command that compares. */
const CONFIG_OPTIONS = {
    format: { type: 'string' },
    config: { type: 'string' },
    suite: { type: 'string' },
    'warn-threshold': { type: 'string' },
    'fail-threshold': { type: 'string' },
};
const CONFIG_USAGE = `  --format NAME           the output format (default: auto, detected from the content)
  --config FILE           the config file (default: .github/benchgate.yml or .yaml, when present)
  --suite NAME            the suite's name (default: default)
  --warn-threshold PCT    warn from this change on, e.g. 5% (default: 5%)
  --fail-threshold PCT    fail from this change on, e.g. 10% (default: 10%)`;
function str(values, name) {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
}
function strs(values, name) {
    const v = values[name];
    return Array.isArray(v)
        ? v.filter((x) => typeof x === 'string')
        : typeof v === 'string'
            ? [v]
            : [];
}
function required(values, name, command, what) {
    const v = str(values, name);
    if (v === undefined || v === '')
        throw new BenchgateError(command, `expected --${name} ${what}`);
    return v;
}
/**
 * The config a command runs under: the flags stand for the action inputs of the same names, the
 * config file is read as the action reads it. `--format` is checked (and a typo blamed on it) here.
 */
function cliConfig(values, io, outputFiles, extra = {}) {
    const inputs = {
        [INPUTS.outputFile]: outputFiles.join('\n'),
        [INPUTS.warnThreshold]: str(values, 'warn-threshold') ?? '',
        [INPUTS.failThreshold]: str(values, 'fail-threshold') ?? '',
        [INPUTS.config]: str(values, 'config') ?? '',
        [INPUTS.suite]: str(values, 'suite') ?? '',
        [INPUTS.format]: str(values, 'format') ?? '',
        ...extra,
    };
    try {
        return loadConfig({ input: (n) => inputs[n] ?? '', readFile: readFileIn(io.cwd) });
    }
    catch (e) {
        // The CLI has flags, not inputs: "input 'warn-threshold'" reads "--warn-threshold" here.
        const input = e instanceof BenchgateError ? /^input '([^']+)'$/.exec(e.where)?.[1] : undefined;
        if (e instanceof BenchgateError && input !== undefined && (input in CONFIG_OPTIONS || input in extra))
            throw new BenchgateError(`--${input}`, e.what);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/cli/parse.ts
/** `benchgate parse FILE [--format NAME]`: the series benchgate reads from one output, as JSON. */




const parse = {
    name: 'parse',
    usage: `benchgate parse FILE [--format NAME]
  Print the series read from one benchmark output (a file or a folder) as JSON {format, series}.
  --format NAME           the output format (default: auto, detected from the content)`,
    options: { format: { type: 'string' } },
    async run(values, positionals, io) {
        if (positionals.length !== 1)
            throw new BenchgateError('parse', `expected exactly one FILE, got ${positionals.length}`);
        const format = readFormat('--format', str(values, 'format') ?? '');
        const r = readOutput(positionals[0], format, io.cwd);
        io.stdout.write(`${JSON.stringify({ format: r.format, series: r.series }, null, 2)}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/history/runner.ts
/** Every value of Node's `os.platform()`: what a runner fingerprint's `os` may be. */
const RUNNER_OS = [
    'aix',
    'android',
    'cygwin',
    'darwin',
    'freebsd',
    'haiku',
    'linux',
    'netbsd',
    'openbsd',
    'sunos',
    'win32',
];
/** Every value of Node's `os.arch()`: what a runner fingerprint's `arch` may be. */
const RUNNER_ARCH = [
    'arm',
    'arm64',
    'ia32',
    'loong64',
    'mips',
    'mipsel',
    'ppc',
    'ppc64',
    'riscv64',
    's390',
    's390x',
    'x64',
];
/**
 * The JSON schema of a runner fingerprint read from history or a collected artifact (untrusted): OS
 * and architecture from Node's enums, the CPU model a bounded printable string (no control, line or
 * bidirectional characters), a plausible core count. The runner's own fingerprint always matches it.
 */
const RUNNER_SCHEMA = {
    type: 'object',
    required: ['os', 'arch'],
    properties: {
        os: { enum: [...RUNNER_OS] },
        arch: { enum: [...RUNNER_ARCH] },
        cpu: { type: 'string', maxLength: 200, pattern: '^[ -~\\u00a0-\\u00ff\\u2122]*$' },
        cores: { type: 'integer', minimum: 1, maximum: 100000 },
    },
};
/** The kind of runner: what makes timings comparable. The core count is shown, not compared. */
function runnerKind(r, withCpu = true) {
    if (!r)
        return undefined;
    return [r.os, r.arch, ...(withCpu ? [r.cpu ?? ''] : [])].join('/');
}
function describeRunner(r) {
    if (!r)
        return 'an unrecorded runner';
    const cpu = r.cpu ? `${r.cpu}${r.cores ? ` ×${r.cores}` : ''}` : r.cores ? `${r.cores} cores` : '';
    return [`${r.os}/${r.arch}`, cpu].filter(Boolean).join(', ');
}
/**
 * @param minRuns the fewest same-kind runs worth comparing with alone (the analysis' min-samples).
 */
function sameRunner(history, current, minRuns) {
    // Without a CPU model on this run, OS and architecture are all that can be matched.
    const withCpu = current?.cpu !== undefined;
    const kind = runnerKind(current, withCpu);
    // Runs that recorded no runner cannot be told apart: with none recorded there is nothing to say.
    if (kind === undefined || !history.runs.some((r) => r.runner))
        return { history, dropped: 0 };
    const same = history.runs.filter((r) => runnerKind(r.runner, withCpu) === kind);
    if (same.length === history.runs.length)
        return { history, dropped: 0 };
    if (same.length >= minRuns)
        return { history: { ...history, runs: same }, dropped: history.runs.length - same.length };
    const others = history.runs.filter((r) => runnerKind(r.runner, withCpu) !== kind);
    const last = others[others.length - 1];
    return {
        history,
        dropped: 0,
        warning: {
            kind: 'runner-changed',
            message: `The runner changed: this run is on ${describeRunner(current)}, ` +
                `${history.runs.length - same.length} of the ${history.runs.length} base-branch runs were on other hardware ` +
                `(latest: ${describeRunner(last.runner)}).`,
            hint: `Only ${same.length} ran on this kind of runner, fewer than ${minRuns}, so all runs are compared; ` +
                'a change may come from the hardware rather than the code.',
        },
    };
}

;// CONCATENATED MODULE: ./src/analyze/text.ts
/**
 * The one-sentence reasons users read next to each verdict. Numbers come from the decision; the wording
 * says what was found and, when the answer is "we cannot tell", what to do about it.
 */

/** 0.05 → "5%", 0.125 → "12.5%". */
function text_pct(x) {
    return `${+(x * 100).toFixed(2)}%`;
}
/** A change's size without sign: 0.1234 → "12.3%". */
function size(change) {
    if (!Number.isFinite(change))
        return 'infinitely';
    return formatPercent(Math.abs(change)).slice(1);
}
/** A signed change: "+12.3%", "−4.00%", "+∞" from zero. */
function signed(change) {
    if (change === Infinity)
        return '+∞%';
    if (change === -Infinity)
        return '−∞%';
    return formatPercent(change);
}
/** 0.999 → "99.9%", 0.975 → "97.5%" (the one level format, units.ts). */
const level = formatLevel;
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** "slower/faster" for times, "worse/better" for everything else. */
function wordsFor(metric) {
    return metric === 'time' ? { worse: 'slower', better: 'faster' } : { worse: 'worse', better: 'better' };
}
function value(v, unit) {
    return formatValue(v, unit);
}

;// CONCATENATED MODULE: ./src/analyze/verdicts.ts

/** Signed so that positive is worse: +0.1 means 10% worse whichever way the metric points. */
function orientedChange(base, current, direction) {
    if (base === 0)
        return current === 0 ? 0 : direction === 'smaller' ? Infinity : -Infinity;
    const ratio = current / base;
    return direction === 'smaller' ? ratio - 1 : 1 / ratio - 1;
}
function severityOf(change, s) {
    const ratio = 1 + change;
    if (ratio >= s.critical)
        return 'critical';
    if (ratio >= s.moderate)
        return 'moderate';
    if (ratio >= s.minor)
        return 'minor';
    return undefined;
}
/** Absolute limits fail regardless of history; `unit` (when given) puts both values in the reason. */
function checkLimits(value, rule, unit) {
    const both = (limit) => {
        if (unit === undefined)
            return '';
        const fmt = scaleFor(unit, [limit, value]);
        return ` of ${fmt(limit)} (this run: ${fmt(value)})`;
    };
    if (rule.max !== undefined && value > rule.max) {
        return {
            verdict: 'fail',
            status: 'regression',
            limit: { kind: 'max', value: rule.max },
            reason: `above its absolute limit${both(rule.max)}`,
        };
    }
    if (rule.min !== undefined && value < rule.min) {
        return {
            verdict: 'fail',
            status: 'regression',
            limit: { kind: 'min', value: rule.min },
            reason: `below its absolute limit${both(rule.min)}`,
        };
    }
    return undefined;
}
const STATUS_ORDER = {
    regression: 0,
    improvement: 1,
    new: 2,
    missing: 3,
    unchanged: 4,
    ignored: 5,
};
const VERDICT_ORDER = { fail: 0, warn: 1, pass: 2 };
const SEVERITY_ORDER = { critical: 0, moderate: 1, minor: 2, none: 3 };
/** Regressions first by verdict and severity and size, then improvements, then the rest; ties keep input order. */
function sortVerdicts(series) {
    return series
        .map((s, i) => ({ s, i }))
        .sort((a, b) => STATUS_ORDER[a.s.status] - STATUS_ORDER[b.s.status] ||
        VERDICT_ORDER[a.s.verdict] - VERDICT_ORDER[b.s.verdict] ||
        SEVERITY_ORDER[a.s.severity ?? 'none'] - SEVERITY_ORDER[b.s.severity ?? 'none'] ||
        (a.s.status === 'regression' || a.s.status === 'improvement'
            ? Math.abs(b.s.change ?? 0) - Math.abs(a.s.change ?? 0)
            : 0) ||
        a.i - b.i)
        .map((x) => x.s);
}
/** All counts at zero: the start of a tally. */
function emptyCounts() {
    return {
        regressions: 0,
        improvements: 0,
        unchanged: 0,
        new: 0,
        missing: 0,
        ignored: 0,
        failed: 0,
        warned: 0,
        critical: 0,
    };
}
function countVerdicts(series) {
    const c = emptyCounts();
    for (const s of series) {
        if (s.status === 'regression')
            c.regressions++;
        else if (s.status === 'improvement')
            c.improvements++;
        else if (s.status === 'unchanged')
            c.unchanged++;
        else if (s.status === 'new')
            c.new++;
        else if (s.status === 'missing')
            c.missing++;
        else if (s.status === 'ignored')
            c.ignored++;
        if (s.verdict === 'fail')
            c.failed++;
        else if (s.verdict === 'warn')
            c.warned++;
        if (s.severity === 'critical')
            c.critical++;
    }
    return c;
}
/** The worst of some verdicts (fail, then warn, then pass): the one rule for a suite and a report. */
function worstOutcome(outcomes) {
    if (outcomes.includes('fail'))
        return 'fail';
    if (outcomes.includes('warn'))
        return 'warn';
    return 'pass';
}
function suiteOutcome(series) {
    return worstOutcome(series.map((s) => s.verdict));
}

;// CONCATENATED MODULE: ./src/analyze/decide.ts
/**
 * Evidence for every series of a suite → verdicts (DESIGN.md §4).
 *
 * - Significance is decided across the suite with Benjamini–Hochberg at q = `fdr-q`, separately for
 *   "worse" and "better", so a suite of hundreds of unchanged benchmarks rarely raises anything.
 * - warn: significantly worse after BH, and the confidence interval reaches the warn threshold (a change
 *   that large is plausible). fail: the one-sided confidence bound is beyond the fail threshold, at the
 *   stricter of the displayed interval's level and the false-coverage-adjusted level k·q/m (Benjamini &
 *   Yekutieli 2005), so a fail always has its whole displayed interval beyond the threshold.
 * - Exact series (no variance) compare with the thresholds directly; series with too little data warn at
 *   most (unless `insufficient-data: fail`). Improvements mirror regressions and never fail.
 */




function decideAll(items, input) {
    const s = input.settings;
    const q = s.fdrQ;
    const ciTail = (1 - s.confidence) / 2;
    const tested = [];
    items.forEach((it, index) => {
        const e = it.evidence;
        if (e.pWorse !== undefined && e.pBetter !== undefined)
            tested.push({ index, pWorse: e.pWorse, pBetter: e.pBetter });
    });
    const m = tested.length;
    const worse = benjaminiHochberg(tested.map((t) => t.pWorse), q);
    const better = benjaminiHochberg(tested.map((t) => t.pBetter), q);
    // False-coverage-adjusted one-sided level for the fail bound, never looser than the displayed CI.
    const failTail = m ? Math.min(ciTail, (Math.max(1, worse.k) * q) / m) : ciTail;
    const slot = new Map();
    tested.forEach((t, j) => slot.set(t.index, j));
    return items.map((it, index) => {
        const j = slot.get(index);
        if (j === undefined)
            return untested(it, input);
        return statistical(it, input, {
            m,
            ciTail,
            failTail,
            worse: worse.rejected[j],
            better: better.rejected[j],
            adjustedWorse: worse.adjusted[j],
            adjustedBetter: better.adjusted[j],
        });
    });
}
function base(it) {
    const e = it.evidence;
    const s = it.input.current;
    return {
        name: s.name,
        metric: s.metric,
        unit: s.unit,
        direction: it.input.direction,
        status: 'unchanged',
        verdict: 'pass',
        mode: e.mode,
        method: e.method,
        baseline: e.baseline,
        current: e.current,
        change: Math.expm1(e.estimate),
        n: e.n,
        reason: '',
        warnings: [],
        ...(e.segment ? { segment: e.segment } : {}),
    };
}
function statistical(it, input, c) {
    const e = it.evidence;
    const rule = it.input.rule;
    const w = wordsFor(it.input.current.metric);
    const lnWarn = Math.log1p(rule.warnThreshold);
    const lnFail = Math.log1p(rule.failThreshold);
    const v = base(it);
    const est = e.estimate;
    // With a rank-based bound as well, each bound gets half the level, so the larger is at the full level.
    const share = e.rankBound ? 2 : 1;
    const failTail = Math.min(c.failTail, e.failTailCap ?? 1);
    const [lo, hi, bootstrapBound] = e.interval([c.ciTail, 1 - c.ciTail, failTail / share]);
    let failBound = bootstrapBound;
    if (e.rankBound && est >= lnFail && failBound <= lnFail)
        failBound = Math.max(failBound, e.rankBound(failTail / share));
    v.ci = [Math.expm1(lo), Math.expm1(hi)];
    v.p = est >= 0 ? e.pWorse : e.pBetter;
    v.pAdjusted = est >= 0 ? c.adjustedWorse : c.adjustedBetter;
    v.resolvable = Math.expm1((hi - lo) / 2);
    const failLevel = 1 - failTail;
    const mag = size(v.change);
    const across = c.m > 1 ? ` across ${c.m} series` : '';
    if (est >= lnFail && failBound > lnFail) {
        v.status = 'regression';
        v.verdict = 'fail';
        v.bound = { confidence: failLevel, change: Math.expm1(failBound) };
        v.reason = `${mag} ${w.worse}; with ${level(failLevel)} confidence at least ${size(Math.expm1(failBound))} ${w.worse}, beyond the ${text_pct(rule.failThreshold)} fail threshold.`;
    }
    else if (c.worse && est > 0 && hi >= lnWarn) {
        v.status = 'regression';
        v.verdict = 'warn';
        // The bound is shown (and said) only where the sentence speaks of it, so a row's figures and its
        // sentence are at one level: the fail level here, the displayed interval's level otherwise.
        if (est >= lnFail)
            v.bound = { confidence: failLevel, change: Math.expm1(failBound) };
        v.reason =
            est >= lnFail
                ? `${mag} ${w.worse} and significant${across}, but not surely beyond the ${text_pct(rule.failThreshold)} fail threshold (${level(failLevel)} bound ${signed(Math.expm1(failBound))}); more samples would settle it.`
                : `${mag} ${w.worse}, significant${across}; the ${level(input.settings.confidence)} interval reaches the ${text_pct(rule.warnThreshold)} warn threshold.`;
    }
    else if (c.better && est < 0 && lo <= -lnWarn) {
        v.status = 'improvement';
        v.reason = `${mag} ${w.better}, significant${across}.`;
    }
    else if (c.worse && est > 0) {
        v.reason = `${mag} ${w.worse}, significant; the ${level(input.settings.confidence)} interval stays below the ${text_pct(rule.warnThreshold)} warn threshold.`;
    }
    else if (c.better && est < 0) {
        v.reason = `${mag} ${w.better}, significant but within the ${text_pct(rule.warnThreshold)} threshold.`;
    }
    else {
        const unresolved = v.resolvable > rule.warnThreshold;
        const against = e.method === 'bootstrap'
            ? `with ${e.n.baseline} + ${e.n.current} samples`
            : e.method === 'paired'
                ? `in ${e.n.current} paired rounds`
                : e.method === 'history-two-sample'
                    ? `between two runners with ${e.n.baseline} + ${e.n.current} samples`
                    : 'against this history';
        v.reason =
            `no significant change (${signed(v.change)}, ${formatPValue(v.p)})` +
                (unresolved && !e.noise ? `; changes below ${size(v.resolvable)} cannot be resolved ${against}.` : '.');
    }
    if (e.noise)
        v.reason = `${v.reason.replace(/\.$/, '')}; ${noiseNote(e, v.resolvable)}.`;
    if (e.runs)
        v.runs = e.runs;
    if (v.resolvable > rule.warnThreshold)
        v.warnings.push(unresolvable(input));
    if (e.minP !== undefined && e.minP > input.settings.fdrQ)
        v.warnings.push(tooFewForRanks(input));
    if (v.status === 'regression')
        v.severity = severityOf(v.change, input.severity);
    if (it.unstable && it.unstable.length > 0)
        notDecided(v, it.unstable, e.method === 'replicates');
    return v;
}
/**
 * What the comparison accounted for and could not resolve: "one run per side: run-to-run noise of ±25%
 * assumed; changes below 98% cannot be resolved", or the replicates' measured spread.
 */
function noiseNote(e, resolvable) {
    const n = e.noise;
    const sd = `±${size(Math.expm1(n.sigma))}`;
    const below = `changes below ${size(resolvable)} cannot be resolved`;
    if (e.method === 'replicates') {
        const from = n.historyRuns !== undefined ? ` (pooled with ${plural(n.historyRuns, 'base-branch run')})` : '';
        return `${e.runs.baseline} + ${e.runs.current} runs: run-to-run spread ${sd} measured${from}; ${below}`;
    }
    const source = n.source === 'assumed'
        ? 'assumed (runner-noise)'
        : `measured over ${plural(n.historyRuns ?? 0, 'base-branch run')}`;
    return `one run per side: run-to-run noise of ${sd} ${source}; ${below}`;
}
/**
 * An unstable run is reported, not decided on: never a fail, never a warn (issue 11 §1). With replicates
 * the decision stands and the finding is only named: the runs are the replicates, so whatever made one of
 * them unstable is already in the between-run spread the test used.
 */
function notDecided(v, unstable, replicated) {
    v.unstable = unstable;
    const what = unstable.join('; ');
    if (replicated) {
        v.reason = `${v.reason.replace(/\.$/, '')}; unstable run (${what}), part of the measured run-to-run spread.`;
        return;
    }
    v.warnings.push({
        kind: 'unstable',
        message: 'Some runs were unstable (two modes, drift within the run, or a spread far above the history): those series are reported but not decided on.',
        hint: 'Rerun the job; pin the benchmark to a core, quiet the machine, or give benchgate several runs per side.',
    });
    if (v.verdict === 'pass' && v.status === 'unchanged') {
        v.reason = `${v.reason.replace(/\.$/, '')}; unstable run (${what}).`;
        return;
    }
    v.reason = `unstable run (${what}): the measured ${signed(v.change)} is not decided on.`;
    v.status = 'unchanged';
    v.verdict = 'pass';
    delete v.severity;
    delete v.bound;
}
function untested(it, input) {
    const e = it.evidence;
    const rule = it.input.rule;
    const v = base(it);
    const est = e.estimate;
    const lnWarn = Math.log1p(rule.warnThreshold);
    const lnFail = Math.log1p(rule.failThreshold);
    const fmt = scaleFor(it.input.current.unit, [e.baseline, e.current]);
    const chg = signed(v.change);
    if (e.method === 'exact') {
        const counts = `${fmt(e.baseline)} → ${fmt(e.current)}`;
        if (est >= lnFail) {
            v.status = 'regression';
            v.verdict = 'fail';
            v.reason = `${counts} (${chg}), beyond the ${text_pct(rule.failThreshold)} fail threshold; an exact count has no noise, so no statistics.`;
        }
        else if (est >= lnWarn) {
            v.status = 'regression';
            v.verdict = 'warn';
            v.reason = `${counts} (${chg}), beyond the ${text_pct(rule.warnThreshold)} warn threshold; an exact count has no noise, so no statistics.`;
        }
        else if (est <= -lnWarn) {
            v.status = 'improvement';
            v.reason = `${counts} (${chg}), an exact count.`;
        }
        else if (v.change === 0) {
            v.reason = `unchanged exact count (${fmt(e.current)}).`;
        }
        else {
            v.reason = `${counts} (${chg}), within the ${text_pct(rule.warnThreshold)} warn threshold for an exact count.`;
        }
        if (v.status === 'regression')
            v.severity = severityOf(v.change, input.severity);
        return v;
    }
    // Threshold mode: too little data to test.
    const strict = (input.settings.insufficientData ?? 'warn') === 'fail';
    if (est >= lnFail) {
        v.status = 'regression';
        v.verdict = strict ? 'fail' : 'warn';
    }
    else if (strict && est >= lnWarn) {
        v.status = 'regression';
        v.verdict = 'warn';
    }
    else if (est <= -(strict ? lnWarn : lnFail)) {
        v.status = 'improvement';
    }
    const short = e.shortOf;
    const consequence = v.verdict === 'warn' && !strict
        ? 'so this warns instead of failing'
        : strict
            ? 'so the thresholds apply to the change as measured'
            : 'so only a change beyond the fail threshold would be flagged';
    if (short.what === 'positive') {
        v.reason = `${chg}; values at or below zero cannot be compared as ratios, ${consequence}.`;
        v.warnings.push({
            kind: 'unresolvable',
            message: 'Some series have values at or below zero: they are compared by threshold only.',
        });
    }
    else if (short.what === 'samples') {
        v.reason = `${chg} with ${plural(short.have, 'sample')} per side, too few to test (min-samples ${short.need}), ${consequence}; run each benchmark at least ${short.need} times.`;
        v.warnings.push({
            kind: 'too-few-samples',
            message: `Some series have fewer than ${short.need} samples per side: their changes are reported but not tested.`,
            hint: `Run each benchmark at least ${short.need} times (e.g. \`go test -count 10\`, repetitions, or more rounds).`,
        });
    }
    else {
        v.reason = `${chg} against ${plural(short.have, 'base-branch run')}, too few to learn the run-to-run noise (need ${short.need}), ${consequence}.`;
        v.warnings.push({
            kind: 'insufficient-history',
            message: `The history has fewer than ${short.need} base-branch runs for some series: their changes are reported but not tested.`,
            hint: 'The history grows with each push to the base branch; or benchmark the base commit in the same job and pass it as `baseline-output`.',
        });
    }
    if (v.status === 'regression')
        v.severity = severityOf(v.change, input.severity);
    return v;
}
function unresolvable(input) {
    return {
        kind: 'unresolvable',
        message: `Some comparisons are too noisy to resolve a ${text_pct(input.settings.warnThreshold)} change: their reason says what they could resolve.`,
        hint: 'More samples per run (or the same-job mode, `baseline-output`) narrow the interval.',
    };
}
function tooFewForRanks(input) {
    return {
        kind: 'too-few-samples',
        message: `Some series have so few samples that a rank test cannot reach p ≤ ${input.settings.fdrQ}: only large changes can fail and none can warn.`,
        hint: 'Run each benchmark at least 8 times per side.',
    };
}

;// CONCATENATED MODULE: ./src/analyze/evidence.ts

/**
 * One-sided level of the fail bound where the run-to-run noise dominates (see Evidence.failTailCap):
 * 99.9%. At 97.5% a spread of the fail threshold's size fails 1–2.5% of unchanged series; and a run-wide
 * shift (a contended process moves every series of the suite together) makes fails arrive together, where
 * Benjamini–Hochberg no longer protects the PR. Measured in bench/accuracy.ts (shared-VM scenarios): 99.5%
 * let 8% of unchanged 30-series PRs fail in history mode, 99.9% keeps them under 5%.
 */
const BETWEEN_RUN_FAIL_TAIL = 0.001;
/**
 * Above this many samples per side the tests run on this many evenly spaced order statistics of each side
 * (the headline medians stay exact). At 20,000 samples the sd of a log median is 0.9% of the samples'
 * own spread — 0.09% at a 10% CV — so only a change within a tenth of a percent of a threshold could be
 * decided differently, while a million samples compare in well under a second.
 */
const MAX_TEST_SAMPLES = 20_000;
/** `values` unchanged up to `max`; above, `max` evenly spaced order statistics (the (i + ½)/max quantiles). */
function thin(values, max = MAX_TEST_SAMPLES) {
    const n = values.length;
    if (n <= max)
        return values;
    const sorted = Float64Array.from(values).sort();
    const out = new Array(max);
    for (let i = 0; i < max; i++)
        out[i] = sorted[Math.floor(((i + 0.5) * n) / max)];
    return out;
}
/** Metrics that count rather than time: without variance by nature. */
const EXACT_METRICS = /^(allocs\/op|B\/op)$|instruction|^instr(s|uctions)?$|^Ir$/i;
/** Below this relative spread a history is treated as noise-free rather than infinitely precise. */
const MIN_RUN_SPREAD = 0.005;
function valuesOf(s) {
    return s.samples && s.samples.length > 0 ? s.samples : [s.value];
}
function allEqual(v) {
    for (let i = 1; i < v.length; i++)
        if (v[i] !== v[0])
            return false;
    return true;
}
function allPositive(v) {
    for (const x of v)
        if (!(x > 0) || !Number.isFinite(x))
            return false;
    return true;
}
/**
 * ln(1 + change), signed so that positive is worse. For positive values that is ±ln(current/base); from
 * zero any increase is infinitely worse (or better); for values at or below zero (custom metrics) the
 * change is taken relative to the baseline's magnitude, so −5 → −4 is 20% more.
 */
function orientedLogChange(base, current, direction) {
    const d = direction === 'smaller' ? 1 : -1;
    if (base > 0 && current > 0)
        return d * (Math.log(current) - Math.log(base));
    if (base === current)
        return 0;
    if (base === 0)
        return current > 0 ? d * Infinity : -d * Infinity;
    const rel = (d * (current - base)) / Math.abs(base);
    return rel > -1 ? Math.log1p(rel) : -Infinity;
}
function evaluate(si, ctx) {
    const cur = valuesOf(si.current);
    const minSamples = si.rule.minSamples;
    const hist = si.history;
    const newest = hist.length ? hist[hist.length - 1].series : undefined;
    // Exact counts first: statistics on values without variance only add noise to the answer.
    const exactBase = si.sameJob
        ? valuesOf(si.sameJob)
        : newest && valuesOf(newest).length > 1
            ? valuesOf(newest)
            : hist.slice(-10).map((h) => h.series.value);
    if (exactBase.length > 0) {
        const knownExact = EXACT_METRICS.test(si.current.metric);
        const configured = si.rule.deterministic === true || si.current.exact === true;
        if (configured ||
            (allEqual(cur) && allEqual(exactBase) && (cur.length > 1 || exactBase.length > 1 || knownExact))) {
            // Configured exact series may still jitter: compare their medians. Truly constant ones are equal.
            const baseline = si.sameJob || configured ? select_median(exactBase) : newest.value;
            const current = select_median(cur);
            return {
                mode: si.sameJob ? 'same-job' : 'history',
                method: 'exact',
                baseline,
                current,
                estimate: orientedLogChange(baseline, current, si.direction),
                n: { baseline: exactBase.length, current: cur.length },
            };
        }
    }
    if (si.sameJob) {
        const baseRuns = runsOf(si.sameJob);
        const curRuns = runsOf(si.current);
        if (baseRuns.length + curRuns.length > 2 &&
            allPositive(baseRuns.map(runHeadline)) &&
            allPositive(curRuns.map(runHeadline)))
            return replicates(si, baseRuns, curRuns, ctx);
        const base = valuesOf(si.sameJob);
        if (cur.length >= minSamples && base.length >= minSamples && allPositive(cur) && allPositive(base)) {
            const noise = historyNoise(si, ctx) ?? assumedNoise(ctx);
            return noise ? oneRun(si, thin(base), thin(cur), noise, ctx) : sameJob(si, thin(base), thin(cur), ctx);
        }
    }
    // History runs are compared by their headline values: the store keeps samples for the newest few runs
    // only, and a headline that is a mean would make a false step where the medians of samples begin.
    const usable = usableHistory(si);
    if (allPositive(cur) && si.current.value > 0) {
        if (usable.length >= minSamples)
            return fromHistory(si, usable, cur, ctx);
        const last = usable.length ? valuesOf(usable[usable.length - 1].series) : [];
        if (usable.length > 0 && cur.length >= minSamples && last.length >= minSamples)
            return historyTwoSample(si, usable, last, cur, ctx);
    }
    // Too little data: a relative change of headlines, never a test.
    const baseHeadlines = si.sameJob
        ? [select_median(valuesOf(si.sameJob))]
        : hist.slice(-5).map((h) => h.series.value);
    if (baseHeadlines.length === 0)
        return undefined;
    const baseline = select_median(baseHeadlines);
    const current = si.sameJob ? select_median(cur) : si.current.value;
    const positive = allPositive(cur) && allPositive(si.sameJob ? valuesOf(si.sameJob) : baseHeadlines);
    const baseSamples = si.sameJob ? valuesOf(si.sameJob).length : 0;
    return {
        mode: 'threshold',
        method: 'threshold',
        baseline,
        current,
        estimate: orientedLogChange(baseline, current, si.direction),
        n: { baseline: si.sameJob ? baseSamples : hist.length, current: cur.length },
        shortOf: !positive
            ? { what: 'positive', have: 0, need: 0 }
            : si.sameJob
                ? { what: 'samples', have: Math.min(cur.length, baseSamples), need: minSamples }
                : { what: 'runs', have: hist.length, need: minSamples },
    };
}
/** +1 where smaller is better, −1 where bigger is: multiplied into a log, positive is then worse. */
function sign(direction) {
    return direction === 'smaller' ? 1 : -1;
}
/** Mode 1: base and head in one job. BCa CI of the ratio of medians; Mann–Whitney for p-values. */
function sameJob(si, base, cur, ctx) {
    const d = sign(si.direction);
    const ranks = twoSampleInflation(base.length, cur.length, (n) => rankInflation(n, ctx.rho));
    const medians = twoSampleInflation(base.length, cur.length, (n) => medianInflation(n, ctx.rho));
    const lx = base.map((v) => d * Math.log(v));
    const ly = cur.map((v) => d * Math.log(v));
    const bm = select_median(base);
    const cm = select_median(cur);
    return {
        mode: 'same-job',
        method: 'bootstrap',
        baseline: bm,
        current: cm,
        estimate: d * (Math.log(cm) - Math.log(bm)),
        n: { baseline: base.length, current: cur.length },
        pWorse: mannWhitney(lx, ly, 'greater', 0, ranks).p,
        pBetter: mannWhitney(lx, ly, 'less', 0, ranks).p,
        minP: minimumP(base.length, cur.length),
        rankBound: (alpha) => shiftBound(lx, ly, alpha, 'lower', ranks),
        interval: (levels) => {
            // The bootstrap works on ln(head/base); for bigger-is-better the oriented interval is mirrored.
            const r = bcaLogRatioOfMedians(base, cur, {
                resamples: ctx.resamples,
                rng: new Rng(`${ctx.seed}\u0000${si.id}`),
                levels: d === 1 ? levels : levels.map((l) => 1 - l),
                buffer: ctx.buffer,
                randomBuffer: ctx.randomBuffer,
            });
            // Correlated samples: the bootstrap (which assumes independence) is too narrow by √inflation.
            const widen = Math.sqrt(medians);
            return r.endpoints.map((e) => d * (r.estimate + widen * (e - r.estimate)));
        },
    };
}
/** Var(ln median) of a run from its samples: (π/2)·σ²/n with σ from the MAD of the log samples. */
function withinVariance(values) {
    if (values.length < 2)
        return undefined;
    const s = MAD_TO_SD * mad(values.map(Math.log));
    return ((Math.PI / 2) * s * s) / values.length;
}
/** Variance factor of the median of N values relative to one value (π/2N for large N; exact for 1–2). */
function medianFactor(N) {
    return N <= 2 ? 1 / N : Math.PI / (2 * N);
}
/**
 * Mode 2: one value (the run's headline) per base-branch run since the last change point. Robust centre
 * and spread on logs; a Student-t prediction bound whose variance includes the run-to-run noise learned
 * from the history. When this run has samples, its own within-run variance replaces the history's.
 */
function fromHistory(si, usable, cur, ctx) {
    const d = sign(si.direction);
    const N = usable.length;
    const runValues = usable.map((h) => valuesOf(h.series));
    const { m, spread, dof, start } = historySpread(usable, d, ctx);
    const Nseg = N - start;
    const c = d * Math.log(si.current.value);
    // Several runs of this commit (replicates): its value is the median of their headlines, so its
    // run-to-run variance is that of a median of k runs, not of one run.
    const k = si.current.runs && si.current.runs.length > 1 ? si.current.runs.length : 1;
    let variance = spread * spread * (medianFactor(k) + medianFactor(Nseg));
    const wc = k === 1 && cur.length >= si.rule.minSamples ? withinVariance(cur) : undefined;
    const wh = runValues
        .slice(start)
        .map(withinVariance)
        .filter((v) => v !== undefined);
    if (wc !== undefined && wh.length > 0) {
        // Run-to-run variance = spread of run medians minus their own sampling variance.
        const between = Math.max(spread * spread - select_median(wh), 0);
        variance = between + wc + spread * spread * medianFactor(Nseg);
    }
    const se = Math.sqrt(variance);
    const estimate = c - m;
    const t = estimate / se;
    return {
        mode: 'history',
        method: 'history',
        baseline: Math.exp(d * m),
        current: si.current.value,
        estimate,
        n: { baseline: Nseg, current: cur.length },
        ...(k > 1 ? { runs: { baseline: Nseg, current: k } } : {}),
        pWorse: 1 - tCdf(t, dof),
        pBetter: tCdf(t, dof),
        interval: (levels) => levels.map((l) => estimate + tQuantile(l, dof) * se),
        segment: { runs: Nseg, since: start > 0 ? usable[start].run.commit : undefined },
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
    };
}
/**
 * The robust centre of the history since its last change point, and the run-to-run spread of its
 * headlines: residuals about each segment's median, pooled (a step in the history is not noise), scaled
 * by 1.4826·median, at least 0.5%.
 */
function historySpread(usable, d, ctx) {
    const N = usable.length;
    const h = Float64Array.from(usable, (r) => d * Math.log(r.series.value));
    const cps = changePoints(h, ctx.changePoints);
    const bounds = [0, ...cps.map((c) => c.index), N];
    const start = bounds[bounds.length - 2];
    const m = select_median(h.subarray(start));
    const residuals = [];
    for (let s = 0; s + 1 < bounds.length; s++) {
        const seg = h.subarray(bounds[s], bounds[s + 1]);
        const c = select_median(seg);
        for (const v of seg)
            residuals.push(Math.abs(v - c));
    }
    const spread = Math.max(MAD_TO_SD * select_median(residuals), MIN_RUN_SPREAD);
    return { m, spread, dof: Math.max(1, N - (bounds.length - 1)), start };
}
function usableHistory(si) {
    return si.history.filter((h) => h.series.value > 0 && Number.isFinite(h.series.value));
}
/** The series' run-to-run noise from its base-branch history, when it has at least min-samples runs. */
function historyNoise(si, ctx) {
    const usable = usableHistory(si);
    if (usable.length < Math.max(2, si.rule.minSamples))
        return undefined;
    const { spread, dof } = historySpread(usable, 1, ctx);
    return { sigma: spread, dof, source: 'history', historyRuns: usable.length };
}
/** `runner-noise`, unless it is 0 (trust the within-run samples alone). */
function assumedNoise(ctx) {
    if (!(ctx.runnerNoise > 0))
        return undefined;
    return { sigma: Math.log1p(ctx.runnerNoise), dof: Infinity, source: 'assumed' };
}
/** Var(ln median) of one sample set from the median's exact resampling distribution, widened for ρ. */
function medianVariance(values, rho) {
    if (values.length < 2)
        return 0;
    const v = momentsOf(medianDistribution(Float64Array.from(values).sort()), Math.log).variance;
    return v * medianInflation(values.length, rho);
}
function quantileOf(p, dof) {
    return Number.isFinite(dof) ? tQuantile(p, dof) : distributions_normalQuantile(p);
}
function cdfOf(t, dof) {
    return Number.isFinite(dof) ? tCdf(t, dof) : normalCdf(t);
}
/**
 * Same job, one run per side. The two runs are two processes: they differ by the run-to-run noise σ
 * (code layout, frequency, a neighbour) that no sample inside either run can show. So the change of the
 * medians is judged against Var(within, base) + Var(within, head) + 2σ², with σ from the series'
 * history when it has one, else `runner-noise`; Student t with the history's degrees of freedom, normal
 * when σ is assumed.
 */
function oneRun(si, base, cur, noise, ctx) {
    const d = sign(si.direction);
    const bm = select_median(base);
    const cm = select_median(cur);
    const se = Math.sqrt(medianVariance(base, ctx.rho) + medianVariance(cur, ctx.rho) + 2 * noise.sigma * noise.sigma);
    const estimate = d * (Math.log(cm) - Math.log(bm));
    const t = estimate / se;
    return {
        mode: 'same-job',
        method: 'one-run',
        baseline: bm,
        current: cm,
        estimate,
        n: { baseline: base.length, current: cur.length },
        pWorse: 1 - cdfOf(t, noise.dof),
        pBetter: cdfOf(t, noise.dof),
        interval: (levels) => levels.map((l) => estimate + quantileOf(l, noise.dof) * se),
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
        noise,
    };
}
/** A series' runs: its replicates, or the series itself as its one run. */
function runsOf(s) {
    return s.runs && s.runs.length > 0 ? s.runs : [{ value: s.value, samples: s.samples }];
}
/** A run's headline for the between-run test: the median of its samples, else its value. */
function runHeadline(r) {
    return r.samples && r.samples.length > 0 ? select_median(r.samples) : r.value;
}
/**
 * Same job, several runs on at least one side: the runs are the replicates. A two-sample t test on the
 * log run medians, with the pooled between-run variance (pooled further with the history's spread when
 * the series has a history, weighted by degrees of freedom) and never below the runs' own sampling
 * variance of a median — the within-run samples refine, they never stand in for the spread between runs.
 * With one run on each side there is nothing to pool: that is oneRun.
 */
function replicates(si, baseRuns, curRuns, ctx) {
    const d = sign(si.direction);
    const a = baseRuns.map((r) => d * Math.log(runHeadline(r)));
    const b = curRuns.map((r) => d * Math.log(runHeadline(r)));
    const mean = (v) => v.reduce((x, y) => x + y, 0) / v.length;
    const ma = mean(a);
    const mb = mean(b);
    let ss = 0;
    for (const v of a)
        ss += (v - ma) ** 2;
    for (const v of b)
        ss += (v - mb) ** 2;
    let dof = a.length - 1 + b.length - 1;
    let variance = ss / dof;
    const source = 'runs';
    const fromHistory = historyNoise(si, ctx);
    let historyRuns;
    if (fromHistory) {
        variance = (dof * variance + fromHistory.dof * fromHistory.sigma ** 2) / (dof + fromHistory.dof);
        dof += fromHistory.dof;
        historyRuns = fromHistory.historyRuns;
    }
    // Refinement from the samples: a run median varies at least by its own sampling variance.
    const within = [...baseRuns, ...curRuns]
        .filter((r) => r.samples && r.samples.length >= 2)
        .map((r) => medianVariance(thin(r.samples), ctx.rho));
    const floor = Math.max(MIN_RUN_SPREAD ** 2, within.length ? select_median(within) : 0);
    variance = Math.max(variance, floor);
    const se = Math.sqrt(variance * (1 / a.length + 1 / b.length));
    const estimate = mb - ma;
    const t = estimate / se;
    const sigma = Math.sqrt(variance);
    return {
        mode: 'same-job',
        method: 'replicates',
        baseline: Math.exp(d * ma),
        current: Math.exp(d * mb),
        estimate,
        n: { baseline: a.length, current: b.length },
        runs: { baseline: a.length, current: b.length },
        pWorse: 1 - tCdf(t, dof),
        pBetter: tCdf(t, dof),
        interval: (levels) => levels.map((l) => estimate + tQuantile(l, dof) * se),
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
        noise: { sigma, dof, source, ...(historyRuns ? { historyRuns } : {}) },
    };
}
/**
 * History too short to learn run-to-run noise, but samples on both sides: compare with the newest base
 * run's samples, adding an assumed run-to-run variance for each of the two runners (2σ²) to the
 * bootstrap variance of both medians. Without that term the two-sample test fires on ~45% of unchanged
 * code when the base ran on another runner.
 */
function historyTwoSample(si, usable, base, cur, ctx) {
    const d = sign(si.direction);
    const bm = select_median(base);
    const cm = select_median(cur);
    const vb = momentsOf(medianDistribution(Float64Array.from(base).sort()), Math.log).variance;
    const vc = momentsOf(medianDistribution(Float64Array.from(cur).sort()), Math.log).variance;
    const sigma = Math.log1p(ctx.runnerNoise);
    const se = Math.sqrt(vb * medianInflation(base.length, ctx.rho) +
        vc * medianInflation(cur.length, ctx.rho) +
        2 * sigma * sigma);
    const estimate = d * (Math.log(cm) - Math.log(bm));
    const z = estimate / se;
    return {
        mode: 'history',
        method: 'history-two-sample',
        baseline: bm,
        current: cm,
        estimate,
        n: { baseline: base.length, current: cur.length },
        pWorse: 1 - normalCdf(z),
        pBetter: normalCdf(z),
        interval: (levels) => levels.map((l) => estimate + distributions_normalQuantile(l) * se),
        segment: { runs: usable.length },
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
    };
}

;// CONCATENATED MODULE: ./src/analyze/stability.ts


/** A spread this many times the history's typical within-run spread (and at least 1%) is unstable. */
const SPREAD_FACTOR = 3;
const MIN_SPREAD = 0.01;
/** History runs with samples needed before a spread is called high for this series. */
const MIN_HISTORY_SETS = 3;
/** Above this many samples the checks look at every k-th sample (order kept). */
const MAX_ORDERED = 20_000;
function logsOf(samples) {
    if (samples.length < MIN_STABILITY_SAMPLES)
        return undefined;
    const out = new Float64Array(samples.length);
    for (let i = 0; i < samples.length; i++) {
        if (!(samples[i] > 0) || !Number.isFinite(samples[i]))
            return undefined;
        out[i] = Math.log(samples[i]);
    }
    return out;
}
/** Every k-th value, in order, so that at most MAX_ORDERED remain (a systematic subsample). */
function decimate(v) {
    if (v.length <= MAX_ORDERED)
        return v;
    const step = Math.ceil(v.length / MAX_ORDERED);
    const out = new Float64Array(Math.ceil(v.length / step));
    for (let i = 0, j = 0; i < v.length; i += step)
        out[j++] = v[i];
    return out;
}
/** The sample sets of a series' runs: its replicates, else its own samples. */
function sampleSets(s) {
    if (s.runs && s.runs.length > 0)
        return s.runs.flatMap((r) => (r.samples ? [r.samples] : []));
    return s.samples ? [s.samples] : [];
}
/** Findings, one phrase each ("head run: two modes, 30% of samples 25% slower"); empty when stable. */
function instability(si) {
    const found = [];
    const worse = si.current.metric === 'time' ? 'slower' : 'higher';
    const history = si.history
        .map((h) => (h.series.samples ? logsOf(h.series.samples) : undefined))
        .filter((l) => l !== undefined)
        .map((l) => logSpread(decimate(l)));
    const typical = history.length >= MIN_HISTORY_SETS ? select_median(history) : undefined;
    const sides = [
        ['head', si.current],
        ['base', si.sameJob],
    ];
    for (const [side, s] of sides) {
        if (!s)
            continue;
        const sets = sampleSets(s);
        sets.forEach((samples, i) => {
            const logs = logsOf(samples);
            if (!logs)
                return;
            const which = sets.length > 1 ? `${side} run ${i + 1}` : `${side} run`;
            // Above MAX_ORDERED samples the checks see a systematic subsample: modes, drift and spread of a
            // large run show in 20,000 of its samples as well as in all of them.
            const sub = decimate(logs);
            const modes = bimodality(sub);
            if (modes)
                found.push(`${which}: two modes, ${size(modes.share)} of samples ${size(modes.gap)} ${worse} than the rest`);
            const trend = drift(sub);
            if (trend)
                found.push(`${which}: drift of ${signed(trend.change)} from its first third to its last`);
            if (typical !== undefined && side === 'head') {
                const spread = logSpread(sub);
                if (spread >= MIN_SPREAD && spread > SPREAD_FACTOR * typical)
                    found.push(`${which}: sample spread ±${size(Math.expm1(spread))}, ${(spread / typical).toFixed(1)}× its history's ±${size(Math.expm1(typical))}`);
            }
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/analyze/index.ts









const ANALYSIS_DEFAULTS = {
    changePoints: { window: CHANGE_POINT_DEFAULTS.window, p: CHANGE_POINT_DEFAULTS.p },
    runnerNoise: 0.25,
    insufficientData: 'warn',
};
/**
 * Scratch buffers for the bootstrap, kept between calls: a suite reuses one pair for all its series, and
 * a caller analysing many small suites does not allocate 240 kB per call. analyze() is synchronous, so
 * nothing else can be using them meanwhile.
 */
let scratchBuffers;
function scratch(B) {
    if (!scratchBuffers || scratchBuffers.buffer.length < B)
        scratchBuffers = { buffer: new Float64Array(B), randomBuffer: new Uint32Array(2 * B) };
    return scratchBuffers;
}
const MODE_RANK = { ab: -1, 'same-job': 0, history: 1, threshold: 2, none: 3 };
function analyze(input) {
    const settings = input.settings;
    const warnings = [];
    const baseRun = input.baselineRun;
    const runs = input.history?.runs ?? [];
    // Index the baselines by series id once: suites have thousands of series and hundreds of runs.
    const sameJob = new Map();
    for (const s of baseRun?.series ?? [])
        sameJob.set(model_seriesId(s), s);
    const history = new Map();
    for (const run of runs)
        for (const s of run.series) {
            const id = model_seriesId(s);
            const list = history.get(id);
            if (list)
                list.push({ run, series: s });
            else
                history.set(id, [{ run, series: s }]);
        }
    if (!baseRun && runs.length === 0)
        warnings.push({
            kind: 'baseline-unavailable',
            message: 'No baseline yet: this run is reported, not compared.',
            hint: 'The history fills on pushes to the base branch; or set `baseline-output` to compare with the base commit in the same job.',
        });
    // Serial correlation within runs, pooled over every sample set of this run and the same-job baseline.
    const sets = [];
    for (const s of [...input.current.series, ...(baseRun?.series ?? [])])
        if (s.samples && s.samples.every((x) => x > 0))
            sets.push(Float64Array.from(s.samples, Math.log));
    const correlation = pooledAutocorrelation(sets);
    if (correlation.rho >= 0.1)
        warnings.push({
            kind: 'autocorrelated',
            message: `Samples within a run are serially correlated (lag-1 ≈ ${correlation.rho.toFixed(2)} across ${correlation.sets} sample sets): intervals and p-values were widened to account for it.`,
            hint: 'Interleave base and head runs (ABAB…) or shuffle the benchmark order to reduce it.',
        });
    const B = settings.resamples;
    const ctx = {
        seed: input.seed,
        resamples: B,
        changePoints: settings.changePoints ?? ANALYSIS_DEFAULTS.changePoints,
        runnerNoise: settings.runnerNoise ?? ANALYSIS_DEFAULTS.runnerNoise,
        rho: correlation.rho,
        ...scratch(B),
    };
    const items = [];
    const verdicts = [];
    const seen = new Set();
    const statisticWarnings = new Map();
    for (const cur of input.current.series) {
        const id = model_seriesId(cur);
        seen.add(id);
        const rule = input.ruleFor(cur);
        const direction = rule.direction ?? cur.direction;
        const shell = {
            name: cur.name,
            metric: cur.metric,
            unit: cur.unit,
            direction,
            status: 'unchanged',
            verdict: 'pass',
            mode: 'none',
            current: select_median(valuesOf(cur)),
            reason: '',
            warnings: [],
        };
        if (rule.ignore) {
            verdicts.push({ ...shell, status: 'ignored', reason: 'ignored by the configuration' });
            continue;
        }
        const base = sameJob.get(id);
        const past = history.get(id) ?? [];
        const changed = unitChange(cur, base ?? past[past.length - 1]?.series);
        if (changed) {
            verdicts.push({ ...shell, ...changed });
            continue;
        }
        const si = {
            current: cur,
            id,
            rule,
            direction,
            sameJob: base,
            // Runs in another unit are another quantity: never compared (issue 10).
            history: past.filter((h) => h.series.unit === cur.unit),
        };
        const statistic = statisticChange(cur, base ?? past[past.length - 1]?.series);
        if (statistic)
            statisticWarnings.set(id, statistic);
        const evidence = evaluate(si, ctx);
        if (!evidence) {
            const limit = checkLimits(shell.current, rule, cur.unit);
            verdicts.push({
                ...shell,
                status: 'new',
                reason: 'no baseline for this benchmark yet',
                ...(limit ?? {}),
            });
            continue;
        }
        const unstable = evidence.method === 'exact' || evidence.method === 'threshold' ? [] : instability(si);
        items.push({ input: si, evidence, ...(unstable.length ? { unstable } : {}) });
    }
    for (const v of decideAll(items, input))
        verdicts.push(v);
    for (const v of verdicts) {
        const w = statisticWarnings.get(model_seriesId(v));
        if (w)
            v.warnings.push(w);
    }
    // Absolute limits fail regardless of the comparison.
    for (const v of verdicts) {
        if (v.status === 'ignored' || v.status === 'new' || v.current === undefined)
            continue;
        const rule = input.ruleFor(v);
        const limit = checkLimits(v.current, rule, v.unit);
        if (limit)
            Object.assign(v, limit, { reason: `${limit.reason}; ${v.reason}` });
    }
    const lastBase = baseRun?.series ?? runs[runs.length - 1]?.series ?? [];
    for (const s of lastBase) {
        if (seen.has(model_seriesId(s)))
            continue;
        verdicts.push({
            name: s.name,
            metric: s.metric,
            unit: s.unit,
            direction: s.direction,
            status: 'missing',
            verdict: 'pass',
            mode: 'none',
            baseline: s.value,
            reason: 'in the baseline but not in this run',
            warnings: [],
        });
    }
    const shift = globalShift(verdicts);
    if (shift) {
        warnings.push({
            kind: 'global-shift',
            message: `${shift.moved} of ${shift.of} compared series moved the same way (median ${signed(shift.change)}): a runner or global shift is more likely than that many separate changes.`,
            hint: 'Rerun the job, or compare on one runner with `baseline-output`; if the code changed something shared (compiler flags, runtime, allocator), this is real.',
        });
        discountShift(verdicts, shift.change, input);
    }
    const sorted = sortVerdicts(verdicts);
    let mode = 'none';
    for (const v of sorted)
        if (MODE_RANK[v.mode] < MODE_RANK[mode])
            mode = v.mode;
    return {
        suite: input.suite,
        verdict: suiteOutcome(sorted),
        mode,
        counts: countVerdicts(sorted),
        series: sorted,
        warnings,
        settings,
        baselineCommit: baseRun?.commit ?? runs[runs.length - 1]?.commit,
        baselineRuns: baseRun ? 1 : runs.length,
        ...(shift ? { globalShift: { change: shift.change } } : {}),
    };
}
/**
 * A series whose baseline has another unit (MB/s → ops/s under the same name and metric) measures
 * something else now: reported as such, never compared. Units are canonical (src/units.ts), so ns and ms
 * of one quantity never differ here.
 */
function unitChange(cur, base) {
    if (!base || base.unit === cur.unit)
        return undefined;
    return {
        unitChanged: { from: base.unit, to: cur.unit },
        reason: `unit changed from ${base.unit} to ${cur.unit}: not compared`,
        warnings: [
            {
                kind: 'unit-changed',
                message: 'Some series changed their unit since the baseline: they are reported, not compared.',
                hint: 'A unit change usually means the benchmark now measures something else; the comparison resumes once the baseline has the new unit.',
            },
        ],
    };
}
/**
 * A console output that prints only the mean (vitest, tinybench v2, mitata: `statistic: 'mean'`) against
 * a baseline read from the JSON (the median), or the reverse: the two are compared, since they measure the
 * same code, but a skewed benchmark's mean and median differ by more than a threshold, so the report says
 * that the change may be the statistic's, not the code's.
 */
function statisticChange(cur, base) {
    const name = (s) => (s.statistic === 'mean' ? 'the mean' : "the tool's median");
    if (!base || (cur.statistic === 'mean') === (base.statistic === 'mean'))
        return undefined;
    return {
        kind: 'statistic-changed',
        message: `Some series hold ${name(cur)} now and ${name(base)} in the baseline (a console output compared with a JSON one): their change mixes the two statistics.`,
        hint: 'Keep one output of the tool for the comparison: its JSON export gives the median and the samples.',
    };
}
/**
 * Under a suite-wide shift (an outlying runner, a runner image update too recent for change-point
 * detection) many series cross the warn threshold together, and each warn is a false alarm about that
 * series. A warn or an improvement that does not stand out from the shared move by the warn threshold
 * is therefore reported as moving with the suite. Fails are never discounted: they are decided on the
 * raw change, so a real suite-wide regression beyond the fail bound still fails, and the shift itself
 * is reported either way.
 */
function discountShift(verdicts, shift, input) {
    for (const v of verdicts) {
        if (v.change === undefined || !Number.isFinite(v.change) || v.verdict === 'fail' || v.limit)
            continue;
        const worse = v.status === 'regression' && v.verdict === 'warn';
        const better = v.status === 'improvement';
        if (!worse && !better)
            continue;
        // The series' own change once the shared move is taken out, on the ratio scale.
        const residual = (1 + v.change) / (1 + shift) - 1;
        const threshold = input.ruleFor(v).warnThreshold;
        if (worse ? residual >= threshold : residual <= -threshold)
            continue;
        v.status = 'unchanged';
        v.verdict = 'pass';
        v.severity = undefined;
        v.reason = `moved with the suite-wide shift of ${signed(shift)} (${signed(residual)} beyond it, under the ${text_pct(threshold)} warn threshold); ${v.reason}`;
    }
}
/**
 * "Most series moved together": at least 5 statistically compared series, at least three quarters of
 * them on one side, a sign test across series at p < 0.01, and a median change of at least 2%.
 */
function globalShift(verdicts) {
    const changes = verdicts
        .filter((v) => (v.method === 'bootstrap' ||
        v.method === 'history' ||
        v.method === 'history-two-sample' ||
        v.method === 'one-run' ||
        v.method === 'replicates') &&
        Number.isFinite(v.change))
        .map((v) => Math.log1p(v.change));
    const n = changes.length;
    if (n < 5)
        return undefined;
    const up = changes.filter((c) => c > 0).length;
    const down = changes.filter((c) => c < 0).length;
    const moved = Math.max(up, down);
    const mid = select_median(changes);
    const p = Math.min(1, 2 * binomialUpperTail(n, 0.5, moved));
    if (moved < 0.75 * n || p >= 0.01 || Math.abs(mid) < Math.log(1.02))
        return undefined;
    return { change: Math.expm1(mid), moved, of: n };
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown escaping in one place. Benchmark names come from user code (and from untrusted fork PRs in
 * the workflow_run recipe): nothing in them may open a tag, break a table, mention a user, link an
 * issue or turn into a link.
 *
 * Two tools:
 * - `code()` shows a name as an inline code span. Inside a code span Markdown and HTML mean nothing, and
 *   GitHub links no @mention or #123 in code, so the name shows exactly as the tool printed it. In a
 *   table, its pipes are escaped the one way GFM tables allow inside code (`\|`).
 * - `cell()` makes prose inert: entities for every character Markdown or HTML could act on. Entities are
 *   decoded back to "@" and "#" before GitHub looks for mentions and issue references, so those two also
 *   get an invisible word joiner (U+2060) after them, which neither pattern accepts.
 */
const WORD_JOINER = '\u2060';
const markdown_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    '#': `&#35;${WORD_JOINER}`,
    '@': `&#64;${WORD_JOINER}`,
    '!': '&#33;',
    $: '&#36;',
    ':': '&#58;',
};
/** Newlines become spaces; control and bidi characters, which could hide or reorder text, are dropped. */
function markdown_clean(text) {
    return (text
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\t/g, ' '));
}
/** At most `max` characters (code points), with "…" when cut: one huge name must not eat the comment. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
/**
 * Prose safe inside a table cell or a line: entities for every character Markdown or HTML could act on,
 * newlines as spaces. `@user` cannot mention, `#12` and `GH-12` cannot link, `www.x.org` and `https://…` cannot
 * autolink.
 */
function cell(text) {
    return (markdown_clean(text)
        .replace(/[&<>|`*_[\]\\~#@!$:]/g, (c) => markdown_ENTITIES[c])
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`)
        // GitHub links "GH-123" to issue 123 as it links "#123".
        .replace(/\b(GH)-(?=\d)/gi, `$1-${WORD_JOINER}`));
}
/**
 * Prose we wrote (reasons, notes) that may name things in `backticks`: escaped like `cell()`, then each
 * backtick pair shown as code. What is inside stays escaped, so a name quoted in a message is still inert.
 */
function prose(text) {
    return cell(text).replace(/&#96;((?:(?!&#96;).)+?)&#96;/g, '<code>$1</code>');
}
/** The longest run of backticks in a string. */
function longestTicks(text) {
    let best = 0;
    for (const m of text.matchAll(/`+/g))
        best = Math.max(best, m[0].length);
    return best;
}
/**
 * A name shown as inline code, exactly as printed. The fence is one backtick longer than any run inside,
 * so the span always closes where it should.
 */
function code(text, opts = {}) {
    const table = opts.table ?? true;
    const t = truncate(markdown_clean(text), opts.max ?? 200);
    if (t.trim() === '')
        return '<code>&#32;</code>';
    // A backslash right before a pipe would escape the escape: GFM reads `\\|` as "\" and a cell break.
    // Such names are shown as entities in a <code> element instead, which is just as inert.
    // A name that holds "<!--" could reproduce a comment marker in the Markdown source: entities too.
    if ((table && /\\\|/.test(t)) || t.includes('<!--'))
        return `<code>${cell(t)}</code>`;
    const body = table ? t.replace(/\|/g, '\\|') : t;
    const fence = '`'.repeat(longestTicks(body) + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' '));
    return pad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}
/**
 * A key that is safe inside an HTML comment marker (`<!-- benchgate:<key> -->`): letters, digits and
 * `._/-` only, so no key can end the comment early or reproduce another key's marker.
 */
function markerKey(key) {
    return truncate(key.replace(/[^A-Za-z0-9._/-]/g, '_'), 100) || '_';
}
/** One table row from cells that are already escaped. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** The header and separator lines of a table. */
function tableHead(header, align) {
    const sep = align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : ':---'));
    return `${tableRow(header)}\n${tableRow(sep)}`;
}
/** A Markdown table from a header and rows whose cells are already escaped. */
function table(header, align, rows) {
    return [tableHead(header, align), ...rows.map(tableRow)].join('\n');
}
/** A collapsed section. The blank lines around the body let GitHub render Markdown inside. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Footnote marks: 12 → "¹²". */
function superscript(n) {
    return String(n)
        .split('')
        .map((d) => SUPERSCRIPT[Number(d)])
        .join('');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/anchor.ts
/**
 * Stable anchors for a series' chart on the dashboard: `#s-<12 hex digits>`, from the suite, the name and
 * the metric. The PR comment links to them (`dashboard-url`), so they never depend on the order of series
 * or on anything but the identity. Pure.
 */

function seriesAnchor(suite, name, metric) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(`${suite}\u0000${name}\u0000${metric}`, 'utf8').digest('hex');
    return `s-${h.slice(0, 12)}`;
}

;// CONCATENATED MODULE: ./src/report/dashboard-links.ts




/** How many series get their own link; the rest are counted. */
const MAX_LINKS = 10;
/** The link to one series' chart. */
function chartUrl(base, suite, name, metric) {
    return `${base}#${seriesAnchor(suite, name, metric)}`;
}
/**
 * "dashboard: [`Sort/1000` · time](…#s-…), …" for the series that regressed (warn or fail), or a link to
 * the dashboard when none did; empty without a valid `dashboard-url`.
 */
function dashboardLinks(v, url) {
    const base = dashboardBase(url);
    if (!base)
        return '';
    const regressed = v.series.filter((s) => s.status === 'regression' || s.verdict !== 'pass');
    if (regressed.length === 0)
        return `[dashboard](${base})`;
    const links = regressed
        .slice(0, MAX_LINKS)
        .map((s) => `[${code(s.name, { max: 60, table: false })} · ${code(s.metric, { max: 30, table: false })}](${chartUrl(base, v.suite, s.name, s.metric)})`);
    const more = regressed.length > MAX_LINKS
        ? ` and ${regressed.length - MAX_LINKS} more on the [dashboard](${base})`
        : '';
    return `dashboard: ${links.join(', ')}${more}`;
}

;// CONCATENATED MODULE: ./src/report/chart.ts


/** Mermaid titles are quoted strings: only characters that cannot end the string or the fence. */
function mermaidText(text, max = 60) {
    const t = Array.from(text.replace(/[^\p{L}\p{N} _.,/=:+()[\]·-]/gu, '_'));
    return t.length > max ? `${t.slice(0, max - 1).join('')}…` : t.join('');
}
function label(p) {
    return p.commit === undefined
        ? 'this run'
        : p.commit.replace(/[^0-9A-Za-z]/g, '').slice(0, 7) || `run ${p.run}`;
}
function num(x) {
    return String(Number(x.toPrecision(4)));
}
function chart(c) {
    const { divisor, label: unitLabel } = scaleOf(c.series.unit, c.points.map((p) => p.value));
    return [
        '```mermaid',
        // A visible line color and a compact size, for GitHub's renderer as for any other.
        '%%{init: {"xyChart": {"width": 640, "height": 260}, "themeVariables": {"xyChart": {"plotColorPalette": "#cf222e"}}}}%%',
        'xychart-beta',
        `  title "${mermaidText(`${c.series.name} · ${c.series.metric}`)}"`,
        `  x-axis [${c.points.map((p) => `"${label(p)}"`).join(', ')}]`,
        `  y-axis "${mermaidText(unitLabel || c.series.metric, 20)}"`,
        `  line [${c.points.map((p) => num(p.value / divisor)).join(', ')}]`,
        '```',
    ].join('\n');
}
/** The values behind the charts, one column per series, one row per base-branch run and this run. */
function valuesTable(charted) {
    const runs = new Map();
    for (const c of charted)
        for (const p of c.points) {
            const key = p.run === undefined ? 'current' : String(p.run);
            runs.set(key, { order: p.run ?? Number.MAX_SAFE_INTEGER, label: label(p) });
        }
    const keys = [...runs.entries()].sort((a, b) => a[1].order - b[1].order);
    const scales = charted.map((c) => scaleOf(c.series.unit, c.points.map((p) => p.value)));
    const header = [
        'Run',
        ...charted.map((c, i) => `${code(c.series.name, { max: 60 })} (${cell(scales[i].label || c.series.metric)})`),
    ];
    const rows = keys.map(([key, r]) => [
        r.order === Number.MAX_SAFE_INTEGER ? '**this run**' : `\`${r.label}\``,
        ...charted.map((c, i) => {
            const p = c.points.find((x) => (x.run === undefined ? 'current' : String(x.run)) === key);
            return p ? num(p.value / scales[i].divisor) : '—';
        }),
    ]);
    return table(header, ['l', ...charted.map(() => 'r')], rows);
}
/** Charts for the series that have at least two points, then their values as a table. */
function historyCharts(charted) {
    const drawn = charted.filter((c) => c.points.length >= 2);
    if (drawn.length === 0)
        return '';
    return [...drawn.map(chart), valuesTable(drawn)].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** 10000 → "10,000", without the locale-dependent toLocaleString. */
function thousands(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function format_plural(n, one, many = `${one}s`) {
    return `${thousands(n)} ${n === 1 ? one : many}`;
}
function format_finite(x) {
    return x !== undefined && Number.isFinite(x);
}
/**
 * "1.23 → 1.61 ms": both sides on one scale, the unit once; "—" for a side that is missing. Non-breaking
 * spaces keep a value and its unit on one line in a narrow column.
 */
function valuePair(s) {
    const fmt = scaleFor(s.unit, [s.baseline, s.current].filter(format_finite));
    const side = (v) => (format_finite(v) ? fmt(v) : '—');
    const a = side(s.baseline);
    const b = side(s.current);
    const sp = a.indexOf(' ');
    const unitA = sp > 0 ? a.slice(sp) : '';
    const text = unitA && b.endsWith(unitA) && a !== '—' ? `${a.slice(0, sp)} → ${b}` : `${a} → ${b}`;
    return text.replace(/ (?=\S+$)/, '\u00a0');
}
/** One value in human units, "—" when missing. */
function format_value(v, unit) {
    return format_finite(v) ? units_formatValue(v, unit) : '—';
}
/** "+30.9%"; a change from zero is "from 0". */
function change(c) {
    if (c === undefined || Number.isNaN(c))
        return '—';
    if (!Number.isFinite(c))
        return 'from 0';
    return formatPercent(c);
}
/** "+25.1% … +36.8%". */
function interval(ci) {
    if (!ci || !ci.every(Number.isFinite))
        return '—';
    return `${formatPercent(ci[0])} … ${formatPercent(ci[1])}`;
}
/** The verdict as one symbol, for the first column. */
function icon(s) {
    if (s.verdict === 'fail')
        return '❌';
    if (s.verdict === 'warn')
        return '⚠️';
    switch (s.status) {
        case 'improvement':
            return '🚀';
        case 'new':
            return '🆕';
        case 'missing':
            return '➖';
        case 'ignored':
            return '💤';
        case 'regression':
        case 'unchanged':
            return '✅';
    }
}
/** The verdict as a badge: "❌ fail (critical)", "⚠️ warn", "🚀 better", "✅ pass", "🆕 new". */
function badge(s) {
    const sev = s.severity ? ` (${s.severity})` : '';
    if (s.verdict === 'fail')
        return `❌ fail${sev}`;
    if (s.verdict === 'warn')
        return `⚠️ warn${sev}`;
    switch (s.status) {
        case 'improvement':
            return '🚀 better';
        case 'new':
            return '🆕 no baseline';
        case 'missing':
            return '➖ missing';
        case 'ignored':
            return '💤 ignored';
        case 'regression':
        case 'unchanged':
            return '✅ pass';
    }
}
/** Percent for thresholds and settings: 0.05 → "5%", 0.125 → "12.5%". */
function percent(x) {
    return `${+(x * 100).toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./src/report/sparkline.ts

const BLOCKS = '▁▂▃▄▅▆▇█';
/**
 * "▁▂▁▃▁█": each value as one of eight blocks between the smallest and largest value. A flat series is a
 * flat line; non-finite values are skipped.
 */
function sparkline(values) {
    const v = values.filter(Number.isFinite);
    if (v.length === 0)
        return '';
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
        if (x < lo)
            lo = x;
        if (x > hi)
            hi = x;
    }
    if (hi === lo)
        return BLOCKS[3].repeat(v.length);
    return v.map((x) => BLOCKS[Math.min(7, Math.floor(((x - lo) / (hi - lo)) * 8))]).join('');
}
/**
 * The headline values of a series over the newest `points - 1` base-branch runs, then this run's value:
 * what the trend sparkline and the summary's chart show.
 */
function trendIndex(history, points = 20) {
    const past = new Map();
    for (const [i, run] of (history?.runs ?? []).entries()) {
        for (const s of run.series) {
            if (!Number.isFinite(s.value))
                continue;
            const id = model_seriesId(s);
            const list = past.get(id) ?? [];
            list.push({ commit: run.commit, run: i, value: s.value });
            past.set(id, list);
        }
    }
    return (id, current) => {
        const list = past.get(model_seriesId(id)) ?? [];
        const keep = current === undefined ? points : points - 1;
        const out = list.slice(Math.max(0, list.length - keep));
        if (current !== undefined && Number.isFinite(current))
            out.push({ value: current });
        return out;
    };
}

;// CONCATENATED MODULE: ./src/report/ab.ts



/** Regressions whose rounds are drawn (the table above lists them all). */
const MAX_SPARKLINES = 10;
function minutes(ms) {
    const s = ms / 1000;
    return s < 90 ? `${s.toFixed(s < 10 ? 1 : 0)} s` : `${(s / 60).toFixed(1)} min`;
}
/** "A/B, same runner, 20 interleaved rounds (confirmed with 10 more); base 1.2 min, head 1.3 min". */
function abModeText(v) {
    const ab = v.ab;
    if (!ab)
        return `A/B, same runner, ${format_plural(v.baselineRuns, 'paired round')}`;
    const confirmed = ab.confirmRounds ? ` (confirmed with ${ab.confirmRounds} more)` : '';
    const budget = ab.stoppedByBudget ? ', stopped early by the time budget' : '';
    return `A/B, same runner, ${format_plural(ab.rounds, 'interleaved round')}${confirmed}${budget}; time base ${minutes(ab.ms.base)}, head ${minutes(ab.ms.head)}`;
}
/** "#### Per-round changes" with one sparkline per regressed series, or nothing. */
function abRoundsSection(v, level) {
    const regressed = v.series.filter((s) => s.status === 'regression' && !!s.rounds?.length);
    if (!regressed.length)
        return [];
    const out = [`${level} Per-round changes (head vs base, each round back to back)`, ''];
    for (const s of regressed.slice(0, MAX_SPARKLINES)) {
        let lo = Infinity;
        let hi = -Infinity;
        for (const r of s.rounds) {
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        out.push(`- ${code(s.name, { table: false })} ${code(sparkline(s.rounds), { table: false })} ${change(lo)} … ${change(hi)}`);
    }
    if (regressed.length > MAX_SPARKLINES)
        out.push(`- …and ${format_plural(regressed.length - MAX_SPARKLINES, 'more regression')}, in the JSON report.`);
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./src/report/render.ts








/** GitHub refuses a comment body longer than this many characters. */
const COMMENT_LIMIT = 65536;
/** The runner drops a step summary larger than 1 MiB; it counts bytes (UTF-8), so this does too. */
const SUMMARY_LIMIT = 1024 * 1024;
/** How many notes a document lists; the rest are counted (they are all in the JSON report). */
const MAX_NOTES = 20;
/** How many regressions get a chart in the summary. */
const MAX_CHARTS = 3;
function marker(key) {
    return `<!-- benchgate:${markerKey(key)} -->`;
}
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
function sumCounts(list) {
    const out = emptyCounts();
    for (const c of list)
        for (const k of Object.keys(out))
            out[k] += c[k];
    return out;
}
/** "2 regressions (1 critical), 3 improvements, 120 unchanged, 4 without a baseline". */
function countsText(c) {
    const parts = [];
    if (c.regressions)
        parts.push(`${format_plural(c.regressions, 'regression')}${c.critical ? ` (${thousands(c.critical)} critical)` : ''}`);
    if (c.improvements)
        parts.push(format_plural(c.improvements, 'improvement'));
    if (c.unchanged)
        parts.push(`${thousands(c.unchanged)} unchanged`);
    if (c.new)
        parts.push(`${thousands(c.new)} without a baseline`);
    if (c.missing)
        parts.push(`${thousands(c.missing)} missing`);
    if (c.ignored)
        parts.push(`${thousands(c.ignored)} ignored`);
    return parts.length ? parts.join(', ') : 'no benchmark results';
}
/** The one-line verdict: `benchgate ▸ FAIL — 2 regressions (1 critical), 3 improvements, 120 unchanged`. */
function headline(v) {
    const list = Array.isArray(v) ? v : [v];
    const verdict = worstOutcome(list.map((x) => x.verdict));
    const suites = list.length > 1 ? `${list.length} suites: ` : '';
    return `benchgate ▸ ${verdict.toUpperCase()} — ${suites}${countsText(sumCounts(list.map((x) => x.counts)))}`;
}
function groupOf(s) {
    if (s.status === 'regression' || s.verdict !== 'pass')
        return 'regression';
    if (s.status === 'improvement')
        return 'improvement';
    return 'other';
}
// Few, narrow columns: GitHub shows comments about 880 pixels wide and scrolls wider tables sideways.
// The verdict, its reason, the interval and p sit in small print under the name and the change.
const render_HEAD = {
    regression: {
        header: ['', 'Benchmark', 'Baseline → Current', 'Change', 'Trend'],
        align: ['c', 'l', 'r', 'r', 'l'],
    },
    improvement: {
        header: ['', 'Benchmark', 'Baseline → Current', 'Change'],
        align: ['c', 'l', 'r', 'r'],
    },
    other: {
        header: ['', 'Benchmark', 'Baseline → Current', 'Change', 'Why'],
        align: ['c', 'l', 'r', 'r', 'l'],
    },
};
/**
 * The interval's confidence level in the change column's header: "Change (95% CI, p)". Regressions
 * may show the fail bound instead, labelled with its own level in the cell ("≥ +22.6% at 99.9%").
 */
function headerFor(group, confidence) {
    const what = group === 'regression' ? `${formatLevel(confidence)} CI or bound` : `${formatLevel(confidence)} CI`;
    return render_HEAD[group].header.map((h) => h === 'Change' && group !== 'other' ? `Change <sub>(${what}, p)</sub>` : h);
}
/** The verdict in one word, with the severity: "fail (critical)", "warn". */
function verdictWord(s) {
    return `**${s.verdict}**${s.severity ? ` (${s.severity})` : ''}`;
}
function reasonText(s) {
    const limit = s.limit ? ` (limit: ${s.limit.kind} ${format_value(s.limit.value, s.unit)})` : '';
    return `${s.reason}${limit}`;
}
function noteText(w) {
    return `${w.message}${w.hint ? ` ${w.hint}` : ''}`;
}
/** What the comparison could not resolve, as sentences: notes about the suite as a whole. */
function resolutionNotes(v) {
    // A global shift is analyze's warning (rendered with the other warnings), never said twice.
    const out = [];
    const unresolved = v.series.filter((s) => s.resolvable !== undefined && Number.isFinite(s.resolvable) && s.resolvable > v.settings.warnThreshold);
    // analyze may already have said it as a warning; one note is enough.
    const said = [...v.warnings, ...v.series.flatMap((s) => s.warnings)].some((w) => w.kind === 'unresolvable');
    if (unresolved.length && !said) {
        const worstRes = unresolved.reduce((m, s) => Math.max(m, s.resolvable), -Infinity);
        out.push(`${format_plural(unresolved.length, 'series', 'series')} could not resolve a change as small as the warn threshold (${percent(v.settings.warnThreshold)}); the least sensitive only changes above ${percent(worstRes)}. More samples (or same-job mode) make smaller changes visible.`);
    }
    return out;
}
function collectNotes(v) {
    const index = new Map();
    const list = [];
    const add = (text) => {
        let n = index.get(text);
        if (n === undefined) {
            list.push(text);
            n = list.length;
            index.set(text, n);
        }
        return n;
    };
    for (const w of v.warnings)
        add(noteText(w));
    for (const t of resolutionNotes(v))
        add(t);
    const bySeries = new Map();
    for (const s of v.series) {
        if (!s.warnings.length)
            continue;
        bySeries.set(s, [...new Set(s.warnings.map((w) => add(noteText(w))))]);
    }
    return { list, marks: (s) => bySeries.get(s) ?? [] };
}
// ─── footer ──────────────────────────────────────────────────────────────────────────────────────────
function range(values) {
    if (!values.length)
        return undefined;
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of values) {
        if (x < lo)
            lo = x;
        if (x > hi)
            hi = x;
    }
    return lo === hi ? thousands(lo) : `${thousands(lo)}–${thousands(hi)}`;
}
function runnerText(r) {
    if (!r)
        return undefined;
    return [`${r.os}/${r.arch}`, r.cpu, r.cores ? format_plural(r.cores, 'core') : undefined]
        .filter((x) => Boolean(x))
        .map(cell)
        .join(', ');
}
function modeText(v, base) {
    const of = base ? ` of ${code(base, { table: false })}` : '';
    switch (v.mode) {
        case 'ab':
            return abModeText(v);
        case 'same-job':
            return 'same-job: the base commit, benchmarked in this job';
        case 'history':
            return `history: ${format_plural(v.baselineRuns, 'run')}${of}`;
        case 'threshold':
            return `threshold only: ${format_plural(v.baselineRuns, 'run')}${of}, too little data for statistics`;
        case 'none':
            return 'no baseline yet';
    }
}
function footer(r, ctx, kind) {
    const v = r.verdict;
    const parts = [`mode ${modeText(v, ctx.baseBranch)}`];
    if (v.baselineCommit) {
        const short = v.baselineCommit.replace(/[^0-9A-Za-z]/g, '').slice(0, 7);
        const safe = /^[0-9a-f]{7,64}$/i.test(v.baselineCommit);
        parts.push(`baseline ${ctx.commitUrl && safe ? `[\`${short}\`](${ctx.commitUrl(v.baselineCommit)})` : `\`${short || '?'}\``}`);
    }
    const cur = range(v.series.flatMap((s) => (s.n ? [s.n.current] : [])));
    const base = range(v.series.flatMap((s) => (s.n ? [s.n.baseline] : [])));
    if (cur)
        parts.push(`samples ${cur} per series${base ? ` (baseline ${base})` : ''}`);
    parts.push(`${formatLevel(v.settings.confidence)} confidence, ${thousands(v.settings.resamples)} resamples, FDR ${percent(v.settings.fdrQ)}`);
    parts.push(`warn ≥ ${percent(v.settings.warnThreshold)}, fail ≥ ${percent(v.settings.failThreshold)}`);
    const runner = runnerText(r.runner);
    if (runner)
        parts.push(`runner ${runner}`);
    if (kind === 'comment' && ctx.runUrl)
        parts.push(`[full report](${ctx.runUrl})`);
    const charts = dashboardLinks(v, ctx.dashboardUrl);
    if (charts)
        parts.push(charts);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** Rows, grouped but not yet drawn: a row's line is drawn on first use (most are left out of huge suites). */
function prepare(reports) {
    const rows = [];
    const notes = reports.map((r) => collectNotes(r.verdict));
    const trends = reports.map((r) => trendIndex(r.history));
    reports.forEach((r, si) => {
        for (const s of r.verdict.series)
            rows.push({ id: rows.length, suite: si, group: groupOf(s), s });
    });
    return { reports, rows, notes, trends, footers: new Map() };
}
/** One row's table line, drawn once. */
function render_lineOf(p, row) {
    if (row.line !== undefined)
        return row.line;
    const { s, suite: si, group } = row;
    const marks = p.notes[si].marks(s).filter((n) => n <= MAX_NOTES);
    const why = `${prose(reasonText(s))}${marks.length ? ` ${marks.map(superscript).join(' ')}` : ''}`;
    const name = `${code(s.name)} · ${cell(s.metric)}`;
    // Non-breaking spaces keep "+2.1% … +8.4%" and "p < 0.001" whole; a line break separates them.
    // A row whose sentence is about the fail bound shows that bound at its level, not the interval.
    const range = s.bound && Number.isFinite(s.bound.change)
        ? `≥ ${change(s.bound.change)} at ${formatLevel(s.bound.confidence)}`
        : s.ci
            ? interval(s.ci)
            : '';
    const stats = [range, s.p !== undefined ? formatPValue(s.p) : '']
        .filter((x) => x && x !== '—')
        .map((x) => x.replace(/ /g, '\u00a0'))
        .join('<br>');
    const delta = `**${change(s.change)}**${stats ? `<br><sub>${stats}</sub>` : ''}`;
    let cells;
    if (group === 'regression') {
        const trend = sparkline(p.trends[si](s, s.current).map((x) => x.value));
        cells = [
            icon(s),
            `${name}<br><sub>${verdictWord(s)}: ${why}</sub>`,
            cell(valuePair(s)),
            delta,
            trend.length >= 2 ? trend : '—',
        ];
    }
    else if (group === 'improvement') {
        cells = [icon(s), `${name}<br><sub>${why}</sub>`, cell(valuePair(s)), delta];
    }
    else {
        cells = [icon(s), name, cell(valuePair(s)), change(s.change), why];
    }
    row.line = tableRow(cells);
    return row.line;
}
function otherSummary(c, shown, total) {
    const parts = [];
    if (c.unchanged)
        parts.push(`${thousands(c.unchanged)} unchanged`);
    if (c.new)
        parts.push(`${thousands(c.new)} without a baseline`);
    if (c.missing)
        parts.push(`${thousands(c.missing)} missing`);
    if (c.ignored)
        parts.push(`${thousands(c.ignored)} ignored`);
    const extra = total - (c.unchanged + c.new + c.missing + c.ignored);
    if (extra > 0)
        parts.push(`${thousands(extra)} other`);
    const hidden = shown < total ? ` (${thousands(shown)} shown)` : '';
    return `${format_plural(total, 'other series', 'other series')}: ${parts.join(', ')}${hidden}`;
}
function leftOutNote(left, kind, ctx, totalRows) {
    const what = [
        left.byGroup.other ? `${thousands(left.byGroup.other)} unchanged or without a verdict` : '',
        left.byGroup.improvement ? format_plural(left.byGroup.improvement, 'improvement') : '',
        left.byGroup.regression ? format_plural(left.byGroup.regression, 'regression') : '',
    ].filter(Boolean);
    const limit = kind === 'comment'
        ? "GitHub's 65,536-character limit for comments"
        : "GitHub's 1 MiB limit for job summaries";
    const where = [];
    if (kind === 'comment')
        where.push(ctx.runUrl ? `the [job summary](${ctx.runUrl})` : 'the job summary');
    where.push(ctx.artifact
        ? `the JSON report (artifact ${code(ctx.artifact, { table: false })}, and the \`report-json\` output)`
        : 'the JSON report (the `report-json` output)');
    return `> [!NOTE]\n> ${thousands(left.total)} of ${thousands(totalRows)} rows are left out to stay within ${limit}: ${what.join(', ')}. Every series is in ${where.join(' and in ')}.`;
}
function renderSuite(p, si, kind, ctx, keep, combined, line) {
    const r = p.reports[si];
    const v = r.verdict;
    const out = [];
    const level = '####';
    if (combined)
        out.push(`### ${VERDICT_ICON[v.verdict]} ${code(v.suite, { table: false })} — ${v.verdict.toUpperCase()}: ${countsText(v.counts)}`, '');
    const rows = p.rows.filter((x) => x.suite === si);
    const shown = (g) => rows.filter((x) => x.group === g && keep(x));
    const conf = v.settings.confidence;
    const regressions = shown('regression');
    if (regressions.length) {
        out.push(`${level} Regressions`, '', tableHead(headerFor('regression', conf), render_HEAD.regression.align));
        for (const x of regressions)
            out.push(line(x));
        out.push('');
    }
    const improvements = shown('improvement');
    if (improvements.length) {
        out.push(`${level} Improvements`, '', tableHead(headerFor('improvement', conf), render_HEAD.improvement.align));
        for (const x of improvements)
            out.push(line(x));
        out.push('');
    }
    if (kind === 'summary' && regressions.length) {
        const charted = regressions
            .slice(0, MAX_CHARTS)
            .map((x) => ({ series: x.s, points: p.trends[si](x.s, x.s.current) }));
        const charts = historyCharts(charted);
        if (charts)
            out.push(`${level} History of the top regressions`, '', charts, '');
    }
    out.push(...abRoundsSection(v, level));
    const others = shown('other');
    const otherTotal = rows.filter((x) => x.group === 'other').length;
    if (others.length) {
        const body = [tableHead(headerFor('other', conf), render_HEAD.other.align), ...others.map(line)].join('\n');
        out.push(details(otherSummary(v.counts, others.length, otherTotal), body, kind === 'summary'), '');
    }
    if (!v.series.length)
        out.push('No benchmark results.', '');
    const notes = p.notes[si].list;
    if (notes.length) {
        out.push(`${level} Notes`, '');
        notes.slice(0, MAX_NOTES).forEach((n, i) => out.push(`${i + 1}. ${prose(n)}`));
        if (notes.length > MAX_NOTES)
            out.push('', `…and ${format_plural(notes.length - MAX_NOTES, 'more note')}, in the JSON report.`);
        out.push('');
    }
    let foot = p.footers.get(si);
    if (foot === undefined) {
        foot = footer(r, ctx, kind);
        p.footers.set(si, foot);
    }
    out.push(foot);
    return out.join('\n');
}
function compose(p, kind, ctx, keep, left, line = (row) => render_lineOf(p, row)) {
    const verdicts = p.reports.map((r) => r.verdict);
    const combined = p.reports.length > 1;
    const key = ctx.key ?? verdicts[0]?.suite ?? 'default';
    const verdict = worstOutcome(verdicts.map((v) => v.verdict));
    const out = [];
    if (kind === 'comment')
        out.push(marker(key));
    out.push(`### ${VERDICT_ICON[verdict]} ${headline(verdicts)}`, '');
    if (left)
        out.push(leftOutNote(left, kind, ctx, p.rows.length), '');
    p.reports.forEach((_, si) => {
        out.push(renderSuite(p, si, kind, ctx, keep, combined, line));
        out.push('');
    });
    return `${out.join('\n').trimEnd()}\n`;
}
// ─── fitting ─────────────────────────────────────────────────────────────────────────────────────────
/** UTF-8 length without allocating the encoded bytes. */
function utf8Length(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
/** Comments are limited in characters (UTF-16 length is never less), summaries in bytes. */
function measure(kind, text) {
    return kind === 'comment' ? text.length : utf8Length(text);
}
const GROUP_DROP = { other: 0, improvement: 1, regression: 2 };
const OTHER_DROP = { ignored: 0, unchanged: 1, missing: 2, new: 3 };
const VERDICT_DROP = { pass: 0, warn: 1, fail: 2 };
const SEVERITY_DROP = { none: 0, minor: 1, moderate: 2, critical: 3 };
function render_size(c) {
    return c === undefined || Number.isNaN(c) ? 0 : Math.abs(c);
}
/** Least important first: the order rows are left out in. */
function dropOrder(a, b) {
    return (GROUP_DROP[a.group] - GROUP_DROP[b.group] ||
        (a.group === 'other' ? (OTHER_DROP[a.s.status] ?? 1) - (OTHER_DROP[b.s.status] ?? 1) : 0) ||
        (a.group === 'regression'
            ? VERDICT_DROP[a.s.verdict] - VERDICT_DROP[b.s.verdict] ||
                SEVERITY_DROP[a.s.severity ?? 'none'] - SEVERITY_DROP[b.s.severity ?? 'none']
            : 0) ||
        render_size(a.s.change) - render_size(b.s.change) ||
        b.id - a.id);
}
function render(reports, kind, ctx) {
    const limit = ctx.limit ?? (kind === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT);
    const p = prepare(reports);
    // Everything but the rows, measured once: each row adds its line and a newline to it.
    const frame = measure(kind, compose(p, kind, ctx, () => true, undefined, () => '')) - p.rows.length;
    const cost = (row) => measure(kind, render_lineOf(p, row)) + 1;
    // Most important first, the reverse of the order rows are left out in. Rows are drawn in this order
    // and only while they could still fit, so a huge suite draws about a limit's worth of rows.
    const order = [...p.rows].sort((a, b) => dropOrder(b, a));
    const room = limit - 2048 - frame;
    let kept = 0;
    let used = 0;
    let fits = true;
    for (const row of order) {
        used += cost(row);
        if (used <= room)
            kept++;
        if (frame + used > limit) {
            fits = false;
            break;
        }
    }
    if (fits) {
        const all = compose(p, kind, ctx, () => true, undefined);
        if (measure(kind, all) <= limit)
            return { text: all, leftOut: 0 };
    }
    // Left out: every row after the first `kept` (the least important), the same rows as leaving rows out
    // until the full document's excess plus room for the note is saved, without drawing them. If the note
    // still does not fit, leave out more, a few rounds at most, since every row's cost is known.
    order.reverse();
    const dropped = new Set();
    let next = 0;
    for (; next < order.length - kept; next++)
        dropped.add(order[next].id);
    let target = 0;
    for (let round = 0; round < 50; round++) {
        let saved = 0;
        while (saved < target && next < order.length) {
            const row = order[next++];
            dropped.add(row.id);
            saved += cost(row);
        }
        const left = { total: dropped.size, byGroup: { regression: 0, improvement: 0, other: 0 } };
        for (const id of dropped)
            left.byGroup[p.rows[id].group]++;
        const doc = compose(p, kind, ctx, (row) => !dropped.has(row.id), left);
        const total = measure(kind, doc);
        if (total <= limit)
            return { text: doc, leftOut: dropped.size };
        if (next >= order.length)
            return { text: hardCut(doc, kind, limit), leftOut: dropped.size };
        target = total - limit + 2048;
    }
    return {
        text: hardCut(compose(p, kind, ctx, () => true, undefined), kind, limit),
        leftOut: p.rows.length,
    };
}
/** Last resort, when even the document without rows is too big (thousands of notes): cut it visibly. */
function hardCut(doc, kind, limit) {
    const note = '\n\n…(cut to fit the size limit; the JSON report has everything)\n';
    let end = Math.max(0, limit - measure(kind, note) - 8);
    let cut = doc.slice(0, end);
    while (measure(kind, cut) > limit - measure(kind, note) && end > 0) {
        end -= 1024;
        cut = doc.slice(0, Math.max(0, end));
    }
    return `${cut}${note}`;
}
const SUITE_ORDER = { fail: 0, warn: 1, pass: 2 };
function normalize(input, ctx) {
    // Several suites: failing ones first, as regressions come first within a suite.
    if (Array.isArray(input))
        return input
            .map((r, i) => ({ r, i }))
            .sort((a, b) => SUITE_ORDER[a.r.verdict.verdict] - SUITE_ORDER[b.r.verdict.verdict] || a.i - b.i)
            .map((x) => x.r);
    if ('verdict' in input && typeof input.verdict === 'object')
        return [{ history: ctx.history, runner: ctx.runner, ...input }];
    return [{ verdict: input, history: ctx.history, runner: ctx.runner }];
}
/** A comment or a summary, and how many rows it had to leave out. */
function renderDocument(input, kind, ctx = {}) {
    return render(normalize(input, ctx), kind, ctx);
}
/** The PR comment: marker first, at most 65,536 characters. */
function renderComment(input, ctx = {}) {
    return render(normalize(input, ctx), 'comment', ctx).text;
}
/** The job summary: the comment's content plus the history chart and every series, at most 1 MiB. */
function renderSummary(input, ctx = {}) {
    return render(normalize(input, ctx), 'summary', ctx).text;
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** JSON has no Infinity or NaN: such numbers become null. */
function json_num(x) {
    return x !== undefined && Number.isFinite(x) ? x : null;
}
function warningsOf(list) {
    return list.map((w) => ({ kind: w.kind, message: w.message, ...(w.hint ? { hint: w.hint } : {}) }));
}
/** Fields are copied one by one, so a field analyze adds later never leaks past the schema unnoticed. */
function renderJson(v) {
    return {
        schemaVersion: 1,
        suite: v.suite,
        verdict: v.verdict,
        mode: v.mode,
        counts: { ...v.counts },
        settings: {
            warnThreshold: v.settings.warnThreshold,
            failThreshold: v.settings.failThreshold,
            confidence: v.settings.confidence,
            resamples: v.settings.resamples,
            fdrQ: v.settings.fdrQ,
            minSamples: v.settings.minSamples,
        },
        ...(v.baselineCommit ? { baselineCommit: v.baselineCommit } : {}),
        baselineRuns: v.baselineRuns,
        ...(v.globalShift && Number.isFinite(v.globalShift.change)
            ? { globalShift: { change: v.globalShift.change } }
            : {}),
        warnings: warningsOf(v.warnings),
        series: v.series.map((s) => {
            const ci = s.ci && s.ci.every(Number.isFinite) ? [s.ci[0], s.ci[1]] : undefined;
            const out = {
                name: s.name,
                metric: s.metric,
                unit: s.unit,
                direction: s.direction,
                status: s.status,
                mode: s.mode,
                baseline: json_num(s.baseline),
                current: json_num(s.current),
                change: json_num(s.change),
                ...(ci ? { ci } : {}),
                ...(s.p !== undefined && Number.isFinite(s.p) ? { p: s.p } : {}),
                ...(s.pAdjusted !== undefined && Number.isFinite(s.pAdjusted) ? { pAdjusted: s.pAdjusted } : {}),
                ...(s.method ? { method: s.method } : {}),
                ...(s.bound && Number.isFinite(s.bound.change)
                    ? { bound: { confidence: s.bound.confidence, change: s.bound.change } }
                    : {}),
                ...(s.segment
                    ? { segment: { runs: s.segment.runs, ...(s.segment.since ? { since: s.segment.since } : {}) } }
                    : {}),
                verdict: s.verdict,
                ...(s.severity ? { severity: s.severity } : {}),
                reason: s.reason,
                ...(s.resolvable !== undefined && Number.isFinite(s.resolvable) ? { resolvable: s.resolvable } : {}),
                ...(s.n ? { n: { baseline: s.n.baseline, current: s.n.current } } : {}),
                ...(s.limit ? { limit: { kind: s.limit.kind, value: s.limit.value } } : {}),
                ...(s.warnings.length ? { warnings: warningsOf(s.warnings) } : {}),
            };
            return out;
        }),
    };
}

;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * The JSON report's schema: the source of truth for schema/report.schema.json (a test keeps the two
 * equal). The CLI's `--json` output and the action's `report-json` file follow it (DESIGN.md §7).
 */
const outcome = { type: 'string', enum: ['pass', 'warn', 'fail'] };
const mode = { type: 'string', enum: ['ab', 'same-job', 'history', 'threshold', 'none'] };
const nullableNumber = { type: ['number', 'null'] };
const warning = {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'message'],
    properties: {
        kind: { type: 'string' },
        message: { type: 'string' },
        hint: { type: 'string' },
    },
};
const count = { type: 'integer', minimum: 0 };
const REPORT_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/report.schema.json',
    title: 'benchgate report',
    description: 'The verdict of one benchmark suite: what the PR comment shows, as data. Changes are relative and signed so that positive is worse (0.1 = 10% worse), whichever way the metric points.',
    type: 'object',
    additionalProperties: false,
    required: [
        'schemaVersion',
        'suite',
        'verdict',
        'mode',
        'counts',
        'settings',
        'baselineRuns',
        'warnings',
        'series',
    ],
    properties: {
        schemaVersion: { const: 1 },
        suite: { type: 'string' },
        verdict: outcome,
        mode,
        counts: {
            type: 'object',
            additionalProperties: false,
            required: [
                'regressions',
                'improvements',
                'unchanged',
                'new',
                'missing',
                'ignored',
                'failed',
                'warned',
                'critical',
            ],
            properties: {
                regressions: count,
                improvements: count,
                unchanged: count,
                new: count,
                missing: count,
                ignored: count,
                failed: count,
                warned: count,
                critical: count,
            },
        },
        settings: {
            type: 'object',
            additionalProperties: false,
            required: ['warnThreshold', 'failThreshold', 'confidence', 'resamples', 'fdrQ', 'minSamples'],
            properties: {
                warnThreshold: { type: 'number' },
                failThreshold: { type: 'number' },
                confidence: { type: 'number' },
                resamples: { type: 'integer' },
                fdrQ: { type: 'number' },
                minSamples: { type: 'integer' },
            },
        },
        baselineCommit: { type: 'string' },
        baselineRuns: count,
        globalShift: {
            type: 'object',
            additionalProperties: false,
            required: ['change'],
            properties: { change: { type: 'number' } },
        },
        warnings: { type: 'array', items: warning },
        series: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: [
                    'name',
                    'metric',
                    'unit',
                    'direction',
                    'status',
                    'mode',
                    'baseline',
                    'current',
                    'change',
                    'verdict',
                    'reason',
                ],
                properties: {
                    name: { type: 'string' },
                    metric: { type: 'string' },
                    unit: { type: 'string' },
                    direction: { type: 'string', enum: ['smaller', 'bigger'] },
                    status: {
                        type: 'string',
                        enum: ['regression', 'improvement', 'unchanged', 'new', 'missing', 'ignored'],
                    },
                    mode,
                    baseline: { ...nullableNumber, description: 'Headline of the baseline, in `unit`.' },
                    current: { ...nullableNumber, description: 'Headline of this run, in `unit`.' },
                    change: {
                        ...nullableNumber,
                        description: 'Relative change of the headline, positive = worse; null when it has none (or from 0).',
                    },
                    ci: {
                        type: 'array',
                        items: { type: 'number' },
                        minItems: 2,
                        maxItems: 2,
                        description: 'Confidence interval of `change`, same orientation.',
                    },
                    p: {
                        type: 'number',
                        minimum: 0,
                        maximum: 1,
                        description: 'One-sided p-value in the direction of the change.',
                    },
                    pAdjusted: {
                        type: 'number',
                        minimum: 0,
                        maximum: 1,
                        description: 'Benjamini–Hochberg adjusted p-value across the suite.',
                    },
                    method: {
                        type: 'string',
                        enum: [
                            'bootstrap',
                            'paired',
                            'history',
                            'history-two-sample',
                            'one-run',
                            'replicates',
                            'exact',
                            'threshold',
                        ],
                    },
                    bound: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['confidence', 'change'],
                        properties: { confidence: { type: 'number' }, change: { type: 'number' } },
                        description: 'The one-sided confidence bound of the change a fail is decided on.',
                    },
                    segment: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['runs'],
                        properties: { runs: count, since: { type: 'string' } },
                        description: 'History mode: base-branch runs since the last change point.',
                    },
                    verdict: outcome,
                    severity: { type: 'string', enum: ['minor', 'moderate', 'critical'] },
                    reason: { type: 'string' },
                    resolvable: {
                        type: 'number',
                        description: 'The smallest relative change this comparison could resolve.',
                    },
                    n: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['baseline', 'current'],
                        properties: { baseline: count, current: count },
                    },
                    limit: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['kind', 'value'],
                        properties: { kind: { type: 'string', enum: ['max', 'min'] }, value: { type: 'number' } },
                    },
                    warnings: { type: 'array', items: warning },
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/report/index.ts




/** The comment's Markdown (what the CLI prints). */
function renderMarkdown(v, ctx = {}) {
    return renderComment(v, ctx);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/fingerprint.ts
/**
 * The fingerprint of the machine the benchmarks ran on (OS, architecture, CPU model, cores): the action
 * and the CLI record it with every run, so history compares like with like.
 */

function runnerFingerprint() {
    const cpus = external_node_os_.cpus();
    return {
        os: external_node_os_.platform(),
        arch: external_node_os_.arch(),
        cpu: cpus[0]?.model?.trim() || undefined,
        cores: cpus.length || undefined,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/history/validate.generated.js
// Generated by scripts/validators.ts (npm run validators) with ajv 8.20.0 from schema.ts.
// Do not edit: edit the schema and regenerate.
/* eslint-disable */

const history_validate_generated_ajvRuntime_ucs2length = ((m) => (typeof m === 'function' ? m : m.default))(ucs2length);

const validateHistoryDocument_ = history_validate_generated_validate10;
const history_validate_generated_schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/benchgate/benchgate/main/schema/history.schema.json","title":"benchgate history: the base-branch runs of one suite, oldest first","type":"object","required":["schemaVersion","suite","runs"],"properties":{"schemaVersion":{"const":1},"suite":{"type":"string","minLength":1,"maxLength":200},"runs":{"type":"array","maxItems":10000,"items":{"type":"object","required":["suite","tool","commit","ref","timestamp","series"],"properties":{"suite":{"type":"string","maxLength":200},"tool":{"type":"string","maxLength":200},"commit":{"type":"string","maxLength":200},"ref":{"type":"string","maxLength":200},"runId":{"type":"string","maxLength":200},"timestamp":{"type":"string","minLength":1,"maxLength":200},"runner":{"type":"object","required":["os","arch"],"properties":{"os":{"enum":["aix","android","cygwin","darwin","freebsd","haiku","linux","netbsd","openbsd","sunos","win32"]},"arch":{"enum":["arm","arm64","ia32","loong64","mips","mipsel","ppc","ppc64","riscv64","s390","s390x","x64"]},"cpu":{"type":"string","maxLength":200,"pattern":"^[ -~\\u00a0-\\u00ff\\u2122]*$"},"cores":{"type":"integer","minimum":1,"maximum":100000}}},"series":{"type":"array","maxItems":100000,"items":{"type":"object","required":["name","metric","unit","direction","value"],"properties":{"name":{"type":"string","minLength":1,"maxLength":2000},"metric":{"type":"string","minLength":1,"maxLength":200},"unit":{"type":"string","maxLength":100},"direction":{"enum":["smaller","bigger"]},"value":{"type":"number"},"samples":{"type":"array","maxItems":1000000,"items":{"type":"number"}},"origin":{"enum":["console"]},"statistic":{"enum":["mean"]},"runs":{"type":"array","maxItems":1000,"items":{"type":"object","required":["value"],"properties":{"value":{"type":"number"},"samples":{"type":"array","maxItems":1000000,"items":{"type":"number"}}}}},"spread":{"type":"object","properties":{"low":{"type":"number"},"high":{"type":"number"},"stddev":{"type":"number"}}},"exact":{"const":true}}}}}}}}};
const history_validate_generated_func2 = history_validate_generated_ajvRuntime_ucs2length;
const history_validate_generated_pattern0 = new RegExp("^[ -~\\u00a0-\\u00ff\\u2122]*$", "u");

function history_validate_generated_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/benchgate/benchgate/main/schema/history.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.suite === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.runs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runs"},message:"must have required property '"+"runs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err3 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.suite !== undefined){
let data1 = data.suite;
if(typeof data1 === "string"){
if(history_validate_generated_func2(data1) > 200){
const err4 = {instancePath:instancePath+"/suite",schemaPath:"#/properties/suite/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(history_validate_generated_func2(data1) < 1){
const err5 = {instancePath:instancePath+"/suite",schemaPath:"#/properties/suite/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/suite",schemaPath:"#/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.runs !== undefined){
let data2 = data.runs;
if(Array.isArray(data2)){
if(data2.length > 10000){
const err7 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.suite === undefined){
const err8 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.tool === undefined){
const err9 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.commit === undefined){
const err10 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.ref === undefined){
const err11 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.timestamp === undefined){
const err12 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.series === undefined){
const err13 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.suite !== undefined){
let data4 = data3.suite;
if(typeof data4 === "string"){
if(history_validate_generated_func2(data4) > 200){
const err14 = {instancePath:instancePath+"/runs/" + i0+"/suite",schemaPath:"#/properties/runs/items/properties/suite/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/runs/" + i0+"/suite",schemaPath:"#/properties/runs/items/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.tool !== undefined){
let data5 = data3.tool;
if(typeof data5 === "string"){
if(history_validate_generated_func2(data5) > 200){
const err16 = {instancePath:instancePath+"/runs/" + i0+"/tool",schemaPath:"#/properties/runs/items/properties/tool/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/runs/" + i0+"/tool",schemaPath:"#/properties/runs/items/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.commit !== undefined){
let data6 = data3.commit;
if(typeof data6 === "string"){
if(history_validate_generated_func2(data6) > 200){
const err18 = {instancePath:instancePath+"/runs/" + i0+"/commit",schemaPath:"#/properties/runs/items/properties/commit/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/runs/" + i0+"/commit",schemaPath:"#/properties/runs/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.ref !== undefined){
let data7 = data3.ref;
if(typeof data7 === "string"){
if(history_validate_generated_func2(data7) > 200){
const err20 = {instancePath:instancePath+"/runs/" + i0+"/ref",schemaPath:"#/properties/runs/items/properties/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/runs/" + i0+"/ref",schemaPath:"#/properties/runs/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.runId !== undefined){
let data8 = data3.runId;
if(typeof data8 === "string"){
if(history_validate_generated_func2(data8) > 200){
const err22 = {instancePath:instancePath+"/runs/" + i0+"/runId",schemaPath:"#/properties/runs/items/properties/runId/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/runs/" + i0+"/runId",schemaPath:"#/properties/runs/items/properties/runId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.timestamp !== undefined){
let data9 = data3.timestamp;
if(typeof data9 === "string"){
if(history_validate_generated_func2(data9) > 200){
const err24 = {instancePath:instancePath+"/runs/" + i0+"/timestamp",schemaPath:"#/properties/runs/items/properties/timestamp/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(history_validate_generated_func2(data9) < 1){
const err25 = {instancePath:instancePath+"/runs/" + i0+"/timestamp",schemaPath:"#/properties/runs/items/properties/timestamp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/runs/" + i0+"/timestamp",schemaPath:"#/properties/runs/items/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data3.runner !== undefined){
let data10 = data3.runner;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.os === undefined){
const err27 = {instancePath:instancePath+"/runs/" + i0+"/runner",schemaPath:"#/properties/runs/items/properties/runner/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.arch === undefined){
const err28 = {instancePath:instancePath+"/runs/" + i0+"/runner",schemaPath:"#/properties/runs/items/properties/runner/required",keyword:"required",params:{missingProperty: "arch"},message:"must have required property '"+"arch"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.os !== undefined){
let data11 = data10.os;
if(!(((((((((((data11 === "aix") || (data11 === "android")) || (data11 === "cygwin")) || (data11 === "darwin")) || (data11 === "freebsd")) || (data11 === "haiku")) || (data11 === "linux")) || (data11 === "netbsd")) || (data11 === "openbsd")) || (data11 === "sunos")) || (data11 === "win32"))){
const err29 = {instancePath:instancePath+"/runs/" + i0+"/runner/os",schemaPath:"#/properties/runs/items/properties/runner/properties/os/enum",keyword:"enum",params:{allowedValues: history_validate_generated_schema11.properties.runs.items.properties.runner.properties.os.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.arch !== undefined){
let data12 = data10.arch;
if(!((((((((((((data12 === "arm") || (data12 === "arm64")) || (data12 === "ia32")) || (data12 === "loong64")) || (data12 === "mips")) || (data12 === "mipsel")) || (data12 === "ppc")) || (data12 === "ppc64")) || (data12 === "riscv64")) || (data12 === "s390")) || (data12 === "s390x")) || (data12 === "x64"))){
const err30 = {instancePath:instancePath+"/runs/" + i0+"/runner/arch",schemaPath:"#/properties/runs/items/properties/runner/properties/arch/enum",keyword:"enum",params:{allowedValues: history_validate_generated_schema11.properties.runs.items.properties.runner.properties.arch.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.cpu !== undefined){
let data13 = data10.cpu;
if(typeof data13 === "string"){
if(history_validate_generated_func2(data13) > 200){
const err31 = {instancePath:instancePath+"/runs/" + i0+"/runner/cpu",schemaPath:"#/properties/runs/items/properties/runner/properties/cpu/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!history_validate_generated_pattern0.test(data13)){
const err32 = {instancePath:instancePath+"/runs/" + i0+"/runner/cpu",schemaPath:"#/properties/runs/items/properties/runner/properties/cpu/pattern",keyword:"pattern",params:{pattern: "^[ -~\\u00a0-\\u00ff\\u2122]*$"},message:"must match pattern \""+"^[ -~\\u00a0-\\u00ff\\u2122]*$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/runs/" + i0+"/runner/cpu",schemaPath:"#/properties/runs/items/properties/runner/properties/cpu/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.cores !== undefined){
let data14 = data10.cores;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err34 = {instancePath:instancePath+"/runs/" + i0+"/runner/cores",schemaPath:"#/properties/runs/items/properties/runner/properties/cores/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100000 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/runs/" + i0+"/runner/cores",schemaPath:"#/properties/runs/items/properties/runner/properties/cores/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/runs/" + i0+"/runner/cores",schemaPath:"#/properties/runs/items/properties/runner/properties/cores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/runs/" + i0+"/runner",schemaPath:"#/properties/runs/items/properties/runner/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data3.series !== undefined){
let data15 = data3.series;
if(Array.isArray(data15)){
if(data15.length > 100000){
const err38 = {instancePath:instancePath+"/runs/" + i0+"/series",schemaPath:"#/properties/runs/items/properties/series/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name === undefined){
const err39 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data16.metric === undefined){
const err40 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.unit === undefined){
const err41 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.direction === undefined){
const err42 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.value === undefined){
const err43 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.name !== undefined){
let data17 = data16.name;
if(typeof data17 === "string"){
if(history_validate_generated_func2(data17) > 2000){
const err44 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/name",schemaPath:"#/properties/runs/items/properties/series/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(history_validate_generated_func2(data17) < 1){
const err45 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/name",schemaPath:"#/properties/runs/items/properties/series/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/name",schemaPath:"#/properties/runs/items/properties/series/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.metric !== undefined){
let data18 = data16.metric;
if(typeof data18 === "string"){
if(history_validate_generated_func2(data18) > 200){
const err47 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/metric",schemaPath:"#/properties/runs/items/properties/series/items/properties/metric/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(history_validate_generated_func2(data18) < 1){
const err48 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/metric",schemaPath:"#/properties/runs/items/properties/series/items/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/metric",schemaPath:"#/properties/runs/items/properties/series/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.unit !== undefined){
let data19 = data16.unit;
if(typeof data19 === "string"){
if(history_validate_generated_func2(data19) > 100){
const err50 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/unit",schemaPath:"#/properties/runs/items/properties/series/items/properties/unit/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/unit",schemaPath:"#/properties/runs/items/properties/series/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.direction !== undefined){
let data20 = data16.direction;
if(!((data20 === "smaller") || (data20 === "bigger"))){
const err52 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/direction",schemaPath:"#/properties/runs/items/properties/series/items/properties/direction/enum",keyword:"enum",params:{allowedValues: history_validate_generated_schema11.properties.runs.items.properties.series.items.properties.direction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.value !== undefined){
let data21 = data16.value;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err53 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/value",schemaPath:"#/properties/runs/items/properties/series/items/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data16.samples !== undefined){
let data22 = data16.samples;
if(Array.isArray(data22)){
if(data22.length > 1000000){
const err54 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/samples/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err55 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/samples/" + i2,schemaPath:"#/properties/runs/items/properties/series/items/properties/samples/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data16.origin !== undefined){
if(!(data16.origin === "console")){
const err57 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/origin",schemaPath:"#/properties/runs/items/properties/series/items/properties/origin/enum",keyword:"enum",params:{allowedValues: history_validate_generated_schema11.properties.runs.items.properties.series.items.properties.origin.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data16.statistic !== undefined){
if(!(data16.statistic === "mean")){
const err58 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/statistic",schemaPath:"#/properties/runs/items/properties/series/items/properties/statistic/enum",keyword:"enum",params:{allowedValues: history_validate_generated_schema11.properties.runs.items.properties.series.items.properties.statistic.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data16.runs !== undefined){
let data26 = data16.runs;
if(Array.isArray(data26)){
if(data26.length > 1000){
const err59 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.value === undefined){
const err60 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3,schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data27.value !== undefined){
let data28 = data27.value;
if(!((typeof data28 == "number") && (isFinite(data28)))){
const err61 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/value",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data27.samples !== undefined){
let data29 = data27.samples;
if(Array.isArray(data29)){
if(data29.length > 1000000){
const err62 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/samples/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(!((typeof data30 == "number") && (isFinite(data30)))){
const err63 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/samples/" + i4,schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/samples/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3,schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data16.spread !== undefined){
let data31 = data16.spread;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.low !== undefined){
let data32 = data31.low;
if(!((typeof data32 == "number") && (isFinite(data32)))){
const err67 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread/low",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data31.high !== undefined){
let data33 = data31.high;
if(!((typeof data33 == "number") && (isFinite(data33)))){
const err68 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread/high",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data31.stddev !== undefined){
let data34 = data31.stddev;
if(!((typeof data34 == "number") && (isFinite(data34)))){
const err69 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread/stddev",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/properties/stddev/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data16.exact !== undefined){
if(true !== data16.exact){
const err71 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/exact",schemaPath:"#/properties/runs/items/properties/series/items/properties/exact/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/runs/" + i0+"/series",schemaPath:"#/properties/runs/items/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
history_validate_generated_validate10.errors = vErrors;
return errors === 0;
}


/** A stored history document, migrated to the current schemaVersion: `false`, with `.errors` set, when it does not match. */
const validateHistoryDocument = validateHistoryDocument_;

;// CONCATENATED MODULE: ./src/history/model.ts
const SCHEMA_VERSION = 1;
/** Raw samples are kept for the newest few runs only; older runs keep their headlines and spreads. */
const RUNS_WITH_SAMPLES = 5;
function emptyHistory(suite) {
    return { schemaVersion: SCHEMA_VERSION, suite, runs: [] };
}
/**
 * Append a run, keep at most `cap` runs (oldest dropped first) and samples for the newest
 * `runsWithSamples` runs. A run for a commit already in the history replaces it (a re-run of the same
 * push must not count twice).
 */
function appendRun(h, run, cap, runsWithSamples = RUNS_WITH_SAMPLES) {
    const runs = h.runs.filter((r) => r.commit !== run.commit || r.commit === '');
    runs.push(run);
    const kept = runs.slice(Math.max(0, runs.length - cap));
    const firstWithSamples = kept.length - runsWithSamples;
    return {
        ...h,
        runs: kept.map((r, i) => i >= firstWithSamples
            ? r
            : { ...r, series: r.series.map(({ samples: _samples, runs: _runs, ...s }) => s) }),
    };
}
/**
 * The runs of `theirs` that `ours` lacks, merged in: what another base-branch run saved while this one
 * was benchmarking (a race that `concurrency:` would have prevented), so that saving this run does not
 * drop that one. Runs are identified by commit; order is by timestamp, oldest first.
 */
function mergeHistories(ours, theirs) {
    const known = new Set(ours.runs.map((r) => r.commit));
    const extra = theirs.runs.filter((r) => !known.has(r.commit));
    if (extra.length === 0)
        return ours;
    const runs = [...ours.runs, ...extra].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    return { ...ours, runs };
}
/** The file that holds a suite's history inside a cache entry or an artifact. */
function historyFileName(suite) {
    return `benchgate-history-${suite}.json`;
}

;// CONCATENATED MODULE: ./src/history/migrate.ts
/**
 * Migrations of stored history documents, one step at a time: MIGRATIONS[n] turns a version-n document
 * into version n+1, so a history written by any earlier benchgate reaches the current version by
 * applying the steps in order. A document from a newer benchgate is never guessed at.
 *
 * Version 0 is the shape a user writes by hand before ever running benchgate, for `store: file`: a bare
 * list of runs (each as `benchgate` results or the CLI's `--baseline` files describe them), oldest first.
 */

const MIGRATIONS = {
    0: (runs, ctx) => {
        const list = runs;
        const named = list.map((r) => r?.suite).find((s) => typeof s === 'string');
        return { schemaVersion: 1, suite: named ?? ctx.suite, runs: list };
    },
};
/** The version of a document: 0 for a bare list, its `schemaVersion` otherwise; undefined when neither. */
function versionOf(doc) {
    if (Array.isArray(doc))
        return 0;
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const v = doc.schemaVersion;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}
function migrate(doc, ctx, table = MIGRATIONS, current = SCHEMA_VERSION) {
    const from = versionOf(doc);
    if (from === undefined)
        return {
            ok: false,
            kind: 'corrupt',
            reason: 'expected a history object with a "schemaVersion" (or a list of runs)',
        };
    if (from > current)
        return {
            ok: false,
            kind: 'newer',
            reason: `written by a newer benchgate (schemaVersion ${from}; this version reads up to ${current})`,
        };
    let out = doc;
    for (let v = from; v < current; v++) {
        const step = table[v];
        if (!step)
            return { ok: false, kind: 'corrupt', reason: `no migration from schemaVersion ${v}` };
        out = step(out, ctx);
    }
    return { ok: true, doc: out, from };
}

;// CONCATENATED MODULE: ./src/history/validate.ts




function where(e) {
    const parts = e.instancePath.split('/').slice(1);
    let out = '';
    for (const p of parts)
        out += /^\d+$/.test(p) ? `[${p}]` : `${out ? '.' : ''}${p.replace(/~1/g, '/').replace(/~0/g, '~')}`;
    return out || '(top level)';
}
function validate_describe(e) {
    if (e.keyword === 'required')
        return `${where(e)}: expected key "${e.params.missingProperty}"`;
    if (e.keyword === 'enum')
        return `${where(e)}: expected one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return `${where(e)}: ${e.message ?? 'invalid'}`;
}
function validateHistory(value, suite) {
    const m = migrate(value, { suite });
    if (!m.ok)
        return m;
    if (!validateHistoryDocument(m.doc)) {
        const errors = validateHistoryDocument.errors ?? [];
        const shown = errors.slice(0, 3).map(validate_describe).join('; ');
        const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
        return { ok: false, kind: 'corrupt', reason: `not a valid history: ${shown}${more}` };
    }
    const history = m.doc;
    if (history.suite !== suite)
        return {
            ok: false,
            kind: 'foreign',
            reason: `it holds the history of suite "${history.suite}", not "${suite}"`,
        };
    return m.from < history.schemaVersion ? { ok: true, history, migratedFrom: m.from } : { ok: true, history };
}
/** A stored history's text → a validated history: every store reads its bytes and hands them here. */
function decodeHistory(text, suite) {
    if (text.length > LIMITS.documentBytes)
        return {
            ok: false,
            kind: 'corrupt',
            reason: `the history is larger than ${LIMITS.documentBytes / 1024 / 1024} MiB, the most benchgate reads`,
        };
    if (text.trim() === '')
        return { ok: false, kind: 'corrupt', reason: 'the history is empty (a truncated write?)' };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { ok: false, kind: 'corrupt', reason: `not valid JSON (${errorText(e)})` };
    }
    return validateHistory(value, suite);
}

;// CONCATENATED MODULE: ./src/history/file.ts
/**
 * The file store: a JSON file at a path, for self-hosted runners, tests, and users who commit their
 * history. Writes go to a temporary file (flushed to disk) renamed into place, so a crash never leaves
 * half a history; an unreadable file is moved aside to `<file>.invalid-<time>`, never overwritten. A
 * file holding another suite's history is left alone: it is someone else's.
 */




class FileStore {
    file;
    now;
    name = 'file';
    constructor(file, now = () => new Date()) {
        this.file = file;
        this.now = now;
    }
    async load(suite) {
        let text;
        try {
            text = external_node_fs_.readFileSync(this.file, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return { kind: 'empty', reason: `no history at ${this.file} yet` };
            return { kind: 'unavailable', reason: `cannot read ${this.file} (${code ?? errorText(e)})` };
        }
        const v = decodeHistory(text, suite);
        if (v.ok)
            return {
                kind: 'found',
                history: v.history,
                source: v.migratedFrom === undefined
                    ? this.file
                    : `${this.file} (migrated from schemaVersion ${v.migratedFrom})`,
            };
        if (v.kind === 'foreign')
            return {
                kind: 'unavailable',
                reason: `${this.file}: ${v.reason}; give each suite its own history-path`,
            };
        return this.keepAside(`${this.file}: ${v.reason}`);
    }
    /** Move an unusable history aside so that the next save cannot overwrite it. */
    keepAside(reason) {
        const stamp = this.now().toISOString().replace(/[:.]/g, '-');
        let aside = `${this.file}.invalid-${stamp}`;
        for (let i = 2; external_node_fs_.existsSync(aside); i++)
            aside = `${this.file}.invalid-${stamp}-${i}`;
        try {
            external_node_fs_.renameSync(this.file, aside);
            return { kind: 'invalid', reason, keptAt: aside };
        }
        catch (e) {
            // It could not be moved (a read-only checkout): then it must not be replaced either.
            return {
                kind: 'unavailable',
                reason: `${reason}; it could not be moved aside (${e.code ?? errorText(e)})`,
            };
        }
    }
    async save(history) {
        const tmp = `${this.file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
        try {
            external_node_fs_.mkdirSync(external_node_path_.dirname(external_node_path_.resolve(this.file)), { recursive: true });
            const fd = external_node_fs_.openSync(tmp, 'wx');
            try {
                external_node_fs_.writeFileSync(fd, `${JSON.stringify(history)}\n`);
                external_node_fs_.fsyncSync(fd);
            }
            finally {
                external_node_fs_.closeSync(fd);
            }
            external_node_fs_.renameSync(tmp, this.file);
            return { kind: 'saved', where: this.file };
        }
        catch (e) {
            try {
                external_node_fs_.rmSync(tmp, { force: true });
            }
            catch {
                // Nothing was created where nothing can be created.
            }
            return {
                kind: 'failed',
                reason: `cannot write ${this.file} (${e.code ?? errorText(e)})`,
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/runs.ts
/**
 * Runs and histories for the CLI: a run read from output files with its commit, ref, time and runner,
 * and the history file read through the file store the action uses (kept aside when unusable).
 */









function git(args, cwd) {
    try {
        return ((0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
            undefined);
    }
    catch {
        return undefined;
    }
}
/** The first of the CI systems' own variables that is set (GitLab, Buildkite, Jenkins, GitHub). */
function fromEnv(env, names) {
    for (const n of names)
        if (env[n]?.trim())
            return env[n].trim();
    return undefined;
}
/** --commit, else the CI's commit variable, else `git rev-parse HEAD`. */
function commitOf(values, io) {
    const commit = str(values, 'commit') ??
        fromEnv(io.env, ['CI_COMMIT_SHA', 'BUILDKITE_COMMIT', 'GIT_COMMIT', 'GITHUB_SHA']) ??
        git(['rev-parse', 'HEAD'], io.cwd);
    if (!commit)
        throw new BenchgateError('--commit', 'expected the commit of the run (not in a git work tree, and no CI variable names it)');
    return commit;
}
/** --ref, else the CI's branch variable, else git's current branch ('' when detached). */
function refOf(values, io) {
    const ref = str(values, 'ref') ??
        fromEnv(io.env, [
            'CI_COMMIT_REF_NAME',
            'BUILDKITE_BRANCH',
            'BRANCH_NAME',
            'GIT_BRANCH',
            'GITHUB_REF_NAME',
        ]) ??
        git(['rev-parse', '--abbrev-ref', 'HEAD'], io.cwd);
    return ref === undefined || ref === 'HEAD' ? '' : ref;
}
/** --timestamp as ISO 8601, else now. */
function timestampOf(values, now) {
    const raw = str(values, 'timestamp');
    if (raw === undefined)
        return now.toISOString();
    const t = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw.trim())
        ? Date.parse(raw)
        : NaN;
    if (!Number.isFinite(t))
        throw new BenchgateError('--timestamp', `expected an ISO 8601 time such as 2026-12-01T10:00:00Z, got ${JSON.stringify(raw)}`);
    return new Date(t).toISOString();
}
/** The run of this machine's outputs, its series in canonical units with the config's overrides. */
function readRun(config, files, meta, io) {
    const r = readOutputs(files, config.format, io.cwd);
    return {
        suite: config.suite,
        tool: r.format,
        ...meta,
        runner: runnerFingerprint(),
        series: applyOverrides(config.analysis, r.series),
    };
}
/**
 * The history in a file, read by the file store. Missing is an empty history; unreadable, or another
 * suite's, is an error (nothing may be written over it); unusable (corrupt, from a newer benchgate) is
 * `keptAside` after the store moved it, and an empty history.
 */
async function loadHistoryFile(file, suite, io) {
    const abs = external_node_path_.resolve(io.cwd, file);
    const store = new FileStore(abs);
    const loaded = await store.load(suite);
    switch (loaded.kind) {
        case 'found':
            return { store, history: loaded.history, found: true };
        case 'empty':
            return { store, history: emptyHistory(suite), found: false };
        case 'invalid':
            return {
                store,
                history: emptyHistory(suite),
                found: false,
                keptAside: { reason: loaded.reason.replace(`${abs}: `, ''), keptAt: loaded.keptAt },
            };
        case 'unavailable':
            throw new BenchgateError(file, `expected a readable history: ${loaded.reason.replace(`${abs}: `, '')}`);
    }
}
/** What to say of an unusable history that was kept aside. */
function keptAsideError(file, k) {
    return new BenchgateError(file, `expected a benchgate history; ${k.reason}${k.keptAt ? ` (kept aside as ${k.keptAt})` : ''}`);
}

;// CONCATENATED MODULE: ./src/cli/metrics.ts
/**
 * The OpenMetrics text file GitLab's merge-request metrics widget reads (`artifacts:reports:metrics`,
 * default `metrics.txt`): one gauge sample per series, the benchmark and metric as labels. GitLab
 * compares each sample with the target branch's, so the base branch writes the same file from
 * `record` and merge requests from `compare`.
 */


/** A label value as OpenMetrics escapes it: backslash, double quote and line feed. */
function metrics_label(v) {
    return v
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r?\n|\r/g, '\\n');
}
function sample(metric, suite, r, value) {
    return `${metric}{suite="${metrics_label(suite)}",benchmark="${metrics_label(r.name)}",metric="${metrics_label(r.metric)}",unit="${metrics_label(r.unit)}"} ${value}`;
}
/** The file's text; series without a finite value are left out. Pure. */
function renderMetrics(suite, rows, counts) {
    const lines = [
        '# TYPE benchgate_value gauge',
        '# HELP benchgate_value The series headline value, in its canonical unit.',
    ];
    for (const r of rows)
        if (r.current !== null && Number.isFinite(r.current))
            lines.push(sample('benchgate_value', suite, r, r.current));
    if (rows.some((r) => r.change !== undefined)) {
        lines.push('# TYPE benchgate_change gauge', '# HELP benchgate_change Relative change from the baseline; positive is worse.');
        for (const r of rows)
            if (r.change !== undefined && r.change !== null && Number.isFinite(r.change))
                lines.push(sample('benchgate_change', suite, r, Number(r.change.toPrecision(4))));
    }
    if (counts) {
        lines.push('# TYPE benchgate_regressions gauge', `benchgate_regressions{suite="${metrics_label(suite)}"} ${counts.regressions}`);
        lines.push('# TYPE benchgate_improvements gauge', `benchgate_improvements{suite="${metrics_label(suite)}"} ${counts.improvements}`);
    }
    lines.push('# EOF');
    return `${lines.join('\n')}\n`;
}
function writeMetrics(file, suite, rows, io, counts) {
    const abs = external_node_path_.resolve(io.cwd, file);
    external_node_fs_.mkdirSync(external_node_path_.dirname(abs), { recursive: true });
    external_node_fs_.writeFileSync(abs, renderMetrics(suite, rows, counts));
}

;// CONCATENATED MODULE: ./src/cli/compare.ts
/**
 * `benchgate compare`: the current output against one earlier output (two-sample, as the action's
 * same-job mode), several (a history, oldest first), or a history file (as the action's history mode:
 * the runs from this kind of runner, through the same analysis). Exit 0 pass/warn, 1 fail.
 */











/** The run of one output file; its commit is the file's name, the order gives its time. */
function runOf(config, file, i, cwd) {
    const r = readOutputs([file], config.format, cwd);
    return {
        suite: config.suite,
        tool: r.format,
        commit: external_node_path_.basename(file),
        ref: '',
        timestamp: new Date(i * 1000).toISOString(),
        series: applyOverrides(config.analysis, r.series),
    };
}
/** The report on stdout, Markdown or JSON, the metrics file when asked; the exit code from the verdict. */
function printVerdict(verdict, values, io) {
    const json = renderJson(verdict);
    if (values.json === true)
        io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    else
        io.stdout.write(`${renderMarkdown(verdict)}\n`);
    const metrics = str(values, 'metrics');
    if (metrics)
        writeMetrics(metrics, verdict.suite, json.series, io, verdict.counts);
    return verdict.verdict === 'fail' ? 1 : 0;
}
/** --history: this machine's run against the file's runs from the same kind of runner. */
async function againstHistory(config, file, currentFile, values, io) {
    const current = readRun(config, [currentFile], { commit: external_node_path_.basename(currentFile), ref: '', timestamp: new Date().toISOString() }, io);
    const loaded = await loadHistoryFile(file, config.suite, io);
    if (loaded.keptAside)
        throw keptAsideError(file, loaded.keptAside);
    const same = loaded.found
        ? sameRunner(loaded.history, runnerFingerprint(), config.analysis.minSamples)
        : undefined;
    if (same && same.dropped > 0)
        io.stderr.write(`benchgate: comparing with the ${same.history.runs.length} run(s) from this kind of runner (${same.dropped} from other hardware left out)\n`);
    const history = same?.history;
    const verdict = analyze(analyzeInput(config, current, { history }, `${config.suite}:${history?.runs.at(-1)?.commit ?? ''}:${current.commit}`));
    if (same?.warning)
        verdict.warnings.push(same.warning);
    return verdict;
}
const compare = {
    name: 'compare',
    usage: `benchgate compare (--baseline FILE [--baseline FILE ...] | --history FILE) --current FILE [options]
  Compare the current output with one earlier output (two samples), several (a history, oldest
  first), or a history file kept by record. Prints the report; exit 0 pass or warn, 1 fail, 2 error.
  --baseline FILE         an earlier output; repeat for a history, oldest first
  --history FILE          a history file written by benchgate record (or the action's file store)
  --current FILE          the output to judge
  --json                  print the JSON report instead of Markdown
  --metrics FILE          also write an OpenMetrics text file (GitLab's metrics.txt)
${CONFIG_USAGE}`,
    options: {
        baseline: { type: 'string', multiple: true },
        history: { type: 'string' },
        current: { type: 'string' },
        json: { type: 'boolean' },
        metrics: { type: 'string' },
        ...CONFIG_OPTIONS,
    },
    async run(values, positionals, io) {
        if (positionals.length > 0)
            throw new BenchgateError('compare', `unexpected argument ${JSON.stringify(positionals[0])}; give files with --baseline or --history, and --current`);
        const baselines = strs(values, 'baseline');
        const historyFile = str(values, 'history');
        if (baselines.length === 0 && historyFile === undefined)
            throw new BenchgateError('compare', 'expected --baseline FILE (one or more) or --history FILE');
        if (baselines.length > 0 && historyFile !== undefined)
            throw new BenchgateError('compare', 'expected --baseline or --history, not both');
        const currentFile = required(values, 'current', 'compare', 'FILE');
        const config = cliConfig(values, io, [currentFile]);
        if (historyFile !== undefined)
            return printVerdict(await againstHistory(config, historyFile, currentFile, values, io), values, io);
        const current = runOf(config, currentFile, baselines.length, io.cwd);
        const baseRuns = baselines.map((f, i) => runOf(config, f, i, io.cwd));
        const history = baseRuns.length > 1 ? { schemaVersion: 1, suite: config.suite, runs: baseRuns } : undefined;
        const verdict = analyze(analyzeInput(config, current, { baselineRun: baseRuns.length === 1 ? baseRuns[0] : undefined, history }, `${config.suite}:${baselines.join(',')}:${currentFile}`));
        return printVerdict(verdict, values, io);
    },
};

;// CONCATENATED MODULE: ./src/history/fit.ts


/** The bytes a store writes for the document (`JSON.stringify` and a newline). */
function bytesOf(value) {
    return Buffer.byteLength(JSON.stringify(value));
}
function withoutSamples(r) {
    return { ...r, series: r.series.map(({ samples: _samples, runs: _runs, ...s }) => s) };
}
/**
 * `next` as it may be saved, under LIMITS.documentBytes: first the samples of older runs go (oldest
 * first; the newest run keeps its own), then the oldest runs. The newest run is never dropped: when
 * it alone does not fit, or breaks another cap (series per run, name length, …), nothing may be
 * saved and the reason says which.
 */
function storable(next, suite, maxBytes = LIMITS.documentBytes) {
    const newest = next.runs[next.runs.length - 1];
    if (newest && newest.series.length > LIMITS.seriesPerRun) {
        return {
            ok: false,
            reason: `the run has ${newest.series.length.toLocaleString('en-US')} series, more than the ` +
                `${LIMITS.seriesPerRun.toLocaleString('en-US')} a stored run may hold`,
        };
    }
    const runs = next.runs.slice();
    const sizes = runs.map(bytesOf);
    // the document without its runs, the runs' commas and the newline
    let total = bytesOf({ ...next, runs: [] }) + Math.max(0, runs.length - 1) + 1;
    for (const s of sizes)
        total += s;
    let trimmedSamples = 0;
    for (let i = 0; total > maxBytes && i < runs.length - 1; i++) {
        if (!runs[i].series.some((s) => s.samples !== undefined || s.runs !== undefined))
            continue;
        runs[i] = withoutSamples(runs[i]);
        const size = bytesOf(runs[i]);
        total -= sizes[i] - size;
        sizes[i] = size;
        trimmedSamples++;
    }
    let droppedRuns = 0;
    while (total > maxBytes && droppedRuns < runs.length - 1)
        total -= sizes[droppedRuns++] + 1;
    const history = trimmedSamples === 0 && droppedRuns === 0 ? next : { ...next, runs: runs.slice(droppedRuns) };
    if (total > maxBytes) {
        return {
            ok: false,
            reason: `the run alone is ${(total / 1024 / 1024).toFixed(0)} MiB as a history, more than the ${maxBytes / 1024 / 1024} MiB a store may hold`,
        };
    }
    const loaded = decodeHistory(`${JSON.stringify(history)}\n`, suite);
    if (!loaded.ok)
        return { ok: false, reason: `it would not load again (${loaded.reason})` };
    return { ok: true, history, trimmedSamples, droppedRuns };
}

;// CONCATENATED MODULE: ./src/cli/record.ts
/**
 * `benchgate record --history FILE OUTPUT...`: append this run to a history file, as the action's
 * file store does on a base-branch push: validated, capped at --history-size runs, written to a
 * temporary file and renamed, and an unusable file kept aside rather than written over.
 */






const record = {
    name: 'record',
    usage: `benchgate record --history FILE OUTPUT... [options]
  Append a run of OUTPUT files (globs allowed) to the history FILE (created when missing), keeping the
  newest --history-size runs. Run it on the main branch; compare branches with compare --history.
  --history FILE          the history file (JSON, as the action's file store writes it)
  --commit SHA            the run's commit (default: $CI_COMMIT_SHA, $BUILDKITE_COMMIT, $GIT_COMMIT,
                          $GITHUB_SHA, or git rev-parse HEAD)
  --ref REF               the run's branch (default: the CI's branch variable, or git's branch)
  --timestamp ISO         the run's time (default: now)
  --history-size N        the most runs kept, oldest dropped first (default: 100)
  --metrics FILE          also write the run's values as an OpenMetrics text file (GitLab's metrics.txt)
${CONFIG_USAGE}`,
    options: {
        history: { type: 'string' },
        commit: { type: 'string' },
        ref: { type: 'string' },
        timestamp: { type: 'string' },
        'history-size': { type: 'string' },
        metrics: { type: 'string' },
        ...CONFIG_OPTIONS,
    },
    async run(values, positionals, io) {
        const file = required(values, 'history', 'record', 'FILE');
        if (positionals.length === 0)
            throw new BenchgateError('record', 'expected at least one OUTPUT file after the flags');
        const config = cliConfig(values, io, positionals, { 'history-size': str(values, 'history-size') ?? '' });
        const run = readRun(config, positionals, { commit: commitOf(values, io), ref: refOf(values, io), timestamp: timestampOf(values, new Date()) }, io);
        const { store, history, keptAside } = await loadHistoryFile(file, config.suite, io);
        if (keptAside)
            io.stderr.write(`${keptAsideError(file, keptAside).line}; starting a new history\n`);
        // What is written must load again: the same validation every store applies on load.
        const fit = storable(appendRun(history, run, config.historySize), config.suite);
        if (!fit.ok)
            throw new BenchgateError(file, `expected a run the history can hold; ${fit.reason}`);
        if (fit.trimmedSamples > 0 || fit.droppedRuns > 0)
            io.stderr.write(`benchgate: ${file}: trimmed to stay under the history's size cap: ${fit.trimmedSamples} older run(s) ` +
                `lost their samples, the ${fit.droppedRuns} oldest run(s) were dropped\n`);
        const next = fit.history;
        const saved = await store.save(next);
        if (saved.kind !== 'saved')
            throw new BenchgateError(file, `expected to write the history: ${saved.reason}`);
        if (str(values, 'metrics'))
            writeMetrics(str(values, 'metrics'), config.suite, run.series.map((s) => ({ ...s, current: s.value })), io);
        io.stdout.write(`benchgate: recorded ${run.series.length} series of ${run.commit} in ${file} (${next.runs.length} run(s))\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/stats/floor.ts

/** Rounds up to this many are enumerated (2ⁿ relabellings); more are sampled. */
const EXACT_ROUNDS = 11;
/**
 * Relabellings drawn beyond EXACT_ROUNDS: the smallest p is 1 / (FLIPS + 1), doubled by the Bonferroni
 * step in A/B mode (5 · 10⁻⁴), so Benjamini–Hochberg at 5% can still flag a lone change in 100 series.
 */
const FLIPS = 4000;
/** Bisection steps for a bound: the bracket shrinks 2²⁴-fold, far below a round's spread. */
const STEPS = 24;
/** Two floors this close (oriented log) are the same floor: T* and T are sums of the same numbers. */
const TIE = 1e-10;
/**
 * `base[r]`, `head[r]`: round r's per-run floors as oriented logs (larger is worse; for a
 * bigger-is-better metric the caller negates). Same length, finite.
 */
function pooledFloor(base, head, seed) {
    const n = Math.min(base.length, head.length);
    const exact = n <= EXACT_ROUNDS;
    const count = exact ? 2 ** n : FLIPS;
    // Per relabelling, the smallest base and head value in each group: under a shift δ of the head, a
    // group's floor is min(its base floor, its head floor − δ), so every δ costs O(count), not O(count·n).
    const aBase = new Float64Array(count).fill(Infinity);
    const aHead = new Float64Array(count).fill(Infinity);
    const bBase = new Float64Array(count).fill(Infinity);
    const bHead = new Float64Array(count).fill(Infinity);
    const rng = exact ? undefined : new Rng(`floor:${seed}`);
    for (let k = 0; k < count; k++) {
        // A relabelling's coin flips: the bits of k when enumerating, else 32 seeded bits per word.
        let bits = k;
        for (let r = 0; r < n; r++) {
            if (rng && (r & 31) === 0)
                bits = rng.nextU32();
            // Swapped: the round's base run is labelled head (group A) and its head run base (group B).
            const swapped = ((bits >>> (r & 31)) & 1) === 1;
            if (swapped) {
                if (base[r] < aBase[k])
                    aBase[k] = base[r];
                if (head[r] < bHead[k])
                    bHead[k] = head[r];
            }
            else {
                if (head[r] < aHead[k])
                    aHead[k] = head[r];
                if (base[r] < bBase[k])
                    bBase[k] = base[r];
            }
        }
    }
    const minOf = (v) => {
        let m = Infinity;
        for (let r = 0; r < n; r++)
            if (v[r] < m)
                m = v[r];
        return m;
    };
    const baseFloor = minOf(base);
    const headFloor = minOf(head);
    const observed = headFloor - baseFloor;
    /** One-sided p-values of the head shifted by δ (δ = 0: the test itself). */
    const tails = (delta) => {
        const t = observed - delta;
        let worse = 0;
        let better = 0;
        for (let k = 0; k < count; k++) {
            const s = Math.min(aBase[k], aHead[k] - delta) - Math.min(bBase[k], bHead[k] - delta);
            if (s >= t - TIE)
                worse++;
            if (s <= t + TIE)
                better++;
        }
        return exact
            ? { worse: worse / count, better: better / count }
            : { worse: (worse + 1) / (count + 1), better: (better + 1) / (count + 1) };
    };
    const minP = exact ? 1 / count : 1 / (count + 1);
    const at0 = tails(0);
    // Every floor within the bracket's reach: shifting by more than the whole range changes no order.
    let span = TIE;
    for (let r = 0; r < n; r++)
        span = Math.max(span, Math.abs(head[r] - baseFloor), Math.abs(base[r] - headFloor));
    /**
     * The lower bound at tail α: the smallest δ the shifted test does not reject as "worse" at α. Its
     * p-value grows with δ (a larger δ leaves less of a change to explain).
     */
    const bound = (alpha, side) => {
        if (alpha < minP)
            return side === 'lower' ? -Infinity : Infinity;
        const p = (delta) => (side === 'lower' ? tails(delta).worse : tails(delta).better);
        // [rejected, kept]: far below the estimate the change is surely "worse"; at the estimate it is not.
        let rejected = side === 'lower' ? observed - 2 * span : observed + 2 * span;
        let kept = observed;
        if (p(kept) <= alpha)
            return observed;
        if (p(rejected) > alpha)
            return side === 'lower' ? -Infinity : Infinity;
        for (let i = 0; i < STEPS; i++) {
            const mid = (rejected + kept) / 2;
            if (p(mid) > alpha)
                kept = mid;
            else
                rejected = mid;
        }
        return kept;
    };
    const memo = new Map();
    return {
        n,
        estimate: observed,
        pWorse: at0.worse,
        pBetter: at0.better,
        minP,
        interval: (levels) => levels.map((l) => {
            let v = memo.get(l);
            if (v === undefined) {
                v = l <= 0.5 ? bound(l, 'lower') : bound(1 - l, 'upper');
                memo.set(l, v);
            }
            return v;
        }),
    };
}

;// CONCATENATED MODULE: ./src/analyze/paired.ts







/** Fewer paired rounds than this are reported, not tested (too few to trim, or to estimate a spread). */
const MIN_ROUNDS = 5;
/**
 * The floor's share of the level when both statistics are tested (the median gets the rest): the floor
 * is the sharper one on shared runners (docs/ab-mode.md), the median's share is for changes only it sees.
 */
const FLOOR_SHARE = 0.8;
/** Runs with fewer within-run samples than this are compared on their medians only (a floor of 3 is luck). */
const FLOOR_SAMPLES = 5;
const TESTS = {
    trimmed: (s) => pairedTrimmed(s.d),
    'signed-rank': (s) => pairedSignedRank(s.d),
    t: (s) => pairedT(s.d),
    sign: (s) => pairedSign(s.d),
    pooled: (s, direction, seed) => pooledFloor(oriented(s.base, direction), oriented(s.head, direction), seed),
};
function oriented(values, direction) {
    const d = sign(direction);
    return values.map((v) => d * Math.log(v));
}
const DEFAULT_TESTS = { median: 'trimmed', floor: 'pooled' };
function paired_headline(s) {
    return select_median(valuesOf(s));
}
function floorOf(values, direction) {
    const d = sign(direction);
    let best = values[0];
    for (const v of values)
        if (d * v < d * best)
            best = v;
    return best;
}
function push(side, b, h, direction) {
    side.base.push(b);
    side.head.push(h);
    side.d.push(orientedLogChange(b, h, direction));
}
function paired_allEqual(v) {
    return v.every((x) => x === v[0]);
}
function evidenceFor(p, direction, rule, tests, seed) {
    const m = p.median;
    const baseline = select_median(m.base);
    const current = select_median(m.head);
    const n = { baseline: m.d.length, current: m.d.length };
    const positive = [...m.base, ...m.head, ...p.floor.base, ...p.floor.head].every((x) => x > 0 && Number.isFinite(x));
    const exact = rule.deterministic ||
        p.first.exact === true ||
        (m.d.length > 1 && paired_allEqual(m.base) && paired_allEqual(m.head) && p.baseExact && p.headExact);
    if (exact || !positive || m.d.length < MIN_ROUNDS) {
        const est = orientedLogChange(baseline, current, direction);
        const evidence = {
            mode: 'ab',
            method: exact ? 'exact' : 'threshold',
            baseline,
            current,
            estimate: est,
            n,
            ...(exact
                ? {}
                : {
                    shortOf: positive
                        ? { what: 'samples', have: m.d.length, need: MIN_ROUNDS }
                        : { what: 'positive', have: 0, need: 0 },
                }),
        };
        return { evidence, d: m.d, floor: false };
    }
    // Without enough samples for a floor, the median is tested (by its default test if none is chosen).
    const candidates = [];
    const medianTest = tests.median ?? (p.floorable ? undefined : DEFAULT_TESTS.median);
    if (medianTest)
        candidates.push({ side: m, floor: false, test: medianTest });
    if (tests.floor && p.floorable)
        candidates.push({ side: p.floor, floor: true, test: tests.floor });
    // Weighted Bonferroni over the statistics tested: each p divided by its share of the level, each bound
    // at that share of its tail, and the series decided on the smaller weighted p.
    const share = (c) => candidates.length === 1 ? 1 : c.floor ? FLOOR_SHARE : 1 - FLOOR_SHARE;
    const tested = candidates.map((c) => {
        const t = TESTS[c.test](c.side, direction, seed);
        const w = share(c);
        return { ...c, t, w, p: Math.min(t.pWorse, t.pBetter) / w };
    });
    const best = tested.reduce((a, b) => (b.p < a.p ? b : a));
    const t = best.t;
    const w = best.w;
    const tail = (l) => (l < 0.5 ? l * w : 1 - (1 - l) * w);
    const evidence = {
        mode: 'ab',
        method: 'paired',
        // The floor's headline is each side's best run; the median's, the median round.
        baseline: best.floor ? floorOf(best.side.base, direction) : select_median(best.side.base),
        current: best.floor ? floorOf(best.side.head, direction) : select_median(best.side.head),
        estimate: t.estimate,
        n,
        pWorse: Math.min(1, t.pWorse / w),
        pBetter: Math.min(1, t.pBetter / w),
        minP: Math.min(1, t.minP / w),
        interval: w === 1 ? t.interval : (levels) => t.interval(levels.map(tail)),
    };
    return { evidence, d: best.side.d, floor: best.floor };
}
/** The paired rounds → verdicts, with the existing decision rules (decide.ts). */
function analyzePaired(input) {
    const warnings = [];
    const pairs = new Map();
    const onlyBase = new Map();
    const onlyHead = new Map();
    let complete = 0;
    for (const round of input.rounds) {
        if (!round.base || !round.head)
            continue;
        complete++;
        const base = new Map();
        for (const s of round.base)
            base.set(model_seriesId(s), s);
        const seen = new Set();
        for (const h of round.head) {
            const id = model_seriesId(h);
            seen.add(id);
            const b = base.get(id);
            if (!b) {
                if (!pairs.has(id))
                    onlyHead.set(id, h);
                continue;
            }
            let p = pairs.get(id);
            if (!p) {
                p = {
                    first: h,
                    median: { base: [], head: [], d: [] },
                    floor: { base: [], head: [], d: [] },
                    floorable: true,
                    baseExact: true,
                    headExact: true,
                };
                pairs.set(id, p);
            }
            const bs = valuesOf(b);
            const hs = valuesOf(h);
            const direction = input.ruleFor(h).direction ?? h.direction;
            push(p.median, select_median(bs), select_median(hs), direction);
            push(p.floor, floorOf(bs, direction), floorOf(hs, direction), direction);
            p.floorable &&= bs.length >= FLOOR_SAMPLES && hs.length >= FLOOR_SAMPLES;
            p.baseExact &&= paired_allEqual(bs);
            p.headExact &&= paired_allEqual(hs);
        }
        for (const [id, b] of base)
            if (!seen.has(id) && !pairs.has(id))
                onlyBase.set(id, b);
    }
    for (const id of pairs.keys()) {
        onlyBase.delete(id);
        onlyHead.delete(id);
    }
    if (complete === 0)
        warnings.push({
            kind: 'baseline-unavailable',
            message: 'No round produced output on both sides: nothing was compared.',
        });
    const current = {
        suite: input.suite,
        tool: 'ab',
        commit: input.headCommit ?? 'head',
        ref: '',
        timestamp: new Date(0).toISOString(),
        series: [...pairs.values()].map((p) => p.first),
    };
    const analyzeIn = {
        suite: input.suite,
        current,
        ruleFor: input.ruleFor,
        settings: input.settings,
        seed: input.seed,
        severity: input.severity,
    };
    const items = [];
    const verdicts = [];
    const roundsOf = new Map();
    const onFloor = new Set();
    for (const [id, p] of pairs) {
        const rule = input.ruleFor(p.first);
        const direction = rule.direction ?? p.first.direction;
        if (rule.ignore) {
            verdicts.push(shellOf(p.first, direction, 'ignored', 'ignored by the configuration', select_median(p.median.head)));
            continue;
        }
        const si = { current: p.first, id, rule, direction, history: [] };
        const judged = evidenceFor(p, direction, rule, input.tests ?? DEFAULT_TESTS, `${input.seed}:${id}`);
        const item = { input: si, evidence: judged.evidence };
        items.push(item);
        roundsOf.set(item, judged.d.map(Math.expm1));
        if (judged.floor)
            onFloor.add(item);
    }
    const decided = decideAll(items, analyzeIn);
    decided.forEach((v, i) => {
        const item = items[i];
        v.rounds = roundsOf.get(item);
        const missingRounds = complete - (v.rounds?.length ?? 0);
        if (missingRounds > 0)
            v.warnings.push({
                kind: 'too-few-samples',
                message: `Some series were missing from the output of some rounds: they are compared on the rounds that have them.`,
            });
        if (onFloor.has(item))
            v.reason = `${v.reason.replace(/\.$/, '')}; decided on each side’s fastest sample over all rounds, steadier here than the medians.`;
        const limit = v.current === undefined ? undefined : checkLimits(v.current, item.input.rule, v.unit);
        if (limit)
            Object.assign(v, limit, { reason: `${limit.reason}; ${v.reason}` });
        verdicts.push(v);
    });
    for (const h of onlyHead.values()) {
        const rule = input.ruleFor(h);
        const v = shellOf(h, rule.direction ?? h.direction, 'new', 'only in the head commit’s output: a new benchmark, nothing to compare with', paired_headline(h));
        const limit = checkLimits(v.current, rule, h.unit);
        verdicts.push(limit ? { ...v, ...limit } : v);
    }
    for (const b of onlyBase.values()) {
        const v = shellOf(b, b.direction, 'missing', 'only in the base commit’s output: removed or renamed in the head commit', undefined);
        v.baseline = paired_headline(b);
        verdicts.push(v);
    }
    const sorted = sortVerdicts(verdicts);
    return {
        suite: input.suite,
        verdict: suiteOutcome(sorted),
        mode: 'ab',
        counts: countVerdicts(sorted),
        series: sorted,
        warnings,
        settings: input.settings,
        baselineCommit: input.baseCommit,
        baselineRuns: complete,
    };
}
function shellOf(s, direction, status, reason, current) {
    return {
        name: s.name,
        metric: s.metric,
        unit: s.unit,
        direction,
        status,
        verdict: 'pass',
        mode: 'none',
        ...(current !== undefined ? { current } : {}),
        reason,
        warnings: [],
    };
}
/** A first look's unadjusted one-sided p below which a worse-looking series is re-decided on all rounds. */
const CANDIDATE_P = 0.2;
/**
 * Does the first look leave this series open: it would warn or fail, or it looks worse by the warn
 * threshold with an unadjusted p ≤ CANDIDATE_P (one outlying round can hide a real change at 10 rounds).
 * Opening more series costs rounds, never false flags: a flag still needs the final test on all rounds.
 */
function isCandidate(s, warnThreshold) {
    if (s.verdict !== 'pass')
        return true;
    return (s.method === 'paired' &&
        s.change !== undefined &&
        s.change >= warnThreshold &&
        s.p !== undefined &&
        s.p <= CANDIDATE_P);
}
/** Would this look warn or fail somewhere, or leave a series open (so the engine runs confirmation rounds)? */
function needsConfirmation(v) {
    return v.series.some((s) => isCandidate(s, v.settings.warnThreshold));
}
/**
 * The confirmed verdict: every series takes the verdict of the final look on all rounds (more rounds
 * are more evidence for every series, not only the flagged ones); the reason says what the extra rounds
 * changed. See the module comment for why this does not raise false flags.
 */
function mergeLooks(first, final, extraRounds) {
    const flagged = new Set(first.series.filter((s) => isCandidate(s, first.settings.warnThreshold)).map(model_seriesId));
    const firstById = new Map(first.series.map((s) => [model_seriesId(s), s]));
    const extra = plural(extraRounds, 'more round');
    const series = final.series.map((s) => {
        const id = model_seriesId(s);
        const before = firstById.get(id);
        const was = before?.verdict ?? 'pass';
        if (s.verdict === 'pass')
            return was === 'pass'
                ? flagged.has(id)
                    ? { ...s, reason: `re-decided with ${extra}: ${s.reason}` }
                    : s
                : {
                    ...s,
                    reason: `not confirmed: the first look would ${was}, ${extra} did not hold it up; ${s.reason}`,
                };
        if (was === 'pass')
            return { ...s, reason: `found with ${extra}: ${s.reason}` };
        return { ...s, reason: `confirmed with ${extra}: ${s.reason}` };
    });
    // Series only in the first look (a side stopped producing them) keep their first verdict.
    const inFinal = new Set(final.series.map(model_seriesId));
    for (const s of first.series)
        if (!inFinal.has(model_seriesId(s)))
            series.push(s);
    const sorted = sortVerdicts(series);
    return {
        ...final,
        verdict: suiteOutcome(sorted),
        counts: countVerdicts(sorted),
        series: sorted,
        warnings: dedupe([...first.warnings, ...final.warnings]),
    };
}
function dedupe(list) {
    const seen = new Set();
    return list.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}

;// CONCATENATED MODULE: ./src/ab/env.ts
/**
 * The environment A/B commands run with: the job's environment minus every credential benchgate can see.
 *
 * Removed (docs/ab-mode.md lists the same rule):
 * - every name matching /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|_KEY$|_AUTH$/i
 *   (GITHUB_TOKEN, GH_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, AWS_SECRET_ACCESS_KEY, …);
 * - every ACTIONS_* variable (ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL, ACTIONS_RUNTIME_URL,
 *   ACTIONS_ID_TOKEN_REQUEST_URL: they address services the runtime token opens);
 * - every INPUT_* variable (the action's own inputs, `github-token` among them);
 * - the runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH,
 *   GITHUB_STEP_SUMMARY), so benchmark code cannot set the action's outputs or later steps' environment;
 * - any variable whose value equals a removed credential's value (a token copied under another name).
 */
const CREDENTIAL_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|_KEY$|_AUTH$/i;
const RUNNER_FILES = new Set([
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
]);
function isCredentialName(name) {
    return (CREDENTIAL_NAME.test(name) ||
        /^ACTIONS_/i.test(name) ||
        /^INPUT_/i.test(name) ||
        RUNNER_FILES.has(name.toUpperCase()));
}
/** A copy of `env` without credentials; `removed` names what was taken out (names only, never values). */
function scrubEnv(env) {
    const out = {};
    const removed = [];
    const secretValues = new Set();
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (isCredentialName(k)) {
            removed.push(k);
            if (v.length >= 8 && CREDENTIAL_NAME.test(k))
                secretValues.add(v);
        }
        else
            out[k] = v;
    }
    for (const [k, v] of Object.entries(out))
        if (secretValues.has(v)) {
            delete out[k];
            removed.push(k);
        }
    return { env: out, removed: removed.sort() };
}

;// CONCATENATED MODULE: ./src/ab/git.ts
/** The git operations of A/B mode, each `git` with an argument array (no shell). */



function git_git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ code, stdout: stdout.toString(), stderr: stderr.toString() });
        });
    });
}
/** A ref a user may name: no option-like or whitespace-bearing strings reach git. */
function checkRef(ref, where) {
    if (!/^[A-Za-z0-9._/@{}~^+-]+$/.test(ref) || ref.startsWith('-') || ref.length > 255)
        throw new BenchgateError(where, `expected a commit SHA or ref name, got "${ref.slice(0, 80)}"`);
    return ref;
}
async function revParse(cwd, ref) {
    const r = await git_git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    const sha = r.stdout.trim();
    return r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
async function isShallow(cwd) {
    const r = await git_git(cwd, ['rev-parse', '--is-shallow-repository']);
    return r.stdout.trim() === 'true';
}
/**
 * The base commit as a SHA, fetched (one commit, depth 1) when the checkout lacks it. `note` says so.
 */
async function resolveBase(cwd, ref) {
    checkRef(ref, 'ab-base');
    const local = await revParse(cwd, ref);
    if (local)
        return { sha: local };
    const shallow = await isShallow(cwd);
    const f = await git_git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
    const fetched = f.code === 0 ? await revParse(cwd, 'FETCH_HEAD') : undefined;
    if (!fetched)
        throw new BenchgateError('ab-base', `expected a commit this checkout has or can fetch from origin, "${ref}" is neither (git fetch: ${f.stderr.trim().split('\n').pop() ?? ''})`);
    return {
        sha: fetched,
        note: `fetched the base commit with \`git fetch --depth=1 origin ${ref}\` (the checkout ${shallow ? 'is shallow' : 'did not have it'})`,
    };
}
async function addWorktree(cwd, dir, sha) {
    const r = await git_git(cwd, ['worktree', 'add', '--detach', dir, sha]);
    if (r.code !== 0)
        throw new BenchgateError('ab-base', `expected to check the base commit out in ${dir}, git worktree add said: ${r.stderr.trim()}`);
}
/** Remove the worktree and its folder; synchronous, so signal handlers can use it too. Never throws. */
function removeWorktreeSync(cwd, dir) {
    (0,external_node_child_process_.spawnSync)('git', ['worktree', 'remove', '--force', '--force', dir], { cwd, stdio: 'ignore' });
    (0,external_node_child_process_.spawnSync)('git', ['worktree', 'prune'], { cwd, stdio: 'ignore' });
}

;// CONCATENATED MODULE: ./src/ab/process.ts
/**
 * One command run: `bash -e -o pipefail -c CMD` as a fresh process (arguments as an array, so nothing is
 * interpolated into a shell string but the user's own command), in its own process group so that a
 * cancellation can stop everything it started.
 */

/** Output beyond this is dropped from memory (the head of stdout is kept for parsing, the tail of stderr). */
const MAX_STDOUT = 64 * 1024 * 1024;
const MAX_STDERR = 256 * 1024;
/** The children running now, so a signal handler can stop them. */
const running = new Set();
function killAll(signal = 'SIGTERM') {
    for (const child of running) {
        try {
            if (child.pid)
                process.kill(-child.pid, signal);
        }
        catch {
            // Already gone.
        }
    }
}
function runCommand(command, cwd, env, now = Date.now) {
    const start = now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('bash', ['-e', '-o', 'pipefail', '-c', command], {
            cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        running.add(child);
        const out = [];
        let outBytes = 0;
        let err = '';
        child.stdout.on('data', (d) => {
            if (outBytes < MAX_STDOUT)
                out.push(d);
            outBytes += d.length;
        });
        child.stderr.on('data', (d) => {
            err += d.toString();
            if (err.length > 2 * MAX_STDERR)
                err = err.slice(-MAX_STDERR);
        });
        child.on('error', (e) => {
            running.delete(child);
            reject(e);
        });
        child.on('close', (code, signal) => {
            running.delete(child);
            resolve({
                code,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: err.slice(-MAX_STDERR),
                ms: now() - start,
            });
        });
    });
}
/**
 * The last `n` lines of a command's stderr, safe for one log line and for Markdown prose: control
 * characters removed, workflow-command prefixes (`::`) broken, each line cut at 300 characters.
 */
function stderrTail(stderr, n = 5) {
    const lines = stderr
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u009b]/g, '')
        .replace(/::/g, ': :')
        .trimEnd())
        .filter((l) => l.trim() !== '');
    const tail = lines.slice(-n).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
    return tail.length ? tail.join(' ⏎ ') : '(no output on stderr)';
}

;// CONCATENATED MODULE: ./src/ab/engine.ts
/**
 * A/B mode's engine (DESIGN.md §3 mode 0): benchgate runs base and head itself, interleaved, on one runner.
 *
 *   resolve the base commit (fetch it when the checkout lacks it) → a detached `git worktree` of it in a
 *   temp folder → build head, then base (once each) → rounds of one base and one head run, the order in
 *   each round randomized and balanced (seeded, recorded) → judge the first look → if it would warn or
 *   fail, confirmation rounds and a final judgement on all rounds → remove the worktree (also on error
 *   and on SIGINT/SIGTERM).
 *
 * Every run is a fresh `bash -e -o pipefail -c CMD` process with the credential-free environment of
 * env.ts. The base tree is a separate folder outside the head tree, each side's output is read from its
 * own tree, and an output file is deleted before each run, so a stale file is never read twice. A broken
 * base never makes a fail (its rounds are dropped, with a note); a broken head is an error.
 */











/** `n` sides, half base-first (the odd one decided by the seed), shuffled by Fisher–Yates. */
function balancedOrder(n, seed) {
    const rng = new Rng(seed);
    const extra = rng.next() < 0.5 ? 'base' : 'head';
    const out = [];
    for (let i = 0; i < n; i++)
        out.push(i < n >> 1 ? 'base' : i < 2 * (n >> 1) ? 'head' : extra);
    for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
/** An output path must stay inside its tree: a relative path without `..` segments. */
function checkOutputPath(p) {
    if (external_node_path_.isAbsolute(p) || p.split(/[\\/]/).includes('..'))
        throw new BenchgateError('output-file', `expected a path relative to the work tree without "..", got "${p}"`);
}
class SideFailure extends Error {
    side;
    constructor(side, message) {
        super(message);
        this.side = side;
    }
}
async function runAb(o) {
    const now = o.now ?? Date.now;
    const start = now();
    if (o.outputFile)
        checkOutputPath(o.outputFile);
    const headDir = external_node_path_.resolve(o.headDir);
    const top = await git_git(headDir, ['rev-parse', '--show-toplevel']);
    if (top.code !== 0)
        throw new BenchgateError(headDir, 'expected a git work tree at the head commit (run from inside the repository)');
    const headSha = await revParse(headDir, 'HEAD');
    if (!headSha)
        throw new BenchgateError(headDir, 'expected a checked-out head commit');
    const base = await resolveBase(headDir, o.base);
    if (base.note)
        o.log(`benchgate: ${base.note}`);
    const root = o.tmpRoot ?? o.env.RUNNER_TEMP ?? external_node_os_.tmpdir();
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(root, 'benchgate-ab-'));
    const baseDir = external_node_path_.join(tmp, 'base');
    const rel = external_node_path_.relative(headDir, baseDir);
    if (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel)) {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
        throw new BenchgateError(root, 'expected a temp folder outside the head work tree');
    }
    let cleaned = false;
    const cleanup = () => {
        if (cleaned)
            return;
        cleaned = true;
        removeWorktreeSync(headDir, baseDir);
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    };
    const onSignal = (signal) => {
        killAll('SIGKILL');
        cleanup();
        o.log(`benchgate: ${signal}: stopped, the base worktree was removed`);
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        process.kill(process.pid, signal);
    };
    if (o.handleSignals !== false) {
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
    try {
        await addWorktree(headDir, baseDir, base.sha);
        const { env, removed } = scrubEnv(o.env);
        if (removed.length)
            o.log(`benchgate: running the commands without ${removed.length} credential variable(s): ${removed.join(', ')}`);
        const dirs = { base: baseDir, head: headDir };
        const ms = { base: 0, head: 0 };
        const warnings = [];
        let baseBroken;
        const exec = async (side, command) => {
            const r = await runCommand(command, dirs[side], env, now);
            ms[side] += r.ms;
            return r;
        };
        // Builds: head first (a broken head is an error, reported before any time is spent on rounds).
        if (o.build) {
            for (const side of ['head', 'base']) {
                o.log(`benchgate: building ${side} (${side === 'base' ? base.sha.slice(0, 12) : headSha.slice(0, 12)})`);
                const r = await exec(side, o.build);
                if (r.code !== 0) {
                    const what = `the build command exited with ${r.signal ?? r.code} in the ${side} tree; its stderr ends: ${stderrTail(r.stderr)}`;
                    if (side === 'head')
                        throw new BenchgateError('build', `expected the head commit to build, ${what}`);
                    baseBroken = `The base commit ${base.sha.slice(0, 12)} does not build, so nothing was compared (${what}).`;
                }
            }
        }
        const runOnce = async (side) => {
            const dir = dirs[side];
            if (o.outputFile)
                external_node_fs_.rmSync(external_node_path_.join(dir, o.outputFile), { force: true, recursive: true });
            const r = await exec(side, o.run);
            if (r.code !== 0)
                throw new SideFailure(side, `the benchmark command exited with ${r.signal ?? r.code} in the ${side} tree; its stderr ends: ${stderrTail(r.stderr)}`);
            try {
                if (o.outputFile) {
                    if (!external_node_fs_.existsSync(external_node_path_.join(dir, o.outputFile)) && !/[*?[\]{}]/.test(o.outputFile))
                        throw new SideFailure(side, `the benchmark command did not write ${o.outputFile} in the ${side} tree`);
                    return readOutputs([o.outputFile], o.format, dir).series;
                }
                return detect_parseText(r.stdout, `stdout of the ${side} run`, o.format).series;
            }
            catch (e) {
                if (e instanceof SideFailure)
                    throw e;
                throw new SideFailure(side, `its output could not be read: ${errorMessage(e).replace(/^benchgate: /, '')}`);
            }
        };
        const rounds = [];
        let roundMs = 0;
        let stoppedByBudget = false;
        let baseFailures = 0;
        const order = [];
        const seed = o.seed ?? `${base.sha}:${headSha}`;
        const runRounds = async (n, look) => {
            const sides = balancedOrder(n, `${seed}:${look}`);
            let done = 0;
            for (const first of sides) {
                const elapsed = now() - start;
                const estimate = rounds.length ? roundMs / rounds.length : 0;
                if (rounds.length > 0 && elapsed + estimate > o.timeBudgetMs) {
                    stoppedByBudget = true;
                    break;
                }
                const t0 = now();
                const round = { first };
                for (const side of first === 'base' ? ['base', 'head'] : ['head', 'base']) {
                    try {
                        round[side] = await runOnce(side);
                    }
                    catch (e) {
                        if (!(e instanceof SideFailure))
                            throw e;
                        if (side === 'head')
                            throw new BenchgateError('run', `expected the benchmark to run on the head commit, in round ${rounds.length + 1} ${e.message}`);
                        baseFailures++;
                        warnings.push({
                            kind: 'baseline-unavailable',
                            message: `Round ${rounds.length + 1}: ${e.message}; the round was left out.`,
                            hint: 'A base that fails never makes a fail; fix the base or choose another `ab-base`.',
                        });
                    }
                }
                rounds.push(round);
                order.push(first);
                roundMs += now() - t0;
                done++;
                o.log(`benchgate: round ${rounds.length} (${first} first) done in ${((now() - t0) / 1000).toFixed(1)} s`);
            }
            return done;
        };
        const ids = { base: base.sha, head: headSha };
        let verdict;
        let confirmRounds = 0;
        if (baseBroken) {
            verdict = o.judge([], ids);
            verdict.warnings = [
                {
                    kind: 'baseline-unavailable',
                    message: baseBroken,
                    hint: 'A base that does not build never makes a fail.',
                },
            ];
        }
        else {
            await runRounds(o.rounds, 'first');
            const first = o.judge(rounds, ids);
            verdict = first;
            if (o.confirmRounds > 0 && needsConfirmation(first)) {
                if (stoppedByBudget) {
                    first.warnings.push(budgetWarning('so the flagged series were decided without confirmation rounds'));
                }
                else {
                    o.log(`benchgate: the first look would ${first.verdict} or left a worse-looking series open; running ${o.confirmRounds} confirmation rounds`);
                    confirmRounds = await runRounds(o.confirmRounds, 'confirm');
                    verdict = confirmRounds > 0 ? mergeLooks(first, o.judge(rounds, ids), confirmRounds) : first;
                    if (confirmRounds === 0)
                        verdict.warnings.push(budgetWarning('so the flagged series were decided without confirmation rounds'));
                }
            }
            if (stoppedByBudget && !verdict.warnings.some((w) => w.message.startsWith('The time budget')))
                verdict.warnings.push(budgetWarning(`after ${rounds.length} rounds; the verdict is decided on what was collected`));
            if (baseFailures === rounds.length && rounds.length > 0) {
                verdict.warnings = verdict.warnings.filter((w) => w.kind !== 'baseline-unavailable');
                warnings.unshift({
                    kind: 'baseline-unavailable',
                    message: `The benchmark failed on the base commit ${base.sha.slice(0, 12)} in every round, so nothing was compared.`,
                    hint: 'A base that fails never makes a fail.',
                });
            }
            verdict.warnings.push(...warnings);
        }
        if (base.note)
            verdict.warnings.push({ kind: 'config', message: `A/B: ${base.note}.` });
        const details = {
            rounds: rounds.length,
            confirmRounds,
            order,
            seed,
            baseCommit: base.sha,
            headCommit: headSha,
            ms: { ...ms },
            ...(stoppedByBudget ? { stoppedByBudget } : {}),
            ...(base.note ? { note: base.note } : {}),
        };
        verdict.ab = details;
        verdict.baselineCommit = base.sha;
        return { verdict, details, rounds };
        function budgetWarning(what) {
            return {
                kind: 'limit',
                message: `The time budget (${Math.round(o.timeBudgetMs / 1000)} s) stopped new rounds ${what}.`,
                hint: 'Raise `ab-time-budget`, or make one run of the benchmark command shorter.',
            };
        }
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        cleanup();
    }
}

;// CONCATENATED MODULE: ./src/ab/index.ts








/** Rounds → verdict with the config's thresholds, rules and overrides. */
function judgeWith(config) {
    return (rounds, ids) => {
        const fixed = rounds.map((r) => ({
            first: r.first,
            ...(r.base ? { base: applyOverrides(config.analysis, r.base) } : {}),
            ...(r.head ? { head: applyOverrides(config.analysis, r.head) } : {}),
        }));
        const union = new Map();
        for (const r of fixed)
            for (const s of r.head ?? [])
                if (!union.has(model_seriesId(s)))
                    union.set(model_seriesId(s), s);
        const current = {
            suite: config.suite,
            tool: 'ab',
            commit: ids.head,
            ref: '',
            timestamp: new Date(0).toISOString(),
            series: [...union.values()],
        };
        const seed = `${config.suite}:${ids.base}:${ids.head}`;
        const a = analyzeInput(config, current, {}, seed);
        return analyzePaired({
            suite: config.suite,
            rounds: fixed,
            ruleFor: a.ruleFor,
            settings: a.settings,
            severity: a.severity,
            seed,
            baseCommit: ids.base,
            headCommit: ids.head,
        });
    };
}
async function runAbSuite(config, ab, o) {
    return runAb({
        headDir: o.headDir,
        base: ab.base,
        run: ab.run,
        build: ab.build,
        outputFile: ab.outputFile,
        format: config.format,
        rounds: ab.rounds,
        confirmRounds: ab.confirm ? AB_DEFAULTS.confirmRounds : 0,
        timeBudgetMs: ab.timeBudgetMs,
        env: o.env,
        log: o.log,
        judge: judgeWith(config),
        tmpRoot: o.tmpRoot,
    });
}
/** The head side's rounds as one run for the history: each round's headline is one sample. */
function headRun(result, base) {
    const byId = new Map();
    for (const r of result.rounds) {
        if (!r.head)
            continue;
        for (const s of r.head) {
            const id = seriesId(s);
            const e = byId.get(id) ?? { s, values: [] };
            e.values.push(s.value);
            byId.set(id, e);
        }
    }
    const series = [...byId.values()].map(({ s, values }) => {
        const sorted = [...values].sort((a, b) => a - b);
        const m = sorted.length >> 1;
        const value = sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
        const { spread: _spread, ...rest } = s;
        return { ...rest, value, ...(values.length > 1 ? { samples: values } : {}) };
    });
    return { ...base, series };
}

;// CONCATENATED MODULE: ./src/cli/ab.ts
/**
 * `benchgate ab`: A/B mode from inside a git work tree at the head commit — the action's engine
 * (src/ab/): a detached worktree of the base, both trees built, interleaved rounds, confirmation.
 * Progress goes to stderr, the report to stdout; exit 0 pass or warn, 1 fail, 2 error.
 */





const ab = {
    name: 'ab',
    usage: `benchgate ab --base REF --run CMD [--build CMD] [--output FILE] [--rounds N] [options]
  Benchmark the base commit and this work tree in interleaved rounds on this machine, and judge the
  paired rounds. Run from inside the git work tree at the head commit. The commands run with
  \`bash -e -o pipefail -c\` in each tree, without credentials in their environment.
  --base REF              the base commit or ref (fetched with depth 1 when missing)
  --run CMD               the benchmark command; its output is its stdout unless --output is given
  --build CMD             run once in each tree before any round
  --output FILE           the output file the command writes, relative to each tree
  --rounds N              rounds of one base and one head run (default 10)
  --time-budget DURATION  start no round after this much wall time, e.g. 10m (default 15m)
  --no-confirm            decide on the first rounds, without confirmation rounds
  --json                  print the JSON report instead of Markdown
${CONFIG_USAGE}`,
    options: {
        base: { type: 'string' },
        run: { type: 'string' },
        build: { type: 'string' },
        output: { type: 'string' },
        rounds: { type: 'string' },
        'time-budget': { type: 'string' },
        'no-confirm': { type: 'boolean' },
        json: { type: 'boolean' },
        ...CONFIG_OPTIONS,
    },
    async run(values, positionals, io) {
        if (positionals.length > 0)
            throw new BenchgateError('ab', `unexpected argument ${JSON.stringify(positionals[0])}`);
        const base = required(values, 'base', 'ab', 'REF');
        const run = required(values, 'run', 'ab', 'CMD');
        const output = str(values, 'output');
        const config = cliConfig(values, io, output ? [output] : [], {
            [INPUTS.run]: run,
            [INPUTS.build]: str(values, 'build') ?? '',
            [INPUTS.abBase]: base,
            [INPUTS.abRounds]: str(values, 'rounds') ?? '',
            [INPUTS.abTimeBudget]: str(values, 'time-budget') ?? '',
            [INPUTS.abConfirm]: values['no-confirm'] === true ? 'false' : '',
        });
        const result = await runAbSuite(config, { ...config.ab, base, outputFile: output }, { headDir: io.cwd, env: io.env, log: (m) => io.stderr.write(`${m}\n`) });
        return printVerdict(result.verdict, values, io);
    },
};

;// CONCATENATED MODULE: ./src/dashboard/assets.generated.ts
// Generated by scripts/dashboard-assets.ts (npm run dashboard:assets) from src/dashboard/site/ and
// node_modules/uplot 1.6.32. Do not edit: edit the sources and regenerate.
const UPLOT_VERSION = '1.6.32';
/** The site's static files by name; index.html holds the data placeholder. */
const ASSETS = {
    'LICENSES.txt': 'The benchgate dashboard bundles this third-party software:\n\nuPlot 1.6.32 (https://github.com/leeoniya/uPlot), MIT license:\n\nThe MIT License (MIT)\n\nCopyright (c) 2022 Leon Sorokin\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n',
    'app.js': "/* global document, window, performance, requestAnimationFrame, IntersectionObserver, uPlot */\n/**\n * The benchgate dashboard's page script: reads the data embedded in index.html, lists a card per series\n * and draws each card's chart (uPlot) or table when it scrolls into view. Every string from the history\n * reaches the page through textContent, element attributes set one by one, or canvas text: never as\n * markup. No request leaves the page: everything it needs is in the site's folder.\n */\n(() => {\n  'use strict';\n\n  const PAGE = 50;\n  const HEIGHT = 200;\n  const COLORS = {\n    line: '#0969da',\n    point: '#0969da',\n    mean: '#cf222e',\n    shade: 'rgba(9, 105, 218, 0.06)',\n    change: 'rgba(207, 34, 46, 0.55)',\n    runner: 'rgba(130, 80, 223, 0.8)',\n    grid: 'rgba(31, 35, 40, 0.08)',\n    axis: '#59636e',\n  };\n\n  performance.mark('benchgate:start');\n  const data = JSON.parse(document.getElementById('benchgate-data').textContent);\n  performance.mark('benchgate:data');\n  const $ = (id) => document.getElementById(id);\n\n  /** An element with text content and attributes; never HTML. */\n  function el(tag, attrs, ...children) {\n    const e = document.createElement(tag);\n    for (const [k, v] of Object.entries(attrs || {})) {\n      if (v === undefined || v === null || v === false) continue;\n      if (k === 'class') e.className = v;\n      else e.setAttribute(k, v === true ? '' : String(v));\n    }\n    for (const c of children) {\n      if (c === undefined || c === null || c === false) continue;\n      e.append(typeof c === 'string' ? document.createTextNode(c) : c);\n    }\n    return e;\n  }\n\n  // ─── numbers, dates, commits ─────────────────────────────────────────────────────────────────────\n\n  /** 1234567.5 → \"1,234,567.5\": the stored digits, grouped. */\n  function num(v) {\n    if (v === null || v === undefined) return '—';\n    const [int, frac] = String(v).split('.');\n    const grouped = int.replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',');\n    return frac === undefined ? grouped : `${grouped}.${frac}`;\n  }\n  function least(list) {\n    let m = Infinity;\n    for (const x of list) if (x < m) m = x;\n    return m;\n  }\n  function most(list) {\n    let m = -Infinity;\n    for (const x of list) if (x > m) m = x;\n    return m;\n  }\n  function withUnit(v, unit) {\n    return unit ? `${num(v)} ${unit}` : num(v);\n  }\n  function pct(a, b) {\n    if (!a) return '';\n    const p = ((b - a) / Math.abs(a)) * 100;\n    const sign = p > 0 ? '+' : p < 0 ? '−' : '±';\n    const abs = Math.abs(p);\n    return `${sign}${abs >= 100 ? abs.toFixed(0) : abs >= 10 ? abs.toFixed(1) : abs.toFixed(2)}%`;\n  }\n  function date(t) {\n    return t ? new Date(t * 1000).toISOString().slice(0, 10) : '—';\n  }\n  function dateTime(t) {\n    return t ? `${new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'unknown time';\n  }\n  /** An x-axis label: the day, or the hour when the runs span less than two days. */\n  function tick(runs, i) {\n    const t = runs.t[i];\n    if (!t) return `#${i + 1}`;\n    const known = runs.t.filter((x) => x > 0);\n    const span = known.length ? known[known.length - 1] - known[0] : 0;\n    const iso = new Date(t * 1000).toISOString();\n    return span < 2 * 86400 ? iso.slice(11, 16) : iso.slice(5, 10);\n  }\n  const HEX = /^[0-9a-f]{7,64}$/i;\n  function shortCommit(sha) {\n    const s = String(sha).replace(/[^0-9A-Za-z]/g, '');\n    return s.slice(0, 7) || '?';\n  }\n  const repo = typeof data.repo === 'string' && /^https?:\\/\\//.test(data.repo) ? data.repo : null;\n  /** A link to the commit when the repository is known and the commit is a hash; plain text otherwise. */\n  function commitNode(sha) {\n    const text = el('code', {}, shortCommit(sha));\n    if (!repo || !HEX.test(sha)) return text;\n    return el('a', { href: `${repo}/commit/${sha}`, title: sha, rel: 'noreferrer' }, text);\n  }\n\n  // ─── the series ──────────────────────────────────────────────────────────────────────────────────\n\n  const items = [];\n  for (const suite of data.suites) {\n    for (const s of suite.series) {\n      items.push({ suite, s, key: `${s.n}\\u0000${s.m}\\u0000${suite.name}`.toLowerCase(), card: null });\n    }\n  }\n  const byId = new Map(items.map((it) => [it.s.id, it]));\n\n  /** Segment means between change points, for every run index a segment spans. */\n  function segments(s) {\n    const bounds = [0, ...s.cp, s.v.length];\n    const out = [];\n    for (let k = 0; k + 1 < bounds.length; k++) {\n      let sum = 0;\n      let n = 0;\n      let first = -1;\n      let last = -1;\n      for (let i = bounds[k]; i < bounds[k + 1]; i++) {\n        if (s.v[i] === null) continue;\n        sum += s.v[i];\n        n++;\n        if (first < 0) first = i;\n        last = i;\n      }\n      if (n) out.push({ from: first, to: last, start: bounds[k], mean: Number((sum / n).toPrecision(4)) });\n    }\n    return out;\n  }\n\n  function describe(it) {\n    const { s, suite } = it;\n    const present = s.v.filter((x) => x !== null);\n    const segs = segments(s);\n    const parts = [\n      `${present.length} runs of ${s.n}, ${s.m}`,\n      present.length ? `latest ${withUnit(present[present.length - 1], s.u)}` : '',\n      present.length ? `range ${withUnit(least(present), s.u)} to ${withUnit(most(present), s.u)}` : '',\n      segs.length > 1\n        ? `${segs.length - 1} change point${segs.length > 2 ? 's' : ''}: ${segs\n            .slice(1)\n            .map(\n              (g, i) =>\n                `${withUnit(segs[i].mean, s.u)} to ${withUnit(g.mean, s.u)} at ${shortCommit(data.commits[suite.runs.c[g.start]])}`,\n            )\n            .join('; ')}`\n        : 'no change point',\n    ];\n    return parts.filter(Boolean).join('; ');\n  }\n\n  // ─── filters ─────────────────────────────────────────────────────────────────────────────────────\n\n  const state = { q: '', metric: '', suite: '', changed: false, log: false, view: 'charts', shown: PAGE };\n\n  function fillSelect(select, values) {\n    for (const v of values) select.append(el('option', { value: v }, v));\n  }\n  fillSelect($('metric'), [...new Set(items.map((it) => it.s.m))].sort());\n  fillSelect($('suite'), [...new Set(items.map((it) => it.suite.name))].sort());\n  if (data.suites.length < 2) $('suite-field').hidden = true;\n\n  function matches(it) {\n    if (state.metric && it.s.m !== state.metric) return false;\n    if (state.suite && it.suite.name !== state.suite) return false;\n    if (state.changed && it.s.cp.length === 0) return false;\n    if (!state.q) return true;\n    return state.q\n      .toLowerCase()\n      .split(/\\s+/)\n      .filter(Boolean)\n      .every((w) => it.key.includes(w));\n  }\n\n  // ─── charts ──────────────────────────────────────────────────────────────────────────────────────\n\n  function chartOptions(it, width, log) {\n    const { s, suite } = it;\n    const runs = suite.runs;\n    const segs = segments(s);\n    const tip = el('div', { class: 'tip', role: 'presentation', hidden: true });\n    return {\n      tip,\n      opts: {\n        width,\n        height: HEIGHT,\n        legend: { show: false },\n        cursor: { drag: { x: true, y: false, setScale: true }, points: { size: 8 } },\n        scales: { x: { time: false }, y: log ? { distr: 3 } : {} },\n        axes: [\n          {\n            stroke: COLORS.axis,\n            grid: { stroke: COLORS.grid },\n            ticks: { stroke: COLORS.grid },\n            incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],\n            space: 70,\n            values: (u, splits) => splits.map((i) => (Number.isInteger(i) ? tick(runs, i) : '')),\n          },\n          {\n            stroke: COLORS.axis,\n            grid: { stroke: COLORS.grid },\n            ticks: { stroke: COLORS.grid },\n            size: 60,\n            label: s.u || s.m,\n            labelSize: 18,\n            values: (u, splits) => splits.map((v) => (v === null ? '' : num(Number(v.toPrecision(4))))),\n          },\n        ],\n        series: [\n          {},\n          {\n            label: s.n,\n            stroke: COLORS.line,\n            width: 1.5,\n            spanGaps: true,\n            points: { show: true, size: 4, fill: COLORS.point, stroke: COLORS.point },\n          },\n          { label: 'segment mean', stroke: COLORS.mean, width: 2, dash: [6, 3], points: { show: false } },\n        ],\n        hooks: {\n          drawClear: [\n            (u) => {\n              // Alternate segments shaded, so each stretch between change points reads as one.\n              const ctx = u.ctx;\n              ctx.save();\n              ctx.fillStyle = COLORS.shade;\n              segs.forEach((g, k) => {\n                if (k % 2 === 0) return;\n                const end = k + 1 < segs.length ? segs[k + 1].start - 0.5 : s.v.length - 0.5;\n                const x0 = u.valToPos(g.start - 0.5, 'x', true);\n                const x1 = u.valToPos(end, 'x', true);\n                ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);\n              });\n              ctx.restore();\n            },\n          ],\n          draw: [\n            (u) => {\n              const ctx = u.ctx;\n              const line = (i, color, dash, text) => {\n                const x = Math.round(u.valToPos(i - 0.5, 'x', true));\n                if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;\n                ctx.save();\n                ctx.strokeStyle = color;\n                ctx.lineWidth = window.devicePixelRatio || 1;\n                ctx.setLineDash(dash);\n                ctx.beginPath();\n                ctx.moveTo(x, u.bbox.top);\n                ctx.lineTo(x, u.bbox.top + u.bbox.height);\n                ctx.stroke();\n                if (text) {\n                  ctx.fillStyle = color;\n                  ctx.font = `${11 * (window.devicePixelRatio || 1)}px system-ui, sans-serif`;\n                  ctx.fillText(text, x + 4, u.bbox.top + 12 * (window.devicePixelRatio || 1));\n                }\n                ctx.restore();\n              };\n              for (const i of s.cp) line(i, COLORS.change, [], '');\n              for (const i of runs.rc) line(i, COLORS.runner, [2, 3], 'runner changed');\n            },\n          ],\n          setCursor: [\n            (u) => {\n              const i = u.cursor.idx;\n              if (i === null || i === undefined || s.v[i] === null) {\n                tip.hidden = true;\n                return;\n              }\n              const sha = data.commits[runs.c[i]];\n              const runner = runs.r[i] >= 0 ? data.runners[runs.r[i]] : 'runner not recorded';\n              tip.replaceChildren(\n                el('strong', {}, withUnit(s.v[i], s.u)),\n                el('span', {}, `commit ${shortCommit(sha)}`),\n                el('span', {}, dateTime(runs.t[i])),\n                el('span', { class: 'tip-runner' }, runner),\n              );\n              tip.dataset.run = String(i);\n              tip.dataset.commit = String(sha);\n              tip.hidden = false;\n              const left = u.cursor.left;\n              const top = u.valToPos(s.v[i], 'y');\n              const w = u.over.clientWidth;\n              tip.style.left = `${Math.min(Math.max(0, left + 12), Math.max(0, w - 190))}px`;\n              tip.style.top = `${Math.max(0, top - 70)}px`;\n            },\n          ],\n        },\n      },\n      data: [\n        s.v.map((_, i) => i),\n        log ? s.v.map((x) => (x !== null && x > 0 ? x : null)) : s.v,\n        s.v.map((_, i) => {\n          const g = segs.find((x) => i >= x.from && i <= x.to);\n          return g ? g.mean : null;\n        }),\n      ],\n    };\n  }\n\n  function drawChart(it) {\n    const box = it.card.querySelector('.plot');\n    box.replaceChildren();\n    const log = state.log && it.s.v.every((x) => x === null || x > 0);\n    const { opts, data: aligned, tip } = chartOptions(it, Math.max(240, box.clientWidth), log);\n    it.chart = new uPlot(opts, aligned, box);\n    it.chart.over.append(tip);\n    it.chart.over.addEventListener('mouseleave', () => (tip.hidden = true));\n  }\n\n  function drawTable(it) {\n    const { s, suite } = it;\n    const runs = suite.runs;\n    const segs = segments(s);\n    const box = it.card.querySelector('.plot');\n    const body = el('tbody');\n    for (let i = s.v.length - 1; i >= 0; i--) {\n      if (s.v[i] === null) continue;\n      const seg = segs.findIndex((g) => i >= g.from && i <= g.to);\n      body.append(\n        el(\n          'tr',\n          { class: s.cp.includes(i) ? 'cp' : undefined },\n          el('td', { class: 'n' }, String(i + 1)),\n          el('td', {}, dateTime(runs.t[i])),\n          el('td', {}, commitNode(data.commits[runs.c[i]])),\n          el('td', { class: 'n value' }, num(s.v[i])),\n          el('td', { class: 'n' }, seg >= 0 ? `${seg + 1}${s.cp.includes(i) ? ' (change)' : ''}` : ''),\n          el('td', {}, runs.r[i] >= 0 ? data.runners[runs.r[i]] : '—'),\n        ),\n      );\n    }\n    const unit = s.u ? ` (${s.u})` : '';\n    const table = el(\n      'table',\n      {},\n      el('caption', {}, `${s.n} · ${s.m}, suite ${suite.name}: every base-branch run, newest first`),\n      el(\n        'thead',\n        {},\n        el(\n          'tr',\n          {},\n          ...['Run', 'Date', 'Commit', `Value${unit}`, 'Segment', 'Runner'].map((h) =>\n            el('th', { scope: 'col' }, h),\n          ),\n        ),\n      ),\n      body,\n    );\n    box.replaceChildren(\n      el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${s.n} values` }, table),\n    );\n  }\n\n  function draw(it) {\n    if (it.drawn) return;\n    it.drawn = true;\n    if (state.view === 'table') drawTable(it);\n    else drawChart(it);\n  }\n\n  function undraw(it) {\n    if (it.chart) it.chart.destroy();\n    it.chart = null;\n    it.drawn = false;\n  }\n\n  // Draw what scrolls into view (and a screen ahead); nothing else.\n  let firstScreen = false;\n  const observer = new IntersectionObserver(\n    (entries) => {\n      let drew = false;\n      for (const e of entries) {\n        if (!e.isIntersecting) continue;\n        const it = byId.get(e.target.id);\n        if (it && !it.drawn) {\n          draw(it);\n          drew = true;\n        }\n        observer.unobserve(e.target);\n      }\n      if (drew && !firstScreen) {\n        firstScreen = true;\n        requestAnimationFrame(() => {\n          performance.mark('benchgate:first-screen');\n          document.body.dataset.ready = 'true';\n        });\n      }\n    },\n    { rootMargin: '200px 0px' },\n  );\n\n  // ─── cards ───────────────────────────────────────────────────────────────────────────────────────\n\n  function notes(it) {\n    const { s, suite } = it;\n    const runs = suite.runs;\n    const segs = segments(s);\n    const list = el('ul', { class: 'notes' });\n    segs.slice(1).forEach((g, k) => {\n      const before = segs[k].mean;\n      const worse = s.s ? g.mean > before : g.mean < before;\n      const word = s.m === 'time' ? (worse ? 'slower' : 'faster') : worse ? 'worse' : 'better';\n      list.append(\n        el(\n          'li',\n          { class: worse ? 'worse' : 'better' },\n          el('span', { class: 'badge' }, word),\n          ` ${withUnit(before, s.u)} → ${withUnit(g.mean, s.u)} (${pct(before, g.mean)}) at `,\n          commitNode(data.commits[runs.c[g.start]]),\n          `, ${date(runs.t[g.start])}`,\n        ),\n      );\n    });\n    for (const i of runs.rc) {\n      if (i >= s.v.length) continue;\n      list.append(\n        el(\n          'li',\n          { class: 'runner' },\n          el('span', { class: 'badge' }, 'runner'),\n          ` changed to ${runs.r[i] >= 0 ? data.runners[runs.r[i]] : 'an unrecorded runner'} at `,\n          commitNode(data.commits[runs.c[i]]),\n          `, ${date(runs.t[i])}`,\n        ),\n      );\n    }\n    return list;\n  }\n\n  function card(it) {\n    const { s, suite } = it;\n    const present = s.v.filter((x) => x !== null);\n    const latest = present[present.length - 1];\n    const head = el(\n      'header',\n      {},\n      el('h2', {}, el('a', { href: `#${s.id}`, class: 'name' }, s.n)),\n      el(\n        'p',\n        { class: 'meta' },\n        el('span', { class: 'metric' }, s.m),\n        data.suites.length > 1 ? el('span', { class: 'suite' }, suite.name) : null,\n        el('span', {}, s.s ? 'lower is better' : 'higher is better'),\n        el('span', {}, `${present.length} runs`),\n        latest !== undefined ? el('span', { class: 'latest' }, `latest ${withUnit(latest, s.u)}`) : null,\n      ),\n    );\n    const plot = el('div', { class: 'plot', role: state.view === 'charts' ? 'img' : undefined });\n    if (state.view === 'charts') plot.setAttribute('aria-label', describe(it));\n    const c = el(\n      'article',\n      { class: 'card', id: s.id, 'aria-labelledby': `${s.id}-h` },\n      head,\n      plot,\n      notes(it),\n    );\n    head.querySelector('h2').id = `${s.id}-h`;\n    it.card = c;\n    it.drawn = false;\n    return c;\n  }\n\n  let current = [];\n  function render() {\n    for (const it of items) if (it.card) undraw(it);\n    observer.disconnect();\n    current = items.filter(matches);\n    const list = $('list');\n    const shown = current.slice(0, state.shown);\n    const fragment = document.createDocumentFragment();\n    for (const it of shown) fragment.append(card(it));\n    list.replaceChildren(fragment);\n    for (const it of shown) observer.observe(it.card);\n    const total = items.length;\n    $('count').textContent =\n      current.length === total\n        ? `${total} series${shown.length < current.length ? `, ${shown.length} shown` : ''}`\n        : `${current.length} of ${total} series match${shown.length < current.length ? `, ${shown.length} shown` : ''}`;\n    $('more').hidden = shown.length >= current.length;\n    $('empty').hidden = current.length > 0;\n  }\n\n  function showMore() {\n    const list = $('list');\n    const from = Math.min(state.shown, current.length);\n    state.shown += PAGE;\n    const next = current.slice(from, state.shown);\n    for (const it of next) {\n      list.append(card(it));\n      observer.observe(it.card);\n    }\n    $('more').hidden = state.shown >= current.length;\n    $('count').textContent = $('count').textContent.replace(\n      /\\d+ shown/,\n      `${Math.min(state.shown, current.length)} shown`,\n    );\n    if (next[0]) next[0].card.querySelector('h2 a').focus();\n  }\n\n  function redrawAll() {\n    for (const it of current) {\n      if (!it.card) continue;\n      undraw(it);\n      const plot = it.card.querySelector('.plot');\n      plot.replaceChildren();\n      if (state.view === 'charts') {\n        plot.setAttribute('role', 'img');\n        plot.setAttribute('aria-label', describe(it));\n      } else {\n        plot.removeAttribute('role');\n        plot.removeAttribute('aria-label');\n      }\n      if (it.card.isConnected) {\n        observer.unobserve(it.card);\n        observer.observe(it.card);\n      }\n    }\n  }\n\n  // ─── page ────────────────────────────────────────────────────────────────────────────────────────\n\n  function header() {\n    const runs = data.suites.reduce((n, x) => n + x.runs.c.length, 0);\n    const times = data.suites.flatMap((x) => x.runs.t).filter((t) => t > 0);\n    const names = data.suites.map((x) => x.name);\n    document.title = `benchgate · ${names.join(', ')}`;\n    $('suites').textContent = names.join(', ') || 'no suite';\n    const facts = [\n      `${items.length} series`,\n      `${runs} base-branch run${runs === 1 ? '' : 's'}`,\n      times.length ? `${date(least(times))} to ${date(most(times))}` : '',\n    ].filter(Boolean);\n    $('facts').textContent = facts.join(' · ');\n    if (repo) {\n      $('repo').append(el('a', { href: repo, rel: 'noreferrer' }, repo.replace(/^https?:\\/\\//, '')));\n    }\n  }\n\n  let timer = 0;\n  $('q').addEventListener('input', () => {\n    window.clearTimeout(timer);\n    timer = window.setTimeout(() => {\n      state.q = $('q').value.trim();\n      state.shown = PAGE;\n      render();\n    }, 120);\n  });\n  $('metric').addEventListener('change', () => {\n    state.metric = $('metric').value;\n    state.shown = PAGE;\n    render();\n  });\n  $('suite').addEventListener('change', () => {\n    state.suite = $('suite').value;\n    state.shown = PAGE;\n    render();\n  });\n  $('changed').addEventListener('change', () => {\n    state.changed = $('changed').checked;\n    state.shown = PAGE;\n    render();\n  });\n  $('log').addEventListener('change', () => {\n    state.log = $('log').checked;\n    if (state.view === 'charts') redrawAll();\n  });\n  for (const r of document.querySelectorAll('input[name=\"view\"]')) {\n    r.addEventListener('change', () => {\n      state.view = document.querySelector('input[name=\"view\"]:checked').value;\n      $('log').disabled = state.view !== 'charts';\n      redrawAll();\n    });\n  }\n  $('more').addEventListener('click', showMore);\n  $('controls').addEventListener('submit', (e) => e.preventDefault());\n\n  let resizing = 0;\n  window.addEventListener('resize', () => {\n    window.clearTimeout(resizing);\n    resizing = window.setTimeout(() => {\n      for (const it of current) {\n        if (!it.chart) continue;\n        const box = it.card.querySelector('.plot');\n        it.chart.setSize({ width: Math.max(240, box.clientWidth), height: HEIGHT });\n      }\n    }, 150);\n  });\n\n  /** `#s-…` opens that series' card, whatever the filters hid, and scrolls to it. */\n  function follow() {\n    const id = window.location.hash.slice(1);\n    const it = byId.get(id);\n    if (!it) return;\n    for (const x of items) if (x.card) x.card.classList.remove('target');\n    if (it.card && it.card.isConnected) {\n      it.card.classList.add('target');\n      it.card.scrollIntoView({ block: 'start' });\n      return;\n    }\n    if (!matches(it)) {\n      state.q = '';\n      state.metric = '';\n      state.suite = '';\n      state.changed = false;\n      $('q').value = '';\n      $('metric').value = '';\n      $('suite').value = '';\n      $('changed').checked = false;\n      state.shown = PAGE;\n    }\n    const pos = items.filter(matches).indexOf(it);\n    if (pos >= state.shown) state.shown = pos + 1;\n    render();\n    it.card.classList.add('target');\n    it.card.scrollIntoView({ block: 'start' });\n    it.card.querySelector('h2 a').focus({ preventScroll: true });\n  }\n  window.addEventListener('hashchange', follow);\n\n  header();\n  render();\n  follow();\n  performance.mark('benchgate:cards');\n})();\n",
    'index.html': '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <meta\n      http-equiv="Content-Security-Policy"\n      content="default-src \'none\'; script-src \'self\'; style-src \'self\'; img-src \'self\' data:; font-src \'self\'; connect-src \'none\'; base-uri \'none\'; form-action \'none\'"\n    />\n    <meta name="referrer" content="no-referrer" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n    <title>benchgate dashboard</title>\n    <link rel="icon" href="data:," />\n    <link rel="stylesheet" href="uPlot.min.css" />\n    <link rel="stylesheet" href="style.css" />\n    <script defer src="uPlot.iife.min.js"></script>\n    <script defer src="app.js"></script>\n  </head>\n  <body>\n    <a class="skip" href="#list">Skip to the charts</a>\n    <header class="top">\n      <h1><span class="brand">benchgate</span> <span id="suites"></span></h1>\n      <p class="facts"><span id="facts"></span><span id="repo"></span></p>\n    </header>\n    <form class="controls" id="controls" role="search" aria-label="Filter the series">\n      <label class="field">\n        Search by name\n        <input id="q" type="search" placeholder="e.g. Sort size=1000" autocomplete="off" spellcheck="false" />\n      </label>\n      <label class="field">\n        Metric\n        <select id="metric">\n          <option value="">All metrics</option>\n        </select>\n      </label>\n      <label class="field" id="suite-field">\n        Suite\n        <select id="suite">\n          <option value="">All suites</option>\n        </select>\n      </label>\n      <label class="check"><input id="changed" type="checkbox" /> Only with change points</label>\n      <label class="check"><input id="log" type="checkbox" /> Log scale</label>\n      <fieldset class="view">\n        <legend>View</legend>\n        <label><input type="radio" name="view" value="charts" checked /> Charts</label>\n        <label><input type="radio" name="view" value="table" /> Tables</label>\n      </fieldset>\n      <p class="count" id="count" role="status" aria-live="polite"></p>\n    </form>\n    <main>\n      <p class="hint">\n        Each chart shows a series over the base branch\'s runs, oldest on the left. Dashed red: the mean of\n        each segment between change points (red lines); purple dotted lines: the runner changed. Hover for the\n        commit and date; drag across a chart to zoom in, double-click to zoom out. The Tables view shows the\n        same numbers.\n      </p>\n      <div id="list"></div>\n      <p class="empty" id="empty" hidden>No series match the filters.</p>\n      <button class="more" id="more" type="button" hidden>Show more series</button>\n    </main>\n    <footer>\n      Made by benchgate from the stored history. Charts drawn with uPlot (MIT license, see\n      <a href="LICENSES.txt">LICENSES.txt</a>).\n    </footer>\n    <script type="application/json" id="benchgate-data">\n      @@BENCHGATE_DATA@@\n    </script>\n  </body>\n</html>\n',
    'style.css': "/* The benchgate dashboard: GitHub-like colors, system fonts, nothing loaded from elsewhere. */\n:root {\n  --fg: #1f2328;\n  --muted: #59636e;\n  --border: #d1d9e0;\n  --bg: #ffffff;\n  --bg-subtle: #f6f8fa;\n  --accent: #0969da;\n  --danger: #cf222e;\n  --success: #1a7f37;\n  --runner: #8250df;\n  --focus: #0969da;\n}\n* {\n  box-sizing: border-box;\n}\n[hidden] {\n  display: none !important;\n}\nhtml {\n  scroll-padding-top: 96px;\n}\nbody {\n  margin: 0;\n  background: var(--bg-subtle);\n  color: var(--fg);\n  font:\n    14px/1.5 -apple-system,\n    BlinkMacSystemFont,\n    'Segoe UI',\n    'Noto Sans',\n    Helvetica,\n    Arial,\n    sans-serif;\n}\na {\n  color: var(--accent);\n  text-decoration: none;\n}\na:hover {\n  text-decoration: underline;\n}\n:focus-visible {\n  outline: 2px solid var(--focus);\n  outline-offset: 2px;\n}\ncode {\n  font-family: ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace;\n  font-size: 12px;\n}\n.skip {\n  position: absolute;\n  left: -9999px;\n}\n.skip:focus {\n  left: 16px;\n  top: 8px;\n  z-index: 10;\n  background: var(--bg);\n  padding: 4px 8px;\n}\n.top {\n  background: var(--bg);\n  border-bottom: 1px solid var(--border);\n  padding: 16px 24px 0;\n}\n.top h1 {\n  font-size: 20px;\n  font-weight: 600;\n  margin: 0;\n  display: flex;\n  align-items: baseline;\n  gap: 10px;\n  flex-wrap: wrap;\n}\n.brand {\n  color: var(--muted);\n  font-weight: 500;\n}\n.facts {\n  color: var(--muted);\n  margin: 2px 0 12px;\n}\n.facts a {\n  margin-left: 8px;\n}\n.controls {\n  position: sticky;\n  top: 0;\n  z-index: 5;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 12px 20px;\n  align-items: flex-end;\n  padding: 12px 24px;\n  background: var(--bg);\n  border-bottom: 1px solid var(--border);\n}\n.field {\n  display: flex;\n  flex-direction: column;\n  gap: 2px;\n  font-size: 12px;\n  color: var(--muted);\n  font-weight: 600;\n}\n.field input[type='search'],\n.field select {\n  font: inherit;\n  font-size: 14px;\n  font-weight: 400;\n  color: var(--fg);\n  padding: 5px 8px;\n  border: 1px solid var(--border);\n  border-radius: 6px;\n  background: var(--bg);\n  min-width: 160px;\n}\n.field input[type='search'] {\n  min-width: 280px;\n}\n.check {\n  display: flex;\n  align-items: center;\n  gap: 6px;\n  font-size: 14px;\n  padding-bottom: 6px;\n}\nfieldset.view {\n  border: 1px solid var(--border);\n  border-radius: 6px;\n  display: flex;\n  padding: 0;\n  margin: 0;\n  overflow: hidden;\n}\nfieldset.view legend {\n  position: absolute;\n  left: -9999px;\n}\nfieldset.view label {\n  padding: 5px 12px;\n  cursor: pointer;\n  font-size: 14px;\n}\nfieldset.view input {\n  position: absolute;\n  opacity: 0;\n}\nfieldset.view label:has(input:checked) {\n  background: var(--accent);\n  color: #fff;\n}\nfieldset.view label:has(input:focus-visible) {\n  outline: 2px solid var(--focus);\n  outline-offset: -2px;\n}\n.count {\n  margin-left: auto;\n  color: var(--muted);\n  padding-bottom: 6px;\n}\nmain {\n  padding: 16px 24px 32px;\n  max-width: 1280px;\n  margin: 0 auto;\n}\n.hint {\n  color: var(--muted);\n  margin: 0 0 12px;\n  font-size: 12px;\n}\n#list {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(520px, 1fr));\n  gap: 16px;\n}\n.card {\n  background: var(--bg);\n  border: 1px solid var(--border);\n  border-radius: 8px;\n  padding: 12px 16px 8px;\n  min-width: 0;\n}\n.card.target {\n  border-color: var(--accent);\n  box-shadow: 0 0 0 3px rgba(9, 105, 218, 0.2);\n}\n.card h2 {\n  font-size: 14px;\n  font-weight: 600;\n  margin: 0;\n  overflow-wrap: anywhere;\n  font-family: ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace;\n}\n.card h2 a {\n  color: var(--fg);\n}\n.meta {\n  margin: 2px 0 6px;\n  color: var(--muted);\n  font-size: 12px;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 4px 12px;\n}\n.meta .metric {\n  color: var(--fg);\n  font-weight: 600;\n}\n.meta .latest {\n  margin-left: auto;\n  color: var(--fg);\n}\n.plot {\n  position: relative;\n  min-height: 200px;\n}\n.plot .tip {\n  position: absolute;\n  z-index: 3;\n  pointer-events: none;\n  display: flex;\n  flex-direction: column;\n  min-width: 150px;\n  max-width: 260px;\n  padding: 6px 8px;\n  background: rgba(31, 35, 40, 0.92);\n  color: #fff;\n  border-radius: 6px;\n  font-size: 12px;\n  line-height: 1.4;\n  white-space: nowrap;\n}\n.plot .tip[hidden] {\n  display: none;\n}\n.tip .tip-runner {\n  color: #d1d9e0;\n  white-space: normal;\n}\n.notes {\n  list-style: none;\n  margin: 4px 0 0;\n  padding: 0;\n  font-size: 12px;\n  color: var(--muted);\n}\n.notes li {\n  padding: 2px 0;\n}\n.badge {\n  display: inline-block;\n  border-radius: 2em;\n  padding: 0 7px;\n  font-size: 11px;\n  font-weight: 600;\n  border: 1px solid currentColor;\n}\n.notes .worse .badge {\n  color: var(--danger);\n}\n.notes .better .badge {\n  color: var(--success);\n}\n.notes .runner .badge {\n  color: var(--runner);\n}\n.table-wrap {\n  max-height: 320px;\n  overflow: auto;\n  border: 1px solid var(--border);\n  border-radius: 6px;\n}\ntable {\n  border-collapse: collapse;\n  width: 100%;\n  font-size: 12px;\n}\ncaption {\n  text-align: left;\n  padding: 6px 8px;\n  color: var(--muted);\n  caption-side: top;\n}\nth,\ntd {\n  padding: 3px 8px;\n  border-top: 1px solid var(--border);\n  text-align: left;\n  white-space: nowrap;\n}\nthead th {\n  position: sticky;\n  top: 0;\n  background: var(--bg-subtle);\n}\ntd.n,\nth:nth-child(1),\nth:nth-child(4),\nth:nth-child(5) {\n  text-align: right;\n  font-variant-numeric: tabular-nums;\n}\ntr.cp td {\n  background: rgba(207, 34, 46, 0.06);\n}\n.more {\n  display: block;\n  margin: 20px auto 0;\n  font: inherit;\n  padding: 6px 16px;\n  border: 1px solid var(--border);\n  border-radius: 6px;\n  background: var(--bg);\n  color: var(--fg);\n  cursor: pointer;\n}\n.empty {\n  color: var(--muted);\n  text-align: center;\n  padding: 48px 0;\n}\nfooter {\n  color: var(--muted);\n  font-size: 12px;\n  text-align: center;\n  padding: 0 24px 24px;\n}\n@media (max-width: 600px) {\n  #list {\n    grid-template-columns: 1fr;\n  }\n  .field input[type='search'] {\n    min-width: 200px;\n  }\n}\n",
    'uPlot.iife.min.js': '/*! https://github.com/leeoniya/uPlot (v1.6.32) */\nvar uPlot=function(){"use strict";const l="u-off",e="u-label",t="width",n="height",i="top",o="bottom",s="left",r="right",u="#000",a=u+"0",f="mousemove",c="mousedown",h="mouseup",d="mouseenter",p="mouseleave",m="dblclick",g="change",x="dppxchange",w="--",_="undefined"!=typeof window,b=_?document:null,v=_?window:null,k=_?navigator:null;let y,M;function S(l,e){if(null!=e){let t=l.classList;!t.contains(e)&&t.add(e)}}function T(l,e){let t=l.classList;t.contains(e)&&t.remove(e)}function E(l,e,t){l.style[e]=t+"px"}function z(l,e,t,n){let i=b.createElement(l);return null!=e&&S(i,e),null!=t&&t.insertBefore(i,n),i}function D(l,e){return z("div",l,e)}const P=new WeakMap;function A(e,t,n,i,o){let s="translate("+t+"px,"+n+"px)";s!=P.get(e)&&(e.style.transform=s,P.set(e,s),0>t||0>n||t>i||n>o?S(e,l):T(e,l))}const W=new WeakMap;function Y(l,e,t){let n=e+t;n!=W.get(l)&&(W.set(l,n),l.style.background=e,l.style.borderColor=t)}const C=new WeakMap;function H(l,e,t,n){let i=e+""+t;i!=C.get(l)&&(C.set(l,i),l.style.height=t+"px",l.style.width=e+"px",l.style.marginLeft=n?-e/2+"px":0,l.style.marginTop=n?-t/2+"px":0)}const F={passive:!0},R={...F,capture:!0};function G(l,e,t,n){e.addEventListener(l,t,n?R:F)}function I(l,e,t){e.removeEventListener(l,t,F)}function L(l,e,t,n){let i;t=t||0;let o=2147483647>=(n=n||e.length-1);for(;n-t>1;)i=o?t+n>>1:sl((t+n)/2),l>e[i]?t=i:n=i;return l-e[t]>e[n]-l?n:t}function O(l){return(e,t,n)=>{let i=-1,o=-1;for(let o=t;n>=o;o++)if(l(e[o])){i=o;break}for(let i=n;i>=t;i--)if(l(e[i])){o=i;break}return[i,o]}}_&&function l(){let e=devicePixelRatio;y!=e&&(y=e,M&&I(g,M,l),M=matchMedia(`(min-resolution: ${y-.001}dppx) and (max-resolution: ${y+.001}dppx)`),G(g,M,l),v.dispatchEvent(new CustomEvent(x)))}();const N=l=>null!=l,j=l=>null!=l&&l>0,U=O(N),V=O(j);function B(l,e,t,n){let i=hl(l),o=hl(e);l==e&&(-1==i?(l*=t,e/=t):(l/=t,e*=t));let s=10==t?dl:pl,r=1==o?ul:sl,u=(1==i?sl:ul)(s(ol(l))),a=r(s(ol(e))),f=cl(t,u),c=cl(t,a);return 10==t&&(0>u&&(f=Al(f,-u)),0>a&&(c=Al(c,-a))),n||2==t?(l=f*i,e=c*o):(l=Pl(l,f),e=Dl(e,c)),[l,e]}function $(l,e,t,n){let i=B(l,e,t,n);return 0==l&&(i[0]=0),0==e&&(i[1]=0),i}const J=.1,q={mode:3,pad:J},K={pad:0,soft:null,mode:0},X={min:K,max:K};function Z(l,e,t,n){return Ol(t)?ll(l,e,t):(K.pad=t,K.soft=n?0:null,K.mode=n?3:0,ll(l,e,X))}function Q(l,e){return null==l?e:l}function ll(l,e,t){let n=t.min,i=t.max,o=Q(n.pad,0),s=Q(i.pad,0),r=Q(n.hard,-gl),u=Q(i.hard,gl),a=Q(n.soft,gl),f=Q(i.soft,-gl),c=Q(n.mode,0),h=Q(i.mode,0),d=e-l,p=dl(d),m=fl(ol(l),ol(e)),g=dl(m),x=ol(g-p);(1e-24>d||x>10)&&(d=0,0!=l&&0!=e||(d=1e-24,2==c&&a!=gl&&(o=0),2==h&&f!=-gl&&(s=0)));let w=d||m||1e3,_=dl(w),b=cl(10,sl(_)),v=Al(Pl(l-w*(0==d?0==l?.1:1:o),b/10),24),k=a>l||1!=c&&(3!=c||v>a)&&(2!=c||a>v)?gl:a,y=fl(r,k>v&&l>=k?k:al(k,v)),M=Al(Dl(e+w*(0==d?0==e?.1:1:s),b/10),24),S=e>f||1!=h&&(3!=h||f>M)&&(2!=h||M>f)?-gl:f,T=al(u,M>S&&S>=e?S:fl(S,M));return y==T&&0==y&&(T=100),[y,T]}const el=new Intl.NumberFormat(_?k.language:"en-US"),tl=l=>el.format(l),nl=Math,il=nl.PI,ol=nl.abs,sl=nl.floor,rl=nl.round,ul=nl.ceil,al=nl.min,fl=nl.max,cl=nl.pow,hl=nl.sign,dl=nl.log10,pl=nl.log2,ml=(l,e=1)=>nl.asinh(l/e),gl=1/0;function xl(l){return 1+(0|dl((l^l>>31)-(l>>31)))}function wl(l,e,t){return al(fl(l,e),t)}function _l(l){return"function"==typeof l}function bl(l){return _l(l)?l:()=>l}const vl=l=>l,kl=(l,e)=>e,yl=()=>null,Ml=()=>!0,Sl=(l,e)=>l==e,Tl=/\\.\\d*?(?=9{6,}|0{6,})/gm,El=l=>{if(Il(l)||Wl.has(l))return l;const e=""+l,t=e.match(Tl);if(null==t)return l;let n=t[0].length-1;if(-1!=e.indexOf("e-")){let[l,t]=e.split("e");return+`${El(l)}e${t}`}return Al(l,n)};function zl(l,e){return El(Al(El(l/e))*e)}function Dl(l,e){return El(ul(El(l/e))*e)}function Pl(l,e){return El(sl(El(l/e))*e)}function Al(l,e=0){if(Il(l))return l;let t=10**e;return rl(l*t*(1+Number.EPSILON))/t}const Wl=new Map;function Yl(l){return((""+l).split(".")[1]||"").length}function Cl(l,e,t,n){let i=[],o=n.map(Yl);for(let s=e;t>s;s++){let e=ol(s),t=Al(cl(l,s),e);for(let r=0;n.length>r;r++){let u=10==l?+`${n[r]}e${s}`:n[r]*t,a=(0>s?e:0)+(o[r]>s?o[r]:0),f=10==l?u:Al(u,a);i.push(f),Wl.set(f,a)}}return i}const Hl={},Fl=[],Rl=[null,null],Gl=Array.isArray,Il=Number.isInteger;function Ll(l){return"string"==typeof l}function Ol(l){let e=!1;if(null!=l){let t=l.constructor;e=null==t||t==Object}return e}function Nl(l){return null!=l&&"object"==typeof l}const jl=Object.getPrototypeOf(Uint8Array),Ul="__proto__";function Vl(l,e=Ol){let t;if(Gl(l)){let n=l.find((l=>null!=l));if(Gl(n)||e(n)){t=Array(l.length);for(let n=0;l.length>n;n++)t[n]=Vl(l[n],e)}else t=l.slice()}else if(l instanceof jl)t=l.slice();else if(e(l)){t={};for(let n in l)n!=Ul&&(t[n]=Vl(l[n],e))}else t=l;return t}function Bl(l){let e=arguments;for(let t=1;e.length>t;t++){let n=e[t];for(let e in n)e!=Ul&&(Ol(l[e])?Bl(l[e],Vl(n[e])):l[e]=Vl(n[e]))}return l}function $l(l,e,t){for(let n,i=0,o=-1;e.length>i;i++){let s=e[i];if(s>o){for(n=s-1;n>=0&&null==l[n];)l[n--]=null;for(n=s+1;t>n&&null==l[n];)l[o=n++]=null}}}const Jl="undefined"==typeof queueMicrotask?l=>Promise.resolve().then(l):queueMicrotask,ql=["January","February","March","April","May","June","July","August","September","October","November","December"],Kl=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Xl(l){return l.slice(0,3)}const Zl=Kl.map(Xl),Ql=ql.map(Xl),le={MMMM:ql,MMM:Ql,WWWW:Kl,WWW:Zl};function ee(l){return(10>l?"0":"")+l}const te={YYYY:l=>l.getFullYear(),YY:l=>(l.getFullYear()+"").slice(2),MMMM:(l,e)=>e.MMMM[l.getMonth()],MMM:(l,e)=>e.MMM[l.getMonth()],MM:l=>ee(l.getMonth()+1),M:l=>l.getMonth()+1,DD:l=>ee(l.getDate()),D:l=>l.getDate(),WWWW:(l,e)=>e.WWWW[l.getDay()],WWW:(l,e)=>e.WWW[l.getDay()],HH:l=>ee(l.getHours()),H:l=>l.getHours(),h:l=>{let e=l.getHours();return 0==e?12:e>12?e-12:e},AA:l=>12>l.getHours()?"AM":"PM",aa:l=>12>l.getHours()?"am":"pm",a:l=>12>l.getHours()?"a":"p",mm:l=>ee(l.getMinutes()),m:l=>l.getMinutes(),ss:l=>ee(l.getSeconds()),s:l=>l.getSeconds(),fff:l=>function(l){return(10>l?"00":100>l?"0":"")+l}(l.getMilliseconds())};function ne(l,e){e=e||le;let t,n=[],i=/\\{([a-z]+)\\}|[^{]+/gi;for(;t=i.exec(l);)n.push("{"==t[0][0]?te[t[1]]:t[0]);return l=>{let t="";for(let i=0;n.length>i;i++)t+="string"==typeof n[i]?n[i]:n[i](l,e);return t}}const ie=(new Intl.DateTimeFormat).resolvedOptions().timeZone,oe=l=>l%1==0,se=[1,2,2.5,5],re=Cl(10,-32,0,se),ue=Cl(10,0,32,se),ae=ue.filter(oe),fe=re.concat(ue),ce="{YYYY}",he="\\n"+ce,de="{M}/{D}",pe="\\n"+de,me=pe+"/{YY}",ge="{aa}",xe="{h}:{mm}"+ge,we="\\n"+xe,_e=":{ss}",be=null;function ve(l){let e=1e3*l,t=60*e,n=60*t,i=24*n,o=30*i,s=365*i;return[(1==l?Cl(10,0,3,se).filter(oe):Cl(10,-3,0,se)).concat([e,5*e,10*e,15*e,30*e,t,5*t,10*t,15*t,30*t,n,2*n,3*n,4*n,6*n,8*n,12*n,i,2*i,3*i,4*i,5*i,6*i,7*i,8*i,9*i,10*i,15*i,o,2*o,3*o,4*o,6*o,s,2*s,5*s,10*s,25*s,50*s,100*s]),[[s,ce,be,be,be,be,be,be,1],[28*i,"{MMM}",he,be,be,be,be,be,1],[i,de,he,be,be,be,be,be,1],[n,"{h}"+ge,me,be,pe,be,be,be,1],[t,xe,me,be,pe,be,be,be,1],[e,_e,me+" "+xe,be,pe+" "+xe,be,we,be,1],[l,_e+".{fff}",me+" "+xe,be,pe+" "+xe,be,we,be,1]],function(e){return(r,u,a,f,c,h)=>{let d=[],p=c>=s,m=c>=o&&s>c,g=e(a),x=Al(g*l,3),w=Pe(g.getFullYear(),p?0:g.getMonth(),m||p?1:g.getDate()),_=Al(w*l,3);if(m||p){let t=m?c/o:0,n=p?c/s:0,i=x==_?x:Al(Pe(w.getFullYear()+n,w.getMonth()+t,1)*l,3),r=new Date(rl(i/l)),u=r.getFullYear(),a=r.getMonth();for(let o=0;f>=i;o++){let s=Pe(u+n*o,a+t*o,1),r=s-e(Al(s*l,3));i=Al((+s+r)*l,3),i>f||d.push(i)}}else{let o=i>c?c:i,s=_+(sl(a)-sl(x))+Dl(x-_,o);d.push(s);let p=e(s),m=p.getHours()+p.getMinutes()/t+p.getSeconds()/n,g=c/n,w=h/r.axes[u]._space;for(;s=Al(s+c,1==l?0:3),f>=s;)if(g>1){let l=sl(Al(m+g,6))%24,t=e(s).getHours()-l;t>1&&(t=-1),s-=t*n,m=(m+g)%24,.7>Al((s-d[d.length-1])/c,3)*w||d.push(s)}else d.push(s)}return d}}]}const[ke,ye,Me]=ve(1),[Se,Te,Ee]=ve(.001);function ze(l,e){return l.map((l=>l.map(((t,n)=>0==n||8==n||null==t?t:e(1==n||0==l[8]?t:l[1]+t)))))}function De(l,e){return(t,n,i,o,s)=>{let r,u,a,f,c,h,d=e.find((l=>s>=l[0]))||e[e.length-1];return n.map((e=>{let t=l(e),n=t.getFullYear(),i=t.getMonth(),o=t.getDate(),s=t.getHours(),p=t.getMinutes(),m=t.getSeconds(),g=n!=r&&d[2]||i!=u&&d[3]||o!=a&&d[4]||s!=f&&d[5]||p!=c&&d[6]||m!=h&&d[7]||d[1];return r=n,u=i,a=o,f=s,c=p,h=m,g(t)}))}}function Pe(l,e,t){return new Date(l,e,t)}function Ae(l,e){return e(l)}function We(l,e){return(t,n,i,o)=>null==o?w:e(l(n))}Cl(2,-53,53,[1]);const Ye={show:!0,live:!0,isolate:!1,mount:()=>{},markers:{show:!0,width:2,stroke:function(l,e){let t=l.series[e];return t.width?t.stroke(l,e):t.points.width?t.points.stroke(l,e):null},fill:function(l,e){return l.series[e].fill(l,e)},dash:"solid"},idx:null,idxs:null,values:[]},Ce=[0,0];function He(l,e,t,n=!0){return l=>{0==l.button&&(!n||l.target==e)&&t(l)}}function Fe(l,e,t,n=!0){return l=>{(!n||l.target==e)&&t(l)}}const Re={show:!0,x:!0,y:!0,lock:!1,move:function(l,e,t){return Ce[0]=e,Ce[1]=t,Ce},points:{one:!1,show:function(l,e){let i=l.cursor.points,o=D(),s=i.size(l,e);E(o,t,s),E(o,n,s);let r=s/-2;E(o,"marginLeft",r),E(o,"marginTop",r);let u=i.width(l,e,s);return u&&E(o,"borderWidth",u),o},size:function(l,e){return l.series[e].points.size},width:0,stroke:function(l,e){let t=l.series[e].points;return t._stroke||t._fill},fill:function(l,e){let t=l.series[e].points;return t._fill||t._stroke}},bind:{mousedown:He,mouseup:He,click:He,dblclick:He,mousemove:Fe,mouseleave:Fe,mouseenter:Fe},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(l,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(l,e,t,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ge={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ie=Bl({},Ge,{filter:kl}),Le=Bl({},Ie,{size:10}),Oe=Bl({},Ge,{show:!1}),Ne=\'12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"\',je="bold "+Ne,Ue={show:!0,scale:"x",stroke:u,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:2,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},Ve={show:!0,scale:"x",auto:!1,sorted:1,min:gl,max:-gl,idxs:[]};function Be(l,e){return e.map((l=>null==l?"":tl(l)))}function $e(l,e,t,n,i,o,s){let r=[],u=Wl.get(i)||0;for(let l=t=s?t:Al(Dl(t,i),u);n>=l;l=Al(l+i,u))r.push(Object.is(l,-0)?0:l);return r}function Je(l,e,t,n,i){const o=[],s=l.scales[l.axes[e].scale].log,r=sl((10==s?dl:pl)(t));i=cl(s,r),10==s&&(i=fe[L(i,fe)]);let u=t,a=i*s;10==s&&(a=fe[L(a,fe)]);do{o.push(u),u+=i,10!=s||Wl.has(u)||(u=Al(u,Wl.get(i))),a>u||(a=(i=u)*s,10==s&&(a=fe[L(a,fe)]))}while(n>=u);return o}function qe(l,e,t,n,i){let o=l.scales[l.axes[e].scale].asinh,s=n>o?Je(l,e,fl(o,t),n,i):[o],r=0>n||t>0?[]:[0];return(-o>t?Je(l,e,fl(o,-n),-t,i):[o]).reverse().map((l=>-l)).concat(r,s)}const Ke=/./,Xe=/[12357]/,Ze=/[125]/,Qe=/1/,lt=(l,e,t,n)=>l.map(((l,i)=>4==e&&0==l||i%n==0&&t.test(l.toExponential()[0>l?1:0])?l:null));function et(l,e,t){let n=l.axes[t],i=n.scale,o=l.scales[i],s=l.valToPos,r=n._space,u=s(10,i),a=s(9,i)-u<r?s(7,i)-u<r?s(5,i)-u<r?Qe:Ze:Xe:Ke;if(a==Qe){let l=ol(s(1,i)-u);if(r>l)return lt(e.slice().reverse(),o.distr,a,ul(r/l)).reverse()}return lt(e,o.distr,a,1)}function tt(l,e,t){let n=l.axes[t],i=n.scale,o=n._space,s=l.valToPos,r=ol(s(1,i)-s(2,i));return o>r?lt(e.slice().reverse(),3,Ke,ul(o/r)).reverse():e}function nt(l,e,t,n){return null==n?w:null==e?"":tl(e)}const it={show:!0,scale:"y",stroke:u,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:3,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},ot={scale:null,auto:!0,sorted:0,min:gl,max:-gl},st=(l,e,t,n,i)=>i,rt={show:!0,auto:!0,sorted:0,gaps:st,alpha:1,facets:[Bl({},ot,{scale:"x"}),Bl({},ot,{scale:"y"})]},ut={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:st,alpha:1,points:{show:function(l,e){let{scale:t,idxs:n}=l.series[0],i=l._data[0],o=l.valToPos(i[n[0]],t,!0),s=l.valToPos(i[n[1]],t,!0);return ol(s-o)/(l.series[e].points.space*y)>=n[1]-n[0]},filter:null},values:null,min:gl,max:-gl,idxs:[],path:null,clip:null};function at(l,e,t){return t/10}const ft={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ct=Bl({},ft,{time:!1,ori:1}),ht={};function dt(l){let e=ht[l];return e||(e={key:l,plots:[],sub(l){e.plots.push(l)},unsub(l){e.plots=e.plots.filter((e=>e!=l))},pub(l,t,n,i,o,s,r){for(let u=0;e.plots.length>u;u++)e.plots[u]!=t&&e.plots[u].pub(l,t,n,i,o,s,r)}},null!=l&&(ht[l]=e)),e}function pt(l,e,t){const n=l.mode,i=l.series[e],o=2==n?l._data[e]:l._data,s=l.scales,r=l.bbox;let u=o[0],a=2==n?o[1]:o[e],f=2==n?s[i.facets[0].scale]:s[l.series[0].scale],c=2==n?s[i.facets[1].scale]:s[i.scale],h=r.left,d=r.top,p=r.width,m=r.height,g=l.valToPosH,x=l.valToPosV;return 0==f.ori?t(i,u,a,f,c,g,x,h,d,p,m,kt,Mt,Tt,zt,Pt):t(i,u,a,f,c,x,g,d,h,m,p,yt,St,Et,Dt,At)}function mt(l,e){let t=0,n=0,i=Q(l.bands,Fl);for(let l=0;i.length>l;l++){let o=i[l];o.series[0]==e?t=o.dir:o.series[1]==e&&(n|=1==o.dir?1:2)}return[t,1==n?-1:2==n?1:3==n?2:0]}function gt(l,e,t,n,i){let o=l.series[e],s=l.scales[2==l.mode?o.facets[1].scale:o.scale];return-1==i?s.min:1==i?s.max:3==s.distr?1==s.dir?s.min:s.max:0}function xt(l,e,t,n,i,o){return pt(l,e,((l,e,s,r,u,a,f,c,h,d,p)=>{let m=l.pxRound;const g=0==r.ori?Mt:St;let x,w;1==r.dir*(0==r.ori?1:-1)?(x=t,w=n):(x=n,w=t);let _=m(a(e[x],r,d,c)),b=m(f(s[x],u,p,h)),v=m(a(e[w],r,d,c)),k=m(f(1==o?u.max:u.min,u,p,h)),y=new Path2D(i);return g(y,v,k),g(y,_,k),g(y,_,b),y}))}function wt(l,e,t,n,i,o){let s=null;if(l.length>0){s=new Path2D;const r=0==e?Tt:Et;let u=t;for(let e=0;l.length>e;e++){let t=l[e];if(t[1]>t[0]){let l=t[0]-u;l>0&&r(s,u,n,l,n+o),u=t[1]}}let a=t+i-u,f=10;a>0&&r(s,u,n-f/2,a,n+o+f)}return s}function _t(l,e,t,n,i,o,s){let r=[],u=l.length;for(let a=1==i?t:n;a>=t&&n>=a;a+=i)if(null===e[a]){let f=a,c=a;if(1==i)for(;++a<=n&&null===e[a];)c=a;else for(;--a>=t&&null===e[a];)c=a;let h=o(l[f]),d=c==f?h:o(l[c]),p=f-i;h=s>0||0>p||p>=u?h:o(l[p]);let m=c+i;d=0>s||0>m||m>=u?d:o(l[m]),h>d||r.push([h,d])}return r}function bt(l){return 0==l?vl:1==l?rl:e=>zl(e,l)}function vt(l){let e=0==l?kt:yt,t=0==l?(l,e,t,n,i,o)=>{l.arcTo(e,t,n,i,o)}:(l,e,t,n,i,o)=>{l.arcTo(t,e,i,n,o)},n=0==l?(l,e,t,n,i)=>{l.rect(e,t,n,i)}:(l,e,t,n,i)=>{l.rect(t,e,i,n)};return(l,i,o,s,r,u=0,a=0)=>{0==u&&0==a?n(l,i,o,s,r):(u=al(u,s/2,r/2),a=al(a,s/2,r/2),e(l,i+u,o),t(l,i+s,o,i+s,o+r,u),t(l,i+s,o+r,i,o+r,a),t(l,i,o+r,i,o,a),t(l,i,o,i+s,o,u),l.closePath())}}const kt=(l,e,t)=>{l.moveTo(e,t)},yt=(l,e,t)=>{l.moveTo(t,e)},Mt=(l,e,t)=>{l.lineTo(e,t)},St=(l,e,t)=>{l.lineTo(t,e)},Tt=vt(0),Et=vt(1),zt=(l,e,t,n,i,o)=>{l.arc(e,t,n,i,o)},Dt=(l,e,t,n,i,o)=>{l.arc(t,e,n,i,o)},Pt=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(e,t,n,i,o,s)},At=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(t,e,i,n,s,o)};function Wt(){return(l,e,t,n,i)=>pt(l,e,((e,o,s,r,u,a,f,c,h,d,p)=>{let m,g,{pxRound:x,points:w}=e;0==r.ori?(m=kt,g=zt):(m=yt,g=Dt);const _=Al(w.width*y,3);let b=(w.size-w.width)/2*y,v=Al(2*b,3),k=new Path2D,M=new Path2D,{left:S,top:T,width:E,height:z}=l.bbox;Tt(M,S-v,T-v,E+2*v,z+2*v);const D=l=>{if(null!=s[l]){let e=x(a(o[l],r,d,c)),t=x(f(s[l],u,p,h));m(k,e+b,t),g(k,e,t,b,0,2*il)}};if(i)i.forEach(D);else for(let l=t;n>=l;l++)D(l);return{stroke:_>0?k:null,fill:k,clip:M,flags:3}}))}function Yt(l){return(e,t,n,i,o,s)=>{n!=i&&(o!=n&&s!=n&&l(e,t,n),o!=i&&s!=i&&l(e,t,i),l(e,t,s))}}const Ct=Yt(Mt),Ht=Yt(St);function Ft(l){const e=Q(l?.alignGaps,0);return(l,t,n,i)=>pt(l,t,((o,s,r,u,a,f,c,h,d,p,m)=>{[n,i]=U(r,n,i);let g,x,w=o.pxRound,_=l=>w(f(l,u,p,h)),b=l=>w(c(l,a,m,d));0==u.ori?(g=Mt,x=Ct):(g=St,x=Ht);const v=u.dir*(0==u.ori?1:-1),k={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},y=k.stroke;let M=!1;if(i-n<4*p)for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let e=r[l];null===e?M=!0:null!=e&&g(y,_(s[l]),b(e))}else{let e,t,o,a=e=>l.posToVal(e,u.key,!0),f=null,c=null,h=_(s[1==v?n:i]),d=_(s[n]),p=_(s[i]),m=a(1==v?d+1:p-1);for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let n=s[l],i=(1==v?m>n:n>m)?h:_(n),o=r[l];i==h?null!=o?(t=o,null==f?(g(y,i,b(t)),e=f=c=t):f>t?f=t:t>c&&(c=t)):null===o&&(M=!0):(null!=f&&x(y,h,b(f),b(c),b(e),b(t)),null!=o?(t=o,g(y,i,b(t)),f=c=e=t):(f=c=null,null===o&&(M=!0)),h=i,m=a(h+v))}null!=f&&f!=c&&o!=h&&x(y,h,b(f),b(c),b(e),b(t))}let[S,T]=mt(l,t);if(null!=o.fill||0!=S){let e=k.fill=new Path2D(y),r=b(o.fillTo(l,t,o.min,o.max,S)),u=_(s[n]),a=_(s[i]);-1==v&&([a,u]=[u,a]),g(e,a,r),g(e,u,r)}if(!o.spanGaps){let a=[];M&&a.push(..._t(s,r,n,i,v,_,e)),k.gaps=a=o.gaps(l,t,n,i,a),k.clip=wt(a,u.ori,h,d,p,m)}return 0!=T&&(k.band=2==T?[xt(l,t,n,i,y,-1),xt(l,t,n,i,y,1)]:xt(l,t,n,i,y,T)),k}))}function Rt(l,e,t,n,i,o,s=gl){if(l.length>1){let r=null;for(let u=0,a=1/0;l.length>u;u++)if(void 0!==e[u]){if(null!=r){let e=ol(l[u]-l[r]);a>e&&(a=e,s=ol(t(l[u],n,i,o)-t(l[r],n,i,o)))}r=u}}return s}function Gt(l,e,t,n,i){const o=l.length;if(2>o)return null;const s=new Path2D;if(t(s,l[0],e[0]),2==o)n(s,l[1],e[1]);else{let t=Array(o),n=Array(o-1),r=Array(o-1),u=Array(o-1);for(let t=0;o-1>t;t++)r[t]=e[t+1]-e[t],u[t]=l[t+1]-l[t],n[t]=r[t]/u[t];t[0]=n[0];for(let l=1;o-1>l;l++)0===n[l]||0===n[l-1]||n[l-1]>0!=n[l]>0?t[l]=0:(t[l]=3*(u[l-1]+u[l])/((2*u[l]+u[l-1])/n[l-1]+(u[l]+2*u[l-1])/n[l]),isFinite(t[l])||(t[l]=0));t[o-1]=n[o-2];for(let n=0;o-1>n;n++)i(s,l[n]+u[n]/3,e[n]+t[n]*u[n]/3,l[n+1]-u[n]/3,e[n+1]-t[n+1]*u[n]/3,l[n+1],e[n+1])}return s}const It=new Set;function Lt(){for(let l of It)l.syncRect(!0)}_&&(G("resize",v,Lt),G("scroll",v,Lt,!0),G(x,v,(()=>{en.pxRatio=y})));const Ot=Ft(),Nt=Wt();function jt(l,e,t,n){return(n?[l[0],l[1]].concat(l.slice(2)):[l[0]].concat(l.slice(1))).map(((l,n)=>Ut(l,n,e,t)))}function Ut(l,e,t,n){return Bl({},0==e?t:n,l)}function Vt(l,e,t){return null==e?Rl:[e,t]}const Bt=Vt;function $t(l,e,t){return null==e?Rl:Z(e,t,J,!0)}function Jt(l,e,t,n){return null==e?Rl:B(e,t,l.scales[n].log,!1)}const qt=Jt;function Kt(l,e,t,n){return null==e?Rl:$(e,t,l.scales[n].log,!1)}const Xt=Kt;function Zt(l,e,t,n,i){let o=fl(xl(l),xl(e)),s=e-l,r=L(i/n*s,t);do{let l=t[r],e=n*l/s;if(e>=i&&17>=o+(5>l?Wl.get(l):0))return[l,e]}while(++r<t.length);return[0,0]}function Qt(l){let e,t;return[l=l.replace(/(\\d+)px/,((l,n)=>(e=rl((t=+n)*y))+"px")),e,t]}function ln(l){l.show&&[l.font,l.labelFont].forEach((l=>{let e=Al(l[2]*y,1);l[0]=l[0].replace(/[0-9.]+px/,e+"px"),l[1]=e}))}function en(u,g,_){const k={mode:Q(u.mode,1)},M=k.mode;function P(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?1-i:i)}function W(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?i:1-i)}function C(l,e,t,n){return 0==e.ori?P(l,e,t,n):W(l,e,t,n)}k.valToPosH=P,k.valToPosV=W;let F=!1;k.status=0;const R=k.root=D("uplot");null!=u.id&&(R.id=u.id),S(R,u.class),u.title&&(D("u-title",R).textContent=u.title);const O=z("canvas"),K=k.ctx=O.getContext("2d"),X=D("u-wrap",R);G("click",X,(l=>{l.target===el&&(Nn!=Gn||jn!=In)&&Zn.click(k,l)}),!0);const ll=k.under=D("u-under",X);X.appendChild(O);const el=k.over=D("u-over",X),tl=+Q((u=Vl(u)).pxAlign,1),sl=bt(tl);(u.plugins||[]).forEach((l=>{l.opts&&(u=l.opts(k,u)||u)}));const hl=u.ms||.001,pl=k.series=1==M?jt(u.series||[],Ve,ut,!1):function(l,e){return l.map(((l,t)=>0==t?{}:Bl({},e,l)))}(u.series||[null],rt),xl=k.axes=jt(u.axes||[],Ue,it,!0),vl=k.scales={},Tl=k.bands=u.bands||[];Tl.forEach((l=>{l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1)}));const El=2==M?pl[1].facets[0].scale:pl[0].scale,Dl={axes:function(){for(let l=0;xl.length>l;l++){let e=xl[l];if(!e.show||!e._show)continue;let t,n,u=e.side,a=u%2,f=e.stroke(k,l),c=0==u||3==u?-1:1,[h,d]=e._found;if(null!=e.label){let s=rl((e._lpos+e.labelGap*c)*y);_n(e.labelFont[0],f,"center",2==u?i:o),K.save(),1==a?(t=n=0,K.translate(s,rl(lt+st/2)),K.rotate((3==u?-il:il)/2)):(t=rl(Qe+ot/2),n=s);let r=_l(e.label)?e.label(k,l,h,d):e.label;K.fillText(r,t,n),K.restore()}if(0==d)continue;let p=vl[e.scale],m=0==a?ot:st,g=0==a?Qe:lt,x=e._splits,w=2==p.distr?x.map((l=>pn[l])):x,_=2==p.distr?pn[x[1]]-pn[x[0]]:h,b=e.ticks,v=e.border,M=b.show?b.size:0,S=rl(M*y),T=rl((2==e.alignTo?e._size-M-e.gap:e.gap)*y),E=e._rotate*-il/180,z=sl(e._pos*y),D=z+(S+T)*c;n=0==a?D:0,t=1==a?D:0,_n(e.font[0],f,1==e.align?s:2==e.align?r:E>0?s:0>E?r:0==a?"center":3==u?r:s,E||1==a?"middle":2==u?i:o);let P=e.font[1]*e.lineGap,A=x.map((l=>sl(C(l,p,m,g)))),W=e._values;for(let l=0;W.length>l;l++){let e=W[l];if(null!=e){0==a?t=A[l]:n=A[l],e=""+e;let i=-1==e.indexOf("\\n")?[e]:e.split(/\\n/gm);for(let l=0;i.length>l;l++){let e=i[l];E?(K.save(),K.translate(t,n+l*P),K.rotate(E),K.fillText(e,0,0),K.restore()):K.fillText(e,t,n+l*P)}}}b.show&&zn(A,b.filter(k,w,l,d,_),a,u,z,S,Al(b.width*y,3),b.stroke(k,l),b.dash,b.cap);let Y=e.grid;Y.show&&zn(A,Y.filter(k,w,l,d,_),a,0==a?2:1,0==a?lt:Qe,0==a?st:ot,Al(Y.width*y,3),Y.stroke(k,l),Y.dash,Y.cap),v.show&&zn([z],[1],0==a?1:0,0==a?1:2,1==a?lt:Qe,1==a?st:ot,Al(v.width*y,3),v.stroke(k,l),v.dash,v.cap)}Ci("drawAxes")},series:function(){if(Gt>0){let l=pl.some((l=>l._focus))&&dn!=Tt.alpha;l&&(K.globalAlpha=dn=Tt.alpha),pl.forEach(((l,e)=>{if(e>0&&l.show&&(kn(e,!1),kn(e,!0),null==l._paths)){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha);let n=2==M?[0,g[e][0].length-1]:function(l){let e=wl(Lt-1,0,Gt-1),t=wl(en+1,0,Gt-1);for(;null==l[e]&&e>0;)e--;for(;null==l[t]&&Gt-1>t;)t++;return[e,t]}(g[e]);l._paths=l.paths(k,e,n[0],n[1]),dn!=t&&(K.globalAlpha=dn=t)}})),pl.forEach(((l,e)=>{if(e>0&&l.show){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha),null!=l._paths&&yn(e,!1);{let t=null!=l._paths?l._paths.gaps:null,n=l.points.show(k,e,Lt,en,t),i=l.points.filter(k,e,n,t);(n||i)&&(l.points._paths=l.points.paths(k,e,Lt,en,i),yn(e,!0))}dn!=t&&(K.globalAlpha=dn=t),Ci("drawSeries",e)}})),l&&(K.globalAlpha=dn=1)}}},Pl=(u.drawOrder||["axes","series"]).map((l=>Dl[l]));function Cl(l){const e=3==l.distr?e=>dl(e>0?e:l.clamp(k,e,l.min,l.max,l.key)):4==l.distr?e=>ml(e,l.asinh):100==l.distr?e=>l.fwd(e):l=>l;return t=>{let n=e(t),{_min:i,_max:o}=l;return(n-i)/(o-i)}}function Il(l){let e=vl[l];if(null==e){let t=(u.scales||Hl)[l]||Hl;if(null!=t.from){Il(t.from);let e=Bl({},vl[t.from],t,{key:l});e.valToPct=Cl(e),vl[l]=e}else{e=vl[l]=Bl({},l==El?ft:ct,t),e.key=l;let n=e.time,i=e.range,o=Gl(i);if((l!=El||2==M&&!n)&&(!o||null!=i[0]&&null!=i[1]||(i={min:null==i[0]?q:{mode:1,hard:i[0],soft:i[0]},max:null==i[1]?q:{mode:1,hard:i[1],soft:i[1]}},o=!1),!o&&Ol(i))){let l=i;i=(e,t,n)=>null==t?Rl:Z(t,n,l)}e.range=bl(i||(n?Bt:l==El?3==e.distr?qt:4==e.distr?Xt:Vt:3==e.distr?Jt:4==e.distr?Kt:$t)),e.auto=bl(!o&&e.auto),e.clamp=bl(e.clamp||at),e._min=e._max=null,e.valToPct=Cl(e)}}}Il("x"),Il("y"),1==M&&pl.forEach((l=>{Il(l.scale)})),xl.forEach((l=>{Il(l.scale)}));for(let l in u.scales)Il(l);const jl=vl[El],Ul=jl.distr;let $l,ql;0==jl.ori?(S(R,"u-hz"),$l=P,ql=W):(S(R,"u-vt"),$l=W,ql=P);const Kl={};for(let l in vl){let e=vl[l];null==e.min&&null==e.max||(Kl[l]={min:e.min,max:e.max},e.min=e.max=null)}const Xl=u.tzDate||(l=>new Date(rl(l/hl))),Zl=u.fmtDate||ne,Ql=1==hl?Me(Xl):Ee(Xl),le=De(Xl,ze(1==hl?ye:Te,Zl)),ee=We(Xl,Ae("{YYYY}-{MM}-{DD} {h}:{mm}{aa}",Zl)),te=[],ie=k.legend=Bl({},Ye,u.legend),oe=k.cursor=Bl({},Re,{drag:{y:2==M}},u.cursor),se=ie.show,re=oe.show,ue=ie.markers;let ce,he,de;ie.idxs=te,ue.width=bl(ue.width),ue.dash=bl(ue.dash),ue.stroke=bl(ue.stroke),ue.fill=bl(ue.fill);let pe,me=[],ge=[],xe=!1,we={};if(ie.live){const l=pl[1]?pl[1].values:null;xe=null!=l,pe=xe?l(k,1,0):{_:0};for(let l in pe)we[l]=w}if(se)if(ce=z("table","u-legend",R),de=z("tbody",null,ce),ie.mount(k,ce),xe){he=z("thead",null,ce,de);let l=z("tr",null,he);for(var _e in z("th",null,l),pe)z("th",e,l).textContent=_e}else S(ce,"u-inline"),ie.live&&S(ce,"u-live");const be={show:!0},ve={show:!1},Pe=new Map;function Ce(l,e,t,n=!0){const i=Pe.get(e)||{},o=oe.bind[l](k,e,t,n);o&&(G(l,e,i[l]=o),Pe.set(e,i))}function He(l,e){const t=Pe.get(e)||{};for(let n in t)null!=l&&n!=l||(I(n,e,t[n]),delete t[n]);null==l&&Pe.delete(e)}let Fe=0,Ge=0,Ie=0,Le=0,Oe=0,Ne=0,je=Oe,Ke=Ne,Xe=Ie,Ze=Le,Qe=0,lt=0,ot=0,st=0;k.bbox={};let ht=!1,pt=!1,mt=!1,xt=!1,wt=!1,_t=!1;function vt(l,e,t){(t||l!=k.width||e!=k.height)&&kt(l,e),An(!1),mt=!0,pt=!0,Jn()}function kt(l,e){k.width=Fe=Ie=l,k.height=Ge=Le=e,Oe=Ne=0,function(){let l=!1,e=!1,t=!1,n=!1;xl.forEach((i=>{if(i.show&&i._show){let{side:o,_size:s}=i,r=s+(null!=i.label?i.labelSize:0);r>0&&(o%2?(Ie-=r,3==o?(Oe+=r,n=!0):t=!0):(Le-=r,0==o?(Ne+=r,l=!0):e=!0))}})),Ct[0]=l,Ct[1]=t,Ct[2]=e,Ct[3]=n,Ie-=Rt[1]+Rt[3],Oe+=Rt[3],Le-=Rt[2]+Rt[0],Ne+=Rt[0]}(),function(){let l=Oe+Ie,e=Ne+Le,t=Oe,n=Ne;function i(i,o){switch(i){case 1:return l+=o,l-o;case 2:return e+=o,e-o;case 3:return t-=o,t+o;case 0:return n-=o,n+o}}xl.forEach((l=>{if(l.show&&l._show){let e=l.side;l._pos=i(e,l._size),null!=l.label&&(l._lpos=i(e,l.labelSize))}}))}();let t=k.bbox;Qe=t.left=zl(Oe*y,.5),lt=t.top=zl(Ne*y,.5),ot=t.width=zl(Ie*y,.5),st=t.height=zl(Le*y,.5)}const yt=3;if(k.setSize=function({width:l,height:e}){vt(l,e)},null==oe.dataIdx){let l=oe.hover,e=l.skip=new Set(l.skip??[]);e.add(void 0);let t=l.prox=bl(l.prox),n=l.bias??=0;oe.dataIdx=(l,i,o,s)=>{if(0==i)return o;let r=o,u=t(l,i,o,s)??gl,a=u>=0&&gl>u,f=0==jl.ori?Ie:Le,c=oe.left,h=g[0],d=g[i];if(e.has(d[o])){r=null;let l,t=null,i=null;if(0==n||-1==n)for(l=o;null==t&&l-- >0;)e.has(d[l])||(t=l);if(0==n||1==n)for(l=o;null==i&&l++<d.length;)e.has(d[l])||(i=l);if(null!=t||null!=i)if(a){let l=c-(null==t?-1/0:$l(h[t],jl,f,0)),e=(null==i?1/0:$l(h[i],jl,f,0))-c;l>e?e>u||(r=i):l>u||(r=t)}else r=null==i?t:null==t||o-t>i-o?i:t}else a&&ol(c-$l(h[o],jl,f,0))>u&&(r=null);return r}}const Mt=l=>{oe.event=l};oe.idxs=te,oe._lock=!1;let St=oe.points;St.show=bl(St.show),St.size=bl(St.size),St.stroke=bl(St.stroke),St.width=bl(St.width),St.fill=bl(St.fill);const Tt=k.focus=Bl({},u.focus||{alpha:.3},oe.focus),Et=Tt.prox>=0,zt=Et&&St.one;let Dt=[],Pt=[],At=[];function Wt(l,e){let t=St.show(k,e);if(t instanceof HTMLElement)return S(t,"u-cursor-pt"),S(t,l.class),A(t,-10,-10,Ie,Le),el.insertBefore(t,Dt[e]),t}function Yt(t,n){if(1==M||n>0){let l=1==M&&vl[t.scale].time,e=t.value;t.value=l?Ll(e)?We(Xl,Ae(e,Zl)):e||ee:e||nt,t.label=t.label||(l?"Time":"Value")}if(zt||n>0){t.width=null==t.width?1:t.width,t.paths=t.paths||Ot||yl,t.fillTo=bl(t.fillTo||gt),t.pxAlign=+Q(t.pxAlign,tl),t.pxRound=bt(t.pxAlign),t.stroke=bl(t.stroke||null),t.fill=bl(t.fill||null),t._stroke=t._fill=t._paths=t._focus=null;let l=function(l){return Al(1*(3+2*(l||1)),3)}(fl(1,t.width)),e=t.points=Bl({},{size:l,width:fl(1,.2*l),stroke:t.stroke,space:2*l,paths:Nt,_stroke:null,_fill:null},t.points);e.show=bl(e.show),e.filter=bl(e.filter),e.fill=bl(e.fill),e.stroke=bl(e.stroke),e.paths=bl(e.paths),e.pxAlign=t.pxAlign}if(se){let i=function(t,n){if(0==n&&(xe||!ie.live||2==M))return Rl;let i=[],o=z("tr","u-series",de,de.childNodes[n]);S(o,t.class),t.show||S(o,l);let s=z("th",null,o);if(ue.show){let l=D("u-marker",s);if(n>0){let e=ue.width(k,n);e&&(l.style.border=e+"px "+ue.dash(k,n)+" "+ue.stroke(k,n)),l.style.background=ue.fill(k,n)}}let r=D(e,s);for(var u in t.label instanceof HTMLElement?r.appendChild(t.label):r.textContent=t.label,n>0&&(ue.show||(r.style.color=t.width>0?ue.stroke(k,n):ue.fill(k,n)),Ce("click",s,(l=>{if(oe._lock)return;Mt(l);let e=pl.indexOf(t);if((l.ctrlKey||l.metaKey)!=ie.isolate){let l=pl.some(((l,t)=>t>0&&t!=e&&l.show));pl.forEach(((t,n)=>{n>0&&oi(n,l?n==e?be:ve:be,!0,Fi.setSeries)}))}else oi(e,{show:!t.show},!0,Fi.setSeries)}),!1),Et&&Ce(d,s,(l=>{oe._lock||(Mt(l),oi(pl.indexOf(t),ai,!0,Fi.setSeries))}),!1)),pe){let l=z("td","u-value",o);l.textContent="--",i.push(l)}return[o,i]}(t,n);me.splice(n,0,i[0]),ge.splice(n,0,i[1]),ie.values.push(null)}if(re){te.splice(n,0,null);let l=null;zt?0==n&&(l=Wt(t,n)):n>0&&(l=Wt(t,n)),Dt.splice(n,0,l),Pt.splice(n,0,0),At.splice(n,0,0)}Ci("addSeries",n)}k.addSeries=function(l,e){e=null==e?pl.length:e,l=1==M?Ut(l,e,Ve,ut):Ut(l,e,{},rt),pl.splice(e,0,l),Yt(pl[e],e)},k.delSeries=function(l){if(pl.splice(l,1),se){ie.values.splice(l,1),ge.splice(l,1);let e=me.splice(l,1)[0];He(null,e.firstChild),e.remove()}re&&(te.splice(l,1),Dt.splice(l,1)[0].remove(),Pt.splice(l,1),At.splice(l,1)),Ci("delSeries",l)};const Ct=[!1,!1,!1,!1];function Ht(l,e,t){let[n,i,o,s]=t,r=e%2,u=0;return 0==r&&(s||i)&&(u=0==e&&!n||2==e&&!o?rl(Ue.size/3):0),1==r&&(n||o)&&(u=1==e&&!i||3==e&&!s?rl(it.size/2):0),u}const Ft=k.padding=(u.padding||[Ht,Ht,Ht,Ht]).map((l=>bl(Q(l,Ht)))),Rt=k._padding=Ft.map(((l,e)=>l(k,e,Ct,0)));let Gt,Lt=null,en=null;const tn=1==M?pl[0].idxs:null;let nn,on,sn,rn,un,an,fn,cn,hn,dn,pn=null,mn=!1;function gn(l,e){if(k.data=k._data=g=null==l?[]:l,2==M){Gt=0;for(let l=1;pl.length>l;l++)Gt+=g[l][0].length}else{0==g.length&&(k.data=k._data=g=[[]]),pn=g[0],Gt=pn.length;let l=g;if(2==Ul){l=g.slice();let e=l[0]=Array(Gt);for(let l=0;Gt>l;l++)e[l]=l}k._data=g=l}if(An(!0),Ci("setData"),2==Ul&&(mt=!0),!1!==e){let l=jl;l.auto(k,mn)?xn():ii(El,l.min,l.max),xt=xt||oe.left>=0,_t=!0,Jn()}}function xn(){let l,e;mn=!0,1==M&&(Gt>0?(Lt=tn[0]=0,en=tn[1]=Gt-1,l=g[0][Lt],e=g[0][en],2==Ul?(l=Lt,e=en):l==e&&(3==Ul?[l,e]=B(l,l,jl.log,!1):4==Ul?[l,e]=$(l,l,jl.log,!1):jl.time?e=l+rl(86400/hl):[l,e]=Z(l,e,J,!0))):(Lt=tn[0]=l=null,en=tn[1]=e=null)),ii(El,l,e)}function wn(l,e,t,n,i,o){l??=a,t??=Fl,n??="butt",i??=a,o??="round",l!=nn&&(K.strokeStyle=nn=l),i!=on&&(K.fillStyle=on=i),e!=sn&&(K.lineWidth=sn=e),o!=un&&(K.lineJoin=un=o),n!=an&&(K.lineCap=an=n),t!=rn&&K.setLineDash(rn=t)}function _n(l,e,t,n){e!=on&&(K.fillStyle=on=e),l!=fn&&(K.font=fn=l),t!=cn&&(K.textAlign=cn=t),n!=hn&&(K.textBaseline=hn=n)}function bn(l,e,t,n,i=0){if(n.length>0&&l.auto(k,mn)&&(null==e||null==e.min)){let e=Q(Lt,0),o=Q(en,n.length-1),s=null==t.min?function(l,e,t,n=0,i=!1){let o=i?V:U,s=i?j:N;[e,t]=o(l,e,t);let r=l[e],u=l[e];if(e>-1)if(1==n)r=l[e],u=l[t];else if(-1==n)r=l[t],u=l[e];else for(let n=e;t>=n;n++){let e=l[n];s(e)&&(r>e?r=e:e>u&&(u=e))}return[r??gl,u??-gl]}(n,e,o,i,3==l.distr):[t.min,t.max];l.min=al(l.min,t.min=s[0]),l.max=fl(l.max,t.max=s[1])}}k.setData=gn;const vn={min:null,max:null};function kn(l,e){let t=e?pl[l].points:pl[l];t._stroke=t.stroke(k,l),t._fill=t.fill(k,l)}function yn(l,e){let t=e?pl[l].points:pl[l],{stroke:n,fill:i,clip:o,flags:s,_stroke:r=t._stroke,_fill:u=t._fill,_width:a=t.width}=t._paths;a=Al(a*y,3);let f=null,c=a%2/2;e&&null==u&&(u=a>0?"#fff":r);let h=1==t.pxAlign&&c>0;if(h&&K.translate(c,c),!e){let l=Qe-a/2,e=lt-a/2,t=ot+a,n=st+a;f=new Path2D,f.rect(l,e,t,n)}e?Sn(r,a,t.dash,t.cap,u,n,i,s,o):function(l,e,t,n,i,o,s,r,u,a,f){let c=!1;0!=u&&Tl.forEach(((h,d)=>{if(h.series[0]==l){let l,p=pl[h.series[1]],m=g[h.series[1]],x=(p._paths||Hl).band;Gl(x)&&(x=1==h.dir?x[0]:x[1]);let w=null;p.show&&x&&function(l,e,t){for(e=Q(e,0),t=Q(t,l.length-1);t>=e;){if(null!=l[e])return!0;e++}return!1}(m,Lt,en)?(w=h.fill(k,d)||o,l=p._paths.clip):x=null,Sn(e,t,n,i,w,s,r,u,a,f,l,x),c=!0}})),c||Sn(e,t,n,i,o,s,r,u,a,f)}(l,r,a,t.dash,t.cap,u,n,i,s,f,o),h&&K.translate(-c,-c)}const Mn=3;function Sn(l,e,t,n,i,o,s,r,u,a,f,c){wn(l,e,t,n,i),(u||a||c)&&(K.save(),u&&K.clip(u),a&&K.clip(a)),c?(r&Mn)==Mn?(K.clip(c),f&&K.clip(f),En(i,s),Tn(l,o,e)):2&r?(En(i,s),K.clip(c),Tn(l,o,e)):1&r&&(K.save(),K.clip(c),f&&K.clip(f),En(i,s),K.restore(),Tn(l,o,e)):(En(i,s),Tn(l,o,e)),(u||a||c)&&K.restore()}function Tn(l,e,t){t>0&&(e instanceof Map?e.forEach(((l,e)=>{K.strokeStyle=nn=e,K.stroke(l)})):null!=e&&l&&K.stroke(e))}function En(l,e){e instanceof Map?e.forEach(((l,e)=>{K.fillStyle=on=e,K.fill(l)})):null!=e&&l&&K.fill(e)}function zn(l,e,t,n,i,o,s,r,u,a){let f=s%2/2;1==tl&&K.translate(f,f),wn(r,s,u,a,r),K.beginPath();let c,h,d,p,m=i+(0==n||3==n?-o:o);0==t?(h=i,p=m):(c=i,d=m);for(let n=0;l.length>n;n++)null!=e[n]&&(0==t?c=d=l[n]:h=p=l[n],K.moveTo(c,h),K.lineTo(d,p));K.stroke(),1==tl&&K.translate(-f,-f)}function Dn(l){let e=!0;return xl.forEach(((t,n)=>{if(!t.show)return;let i=vl[t.scale];if(null==i.min)return void(t._show&&(e=!1,t._show=!1,An(!1)));t._show||(e=!1,t._show=!0,An(!1));let o=t.side,s=o%2,{min:r,max:u}=i,[a,f]=function(l,e,t,n){let i,o=xl[l];if(n>0){let s=o._space=o.space(k,l,e,t,n);i=Zt(e,t,o._incrs=o.incrs(k,l,e,t,n,s),n,s)}else i=[0,0];return o._found=i}(n,r,u,0==s?Ie:Le);if(0==f)return;let c=t._splits=t.splits(k,n,r,u,a,f,2==i.distr),h=2==i.distr?c.map((l=>pn[l])):c,d=2==i.distr?pn[c[1]]-pn[c[0]]:a,p=t._values=t.values(k,t.filter(k,h,n,f,d),n,f,d);t._rotate=2==o?t.rotate(k,p,n,f):0;let m=t._size;t._size=ul(t.size(k,p,n,l)),null!=m&&t._size!=m&&(e=!1)})),e}function Pn(l){let e=!0;return Ft.forEach(((t,n)=>{let i=t(k,n,Ct,l);i!=Rt[n]&&(e=!1),Rt[n]=i})),e}function An(l){pl.forEach(((e,t)=>{t>0&&(e._paths=null,l&&(1==M?(e.min=null,e.max=null):e.facets.forEach((l=>{l.min=null,l.max=null}))))}))}let Wn,Yn,Cn,Hn,Fn,Rn,Gn,In,Ln,On,Nn,jn,Un=!1,Vn=!1,Bn=[];function $n(){Vn=!1;for(let l=0;Bn.length>l;l++)Ci(...Bn[l]);Bn.length=0}function Jn(){Un||(Jl(qn),Un=!0)}function qn(){if(ht&&(function(){for(let l in vl){let e=vl[l];null==Kl[l]&&(null==e.min||null!=Kl[El]&&e.auto(k,mn))&&(Kl[l]=vn)}for(let l in vl){let e=vl[l];null==Kl[l]&&null!=e.from&&null!=Kl[e.from]&&(Kl[l]=vn)}null!=Kl[El]&&An(!0);let l={};for(let e in Kl){let t=Kl[e];if(null!=t){let n=l[e]=Vl(vl[e],Nl);if(null!=t.min)Bl(n,t);else if(e!=El||2==M)if(0==Gt&&null==n.from){let l=n.range(k,null,null,e);n.min=l[0],n.max=l[1]}else n.min=gl,n.max=-gl}}if(Gt>0){pl.forEach(((e,t)=>{if(1==M){let n=e.scale,i=Kl[n];if(null==i)return;let o=l[n];if(0==t){let l=o.range(k,o.min,o.max,n);o.min=l[0],o.max=l[1],Lt=L(o.min,g[0]),en=L(o.max,g[0]),en-Lt>1&&(o.min>g[0][Lt]&&Lt++,g[0][en]>o.max&&en--),e.min=pn[Lt],e.max=pn[en]}else e.show&&e.auto&&bn(o,i,e,g[t],e.sorted);e.idxs[0]=Lt,e.idxs[1]=en}else if(t>0&&e.show&&e.auto){let[n,i]=e.facets,o=n.scale,s=i.scale,[r,u]=g[t],a=l[o],f=l[s];null!=a&&bn(a,Kl[o],n,r,n.sorted),null!=f&&bn(f,Kl[s],i,u,i.sorted),e.min=i.min,e.max=i.max}}));for(let e in l){let t=l[e],n=Kl[e];if(null==t.from&&(null==n||null==n.min)){let l=t.range(k,t.min==gl?null:t.min,t.max==-gl?null:t.max,e);t.min=l[0],t.max=l[1]}}}for(let e in l){let t=l[e];if(null!=t.from){let n=l[t.from];if(null==n.min)t.min=t.max=null;else{let l=t.range(k,n.min,n.max,e);t.min=l[0],t.max=l[1]}}}let e={},t=!1;for(let n in l){let i=l[n],o=vl[n];if(o.min!=i.min||o.max!=i.max){o.min=i.min,o.max=i.max;let l=o.distr;o._min=3==l?dl(o.min):4==l?ml(o.min,o.asinh):100==l?o.fwd(o.min):o.min,o._max=3==l?dl(o.max):4==l?ml(o.max,o.asinh):100==l?o.fwd(o.max):o.max,e[n]=t=!0}}if(t){pl.forEach(((l,t)=>{2==M?t>0&&e.y&&(l._paths=null):e[l.scale]&&(l._paths=null)}));for(let l in e)mt=!0,Ci("setScale",l);re&&oe.left>=0&&(xt=_t=!0)}for(let l in Kl)Kl[l]=null}(),ht=!1),mt&&(function(){let l=!1,e=0;for(;!l;){e++;let t=Dn(e),n=Pn(e);l=e==yt||t&&n,l||(kt(k.width,k.height),pt=!0)}}(),mt=!1),pt){if(E(ll,s,Oe),E(ll,i,Ne),E(ll,t,Ie),E(ll,n,Le),E(el,s,Oe),E(el,i,Ne),E(el,t,Ie),E(el,n,Le),E(X,t,Fe),E(X,n,Ge),O.width=rl(Fe*y),O.height=rl(Ge*y),xl.forEach((({_el:e,_show:t,_size:n,_pos:i,side:o})=>{if(null!=e)if(t){let t=o%2==1;E(e,t?"left":"top",i-(3===o||0===o?n:0)),E(e,t?"width":"height",n),E(e,t?"top":"left",t?Ne:Oe),E(e,t?"height":"width",t?Le:Ie),T(e,l)}else S(e,l)})),nn=on=sn=un=an=fn=cn=hn=rn=null,dn=1,_i(!0),Oe!=je||Ne!=Ke||Ie!=Xe||Le!=Ze){An(!1);let l=Ie/Xe,e=Le/Ze;if(re&&!xt&&oe.left>=0){oe.left*=l,oe.top*=e,Cn&&A(Cn,rl(oe.left),0,Ie,Le),Hn&&A(Hn,0,rl(oe.top),Ie,Le);for(let t=0;Dt.length>t;t++){let n=Dt[t];null!=n&&(Pt[t]*=l,At[t]*=e,A(n,ul(Pt[t]),ul(At[t]),Ie,Le))}}if(ei.show&&!wt&&ei.left>=0&&ei.width>0){ei.left*=l,ei.width*=l,ei.top*=e,ei.height*=e;for(let l in ki)E(ti,l,ei[l])}je=Oe,Ke=Ne,Xe=Ie,Ze=Le}Ci("setSize"),pt=!1}Fe>0&&Ge>0&&(K.clearRect(0,0,O.width,O.height),Ci("drawClear"),Pl.forEach((l=>l())),Ci("draw")),ei.show&&wt&&(ni(ei),wt=!1),re&&xt&&(xi(null,!0,!1),xt=!1),ie.show&&ie.live&&_t&&(mi(),_t=!1),F||(F=!0,k.status=1,Ci("ready")),mn=!1,Un=!1}function Kn(l,e){let t=vl[l];if(null==t.from){if(0==Gt){let n=t.range(k,e.min,e.max,l);e.min=n[0],e.max=n[1]}if(e.min>e.max){let l=e.min;e.min=e.max,e.max=l}if(Gt>1&&null!=e.min&&null!=e.max&&1e-16>e.max-e.min)return;l==El&&2==t.distr&&Gt>0&&(e.min=L(e.min,g[0]),e.max=L(e.max,g[0]),e.min==e.max&&e.max++),Kl[l]=e,ht=!0,Jn()}}k.batch=function(l,e=!1){Un=!0,Vn=e,l(k),qn(),e&&Bn.length>0&&queueMicrotask($n)},k.redraw=(l,e)=>{mt=e||!1,!1!==l?ii(El,jl.min,jl.max):Jn()},k.setScale=Kn;let Xn=!1;const Zn=oe.drag;let Qn=Zn.x,li=Zn.y;re&&(oe.x&&(Wn=D("u-cursor-x",el)),oe.y&&(Yn=D("u-cursor-y",el)),0==jl.ori?(Cn=Wn,Hn=Yn):(Cn=Yn,Hn=Wn),Nn=oe.left,jn=oe.top);const ei=k.select=Bl({show:!0,over:!0,left:0,width:0,top:0,height:0},u.select),ti=ei.show?D("u-select",ei.over?el:ll):null;function ni(l,e){if(ei.show){for(let e in l)ei[e]=l[e],e in ki&&E(ti,e,l[e]);!1!==e&&Ci("setSelect")}}function ii(l,e,t){Kn(l,{min:e,max:t})}function oi(e,t,n,i){null!=t.focus&&function(l){if(l!=ui){let e=null==l,t=1!=Tt.alpha;pl.forEach(((n,i)=>{if(1==M||i>0){let o=e||0==i||i==l;n._focus=e?null:o,t&&function(l,e){pl[l].alpha=e,re&&null!=Dt[l]&&(Dt[l].style.opacity=e),se&&me[l]&&(me[l].style.opacity=e)}(i,o?1:Tt.alpha)}})),ui=l,t&&Jn()}}(e),null!=t.show&&pl.forEach(((n,i)=>{0>=i||e!=i&&null!=e||(n.show=t.show,function(e){if(pl[e].show)se&&T(me[e],l);else if(se&&S(me[e],l),re){let l=zt?Dt[0]:Dt[e];null!=l&&A(l,-10,-10,Ie,Le)}}(i),2==M?(ii(n.facets[0].scale,null,null),ii(n.facets[1].scale,null,null)):ii(n.scale,null,null),Jn())})),!1!==n&&Ci("setSeries",e,t),i&&Ii("setSeries",k,e,t)}let si,ri,ui;k.setSelect=ni,k.setSeries=oi,k.addBand=function(l,e){l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1),Tl.splice(e=null==e?Tl.length:e,0,l)},k.setBand=function(l,e){Bl(Tl[l],e)},k.delBand=function(l){null==l?Tl.length=0:Tl.splice(l,1)};const ai={focus:!0};function fi(l,e,t){let n=vl[e];t&&(l=l/y-(1==n.ori?Ne:Oe));let i=Ie;1==n.ori&&(i=Le,l=i-l),-1==n.dir&&(l=i-l);let o=n._min,s=o+l/i*(n._max-o),r=n.distr;return 3==r?cl(10,s):4==r?((l,e=1)=>nl.sinh(l)*e)(s,n.asinh):100==r?n.bwd(s):s}function ci(l,e){E(ti,s,ei.left=l),E(ti,t,ei.width=e)}function hi(l,e){E(ti,i,ei.top=l),E(ti,n,ei.height=e)}se&&Et&&Ce(p,ce,(l=>{oe._lock||(Mt(l),null!=ui&&oi(null,ai,!0,Fi.setSeries))})),k.valToIdx=l=>L(l,g[0]),k.posToIdx=function(l,e){return L(fi(l,El,e),g[0],Lt,en)},k.posToVal=fi,k.valToPos=(l,e,t)=>0==vl[e].ori?P(l,vl[e],t?ot:Ie,t?Qe:0):W(l,vl[e],t?st:Le,t?lt:0),k.setCursor=(l,e,t)=>{Nn=l.left,jn=l.top,xi(null,e,t)};let di=0==jl.ori?ci:hi,pi=1==jl.ori?ci:hi;function mi(l,e){if(null!=l&&(l.idxs?l.idxs.forEach(((l,e)=>{te[e]=l})):(l=>void 0===l)(l.idx)||te.fill(l.idx),ie.idx=te[0]),se&&ie.live){for(let l=0;pl.length>l;l++)(l>0||1==M&&!xe)&&gi(l,te[l]);!function(){if(se&&ie.live)for(let l=2==M?1:0;pl.length>l;l++){if(0==l&&xe)continue;let e=ie.values[l],t=0;for(let n in e)ge[l][t++].firstChild.nodeValue=e[n]}}()}_t=!1,!1!==e&&Ci("setLegend")}function gi(l,e){let t,n=pl[l],i=0==l&&2==Ul?pn:g[l];xe?t=n.values(k,l,e)??we:(t=n.value(k,null==e?null:i[e],l,e),t=null==t?we:{_:t}),ie.values[l]=t}function xi(l,e,t){let n;Ln=Nn,On=jn,[Nn,jn]=oe.move(k,Nn,jn),oe.left=Nn,oe.top=jn,re&&(Cn&&A(Cn,rl(Nn),0,Ie,Le),Hn&&A(Hn,0,rl(jn),Ie,Le)),si=gl,ri=null;let i=0==jl.ori?Ie:Le,o=1==jl.ori?Ie:Le;if(0>Nn||0==Gt||Lt>en){n=oe.idx=null;for(let l=0;pl.length>l;l++){let e=Dt[l];null!=e&&A(e,-10,-10,Ie,Le)}Et&&oi(null,ai,!0,null==l&&Fi.setSeries),ie.live&&(te.fill(n),_t=!0)}else{let l,e,t;1==M&&(l=0==jl.ori?Nn:jn,e=fi(l,El),n=oe.idx=L(e,g[0],Lt,en),t=$l(g[0][n],jl,i,0));let s=-10,r=-10,u=0,a=0,f=!0,c="",h="";for(let l=2==M?1:0;pl.length>l;l++){let d=pl[l],p=te[l],m=null==p?null:1==M?g[l][p]:g[l][1][p],x=oe.dataIdx(k,l,n,e),w=null==x?null:1==M?g[l][x]:g[l][1][x];if(_t=_t||w!=m||x!=p,te[l]=x,l>0&&d.show){let e=null==x?-10:x==n?t:$l(1==M?g[0][x]:g[l][0][x],jl,i,0),p=null==w?-10:ql(w,1==M?vl[d.scale]:vl[d.facets[1].scale],o,0);if(Et&&null!=w){let e=1==jl.ori?Nn:jn,t=ol(Tt.dist(k,l,x,p,e));if(si>t){let n=Tt.bias;if(0!=n){let i=fi(e,d.scale),o=0>i?-1:1;o!=(0>w?-1:1)||(1==o?1==n?i>w:w>i:1==n?w>i:i>w)||(si=t,ri=l)}else si=t,ri=l}}if(_t||zt){let t,n;0==jl.ori?(t=e,n=p):(t=p,n=e);let i,o,d,m,g,x,w=!0,_=St.bbox;if(null!=_){w=!1;let e=_(k,l);d=e.left,m=e.top,i=e.width,o=e.height}else d=t,m=n,i=o=St.size(k,l);if(x=St.fill(k,l),g=St.stroke(k,l),zt)l!=ri||si>Tt.prox||(s=d,r=m,u=i,a=o,f=w,c=x,h=g);else{let e=Dt[l];null!=e&&(Pt[l]=d,At[l]=m,H(e,i,o,w),Y(e,x,g),A(e,ul(d),ul(m),Ie,Le))}}}}if(zt){let l=Tt.prox;if(_t||(null==ui?l>=si:si>l||ri!=ui)){let l=Dt[0];null!=l&&(Pt[0]=s,At[0]=r,H(l,u,a,f),Y(l,c,h),A(l,ul(s),ul(r),Ie,Le))}}}if(ei.show&&Xn)if(null!=l){let[e,t]=Fi.scales,[n,s]=Fi.match,[r,u]=l.cursor.sync.scales,a=l.cursor.drag;if(Qn=a._x,li=a._y,Qn||li){let a,f,c,h,d,{left:p,top:m,width:g,height:x}=l.select,w=l.scales[r].ori,_=l.posToVal,b=null!=e&&n(e,r),v=null!=t&&s(t,u);b&&Qn?(0==w?(a=p,f=g):(a=m,f=x),c=vl[e],h=$l(_(a,r),c,i,0),d=$l(_(a+f,r),c,i,0),di(al(h,d),ol(d-h))):di(0,i),v&&li?(1==w?(a=p,f=g):(a=m,f=x),c=vl[t],h=ql(_(a,u),c,o,0),d=ql(_(a+f,u),c,o,0),pi(al(h,d),ol(d-h))):pi(0,o)}else yi()}else{let l=ol(Ln-Fn),e=ol(On-Rn);if(1==jl.ori){let t=l;l=e,e=t}Qn=Zn.x&&l>=Zn.dist,li=Zn.y&&e>=Zn.dist;let t,n,s=Zn.uni;null!=s?Qn&&li&&(Qn=l>=s,li=e>=s,Qn||li||(e>l?li=!0:Qn=!0)):Zn.x&&Zn.y&&(Qn||li)&&(Qn=li=!0),Qn&&(0==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),di(al(t,n),ol(n-t)),li||pi(0,o)),li&&(1==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),pi(al(t,n),ol(n-t)),Qn||di(0,i)),Qn||li||(di(0,0),pi(0,0))}if(Zn._x=Qn,Zn._y=li,null==l){if(t){if(null!=Ri){let[l,e]=Fi.scales;Fi.values[0]=null!=l?fi(0==jl.ori?Nn:jn,l):null,Fi.values[1]=null!=e?fi(1==jl.ori?Nn:jn,e):null}Ii(f,k,Nn,jn,Ie,Le,n)}if(Et){let l=t&&Fi.setSeries,e=Tt.prox;null==ui?si>e||oi(ri,ai,!0,l):si>e?oi(null,ai,!0,l):ri!=ui&&oi(ri,ai,!0,l)}}_t&&(ie.idx=n,mi()),!1!==e&&Ci("setCursor")}k.setLegend=mi;let wi=null;function _i(l=!1){l?wi=null:(wi=el.getBoundingClientRect(),Ci("syncRect",wi))}function bi(l,e,t,n,i,o){oe._lock||Xn&&null!=l&&0==l.movementX&&0==l.movementY||(vi(l,e,t,n,i,o,0,!1,null!=l),null!=l?xi(null,!0,!0):xi(e,!0,!1))}function vi(l,e,t,n,i,o,s,r,u){if(null==wi&&_i(!1),Mt(l),null!=l)t=l.clientX-wi.left,n=l.clientY-wi.top;else{if(0>t||0>n)return Nn=-10,void(jn=-10);let[l,s]=Fi.scales,r=e.cursor.sync,[u,a]=r.values,[f,c]=r.scales,[h,d]=Fi.match,p=e.axes[0].side%2==1,m=0==jl.ori?Ie:Le,g=1==jl.ori?Ie:Le,x=p?o:i,w=p?i:o,_=p?n:t,b=p?t:n;if(t=null!=f?h(l,f)?C(u,vl[l],m,0):-10:m*(_/x),n=null!=c?d(s,c)?C(a,vl[s],g,0):-10:g*(b/w),1==jl.ori){let l=t;t=n,n=l}}!u||null!=e&&e.cursor.event.type!=f||(t>1&&Ie-1>t||(t=zl(t,Ie)),n>1&&Le-1>n||(n=zl(n,Le))),r?(Fn=t,Rn=n,[Gn,In]=oe.move(k,t,n)):(Nn=t,jn=n)}Object.defineProperty(k,"rect",{get:()=>(null==wi&&_i(!1),wi)});const ki={width:0,height:0,left:0,top:0};function yi(){ni(ki,!1)}let Mi,Si,Ti,Ei;function zi(l,e,t,n,i,o){Xn=!0,Qn=li=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!0,!1),null!=l&&(Ce(h,b,Di,!1),Ii(c,k,Gn,In,Ie,Le,null));let{left:s,top:r,width:u,height:a}=ei;Mi=s,Si=r,Ti=u,Ei=a}function Di(l,e,t,n,i,o){Xn=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!1,!0);let{left:s,top:r,width:u,height:a}=ei,f=u>0||a>0,c=Mi!=s||Si!=r||Ti!=u||Ei!=a;if(f&&c&&ni(ei),Zn.setScale&&f&&c){let l=s,e=u,t=r,n=a;if(1==jl.ori&&(l=r,e=a,t=s,n=u),Qn&&ii(El,fi(l,El),fi(l+e,El)),li)for(let l in vl){let e=vl[l];l!=El&&null==e.from&&e.min!=gl&&ii(l,fi(t+n,l),fi(t,l))}yi()}else oe.lock&&(oe._lock=!oe._lock,xi(e,!0,null!=l));null!=l&&(He(h,b),Ii(h,k,Nn,jn,Ie,Le,null))}function Pi(l){oe._lock||(Mt(l),xn(),yi(),null!=l&&Ii(m,k,Nn,jn,Ie,Le,null))}function Ai(){xl.forEach(ln),vt(k.width,k.height,!0)}G(x,v,Ai);const Wi={};Wi.mousedown=zi,Wi.mousemove=bi,Wi.mouseup=Di,Wi.dblclick=Pi,Wi.setSeries=(l,e,t,n)=>{-1!=(t=(0,Fi.match[2])(k,e,t))&&oi(t,n,!0,!1)},re&&(Ce(c,el,zi),Ce(f,el,bi),Ce(d,el,(l=>{Mt(l),_i(!1)})),Ce(p,el,(function(l){if(oe._lock)return;Mt(l);let e=Xn;if(Xn){let l,e,t=!0,n=!0,i=10;0==jl.ori?(l=Qn,e=li):(l=li,e=Qn),l&&e&&(t=i>=Nn||Nn>=Ie-i,n=i>=jn||jn>=Le-i),l&&t&&(Nn=Gn>Nn?0:Ie),e&&n&&(jn=In>jn?0:Le),xi(null,!0,!0),Xn=!1}Nn=-10,jn=-10,te.fill(null),xi(null,!0,!0),e&&(Xn=e)})),Ce(m,el,Pi),It.add(k),k.syncRect=_i);const Yi=k.hooks=u.hooks||{};function Ci(l,e,t){Vn?Bn.push([l,e,t]):l in Yi&&Yi[l].forEach((l=>{l.call(null,k,e,t)}))}(u.plugins||[]).forEach((l=>{for(let e in l.hooks)Yi[e]=(Yi[e]||[]).concat(l.hooks[e])}));const Hi=(l,e,t)=>t,Fi=Bl({key:null,setSeries:!1,filters:{pub:Ml,sub:Ml},scales:[El,pl[1]?pl[1].scale:null],match:[Sl,Sl,Hi],values:[null,null]},oe.sync);2==Fi.match.length&&Fi.match.push(Hi),oe.sync=Fi;const Ri=Fi.key,Gi=dt(Ri);function Ii(l,e,t,n,i,o,s){Fi.filters.pub(l,e,t,n,i,o,s)&&Gi.pub(l,e,t,n,i,o,s)}function Li(){Ci("init",u,g),gn(g||u.data,!1),Kl[El]?Kn(El,Kl[El]):xn(),wt=ei.show&&(ei.width>0||ei.height>0),xt=_t=!0,vt(u.width,u.height)}return Gi.sub(k),k.pub=function(l,e,t,n,i,o,s){Fi.filters.sub(l,e,t,n,i,o,s)&&Wi[l](null,e,t,n,i,o,s)},k.destroy=function(){Gi.unsub(k),It.delete(k),Pe.clear(),I(x,v,Ai),R.remove(),ce?.remove(),Ci("destroy")},pl.forEach(Yt),xl.forEach((function(l,e){if(l._show=l.show,l.show){let t=vl[l.scale];null==t&&(l.scale=l.side%2?pl[1].scale:El,t=vl[l.scale]);let n=t.time;l.size=bl(l.size),l.space=bl(l.space),l.rotate=bl(l.rotate),Gl(l.incrs)&&l.incrs.forEach((l=>{!Wl.has(l)&&Wl.set(l,Yl(l))})),l.incrs=bl(l.incrs||(2==t.distr?ae:n?1==hl?ke:Se:fe)),l.splits=bl(l.splits||(n&&1==t.distr?Ql:3==t.distr?Je:4==t.distr?qe:$e)),l.stroke=bl(l.stroke),l.grid.stroke=bl(l.grid.stroke),l.ticks.stroke=bl(l.ticks.stroke),l.border.stroke=bl(l.border.stroke);let i=l.values;l.values=Gl(i)&&!Gl(i[0])?bl(i):n?Gl(i)?De(Xl,ze(i,Zl)):Ll(i)?function(l,e){let t=ne(e);return(e,n)=>n.map((e=>t(l(e))))}(Xl,i):i||le:i||Be,l.filter=bl(l.filter||(3>t.distr||10!=t.log?3==t.distr&&2==t.log?tt:kl:et)),l.font=Qt(l.font),l.labelFont=Qt(l.labelFont),l._size=l.size(k,null,e,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Ct[e]=!0,l._el=D("u-axis",X))}})),_?_ instanceof HTMLElement?(_.appendChild(R),Li()):_(k,Li):Li(),k}en.assign=Bl,en.fmtNum=tl,en.rangeNum=Z,en.rangeLog=B,en.rangeAsinh=$,en.orient=pt,en.pxRatio=y,en.join=function(l,e){if(function(l){let e=l[0][0],t=e.length;for(let n=1;l.length>n;n++){let i=l[n][0];if(i.length!=t)return!1;if(i!=e)for(let l=0;t>l;l++)if(i[l]!=e[l])return!1}return!0}(l)){let e=l[0].slice();for(let t=1;l.length>t;t++)e.push(...l[t].slice(1));return function(l,e=100){const t=l.length;if(1>=t)return!0;let n=0,i=t-1;for(;i>=n&&null==l[n];)n++;for(;i>=n&&null==l[i];)i--;if(n>=i)return!0;const o=fl(1,sl((i-n+1)/e));for(let e=l[n],t=n+o;i>=t;t+=o){const n=l[t];if(null!=n){if(e>=n)return!1;e=n}}return!0}(e[0])||(e=function(l){let e=l[0],t=e.length,n=Array(t);for(let l=0;n.length>l;l++)n[l]=l;n.sort(((l,t)=>e[l]-e[t]));let i=[];for(let e=0;l.length>e;e++){let o=l[e],s=Array(t);for(let l=0;t>l;l++)s[l]=o[n[l]];i.push(s)}return i}(e)),e}let t=new Set;for(let e=0;l.length>e;e++){let n=l[e][0],i=n.length;for(let l=0;i>l;l++)t.add(n[l])}let n=[Array.from(t).sort(((l,e)=>l-e))],i=n[0].length,o=new Map;for(let l=0;i>l;l++)o.set(n[0][l],l);for(let t=0;l.length>t;t++){let s=l[t],r=s[0];for(let l=1;s.length>l;l++){let u=s[l],a=Array(i).fill(void 0),f=e?e[t][l]:1,c=[];for(let l=0;u.length>l;l++){let e=u[l],t=o.get(r[l]);null===e?0!=f&&(a[t]=e,2==f&&c.push(t)):a[t]=e}$l(a,c,i),n.push(a)}}return n},en.fmtDate=ne,en.tzDate=function(l,e){let t;return"UTC"==e||"Etc/UTC"==e?t=new Date(+l+6e4*l.getTimezoneOffset()):e==ie?t=l:(t=new Date(l.toLocaleString("en-US",{timeZone:e})),t.setMilliseconds(l.getMilliseconds())),t},en.sync=dt;{en.addGap=function(l,e,t){let n=l[l.length-1];n&&n[0]==e?n[1]=t:l.push([e,t])},en.clipGaps=wt;let l=en.paths={points:Wt};l.linear=Ft,l.stepped=function(l){const e=Q(l.align,1),t=Q(l.ascDesc,!1),n=Q(l.alignGaps,0),i=Q(l.extend,!1);return(l,o,s,r)=>pt(l,o,((u,a,f,c,h,d,p,m,g,x,w)=>{[s,r]=U(f,s,r);let _=u.pxRound,{left:b,width:v}=l.bbox,k=l=>_(d(l,c,x,m)),M=l=>_(p(l,h,w,g)),S=0==c.ori?Mt:St;const T={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},E=T.stroke,z=c.dir*(0==c.ori?1:-1);let D=M(f[1==z?s:r]),P=k(a[1==z?s:r]),A=P,W=P;i&&-1==e&&(W=b,S(E,W,D)),S(E,P,D);for(let l=1==z?s:r;l>=s&&r>=l;l+=z){let t=f[l];if(null==t)continue;let n=k(a[l]),i=M(t);1==e?S(E,n,D):S(E,A,i),S(E,n,i),D=i,A=n}let Y=A;i&&1==e&&(Y=b+v,S(E,Y,D));let[C,H]=mt(l,o);if(null!=u.fill||0!=C){let e=T.fill=new Path2D(E),t=M(u.fillTo(l,o,u.min,u.max,C));S(e,Y,t),S(e,W,t)}if(!u.spanGaps){let i=[];i.push(..._t(a,f,s,r,z,k,n));let h=u.width*y/2,d=t||1==e?h:-h,p=t||-1==e?-h:h;i.forEach((l=>{l[0]+=d,l[1]+=p})),T.gaps=i=u.gaps(l,o,s,r,i),T.clip=wt(i,c.ori,m,g,x,w)}return 0!=H&&(T.band=2==H?[xt(l,o,s,r,E,-1),xt(l,o,s,r,E,1)]:xt(l,o,s,r,E,H)),T}))},l.bars=function(l){const e=Q((l=l||Hl).size,[.6,gl,1]),t=l.align||0,n=l.gap||0;let i=l.radius;i=null==i?[0,0]:"number"==typeof i?[i,0]:i;const o=bl(i),s=1-e[0],r=Q(e[1],gl),u=Q(e[2],1),a=Q(l.disp,Hl),f=Q(l.each,(()=>{})),{fill:c,stroke:h}=a;return(l,e,i,d)=>pt(l,e,((p,m,g,x,w,_,b,v,k,M,S)=>{let T,E,z=p.pxRound,D=t,P=n*y,A=r*y,W=u*y;0==x.ori?[T,E]=o(l,e):[E,T]=o(l,e);const Y=x.dir*(0==x.ori?1:-1);let C,H,F,R=0==x.ori?Tt:Et,G=0==x.ori?f:(l,e,t,n,i,o,s)=>{f(l,e,t,i,n,s,o)},I=Q(l.bands,Fl).find((l=>l.series[0]==e)),L=p.fillTo(l,e,p.min,p.max,null!=I?I.dir:0),O=z(b(L,w,S,k)),N=M,j=z(p.width*y),U=!1,V=null,B=null,$=null,J=null;null==c||0!=j&&null==h||(U=!0,V=c.values(l,e,i,d),B=new Map,new Set(V).forEach((l=>{null!=l&&B.set(l,new Path2D)})),j>0&&($=h.values(l,e,i,d),J=new Map,new Set($).forEach((l=>{null!=l&&J.set(l,new Path2D)}))));let{x0:q,size:K}=a;if(null!=q&&null!=K){D=1,m=q.values(l,e,i,d),2==q.unit&&(m=m.map((e=>l.posToVal(v+e*M,x.key,!0))));let t=K.values(l,e,i,d);H=2==K.unit?t[0]*M:_(t[0],x,M,v)-_(0,x,M,v),N=Rt(m,g,_,x,M,v,N),F=N-H+P}else N=Rt(m,g,_,x,M,v,N),F=N*s+P,H=N-F;1>F&&(F=0),H/2>j||(j=0),5>F&&(z=vl);let X=F>0;H=z(wl(N-F-(X?j:0),W,A)),C=(0==D?H/2:D==Y?0:H)-D*Y*((0==D?P/2:0)+(X?j/2:0));const Z={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ll=U?null:new Path2D;let el=null;if(null!=I)el=l.data[I.series[1]];else{let{y0:t,y1:n}=a;null!=t&&null!=n&&(g=n.values(l,e,i,d),el=t.values(l,e,i,d))}let tl=T*H,nl=E*H;for(let t=1==Y?i:d;t>=i&&d>=t;t+=Y){let n=g[t];if(null==n)continue;if(null!=el){let l=el[t]??0;if(n-l==0)continue;O=b(l,w,S,k)}let i=_(2!=x.distr||null!=a?m[t]:t,x,M,v),o=b(Q(n,L),w,S,k),s=z(i-C),r=z(fl(o,O)),u=z(al(o,O)),f=r-u;if(null!=n){let i=0>n?nl:tl,o=0>n?tl:nl;U?(j>0&&null!=$[t]&&R(J.get($[t]),s,u+sl(j/2),H,fl(0,f-j),i,o),null!=V[t]&&R(B.get(V[t]),s,u+sl(j/2),H,fl(0,f-j),i,o)):R(ll,s,u+sl(j/2),H,fl(0,f-j),i,o),G(l,e,t,s-j/2,u,H+j,f)}}return j>0?Z.stroke=U?J:ll:U||(Z._fill=0==p.width?p._fill:p._stroke??p._fill,Z.width=0),Z.fill=U?B:ll,Z}))},l.spline=function(l){return function(l,e){const t=Q(e?.alignGaps,0);return(e,n,i,o)=>pt(e,n,((s,r,u,a,f,c,h,d,p,m,g)=>{[i,o]=U(u,i,o);let x,w,_,b=s.pxRound,v=l=>b(c(l,a,m,d)),k=l=>b(h(l,f,g,p));0==a.ori?(x=kt,_=Mt,w=Pt):(x=yt,_=St,w=At);const y=a.dir*(0==a.ori?1:-1);let M=v(r[1==y?i:o]),S=M,T=[],E=[];for(let l=1==y?i:o;l>=i&&o>=l;l+=y)if(null!=u[l]){let e=v(r[l]);T.push(S=e),E.push(k(u[l]))}const z={stroke:l(T,E,x,_,w,b),fill:null,clip:null,band:null,gaps:null,flags:1},D=z.stroke;let[P,A]=mt(e,n);if(null!=s.fill||0!=P){let l=z.fill=new Path2D(D),t=k(s.fillTo(e,n,s.min,s.max,P));_(l,S,t),_(l,M,t)}if(!s.spanGaps){let l=[];l.push(..._t(r,u,i,o,y,v,t)),z.gaps=l=s.gaps(e,n,i,o,l),z.clip=wt(l,a.ori,d,p,m,g)}return 0!=A&&(z.band=2==A?[xt(e,n,i,o,D,-1),xt(e,n,i,o,D,1)]:xt(e,n,i,o,D,A)),z}))}(Gt,l)}}return en}();\n',
    'uPlot.min.css': '.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}',
};

;// CONCATENATED MODULE: ./src/dashboard/data.ts





const DATA_VERSION = 1;
/** Only an http(s) address without credentials, normalized, may become a link. */
function safeRepoUrl(url) {
    if (!url)
        return null;
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return null;
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password)
        return null;
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
/**
 * Four significant digits, and every integer digit: what the page shows, one digit more than the PR
 * comment's three, so the chart, the tooltip and the table agree with the report.
 */
function roundValue(x) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    const decimals = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));
    return Number(x.toFixed(Math.min(decimals, 20)));
}
function seconds(iso) {
    const ms = Date.parse(iso);
    return Number.isFinite(ms) ? Math.round(ms / 1000) : 0;
}
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function dashboardData(histories, options = {}) {
    const commits = [];
    const commitIndex = new Map();
    const runners = [];
    const runnerIndex = new Map();
    const intern = (list, index, key) => {
        let i = index.get(key);
        if (i === undefined) {
            i = list.length;
            list.push(key);
            index.set(key, i);
        }
        return i;
    };
    // Suites in name order; one history per suite (a later one of the same name is merged run by run).
    const bySuite = new Map();
    for (const h of histories)
        bySuite.set(h.suite, [...(bySuite.get(h.suite) ?? []), ...h.runs]);
    const suites = [...bySuite.entries()]
        .sort((a, b) => byText(a[0], b[0]))
        .map(([name, runs]) => {
        const c = runs.map((r) => intern(commits, commitIndex, r.commit));
        const t = runs.map((r) => seconds(r.timestamp));
        const r = runs.map((run) => run.runner ? intern(runners, runnerIndex, describeRunner(run.runner)) : -1);
        const rc = [];
        let kind;
        runs.forEach((run, i) => {
            const k = runnerKind(run.runner);
            if (k === undefined)
                return;
            if (kind !== undefined && k !== kind)
                rc.push(i);
            kind = k;
        });
        // Every series of the suite, with its values per run.
        const found = new Map();
        const values = new Map();
        runs.forEach((run, i) => {
            for (const s of run.series) {
                if (!Number.isFinite(s.value))
                    continue;
                const id = model_seriesId(s);
                if (!found.has(id)) {
                    found.set(id, {
                        name: s.name,
                        metric: s.metric,
                        unit: s.unit,
                        smaller: s.direction !== 'bigger',
                    });
                    values.set(id, new Array(runs.length));
                }
                // The newest run decides unit and direction, as the analysis does.
                const meta = found.get(id);
                meta.unit = s.unit;
                meta.smaller = s.direction !== 'bigger';
                values.get(id)[i] = s.value;
            }
        });
        const ids = [...found.keys()].sort((a, b) => byText(a, b));
        const series = ids.map((id) => {
            const meta = found.get(id);
            const raw = values.get(id);
            const present = [];
            const at = [];
            raw.forEach((x, i) => {
                if (x !== undefined) {
                    present.push(x);
                    at.push(i);
                }
            });
            const scale = scaleOf(meta.unit, present);
            return {
                id: seriesAnchor(name, meta.name, meta.metric),
                n: meta.name,
                m: meta.metric,
                u: scale.label,
                s: meta.smaller ? 1 : 0,
                v: raw.map((x) => (x === undefined ? null : roundValue(x / scale.divisor))),
                cp: changePoints(present).map((p) => at[p.index]),
            };
        });
        return { name, runs: { c, t, r, rc }, series };
    });
    return { v: DATA_VERSION, repo: safeRepoUrl(options.repoUrl), commits, runners, suites };
}

;// CONCATENATED MODULE: ./src/dashboard/index.ts





const PLACEHOLDER = '@@BENCHGATE_DATA@@';
/** JSON that is inert inside an HTML <script> element. */
function embedJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** The site's files, by name, in name order. */
function buildDashboard(histories, options = {}) {
    const data = embedJson(dashboardData(histories, options));
    const files = {};
    for (const name of Object.keys(ASSETS).sort()) {
        const text = ASSETS[name];
        files[name] = name === 'index.html' ? text.split(PLACEHOLDER).join(data) : text;
    }
    return files;
}

;// CONCATENATED MODULE: ./src/dashboard/folder.ts
/** The site on disk: each file written beside its final name and renamed, so a reader never sees half. */


/** Write the site into `dir` (created when missing); returns the files written. */
function writeDashboard(dir, files) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    return Object.entries(files).map(([name, text]) => {
        const file = external_node_path_.join(dir, name);
        const tmp = `${file}.tmp-${process.pid}`;
        external_node_fs_.writeFileSync(tmp, text);
        external_node_fs_.renameSync(tmp, file);
        return file;
    });
}

;// CONCATENATED MODULE: ./src/cli/dashboard.ts
/**
 * `benchgate dashboard`: the dashboard site from one or more history files (what `benchgate record`
 * or the action's `store: file` keep), for any CI: publish the folder wherever static files are served.
 */







/** A history file, validated as the stores validate what they load. */
function readHistoryFile(file, cwd) {
    let text;
    try {
        text = external_node_fs_.readFileSync(external_node_path_.resolve(cwd, file), 'utf8');
    }
    catch (e) {
        throw new BenchgateError(file, `expected a history file, could not read it (${e.code ?? 'error'})`);
    }
    let suite = 'default';
    try {
        const doc = JSON.parse(text);
        if (typeof doc?.suite === 'string')
            suite = doc.suite;
    }
    catch {
        // decodeHistory says what is wrong
    }
    const v = decodeHistory(text, suite);
    if (!v.ok)
        throw new BenchgateError(file, `expected a benchgate history: ${v.reason}`);
    return v.history;
}
function dashboard_size(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
const dashboard = {
    name: 'dashboard',
    usage: `benchgate dashboard --history FILE [--history FILE ...] --out DIR [--repo-url URL]
  Write the dashboard, a static site with a chart per series over the history (change points marked,
  search, tables), into DIR. Open DIR/index.html, or publish DIR (GitHub Pages, any web server).
  --history FILE          a history file (one per suite); repeat for several suites
  --out DIR               the folder to write the site to (created when missing)
  --repo-url URL          the repository's web address, for commit links (e.g. https://github.com/o/r;
                          default: from GITHUB_SERVER_URL and GITHUB_REPOSITORY when set)`,
    options: {
        history: { type: 'string', multiple: true },
        out: { type: 'string' },
        'repo-url': { type: 'string' },
    },
    async run(values, positionals, io) {
        if (positionals.length > 0)
            throw new BenchgateError('dashboard', `unexpected argument ${JSON.stringify(positionals[0])}; give history files with --history`);
        const files = strs(values, 'history');
        if (files.length === 0)
            throw new BenchgateError('dashboard', 'expected at least one --history FILE');
        const out = required(values, 'out', 'dashboard', 'DIR');
        const given = str(values, 'repo-url');
        if (given !== undefined && !safeRepoUrl(given))
            throw new BenchgateError('--repo-url', `expected an http(s) address, got ${JSON.stringify(given)}`);
        const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = io.env;
        const repoUrl = given ?? (server && repo ? `${server}/${repo}` : undefined);
        const histories = files.map((f) => readHistoryFile(f, io.cwd));
        const site = buildDashboard(histories, { repoUrl });
        const dir = external_node_path_.resolve(io.cwd, out);
        writeDashboard(dir, site);
        const total = Object.values(site).reduce((n, t) => n + Buffer.byteLength(t), 0);
        const series = histories.reduce((n, h) => n + new Set(h.runs.flatMap((r) => r.series.map((s) => `${s.name}\u0000${s.metric}`))).size, 0);
        io.stdout.write(`benchgate: wrote the dashboard of ${histories.length} suite(s), ${series} series, to ${dir} (${dashboard_size(total)}, index.html ${dashboard_size(Buffer.byteLength(site['index.html']))})\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands.ts





const COMMANDS = [parse, compare, record, ab, dashboard];

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Command-line flags with node:util `parseArgs` (strict: an unknown flag, a value given to a boolean
 * flag such as `--json=false`, or a missing value is an error), its errors turned into one line that
 * names the flag and lists the valid ones.
 */


const HELP_OPTION = { help: { type: 'boolean', short: 'h' } };
function flags(command) {
    return [...Object.keys(command.options), 'help'].map((f) => `--${f}`).join(', ');
}
function parseCommandArgs(command, args) {
    const options = { ...command.options, ...HELP_OPTION };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: true, tokens: true });
    }
    catch (e) {
        throw argumentError(command, e);
    }
    // A flag that takes one value, given twice: which one was meant?
    const seen = new Set();
    for (const t of parsed.tokens) {
        if (t.kind !== 'option')
            continue;
        const o = options[t.name];
        if (o && o.type === 'string' && !o.multiple) {
            if (seen.has(t.name))
                throw new BenchgateError(`--${t.name}`, `expected the flag once for ${command.name}`);
            seen.add(t.name);
        }
    }
    return { values: parsed.values, positionals: parsed.positionals };
}
function argumentError(command, e) {
    const err = e;
    const message = String(err.message ?? e);
    const flag = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
    switch (err.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return new BenchgateError(flag, `unknown flag for ${command.name}; expected one of ${flags(command)}`);
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            if (/does not take an argument/.test(message))
                return new BenchgateError(flag, `expected no value: it is a switch (give ${flag} to turn it on, leave it out for off)`);
            return new BenchgateError(flag, `expected a value after the flag (${flag} VALUE or ${flag}=VALUE)`);
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return new BenchgateError(command.name, `unexpected argument ${flag}`);
        default:
            return e;
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
/** The package's version, inlined into dist/cli.js by the bundler (the bundle ships without package.json). */

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI as a function (tests call it like one): dispatch to a command, `--help`/`-h`, `--version`,
 * and the one top-level catch. Errors are one line on stderr and exit 2.
 */





function usage(commands = COMMANDS) {
    return [
        `benchgate ${VERSION}: benchmark regressions, decided with statistics`,
        '',
        'usage:',
        ...commands.map((c) => c.usage.replace(/^/gm, '  ')),
        '  benchgate --version     print the version',
        '  benchgate --help, -h    print this help (benchgate COMMAND --help: one command)',
        '',
        'Exit status: 0 pass or warn, 1 fail, 2 error (one line on stderr: benchgate: <where>: <what>).',
        'BENCHGATE_DEBUG=1 also prints the stack of an internal error, mapped to src/.',
        '',
    ].join('\n');
}
async function main(argv, io) {
    try {
        const [first, ...rest] = argv;
        if (first === '--version') {
            io.stdout.write(`${VERSION}\n`);
            return 0;
        }
        if (first === '--help' || first === '-h' || first === 'help') {
            const one = COMMANDS.find((c) => c.name === rest[0]);
            io.stdout.write(one ? `usage: ${one.usage}\n` : usage());
            return 0;
        }
        if (first === undefined) {
            io.stderr.write(usage());
            return 2;
        }
        const command = COMMANDS.find((c) => c.name === first);
        if (!command) {
            const names = COMMANDS.map((c) => c.name);
            const near = nearest(first, names);
            throw new BenchgateError(first.startsWith('-') ? first : JSON.stringify(first), `${first.startsWith('-') ? 'unknown flag' : 'unknown command'}; expected one of ${names.join(', ')}, --help, --version${near ? ` (did you mean "${near}"?)` : ''}`);
        }
        const { values, positionals } = parseCommandArgs(command, rest);
        if (values.help === true) {
            io.stdout.write(`usage: ${command.usage}\n`);
            return 0;
        }
        return await command.run(values, positionals, io);
    }
    catch (e) {
        // A bug (not something the user caused) keeps its stack, mapped to src/, with BENCHGATE_DEBUG=1.
        if (io.env.BENCHGATE_DEBUG === '1' && !(e instanceof BenchgateError) && e instanceof Error && e.stack)
            io.stderr.write(`${e.stack}\n`);
        io.stderr.write(`${errorMessage(e)}\n`);
        return 2;
    }
}


/***/ })

};

//# sourceMappingURL=108.index.js.map
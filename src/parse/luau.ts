/**
 * Luau's benchmark runner (`python bench/bench.py` in the Luau repository): one line per benchmark,
 *
 *     SUCCESS: base64                                  :   15.041ms +/-  0.636% on luau
 *
 * the mean time, its standard deviation in percent of the mean, and the driver (the VM). The RESULTS
 * table that follows repeats the same numbers and is not read. With several drivers in one file, the
 * driver is part of the name (`base64 (luau-jit)`), so each VM is its own series. A `FAILED:` line is
 * an error naming the benchmark: a run with a failure is not a result to compare.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, lineAt, makeSeries, numberIn, readNumber } from './common.js';
import { isJsSpace } from './console-table.js';

const LINE = /^SUCCESS\s*:\s*(.+?)\s*:\s*(\S+?)(ms|s|us)\s+\+\/-\s*(\S+?)%\s+on\s+(\S+)\s*$/;

/** One benchmark's numbers as its SUCCESS line gives them. */
type Row = (name: string, value: number, unit: string, pct: number, driver: string, offset: number) => void;

/** Where `scan` found the parts of a SUCCESS line (offsets into the text; the driver ends the line). */
const at = { name: 0, nameEnd: 0, value: 0, unit: 0, unitEnd: 0, pct: 0, pctEnd: 0, driver: 0 };

/**
 * LINE's groups on the trimmed line text[from, to), found by a scan (a file of a million lines spends
 * more on the regex and its match than on the rest): true when it finds them, false when the regex
 * must decide. With the blanks after the first colon all taken, LINE's lazy name ends before the first
 * colon whose remainder matches, and every part after that colon is one run of `\s` or `\S`; the scan
 * tries that first colon only, and leaves a name holding a character `.` does not match to the regex.
 */
function scan(text: string, from: number, to: number): boolean {
  let i = from + 7; // SUCCESS
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  if (i >= to || text.charCodeAt(i) !== 58 /* : */) return false;
  i++;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  const name = i;
  if (name >= to || text.charCodeAt(name) === 58) return false;
  const colon = text.indexOf(':', name + 1);
  if (colon < 0 || colon >= to) return false;
  let nameEnd = colon;
  while (isJsSpace(text.charCodeAt(nameEnd - 1))) nameEnd--; // stops at `name`, not a blank
  for (let k = name; k < nameEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 13 || c === 0x2028 || c === 0x2029) return false;
  }
  i = colon + 1;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  const value = i;
  while (i < to && !isJsSpace(text.charCodeAt(i))) i++;
  const unitEnd = i;
  if (unitEnd >= to) return false; // `\s+` must follow
  // the lazy value leaves the unit as much as it can: `ms` or `us` before `s`
  let unit: number;
  if (text.charCodeAt(unitEnd - 1) !== 115 /* s */ || unitEnd - value < 2) return false;
  const u = text.charCodeAt(unitEnd - 2);
  if (unitEnd - value >= 3 && (u === 109 /* m */ || u === 117) /* u */) unit = unitEnd - 2;
  else unit = unitEnd - 1;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  if (i + 3 > to || !text.startsWith('+/-', i)) return false;
  i += 3;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  const pct = i;
  while (i < to && !isJsSpace(text.charCodeAt(i))) i++;
  const pctEnd = i - 1; // the `%`
  if (i >= to || pctEnd <= pct || text.charCodeAt(pctEnd) !== 37 /* % */) return false;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  if (i + 2 > to || text.charCodeAt(i) !== 111 /* o */ || text.charCodeAt(i + 1) !== 110 /* n */)
    return false;
  i += 2;
  const on = i;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  const driver = i;
  while (i < to && !isJsSpace(text.charCodeAt(i))) i++;
  if (driver === on || driver === to || i !== to) return false;
  at.name = name;
  at.nameEnd = nameEnd;
  at.value = value;
  at.unit = unit;
  at.unitEnd = unitEnd;
  at.pct = pct;
  at.pctEnd = pctEnd;
  at.driver = driver;
  return true;
}

/** Whether only blanks stand before `p` on its line (what `trim` removes, LF aside). */
function startsLine(text: string, p: number): boolean {
  for (let k = p; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if (c === 10) return true;
    if (!isJsSpace(c)) return false;
  }
  return true;
}

/** The first offset from `from` on where `word` starts a trimmed line, or -1. */
function lineStarting(text: string, word: string, from: number): number {
  for (let p = text.indexOf(word, from); p >= 0; p = text.indexOf(word, p + 1)) {
    if (startsLine(text, p)) return p;
  }
  return -1;
}

/** The end of the trimmed line holding `p`, a non-blank (a CR at its end goes with the blanks). */
function trimmedEnd(text: string, p: number, nl: number): number {
  let to = nl < 0 ? text.length : nl;
  while (to > p && isJsSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * Calls `row` for each SUCCESS line, in file order, with the offset where the line starts; throws for
 * a FAILED line or a SUCCESS line that is not one. Only the lines starting with either word are
 * visited (found by indexOf): the RESULTS table and the rest are never split into lines.
 */
function eachRow(text: string, file: string, row: Row): void {
  let driver = ''; // the last driver, compared in place: one driver is usual
  let fail = lineStarting(text, 'FAIL', 0);
  let from = lineStarting(text, 'SUCCESS', 0);
  while (from >= 0 || fail >= 0) {
    if (fail >= 0 && (from < 0 || fail < from)) {
      const nl = text.indexOf('\n', fail);
      const line = text.slice(fail, trimmedEnd(text, fail, nl));
      if (/^FAIL(?:ED|URE)?\s*:/.test(line)) {
        throw new ParseError(
          file,
          lineAt(text, fail),
          'expected every benchmark to succeed, one failed',
          line,
        );
      }
      fail = nl < 0 ? -1 : lineStarting(text, 'FAIL', nl + 1);
      continue;
    }
    const nl = text.indexOf('\n', from);
    const to = trimmedEnd(text, from, nl);
    let name: string;
    let value: number | undefined;
    let pct: number | undefined;
    let unit: string;
    if (scan(text, from, to)) {
      name = text.slice(at.name, at.nameEnd);
      value = numberIn(text, at.value, at.unit);
      pct = numberIn(text, at.pct, at.pctEnd);
      const u = text.charCodeAt(at.unit);
      unit = at.unitEnd - at.unit === 1 ? 's' : u === 109 ? 'ms' : 'us';
      const d = to - at.driver;
      if (driver.length !== d || !text.startsWith(driver, at.driver)) driver = text.slice(at.driver, to);
    } else {
      const m = LINE.exec(text.slice(from, to));
      name = m?.[1] ?? '';
      value = m ? readNumber(m[2]) : undefined;
      pct = m ? readNumber(m[4]) : undefined;
      unit = m?.[3] ?? '';
      driver = m?.[5] ?? '';
    }
    if (value === undefined || pct === undefined) {
      throw new ParseError(
        file,
        lineAt(text, from),
        'expected "SUCCESS: <name> : <time>ms +/- <dev>% on <driver>"',
        text.slice(from, to),
      );
    }
    row(name, value, unit, pct, driver, from);
    from = nl < 0 ? -1 : lineStarting(text, 'SUCCESS', nl + 1);
  }
}

function seriesOf(
  name: string,
  value: number,
  unit: string,
  pct: number,
  file: string,
  line: number,
): Series {
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
  readonly series: Series[] = [];
  private unique: UniqueNames;
  private first: string | undefined;
  drivers = 0;
  failed = false;
  /** The line at `offset` (strict pass): LFs counted up to there from the last row's. */
  private line = 1;
  private counted = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private several: boolean,
    private readonly strict: boolean,
  ) {
    this.unique = new UniqueNames(file);
  }

  readonly add: Row = (name, value, unit, pct, driver, offset) => {
    if (this.first === undefined) {
      this.first = driver;
      this.drivers = 1;
    } else if (this.drivers === 1 && driver !== this.first) {
      this.drivers = 2;
      if (!this.several && !this.failed) this.nameDrivers();
    }
    if (this.failed) return;
    const line = this.strict ? this.lineAt(offset) : 0;
    try {
      const s = seriesOf(this.several ? `${name} (${driver})` : name, value, unit, pct, this.file, line);
      this.unique.check(s, line);
      this.series.push(s);
    } catch (e) {
      if (this.strict || !(e instanceof ParseError)) throw e;
      this.failed = true;
    }
  };

  private lineAt(offset: number): number {
    for (let nl = this.text.indexOf('\n', this.counted); nl >= 0 && nl < offset;) {
      this.line++;
      this.counted = nl + 1;
      nl = this.text.indexOf('\n', this.counted);
    }
    return this.line;
  }

  /** The series so far all ran on the first driver: their names say so now (and stay unique). */
  private nameDrivers(): void {
    this.several = true;
    this.unique = new UniqueNames(this.file);
    for (const s of this.series) {
      s.name = `${s.name} (${this.first})`;
      this.unique.check(s, 0);
    }
  }
}

export const luau: Parser = {
  name: 'luau',
  describe: 'Luau\'s bench/bench.py ("SUCCESS: <name> : <time>ms +/- <dev>% on <driver>")',
  detect(text) {
    return /^SUCCESS\s*:\s*.+?\s:\s+[\d.]+m?s \+\/- /m.test(text.slice(0, 65536));
  },
  parse(text, file) {
    const direct = new Direct(text, file, false, false);
    eachRow(text, file, direct.add);
    if (direct.drivers === 0) {
      throw new ParseError(file, lineAt(text, text.length), 'expected "SUCCESS: <name> : <time>ms" lines');
    }
    if (!direct.failed) return direct.series;
    const strict = new Direct(text, file, direct.drivers > 1, true);
    eachRow(text, file, strict.add);
    return strict.series;
  },
};

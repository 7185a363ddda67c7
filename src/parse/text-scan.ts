/**
 * For the line readers that read a text in place: its lines as offsets (`LineCursor`), and searches of
 * the whole text that go on from the last one's result instead of starting again at every line, so
 * that answering them for every line of a file reads the file once (an `indexOf` bounded by the line
 * would not find out more cheaply that a line holds no such string, and an unbounded one per line is
 * quadratic).
 */
import { exactDecimal } from './common.js';

/**
 * The lines of a text as `eachLine` splits them (LF or CRLF; the text after the last LF is a line too),
 * at their offsets: `while (lines.next())` visits each, with no string and no closure per line.
 */
export class LineCursor {
  /** The line's first offset. */
  start = 0;
  /** Its end, before its CR LF or LF (or the text's end). */
  end = 0;
  /** Its LF, or text.length for the last line. */
  stop = 0;
  /** Its number from 1; after the last line, the number of lines. */
  n = 0;
  /** Where the next line starts, or -1 after the last. */
  private following = 0;

  constructor(private readonly text: string) {}

  /** Move to the next line; false when there is none. */
  next(): boolean {
    const start = this.following;
    if (start < 0) return false;
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
export class NextOf {
  /** The first occurrence at or after the last search's start, or text.length when there is none. */
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly s: string,
  ) {}

  /** The first offset at or after `from` where the string starts, or text.length; `from` >= last call's. */
  from(from: number): number {
    if (this.at < from) {
      const i = this.text.indexOf(this.s, from);
      this.at = i < 0 ? this.text.length : i;
    }
    return this.at;
  }

  /** Whether the string occurs within text[from, to) (`from` >= last call's). */
  within(from: number, to: number): boolean {
    return this.from(from) + this.s.length <= to;
  }
}

/**
 * Where `holdsLineTerminator` of a slice is asked of offsets: whether text[from, to) holds a CR,
 * U+2028 or U+2029 (where a regex's `.` stops), `from` never decreasing between calls.
 */
export class LineTerminators {
  private readonly cr: NextOf;
  private readonly ls: NextOf;
  private readonly ps: NextOf;

  constructor(text: string) {
    this.cr = new NextOf(text, '\r');
    this.ls = new NextOf(text, '\u2028');
    this.ps = new NextOf(text, '\u2029');
  }

  within(from: number, to: number): boolean {
    return this.cr.from(from) < to || this.ls.from(from) < to || this.ps.from(from) < to;
  }
}

/** `[0-9]` */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The plain decimal a console prints (`35.96`, `1.2345e-4`) read in the one pass that finds where it
 * ends, with the value `numberIn` gives it: a reader that checks a number's syntax by hand need not
 * have numberIn read it again. One per reader.
 */
export class PlainDecimal {
  /**
   * The value of the number `end` returned, as numberIn reads it (an exact mantissa below 2^53 and a
   * decimal exponent within ±22, one IEEE operation); NaN for any other, which numberIn must read.
   */
  value = NaN;

  /**
   * The end of `\d+(?:\.\d+)?(?:e[-+]?\d+)?` at text[from, to), as far as it goes: a `.` or an `e`
   * without its digits after it is not read. `from` when no digit starts there.
   */
  read(text: string, from: number, to: number): number {
    let i = from;
    let m = 0;
    let c = 0;
    while (i < to && isDigit((c = text.charCodeAt(i)))) {
      m = m * 10 + (c - 48);
      i++;
    }
    if (i === from) return from;
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
      if (sign === 43 || sign === 45) j++;
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
export class TextReader {
  protected readonly terminators: LineTerminators;
  protected readonly num = new PlainDecimal();

  constructor(protected readonly text: string) {
    this.terminators = new LineTerminators(text);
  }
}

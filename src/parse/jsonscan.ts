/**
 * Read the elements of one top-level array of a large JSON document one at a time, so a 100 MB Google
 * Benchmark file never exists twice in memory (once as text, once as a tree of objects). The scanner
 * only finds where each element starts and ends (strings and nesting respected); each element is then
 * handed to JSON.parse, which also validates it. Every other top-level value is validated with
 * JSON.parse too, so what this accepts is exactly what JSON.parse of the whole text would accept.
 */
import { ParseError } from '../errors.js';
import { jsonParseError } from './common.js';

const QUOTE = 34;
const BACKSLASH = 92;

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Counts lines incrementally: offsets are asked for in increasing order, so the file is scanned once. */
export class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  at(offset: number): number {
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
function endOfString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return -1;
    let k = q - 1;
    let backslashes = 0;
    while (text.charCodeAt(k) === BACKSLASH) {
      backslashes++;
      k--;
    }
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** Index just past the value that starts at `i`, or -1 when the text ends inside it. */
function endOfValue(text: string, i: number): number {
  const n = text.length;
  const first = text.charCodeAt(i);
  if (first === QUOTE) return endOfString(text, i);
  if (first === 123 || first === 91) {
    let depth = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i = endOfString(text, i);
        if (i < 0) return -1;
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
  // a number, true, false or null: up to the next delimiter
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 93 || c === 125 || isWs(c)) return i;
    i++;
  }
  return i;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

export interface ScanHandlers {
  /**
   * Called for each element of the array under `key`, in order, with the offset it starts at; `lineAt`
   * turns an offset into a line number (only worth doing for a message: it counts lines).
   */
  element(value: unknown, offset: number, index: number, lineAt: (offset: number) => number): void;
  /** Called for every other top-level key with its parsed value. */
  other?(key: string, value: unknown, line: number): void;
}

/**
 * Walk a document `{ ..., "<key>": [ e0, e1, ... ], ... }`. Returns false when the top level is an
 * object without `key` (or `key` is not an array); throws a ParseError naming the line for anything
 * that is not valid JSON.
 */
export function scanArrayUnderKey(text: string, file: string, key: string, h: ScanHandlers): boolean {
  const lines = new LineCounter(text);
  const fail = (at: number, expected: string, found?: string): never => {
    throw new ParseError(file, lines.at(Math.min(at, text.length)), expected, found);
  };
  const truncated = (): never =>
    fail(text.length, 'expected complete JSON, the file ends early (truncated?)');
  const parse = (start: number, end: number): unknown => {
    try {
      return JSON.parse(text.slice(start, end));
    } catch (e) {
      // One line with the exact spot, whatever V8's message looks like in this Node version.
      throw jsonParseError(text.slice(start, end), file, e, start, text);
    }
  };
  const lineAt = (offset: number): number => lines.at(offset);
  const foundAt = (i: number): string => (i >= text.length ? 'the end of the file' : text.slice(i, i + 20));

  let i = skipWs(text, 0);
  if (text.charCodeAt(i) !== 123) fail(i, 'expected a JSON object', foundAt(i));
  i = skipWs(text, i + 1);
  let sawKey = false;
  if (text.charCodeAt(i) === 125) i++;
  else {
    for (;;) {
      if (i >= text.length) truncated();
      if (text.charCodeAt(i) !== QUOTE) fail(i, 'expected a quoted key in the JSON object', foundAt(i));
      const keyEnd = endOfString(text, i);
      if (keyEnd < 0) truncated();
      const k = parse(i, keyEnd) as string;
      i = skipWs(text, keyEnd);
      if (text.charCodeAt(i) !== 58) fail(i, `expected ":" after the key "${k}"`, foundAt(i));
      i = skipWs(text, i + 1);
      if (i >= text.length) truncated();
      if (k === key && text.charCodeAt(i) === 91) {
        sawKey = true;
        i = skipWs(text, i + 1);
        let index = 0;
        if (text.charCodeAt(i) === 93) i++;
        else {
          for (;;) {
            if (i >= text.length) truncated();
            // Fast path for flat objects (every Google Benchmark row): try the text up to the first
            // "}". If that parses, it is the element, since a JSON value has exactly one end; if the
            // "}" sat inside a string or closed a nested object, it fails and the element is scanned.
            let end = -1;
            let value: unknown;
            if (text.charCodeAt(i) === 123) {
              const close = text.indexOf('}', i);
              if (close > 0) {
                try {
                  value = JSON.parse(text.slice(i, close + 1));
                  end = close + 1;
                } catch {
                  end = -1;
                }
              }
            }
            if (end < 0) {
              end = endOfValue(text, i);
              if (end < 0) truncated();
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
              if (i >= text.length) truncated();
              fail(i, `expected "," or "]" after element ${index - 1} of "${key}"`, foundAt(i));
            }
            i = skipWs(text, i + 1);
          }
        }
      } else {
        const end = endOfValue(text, i);
        if (end < 0) truncated();
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
        if (i >= text.length) truncated();
        fail(i, 'expected "," or "}" in the JSON object', foundAt(i));
      }
      i = skipWs(text, i + 1);
    }
  }
  i = skipWs(text, i);
  if (i < text.length) fail(i, 'expected the end of the JSON document', foundAt(i));
  return sawKey;
}

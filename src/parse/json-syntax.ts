/**
 * Where and why a text is not JSON, for a one-line error ("bench.json:412: expected "," or "}" after a
 * value, got "#""). JSON.parse says neither reliably: V8's messages changed between Node 20 and 24, often
 * carry no position, and quote the text around the error with its line breaks. This scanner runs only
 * after JSON.parse has failed; it is iterative (a hostile file nested a million deep cannot overflow the
 * stack) and follows RFC 8259, which is what JSON.parse accepts.
 */

export interface JsonSyntaxError {
  /** Offset of the first character that cannot continue a JSON text. */
  offset: number;
  /** What JSON allows there, without the word "expected": `"," or "}" after a value`. */
  expected: string;
  /** What was there: a short excerpt, or "the end of the file". */
  found: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  let i = 0;
  const stack: number[] = []; // 0x5b '[' or 0x7b '{'
  const fail = (expected: string, at = i): JsonSyntaxError => ({
    offset: at,
    expected,
    found: at >= n ? 'the end of the file' : text.slice(at, at + 12),
  });
  const ws = (): void => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  /** Scan a string starting at i (a quote); undefined when it is well-formed. */
  const string = (): JsonSyntaxError | undefined => {
    i++;
    for (;;) {
      if (i >= n) return fail('the closing quote of a string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail('control characters inside a string to be escaped');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail('four hex digits after \\u in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('a valid escape (\\", \\\\, \\n, \\uXXXX …) in a string');
      } else i++;
    }
  };

  // value → after a value → (comma | close) → value …, with the container stack deciding what follows.
  let wantValue = true;
  for (;;) {
    ws();
    if (wantValue) {
      const c = text.charCodeAt(i);
      if (i >= n) return fail('a value');
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
          if (text.charCodeAt(i) !== 0x22) return fail('a quoted key or "}"');
          const err = string();
          if (err) return err;
          ws();
          if (text.charCodeAt(i) !== 0x3a) return fail('":" after a key');
          i++;
        }
        continue; // a value follows
      }
      if (c === 0x22) {
        const err = string();
        if (err) return err;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
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
      if (text.charCodeAt(i) !== 0x22) return fail('a quoted key after ","');
      const err = string();
      if (err) return err;
      ws();
      if (text.charCodeAt(i) !== 0x3a) return fail('":" after a key');
      i++;
    }
    wantValue = true;
  }
}

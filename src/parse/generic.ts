/**
 * The list format github-action-benchmark users already have: `[{name, unit, value, range?, extra?}]`.
 * Direction follows the unit unless the format name says otherwise (`customBiggerIsBetter`,
 * `customSmallerIsBetter`), which is what that format's users mean by those names.
 */
import type { Parser } from './types.js';
import type { Direction, Series } from '../model.js';
import { ParseError } from '../errors.js';
import { isRecord, looksLikeJson, metricOf, parseJson, readNumber } from './common.js';
import { canonical } from '../units.js';

/** The line on which the n-th element of a top-level array starts, for messages. */
function lineOfElement(text: string, index: number): number {
  let depth = 0;
  let element = -1;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (depth === 1 && ch === '{') {
        element++;
        if (element === index) return line;
      }
      depth++;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return 1;
}

/** "± 0.5", "+/- 12", "±1.2%" → a stddev in the value's raw unit, when it can be read. */
function readRange(range: unknown, value: number): number | undefined {
  if (typeof range !== 'string') return undefined;
  const m = /^\s*(?:±|\+\/-|\+-)\s*([-+\d.,eE_]+)\s*(%)?/.exec(range);
  if (!m) return undefined;
  const n = readNumber(m[1]);
  if (n === undefined) return undefined;
  return m[2] ? (Math.abs(value) * n) / 100 : n;
}

function makeGenericList(name: string, forced: Direction | undefined): Parser {
  return {
    name,
    describe:
      forced === undefined
        ? 'a JSON list [{"name", "unit", "value", "range"?}] (the github-action-benchmark custom format)'
        : `the github-action-benchmark ${name} JSON list`,
    detect(text) {
      if (!looksLikeJson(text) || !text.trimStart().startsWith('[')) return false;
      // cheap: the first element has the three keys
      const head = text.slice(0, 4096);
      return /"name"\s*:/.test(head) && /"unit"\s*:/.test(head) && /"value"\s*:/.test(head);
    },
    parse(text, file): Series[] {
      const doc = parseJson(text, file);
      if (!Array.isArray(doc)) {
        throw new ParseError(file, 1, 'expected a JSON list of {"name", "unit", "value"} objects');
      }
      if (doc.length === 0)
        throw new ParseError(file, 1, 'expected at least one benchmark in the list, got []');
      const seen = new Set<string>();
      return doc.map((item, i): Series => {
        const at = (): number => lineOfElement(text, i);
        if (!isRecord(item)) throw new ParseError(file, at(), `expected an object at index ${i}`);
        if (typeof item.name !== 'string' || item.name === '') {
          throw new ParseError(file, at(), `expected a non-empty string for "name" at index ${i}`);
        }
        if (typeof item.unit !== 'string') {
          throw new ParseError(file, at(), `expected a string for "unit" of "${item.name}"`);
        }
        const raw =
          typeof item.value === 'number'
            ? item.value
            : typeof item.value === 'string'
              ? readNumber(item.value)
              : undefined;
        if (raw === undefined || !Number.isFinite(raw)) {
          throw new ParseError(
            file,
            at(),
            `expected a number for "value" of "${item.name}"`,
            JSON.stringify(item.value) ?? 'nothing',
          );
        }
        const c = canonical(item.unit);
        const metric = metricOf(item.unit);
        const key = `${item.name}\u0000${metric}`;
        if (seen.has(key))
          throw new ParseError(file, at(), `expected each benchmark once, "${item.name}" appears twice`);
        seen.add(key);
        const s: Series = {
          name: item.name,
          metric,
          unit: c.unit,
          direction: forced ?? c.direction,
          value: raw * c.factor,
        };
        const sd = readRange(item.range, raw);
        if (sd !== undefined) s.spread = { stddev: sd * c.factor };
        return s;
      });
    },
  };
}

export const genericList = makeGenericList('generic', undefined);
export const customBiggerIsBetter = makeGenericList('customBiggerIsBetter', 'bigger');
export const customSmallerIsBetter = makeGenericList('customSmallerIsBetter', 'smaller');

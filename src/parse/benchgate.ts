/**
 * benchgate's own results format, for tools benchgate does not know (schema in benchgate-schema.ts,
 * documented in the README):
 *   {"benchgate": 1, "tool"?: "…", "results": [{"name", "unit", "value"? , "samples"?, "metric"?,
 *    "direction"?, "spread"?: {"low"?, "high"?, "stddev"?}}]}
 * Validated with the schema; the first error names the line of the offending entry. Values are
 * converted to canonical units like any tool's; `value` defaults to the median of `samples`,
 * `metric` and `direction` to what the unit implies.
 */
import type { ErrorObject } from 'ajv';
import type { Parser } from './types.js';
import type { Direction, Series } from '../model.js';
import {
  JsonReader,
  UniqueNames,
  describeJson,
  looksLikeJson,
  makeSeries,
  medianOf,
  parseJson,
} from './common.js';
import { ParseError } from '../errors.js';
import { validateResults } from './validate.generated.js';

/** The document, once the schema accepted it. */
interface ResultsDoc {
  benchgate: 1;
  tool?: string;
  results: {
    name: string;
    unit: string;
    metric?: string;
    direction?: Direction;
    value?: number;
    samples?: number[];
    spread?: { low?: number; high?: number; stddev?: number };
    origin?: 'console';
    exact?: true;
  }[];
}

/** Checked with the schema in benchgate-schema.ts, compiled by ajv at build time. */
function validate(doc: unknown): readonly ErrorObject[] {
  return validateResults(doc) ? [] : (validateResults.errors ?? []);
}

function pathOf(e: ErrorObject): (string | number)[] {
  return e.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** `results[3].value`, as a user finds it in the file. */
function display(path: (string | number)[]): string {
  if (path.length === 0) return 'the document';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(doc: unknown, path: (string | number)[]): unknown {
  let v: unknown = doc;
  for (const p of path) v = (v as Record<string | number, unknown> | undefined)?.[p];
  return v;
}

function describe(
  e: ErrorObject,
  doc: unknown,
): { path: (string | number)[]; expected: string; found?: string } {
  const path = pathOf(e);
  const at = display(path);
  const found = describeJson(valueAt(doc, path));
  const p = e.params as Record<string, unknown>;
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
        expected: `expected ${at} to be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
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

export const benchgateResults: Parser = {
  name: 'benchgate',
  describe: 'benchgate\'s own JSON: {"benchgate": 1, "results": [{"name", "unit", "value" | "samples"}]}',
  detect(text) {
    return looksLikeJson(text) && /^\s*\{[\s\S]{0,4096}?"benchgate"\s*:\s*1\b/.test(text.slice(0, 8192));
  },
  parse(text, file): Series[] {
    const doc = parseJson(text, file);
    const r: JsonReader = new JsonReader(text, file);
    const errors = validate(doc);
    if (errors.length > 0) {
      // The deepest error is the most specific. At one depth a misspelt key explains the rest best,
      // and "value or samples" (anyOf, reported with its branches' "required") comes last.
      const rank = (e: ErrorObject): number =>
        e.keyword === 'additionalProperties'
          ? 0
          : e.keyword === 'anyOf'
            ? 2
            : e.schemaPath.includes('anyOf')
              ? 3
              : 1;
      const sorted = [...errors].sort((a, b) => pathOf(b).length - pathOf(a).length || rank(a) - rank(b));
      const { path, expected, found } = describe(sorted[0], doc);
      throw new ParseError(file, r.line(path), expected, found);
    }
    const results = (doc as ResultsDoc).results;
    const unique = new UniqueNames(file);
    return results.map((e, i): Series => {
      const line = r.at(['results', i]);
      const value = e.value ?? medianOf(e.samples!);
      const s = makeSeries(
        {
          name: e.name,
          rawUnit: e.unit,
          metric: e.metric,
          direction: e.direction,
          value,
          samples: e.samples,
          spread: e.spread,
          origin: e.origin,
        },
        file,
        line,
      );
      unique.check(s, line);
      if (e.exact) s.exact = true;
      return s;
    });
  },
};

/**
 * The JSON schema of benchgate's own results format, the one to write from a harness benchgate does
 * not know. Kept as TypeScript so the bundle carries it; `npm run schemas` writes
 * schema/benchgate-results.schema.json from it (for editors, via "$schema"), and a test checks the
 * two agree. The README's "benchgate results format" section documents it with an example.
 */
import { LIMITS } from '../limits.js';

export const RESULTS_SCHEMA_ID =
  'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/benchgate-results.schema.json';

export const RESULTS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: RESULTS_SCHEMA_ID,
  title: 'benchgate results',
  description:
    'Benchmark results for benchgate from any tool: one entry per metric of each benchmark. Values are in ' +
    'the unit given; benchgate converts known units (ns, us, ms, s, B, KiB, MB/s, ops/s, …) to its ' +
    'canonical ones (ns, B, B/s, ops/s).',
  type: 'object',
  additionalProperties: false,
  required: ['benchgate', 'results'],
  properties: {
    $schema: { type: 'string', description: 'This schema, for editors.' },
    benchgate: { const: 1, description: 'The format version: 1.' },
    tool: {
      type: 'string',
      minLength: 1,
      maxLength: LIMITS.text,
      description: 'What produced the results (shown in reports), e.g. "my-harness 2.1".',
    },
    results: {
      type: 'array',
      minItems: 1,
      maxItems: LIMITS.seriesPerRun,
      items: { $ref: '#/definitions/result' },
      description: 'One entry per (name, metric); a pair may appear once.',
    },
  },
  definitions: {
    result: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'unit'],
      anyOf: [{ required: ['value'] }, { required: ['samples'] }],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          maxLength: LIMITS.name,
          pattern: '\\S',
          description: 'The benchmark, e.g. "parse/large". Names are compared across runs as written.',
        },
        metric: {
          type: 'string',
          minLength: 1,
          maxLength: LIMITS.metric,
          description:
            'What is measured. Default: "time" for a duration unit, "throughput" for a rate, else the unit.',
        },
        unit: {
          type: 'string',
          maxLength: LIMITS.unit,
          description:
            'The unit of value, samples and spread: "ns", "us", "ms", "s", "B", "KiB", "MB/s", "ops/s", or ' +
            'your own ("requests", "" for a plain count).',
        },
        direction: {
          enum: ['smaller', 'bigger'],
          description:
            'Which way is better. Default from the unit: rates (…/s) bigger, everything else smaller.',
        },
        value: {
          type: 'number',
          description: 'The headline. Default: the median of samples.',
        },
        samples: {
          type: 'array',
          minItems: 1,
          maxItems: LIMITS.samplesPerSeries,
          items: { type: 'number' },
          description:
            'Independent measurements (per repetition or per batch, each a per-operation value). With ' +
            'several, benchgate compares distributions instead of single values.',
        },
        origin: {
          enum: ['console'],
          description:
            'Where the numbers come from: "console" for a tool\'s printed summary table, which carries no samples.',
        },
        spread: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          description:
            'What the tool reports about the noise: low/high bound its confidence interval of the ' +
            'central value, stddev is the standard deviation of the samples.',
          properties: {
            low: { type: 'number' },
            high: { type: 'number' },
            stddev: { type: 'number', minimum: 0 },
          },
        },
        exact: {
          const: true,
          description:
            'A deterministic count (instructions, cache misses): no noise, so the thresholds apply to the ' +
            'change directly, without statistics.',
        },
      },
    },
  },
} as const;

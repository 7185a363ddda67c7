/**
 * The JSON schema of `.github/benchgate.yml`. Kept as TypeScript so the bundle carries it;
 * `npm run schemas` writes schema/config.schema.json from it (published for editors), and a test
 * checks the two agree.
 */
/** What a threshold is, as every message about one says it ("expected …"). */
export const THRESHOLD_EXPECTED = 'a relative change such as "5%", or a fraction below 1 such as 0.05';

const threshold = {
  description: `A${THRESHOLD_EXPECTED.slice(1)}.`,
  oneOf: [
    { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
    { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  ],
};

const quantity = {
  description:
    'An absolute value with its unit such as "2ms", "80MB/s" or "512KiB", or a number in the canonical unit (ns, B, B/s, ops/s).',
  oneOf: [{ type: 'string', minLength: 1 }, { type: 'number' }],
};

export const CONFIG_SCHEMA = {
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
      description:
        'Samples per side (or runs of history) below which no statistics are attempted. Default 5.',
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
      description:
        'Change-point detection on the base-branch history (E-divisive means with a t-test, as in Hunter/Otava): only runs since the last change point form the baseline.',
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
      description:
        'Run-to-run noise (relative standard deviation of a run\'s headline between runs) assumed when nothing measures it: one run per side in the same job without a history, or a cached base run. Default "25%"; "0%" trusts the within-run samples alone. See docs/statistics.md.',
    },
    'insufficient-data': {
      enum: ['warn', 'fail'],
      description:
        'With too few samples or runs for statistics, a change beyond the fail threshold warns (default) or fails.',
    },
    severity: {
      type: 'object',
      additionalProperties: false,
      description:
        'Change ratios at which a regression is minor, moderate, critical. Default 1.2 / 1.5 / 2.0.',
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
            description:
              'Values without noise (instruction counts, allocations): compare with the thresholds directly, no statistics.',
          },
        },
      },
    },
  },
} as const;

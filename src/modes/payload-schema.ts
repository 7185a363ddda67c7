/**
 * The JSON schema of collected results (src/modes/payload.ts): strict on purpose, since a workflow that
 * ran untrusted code may have written them. Kept apart from the reader so that
 * scripts/validators.ts can compile it into src/modes/validate.generated.ts.
 */
import { RUNNER_SCHEMA } from '../history/runner.js';
import { LIMITS } from '../limits.js';

const shortText = { type: 'string', maxLength: LIMITS.text } as const;
const sha = { type: 'string', pattern: '^[0-9a-fA-F]{1,64}$|^[A-Za-z0-9._/-]{0,200}$' } as const;

const series = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'metric', 'unit', 'direction', 'value'],
  properties: {
    name: { type: 'string', maxLength: LIMITS.name },
    metric: { type: 'string', maxLength: LIMITS.metric },
    unit: { type: 'string', maxLength: LIMITS.unit },
    direction: { enum: ['smaller', 'bigger'] },
    value: { type: 'number' },
    samples: { type: 'array', maxItems: LIMITS.samplesPerSeries, items: { type: 'number' } },
    runs: {
      type: 'array',
      maxItems: LIMITS.runsPerSeries,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['value'],
        properties: {
          value: { type: 'number' },
          samples: { type: 'array', maxItems: LIMITS.samplesPerSeries, items: { type: 'number' } },
        },
      },
    },
    spread: {
      type: 'object',
      additionalProperties: false,
      properties: { low: { type: 'number' }, high: { type: 'number' }, stddev: { type: 'number' } },
    },
    exact: { const: true },
  },
} as const;

const run = {
  type: 'object',
  additionalProperties: false,
  required: ['suite', 'tool', 'commit', 'ref', 'timestamp', 'series'],
  properties: {
    suite: shortText,
    tool: shortText,
    commit: sha,
    ref: shortText,
    runId: shortText,
    timestamp: shortText,
    runner: { ...RUNNER_SCHEMA, additionalProperties: false },
    series: { type: 'array', maxItems: LIMITS.seriesPerRun, items: series },
  },
} as const;

export const COLLECTED_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'benchgate collected results',
  type: 'object',
  additionalProperties: false,
  required: ['benchgateCollected', 'suite', 'event', 'sha', 'ref', 'inputs', 'current'],
  properties: {
    benchgateCollected: { const: 1 },
    suite: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' },
    repository: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._-]{1,100}$' },
    event: { type: 'string', maxLength: 100 },
    sha,
    ref: shortText,
    runId: { type: 'string', pattern: '^[0-9]{1,20}$' },
    pullRequest: {
      type: 'object',
      additionalProperties: false,
      required: ['number', 'baseRef', 'fork'],
      properties: {
        number: { type: 'integer', minimum: 1, maximum: 1e9 },
        headSha: { type: 'string', pattern: '^[0-9a-f]{40,64}$' },
        baseSha: { type: 'string', pattern: '^[0-9a-f]{40,64}$' },
        baseRef: shortText,
        fork: { type: 'boolean' },
      },
    },
    inputs: {
      type: 'object',
      additionalProperties: false,
      properties: {
        warnThreshold: shortText,
        failThreshold: shortText,
        failOn: shortText,
        baseBranch: shortText,
        config: shortText,
      },
    },
    current: run,
    baseline: run,
  },
} as const;

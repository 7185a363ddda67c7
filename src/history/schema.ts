/**
 * The JSON schema of a stored History document (DESIGN.md §2), checked with ajv on every load. Kept as
 * TypeScript so the bundle carries it; `npm run schemas` writes schema/history.schema.json from it.
 *
 * Unknown keys are allowed on purpose: a later benchgate may add optional fields without a new
 * schemaVersion, and an older one must still read that history rather than throw it away. A change
 * that older versions cannot read safely bumps schemaVersion (see migrate.ts).
 */
import { LIMITS } from '../limits.js';
import { RUNNER_SCHEMA } from './runner.js';

/** Validated with ajv's strictNumbers: Infinity and NaN (`1e999` in JSON) are refused. */
const finite = { type: 'number' };
const text = { type: 'string', maxLength: LIMITS.text };

const series = {
  type: 'object',
  required: ['name', 'metric', 'unit', 'direction', 'value'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: LIMITS.name },
    metric: { type: 'string', minLength: 1, maxLength: LIMITS.metric },
    unit: { type: 'string', maxLength: LIMITS.unit },
    direction: { enum: ['smaller', 'bigger'] },
    value: finite,
    samples: { type: 'array', maxItems: LIMITS.samplesPerSeries, items: finite },
    origin: { enum: ['console'] },
    statistic: { enum: ['mean'] },
    runs: {
      type: 'array',
      maxItems: LIMITS.runsPerSeries,
      items: {
        type: 'object',
        required: ['value'],
        properties: {
          value: finite,
          samples: { type: 'array', maxItems: LIMITS.samplesPerSeries, items: finite },
        },
      },
    },
    spread: {
      type: 'object',
      properties: { low: finite, high: finite, stddev: finite },
    },
    exact: { const: true },
  },
};

const run = {
  type: 'object',
  required: ['suite', 'tool', 'commit', 'ref', 'timestamp', 'series'],
  properties: {
    suite: text,
    tool: text,
    commit: text,
    ref: text,
    runId: text,
    timestamp: { type: 'string', minLength: 1, maxLength: LIMITS.text },
    runner: RUNNER_SCHEMA,
    series: { type: 'array', maxItems: LIMITS.seriesPerRun, items: series },
  },
};

export const HISTORY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/history.schema.json',
  title: 'benchgate history: the base-branch runs of one suite, oldest first',
  type: 'object',
  required: ['schemaVersion', 'suite', 'runs'],
  properties: {
    schemaVersion: { const: 1 },
    suite: { type: 'string', minLength: 1, maxLength: LIMITS.text },
    runs: { type: 'array', maxItems: LIMITS.runsPerHistory, items: run },
  },
} as const;

/**
 * The JSON schema of a stored History document (DESIGN.md §2), checked with ajv on every load. Kept as
 * TypeScript so the bundle carries it; `npm run schemas` writes schema/history.schema.json from it.
 *
 * Unknown keys are allowed on purpose: a later benchgate may add optional fields without a new
 * schemaVersion, and an older one must still read that history rather than throw it away. A change
 * that older versions cannot read safely bumps schemaVersion (see migrate.ts).
 */
const finite = { type: 'number' };

const series = {
  type: 'object',
  required: ['name', 'metric', 'unit', 'direction', 'value'],
  properties: {
    name: { type: 'string', minLength: 1 },
    metric: { type: 'string', minLength: 1 },
    unit: { type: 'string' },
    direction: { enum: ['smaller', 'bigger'] },
    value: finite,
    samples: { type: 'array', items: finite },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value'],
        properties: { value: finite, samples: { type: 'array', items: finite } },
      },
    },
    spread: {
      type: 'object',
      properties: { low: finite, high: finite, stddev: finite },
    },
  },
};

const run = {
  type: 'object',
  required: ['suite', 'tool', 'commit', 'ref', 'timestamp', 'series'],
  properties: {
    suite: { type: 'string' },
    tool: { type: 'string' },
    commit: { type: 'string' },
    ref: { type: 'string' },
    runId: { type: 'string' },
    timestamp: { type: 'string', minLength: 1 },
    runner: {
      type: 'object',
      required: ['os', 'arch'],
      properties: {
        os: { type: 'string' },
        arch: { type: 'string' },
        cpu: { type: 'string' },
        cores: { type: 'integer', minimum: 1 },
      },
    },
    series: { type: 'array', items: series },
  },
};

export const HISTORY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/benchgate/benchgate/schema/history.schema.json',
  title: 'benchgate history: the base-branch runs of one suite, oldest first',
  type: 'object',
  required: ['schemaVersion', 'suite', 'runs'],
  properties: {
    schemaVersion: { const: 1 },
    suite: { type: 'string', minLength: 1 },
    runs: { type: 'array', items: run },
  },
} as const;

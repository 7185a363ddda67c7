/**
 * What `mode: collect` uploads and `report` / `comment` read back: one suite's parsed results with the
 * context a later job needs. In the fork recipe it was written by a workflow that ran untrusted code, so
 * it is validated strictly (sizes capped, no unknown fields, SHAs and names in their shapes) before
 * anything reads it; the report escapes every string again anyway.
 */
import { Ajv } from 'ajv';
import type { Run } from '../model.js';
import { RUNNER_SCHEMA } from '../history/runner.js';
import { LIMITS } from '../limits.js';
import { errorText } from '../errors.js';

export const ARTIFACT_PREFIX = 'benchgate-results-';
export const PAYLOAD_FILE = 'benchgate-results.json';
/** A collected file larger than this is refused before parsing. */
export const MAX_PAYLOAD_BYTES = LIMITS.documentBytes;

export function artifactName(suite: string): string {
  return `${ARTIFACT_PREFIX}${suite}`;
}

export interface CollectedInputs {
  warnThreshold?: string;
  failThreshold?: string;
  failOn?: string;
  baseBranch?: string;
  config?: string;
}

export interface Collected {
  benchgateCollected: 1;
  suite: string;
  repository?: string;
  event: string;
  sha: string;
  ref: string;
  runId?: string;
  pullRequest?: { number: number; headSha?: string; baseSha?: string; baseRef: string; fork: boolean };
  /** The comparison inputs the collecting job was given (used by `report`; ignored by `comment`). */
  inputs: CollectedInputs;
  current: Run;
  /** Same-job mode: the base commit's run from the same job. */
  baseline?: Run;
}

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

// strictNumbers: JSON's 1e999 parses to Infinity, which `type: number` alone would accept.
const validate = new Ajv({ allErrors: false, strict: false, strictNumbers: true }).compile(COLLECTED_SCHEMA);

export type Checked = { ok: true; value: Collected } | { ok: false; reason: string };

/** Parse and validate collected results; every failure is a reason, never a throw. */
export function readCollected(text: string, where: string): Checked {
  if (text.length > MAX_PAYLOAD_BYTES)
    return { ok: false, reason: `${where}: larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MiB` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `${where}: not JSON (${errorText(e)})` };
  }
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return {
      ok: false,
      reason: `${where}: not benchgate collected results (${e?.instancePath || '/'} ${e?.message ?? 'invalid'})`,
    };
  }
  const c = value as Collected;
  if (c.current.suite !== c.suite || (c.baseline && c.baseline.suite !== c.suite))
    return { ok: false, reason: `${where}: its runs belong to another suite than "${c.suite}"` };
  return { ok: true, value: c };
}

/**
 * What `mode: collect` uploads and `report` / `comment` read back: one suite's parsed results with the
 * context a later job needs. In the fork recipe it was written by a workflow that ran untrusted code, so
 * it is validated strictly (sizes capped, no unknown fields, SHAs and names in their shapes) before
 * anything reads it; the report escapes every string again anyway.
 */
import { Ajv } from 'ajv';
import type { Run } from '../model.js';
import { errorText } from '../errors.js';

export const ARTIFACT_PREFIX = 'benchgate-results-';
export const PAYLOAD_FILE = 'benchgate-results.json';
/** A collected file larger than this is refused before parsing. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

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

const shortText = { type: 'string', maxLength: 200 } as const;
const sha = { type: 'string', pattern: '^[0-9a-fA-F]{1,64}$|^[A-Za-z0-9._/-]{0,200}$' } as const;

const series = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'metric', 'unit', 'direction', 'value'],
  properties: {
    name: { type: 'string', maxLength: 2000 },
    metric: { type: 'string', maxLength: 200 },
    unit: { type: 'string', maxLength: 100 },
    direction: { enum: ['smaller', 'bigger'] },
    value: { type: 'number' },
    samples: { type: 'array', maxItems: 100000, items: { type: 'number' } },
    spread: {
      type: 'object',
      additionalProperties: false,
      properties: { low: { type: 'number' }, high: { type: 'number' }, stddev: { type: 'number' } },
    },
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
    runner: {
      type: 'object',
      additionalProperties: false,
      required: ['os', 'arch'],
      properties: {
        os: { type: 'string', maxLength: 50 },
        arch: { type: 'string', maxLength: 50 },
        cpu: { type: 'string', maxLength: 200 },
        cores: { type: 'integer', minimum: 0, maximum: 100000 },
      },
    },
    series: { type: 'array', maxItems: 200000, items: series },
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

/** Compiled on first use: only `report` and `comment` read collected results. */
let compiled: ReturnType<Ajv['compile']> | undefined;
const validator = (): ReturnType<Ajv['compile']> =>
  (compiled ??= new Ajv({ allErrors: false, strict: false }).compile(COLLECTED_SCHEMA));

export type Checked = { ok: true; value: Collected } | { ok: false; reason: string };

/** Parse and validate collected results; every failure is a reason, never a throw. */
export function readCollected(text: string, where: string): Checked {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `${where}: not JSON (${errorText(e)})` };
  }
  const validate = validator();
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

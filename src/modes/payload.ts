/**
 * What `mode: collect` uploads and `report` / `comment` read back: one suite's parsed results with the
 * context a later job needs. In the fork recipe it was written by a workflow that ran untrusted code, so
 * it is validated strictly (sizes capped, no unknown fields, SHAs and names in their shapes) before
 * anything reads it; the report escapes every string again anyway.
 */
import type { Run } from '../model.js';
import { LIMITS } from '../limits.js';
import { errorText } from '../errors.js';
import { validateCollected } from './validate.generated.js';

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
  if (!validateCollected(value)) {
    const e = validateCollected.errors?.[0];
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

/** Validation of a stored History document (first cut: structural checks; schema in the history issue). */
import type { History } from '../model.js';
import { SCHEMA_VERSION } from './model.js';

export type Validated = { ok: true; history: History } | { ok: false; reason: string };

export function validateHistory(value: unknown, suite: string): Validated {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'expected a JSON object' };
  const v = value as Partial<History>;
  if (typeof v.schemaVersion !== 'number') return { ok: false, reason: 'expected a "schemaVersion"' };
  if (v.schemaVersion > SCHEMA_VERSION)
    return {
      ok: false,
      reason: `written by a newer benchgate (schema ${v.schemaVersion}, this one reads ${SCHEMA_VERSION})`,
    };
  if (!Array.isArray(v.runs)) return { ok: false, reason: 'expected a "runs" list' };
  if (v.suite !== suite)
    return { ok: false, reason: `expected suite "${suite}", found "${String(v.suite)}"` };
  return { ok: true, history: v as History };
}

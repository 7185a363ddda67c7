/**
 * Validation of a stored History document on every load: migrate it to the current schemaVersion,
 * then check it against HISTORY_SCHEMA (compiled by ajv at build time: validate.generated.ts). A failure says what is wrong and where, so the
 * warning a user sees names the problem ("runs[3].series[0].value: must be number").
 */
import type { ErrorObject } from 'ajv';
import type { History } from '../model.js';
import { errorText } from '../errors.js';
import { validateHistoryDocument as check } from './validate.generated.js';
import { migrate } from './migrate.js';
import { LIMITS } from '../limits.js';

export type Validated =
  | { ok: true; history: History; migratedFrom?: number }
  /**
   * corrupt: not a history (or a broken one); newer: from a newer benchgate; foreign: a valid history
   * of another suite (two suites sharing one file), which is not ours to move or replace.
   */
  | { ok: false; kind: 'corrupt' | 'newer' | 'foreign'; reason: string };

function where(e: ErrorObject): string {
  const parts = e.instancePath.split('/').slice(1);
  let out = '';
  for (const p of parts)
    out += /^\d+$/.test(p) ? `[${p}]` : `${out ? '.' : ''}${p.replace(/~1/g, '/').replace(/~0/g, '~')}`;
  return out || '(top level)';
}

function describe(e: ErrorObject): string {
  if (e.keyword === 'required')
    return `${where(e)}: expected key "${(e.params as { missingProperty: string }).missingProperty}"`;
  if (e.keyword === 'enum')
    return `${where(e)}: expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where(e)}: ${e.message ?? 'invalid'}`;
}

export function validateHistory(value: unknown, suite: string): Validated {
  const m = migrate(value, { suite });
  if (!m.ok) return m;
  if (!check(m.doc)) {
    const errors = check.errors ?? [];
    const shown = errors.slice(0, 3).map(describe).join('; ');
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    return { ok: false, kind: 'corrupt', reason: `not a valid history: ${shown}${more}` };
  }
  const history = m.doc;
  if (history.suite !== suite)
    return {
      ok: false,
      kind: 'foreign',
      reason: `it holds the history of suite "${history.suite}", not "${suite}"`,
    };
  return m.from < history.schemaVersion ? { ok: true, history, migratedFrom: m.from } : { ok: true, history };
}

/** A stored history's text → a validated history: every store reads its bytes and hands them here. */
export function decodeHistory(text: string, suite: string): Validated {
  if (text.length > LIMITS.documentBytes)
    return {
      ok: false,
      kind: 'corrupt',
      reason: `the history is larger than ${LIMITS.documentBytes / 1024 / 1024} MiB, the most benchgate reads`,
    };
  if (text.trim() === '')
    return { ok: false, kind: 'corrupt', reason: 'the history is empty (a truncated write?)' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: 'corrupt', reason: `not valid JSON (${errorText(e)})` };
  }
  return validateHistory(value, suite);
}

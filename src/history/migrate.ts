/**
 * Migrations of stored history documents, one step at a time: MIGRATIONS[n] turns a version-n document
 * into version n+1, so a history written by any earlier benchgate reaches the current version by
 * applying the steps in order. A document from a newer benchgate is never guessed at.
 *
 * Version 0 is the shape a user writes by hand before ever running benchgate, for `store: file`: a bare
 * list of runs (each as `benchgate` results or the CLI's `--baseline` files describe them), oldest first.
 */
import { SCHEMA_VERSION } from './model.js';

type Doc = unknown;
export interface MigrationContext {
  /** The suite being loaded: version 0 does not name one. */
  suite: string;
}
export type Migration = (doc: Doc, ctx: MigrationContext) => Doc;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (runs, ctx) => {
    const list = runs as { suite?: unknown }[];
    const named = list.map((r) => r?.suite).find((s): s is string => typeof s === 'string');
    return { schemaVersion: 1, suite: named ?? ctx.suite, runs: list };
  },
};

/** The version of a document: 0 for a bare list, its `schemaVersion` otherwise; undefined when neither. */
export function versionOf(doc: Doc): number | undefined {
  if (Array.isArray(doc)) return 0;
  if (typeof doc !== 'object' || doc === null) return undefined;
  const v = (doc as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export type Migrated =
  { ok: true; doc: Doc; from: number } | { ok: false; kind: 'newer' | 'corrupt'; reason: string };

export function migrate(
  doc: Doc,
  ctx: MigrationContext,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): Migrated {
  const from = versionOf(doc);
  if (from === undefined)
    return {
      ok: false,
      kind: 'corrupt',
      reason: 'expected a history object with a "schemaVersion" (or a list of runs)',
    };
  if (from > current)
    return {
      ok: false,
      kind: 'newer',
      reason: `written by a newer benchgate (schemaVersion ${from}; this version reads up to ${current})`,
    };
  let out = doc;
  for (let v = from; v < current; v++) {
    const step = table[v];
    if (!step) return { ok: false, kind: 'corrupt', reason: `no migration from schemaVersion ${v}` };
    out = step(out, ctx);
  }
  return { ok: true, doc: out, from };
}

/** The one interface every history store implements (DESIGN.md §5). Failures are values, not throws. */
import type { History } from '../model.js';

export type LoadResult =
  | { kind: 'found'; history: History; source: string }
  /** Nothing stored yet: a first run, or a cache miss. */
  | { kind: 'empty'; reason: string }
  /** The store could not be reached; the run goes on without a baseline. */
  | { kind: 'unavailable'; reason: string }
  /** Something was stored but cannot be used; it was kept aside, never overwritten. */
  | { kind: 'invalid'; reason: string; keptAt?: string };

export type SaveResult =
  { kind: 'saved'; where: string } | { kind: 'skipped'; reason: string } | { kind: 'failed'; reason: string };

export interface HistoryStore {
  readonly name: string;
  load(suite: string): Promise<LoadResult>;
  save(history: History): Promise<SaveResult>;
}

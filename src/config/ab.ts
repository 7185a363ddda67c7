/** Parsing A/B mode's settings (action inputs and CLI flags share these). No imports from config. */
import { ConfigError } from '../errors.js';

/**
 * Defaults, chosen by measurement (bench/ab.ts, docs/ab-mode.md): 10 rounds first, 30 more to confirm
 * a would-be warn or fail or a series left open (a floor needs undisturbed runs, and on a shared runner
 * a fifth to a half of them are: with 20 more, a 2% change was found in 69% of trials, with 30 in 77%),
 * 15 minutes of wall time at most.
 */
export const AB_DEFAULTS = { rounds: 10, confirmRounds: 30, timeBudgetMs: 15 * 60 * 1000 } as const;

export interface AbConfig {
  /** The benchmark command, run with `bash -e -o pipefail -c` in each tree. */
  run: string;
  /** Built once per tree before any round. */
  build?: string;
  /** The base commit; undefined: the event's default (PR: merge base; push: `before`). */
  base?: string;
  rounds: number;
  confirm: boolean;
  timeBudgetMs: number;
}

/** "15m", "90s", "1h", "1h30m", "600" (seconds) → ms. */
export function parseDuration(text: string, where: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const re = /(\d+(?:\.\d+)?)\s*(ms|min|h|m|s)/y;
  let ms = 0;
  let end = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const unit = m[2] as 'h' | 'm' | 'min' | 's' | 'ms';
    ms += Number(m[1]) * { h: 3_600_000, m: 60_000, min: 60_000, s: 1000, ms: 1 }[unit];
    end = re.lastIndex;
  }
  if (end !== t.length || end === 0 || !(ms > 0))
    throw new ConfigError(where, `expected a duration like 15m, 90s or 1h30m, got "${text}"`);
  return ms;
}

/** A whole number of rounds from 2 to 1000. */
export function parseRounds(text: string, where: string): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 2 || n > 1000)
    throw new ConfigError(where, `expected a whole number of rounds from 2 to 1000, got "${text}"`);
  return n;
}

export function parseBool(text: string, where: string, fallback: boolean): boolean {
  const t = text.trim().toLowerCase();
  if (t === '') return fallback;
  if (t === 'true') return true;
  if (t === 'false') return false;
  throw new ConfigError(where, `expected true or false, got "${text}"`);
}

/** The A/B settings from raw values; undefined when `run` is empty (not A/B mode). */
export function readAbConfig(
  raw: { run: string; build: string; base: string; rounds: string; timeBudget: string; confirm: string },
  names: { rounds: string; timeBudget: string; confirm: string },
): AbConfig | undefined {
  const run = raw.run.trim();
  if (!run) return undefined;
  return {
    run,
    ...(raw.build.trim() ? { build: raw.build.trim() } : {}),
    ...(raw.base.trim() ? { base: raw.base.trim() } : {}),
    rounds: raw.rounds.trim() ? parseRounds(raw.rounds, names.rounds) : AB_DEFAULTS.rounds,
    confirm: parseBool(raw.confirm, names.confirm, true),
    timeBudgetMs: raw.timeBudget.trim()
      ? parseDuration(raw.timeBudget, names.timeBudget)
      : AB_DEFAULTS.timeBudgetMs,
  };
}

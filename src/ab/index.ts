/**
 * A/B mode for the action and the CLI: config → the engine (engine.ts) → analyzePaired. Both entry points
 * call runAbSuite; they differ only in where the settings come from.
 */
import type { Run, Series } from '../model.js';
import { seriesId } from '../model.js';
import { BenchgateError } from '../errors.js';
import { analyzeInput, applyOverrides, type Config } from '../config/index.js';
import { analyzePaired, type AbRound } from '../analyze/paired.js';
import { runAb, type AbOptions, type AbResult } from './engine.js';

export { runAb, balancedOrder, type AbOptions, type AbResult } from './engine.js';
export { scrubEnv, isCredentialName } from './env.js';

/**
 * Defaults, chosen by measurement (bench/ab.ts, docs/ab-mode.md): 10 rounds reach the detection targets
 * at a 2–3% change on this machine's noise, and 10 more confirm a would-be warn or fail.
 */
export const AB_DEFAULTS = { rounds: 10, confirmRounds: 10, timeBudgetMs: 15 * 60 * 1000 } as const;

export interface AbSettings {
  base: string;
  run: string;
  build?: string;
  outputFile?: string;
  rounds: number;
  confirm: boolean;
  timeBudgetMs: number;
}

/** "15m", "90s", "1h", "1h30m", "600" (seconds) → ms. */
export function parseDuration(text: string, where: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const re = /(\d+(?:\.\d+)?)\s*(h|m|min|s|ms)/gy;
  let ms = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(t))) {
    const k = { h: 3_600_000, m: 60_000, min: 60_000, s: 1000, ms: 1 }[
      m[2] as 'h' | 'm' | 'min' | 's' | 'ms'
    ];
    ms += Number(m[1]) * k;
    end = re.lastIndex;
  }
  if (end !== t.length || end === 0 || !(ms > 0))
    throw new BenchgateError(where, `expected a duration like 15m, 90s or 1h30m, got "${text}"`);
  return ms;
}

/** A positive whole number of rounds. */
export function parseRounds(text: string, where: string): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 2 || n > 1000)
    throw new BenchgateError(where, `expected a whole number of rounds from 2 to 1000, got "${text}"`);
  return n;
}

/** Rounds → verdict with the config's thresholds, rules and overrides. */
export function judgeWith(config: Config): AbOptions['judge'] {
  return (rounds, ids) => {
    const fixed: AbRound[] = rounds.map((r) => ({
      first: r.first,
      ...(r.base ? { base: applyOverrides(config.analysis, r.base) } : {}),
      ...(r.head ? { head: applyOverrides(config.analysis, r.head) } : {}),
    }));
    const union = new Map<string, Series>();
    for (const r of fixed)
      for (const s of r.head ?? []) if (!union.has(seriesId(s))) union.set(seriesId(s), s);
    const current: Run = {
      suite: config.suite,
      tool: 'ab',
      commit: ids.head,
      ref: '',
      timestamp: new Date(0).toISOString(),
      series: [...union.values()],
    };
    const seed = `${config.suite}:${ids.base}:${ids.head}`;
    const a = analyzeInput(config, current, {}, seed);
    return analyzePaired({
      suite: config.suite,
      rounds: fixed,
      ruleFor: a.ruleFor,
      settings: a.settings,
      severity: a.severity,
      seed,
      baseCommit: ids.base,
      headCommit: ids.head,
    });
  };
}

export async function runAbSuite(
  config: Config,
  ab: AbSettings,
  o: { headDir: string; env: NodeJS.ProcessEnv; log(message: string): void; tmpRoot?: string },
): Promise<AbResult> {
  return runAb({
    headDir: o.headDir,
    base: ab.base,
    run: ab.run,
    build: ab.build,
    outputFile: ab.outputFile,
    format: config.format,
    rounds: ab.rounds,
    confirmRounds: ab.confirm ? AB_DEFAULTS.confirmRounds : 0,
    timeBudgetMs: ab.timeBudgetMs,
    env: o.env,
    log: o.log,
    judge: judgeWith(config),
    tmpRoot: o.tmpRoot,
  });
}

/** The head side's rounds as one run for the history: each round's headline is one sample. */
export function headRun(result: AbResult, base: Omit<Run, 'series'>): Run {
  const byId = new Map<string, { s: Series; values: number[] }>();
  for (const r of result.rounds) {
    if (!r.head) continue;
    for (const s of r.head) {
      const id = seriesId(s);
      const e = byId.get(id) ?? { s, values: [] };
      e.values.push(s.value);
      byId.set(id, e);
    }
  }
  const series = [...byId.values()].map(({ s, values }) => {
    const sorted = [...values].sort((a, b) => a - b);
    const m = sorted.length >> 1;
    const value = sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    const { spread: _spread, ...rest } = s;
    return { ...rest, value, ...(values.length > 1 ? { samples: values } : {}) };
  });
  return { ...base, series };
}

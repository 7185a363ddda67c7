/**
 * A/B mode for the action and the CLI: config → the engine (engine.ts) → analyzePaired. Both entry points
 * call runAbSuite; they differ only in where the settings come from.
 */
import type { Run, Series } from '../model.js';
import { seriesId } from '../model.js';
import { analyzeInput, applyOverrides, type Config } from '../config/index.js';
import { analyzePaired, type AbRound } from '../analyze/paired.js';
import { runAb, type AbOptions, type AbResult } from './engine.js';
import { AB_DEFAULTS, type AbConfig } from '../config/ab.js';

export { runAb, balancedOrder, type AbOptions, type AbResult } from './engine.js';
export { scrubEnv, isCredentialName } from './env.js';

export { AB_DEFAULTS, parseDuration, parseRounds, type AbConfig } from '../config/ab.js';

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
  ab: AbConfig & { base: string; outputFile?: string },
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

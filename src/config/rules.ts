/**
 * Matching rules to series. Names are matched with minimatch, whose matcher (v11) does not backtrack:
 * time grows with the name's length, not with a power of it, whatever the pattern (`*a*a*a*b` on a
 * 100,000-character name takes milliseconds).
 */
import { Minimatch, type MinimatchOptions } from 'minimatch';
import type { Series } from '../model.js';
import type { SeriesRule } from '../analyze/types.js';
import type { Config, RuleConfig } from './types.js';

// minimatch splits paths on "/", where `*` stops. Benchmark names are not paths: `*` crosses "/" (Go
// sub-benchmarks, so "BenchmarkSort*" covers "BenchmarkSort/size=100"). Both sides spell "/" as a
// private-use character minimatch treats as any other, and both start with another one, so no name is
// the empty, "." or ".." path segment minimatch treats apart.
const SLASH = '\uE000';
const START = '\uE001';
const OPTIONS: MinimatchOptions = {
  nobrace: true, // "{a,b}" is literal: benchmark names carry braces
  noext: true, // "fib(20)" and "+(x)" are literal
  nonegate: true,
  nocomment: true,
  platform: 'linux', // "\" escapes on every OS
};

const globs = new Map<string, Minimatch>();

/**
 * Benchmark-name globs: `*` matches any run of characters including "/", `?` one character, `[…]` a
 * class (`[!…]` negated), `\` escapes the next character; the glob must match the whole name.
 */
export function nameMatches(name: string, glob: string): boolean {
  let m = globs.get(glob);
  if (!m) {
    m = new Minimatch(START + glob.replaceAll('/', SLASH), OPTIONS);
    globs.set(glob, m);
  }
  return m.match(START + name.replaceAll('/', SLASH));
}

function matches(rule: RuleConfig, s: Pick<Series, 'name' | 'metric'>): boolean {
  return (rule.metric === undefined || rule.metric === s.metric) && nameMatches(s.name, rule.match);
}

/** The rules that apply to a series, in the file's order. */
export function rulesMatching(
  analysis: Config['analysis'],
  s: Pick<Series, 'name' | 'metric'>,
): RuleConfig[] {
  return analysis.rules.filter((r) => matches(r, s));
}

/** The rules that apply to one series: for each key, the first rule that sets it wins. */
export function ruleFor(
  analysis: Config['analysis'],
  s: Pick<Series, 'name' | 'metric' | 'unit'>,
): SeriesRule {
  const applicable = rulesMatching(analysis, s);
  const first = <K extends keyof RuleConfig>(k: K): RuleConfig[K] | undefined =>
    applicable.find((r) => r[k] !== undefined)?.[k];
  // A rule's own fail below the global warn ("allocs/op: fail at 1%") lowers warn with it; a rule's warn
  // above the global fail raises fail with it. Either way warn ≤ fail.
  const ruleWarn = first('warn');
  const ruleFail = first('fail');
  const fail = ruleFail ?? Math.max(analysis.failThreshold, ruleWarn ?? 0);
  const warn = ruleWarn ?? analysis.warnThreshold;
  const ignored = analysis.ignore.some((g) => nameMatches(s.name, g)) || first('ignore') === true;
  const limitFor = (k: 'max' | 'min'): number | undefined => {
    const r = applicable.find((x) => x[k] !== undefined);
    if (!r) return undefined;
    const u = k === 'max' ? r.maxUnit : r.minUnit;
    // A limit written in another kind of unit than the series (ms on a B/op series) cannot apply.
    if (u !== undefined && s.unit !== undefined && u !== s.unit) return undefined;
    return r[k];
  };
  return {
    warnThreshold: Math.min(warn, fail),
    failThreshold: fail,
    direction: first('direction'),
    ignore: ignored,
    max: limitFor('max'),
    min: limitFor('min'),
    minSamples: first('minSamples') ?? analysis.minSamples,
    deterministic: first('deterministic'),
  };
}

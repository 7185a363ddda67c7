/**
 * Which runs of a series are unfit to decide on (issue 11 §1): two modes, drift within the run, or a
 * sample spread far above the series' history. The checks are in src/stats/stability.ts; this module
 * applies them to every sample set of a comparison and words the findings for the reason.
 */
import type { Series } from '../model.js';
import { MIN_STABILITY_SAMPLES, bimodality, drift, logSpread, median } from '../stats/index.js';
import type { SeriesInput } from './evidence.js';
import { size, signed } from './text.js';

/** A spread this many times the history's typical within-run spread (and at least 1%) is unstable. */
export const SPREAD_FACTOR = 3;
const MIN_SPREAD = 0.01;
/** History runs with samples needed before a spread is called high for this series. */
const MIN_HISTORY_SETS = 3;
/** Above this many samples the checks look at every k-th sample (order kept). */
const MAX_ORDERED = 20_000;

function logsOf(samples: readonly number[]): Float64Array | undefined {
  if (samples.length < MIN_STABILITY_SAMPLES) return undefined;
  const out = new Float64Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    if (!(samples[i] > 0) || !Number.isFinite(samples[i])) return undefined;
    out[i] = Math.log(samples[i]);
  }
  return out;
}

/** Every k-th value, in order, so that at most MAX_ORDERED remain (a systematic subsample). */
function decimate(v: Float64Array): Float64Array {
  if (v.length <= MAX_ORDERED) return v;
  const step = Math.ceil(v.length / MAX_ORDERED);
  const out = new Float64Array(Math.ceil(v.length / step));
  for (let i = 0, j = 0; i < v.length; i += step) out[j++] = v[i];
  return out;
}

/** The sample sets of a series' runs: its replicates, else its own samples. */
function sampleSets(s: Series): number[][] {
  if (s.runs && s.runs.length > 0) return s.runs.flatMap((r) => (r.samples ? [r.samples] : []));
  return s.samples ? [s.samples] : [];
}

/** Findings, one phrase each ("head run: two modes, 30% of samples 25% slower"); empty when stable. */
export function instability(si: SeriesInput): string[] {
  const found: string[] = [];
  const worse = si.current.metric === 'time' ? 'slower' : 'higher';
  const history = si.history
    .map((h) => (h.series.samples ? logsOf(h.series.samples) : undefined))
    .filter((l): l is Float64Array => l !== undefined)
    .map((l) => logSpread(decimate(l)));
  const typical = history.length >= MIN_HISTORY_SETS ? median(history) : undefined;
  const sides: [string, Series | undefined][] = [
    ['head', si.current],
    ['base', si.sameJob],
  ];
  for (const [side, s] of sides) {
    if (!s) continue;
    const sets = sampleSets(s);
    sets.forEach((samples, i) => {
      const logs = logsOf(samples);
      if (!logs) return;
      const which = sets.length > 1 ? `${side} run ${i + 1}` : `${side} run`;
      // Above MAX_ORDERED samples the checks see a systematic subsample: modes, drift and spread of a
      // large run show in 20,000 of its samples as well as in all of them.
      const sub = decimate(logs);
      const modes = bimodality(sub);
      if (modes)
        found.push(
          `${which}: two modes, ${size(modes.share)} of samples ${size(modes.gap)} ${worse} than the rest`,
        );
      const trend = drift(sub);
      if (trend) found.push(`${which}: drift of ${signed(trend.change)} from its first third to its last`);
      if (typical !== undefined && side === 'head') {
        const spread = logSpread(sub);
        if (spread >= MIN_SPREAD && spread > SPREAD_FACTOR * typical)
          found.push(
            `${which}: sample spread ±${size(Math.expm1(spread))}, ${(spread / typical).toFixed(1)}× its history's ±${size(Math.expm1(typical))}`,
          );
      }
    });
  }
  return found;
}

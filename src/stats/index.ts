/** Pure numerics (DESIGN.md §1): no I/O, no clock; randomness only from a seeded `Rng`. */
export { Rng, hashSeed } from './prng.js';
export {
  selectInPlace,
  medianInPlace,
  median,
  quantileInPlace,
  quantileSorted,
  mad,
  MAD_TO_SD,
} from './select.js';
export { normalCdf, normalQuantile, tCdf, tQuantile, binomialUpperTail } from './distributions.js';
export { medianDistribution, momentsOf, AliasTable, type MedianDistribution } from './median-distribution.js';
export { bcaLogRatioOfMedians, type BcaOptions, type BcaResult } from './bootstrap.js';
export {
  mannWhitney,
  minimumP,
  exactCdf,
  shiftBound,
  type Alternative,
  type MannWhitneyResult,
} from './mann-whitney.js';
export { benjaminiHochberg, type BhResult } from './fdr.js';
export {
  changePoints,
  CHANGE_POINT_DEFAULTS,
  type ChangePoint,
  type ChangePointOptions,
} from './change-points.js';
export {
  lag1,
  pooledAutocorrelation,
  rankInflation,
  medianInflation,
  twoSampleInflation,
  MIN_SETS,
  type PooledAutocorrelation,
} from './autocorrelation.js';
export {
  bimodality,
  drift,
  logSpread,
  MIN_STABILITY_SAMPLES,
  type Bimodality,
  type Drift,
} from './stability.js';
export {
  signedRank,
  pairedSign,
  pairedSignedRank,
  pairedT,
  pairedTrimmed,
  walshAverages,
  hodgesLehmann,
  type PairedSummary,
  type SignedRankResult,
} from './paired.js';

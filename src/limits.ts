/**
 * The caps on untrusted documents (collected results, any stored history, benchgate's results format).
 * No real suite comes near them; they keep a privileged job that reads a fork's data within seconds
 * and its memory bounded. docs/security.md lists them.
 */
export const LIMITS = {
  /** Series in one run. */
  seriesPerRun: 100_000,
  /** Samples in one series (tinybench keeps one per iteration). */
  samplesPerSeries: 1_000_000,
  /** Replicate runs of one series (several output files, one run each). */
  runsPerSeries: 1000,
  /** Runs in one history document. */
  runsPerHistory: 10_000,
  /** Characters of a benchmark name. */
  name: 2000,
  /** Characters of a metric. */
  metric: 200,
  /** Characters of a unit. */
  unit: 100,
  /** Characters of other short strings: suite, tool, ref, commit, run id, timestamp. */
  text: 200,
  /** Bytes of a collected-results file or a history document. */
  documentBytes: 64 * 1024 * 1024,
  /** Files a folder format reads from one folder (Criterion.rs writes three per benchmark). */
  folderFiles: 100_000,
  /** Bytes of all the files a folder format reads from one folder, together: as much as one output file. */
  folderBytes: 256 * 1024 * 1024,
} as const;

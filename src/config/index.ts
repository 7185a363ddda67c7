/**
 * Action inputs + optional `.github/benchgate.yml` → one validated `Config`. Inputs the user set win
 * over the file, the file wins over the defaults (defaults.ts). The jobs live in their own modules:
 * read-inputs.ts (inputs), file.ts (find, parse and validate the file), values.ts (one reader per kind
 * of value), rules.ts (rules per series), overrides.ts (unit overrides).
 */
import type { History, Run } from '../model.js';
import { seriesId } from '../model.js';
import type { AnalysisSettings, AnalyzeInput } from '../analyze/types.js';
import { DEFAULTS } from './defaults.js';
import { findConfigFile, parseConfigFile, type FileSettings } from './file.js';
import { INPUTS, type InputSource } from './inputs.js';
import { inputWhere, readInputs } from './read-inputs.js';
import { ruleFor } from './rules.js';
import type { Config, ReadFile } from './types.js';
import { checkOrder, pct } from './values.js';
import { ConfigError } from '../errors.js';

export type {
  CommentWhen,
  Config,
  FailOn,
  ReadFile,
  RuleConfig,
  RunMode,
  SaveWhen,
  StoreKind,
} from './types.js';
export { DEFAULTS } from './defaults.js';
export { parseConfigFile, readFileIn } from './file.js';
export { nameMatches, ruleFor } from './rules.js';
export { applyOverrides } from './overrides.js';
export { readFormat, readThreshold } from './values.js';

export interface LoadOptions {
  input: InputSource;
  readFile: ReadFile;
  /** Told which config file was read, or that none was found (the action passes `core.info`). */
  log?: (message: string) => void;
}

export function loadConfig({ input, readFile, log }: LoadOptions): Config {
  const {
    configInput,
    warnThreshold: warnInput,
    failThreshold: failInput,
    runnerNoise: noiseInput,
    ...settings
  } = readInputs(input);
  const found = findConfigFile(configInput, readFile, INPUTS.config);
  log?.(found.message);
  const file: FileSettings =
    found.text === undefined || found.path === undefined
      ? { rules: [] }
      : parseConfigFile(found.text, found.path);

  const warnThreshold = warnInput ?? file.warnThreshold ?? DEFAULTS.warnThreshold;
  const failThreshold = failInput ?? file.failThreshold ?? DEFAULTS.failThreshold;
  // The file's own pair was checked in the file; a pair from two places is checked here, blaming the
  // fail threshold where one was set, else the warn threshold that passed the default fail.
  if (failThreshold < warnThreshold) {
    if (failInput !== undefined || file.failThreshold !== undefined)
      checkOrder(
        failInput !== undefined ? inputWhere(INPUTS.failThreshold) : `${found.path}: thresholds.fail`,
        'the warn threshold',
        warnThreshold,
        failThreshold,
      );
    throw new ConfigError(
      warnInput !== undefined ? inputWhere(INPUTS.warnThreshold) : `${found.path}: thresholds.warn`,
      `expected at most the fail threshold (${pct(failThreshold)}, the default; set the fail threshold too), got ${pct(warnThreshold)}`,
    );
  }

  return {
    ...settings,
    configFile: found.path,
    analysis: {
      warnThreshold,
      failThreshold,
      confidence: file.confidence ?? DEFAULTS.confidence,
      resamples: file.resamples ?? DEFAULTS.resamples,
      fdrQ: file.fdrQ ?? DEFAULTS.fdrQ,
      minSamples: file.minSamples ?? DEFAULTS.minSamples,
      changePoints: {
        window: file.changePoints?.window ?? DEFAULTS.changePoints.window,
        p: file.changePoints?.p ?? DEFAULTS.changePoints.p,
      },
      runnerNoise: noiseInput ?? file.runnerNoise ?? DEFAULTS.runnerNoise,
      insufficientData: file.insufficientData ?? DEFAULTS.insufficientData,
      severity: file.severity ?? { ...DEFAULTS.severity },
      ignore: file.ignore ?? [],
      rules: file.rules,
    },
  };
}

/** The analysis settings a verdict records, from the config. */
export function analysisSettings(config: Config): AnalysisSettings {
  const a = config.analysis;
  return {
    warnThreshold: a.warnThreshold,
    failThreshold: a.failThreshold,
    confidence: a.confidence,
    resamples: a.resamples,
    fdrQ: a.fdrQ,
    minSamples: a.minSamples,
    changePoints: a.changePoints,
    runnerNoise: a.runnerNoise,
    insufficientData: a.insufficientData,
  };
}

/**
 * What `analyze` needs for one comparison under this config: the rules per series (resolved against
 * the current run's units) and the settings. The action and the CLI both build their input here.
 */
export function analyzeInput(
  config: Config,
  current: Run,
  baseline: { baselineRun?: Run; history?: History },
  seed: string,
): AnalyzeInput {
  const units = new Map(current.series.map((s) => [seriesId(s), s.unit]));
  return {
    suite: config.suite,
    current,
    baselineRun: baseline.baselineRun,
    history: baseline.history,
    ruleFor: (s) => ruleFor(config.analysis, { ...s, unit: units.get(seriesId(s)) ?? '' }),
    settings: analysisSettings(config),
    seed,
    severity: config.analysis.severity,
  };
}

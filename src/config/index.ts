/**
 * Action inputs + optional `.github/benchgate.yml` → one validated `Config`. Inputs the user set win
 * over the file, the file wins over built-in defaults. Every error names the input or the file and
 * key, and what was expected.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Direction, History, Run, Series } from '../model.js';
import { seriesId } from '../model.js';
import type { AnalysisSettings, AnalyzeInput, SeriesRule } from '../analyze/types.js';
import { ConfigError } from '../errors.js';
import { parseQuantity, toCanonical } from '../units.js';
import { CONFIG_SCHEMA } from './schema.js';
import { INPUTS, type InputName, type InputSource } from './inputs.js';

export type StoreKind = 'cache' | 'artifact' | 'file' | 'none';
export type RunMode = 'run' | 'collect' | 'report' | 'comment';
export type FailOn = 'fail' | 'warn' | 'never';
export type CommentWhen = 'always' | 'on-change' | 'never';
export type SaveWhen = 'auto' | 'always' | 'never';

export interface RuleConfig {
  match: string;
  metric?: string;
  warn?: number;
  fail?: number;
  direction?: Direction;
  unit?: string;
  max?: number;
  min?: number;
  /** Units the limits were written in, checked against the series' canonical unit. */
  maxUnit?: string;
  minUnit?: string;
  ignore?: boolean;
  minSamples?: number;
  deterministic?: boolean;
}

export interface Config {
  mode: RunMode;
  outputFiles: string[];
  format: string;
  suite: string;
  baselineOutput: string[];
  store: StoreKind;
  historyPath: string;
  historySize: number;
  baseBranch?: string;
  save: SaveWhen;
  retentionDays?: number;
  failOn: FailOn;
  comment: CommentWhen;
  summary: boolean;
  check: boolean;
  issueOnRegression: boolean;
  token: string;
  workflowRunId?: string;
  /** The config file that was read, if any. */
  configFile?: string;
  analysis: AnalysisSettings & {
    severity: { minor: number; moderate: number; critical: number };
    ignore: string[];
    rules: RuleConfig[];
  };
}

export const DEFAULTS = {
  warnThreshold: 0.05,
  failThreshold: 0.1,
  confidence: 0.95,
  resamples: 10000,
  fdrQ: 0.05,
  minSamples: 5,
  changePoints: { window: 50, p: 0.001 },
  runnerNoise: 0.03,
  insufficientData: 'warn',
  historySize: 100,
  severity: { minor: 1.2, moderate: 1.5, critical: 2.0 },
  configFile: '.github/benchgate.yml',
} as const;

/** Reads a file's text, or undefined when it does not exist (injected: config stays testable). */
export type ReadFile = (path: string) => string | undefined;

function oneOf<T extends string>(name: InputName, raw: string, allowed: readonly T[], fallback: T): T {
  const v = raw.trim();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(
    `input '${name}'`,
    `expected one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`,
  );
}

function bool(name: InputName, raw: string, fallback: boolean): boolean {
  const v = raw.trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigError(`input '${name}'`, `expected true or false, got ${JSON.stringify(raw)}`);
}

function int(name: InputName, raw: string, min: number, max: number): number | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new ConfigError(
      `input '${name}'`,
      `expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`,
    );
  }
  return Number(v);
}

/** "5%" → 0.05; 0.05 → 0.05. A bare number of 1 or more is refused: "5" could mean 5% or 500%. */
export function readThreshold(where: string, raw: string | number): number {
  if (typeof raw === 'number') {
    if (raw > 0 && raw < 1) return raw;
    throw new ConfigError(where, `expected a percentage such as "5%" or a fraction such as 0.05, got ${raw}`);
  }
  const v = raw.trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
  if (pct && Number(pct[1]) > 0) return Number(pct[1]) / 100;
  if (/^0?\.\d+$/.test(v) && Number(v) > 0) return Number(v);
  throw new ConfigError(
    where,
    `expected a percentage such as "5%" or a fraction such as 0.05, got ${JSON.stringify(raw)}`,
  );
}

/** Split a multi-line or comma-separated input into entries. */
function list(raw: string): string[] {
  return raw
    .split(/\r?\n|,(?![^{]*})/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

interface FileConfig {
  thresholds?: { warn?: string | number; fail?: string | number };
  'min-samples'?: number;
  resamples?: number;
  confidence?: number;
  'fdr-q'?: number;
  'change-points'?: { window?: number; p?: number };
  'runner-noise'?: string | number;
  'insufficient-data'?: 'warn' | 'fail';
  severity?: { minor?: number; moderate?: number; critical?: number };
  ignore?: string[];
  series?: Array<{
    match: string;
    metric?: string;
    warn?: string | number;
    fail?: string | number;
    direction?: Direction;
    unit?: string;
    max?: string | number;
    min?: string | number;
    ignore?: boolean;
    'min-samples'?: number;
    deterministic?: boolean;
  }>;
}

// verbose: errors carry their schema, whose description says what was expected.
// Compiled on first use: most runs have no config file, and compiling costs startup time.
let compiledFile: ReturnType<Ajv['compile']> | undefined;
const fileValidator = (): ReturnType<Ajv['compile']> =>
  (compiledFile ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(CONFIG_SCHEMA));

/** The line of a key path in a YAML document, for messages. */
function lineOf(text: string, doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number {
  const line = (offset: number): number => text.slice(0, offset).split('\n').length;
  for (let n = path.length; n >= 0; n--) {
    // A key's own line ("severity:"), not the line its value starts on.
    if (n > 0 && typeof path[n - 1] === 'string') {
      const parent = doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
        const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (range) return line(range[0]);
      }
    }
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return line(node.range[0]);
  }
  return 1;
}

const ARTICLE: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping of keys',
  array: 'a list',
};

/** "Relative change such as …." → "a relative change such as …" for "expected …". */
function expectedFrom(description: unknown): string | undefined {
  if (typeof description !== 'string') return undefined;
  const first = description.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
  return /^(A|An) /.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
}

function describeAjvError(e: ErrorObject): { path: (string | number)[]; what: string } {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const key = path.length ? path.join('.') : '(top level)';
  const got = e.data === undefined ? '' : `, got ${JSON.stringify(e.data)}`;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return {
        // The line of the unknown key itself.
        path: [...path, String(params.additionalProperty)],
        what: `unknown key "${String(params.additionalProperty)}" in ${key}${known.length ? `; expected one of ${known.join(', ')}` : ''}`,
      };
    }
    case 'required':
      return { path, what: `${key}: expected key "${String(params.missingProperty)}"` };
    case 'enum':
      return {
        path,
        what: `${key}: expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}`,
      };
    case 'oneOf':
      return {
        path,
        what: `${key}: expected ${expectedFrom((e.parentSchema as { description?: string }).description) ?? 'a valid value'}${got}`,
      };
    case 'type':
      return { path, what: `${key}: expected ${ARTICLE[String(params.type)] ?? String(params.type)}${got}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
      return { path, what: `${key}: expected a value ${op} ${String(params.limit)}${got}` };
    }
    case 'minLength':
      return { path, what: `${key}: expected a non-empty string` };
    default:
      return { path, what: `${key}: ${e.message ?? 'invalid'}${got}` };
  }
}

/** Parse and validate the config file text. Exported for the tests and the CLI. */
export function parseConfigFile(text: string, file: string): FileConfig {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line ?? 1;
    throw new ConfigError(`${file}:${line}`, `expected valid YAML (${err.message.split('\n')[0]})`);
  }
  const value: unknown = doc.toJS() ?? {};
  const at = (path: (string | number)[], what: string): ConfigError =>
    new ConfigError(`${file}:${lineOf(text, doc, path)}`, what);
  const validateFile = fileValidator();
  if (!validateFile(value)) {
    const errors = validateFile.errors ?? [];
    // The deepest key is the most specific. At one key, a oneOf says what the value should be as a
    // whole; its branches' errors ("must be string", "must be number") would only say half of it.
    const depth = (e: ErrorObject): number => e.instancePath.split('/').length;
    const deepest = Math.max(...errors.map(depth));
    const atKey = errors.filter((e) => depth(e) === deepest);
    const first =
      atKey.find((e) => e.keyword === 'oneOf') ??
      atKey.find((e) => e.keyword === 'additionalProperties') ??
      atKey[0];
    const { path, what } = describeAjvError(first);
    throw at(path, what);
  }
  const cfg = value as FileConfig;

  // What a schema cannot say, still with the line it is on.
  const threshold = (path: (string | number)[], raw: string | number | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const key = path.join('.');
    try {
      return readThreshold(key, raw);
    } catch (e) {
      if (e instanceof ConfigError) throw at(path, `${key}: ${e.what}`);
      throw e;
    }
  };
  const warn = threshold(['thresholds', 'warn'], cfg.thresholds?.warn);
  const fail = threshold(['thresholds', 'fail'], cfg.thresholds?.fail);
  if (warn !== undefined && fail !== undefined && fail < warn)
    throw at(
      ['thresholds', 'fail'],
      `thresholds.fail: expected at least thresholds.warn (${pct(warn)}), got ${pct(fail)}`,
    );
  threshold(['runner-noise'], cfg['runner-noise']);
  const sev = { ...DEFAULTS.severity, ...(cfg.severity ?? {}) };
  if (!(sev.minor <= sev.moderate && sev.moderate <= sev.critical))
    throw at(
      ['severity'],
      `severity: expected minor ≤ moderate ≤ critical, got ${sev.minor} / ${sev.moderate} / ${sev.critical}`,
    );
  (cfg.series ?? []).forEach((r, i) => {
    const w = threshold(['series', i, 'warn'], r.warn);
    const f = threshold(['series', i, 'fail'], r.fail);
    if (w !== undefined && f !== undefined && f < w)
      throw at(
        ['series', i, 'fail'],
        `series.${i}.fail: expected at least its warn (${pct(w)}), got ${pct(f)}`,
      );
    for (const k of ['max', 'min'] as const) {
      const raw = r[k];
      if (typeof raw === 'string' && !parseQuantity(raw))
        throw at(
          ['series', i, k],
          `series.${i}.${k}: expected a number with a unit such as "2ms" or "80MB/s", got ${JSON.stringify(raw)}`,
        );
    }
  });
  return cfg;
}

function pct(x: number): string {
  return `${+(x * 100).toFixed(4)}%`;
}

function limit(
  where: string,
  raw: string | number | undefined,
): { value: number; unit?: string } | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number') return { value: raw };
  const q = parseQuantity(raw);
  if (!q)
    throw new ConfigError(
      where,
      `expected a number with a unit such as "2ms" or "80MB/s", got ${JSON.stringify(raw)}`,
    );
  return { value: q.value, unit: q.unit };
}

function rulesFrom(file: FileConfig, where: string): RuleConfig[] {
  return (file.series ?? []).map((r, i) => {
    const at = `${where}: series[${i}]`;
    const max = limit(`${at}.max`, r.max);
    const min = limit(`${at}.min`, r.min);
    return {
      match: r.match,
      metric: r.metric,
      warn: r.warn === undefined ? undefined : readThreshold(`${at}.warn`, r.warn),
      fail: r.fail === undefined ? undefined : readThreshold(`${at}.fail`, r.fail),
      direction: r.direction,
      unit: r.unit,
      max: max?.value,
      maxUnit: max?.unit,
      min: min?.value,
      minUnit: min?.unit,
      ignore: r.ignore,
      minSamples: r['min-samples'],
      deterministic: r.deterministic,
    };
  });
}

export interface LoadOptions {
  input: InputSource;
  readFile: ReadFile;
}

export function loadConfig({ input, readFile }: LoadOptions): Config {
  const get = (n: InputName): string => input(n) ?? '';
  const mode = oneOf(INPUTS.mode, get(INPUTS.mode), ['run', 'collect', 'report', 'comment'] as const, 'run');
  const outputFiles = list(get(INPUTS.outputFile));
  if (outputFiles.length === 0 && (mode === 'run' || mode === 'collect')) {
    throw new ConfigError(
      `input '${INPUTS.outputFile}'`,
      'expected the path (or glob) of your benchmark output, got nothing',
    );
  }
  const suite = get(INPUTS.suite).trim() || 'default';
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(suite)) {
    throw new ConfigError(
      `input '${INPUTS.suite}'`,
      `expected letters, digits, ".", "_" or "-" (it names caches and artifacts), got ${JSON.stringify(suite)}`,
    );
  }

  const explicitFile = get(INPUTS.config).trim();
  const configPath = explicitFile || DEFAULTS.configFile;
  const text = readFile(configPath);
  if (text === undefined && explicitFile) {
    throw new ConfigError(
      `input '${INPUTS.config}'`,
      `expected a config file at ${explicitFile}, no such file`,
    );
  }
  const file: FileConfig = text === undefined ? {} : parseConfigFile(text, configPath);

  const warnRaw = get(INPUTS.warnThreshold).trim();
  const failRaw = get(INPUTS.failThreshold).trim();
  const warnThreshold = warnRaw
    ? readThreshold(`input '${INPUTS.warnThreshold}'`, warnRaw)
    : file.thresholds?.warn !== undefined
      ? readThreshold(`${configPath}: thresholds.warn`, file.thresholds.warn)
      : DEFAULTS.warnThreshold;
  const failThreshold = failRaw
    ? readThreshold(`input '${INPUTS.failThreshold}'`, failRaw)
    : file.thresholds?.fail !== undefined
      ? readThreshold(`${configPath}: thresholds.fail`, file.thresholds.fail)
      : DEFAULTS.failThreshold;
  if (failThreshold < warnThreshold) {
    throw new ConfigError(
      `input '${INPUTS.failThreshold}'`,
      `expected at least the warn threshold (${warnThreshold * 100}%), got ${failThreshold * 100}%`,
    );
  }

  const severity = { ...DEFAULTS.severity, ...(file.severity ?? {}) };
  if (!(severity.minor <= severity.moderate && severity.moderate <= severity.critical)) {
    throw new ConfigError(`${configPath}: severity`, 'expected minor ≤ moderate ≤ critical');
  }

  const store = oneOf(
    INPUTS.store,
    get(INPUTS.store),
    ['cache', 'artifact', 'file', 'none'] as const,
    'cache',
  );
  const historyPath = get(INPUTS.historyPath).trim() || '.benchgate/history.json';
  const retentionDays = int(INPUTS.retentionDays, get(INPUTS.retentionDays), 1, 400);
  const workflowRunId = get(INPUTS.workflowRunId).trim() || undefined;
  if (workflowRunId !== undefined && !/^\d+$/.test(workflowRunId)) {
    throw new ConfigError(
      `input '${INPUTS.workflowRunId}'`,
      `expected a workflow run id (digits), got ${JSON.stringify(workflowRunId)}`,
    );
  }

  return {
    mode,
    outputFiles,
    format: get(INPUTS.format).trim() || 'auto',
    suite,
    baselineOutput: list(get(INPUTS.baselineOutput)),
    store,
    historyPath,
    historySize: int(INPUTS.historySize, get(INPUTS.historySize), 2, 10000) ?? DEFAULTS.historySize,
    baseBranch: get(INPUTS.baseBranch).trim() || undefined,
    save: oneOf(INPUTS.save, get(INPUTS.save), ['auto', 'always', 'never'] as const, 'auto'),
    retentionDays,
    failOn: oneOf(INPUTS.failOn, get(INPUTS.failOn), ['fail', 'warn', 'never'] as const, 'fail'),
    comment: oneOf(INPUTS.comment, get(INPUTS.comment), ['always', 'on-change', 'never'] as const, 'always'),
    summary: bool(INPUTS.summary, get(INPUTS.summary), true),
    check: bool(INPUTS.check, get(INPUTS.check), false),
    issueOnRegression: bool(INPUTS.issueOnRegression, get(INPUTS.issueOnRegression), false),
    token: get(INPUTS.githubToken),
    workflowRunId,
    configFile: text === undefined ? undefined : configPath,
    analysis: {
      warnThreshold,
      failThreshold,
      confidence: file.confidence ?? DEFAULTS.confidence,
      resamples: file.resamples ?? DEFAULTS.resamples,
      fdrQ: file['fdr-q'] ?? DEFAULTS.fdrQ,
      minSamples: file['min-samples'] ?? DEFAULTS.minSamples,
      changePoints: {
        window: file['change-points']?.window ?? DEFAULTS.changePoints.window,
        p: file['change-points']?.p ?? DEFAULTS.changePoints.p,
      },
      runnerNoise:
        file['runner-noise'] === undefined
          ? DEFAULTS.runnerNoise
          : readThreshold(`${configPath}: runner-noise`, file['runner-noise']),
      insufficientData: file['insufficient-data'] ?? DEFAULTS.insufficientData,
      severity,
      ignore: file.ignore ?? [],
      rules: rulesFrom(file, configPath),
    },
  };
}

const globs = new Map<string, RegExp>();

/**
 * Benchmark-name globs: `*` matches any run of characters including "/" (Go sub-benchmarks, so
 * "BenchmarkSort*" covers "BenchmarkSort/size=100"), `?` one character, `[…]` a class; the glob must
 * match the whole name.
 */
export function nameMatches(name: string, glob: string): boolean {
  let re = globs.get(glob);
  if (!re) {
    let src = '';
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i];
      if (c === '*') src += '.*';
      else if (c === '?') src += '.';
      else if (c === '[') {
        const end = glob.indexOf(']', i + 2);
        if (end < 0) src += '\\[';
        else {
          const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
          src += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
          i = end;
        }
      } else src += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`, 's');
    globs.set(glob, re);
  }
  return re.test(name);
}

function matches(rule: RuleConfig, s: Pick<Series, 'name' | 'metric'>): boolean {
  return (rule.metric === undefined || rule.metric === s.metric) && nameMatches(s.name, rule.match);
}

/** The rules that apply to one series: for each key, the first rule that sets it wins. */
export function ruleFor(
  analysis: Config['analysis'],
  s: Pick<Series, 'name' | 'metric' | 'unit'>,
): SeriesRule {
  const applicable = analysis.rules.filter((r) => matches(r, s));
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
    if (u !== undefined && 'unit' in s && s.unit !== undefined && u !== s.unit) return undefined;
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

/**
 * Apply unit and direction overrides to parsed series: a rule's `unit` says what unit the tool really
 * used (for formats that print none), so values are converted to canonical units here, once.
 */
export function applyOverrides(analysis: Config['analysis'], series: Series[]): Series[] {
  return series.map((s) => {
    const applicable = analysis.rules.filter((r) => matches(r, s));
    const unit = applicable.find((r) => r.unit !== undefined)?.unit;
    const direction = applicable.find((r) => r.direction !== undefined)?.direction;
    let out = s;
    if (unit !== undefined) {
      const c = toCanonical(1, unit);
      out = {
        ...out,
        unit: c.unit,
        direction: c.direction,
        value: out.value * c.value,
        samples: out.samples?.map((x) => x * c.value),
        spread: out.spread && {
          low: out.spread.low === undefined ? undefined : out.spread.low * c.value,
          high: out.spread.high === undefined ? undefined : out.spread.high * c.value,
          stddev: out.spread.stddev === undefined ? undefined : out.spread.stddev * c.value,
        },
      };
    }
    if (direction !== undefined) out = { ...out, direction };
    return out;
  });
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

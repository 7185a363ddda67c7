/**
 * The optional config file (`.github/benchgate.yml`): found, parsed as YAML, validated against
 * schema/config.schema.json (compiled by ajv at build time: validate.generated.ts, with `verbose` so
 * that an error carries the schema whose description says what was expected), and read into settings once. Every message names the file, the
 * line of the key and what was expected.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Direction } from '../model.js';
import { ConfigError } from '../errors.js';
import { validateConfigFile } from './validate.generated.js';
import { DEFAULTS } from './defaults.js';
import type { ReadFile, RuleConfig, Severity } from './types.js';
import { checkOrder, readQuantity, readNoise, readThreshold } from './values.js';

/** The file as written (after schema validation). */
export interface FileConfig {
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

/** The file read into values: thresholds as fractions, limits in canonical units. Unset keys stay unset. */
export interface FileSettings {
  warnThreshold?: number;
  failThreshold?: number;
  minSamples?: number;
  resamples?: number;
  confidence?: number;
  fdrQ?: number;
  changePoints?: { window?: number; p?: number };
  runnerNoise?: number;
  insufficientData?: 'warn' | 'fail';
  severity?: Severity;
  ignore?: string[];
  rules: RuleConfig[];
}

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

/**
 * Parse, validate and read the config file text. Every value is checked here, once, with the line it
 * is on; what comes out needs no further checks.
 */
export function parseConfigFile(text: string, file: string): FileSettings {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line ?? 1;
    throw new ConfigError(`${file}:${line}`, `expected valid YAML (${err.message.split('\n')[0]})`);
  }
  const value: unknown = doc.toJS() ?? {};
  const where = (path: (string | number)[]): string => `${file}:${lineOf(text, doc, path)}`;
  if (!validateConfigFile(value)) {
    const errors = validateConfigFile.errors ?? [];
    // The deepest key is the most specific. At one key, a oneOf says what the value should be as a
    // whole; its branches' errors ("must be string", "must be number") would only say half of it.
    const depth = (e: ErrorObject): number => e.instancePath.split('/').length;
    const deepest = errors.reduce((m, e) => Math.max(m, depth(e)), -Infinity);
    const atKey = errors.filter((e) => depth(e) === deepest);
    const first =
      atKey.find((e) => e.keyword === 'oneOf') ??
      atKey.find((e) => e.keyword === 'additionalProperties') ??
      atKey[0];
    const { path, what } = describeAjvError(first);
    throw new ConfigError(where(path), what);
  }
  const cfg = value as FileConfig;

  // What a schema cannot say, still with the line it is on: "<file>:<line>: <key>: expected …".
  const at = (path: (string | number)[]): string => `${where(path)}: ${path.join('.')}`;
  const threshold = (path: (string | number)[], raw: string | number | undefined): number | undefined =>
    raw === undefined ? undefined : readThreshold(at(path), raw);

  const warnThreshold = threshold(['thresholds', 'warn'], cfg.thresholds?.warn);
  const failThreshold = threshold(['thresholds', 'fail'], cfg.thresholds?.fail);
  if (warnThreshold !== undefined && failThreshold !== undefined)
    checkOrder(at(['thresholds', 'fail']), 'thresholds.warn', warnThreshold, failThreshold);
  const runnerNoise =
    cfg['runner-noise'] === undefined ? undefined : readNoise(at(['runner-noise']), cfg['runner-noise']);
  let severity: Severity | undefined;
  if (cfg.severity) {
    severity = { ...DEFAULTS.severity, ...cfg.severity };
    if (!(severity.minor <= severity.moderate && severity.moderate <= severity.critical))
      throw new ConfigError(
        at(['severity']),
        `expected minor ≤ moderate ≤ critical, got ${severity.minor} / ${severity.moderate} / ${severity.critical}`,
      );
  }
  const rules = (cfg.series ?? []).map((r, i): RuleConfig => {
    const warn = threshold(['series', i, 'warn'], r.warn);
    const fail = threshold(['series', i, 'fail'], r.fail);
    if (warn !== undefined && fail !== undefined)
      checkOrder(at(['series', i, 'fail']), 'its warn', warn, fail);
    const max = r.max === undefined ? undefined : readQuantity(at(['series', i, 'max']), r.max);
    const min = r.min === undefined ? undefined : readQuantity(at(['series', i, 'min']), r.min);
    return {
      match: r.match,
      metric: r.metric,
      warn,
      fail,
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
  return {
    warnThreshold,
    failThreshold,
    minSamples: cfg['min-samples'],
    resamples: cfg.resamples,
    confidence: cfg.confidence,
    fdrQ: cfg['fdr-q'],
    changePoints: cfg['change-points'],
    runnerNoise,
    insufficientData: cfg['insufficient-data'],
    severity,
    ignore: cfg.ignore,
    rules,
  };
}

/** Where the config came from, for the log: the file read, or the places looked at. */
export interface FoundFile {
  path?: string;
  text?: string;
  message: string;
}

/**
 * Find the config file: the one the `config` input names (an error if it is missing), else the first
 * of `.github/benchgate.yml` and `.github/benchgate.yaml` that exists.
 */
export function findConfigFile(explicit: string, readFile: ReadFile, inputName: string): FoundFile {
  if (explicit) {
    const text = readFile(explicit);
    if (text === undefined)
      throw new ConfigError(`input '${inputName}'`, `expected a config file at ${explicit}, no such file`);
    return { path: explicit, text, message: `benchgate: using the config file ${explicit}` };
  }
  for (const candidate of DEFAULTS.configFiles) {
    const text = readFile(candidate);
    if (text !== undefined)
      return { path: candidate, text, message: `benchgate: using the config file ${candidate}` };
  }
  return {
    message: `benchgate: no config file (looked for ${DEFAULTS.configFiles.join(' and ')}); using inputs and defaults`,
  };
}

/** Files read relative to `cwd`; a file that cannot be read is `undefined`. */
export function readFileIn(cwd: string): ReadFile {
  return (p) => {
    try {
      return fs.readFileSync(path.resolve(cwd, p), 'utf8');
    } catch {
      return undefined;
    }
  };
}

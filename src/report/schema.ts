/**
 * The JSON report's schema: the source of truth for schema/report.schema.json (a test keeps the two
 * equal). The CLI's `--json` output and the action's `report-json` file follow it (DESIGN.md §7).
 */
const outcome = { type: 'string', enum: ['pass', 'warn', 'fail'] } as const;
const mode = { type: 'string', enum: ['ab', 'same-job', 'history', 'threshold', 'none'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const warning = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'message'],
  properties: {
    kind: { type: 'string' },
    message: { type: 'string' },
    hint: { type: 'string' },
  },
} as const;
const count = { type: 'integer', minimum: 0 } as const;

export const REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/report.schema.json',
  title: 'benchgate report',
  description:
    'The verdict of one benchmark suite: what the PR comment shows, as data. Changes are relative and signed so that positive is worse (0.1 = 10% worse), whichever way the metric points.',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'suite',
    'verdict',
    'mode',
    'counts',
    'settings',
    'baselineRuns',
    'warnings',
    'series',
  ],
  properties: {
    schemaVersion: { const: 1 },
    suite: { type: 'string' },
    verdict: outcome,
    mode,
    counts: {
      type: 'object',
      additionalProperties: false,
      required: [
        'regressions',
        'improvements',
        'unchanged',
        'new',
        'missing',
        'ignored',
        'failed',
        'warned',
        'critical',
      ],
      properties: {
        regressions: count,
        improvements: count,
        unchanged: count,
        new: count,
        missing: count,
        ignored: count,
        failed: count,
        warned: count,
        critical: count,
      },
    },
    settings: {
      type: 'object',
      additionalProperties: false,
      required: ['warnThreshold', 'failThreshold', 'confidence', 'resamples', 'fdrQ', 'minSamples'],
      properties: {
        warnThreshold: { type: 'number' },
        failThreshold: { type: 'number' },
        confidence: { type: 'number' },
        resamples: { type: 'integer' },
        fdrQ: { type: 'number' },
        minSamples: { type: 'integer' },
      },
    },
    baselineCommit: { type: 'string' },
    baselineRuns: count,
    globalShift: {
      type: 'object',
      additionalProperties: false,
      required: ['change'],
      properties: { change: { type: 'number' } },
    },
    warnings: { type: 'array', items: warning },
    series: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'name',
          'metric',
          'unit',
          'direction',
          'status',
          'mode',
          'baseline',
          'current',
          'change',
          'verdict',
          'reason',
        ],
        properties: {
          name: { type: 'string' },
          metric: { type: 'string' },
          unit: { type: 'string' },
          direction: { type: 'string', enum: ['smaller', 'bigger'] },
          status: {
            type: 'string',
            enum: ['regression', 'improvement', 'unchanged', 'new', 'missing', 'ignored'],
          },
          mode,
          baseline: { ...nullableNumber, description: 'Headline of the baseline, in `unit`.' },
          current: { ...nullableNumber, description: 'Headline of this run, in `unit`.' },
          change: {
            ...nullableNumber,
            description:
              'Relative change of the headline, positive = worse; null when it has none (or from 0).',
          },
          ci: {
            type: 'array',
            items: { type: 'number' },
            minItems: 2,
            maxItems: 2,
            description: 'Confidence interval of `change`, same orientation.',
          },
          p: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'One-sided p-value in the direction of the change.',
          },
          pAdjusted: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'Benjamini–Hochberg adjusted p-value across the suite.',
          },
          method: {
            type: 'string',
            enum: [
              'bootstrap',
              'paired',
              'history',
              'history-two-sample',
              'one-run',
              'replicates',
              'exact',
              'threshold',
            ],
          },
          bound: {
            type: 'object',
            additionalProperties: false,
            required: ['confidence', 'change'],
            properties: { confidence: { type: 'number' }, change: { type: 'number' } },
            description: 'The one-sided confidence bound of the change a fail is decided on.',
          },
          segment: {
            type: 'object',
            additionalProperties: false,
            required: ['runs'],
            properties: { runs: count, since: { type: 'string' } },
            description: 'History mode: base-branch runs since the last change point.',
          },
          verdict: outcome,
          severity: { type: 'string', enum: ['minor', 'moderate', 'critical'] },
          reason: { type: 'string' },
          resolvable: {
            type: 'number',
            description: 'The smallest relative change this comparison could resolve.',
          },
          n: {
            type: 'object',
            additionalProperties: false,
            required: ['baseline', 'current'],
            properties: { baseline: count, current: count },
          },
          limit: {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'value'],
            properties: { kind: { type: 'string', enum: ['max', 'min'] }, value: { type: 'number' } },
          },
          warnings: { type: 'array', items: warning },
        },
      },
    },
  },
} as const;

/**
 * Validates requests to the GitHub stand-in, and the stand-in's own answers, against the committed subset
 * of GitHub's official OpenAPI description (openapi-subset.json, extracted by
 * scripts/extract-openapi-subset.mjs). A request the real API would reject is answered 422 here too, so a
 * malformed body fails the test that sent it instead of passing against a lenient fake.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its function is the default export's `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SUBSET_PATH = path.join(HERE, 'openapi-subset.json');

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  op: Json;
  pathParameters: unknown[];
}

export interface Violation {
  method: string;
  path: string;
  where: 'request' | 'response' | 'route';
  message: string;
}

/** `{$ref}` pointers into the spec use JSON Pointer escapes and URI-encode the braces of templates. */
function pointer(...segments: string[]): string {
  return `gh#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || '(body)'} ${e.message ?? 'invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    )
    .join('; ');
}

/**
 * OpenAPI 3.0's `nullable` without a `type` (next to `allOf`/`oneOf`) is not JSON Schema, and ajv refuses
 * it; it means "this schema, or null", which is what it becomes here.
 */
export function normalizeNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = normalizeNullable(v);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    const { description, ...rest } = out;
    return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

export class OpenApiValidator {
  readonly spec: Json;
  private readonly ajv: Ajv;
  /** Query parameters arrive as strings: a second instance coerces them like GitHub does. */
  private readonly queryAjv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(spec: Json = JSON.parse(fs.readFileSync(SUBSET_PATH, 'utf8')) as Json) {
    spec = normalizeNullable(spec) as Json;
    this.spec = spec;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema(spec, 'gh');
    this.queryAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
    addFormats(this.queryAjv);
    this.queryAjv.addSchema(spec, 'gh');
    const paths = spec.paths as Record<string, Json>;
    for (const [template, item] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'parameters') continue;
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          op: op as Json,
          pathParameters: (item.parameters as unknown[]) ?? [],
        });
      }
    }
    // Specific templates first: `/actions/runs/{run_id}/artifacts` before `/actions/runs/{run_id}`.
    this.operations.sort((a, b) => b.template.split('/').length - a.template.split('/').length);
  }

  /** The operation a request addresses, if the subset has it. */
  find(method: string, pathname: string): Operation | undefined {
    return this.operations.find((o) => o.method === method && o.pattern.test(pathname));
  }

  private compiled(key: string, ref: string, ajv: Ajv = this.ajv): ValidateFunction {
    let v = this.cache.get(key);
    if (!v) {
      v = ajv.compile({ $ref: ref });
      this.cache.set(key, v);
    }
    return v;
  }

  /** Where a possibly-$ref'd node really lives, as pointer segments. */
  private location(node: unknown, here: string[]): string[] {
    const ref = (node as Json | undefined)?.$ref;
    return typeof ref === 'string' ? ref.split('/').slice(1) : here;
  }

  private resolve(node: unknown): Json {
    let n = node as Json;
    while (n && typeof n.$ref === 'string') {
      const [, , kind, name] = (n.$ref as string).split('/');
      n = ((this.spec.components as Json)[kind] as Json)[name] as Json;
    }
    return n;
  }

  /** Problems with a request's query parameters and JSON body; empty when GitHub would accept it. */
  validateRequest(method: string, url: URL, body: Buffer, contentType: string): string[] {
    const o = this.find(method, url.pathname);
    if (!o) return [`${method} ${url.pathname} is not an operation of the OpenAPI subset`];
    const problems: string[] = [];
    const params = [...o.pathParameters, ...((o.op.parameters as unknown[]) ?? [])].map((p) =>
      this.resolve(p),
    );
    for (const p of params) {
      if (p.in !== 'query') continue;
      const name = String(p.name);
      const raw = url.searchParams.get(name);
      if (raw === null) {
        if (p.required) problems.push(`query parameter ${name} is required`);
        continue;
      }
      const validate = this.queryAjv.compile({ type: 'object', properties: { v: p.schema ?? {} } });
      if (!validate({ v: raw }))
        problems.push(`query parameter ${name}=${raw}: ${describe(validate.errors)}`);
    }
    const known = new Set(params.filter((p) => p.in === 'query').map((p) => String(p.name)));
    for (const name of url.searchParams.keys())
      if (!known.has(name)) problems.push(`query parameter ${name} is not defined for ${o.template}`);

    const rb = o.op.requestBody ? this.resolve(o.op.requestBody) : undefined;
    if (rb) {
      const content = rb.content as Json | undefined;
      if (!body.length) {
        if (rb.required) problems.push('a JSON body is required');
      } else if (content?.['application/json']) {
        if (!contentType.includes('json'))
          problems.push(`expected a JSON body, got content-type ${contentType}`);
        let value: unknown;
        try {
          value = JSON.parse(body.toString('utf8'));
        } catch {
          problems.push('the body is not JSON');
          return problems;
        }
        const validate = this.compiled(
          `req ${method} ${o.template}`,
          pointer(
            ...this.location(o.op.requestBody, ['paths', o.template, method.toLowerCase(), 'requestBody']),
            'content',
            'application/json',
            'schema',
          ),
        );
        if (!validate(value)) problems.push(`body: ${describe(validate.errors)}`);
      }
    } else if (body.length && method !== 'GET') {
      problems.push(`${method} ${o.template} takes no body`);
    }
    return problems;
  }

  /** Problems with one of the stand-in's own successful answers (2xx/3xx); empty when it matches the spec. */
  validateResponse(method: string, url: URL, status: number, body: unknown): string[] {
    if (status >= 400) return [];
    const o = this.find(method, url.pathname);
    if (!o) return [];
    const responses = o.op.responses as Json;
    const declared = responses[String(status)];
    if (!declared) return [`status ${status} is not a documented answer of ${method} ${o.template}`];
    const r = this.resolve(declared);
    const content = r.content as Json | undefined;
    if (!content?.['application/json']) return [];
    const validate = this.compiled(
      `res ${method} ${o.template} ${status}`,
      pointer(
        ...this.location(declared, ['paths', o.template, method.toLowerCase(), 'responses', String(status)]),
        'content',
        'application/json',
        'schema',
      ),
    );
    return validate(body) ? [] : [`response ${status}: ${describe(validate.errors)}`];
  }
}

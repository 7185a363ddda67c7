/** A tiny router over node:http for stand-ins listening on 127.0.0.1. */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandinRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  params: string[];
  json<T = unknown>(): T;
}

export interface StandinResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: StandinRequest) => StandinResponse | Promise<StandinResponse>;

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  body?: unknown;
  /** When the request arrived (ms since the epoch): tests check that retries waited. */
  at: number;
}

/** Checks every request before routing and every answer after (the GitHub stand-in's OpenAPI validation). */
export interface Inspector {
  request(req: StandinRequest): StandinResponse | undefined;
  response(req: StandinRequest, res: StandinResponse): void;
}

export class Router {
  private readonly routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  /** Every request, in order, with its answer's status. */
  readonly log: LoggedRequest[] = [];
  /** Runs before routing; may answer instead (fault injection). */
  before?: (req: StandinRequest) => StandinResponse | undefined;
  inspector?: Inspector;

  route(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.push({ method, pattern, handler });
    return this;
  }

  async handle(req: StandinRequest): Promise<StandinResponse> {
    const early = this.before?.(req);
    if (early) return early;
    const refused = this.inspector?.request(req);
    if (refused) return refused;
    const res = await this.dispatch(req);
    this.inspector?.response(req, res);
    return res;
  }

  private async dispatch(req: StandinRequest): Promise<StandinResponse> {
    for (const r of this.routes) {
      if (r.method !== req.method) continue;
      const m = r.pattern.exec(req.url.pathname);
      if (m) {
        req.params = m.slice(1).map(decodeURIComponent);
        return r.handler(req);
      }
    }
    return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
  }
}

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(router: Router): Promise<Listening> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const sreq: StandinRequest = {
        method: req.method ?? 'GET',
        url,
        headers: req.headers,
        body,
        params: [],
        json<T>() {
          return JSON.parse(body.toString('utf8') || 'null') as T;
        },
      };
      Promise.resolve(router.handle(sreq))
        .catch((e: unknown): StandinResponse => ({ status: 500, body: { message: String(e) } }))
        .then((r) => {
          let logged: unknown;
          try {
            logged =
              body.length && String(req.headers['content-type'] ?? '').includes('json')
                ? sreq.json()
                : undefined;
          } catch {
            logged = undefined;
          }
          router.log.push({
            method: sreq.method,
            path: url.pathname + url.search,
            status: r.status,
            body: logged,
            at,
          });
          const headers: Record<string, string> = { ...(r.headers ?? {}) };
          let payload: Buffer | undefined;
          if (Buffer.isBuffer(r.body)) payload = r.body;
          else if (r.body !== undefined) {
            payload = Buffer.from(JSON.stringify(r.body));
            headers['content-type'] ??= 'application/json; charset=utf-8';
          }
          if (payload) headers['content-length'] = String(payload.length);
          res.writeHead(r.status, headers);
          res.end(payload);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Calling the toolkit's cache and artifact clients so that every outcome becomes a value.
 *
 * @actions/cache reports most failures (an unreachable service, a 4xx, a refused write) by logging a
 * warning annotation and returning "nothing restored" / -1, indistinguishable from a plain miss. So
 * while a call runs, the annotation lines it prints are taken out of stdout and handed back: the store
 * turns them into one warning of its own (printed once, with a hint) and keeps the text in the log as
 * plain lines. A deadline bounds the whole call, because a service that accepts a connection and never
 * answers would otherwise hold the job until its timeout.
 */

export interface ToolkitCall<T> {
  value?: T;
  /** What the call threw, if it did. */
  error?: string;
  /** The messages of the warning and error annotations it printed. */
  problems: string[];
  /** Every other line it printed ("Cache hit for: …"). */
  lines: string[];
  timedOut: boolean;
}

import { errorText } from '../errors.js';

const ANNOTATION = /^::(warning|error)(?: [^:]*)?::(.*)$/;

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export { errorText } from '../errors.js';

export async function callToolkit<T>(fn: () => Promise<T>, timeoutMs: number): Promise<ToolkitCall<T>> {
  const out: ToolkitCall<T> = { problems: [], lines: [], timedOut: false };
  const write = process.stdout.write;
  const hooked = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text =
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
    // @actions/core writes whole lines; anything else passes through untouched.
    if (text === undefined || !text.endsWith('\n'))
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    const kept: string[] = [];
    for (const line of text.replace(/\r?\n$/, '').split(/\r?\n/)) {
      const m = ANNOTATION.exec(line);
      if (m) {
        const message = unescapeData(m[2]);
        out.problems.push(message);
        kept.push(`  (${m[1]}) ${message}`);
      } else {
        out.lines.push(line);
        kept.push(line);
      }
    }
    return (write as (...a: unknown[]) => boolean).call(this, `${kept.join('\n')}\n`, ...rest);
  };
  process.stdout.write = hooked as typeof process.stdout.write;
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref();
    });
    const result = await Promise.race([fn().then((v) => ({ v })), deadline]);
    if (result === 'timeout') out.timedOut = true;
    else out.value = result.v;
  } catch (e) {
    out.error = errorText(e);
  } finally {
    clearTimeout(timer);
    process.stdout.write = write;
  }
  return out;
}

/** The deadline for one store operation: BENCHGATE_STORE_TIMEOUT_SECONDS, default 120 s. */
export function storeTimeoutMs(env: NodeJS.ProcessEnv): number {
  const s = Number(env.BENCHGATE_STORE_TIMEOUT_SECONDS);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 120_000;
}

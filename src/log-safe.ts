/**
 * Log lines that untrusted text cannot take over. The runner reads every line of a step's output for
 * workflow commands (`::add-mask::`, `::stop-commands::`, `::warning::`, the older `##[command]`), so a
 * benchmark name, a runner field or an API answer that carries a newline and a command could print
 * annotations, mask values or switch command processing off in a job that holds a write token.
 *
 * `logSafe()` is the one function that makes text safe for a log line: newlines become spaces, control
 * and bidirectional-override characters are dropped, `::` and `##[` are broken with a word joiner (so no
 * command can start anywhere in the line), and the text is bounded. `safeCore()` routes every message
 * and annotation title of the action's @actions/core through it.
 */

const WORD_JOINER = '\u2060';
// Controls (but tab and line breaks, handled apart), C1 controls, zero-width and bidirectional marks.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The longest log line benchgate prints; longer ones are cut with "…". */
export const MAX_LOG_LINE = 4000;

/** One log line from any text: no line break, no workflow command, at most `max` characters. */
export function logSafe(text: unknown, max = MAX_LOG_LINE): string {
  const s = (typeof text === 'string' ? text : String(text))
    .replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\t/g, ' ')
    .replace(/:(?=:)/g, `:${WORD_JOINER}`)
    .replace(/#(?=#\[)/g, `#${WORD_JOINER}`);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The part of @actions/core that prints to the log. */
export interface LogCore {
  info(message: string): void;
  warning(message: string, props?: { title?: string }): void;
  error(message: string, props?: { title?: string }): void;
  setFailed(message: string): void;
}

function props<P extends { title?: string }>(p: P | undefined): P | undefined {
  return p && p.title !== undefined ? { ...p, title: logSafe(p.title, 200) } : p;
}

/** The same core, with every message and annotation title passed through `logSafe()`. */
export function safeCore<C extends LogCore>(core: C): C {
  return {
    ...core,
    info: (m: string) => core.info(logSafe(m)),
    warning: (m: string, p?: { title?: string }) => core.warning(logSafe(m), props(p)),
    error: (m: string, p?: { title?: string }) => core.error(logSafe(m), props(p)),
    setFailed: (m: string) => core.setFailed(logSafe(m)),
  };
}

/**
 * Errors a user can cause. Each prints as one line, `benchgate: <where>: <what was expected>`, and never
 * with a stack trace. Anything else thrown is a bug and is reported as such.
 */
export class BenchgateError extends Error {
  constructor(
    readonly where: string,
    readonly what: string,
  ) {
    super(`${where}: ${what}`);
    this.name = 'BenchgateError';
  }

  /** The single line shown to users; a line break inside (a name, a tool's message) is flattened. */
  get line(): string {
    return `benchgate: ${this.where}: ${this.what}`.replace(/\r?\n|\r/g, '\\n');
  }
}

/** Input that claims to be benchmark output but is not what its format requires. */
export class ParseError extends BenchgateError {
  constructor(
    readonly file: string,
    readonly lineNumber: number,
    readonly expected: string,
    readonly found?: string,
  ) {
    // Line 0 is the whole file (missing, too large, of an unknown format): no line to show.
    super(
      lineNumber > 0 ? `${file}:${lineNumber}` : file,
      found === undefined ? expected : `${expected}, got ${quote(found)}`,
    );
    this.name = 'ParseError';
  }
}

/** An invalid action input or configuration file entry. */
export class ConfigError extends BenchgateError {
  constructor(where: string, what: string) {
    super(where, what);
    this.name = 'ConfigError';
  }
}

/** Quote a found value for a message, shortened so a huge line never floods the log. */
export function quote(found: string, max = 60): string {
  const oneLine = found.replace(/\r?\n/g, '\\n');
  const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
  return JSON.stringify(short);
}

/**
 * What went wrong, as one line to put inside a sentence ("Job summary not written: <this>."): the
 * message of anything thrown, its first line, without a stack or the `benchgate:` prefix.
 */
export function errorText(e: unknown): string {
  const text = e instanceof BenchgateError ? e.message : e instanceof Error ? e.message : String(e);
  return text.split(/\r?\n/)[0];
}

/** The message of anything thrown, without a stack: the one line the step fails with. */
export function errorMessage(e: unknown): string {
  if (e instanceof BenchgateError) return e.line;
  if (e instanceof Error) return `benchgate: internal error: ${e.message}`;
  return `benchgate: internal error: ${String(e)}`;
}

/**
 * The `default:` of a switch over a union that lists every member: a new member that is not handled
 * fails to compile here (its value is not `never`), and an impossible value at run time is a bug.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}

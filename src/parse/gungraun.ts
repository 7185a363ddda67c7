/**
 * gungraun (formerly iai-callgrind): `cargo bench` with the gungraun harness and its
 * `gungraun-runner`, which runs each benchmark once under Valgrind.
 *
 * - Console: a benchmark's name on a line (`demo::fib_group::bench_fib short:(10)`: module path, then
 *   the bench id and its arguments), then its counts as `new|old`, where `old` is the previous run's
 *   (`N/A` on the first run), and the change:
 *
 *       demo::fib_group::bench_fib short:(10)
 *         Instructions:                                       1692|N/A                  (*********)
 *         L1 Hits:                                            2318|2318                 (No change)
 *
 *   The new count is the value. A tool other than Callgrind (`--tool DHAT`, …) is announced by a
 *   `  ======= DHAT =====…` line; its metrics are prefixed with the tool's name. `Gungraun result: …`
 *   and cargo's lines are not results.
 * - JSON (`cargo bench -- --output-format=json`, one summary object per line, the same as the
 *   `--save-summary=json` files): `module_path`, `id`, `description`, and per `profiles[].tool` the
 *   `data.total.metrics` `{ "<event>": { "values": { "new", "old" } } }`. Events are named as the console
 *   names them where it shows them (`Ir` → "Instructions", `L1hits` → "L1 Hits", …), so the console and
 *   the JSON of one run are the same series; the other events (`Dr`, `I1mr`, …) keep their key. Rates
 *   (`L1HitRate`, `D1MissRate`, …) are not series: they follow from the counts.
 *
 * Every count is exact.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { JsonReader, UniqueNames, holdsLineTerminator, isRecord } from './common.js';
import { countSeries, digitCountSeries, eventUnit } from './counts.js';
import { isJsSpace } from './console-table.js';
import { isAt, isSpaceRun } from './line-scan.js';

const COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+\S+\|/;
const COUNT = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+(\d+|N\/A)\|(\d+|N\/A)\s*(?:\(.*\))?\s*$/;
const TOOL = /^ {2}=+ ([A-Za-z][\w-]*) =+\s*$/;

const CONSOLE_NAME: Record<string, string> = {
  Ir: 'Instructions',
  L1hits: 'L1 Hits',
  LLhits: 'LL Hits',
  RamHits: 'RAM Hits',
  TotalRW: 'Total read+write',
  EstimatedCycles: 'Estimated Cycles',
};

function metricName(tool: string, label: string): string {
  return tool === '' || /^callgrind$/i.test(tool) ? label : `${tool} ${label}`;
}

/** [A-Za-z0-9] */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [A-Za-z0-9 +()./-]: the rest of a count's label. */
function isLabelChar(c: number): boolean {
  return isAlnum(c) || c === 32 || c === 43 || c === 40 || c === 41 || c === 46 || c === 47 || c === 45;
}

/** What the scan of a line found: a count line as COUNT reads it, no COUNT_CLAIM, or "ask the regexes". */
const COUNT_LINE = 0;
const NO_CLAIM = 1;
const UNSURE = 2;

/**
 * The console read in place: a line is [s, e) of the text (its CR dropped), and the usual count line
 * `  Instructions:        1692|1692        (No change)` is recognised by a scan that gives exactly what
 * COUNT_CLAIM and COUNT give, looking at most of the line's padding with one comparison. Any line the
 * scan is not sure of is left to the regexes.
 */
class Console {
  /** Labels read so far (`Instructions`, `L1 Hits`, …), checked as the regexes do, with their units. */
  private readonly labels: string[] = [];
  private readonly units: string[] = [];
  /** Of the line COUNT_LINE was said of: the label's index, the new count's start, the bar. */
  label = 0;
  countAt = 0;
  bar = 0;
  /** The next "|" and "(" at or after where they were last looked for (-1: none left). */
  private nextBar = 0;
  private nextParen = 0;

  constructor(
    readonly text: string,
    /** Whether the text holds a CR, U+2028 or U+2029 anywhere (where `.` stops). */
    private readonly terminators: boolean,
  ) {}

  /** The label of the last COUNT_LINE. */
  labelText(): string {
    return this.labels[this.label];
  }

  unit(): string {
    return this.units[this.label];
  }

  scan(s: number, e: number): number {
    const t = this.text;
    if (e - s < 3 || t.charCodeAt(s) !== 32 || t.charCodeAt(s + 1) !== 32 || !isAlnum(t.charCodeAt(s + 2)))
      return NO_CLAIM;
    // the label, up to the first ":"
    const from = s + 2;
    let colon = -1;
    const labels = this.labels;
    // the labels come in the same order under each benchmark: the one after the last first
    for (let j = 0, k = this.label + 1; j < labels.length; j++, k++) {
      if (k >= labels.length) k = 0;
      const l = labels[k];
      if (t.charCodeAt(from + l.length) === 58 /* : */ && from + l.length < e && isAt(t, l, from)) {
        colon = from + l.length;
        this.label = k;
        break;
      }
    }
    if (colon < 0) {
      let i = from + 1;
      while (i < e && isLabelChar(t.charCodeAt(i))) i++;
      if (i === e || t.charCodeAt(i) !== 58) return NO_CLAIM;
      colon = i;
      if (labels.length >= 64) return UNSURE; // a bounded list
      const label = t.slice(from, colon);
      this.label = labels.length;
      labels.push(label);
      this.units.push(eventUnit(label));
    }
    // the bar, and before it the new count after blanks
    if (this.nextBar >= 0 && this.nextBar <= colon) this.nextBar = t.indexOf('|', colon);
    const bar = this.nextBar;
    if (bar < 0 || bar >= e) return UNSURE;
    let d = bar;
    while (d > colon && isDigit(t.charCodeAt(d - 1))) d--;
    if (d === bar) {
      if (!(bar - colon > 3 && isAt(t, 'N/A', bar - 3))) return UNSURE;
      d = bar - 3;
    }
    if (d === colon + 1 || !isSpaceRun(t, colon + 1, d)) return UNSURE;
    // the old count, then nothing or a "(…)" between blanks
    let r = bar + 1;
    if (isAt(t, 'N/A', r)) r += 3;
    else {
      while (r < e && isDigit(t.charCodeAt(r))) r++;
      if (r === bar + 1) return UNSURE;
    }
    if (r > e) return UNSURE;
    if (this.nextParen >= 0 && this.nextParen < r) this.nextParen = t.indexOf('(', r);
    const paren = this.nextParen;
    if (paren < 0 || paren >= e) {
      if (!isSpaceRun(t, r, e)) return UNSURE;
    } else {
      if (!isSpaceRun(t, r, paren) || t.charCodeAt(e - 1) !== 41 /* ) */ || e - 1 === paren) return UNSURE;
      if (this.terminators && holdsLineTerminator(t.slice(paren, e))) return UNSURE;
    }
    this.countAt = d;
    this.bar = bar;
    return COUNT_LINE;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of the line starting at s whose LF (or the text's end) is at nl, before one CR. */
function lineEnd(text: string, s: number, nl: number): number {
  const end = nl < 0 ? text.length : nl;
  return end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function parseConsole(text: string, file: string, sink?: ParseSink): Series[] {
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  const c = new Console(text, text.includes('\r') || text.includes('\u2028') || text.includes('\u2029'));
  let name: string | undefined;
  let tool = '';
  /** metricName(tool, label) by label index, for the tool of the moment. */
  let metrics: string[] = [];
  let lineNo = 0;
  for (let s = 0, nl = text.indexOf('\n'); ;) {
    lineNo++;
    const e = lineEnd(text, s, nl);
    const nextStart = nl + 1;
    const nextNl = nl < 0 ? -1 : text.indexOf('\n', nextStart);
    if (name !== undefined && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 32) {
      const kind = text.charCodeAt(s + 2) === 61 /* = */ ? UNSURE : c.scan(s, e);
      if (kind === COUNT_LINE) {
        const label = c.labelText();
        const metric = (metrics[c.label] ??= metricName(tool, label));
        if (c.countAt + 3 === c.bar && isAt(text, 'N/A', c.countAt)) {
          sink?.warn(lineNo, `"${name}" has no new ${label} count (N/A)`);
        } else {
          const series =
            c.bar - c.countAt <= 15
              ? digitCountSeries(name, metric, c.unit(), text, c.countAt, c.bar)
              : countSeries(name, metric, c.unit(), text.slice(c.countAt, c.bar), file, lineNo);
          unique.check(series, lineNo);
          out.push(series);
        }
      } else if (kind === UNSURE) {
        const line = text.slice(s, e);
        const t = TOOL.exec(line);
        if (t) {
          tool = t[1];
          metrics = [];
        } else {
          const claim = COUNT_CLAIM.exec(line);
          if (claim) {
            const m = COUNT.exec(line);
            if (!m)
              throw new ParseError(
                file,
                lineNo,
                `expected "${claim[1]}: <new>|<old>" for "${name}"`,
                line.trim(),
              );
            if (m[2] === 'N/A') sink?.warn(lineNo, `"${name}" has no new ${claim[1]} count (N/A)`);
            else {
              const series = countSeries(name, metricName(tool, m[1]), eventUnit(m[1]), m[2], file, lineNo);
              unique.check(series, lineNo);
              out.push(series);
            }
          }
        }
      }
    } else {
      // a name, when the next line starts its counts
      name = undefined;
      if (nl >= 0 && s < e && !isJsSpace(text.charCodeAt(s))) {
        const ne = lineEnd(text, nextStart, nextNl);
        const kind = text.charCodeAt(nextStart + 2) === 61 /* = */ ? UNSURE : c.scan(nextStart, ne);
        let starts = kind === COUNT_LINE;
        if (kind === UNSURE) {
          const next = text.slice(nextStart, ne);
          starts = COUNT_CLAIM.test(next) || TOOL.test(next);
        }
        if (starts) name = text.slice(s, e).trim();
      }
      tool = '';
      metrics = [];
    }
    if (nl < 0) break;
    s = nextStart;
    nl = nextNl;
  }
  if (out.length === 0)
    throw new ParseError(file, lineNo, 'expected a benchmark name followed by "  Instructions: <new>|<old>"');
  return out;
}

function parseJsonLines(text: string, file: string): Series[] {
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line.startsWith('{')) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      throw new ParseError(file, i + 1, 'expected one gungraun summary (JSON) per line', line.slice(0, 80));
    }
    const r = new JsonReader(line, file);
    const fail = (what: string, found?: unknown): never => {
      throw new ParseError(
        file,
        i + 1,
        what,
        found === undefined ? undefined : JSON.stringify(found)?.slice(0, 80),
      );
    };
    const d = r.record(doc, [], 'a gungraun summary');
    if (typeof d.module_path !== 'string' || d.module_path === '')
      fail('expected a "module_path" in the summary');
    const id = typeof d.id === 'string' && d.id !== '' ? d.id : undefined;
    const name =
      id === undefined
        ? (d.module_path as string)
        : `${d.module_path as string} ${id}:${typeof d.description === 'string' ? d.description : ''}`;
    if (!Array.isArray(d.profiles)) fail(`expected "profiles" for "${name}"`, d.profiles);
    for (const p of d.profiles as unknown[]) {
      if (!isRecord(p) || !isRecord(p.data) || !isRecord(p.data.total) || !isRecord(p.data.total.metrics))
        fail(`expected "data.total.metrics" in each profile of "${name}"`);
      const prof = p as { tool?: unknown; data: { total: { metrics: Record<string, unknown> } } };
      const tool = typeof prof.tool === 'string' ? prof.tool : '';
      for (const [key, m] of Object.entries(prof.data.total.metrics)) {
        if (/Rate$/.test(key)) continue;
        const v = isRecord(m) && isRecord(m.values) ? m.values.new : undefined;
        if (v === null || v === undefined) continue; // not measured in this run
        if (typeof v !== 'number' || !Number.isInteger(v))
          fail(`expected a count for ${key} of "${name}"`, v);
        const label = CONSOLE_NAME[key] ?? key;
        const s = countSeries(name, metricName(tool, label), eventUnit(label), String(v), file, i + 1);
        unique.check(s, i + 1);
        out.push(s);
      }
    }
  }
  if (out.length === 0)
    throw new ParseError(file, lines.length, 'expected gungraun summaries with "profiles"');
  return out;
}

export const gungraun: Parser = {
  name: 'gungraun',
  describe: 'cargo bench with gungraun / iai-callgrind (console, or -- --output-format=json)',
  detect(text) {
    const head = text.slice(0, 65536);
    if (/^\s*\{/.test(head)) {
      return (
        /"module_path"\s*:/.test(head) &&
        /"profiles"\s*:/.test(head) &&
        /"(?:benchmark_exe|kind)"\s*:/.test(head)
      );
    }
    return /^\S[^\n]*\r?\n {2}(?:=+ \w+ =+\r?\n {2})?Instructions: +(?:\d+|N\/A)\|(?:\d+|N\/A)/m.test(head);
  },
  parse(text, file, sink?: ParseSink) {
    return /^\s*\{/.test(text) ? parseJsonLines(text, file) : parseConsole(text, file, sink);
  },
};

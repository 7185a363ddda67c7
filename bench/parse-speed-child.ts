/**
 * The measuring half of bench/parse-speed.ts, run in a fresh process per file so its peak RSS is the
 * parse's own. parse-speed.ts bundles this file with ncc and runs the bundle with plain `node`, the way
 * the action runs: a TypeScript loader would add its own memory to the figure.
 *
 *     node <bundle> FILE   → {format, series, bytes, readMs, parseMs, maxRssKb, baseRssKb} on stdout
 */
import * as fs from 'node:fs';
import { parseText } from '../src/parse/detect.js';

export interface ChildResult {
  format: string;
  series: number;
  bytes: number;
  readMs: number;
  parseMs: number;
  maxRssKb: number;
  baseRssKb: number;
}

const file = process.argv[2];
const baseRssKb = process.resourceUsage().maxRSS;
const t0 = performance.now();
// as src/results.ts reads an output file
const text = fs.readFileSync(file, 'utf8');
const t1 = performance.now();
const { format, series } = parseText(text, file, 'auto');
const t2 = performance.now();
const result: ChildResult = {
  format,
  series: series.length,
  bytes: fs.statSync(file).size,
  readMs: t1 - t0,
  parseMs: t2 - t1,
  maxRssKb: process.resourceUsage().maxRSS,
  baseRssKb,
};
process.stdout.write(JSON.stringify(result));

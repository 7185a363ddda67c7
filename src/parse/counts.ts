/**
 * Series of deterministic counts (Valgrind's instruction and cache events, as Valgrind itself, iai and
 * gungraun print them). A count has no noise: the series is `exact`, so analyze applies the thresholds
 * to the change directly. Smaller is better for every event these tools count.
 */
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { readNumber } from './common.js';

/** One exact count series; `text` is the number as printed, checked to be a non-negative count. */
export function countSeries(
  name: string,
  metric: string,
  unit: string,
  text: string,
  file: string,
  line: number,
): Series {
  // Counts are plain digits almost always; readNumber handles separators and the rest.
  const value = /^\d{1,15}$/.test(text) ? Number(text) : readNumber(text);
  if (value === undefined || value < 0) {
    throw new ParseError(file, line, `expected a count for ${metric} of "${name}"`, text);
  }
  if (name.trim() === '') throw new ParseError(file, line, 'expected a benchmark name, got an empty one');
  return { name, metric, unit, direction: 'smaller', value, exact: true };
}

/**
 * `countSeries` of the digits text[s, e) (one to 15 of them, so exact as a double) under a name known
 * not to be blank: what the console readers make of their usual count line, without its slice.
 */
export function digitCountSeries(
  name: string,
  metric: string,
  unit: string,
  text: string,
  s: number,
  e: number,
): Series {
  let value = 0;
  for (let i = s; i < e; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return { name, metric, unit, direction: 'smaller', value, exact: true };
}

/** The unit of an event as iai and gungraun label it ("Instructions", "L1 Hits", "Estimated Cycles"). */
const units = new Map<string, string>();

export function eventUnit(label: string): string {
  let u = units.get(label);
  if (u === undefined) {
    u = unitOfLabel(label);
    if (units.size < 256) units.set(label, u);
  }
  return u;
}

/** One string per event label, so a million series of a file share a handful (bounded like `units`). */
const labels = new Map<string, string>();

export function eventLabel(label: string): string {
  const known = labels.get(label);
  if (known !== undefined) return known;
  if (labels.size < 256) labels.set(label, label);
  return label;
}

function unitOfLabel(label: string): string {
  const l = label.toLowerCase();
  if (l === 'instructions' || l === 'ir') return 'instructions';
  if (l.includes('cycles')) return 'cycles';
  if (l.endsWith('hits')) return 'hits';
  if (l.endsWith('accesses') || l.includes('read+write')) return 'accesses';
  if (l.endsWith('misses')) return 'misses';
  return 'events';
}

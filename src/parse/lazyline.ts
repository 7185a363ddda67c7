/**
 * Line numbers for JSON formats are found by walking the text (lineOfJsonPath), which is too slow to do
 * for every element of a large file. These helpers compute the line only when an error is thrown.
 */
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { makeSeries } from './common.js';
import type { RawSeries } from './common.js';

const UNKNOWN_LINE = -1;

/** `makeSeries`, with the line of the offending element computed only if it fails. */
export function makeSeriesAt(raw: RawSeries, file: string, line: () => number): Series {
  try {
    return makeSeries(raw, file, UNKNOWN_LINE);
  } catch (e) {
    if (e instanceof ParseError && e.lineNumber === UNKNOWN_LINE)
      throw new ParseError(file, line(), e.expected, e.found);
    throw e;
  }
}

/**
 * A rule's `unit` says what unit the tool really used (for formats that print none), so values are
 * converted to canonical units here, once, through the same exact `scaleBy` the parsers use: 1640.3 µs
 * is stored as 1640300 ns, not 1640300.0000000002.
 */
import type { Series } from '../model.js';
import { canonical, scaleBy } from '../units.js';
import type { Config } from './types.js';
import { rulesMatching } from './rules.js';

/** Apply unit and direction overrides to parsed series. */
export function applyOverrides(analysis: Config['analysis'], series: Series[]): Series[] {
  return series.map((s) => {
    const applicable = rulesMatching(analysis, s);
    const unit = applicable.find((r) => r.unit !== undefined)?.unit;
    const direction = applicable.find((r) => r.direction !== undefined)?.direction;
    let out = s;
    if (unit !== undefined) {
      const c = canonical(unit);
      const scale = (x: number): number => scaleBy(x, c.factor);
      const opt = (x: number | undefined): number | undefined => (x === undefined ? undefined : scale(x));
      out = {
        ...out,
        unit: c.unit,
        direction: c.direction,
        value: scale(out.value),
        samples: out.samples?.map(scale),
        spread: out.spread && {
          low: opt(out.spread.low),
          high: opt(out.spread.high),
          stddev: opt(out.spread.stddev),
        },
      };
    }
    if (direction !== undefined) out = { ...out, direction };
    return out;
  });
}

/**
 * `npm run bench`: benchgate's speed targets, measured. Parsing (issue 3: 100 MB of Go text at
 * ≥ 100 MB/s, 100 MB of Google Benchmark JSON at ≥ 80 MB/s, peak memory under 4× the file; issue 12:
 * every other line format, console outputs included, at ≥ 100 MB/s too) and
 * statistics (issue 4: 1,000 series × 100 + 100 samples at B = 10,000 in ≤ 3 s wall), and startup
 * (issue 9: the action bundle's first log line within 150 ms of a bare `node -e 0`, Node 24), and the
 * report of a 200,000-series suite (rendering stays linear while most rows are left out).
 *
 * `--json FILE` also writes the measurements in benchgate's own results format, so the project's
 * workflow gates its own speed with its own action (.github/workflows/benchmarks.yml).
 */
import * as fs from 'node:fs';
import { parseSpeed } from './parse-speed.js';
import { statsSpeed } from './stats-speed.js';
import { startupSpeed } from './startup-speed.js';
import { dashboardSpeed } from './dashboard.js';
import { renderSpeed } from './render-speed.js';

interface Target {
  name: RegExp;
  ok: (v: number) => boolean;
  text: string;
}

const TARGETS: Target[] = [
  { name: /^parse go: throughput$/, ok: (v) => v >= 100, text: '≥ 100 MB/s' },
  { name: /^parse googlebenchmark: throughput$/, ok: (v) => v >= 80, text: '≥ 80 MB/s' },
  // every line format (issue 12), the console ones included
  { name: /^parse .+: throughput$/, ok: (v) => v >= 100, text: '≥ 100 MB/s' },
  { name: /peak RSS \/ file size$/, ok: (v) => v < 4, text: '< 4×' },
  { name: /\(wall\)$/, ok: (v) => v <= 3000, text: '≤ 3000 ms' },
  { name: /identical verdicts/, ok: (v) => v === 1, text: 'byte-identical' },
  { name: /^dashboard .*first screen drawn/, ok: (v) => v <= 1000, text: '≤ 1000 ms' },
  { name: /1,000,000\+1,000,000 samples/, ok: (v) => v <= 1000, text: '≤ 1000 ms' },
  { name: /^startup: action first log line over bare node$/, ok: (v) => v <= 150, text: '≤ 150 ms' },
];

function jsonPath(argv: string[]): string | undefined {
  const i = argv.indexOf('--json');
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const only = process.argv.includes('--startup');
  const measurements = only
    ? await startupSpeed()
    : [
        ...(await parseSpeed()),
        ...(await statsSpeed()),
        ...(await startupSpeed()),
        ...(await dashboardSpeed()),
        ...renderSpeed(),
      ];
  let missed = 0;
  const rows = measurements.map((m) => {
    const t = TARGETS.find((x) => x.name.test(m.name));
    const status = t ? (t.ok(m.value) ? `PASS ${t.text}` : `FAIL ${t.text}`) : '';
    if (status.startsWith('FAIL')) missed++;
    return [m.name, `${m.value} ${m.unit}`, status];
  });
  const w = [0, 1].map((k) => Math.max(...rows.map((r) => r[k].length)));
  for (const r of [['measurement', 'value', 'target'], ...rows]) {
    console.log(`${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2]}`);
  }
  const out = jsonPath(process.argv);
  if (out) {
    // Only quantities with a direction a user cares about: speeds, times and memory.
    const results = measurements
      .filter((m) => ['MB/s', 'ms', 'MB'].includes(m.unit) && !/file size|before reading/.test(m.name))
      .map((m) => ({ name: m.name, unit: m.unit, value: m.value }));
    fs.writeFileSync(out, `${JSON.stringify({ benchgate: 1, tool: 'benchgate-bench', results }, null, 2)}\n`);
    console.log(`wrote ${results.length} measurements to ${out}`);
  }
  console.log(missed === 0 ? 'all speed targets met' : `${missed} speed target(s) missed`);
  return missed === 0 ? 0 : 1;
}

process.exitCode = await main();

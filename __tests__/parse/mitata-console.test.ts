/**
 * mitata's console output and its markdown tables: the names of the JSON reader (group prefix
 * included) and mitata's printed `avg`, in whichever unit mitata chose for it.
 */
import { mitataConsole } from '../../src/parse/mitata-console.js';
import { mitata } from '../../src/parse/mitata.js';
import { detectFormat } from '../../src/parse/detect.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture, recordingSink } from './helpers-b.js';

const FILES = ['mitata/console.txt', 'mitata/markdown.md'];

describe('mitata console and markdown', () => {
  test.each(FILES)('%s parses to its golden series and is detected', (f) => {
    const series = mitataConsole.parse(fixture(f), f);
    expectGolden('mitata', f.slice('mitata/'.length), series);
    expect(detectFormat(fixture(f), f).name).toBe('mitata-console');
    for (const s of series) {
      expect(s).toMatchObject({ metric: 'time', unit: 'ns', direction: 'smaller', origin: 'console' });
      expect(s.samples).toBeUndefined();
      expect(s.spread).toBeUndefined();
    }
  });

  test('the names are those of the JSON reader, the thrown benchmark aside', () => {
    const doc = JSON.parse(fixture('mitata/bench-json-nosamples.json')) as {
      benchmarks: { runs: { error?: unknown }[] }[];
    };
    doc.benchmarks = doc.benchmarks.filter((b) => b.runs.every((r) => r.error === undefined));
    const json = mitata.parse(JSON.stringify(doc), 'j');
    const jsonNames = [...new Set(json.filter((s) => s.metric === 'time').map((s) => s.name))];
    for (const f of FILES) expect(mitataConsole.parse(fixture(f), f).map((s) => s.name)).toEqual(jsonNames);
  });

  test('values in ns, µs and ms as printed become ns', () => {
    const byName = (f: string): Record<string, number> =>
      Object.fromEntries(mitataConsole.parse(fixture(f), f).map((s) => [s.name, s.value]));
    expect(byName('mitata/console.txt')).toMatchObject({
      'fib(10)': 483.24, // 483.24 ns/iter
      'fib(15)': 5410, // 5.41 µs/iter
      'sorting/Array#sort (copy)': 101_380, // 101.38 µs/iter
      'async: await setTimeout(0)': 1_090_000, // 1.09 ms/iter
    });
    expect(byName('mitata/markdown.md')).toMatchObject({
      'fib(5)': 39.47,
      'sorting/Float64Array#sort (copy)': 24_870,
    });
    const slow = fixture('mitata/console.txt').replace(
      '  1.09 ms/iter   1.09 ms',
      '  2.50  s/iter   2.51  s',
    );
    expect(byName2(slow)['async: await setTimeout(0)']).toBe(2.5e9);
  });

  test('a benchmark that threw is a warning naming it', () => {
    for (const [f, line] of [
      ['mitata/console.txt', 42],
      ['mitata/markdown.md', 20],
    ] as const) {
      const sink = recordingSink();
      mitataConsole.parse(fixture(f), f, sink);
      expect(sink.warnings).toEqual([
        `${line}: mitata benchmark "throws" failed (deliberate failure): no result`,
      ]);
    }
  });

  test('a damaged result line is an error naming its line', () => {
    const text = fixture('mitata/console.txt').replace('483.24 ns/iter', '483.x4 ns/iter');
    expect(errorOf(() => mitataConsole.parse(text, 'm.txt'))).toMatch(
      /^benchgate: m\.txt:7: expected "<name> {2}<avg>/,
    );
    const md = fixture('mitata/markdown.md').replace('`  5.42 µs/iter`', '`  5.42 µs`');
    expect(errorOf(() => mitataConsole.parse(md, 'm.md'))).toMatch(
      /^benchgate: m\.md:9: expected "\| <name> \|/,
    );
  });
});

function byName2(text: string): Record<string, number> {
  return Object.fromEntries(mitataConsole.parse(text, 'x').map((s) => [s.name, s.value]));
}

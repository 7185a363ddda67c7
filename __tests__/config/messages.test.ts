import { errorMessage } from '../../src/errors.js';
import { loadConfig, readFormat } from '../../src/config/index.js';
import { nearest } from '../../src/config/values.js';

function load(files: Record<string, string>, inputs: Record<string, string> = {}, log?: (m: string) => void) {
  const all: Record<string, string> = { 'output-file': 'bench.txt', ...inputs };
  return loadConfig({ input: (n) => all[n] ?? '', readFile: (p) => files[p], log });
}

function refused(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return errorMessage(e);
  }
  throw new Error('expected an error');
}

describe('the format input', () => {
  test('an unknown format blames the input and suggests the nearest name', () => {
    const message = refused(() => load({}, { format: 'golang' }));
    expect(message).toMatch(
      /^benchgate: input 'format': expected one of auto, .*go.*, got "golang" \(did you mean "go"\?\)$/,
    );
    expect(message).not.toContain('bench.txt');
  });

  test.each([
    ['googlebenchmarks', 'googlebenchmark'],
    ['hyperfin', 'hyperfine'],
    ['pytest-benchmark', 'pytest'],
    ['critrion', 'criterion'],
  ])('%s suggests %s', (typo, name) => {
    expect(refused(() => readFormat("input 'format'", typo))).toContain(`(did you mean "${name}"?)`);
  });

  test('a name far from every format suggests none', () => {
    expect(nearest('xyzzyplugh', ['go', 'hyperfine'])).toBeUndefined();
    expect(refused(() => readFormat("input 'format'", 'xyzzyplugh'))).not.toContain('did you mean');
  });

  test('a known format and an empty input are accepted', () => {
    expect(load({}, { format: 'go' }).format).toBe('go');
    expect(load({}).format).toBe('auto');
  });
});

describe('finding the config file', () => {
  test('.github/benchgate.yaml is read as well as .yml, and the log says which', () => {
    const logged: string[] = [];
    const c = load({ '.github/benchgate.yaml': 'thresholds:\n  warn: 7%\n' }, {}, (m) => logged.push(m));
    expect(c.configFile).toBe('.github/benchgate.yaml');
    expect(c.analysis.warnThreshold).toBe(0.07);
    expect(logged).toEqual(['benchgate: using the config file .github/benchgate.yaml']);
  });

  test('.yml wins when both exist', () => {
    const c = load({
      '.github/benchgate.yml': 'min-samples: 7\n',
      '.github/benchgate.yaml': 'min-samples: 9\n',
    });
    expect(c.configFile).toBe('.github/benchgate.yml');
    expect(c.analysis.minSamples).toBe(7);
  });

  test('no config file is logged too, with the places looked at', () => {
    const logged: string[] = [];
    expect(load({}, {}, (m) => logged.push(m)).configFile).toBeUndefined();
    expect(logged).toEqual([
      'benchgate: no config file (looked for .github/benchgate.yml and .github/benchgate.yaml); using inputs and defaults',
    ]);
  });

  test('the config input names the file to read', () => {
    const logged: string[] = [];
    const c = load({ 'perf/bg.yml': 'min-samples: 8\n' }, { config: 'perf/bg.yml' }, (m) => logged.push(m));
    expect(c.analysis.minSamples).toBe(8);
    expect(logged).toEqual(['benchgate: using the config file perf/bg.yml']);
  });
});

describe('thresholds: one reader, one message, wherever they are written', () => {
  const expected = 'expected a relative change such as "5%", or a fraction below 1 such as 0.05, got "5"';

  test('an input and a file key say the same thing', () => {
    expect(refused(() => load({}, { 'warn-threshold': '5' }))).toBe(
      `benchgate: input 'warn-threshold': ${expected}`,
    );
    expect(refused(() => load({ '.github/benchgate.yml': 'thresholds:\n  warn: 5\n' }))).toBe(
      'benchgate: .github/benchgate.yml:2: thresholds.warn: expected a relative change such as "5%", or a fraction below 1 such as 0.05, got 5',
    );
  });

  test('a fail input below the warn input', () => {
    expect(refused(() => load({}, { 'warn-threshold': '10%', 'fail-threshold': '7%' }))).toBe(
      "benchgate: input 'fail-threshold': expected at least the warn threshold (10%), got 7%",
    );
  });

  test('a fail input below the file’s warn blames the input', () => {
    expect(
      refused(() =>
        load({ '.github/benchgate.yml': 'thresholds:\n  warn: 20%\n' }, { 'fail-threshold': '15%' }),
      ),
    ).toBe("benchgate: input 'fail-threshold': expected at least the warn threshold (20%), got 15%");
  });

  test('a warn above the default fail blames the warn, not an input the user never set', () => {
    expect(refused(() => load({}, { 'warn-threshold': '15%' }))).toBe(
      "benchgate: input 'warn-threshold': expected at most the fail threshold (10%, the default; set the fail threshold too), got 15%",
    );
  });

  test('percentages print without binary noise', () => {
    expect(refused(() => load({}, { 'warn-threshold': '0.07', 'fail-threshold': '0.06' }))).toContain(
      '(7%), got 6%',
    );
  });
});

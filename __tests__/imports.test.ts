/**
 * Imports flow one way (DESIGN.md §1): no import cycle anywhere in src/, and no stage imports a stage
 * later in the pipeline
 *
 *   config ─► parse ─► history ─► (stats) analyze ─► report ─► github ─► modes ─► main / cli
 *
 * The graph is read with TypeScript's own parser and module resolution (static, dynamic and type
 * imports alike), so what it checks is what the compiler and the bundler see.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../test-support/runner-env.js';

const SRC = path.join(ROOT, 'src');

/** Pipeline rank of each part of src/; a file may import its own rank or an earlier one. */
const STAGES: [RegExp, string, number][] = [
  [/^(model|errors|units|limits|log-safe|fingerprint)\.ts$|^types\//, 'model', 0],
  // Pure numerics (imports nothing of the project but the model): any stage may use them.
  [/^stats\//, 'stats', 0.5],
  [/^config\//, 'config', 1],
  [/^(parse\/|results\.ts$|replicates\.ts$)/, 'parse', 2],
  [/^history\//, 'history', 3],
  [/^analyze\//, 'analyze', 5],
  [/^report\//, 'report', 6],
  [/^github\//, 'github', 7],
  [/^dashboard\//, 'dashboard', 7],
  [/^modes\//, 'modes', 8],
  [/^ab\//, 'ab', 8],
  [/^(main|world|index|action)\.ts$/, 'main', 9],
  [/^cli(\.ts$|\/)/, 'cli', 9],
];

/**
 * Known exceptions, each with its reason. config declares the analysis settings it produces with
 * analyze's own types (type-only); the config split (issue 9) is where that moves.
 */
const ALLOWED = new Set([
  'config/index.ts -> analyze/types.ts',
  'config/types.ts -> analyze/types.ts',
  'config/rules.ts -> analyze/types.ts',
  // The `format` input is checked (with a "did you mean") against the parsers' registry of names.
  'config/values.ts -> parse/index.ts',
]);

function stageOf(rel: string): { name: string; rank: number } {
  for (const [re, name, rank] of STAGES) if (re.test(rel)) return { name, rank };
  throw new Error(`src/${rel} belongs to no stage of the pipeline; add it to STAGES`);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

function specifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier)
      out.push((n.moduleSpecifier as ts.StringLiteral).text);
    else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = n.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) {
      const lit = n.argument.literal;
      if (ts.isStringLiteral(lit)) out.push(lit.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(ROOT, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
)!;

/** src/-relative file → the src/ files it imports. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const deps: string[] = [];
    for (const spec of specifiers(file)) {
      const r = ts.resolveModuleName(spec, file, config.options, ts.sys).resolvedModule;
      if (!r || r.isExternalLibraryImport) continue;
      const target = path.relative(SRC, r.resolvedFileName);
      if (!target.startsWith('..') && !target.endsWith('.d.ts')) deps.push(target);
    }
    g.set(path.relative(SRC, file), deps);
  }
  return g;
}

const G = graph();

test('the import graph is read (a sanity check of the reader)', () => {
  expect(G.get('main.ts')).toEqual(expect.arrayContaining(['modes/shared.ts', 'modes/run.ts']));
  expect(G.size).toBeGreaterThan(50);
});

test('no module of src/ is part of an import cycle', () => {
  // Tarjan's strongly connected components; any component of more than one file (or a self-import)
  // is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of G.get(v) ?? []) {
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (G.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of G.keys()) if (!idx.has(v)) connect(v);
  expect(cycles).toEqual([]);
});

test('no stage imports a later stage of the pipeline', () => {
  const against: string[] = [];
  for (const [from, deps] of G) {
    const a = stageOf(from);
    for (const to of deps) {
      const b = stageOf(to);
      if (b.rank > a.rank && !ALLOWED.has(`${from} -> ${to}`))
        against.push(`${from} (${a.name}) imports ${to} (${b.name})`);
    }
  }
  expect(against).toEqual([]);
});

test('history/ passes what it needs from GitHub as data: it imports nothing from github/', () => {
  const offending = [...G].flatMap(([from, deps]) =>
    from.startsWith('history/')
      ? deps.filter((d) => d.startsWith('github/')).map((d) => `${from} -> ${d}`)
      : [],
  );
  expect(offending).toEqual([]);
});

/**
 * `npm run validators`: compiles benchgate's JSON schemas into validation code with ajv's standalone
 * mode and writes src/<stage>/validate.generated.js (with its .d.ts) for each stage that validates. The action and the CLI
 * then validate without compiling a schema at run time (compiling the history schema took ~100 ms of
 * every start) and without bundling ajv's compiler; only ajv's small runtime helpers are imported.
 * The options are the ones each reader used with `new Ajv(…)`, so validation and its errors stay the
 * same. A test checks that the committed files are current.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { CONFIG_SCHEMA } from '../src/config/schema.js';
import { RESULTS_SCHEMA } from '../src/parse/benchgate-schema.js';
import { HISTORY_SCHEMA } from '../src/history/schema.js';
import { COLLECTED_SCHEMA } from '../src/modes/payload-schema.js';

// A CommonJS module: its exports object is the default import (under tsx, as in Node).
const standaloneCode = standalone.default;

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Validator {
  /** The generated files without extension (`.js` and `.d.ts`), in the stage folder of their user. */
  file: string;
  /** The exported function's name. */
  name: string;
  /** What it checks, for its doc comment. */
  what: string;
  schema: object;
  /** The schema's module, beside the generated file, for the header. */
  from: string;
  options: Options;
  /** The type a valid document has, and the module (relative to the generated file) that declares it. */
  type?: { name: string; from: string };
}

/** One generated file per validator (ajv names its functions and constants alike in every file). */
export const GENERATED: Validator[] = [
  {
    file: 'src/config/validate.generated',
    name: 'validateConfigFile',
    what: 'The config file (`.github/benchgate.yml`) after YAML parsing',
    schema: CONFIG_SCHEMA,
    from: 'schema.ts',
    // verbose: errors carry their schema, whose description says what was expected.
    options: { allErrors: true, strict: false, verbose: true },
  },
  {
    file: 'src/parse/validate.generated',
    name: 'validateResults',
    what: "A document in benchgate's own results format",
    schema: RESULTS_SCHEMA,
    from: 'benchgate-schema.ts',
    options: { allErrors: true, strict: false, strictNumbers: true },
  },
  {
    file: 'src/history/validate.generated',
    name: 'validateHistoryDocument',
    what: 'A stored history document, migrated to the current schemaVersion',
    schema: HISTORY_SCHEMA,
    from: 'schema.ts',
    // strictNumbers: JSON's 1e999 parses to Infinity, which `type: number` alone would accept.
    options: { allErrors: true, strict: false, strictNumbers: true },
    type: { name: 'History', from: '../model.js' },
  },
  {
    file: 'src/modes/validate.generated',
    name: 'validateCollected',
    what: 'Collected results, as `mode: collect` uploaded them',
    schema: COLLECTED_SCHEMA,
    from: 'payload-schema.ts',
    options: { allErrors: false, strict: false, strictNumbers: true },
  },
];

/**
 * ajv's standalone ESM still `require()`s its runtime helpers; they become imports here. Node and
 * TypeScript see the CommonJS module's exports object as its default export, a bundler sees its
 * `exports.default`: the helper is whichever of the two is the function.
 */
const RUNTIME = /require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/gi;

function compile(v: Validator): { code: string; helpers: Set<string> } {
  const ajv = new Ajv({ ...v.options, code: { source: true, esm: true, lines: true } });
  const helpers = new Set<string>();
  let code = standaloneCode(ajv, ajv.compile(v.schema))
    .replace(/^"use strict";/, '')
    // `validate` and the default export are renamed below, one named export per validator.
    .replace(
      /^\s*export const validate = (\w+);\s*export default \w+;/,
      (_: string, fn: string) => `const ${v.name}_ = ${fn};`,
    );
  code = code.replace(RUNTIME, (_: string, helper: string) => {
    helpers.add(helper);
    return `ajvRuntime_${helper}`;
  });
  if (/\brequire\(|^\s*export /m.test(code))
    throw new Error(
      `ajv's standalone code for ${v.name} has a require() or export this script does not handle`,
    );
  return { code, helpers };
}

/**
 * The generated files of one validator: the code as JavaScript (a bundler or TypeScript would
 * re-indent ajv's deeply nested checks into mostly spaces) and its declaration.
 */
export function generateValidator(v: Validator): { js: string; dts: string } {
  const ajvPackage = fs.readFileSync(path.join(ROOT, 'node_modules/ajv/package.json'), 'utf8');
  const { version } = JSON.parse(ajvPackage) as { version: string };
  const { code, helpers } = compile(v);
  const header = [
    `// Generated by scripts/validators.ts (npm run validators) with ajv ${version} from ${v.from}.`,
    '// Do not edit: edit the schema and regenerate.',
  ];
  const doc = `/** ${v.what}: \`false\`, with \`.errors\` set, when it does not match. */`;
  const js = [
    ...header,
    '/* eslint-disable */',
    ...[...helpers]
      .sort()
      .flatMap((h) => [
        `import * as ajvRuntimeModule_${h} from 'ajv/dist/runtime/${h}.js';`,
        `const ajvRuntime_${h} = ((m) => (typeof m === 'function' ? m : m.default))(ajvRuntimeModule_${h}.default);`,
      ]),
    '',
    code,
    '',
    doc,
    `export const ${v.name} = ${v.name}_;`,
    '',
  ].join('\n');
  const dts = [
    ...header,
    "import type { ValidateFunction } from 'ajv';",
    ...(v.type ? [`import type { ${v.type.name} } from '${v.type.from}';`] : []),
    '',
    doc,
    `export declare const ${v.name}: ValidateFunction${v.type ? `<${v.type.name}>` : ''};`,
    '',
  ].join('\n');
  return { js, dts };
}

/** The two files of a validator, by path relative to the root. */
export function generatedFiles(v: Validator): [string, string][] {
  const { js, dts } = generateValidator(v);
  return [
    [`${v.file}.js`, js],
    [`${v.file}.d.ts`, dts],
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const v of GENERATED)
    for (const [file, text] of generatedFiles(v)) {
      fs.writeFileSync(path.join(ROOT, file), text);
      console.log(`wrote ${file} (${Math.round(text.length / 1024)} KiB)`);
    }
}

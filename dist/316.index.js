export const id = 316;
export const ids = [316];
export const modules = {

/***/ 57316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: bootCore, deferredCore

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/index.ts + 6 modules
var src_config = __webpack_require__(3440);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/log-safe.ts
var log_safe = __webpack_require__(66963);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: reads the config and the run's context, hands them to the mode, and holds the one
 * top-level catch. Every I/O dependency comes in through `deps` (src/world.ts builds the real ones).
 *
 *   run:      config → parse → history.load → analyze → report → publish → history.save → exit
 *   collect:  config → parse → upload (src/modes/collect.ts)
 *   report:   config → download this run's collected results → per suite: history.load → analyze → one
 *             report → publish → history.save (src/modes/report.ts)
 *   comment:  config → download the triggering run's results → check the PR → per suite: history.load →
 *             analyze → one report → publish (src/modes/comment.ts)
 */





async function run(given) {
    // Every log line and annotation passes through logSafe(): results and history are untrusted text.
    const deps = { ...given, core: (0,log_safe/* safeCore */.Nn)(given.core) };
    const { core, env, cwd } = deps;
    try {
        const input = (n) => core.getInput(n);
        const token = input(inputs/* INPUTS */.m.githubToken);
        if (token)
            core.setSecret(token);
        const config = (0,src_config/* loadConfig */.Z9)({ input, readFile: (0,src_config/* readFileIn */.G)(cwd), log: (m) => core.info(m) });
        await core.ready?.();
        const ctx = (0,context/* readContext */.yI)(env);
        // Each mode is loaded when chosen: the config (and its log line) comes first, and no run pays for
        // the modules of the modes it does not run.
        switch (config.mode) {
            case 'run':
                // With `run` set, benchgate measures base and head itself (A/B mode).
                return config.ab
                    ? await (await Promise.all(/* import() */[__webpack_require__.e(140), __webpack_require__.e(643), __webpack_require__.e(765), __webpack_require__.e(868), __webpack_require__.e(925)]).then(__webpack_require__.bind(__webpack_require__, 31925))).runAbMode(deps, config, ctx)
                    : await (await Promise.all(/* import() */[__webpack_require__.e(140), __webpack_require__.e(643), __webpack_require__.e(765), __webpack_require__.e(868), __webpack_require__.e(21)]).then(__webpack_require__.bind(__webpack_require__, 64021))).runRun(deps, config, ctx);
            case 'collect':
                return await (await Promise.all(/* import() */[__webpack_require__.e(140), __webpack_require__.e(643), __webpack_require__.e(765), __webpack_require__.e(246), __webpack_require__.e(54)]).then(__webpack_require__.bind(__webpack_require__, 8054))).runCollect(deps, config, ctx, input);
            case 'report':
                return await (await Promise.all(/* import() */[__webpack_require__.e(140), __webpack_require__.e(643), __webpack_require__.e(765), __webpack_require__.e(246), __webpack_require__.e(868), __webpack_require__.e(84)]).then(__webpack_require__.bind(__webpack_require__, 72084))).runReport(deps, config, ctx, input);
            case 'comment':
                return await (await Promise.all(/* import() */[__webpack_require__.e(140), __webpack_require__.e(643), __webpack_require__.e(765), __webpack_require__.e(246), __webpack_require__.e(868), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 23611))).runComment(deps, config, ctx);
            default:
                return (0,errors/* unreachable */.HB)(config.mode, 'mode');
        }
    }
    catch (e) {
        await core.ready?.();
        // A bug (not something the user caused) keeps its stack, mapped to src/, in the debug log.
        if (!(e instanceof errors/* BenchgateError */.Q9) && e instanceof Error && e.stack)
            core.debug(e.stack);
        core.setFailed((0,errors/* errorMessage */.gJ)(e));
        return { exitCode: 1 };
    }
}

;// CONCATENATED MODULE: ./src/fingerprint.ts
/**
 * The fingerprint of the machine the benchmarks ran on (OS, architecture, CPU model, cores): the action
 * and the CLI record it with every run, so history compares like with like.
 */

function runnerFingerprint() {
    const cpus = external_node_os_.cpus();
    return {
        os: external_node_os_.platform(),
        arch: external_node_os_.arch(),
        cpu: cpus[0]?.model?.trim() || undefined,
        cores: cpus.length || undefined,
    };
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/world.ts
/**
 * The real world the action runs in: @actions/core, the process's environment and working directory,
 * the clock, the configured history store, Octokit and the artifact client. Tests start from this
 * and replace `core` (and point the clients at stand-ins through `env`).
 *
 * The stores and the artifact transfer (with the zip reader behind it) are loaded on first use, so
 * that nothing but the config stands between the start and the first log line.
 */



/** The store the config names, from src/history/index.ts, loaded when the mode opens one. */
async function openStore(e) {
    return (await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 69643))).openStore(e);
}
/** The artifact transfer of src/modes/transfer.ts, loaded on its first call. */
function artifactTransfer() {
    let loaded;
    const transfer = () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(246), __webpack_require__.e(641)]).then(__webpack_require__.bind(__webpack_require__, 97641)).then((m) => m.artifactTransfer()));
    return {
        upload: async (...a) => (await transfer()).upload(...a),
        list: async (...a) => (await transfer()).list(...a),
        read: async (...a) => (await transfer()).read(...a),
    };
}
function world(core, env, cwd) {
    return {
        core,
        env,
        cwd,
        now: () => new Date(),
        seed: '',
        openStore,
        github: client/* createClient */.UU,
        transfer: artifactTransfer,
        runner: runnerFingerprint,
    };
}

;// CONCATENATED MODULE: ./src/action.ts
/**
 * The action with the real world (src/world.ts); src/index.ts loads it once source maps are decided.
 *
 * @actions/core is loaded after the config's log line, not before: it imports its HTTP client (undici,
 * for OIDC tokens benchgate never asks for) at load, which alone took about half of the time to the
 * first log line. Until then the three calls the config step makes are answered here exactly as
 * @actions/core answers them (__tests__/main/action-core.test.ts compares the two); `ready()` loads the
 * toolkit, and every other call goes to it.
 */



/** A workflow command's message, escaped as @actions/core's issueCommand escapes it. */
function commandData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The part of @actions/core the config step uses, as @actions/core does it. */
function bootCore(env, write) {
    return {
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),
        info: (message) => write(message + external_node_os_.EOL),
        setSecret: (secret) => write(`::add-mask::${commandData(secret)}${external_node_os_.EOL}`),
    };
}
/** @actions/core, loaded by `ready()`; before it, only the boot calls work. */
function deferredCore(boot, load) {
    let toolkit;
    let loading;
    const loaded = () => {
        if (!toolkit)
            throw new Error('@actions/core used before ready()');
        return toolkit;
    };
    return {
        ready: () => (loading ??= load().then((c) => void (toolkit = c))),
        getInput: (name) => (toolkit ?? boot).getInput(name),
        info: (message) => (toolkit ?? boot).info(message),
        setSecret: (secret) => (toolkit ?? boot).setSecret(secret),
        setOutput: (name, value) => loaded().setOutput(name, value),
        setFailed: (message) => loaded().setFailed(message),
        debug: (message) => loaded().debug(message),
        isDebug: () => loaded().isDebug(),
        warning: (message, props) => loaded().warning(message, props),
        error: (message, props) => loaded().error(message, props),
        summary: { addRaw: (text, addEOL) => loaded().summary.addRaw(text, addEOL) },
    };
}
async function runAction() {
    const core = deferredCore(bootCore(process.env, (text) => process.stdout.write(text)), () => Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 33838)));
    return (await run(world(core, process.env, process.cwd()))).exitCode;
}


/***/ }),

/***/ 60391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U1: () => (/* binding */ readAbConfig),
/* harmony export */   pM: () => (/* binding */ AB_DEFAULTS)
/* harmony export */ });
/* unused harmony exports parseDuration, parseRounds, parseBool */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** Parsing A/B mode's settings (action inputs and CLI flags share these). No imports from config. */

/**
 * Defaults, chosen by measurement (bench/ab.ts, docs/ab-mode.md): 10 rounds first, 30 more to confirm
 * a would-be warn or fail or a series left open (a floor needs undisturbed runs, and on a shared runner
 * a fifth to a half of them are: with 20 more, a 2% change was found in 69% of trials, with 30 in 77%),
 * 15 minutes of wall time at most.
 */
const AB_DEFAULTS = { rounds: 10, confirmRounds: 30, timeBudgetMs: 15 * 60 * 1000 };
/** "15m", "90s", "1h", "1h30m", "600" (seconds) → ms. */
function parseDuration(text, where) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t) * 1000;
    const re = /(\d+(?:\.\d+)?)\s*(ms|min|h|m|s)/y;
    let ms = 0;
    let end = 0;
    let m;
    while ((m = re.exec(t))) {
        const unit = m[2];
        ms += Number(m[1]) * { h: 3_600_000, m: 60_000, min: 60_000, s: 1000, ms: 1 }[unit];
        end = re.lastIndex;
    }
    if (end !== t.length || end === 0 || !(ms > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(where, `expected a duration like 15m, 90s or 1h30m, got "${text}"`);
    return ms;
}
/** A whole number of rounds from 2 to 1000. */
function parseRounds(text, where) {
    const n = Number(text.trim());
    if (!Number.isInteger(n) || n < 2 || n > 1000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(where, `expected a whole number of rounds from 2 to 1000, got "${text}"`);
    return n;
}
function parseBool(text, where, fallback) {
    const t = text.trim().toLowerCase();
    if (t === '')
        return fallback;
    if (t === 'true')
        return true;
    if (t === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(where, `expected true or false, got "${text}"`);
}
/** The A/B settings from raw values; undefined when `run` is empty (not A/B mode). */
function readAbConfig(raw, names) {
    const run = raw.run.trim();
    if (!run)
        return undefined;
    return {
        run,
        ...(raw.build.trim() ? { build: raw.build.trim() } : {}),
        ...(raw.base.trim() ? { base: raw.base.trim() } : {}),
        rounds: raw.rounds.trim() ? parseRounds(raw.rounds, names.rounds) : AB_DEFAULTS.rounds,
        confirm: parseBool(raw.confirm, names.confirm, true),
        timeBudgetMs: raw.timeBudget.trim()
            ? parseDuration(raw.timeBudget, names.timeBudget)
            : AB_DEFAULTS.timeBudgetMs,
    };
}


/***/ }),

/***/ 3440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fv: () => (/* binding */ analyzeInput),
  iu: () => (/* reexport */ applyOverrides),
  Z9: () => (/* binding */ loadConfig),
  G: () => (/* reexport */ readFileIn)
});

// UNUSED EXPORTS: DEFAULTS, analysisSettings, nameMatches, parseConfigFile, readFormat, readThreshold, ruleFor

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/config/defaults.ts
/** Every default of the configuration, in one place: what applies when neither an input nor the file sets it. */
const DEFAULTS = {
    mode: 'run',
    format: 'auto',
    suite: 'default',
    store: 'cache',
    historyPath: '.benchgate/history.json',
    historySize: 100,
    save: 'auto',
    failOn: 'fail',
    comment: 'always',
    summary: true,
    check: false,
    issueOnRegression: false,
    warnThreshold: 0.05,
    failThreshold: 0.1,
    confidence: 0.95,
    resamples: 10000,
    fdrQ: 0.05,
    minSamples: 5,
    changePoints: { window: 50, p: 0.001 },
    runnerNoise: 0.25,
    insufficientData: 'warn',
    severity: { minor: 1.2, moderate: 1.5, critical: 2.0 },
    /** Where the config file is looked for when the `config` input names none, first found wins. */
    configFile: '.github/benchgate.yml',
    configFiles: ['.github/benchgate.yml', '.github/benchgate.yaml'],
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/config/validate.generated.js
// Generated by scripts/validators.ts (npm run validators) with ajv 8.20.0 from schema.ts.
// Do not edit: edit the schema and regenerate.
/* eslint-disable */

const ajvRuntime_ucs2length = ((m) => (typeof m === 'function' ? m : m.default))(ucs2length);

const validateConfigFile_ = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/benchgate/benchgate/main/schema/config.schema.json","title":"benchgate configuration (.github/benchgate.yml)","type":"object","additionalProperties":false,"properties":{"thresholds":{"type":"object","additionalProperties":false,"properties":{"warn":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]},"fail":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]}}},"min-samples":{"type":"integer","minimum":2,"maximum":100000,"description":"Samples per side (or runs of history) below which no statistics are attempted. Default 5."},"resamples":{"type":"integer","minimum":1000,"maximum":1000000,"description":"Bootstrap resamples. Default 10000."},"confidence":{"type":"number","exclusiveMinimum":0.5,"exclusiveMaximum":1,"description":"Confidence level of intervals. Default 0.95."},"fdr-q":{"type":"number","exclusiveMinimum":0,"maximum":0.5,"description":"Benjamini–Hochberg false discovery rate across the suite. Default 0.05."},"change-points":{"type":"object","additionalProperties":false,"description":"Change-point detection on the base-branch history (E-divisive means with a t-test, as in Hunter/Otava): only runs since the last change point form the baseline.","properties":{"window":{"type":"integer","minimum":6,"maximum":1000,"description":"Runs per detection window. Default 50."},"p":{"type":"number","exclusiveMinimum":0,"maximum":0.5,"description":"Significance level a change point must reach. Default 0.001."}}},"runner-noise":{"oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","minimum":0,"exclusiveMaximum":1}],"description":"Run-to-run noise (relative standard deviation of a run's headline between runs) assumed when nothing measures it: one run per side in the same job without a history, or a cached base run. Default \"25%\"; \"0%\" trusts the within-run samples alone. See docs/statistics.md."},"insufficient-data":{"enum":["warn","fail"],"description":"With too few samples or runs for statistics, a change beyond the fail threshold warns (default) or fails."},"severity":{"type":"object","additionalProperties":false,"description":"Change ratios at which a regression is minor, moderate, critical. Default 1.2 / 1.5 / 2.0.","properties":{"minor":{"type":"number","exclusiveMinimum":1},"moderate":{"type":"number","exclusiveMinimum":1},"critical":{"type":"number","exclusiveMinimum":1}}},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of benchmark names to leave out of the verdict."},"series":{"type":"array","description":"Per-series rules, first match wins for each key.","items":{"type":"object","additionalProperties":false,"required":["match"],"properties":{"match":{"type":"string","minLength":1,"description":"Glob on the benchmark name."},"metric":{"type":"string","minLength":1,"description":"Only this metric (\"time\", \"B/op\", …)."},"warn":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]},"fail":{"description":"A relative change such as \"5%\", or a fraction below 1 such as 0.05.","oneOf":[{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}]},"direction":{"enum":["smaller","bigger"],"description":"Which way is better, when the unit does not say (custom metrics)."},"unit":{"type":"string","minLength":1,"description":"The unit the tool really used, when it printed none or a wrong one."},"max":{"description":"An absolute value with its unit such as \"2ms\", \"80MB/s\" or \"512KiB\", or a number in the canonical unit (ns, B, B/s, ops/s).","oneOf":[{"type":"string","minLength":1},{"type":"number"}]},"min":{"description":"An absolute value with its unit such as \"2ms\", \"80MB/s\" or \"512KiB\", or a number in the canonical unit (ns, B, B/s, ops/s).","oneOf":[{"type":"string","minLength":1},{"type":"number"}]},"ignore":{"type":"boolean","description":"Leave matching series out of the verdict."},"min-samples":{"type":"integer","minimum":2,"description":"Overrides min-samples for these series."},"deterministic":{"type":"boolean","description":"Values without noise (instruction counts, allocations): compare with the thresholds directly, no statistics."}}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;
const pattern0 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/benchgate/benchgate/main/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.thresholds !== undefined){
let data0 = data.thresholds;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((key1 === "warn") || (key1 === "fail"))){
const err1 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.thresholds,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.warn !== undefined){
let data1 = data0.warn;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err2 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.thresholds.properties.warn.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.thresholds.properties.warn.oneOf[0].type,parentSchema:schema11.properties.thresholds.properties.warn.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(typeof data1 == "number"){
if(data1 >= 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema11.properties.thresholds.properties.warn.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.thresholds.properties.warn.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.thresholds.properties.warn.oneOf[1].type,parentSchema:schema11.properties.thresholds.properties.warn.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err7 = {instancePath:instancePath+"/thresholds/warn",schemaPath:"#/properties/thresholds/properties/warn/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.thresholds.properties.warn.oneOf,parentSchema:schema11.properties.thresholds.properties.warn,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data0.fail !== undefined){
let data2 = data0.fail;
const _errs12 = errors;
let valid3 = false;
let passing1 = null;
const _errs13 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err8 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.thresholds.properties.fail.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.thresholds.properties.fail.oneOf[0].type,parentSchema:schema11.properties.thresholds.properties.fail.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs15 = errors;
if(typeof data2 == "number"){
if(data2 >= 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema11.properties.thresholds.properties.fail.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.thresholds.properties.fail.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.thresholds.properties.fail.oneOf[1].type,parentSchema:schema11.properties.thresholds.properties.fail.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err13 = {instancePath:instancePath+"/thresholds/fail",schemaPath:"#/properties/thresholds/properties/fail/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties.thresholds.properties.fail.oneOf,parentSchema:schema11.properties.thresholds.properties.fail,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.thresholds.type,parentSchema:schema11.properties.thresholds,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data["min-samples"] !== undefined){
let data3 = data["min-samples"];
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err15 = {instancePath:instancePath+"/min-samples",schemaPath:"#/properties/min-samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties["min-samples"].type,parentSchema:schema11.properties["min-samples"],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100000 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/min-samples",schemaPath:"#/properties/min-samples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema11.properties["min-samples"],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3 < 2 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/min-samples",schemaPath:"#/properties/min-samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema11.properties["min-samples"],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.resamples !== undefined){
let data4 = data.resamples;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err18 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.resamples.type,parentSchema:schema11.properties.resamples,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 1000000 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.resamples,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 < 1000 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema11.properties.resamples,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.confidence !== undefined){
let data5 = data.confidence;
if(typeof data5 == "number"){
if(data5 >= 1 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema11.properties.confidence,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5 <= 0.5 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0.5},message:"must be > 0.5",schema:0.5,parentSchema:schema11.properties.confidence,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.confidence.type,parentSchema:schema11.properties.confidence,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data["fdr-q"] !== undefined){
let data6 = data["fdr-q"];
if(typeof data6 == "number"){
if(data6 > 0.5 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/fdr-q",schemaPath:"#/properties/fdr-q/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema11.properties["fdr-q"],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/fdr-q",schemaPath:"#/properties/fdr-q/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties["fdr-q"],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/fdr-q",schemaPath:"#/properties/fdr-q/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["fdr-q"].type,parentSchema:schema11.properties["fdr-q"],data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data["change-points"] !== undefined){
let data7 = data["change-points"];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((key2 === "window") || (key2 === "p"))){
const err27 = {instancePath:instancePath+"/change-points",schemaPath:"#/properties/change-points/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties["change-points"],data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.window !== undefined){
let data8 = data7.window;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err28 = {instancePath:instancePath+"/change-points/window",schemaPath:"#/properties/change-points/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties["change-points"].properties.window.type,parentSchema:schema11.properties["change-points"].properties.window,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 1000 || isNaN(data8)){
const err29 = {instancePath:instancePath+"/change-points/window",schemaPath:"#/properties/change-points/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties["change-points"].properties.window,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8 < 6 || isNaN(data8)){
const err30 = {instancePath:instancePath+"/change-points/window",schemaPath:"#/properties/change-points/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6},message:"must be >= 6",schema:6,parentSchema:schema11.properties["change-points"].properties.window,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data7.p !== undefined){
let data9 = data7.p;
if(typeof data9 == "number"){
if(data9 > 0.5 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/change-points/p",schemaPath:"#/properties/change-points/properties/p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.5},message:"must be <= 0.5",schema:0.5,parentSchema:schema11.properties["change-points"].properties.p,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/change-points/p",schemaPath:"#/properties/change-points/properties/p/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties["change-points"].properties.p,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/change-points/p",schemaPath:"#/properties/change-points/properties/p/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["change-points"].properties.p.type,parentSchema:schema11.properties["change-points"].properties.p,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/change-points",schemaPath:"#/properties/change-points/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties["change-points"].type,parentSchema:schema11.properties["change-points"],data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data["runner-noise"] !== undefined){
let data10 = data["runner-noise"];
const _errs33 = errors;
let valid5 = false;
let passing2 = null;
const _errs34 = errors;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err35 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties["runner-noise"].oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["runner-noise"].oneOf[0].type,parentSchema:schema11.properties["runner-noise"].oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid2 = _errs34 === errors;
if(_valid2){
valid5 = true;
passing2 = 0;
}
const _errs36 = errors;
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err37 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties["runner-noise"].oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10 >= 1 || isNaN(data10)){
const err38 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema11.properties["runner-noise"].oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["runner-noise"].oneOf[1].type,parentSchema:schema11.properties["runner-noise"].oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs36 === errors;
if(_valid2 && valid5){
valid5 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid5 = true;
passing2 = 1;
}
}
if(!valid5){
const err40 = {instancePath:instancePath+"/runner-noise",schemaPath:"#/properties/runner-noise/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema11.properties["runner-noise"].oneOf,parentSchema:schema11.properties["runner-noise"],data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data["insufficient-data"] !== undefined){
let data11 = data["insufficient-data"];
if(!((data11 === "warn") || (data11 === "fail"))){
const err41 = {instancePath:instancePath+"/insufficient-data",schemaPath:"#/properties/insufficient-data/enum",keyword:"enum",params:{allowedValues: schema11.properties["insufficient-data"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["insufficient-data"].enum,parentSchema:schema11.properties["insufficient-data"],data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.severity !== undefined){
let data12 = data.severity;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
if(!(((key3 === "minor") || (key3 === "moderate")) || (key3 === "critical"))){
const err42 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.severity,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data12.minor !== undefined){
let data13 = data12.minor;
if(typeof data13 == "number"){
if(data13 <= 1 || isNaN(data13)){
const err43 = {instancePath:instancePath+"/severity/minor",schemaPath:"#/properties/severity/properties/minor/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:schema11.properties.severity.properties.minor,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/severity/minor",schemaPath:"#/properties/severity/properties/minor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.severity.properties.minor.type,parentSchema:schema11.properties.severity.properties.minor,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.moderate !== undefined){
let data14 = data12.moderate;
if(typeof data14 == "number"){
if(data14 <= 1 || isNaN(data14)){
const err45 = {instancePath:instancePath+"/severity/moderate",schemaPath:"#/properties/severity/properties/moderate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:schema11.properties.severity.properties.moderate,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/severity/moderate",schemaPath:"#/properties/severity/properties/moderate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.severity.properties.moderate.type,parentSchema:schema11.properties.severity.properties.moderate,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.critical !== undefined){
let data15 = data12.critical;
if(typeof data15 == "number"){
if(data15 <= 1 || isNaN(data15)){
const err47 = {instancePath:instancePath+"/severity/critical",schemaPath:"#/properties/severity/properties/critical/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1",schema:1,parentSchema:schema11.properties.severity.properties.critical,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/severity/critical",schemaPath:"#/properties/severity/properties/critical/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.severity.properties.critical.type,parentSchema:schema11.properties.severity.properties.critical,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.severity.type,parentSchema:schema11.properties.severity,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.ignore !== undefined){
let data16 = data.ignore;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err50 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ignore.items,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.type,parentSchema:schema11.properties.ignore.items,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ignore.type,parentSchema:schema11.properties.ignore,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.series !== undefined){
let data18 = data.series;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.match === undefined){
const err53 = {instancePath:instancePath+"/series/" + i1,schemaPath:"#/properties/series/items/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema11.properties.series.items.required,parentSchema:schema11.properties.series.items,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data19){
if(!(func2.call(schema11.properties.series.items.properties, key4))){
const err54 = {instancePath:instancePath+"/series/" + i1,schemaPath:"#/properties/series/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.series.items,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data19.match !== undefined){
let data20 = data19.match;
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err55 = {instancePath:instancePath+"/series/" + i1+"/match",schemaPath:"#/properties/series/items/properties/match/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.series.items.properties.match,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/series/" + i1+"/match",schemaPath:"#/properties/series/items/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.series.items.properties.match.type,parentSchema:schema11.properties.series.items.properties.match,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data19.metric !== undefined){
let data21 = data19.metric;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err57 = {instancePath:instancePath+"/series/" + i1+"/metric",schemaPath:"#/properties/series/items/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.series.items.properties.metric,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/series/" + i1+"/metric",schemaPath:"#/properties/series/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.series.items.properties.metric.type,parentSchema:schema11.properties.series.items.properties.metric,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data19.warn !== undefined){
let data22 = data19.warn;
const _errs62 = errors;
let valid12 = false;
let passing3 = null;
const _errs63 = errors;
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
const err59 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.series.items.properties.warn.oneOf[0],data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.series.items.properties.warn.oneOf[0].type,parentSchema:schema11.properties.series.items.properties.warn.oneOf[0],data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid3 = _errs63 === errors;
if(_valid3){
valid12 = true;
passing3 = 0;
}
const _errs65 = errors;
if(typeof data22 == "number"){
if(data22 >= 1 || isNaN(data22)){
const err61 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema11.properties.series.items.properties.warn.oneOf[1],data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data22 <= 0 || isNaN(data22)){
const err62 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.series.items.properties.warn.oneOf[1],data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.series.items.properties.warn.oneOf[1].type,parentSchema:schema11.properties.series.items.properties.warn.oneOf[1],data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid3 = _errs65 === errors;
if(_valid3 && valid12){
valid12 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid12 = true;
passing3 = 1;
}
}
if(!valid12){
const err64 = {instancePath:instancePath+"/series/" + i1+"/warn",schemaPath:"#/properties/series/items/properties/warn/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema11.properties.series.items.properties.warn.oneOf,parentSchema:schema11.properties.series.items.properties.warn,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data19.fail !== undefined){
let data23 = data19.fail;
const _errs68 = errors;
let valid13 = false;
let passing4 = null;
const _errs69 = errors;
if(typeof data23 === "string"){
if(!pattern0.test(data23)){
const err65 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.series.items.properties.fail.oneOf[0],data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.series.items.properties.fail.oneOf[0].type,parentSchema:schema11.properties.series.items.properties.fail.oneOf[0],data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid4 = _errs69 === errors;
if(_valid4){
valid13 = true;
passing4 = 0;
}
const _errs71 = errors;
if(typeof data23 == "number"){
if(data23 >= 1 || isNaN(data23)){
const err67 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/1/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema11.properties.series.items.properties.fail.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data23 <= 0 || isNaN(data23)){
const err68 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.series.items.properties.fail.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.series.items.properties.fail.oneOf[1].type,parentSchema:schema11.properties.series.items.properties.fail.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid4 = _errs71 === errors;
if(_valid4 && valid13){
valid13 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid13 = true;
passing4 = 1;
}
}
if(!valid13){
const err70 = {instancePath:instancePath+"/series/" + i1+"/fail",schemaPath:"#/properties/series/items/properties/fail/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema11.properties.series.items.properties.fail.oneOf,parentSchema:schema11.properties.series.items.properties.fail,data:data23};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
}
}
if(data19.direction !== undefined){
let data24 = data19.direction;
if(!((data24 === "smaller") || (data24 === "bigger"))){
const err71 = {instancePath:instancePath+"/series/" + i1+"/direction",schemaPath:"#/properties/series/items/properties/direction/enum",keyword:"enum",params:{allowedValues: schema11.properties.series.items.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.series.items.properties.direction.enum,parentSchema:schema11.properties.series.items.properties.direction,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.unit !== undefined){
let data25 = data19.unit;
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err72 = {instancePath:instancePath+"/series/" + i1+"/unit",schemaPath:"#/properties/series/items/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.series.items.properties.unit,data:data25};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/series/" + i1+"/unit",schemaPath:"#/properties/series/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.series.items.properties.unit.type,parentSchema:schema11.properties.series.items.properties.unit,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data19.max !== undefined){
let data26 = data19.max;
const _errs77 = errors;
let valid14 = false;
let passing5 = null;
const _errs78 = errors;
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err74 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.series.items.properties.max.oneOf[0],data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.series.items.properties.max.oneOf[0].type,parentSchema:schema11.properties.series.items.properties.max.oneOf[0],data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid5 = _errs78 === errors;
if(_valid5){
valid14 = true;
passing5 = 0;
}
const _errs80 = errors;
if(!(typeof data26 == "number")){
const err76 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.series.items.properties.max.oneOf[1].type,parentSchema:schema11.properties.series.items.properties.max.oneOf[1],data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid5 = _errs80 === errors;
if(_valid5 && valid14){
valid14 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid14 = true;
passing5 = 1;
}
}
if(!valid14){
const err77 = {instancePath:instancePath+"/series/" + i1+"/max",schemaPath:"#/properties/series/items/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema11.properties.series.items.properties.max.oneOf,parentSchema:schema11.properties.series.items.properties.max,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data19.min !== undefined){
let data27 = data19.min;
const _errs83 = errors;
let valid15 = false;
let passing6 = null;
const _errs84 = errors;
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err78 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.series.items.properties.min.oneOf[0],data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.series.items.properties.min.oneOf[0].type,parentSchema:schema11.properties.series.items.properties.min.oneOf[0],data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid6 = _errs84 === errors;
if(_valid6){
valid15 = true;
passing6 = 0;
}
const _errs86 = errors;
if(!(typeof data27 == "number")){
const err80 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.series.items.properties.min.oneOf[1].type,parentSchema:schema11.properties.series.items.properties.min.oneOf[1],data:data27};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid6 = _errs86 === errors;
if(_valid6 && valid15){
valid15 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid15 = true;
passing6 = 1;
}
}
if(!valid15){
const err81 = {instancePath:instancePath+"/series/" + i1+"/min",schemaPath:"#/properties/series/items/properties/min/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema11.properties.series.items.properties.min.oneOf,parentSchema:schema11.properties.series.items.properties.min,data:data27};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
}
if(data19.ignore !== undefined){
let data28 = data19.ignore;
if(typeof data28 !== "boolean"){
const err82 = {instancePath:instancePath+"/series/" + i1+"/ignore",schemaPath:"#/properties/series/items/properties/ignore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.series.items.properties.ignore.type,parentSchema:schema11.properties.series.items.properties.ignore,data:data28};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data19["min-samples"] !== undefined){
let data29 = data19["min-samples"];
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err83 = {instancePath:instancePath+"/series/" + i1+"/min-samples",schemaPath:"#/properties/series/items/properties/min-samples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.series.items.properties["min-samples"].type,parentSchema:schema11.properties.series.items.properties["min-samples"],data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 < 2 || isNaN(data29)){
const err84 = {instancePath:instancePath+"/series/" + i1+"/min-samples",schemaPath:"#/properties/series/items/properties/min-samples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema11.properties.series.items.properties["min-samples"],data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data19.deterministic !== undefined){
let data30 = data19.deterministic;
if(typeof data30 !== "boolean"){
const err85 = {instancePath:instancePath+"/series/" + i1+"/deterministic",schemaPath:"#/properties/series/items/properties/deterministic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.series.items.properties.deterministic.type,parentSchema:schema11.properties.series.items.properties.deterministic,data:data30};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/series/" + i1,schemaPath:"#/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.series.items.type,parentSchema:schema11.properties.series.items,data:data19};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.series.type,parentSchema:schema11.properties.series,data:data18};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


/** The config file (`.github/benchgate.yml`) after YAML parsing: `false`, with `.errors` set, when it does not match. */
const validateConfigFile = validateConfigFile_;

// EXTERNAL MODULE: ./src/config/values.ts + 1 modules
var values = __webpack_require__(92877);
;// CONCATENATED MODULE: ./src/config/file.ts
/**
 * The optional config file (`.github/benchgate.yml`): found, parsed as YAML, validated against
 * schema/config.schema.json (compiled by ajv at build time: validate.generated.ts, with `verbose` so
 * that an error carries the schema whose description says what was expected), and read into settings once. Every message names the file, the
 * line of the key and what was expected.
 */







/** The line of a key path in a YAML document, for messages. */
function lineOf(text, doc, path) {
    const line = (offset) => text.slice(0, offset).split('\n').length;
    for (let n = path.length; n >= 0; n--) {
        // A key's own line ("severity:"), not the line its value starts on.
        if (n > 0 && typeof path[n - 1] === 'string') {
            const parent = doc.getIn(path.slice(0, n - 1), true);
            if ((0,dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === path[n - 1]);
                const range = pair?.key?.range;
                if (range)
                    return line(range[0]);
            }
        }
        const node = doc.getIn(path.slice(0, n), true);
        if (node && node.range)
            return line(node.range[0]);
    }
    return 1;
}
const ARTICLE = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping of keys',
    array: 'a list',
};
/** "Relative change such as …." → "a relative change such as …" for "expected …". */
function expectedFrom(description) {
    if (typeof description !== 'string')
        return undefined;
    const first = description.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
    return /^(A|An) /.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
}
function describeAjvError(e) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    const key = path.length ? path.join('.') : '(top level)';
    const got = e.data === undefined ? '' : `, got ${JSON.stringify(e.data)}`;
    const params = e.params;
    switch (e.keyword) {
        case 'additionalProperties': {
            const known = Object.keys(e.parentSchema?.properties ?? {});
            return {
                // The line of the unknown key itself.
                path: [...path, String(params.additionalProperty)],
                what: `unknown key "${String(params.additionalProperty)}" in ${key}${known.length ? `; expected one of ${known.join(', ')}` : ''}`,
            };
        }
        case 'required':
            return { path, what: `${key}: expected key "${String(params.missingProperty)}"` };
        case 'enum':
            return {
                path,
                what: `${key}: expected one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}${got}`,
            };
        case 'oneOf':
            return {
                path,
                what: `${key}: expected ${expectedFrom(e.parentSchema.description) ?? 'a valid value'}${got}`,
            };
        case 'type':
            return { path, what: `${key}: expected ${ARTICLE[String(params.type)] ?? String(params.type)}${got}` };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
            return { path, what: `${key}: expected a value ${op} ${String(params.limit)}${got}` };
        }
        case 'minLength':
            return { path, what: `${key}: expected a non-empty string` };
        default:
            return { path, what: `${key}: ${e.message ?? 'invalid'}${got}` };
    }
}
/**
 * Parse, validate and read the config file text. Every value is checked here, once, with the line it
 * is on; what comes out needs no further checks.
 */
function parseConfigFile(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const line = err.linePos?.[0]?.line ?? 1;
        throw new src_errors/* ConfigError */.xL(`${file}:${line}`, `expected valid YAML (${err.message.split('\n')[0]})`);
    }
    const value = doc.toJS() ?? {};
    const where = (path) => `${file}:${lineOf(text, doc, path)}`;
    if (!validateConfigFile(value)) {
        const errors = validateConfigFile.errors ?? [];
        // The deepest key is the most specific. At one key, a oneOf says what the value should be as a
        // whole; its branches' errors ("must be string", "must be number") would only say half of it.
        const depth = (e) => e.instancePath.split('/').length;
        const deepest = errors.reduce((m, e) => Math.max(m, depth(e)), -Infinity);
        const atKey = errors.filter((e) => depth(e) === deepest);
        const first = atKey.find((e) => e.keyword === 'oneOf') ??
            atKey.find((e) => e.keyword === 'additionalProperties') ??
            atKey[0];
        const { path, what } = describeAjvError(first);
        throw new src_errors/* ConfigError */.xL(where(path), what);
    }
    const cfg = value;
    // What a schema cannot say, still with the line it is on: "<file>:<line>: <key>: expected …".
    const at = (path) => `${where(path)}: ${path.join('.')}`;
    const threshold = (path, raw) => raw === undefined ? undefined : (0,values/* readThreshold */.WS)(at(path), raw);
    const warnThreshold = threshold(['thresholds', 'warn'], cfg.thresholds?.warn);
    const failThreshold = threshold(['thresholds', 'fail'], cfg.thresholds?.fail);
    if (warnThreshold !== undefined && failThreshold !== undefined)
        (0,values/* checkOrder */.Fs)(at(['thresholds', 'fail']), 'thresholds.warn', warnThreshold, failThreshold);
    const runnerNoise = cfg['runner-noise'] === undefined ? undefined : (0,values/* readNoise */.HB)(at(['runner-noise']), cfg['runner-noise']);
    let severity;
    if (cfg.severity) {
        severity = { ...DEFAULTS.severity, ...cfg.severity };
        if (!(severity.minor <= severity.moderate && severity.moderate <= severity.critical))
            throw new src_errors/* ConfigError */.xL(at(['severity']), `expected minor ≤ moderate ≤ critical, got ${severity.minor} / ${severity.moderate} / ${severity.critical}`);
    }
    const rules = (cfg.series ?? []).map((r, i) => {
        const warn = threshold(['series', i, 'warn'], r.warn);
        const fail = threshold(['series', i, 'fail'], r.fail);
        if (warn !== undefined && fail !== undefined)
            (0,values/* checkOrder */.Fs)(at(['series', i, 'fail']), 'its warn', warn, fail);
        const max = r.max === undefined ? undefined : (0,values/* readQuantity */.ae)(at(['series', i, 'max']), r.max);
        const min = r.min === undefined ? undefined : (0,values/* readQuantity */.ae)(at(['series', i, 'min']), r.min);
        return {
            match: r.match,
            metric: r.metric,
            warn,
            fail,
            direction: r.direction,
            unit: r.unit,
            max: max?.value,
            maxUnit: max?.unit,
            min: min?.value,
            minUnit: min?.unit,
            ignore: r.ignore,
            minSamples: r['min-samples'],
            deterministic: r.deterministic,
        };
    });
    return {
        warnThreshold,
        failThreshold,
        minSamples: cfg['min-samples'],
        resamples: cfg.resamples,
        confidence: cfg.confidence,
        fdrQ: cfg['fdr-q'],
        changePoints: cfg['change-points'],
        runnerNoise,
        insufficientData: cfg['insufficient-data'],
        severity,
        ignore: cfg.ignore,
        rules,
    };
}
/**
 * Find the config file: the one the `config` input names (an error if it is missing), else the first
 * of `.github/benchgate.yml` and `.github/benchgate.yaml` that exists.
 */
function findConfigFile(explicit, readFile, inputName) {
    if (explicit) {
        const text = readFile(explicit);
        if (text === undefined)
            throw new src_errors/* ConfigError */.xL(`input '${inputName}'`, `expected a config file at ${explicit}, no such file`);
        return { path: explicit, text, message: `benchgate: using the config file ${explicit}` };
    }
    for (const candidate of DEFAULTS.configFiles) {
        const text = readFile(candidate);
        if (text !== undefined)
            return { path: candidate, text, message: `benchgate: using the config file ${candidate}` };
    }
    return {
        message: `benchgate: no config file (looked for ${DEFAULTS.configFiles.join(' and ')}); using inputs and defaults`,
    };
}
/** Files read relative to `cwd`; a file that cannot be read is `undefined`. */
function readFileIn(cwd) {
    return (p) => {
        try {
            return external_node_fs_.readFileSync(external_node_path_.resolve(cwd, p), 'utf8');
        }
        catch {
            return undefined;
        }
    };
}

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/config/ab.ts
var config_ab = __webpack_require__(60391);
;// CONCATENATED MODULE: ./src/config/read-inputs.ts
/**
 * The action inputs read into the parts of `Config` they set: strict readers, one message per kind of
 * value, each blaming the input by name. Thresholds are returned unset when empty, so the file can
 * set them.
 */






const inputWhere = (name) => `input '${name}'`;
function readInputs(input) {
    const get = (n) => input(n) ?? '';
    const oneOf = (n, allowed, fallback) => (0,values/* readOneOf */.Qk)(inputWhere(n), get(n), allowed, fallback);
    const bool = (n, fallback) => (0,values/* readBool */.r5)(inputWhere(n), get(n), fallback);
    const int = (n, min, max) => (0,values/* readInt */.Uk)(inputWhere(n), get(n), min, max);
    const threshold = (n) => get(n).trim() === '' ? undefined : (0,values/* readThreshold */.WS)(inputWhere(n), get(n));
    const mode = oneOf(inputs/* INPUTS */.m.mode, ['run', 'collect', 'report', 'comment'], DEFAULTS.mode);
    const outputFiles = (0,values/* readList */.LD)(get(inputs/* INPUTS */.m.outputFile));
    const ab = (0,config_ab/* readAbConfig */.U1)({
        run: get(inputs/* INPUTS */.m.run),
        build: get(inputs/* INPUTS */.m.build),
        base: get(inputs/* INPUTS */.m.abBase),
        rounds: get(inputs/* INPUTS */.m.abRounds),
        timeBudget: get(inputs/* INPUTS */.m.abTimeBudget),
        confirm: get(inputs/* INPUTS */.m.abConfirm),
    }, {
        rounds: inputWhere(inputs/* INPUTS */.m.abRounds),
        timeBudget: inputWhere(inputs/* INPUTS */.m.abTimeBudget),
        confirm: inputWhere(inputs/* INPUTS */.m.abConfirm),
    });
    // In A/B mode the output is the command's stdout unless `output-file` names a file in each tree.
    if (outputFiles.length === 0 && !ab && (mode === 'run' || mode === 'collect')) {
        throw new src_errors/* ConfigError */.xL(inputWhere(inputs/* INPUTS */.m.outputFile), 'expected the path (or glob) of your benchmark output, got nothing');
    }
    const suite = get(inputs/* INPUTS */.m.suite).trim() || DEFAULTS.suite;
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(suite)) {
        throw new src_errors/* ConfigError */.xL(inputWhere(inputs/* INPUTS */.m.suite), `expected letters, digits, ".", "_" or "-" (it names caches and artifacts), got ${JSON.stringify(suite)}`);
    }
    const workflowRunId = get(inputs/* INPUTS */.m.workflowRunId).trim() || undefined;
    if (workflowRunId !== undefined && !/^\d+$/.test(workflowRunId)) {
        throw new src_errors/* ConfigError */.xL(inputWhere(inputs/* INPUTS */.m.workflowRunId), `expected a workflow run id (digits), got ${JSON.stringify(workflowRunId)}`);
    }
    const dashboardUrl = get(inputs/* INPUTS */.m.dashboardUrl).trim() || undefined;
    if (dashboardUrl !== undefined && !(0,values/* dashboardBase */.en)(dashboardUrl)) {
        throw new src_errors/* ConfigError */.xL(inputWhere(inputs/* INPUTS */.m.dashboardUrl), `expected the dashboard's http(s) address, got ${JSON.stringify(dashboardUrl)}`);
    }
    return {
        mode,
        outputFiles,
        ...(ab ? { ab } : {}),
        format: (0,values/* readFormat */.C$)(inputWhere(inputs/* INPUTS */.m.format), get(inputs/* INPUTS */.m.format)),
        suite,
        baselineOutput: (0,values/* readList */.LD)(get(inputs/* INPUTS */.m.baselineOutput)),
        store: oneOf(inputs/* INPUTS */.m.store, ['cache', 'artifact', 'file', 'none'], DEFAULTS.store),
        historyPath: get(inputs/* INPUTS */.m.historyPath).trim() || DEFAULTS.historyPath,
        historySize: int(inputs/* INPUTS */.m.historySize, 2, 10000) ?? DEFAULTS.historySize,
        baseBranch: get(inputs/* INPUTS */.m.baseBranch).trim() || undefined,
        save: oneOf(inputs/* INPUTS */.m.save, ['auto', 'always', 'never'], DEFAULTS.save),
        retentionDays: int(inputs/* INPUTS */.m.retentionDays, 1, 400),
        failOn: oneOf(inputs/* INPUTS */.m.failOn, ['fail', 'warn', 'never'], DEFAULTS.failOn),
        comment: oneOf(inputs/* INPUTS */.m.comment, ['always', 'on-change', 'never'], DEFAULTS.comment),
        summary: bool(inputs/* INPUTS */.m.summary, DEFAULTS.summary),
        check: bool(inputs/* INPUTS */.m.check, DEFAULTS.check),
        issueOnRegression: bool(inputs/* INPUTS */.m.issueOnRegression, DEFAULTS.issueOnRegression),
        token: get(inputs/* INPUTS */.m.githubToken),
        workflowRunId,
        dashboard: get(inputs/* INPUTS */.m.dashboard).trim() || undefined,
        dashboardUrl,
        configInput: get(inputs/* INPUTS */.m.config).trim(),
        warnThreshold: threshold(inputs/* INPUTS */.m.warnThreshold),
        failThreshold: threshold(inputs/* INPUTS */.m.failThreshold),
        runnerNoise: get(inputs/* INPUTS */.m.runnerNoise).trim() === ''
            ? undefined
            : (0,values/* readNoise */.HB)(inputWhere(inputs/* INPUTS */.m.runnerNoise), get(inputs/* INPUTS */.m.runnerNoise).trim()),
    };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(15273);
;// CONCATENATED MODULE: ./src/config/rules.ts
/**
 * Matching rules to series. Names are matched with minimatch, whose matcher (v11) does not backtrack:
 * time grows with the name's length, not with a power of it, whatever the pattern (`*a*a*a*b` on a
 * 100,000-character name takes milliseconds).
 */

// minimatch splits paths on "/", where `*` stops. Benchmark names are not paths: `*` crosses "/" (Go
// sub-benchmarks, so "BenchmarkSort*" covers "BenchmarkSort/size=100"). Both sides spell "/" as a
// private-use character minimatch treats as any other, and both start with another one, so no name is
// the empty, "." or ".." path segment minimatch treats apart.
const SLASH = '\uE000';
const START = '\uE001';
const OPTIONS = {
    nobrace: true, // "{a,b}" is literal: benchmark names carry braces
    noext: true, // "fib(20)" and "+(x)" are literal
    nonegate: true,
    nocomment: true,
    platform: 'linux', // "\" escapes on every OS
};
const globs = new Map();
/**
 * Benchmark-name globs: `*` matches any run of characters including "/", `?` one character, `[…]` a
 * class (`[!…]` negated), `\` escapes the next character; the glob must match the whole name.
 */
function nameMatches(name, glob) {
    let m = globs.get(glob);
    if (!m) {
        m = new esm/* Minimatch */.VR(START + glob.replaceAll('/', SLASH), OPTIONS);
        globs.set(glob, m);
    }
    return m.match(START + name.replaceAll('/', SLASH));
}
function matches(rule, s) {
    return (rule.metric === undefined || rule.metric === s.metric) && nameMatches(s.name, rule.match);
}
/** The rules that apply to a series, in the file's order. */
function rulesMatching(analysis, s) {
    return analysis.rules.filter((r) => matches(r, s));
}
/** The rules that apply to one series: for each key, the first rule that sets it wins. */
function ruleFor(analysis, s) {
    const applicable = rulesMatching(analysis, s);
    const first = (k) => applicable.find((r) => r[k] !== undefined)?.[k];
    // A rule's own fail below the global warn ("allocs/op: fail at 1%") lowers warn with it; a rule's warn
    // above the global fail raises fail with it. Either way warn ≤ fail.
    const ruleWarn = first('warn');
    const ruleFail = first('fail');
    const fail = ruleFail ?? Math.max(analysis.failThreshold, ruleWarn ?? 0);
    const warn = ruleWarn ?? analysis.warnThreshold;
    const ignored = analysis.ignore.some((g) => nameMatches(s.name, g)) || first('ignore') === true;
    const limitFor = (k) => {
        const r = applicable.find((x) => x[k] !== undefined);
        if (!r)
            return undefined;
        const u = k === 'max' ? r.maxUnit : r.minUnit;
        // A limit written in another kind of unit than the series (ms on a B/op series) cannot apply.
        if (u !== undefined && s.unit !== undefined && u !== s.unit)
            return undefined;
        return r[k];
    };
    return {
        warnThreshold: Math.min(warn, fail),
        failThreshold: fail,
        direction: first('direction'),
        ignore: ignored,
        max: limitFor('max'),
        min: limitFor('min'),
        minSamples: first('minSamples') ?? analysis.minSamples,
        deterministic: first('deterministic'),
    };
}

// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
;// CONCATENATED MODULE: ./src/config/overrides.ts


/** Apply unit and direction overrides to parsed series. */
function applyOverrides(analysis, series) {
    return series.map((s) => {
        const applicable = rulesMatching(analysis, s);
        const unit = applicable.find((r) => r.unit !== undefined)?.unit;
        const direction = applicable.find((r) => r.direction !== undefined)?.direction;
        let out = s;
        if (unit !== undefined) {
            const c = (0,units/* canonical */.$N)(unit);
            const scale = (x) => (0,units/* scaleBy */.Qb)(x, c.factor);
            const opt = (x) => (x === undefined ? undefined : scale(x));
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
        if (direction !== undefined)
            out = { ...out, direction };
        return out;
    });
}

;// CONCATENATED MODULE: ./src/config/index.ts













function loadConfig({ input, readFile, log }) {
    const { configInput, warnThreshold: warnInput, failThreshold: failInput, runnerNoise: noiseInput, ...settings } = readInputs(input);
    const found = findConfigFile(configInput, readFile, inputs/* INPUTS */.m.config);
    log?.(found.message);
    const file = found.text === undefined || found.path === undefined
        ? { rules: [] }
        : parseConfigFile(found.text, found.path);
    const warnThreshold = warnInput ?? file.warnThreshold ?? DEFAULTS.warnThreshold;
    const failThreshold = failInput ?? file.failThreshold ?? DEFAULTS.failThreshold;
    // The file's own pair was checked in the file; a pair from two places is checked here, blaming the
    // fail threshold where one was set, else the warn threshold that passed the default fail.
    if (failThreshold < warnThreshold) {
        if (failInput !== undefined || file.failThreshold !== undefined)
            (0,values/* checkOrder */.Fs)(failInput !== undefined ? inputWhere(inputs/* INPUTS */.m.failThreshold) : `${found.path}: thresholds.fail`, 'the warn threshold', warnThreshold, failThreshold);
        throw new src_errors/* ConfigError */.xL(warnInput !== undefined ? inputWhere(inputs/* INPUTS */.m.warnThreshold) : `${found.path}: thresholds.warn`, `expected at most the fail threshold (${(0,values/* pct */.Oe)(failThreshold)}, the default; set the fail threshold too), got ${(0,values/* pct */.Oe)(warnThreshold)}`);
    }
    return {
        ...settings,
        configFile: found.path,
        analysis: {
            warnThreshold,
            failThreshold,
            confidence: file.confidence ?? DEFAULTS.confidence,
            resamples: file.resamples ?? DEFAULTS.resamples,
            fdrQ: file.fdrQ ?? DEFAULTS.fdrQ,
            minSamples: file.minSamples ?? DEFAULTS.minSamples,
            changePoints: {
                window: file.changePoints?.window ?? DEFAULTS.changePoints.window,
                p: file.changePoints?.p ?? DEFAULTS.changePoints.p,
            },
            runnerNoise: noiseInput ?? file.runnerNoise ?? DEFAULTS.runnerNoise,
            insufficientData: file.insufficientData ?? DEFAULTS.insufficientData,
            severity: file.severity ?? { ...DEFAULTS.severity },
            ignore: file.ignore ?? [],
            rules: file.rules,
        },
    };
}
/** The analysis settings a verdict records, from the config. */
function analysisSettings(config) {
    const a = config.analysis;
    return {
        warnThreshold: a.warnThreshold,
        failThreshold: a.failThreshold,
        confidence: a.confidence,
        resamples: a.resamples,
        fdrQ: a.fdrQ,
        minSamples: a.minSamples,
        changePoints: a.changePoints,
        runnerNoise: a.runnerNoise,
        insufficientData: a.insufficientData,
    };
}
/**
 * What `analyze` needs for one comparison under this config: the rules per series (resolved against
 * the current run's units) and the settings. The action and the CLI both build their input here.
 */
function analyzeInput(config, current, baseline, seed) {
    const units = new Map(current.series.map((s) => [(0,model/* seriesId */.hG)(s), s.unit]));
    return {
        suite: config.suite,
        current,
        baselineRun: baseline.baselineRun,
        history: baseline.history,
        ruleFor: (s) => ruleFor(config.analysis, { ...s, unit: units.get((0,model/* seriesId */.hG)(s)) ?? '' }),
        settings: analysisSettings(config),
        seed,
        severity: config.analysis.severity,
    };
}


/***/ }),

/***/ 64389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS),
/* harmony export */   p: () => (/* binding */ OUTPUTS)
/* harmony export */ });
/**
 * Every action input in one table. A test compares this table with action.yml, so the two cannot drift.
 * The values are the input names exactly as users write them under `with:`.
 */
const INPUTS = {
    mode: 'mode',
    outputFile: 'output-file',
    format: 'format',
    suite: 'suite',
    baselineOutput: 'baseline-output',
    store: 'store',
    historyPath: 'history-path',
    historySize: 'history-size',
    baseBranch: 'base-branch',
    save: 'save',
    retentionDays: 'retention-days',
    warnThreshold: 'warn-threshold',
    failThreshold: 'fail-threshold',
    runnerNoise: 'runner-noise',
    failOn: 'fail-on',
    config: 'config',
    comment: 'comment',
    summary: 'summary',
    check: 'check',
    issueOnRegression: 'issue-on-regression',
    githubToken: 'github-token',
    workflowRunId: 'workflow-run-id',
    run: 'run',
    build: 'build',
    abBase: 'ab-base',
    abRounds: 'ab-rounds',
    abTimeBudget: 'ab-time-budget',
    abConfirm: 'ab-confirm',
    dashboard: 'dashboard',
    dashboardUrl: 'dashboard-url',
};
const OUTPUTS = {
    verdict: 'verdict',
    regressions: 'regressions',
    improvements: 'improvements',
    reportJson: 'report-json',
    commentUrl: 'comment-url',
};


/***/ }),

/***/ 92877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fs: () => (/* binding */ checkOrder),
  en: () => (/* binding */ dashboardBase),
  Oe: () => (/* binding */ pct),
  r5: () => (/* binding */ readBool),
  C$: () => (/* binding */ readFormat),
  Uk: () => (/* binding */ readInt),
  LD: () => (/* binding */ readList),
  HB: () => (/* binding */ readNoise),
  Qk: () => (/* binding */ readOneOf),
  ae: () => (/* binding */ readQuantity),
  WS: () => (/* binding */ readThreshold)
});

// UNUSED EXPORTS: editDistance, nearest

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/parse/index.ts + 48 modules
var parse = __webpack_require__(74506);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The JSON schema of `.github/benchgate.yml`. Kept as TypeScript so the bundle carries it;
 * `npm run schemas` writes schema/config.schema.json from it (published for editors), and a test
 * checks the two agree.
 */
/** What a threshold is, as every message about one says it ("expected …"). */
const THRESHOLD_EXPECTED = 'a relative change such as "5%", or a fraction below 1 such as 0.05';
const threshold = {
    description: `A${THRESHOLD_EXPECTED.slice(1)}.`,
    oneOf: [
        { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
        { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    ],
};
const quantity = {
    description: 'An absolute value with its unit such as "2ms", "80MB/s" or "512KiB", or a number in the canonical unit (ns, B, B/s, ops/s).',
    oneOf: [{ type: 'string', minLength: 1 }, { type: 'number' }],
};
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/config.schema.json',
    title: 'benchgate configuration (.github/benchgate.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        thresholds: {
            type: 'object',
            additionalProperties: false,
            properties: { warn: threshold, fail: threshold },
        },
        'min-samples': {
            type: 'integer',
            minimum: 2,
            maximum: 100000,
            description: 'Samples per side (or runs of history) below which no statistics are attempted. Default 5.',
        },
        resamples: {
            type: 'integer',
            minimum: 1000,
            maximum: 1000000,
            description: 'Bootstrap resamples. Default 10000.',
        },
        confidence: {
            type: 'number',
            exclusiveMinimum: 0.5,
            exclusiveMaximum: 1,
            description: 'Confidence level of intervals. Default 0.95.',
        },
        'fdr-q': {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 0.5,
            description: 'Benjamini–Hochberg false discovery rate across the suite. Default 0.05.',
        },
        'change-points': {
            type: 'object',
            additionalProperties: false,
            description: 'Change-point detection on the base-branch history (E-divisive means with a t-test, as in Hunter/Otava): only runs since the last change point form the baseline.',
            properties: {
                window: {
                    type: 'integer',
                    minimum: 6,
                    maximum: 1000,
                    description: 'Runs per detection window. Default 50.',
                },
                p: {
                    type: 'number',
                    exclusiveMinimum: 0,
                    maximum: 0.5,
                    description: 'Significance level a change point must reach. Default 0.001.',
                },
            },
        },
        'runner-noise': {
            oneOf: [
                { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
                { type: 'number', minimum: 0, exclusiveMaximum: 1 },
            ],
            description: 'Run-to-run noise (relative standard deviation of a run\'s headline between runs) assumed when nothing measures it: one run per side in the same job without a history, or a cached base run. Default "25%"; "0%" trusts the within-run samples alone. See docs/statistics.md.',
        },
        'insufficient-data': {
            enum: ['warn', 'fail'],
            description: 'With too few samples or runs for statistics, a change beyond the fail threshold warns (default) or fails.',
        },
        severity: {
            type: 'object',
            additionalProperties: false,
            description: 'Change ratios at which a regression is minor, moderate, critical. Default 1.2 / 1.5 / 2.0.',
            properties: {
                minor: { type: 'number', exclusiveMinimum: 1 },
                moderate: { type: 'number', exclusiveMinimum: 1 },
                critical: { type: 'number', exclusiveMinimum: 1 },
            },
        },
        ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Globs of benchmark names to leave out of the verdict.',
        },
        series: {
            type: 'array',
            description: 'Per-series rules, first match wins for each key.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['match'],
                properties: {
                    match: { type: 'string', minLength: 1, description: 'Glob on the benchmark name.' },
                    metric: { type: 'string', minLength: 1, description: 'Only this metric ("time", "B/op", …).' },
                    warn: threshold,
                    fail: threshold,
                    direction: {
                        enum: ['smaller', 'bigger'],
                        description: 'Which way is better, when the unit does not say (custom metrics).',
                    },
                    unit: {
                        type: 'string',
                        minLength: 1,
                        description: 'The unit the tool really used, when it printed none or a wrong one.',
                    },
                    max: quantity,
                    min: quantity,
                    ignore: { type: 'boolean', description: 'Leave matching series out of the verdict.' },
                    'min-samples': {
                        type: 'integer',
                        minimum: 2,
                        description: 'Overrides min-samples for these series.',
                    },
                    deterministic: {
                        type: 'boolean',
                        description: 'Values without noise (instruction counts, allocations): compare with the thresholds directly, no statistics.',
                    },
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/config/values.ts
/**
 * Readers for the values users write, in inputs and in the file alike: thresholds, quantities with a
 * unit, enums, booleans, counts, lists and the format name. Each kind of value has one reader and one
 * message, whoever wrote it.
 */




const shown = (raw) => (typeof raw === 'number' ? String(raw) : JSON.stringify(raw));
/** A fraction as users write it back: 0.1 → "10%". */
function pct(x) {
    return `${+(x * 100).toFixed(4)}%`;
}
/** "5%" → 0.05; 0.05 → 0.05. A bare number of 1 or more is refused: "5" could mean 5% or 500%. */
function readThreshold(where, raw) {
    if (typeof raw === 'number') {
        if (raw > 0 && raw < 1)
            return raw;
    }
    else {
        const v = raw.trim();
        const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
        if (percent && Number(percent[1]) > 0)
            return Number(percent[1]) / 100;
        if (/^0?\.\d+$/.test(v) && Number(v) > 0)
            return Number(v);
    }
    throw new errors/* ConfigError */.xL(where, `expected ${THRESHOLD_EXPECTED}, got ${shown(raw)}`);
}
/** Refuse a fail threshold below its warn threshold, in one message wherever the two were written. */
function checkOrder(where, warnName, warn, fail) {
    if (fail < warn)
        throw new errors/* ConfigError */.xL(where, `expected at least ${warnName} (${pct(warn)}), got ${pct(fail)}`);
}
/** An absolute limit: "2ms" → 2e6 (ns), a bare number in the canonical unit. */
function readQuantity(where, raw) {
    if (typeof raw === 'number')
        return { value: raw };
    const q = (0,units/* parseQuantity */.Lf)(raw);
    if (!q)
        throw new errors/* ConfigError */.xL(where, `expected a number with a unit such as "2ms" or "80MB/s", got ${shown(raw)}`);
    return { value: q.value, unit: q.unit };
}
function readOneOf(where, raw, allowed, fallback) {
    const v = raw.trim();
    if (v === '')
        return fallback;
    if (allowed.includes(v))
        return v;
    throw new errors/* ConfigError */.xL(where, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`);
}
function readBool(where, raw, fallback) {
    const v = raw.trim().toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* ConfigError */.xL(where, `expected true or false, got ${JSON.stringify(raw)}`);
}
function readInt(where, raw, min, max) {
    const v = raw.trim();
    if (v === '')
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new errors/* ConfigError */.xL(where, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    }
    return Number(v);
}
/** Split a multi-line or comma-separated input into entries. */
function readList(raw) {
    return raw
        .split(/\r?\n|,(?![^{]*})/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** Levenshtein distance, two rows: names are short. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length];
}
/**
 * The known name nearest to a mistyped one, if any is near: a name the input starts with ("golang" →
 * "go") first, then the fewest edits, at most a third of the longer name.
 */
function nearest(raw, names) {
    const v = raw.toLowerCase();
    const prefixed = names.filter((n) => v.startsWith(n.toLowerCase())).sort((a, b) => b.length - a.length);
    if (prefixed.length > 0 && prefixed[0] !== 'auto')
        return prefixed[0];
    let best;
    for (const n of names) {
        const d = editDistance(v, n.toLowerCase());
        if (d <= Math.max(1, Math.floor(Math.max(v.length, n.length) / 3)) && (!best || d < best.d))
            best = { name: n, d };
    }
    return best?.name;
}
/** A `format` value: "auto" or a known format name; a typo is blamed on `where` with a suggestion. */
function readFormat(where, raw) {
    const v = raw.trim();
    if (v === '')
        return 'auto';
    const names = (0,parse/* formatNames */.EI)();
    if (names.includes(v))
        return v;
    const near = nearest(v, names);
    throw new errors/* ConfigError */.xL(where, `expected one of ${names.join(', ')}, got ${JSON.stringify(raw)}${near ? ` (did you mean "${near}"?)` : ''}`);
}
/** `runner-noise`: a threshold-like percentage, or 0 ("0%") to trust the within-run samples alone. */
function readNoise(where, raw) {
    if (raw === 0 || (typeof raw === 'string' && /^0+(\.0+)?\s*%?$/.test(raw.trim())))
        return 0;
    return readThreshold(where, raw);
}
/** The dashboard's address as a Markdown link target: http(s) only, no parentheses or spaces left. */
function dashboardBase(url) {
    if (!url)
        return undefined;
    let u;
    try {
        u = new URL(url.trim());
    }
    catch {
        return undefined;
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password)
        return undefined;
    u.hash = '';
    return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   Q9: () => (/* binding */ BenchgateError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   mB: () => (/* binding */ ParseError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export quote */
/**
 * Errors a user can cause. Each prints as one line, `benchgate: <where>: <what was expected>`, and never
 * with a stack trace. Anything else thrown is a bug and is reported as such.
 */
class BenchgateError extends Error {
    where;
    what;
    constructor(where, what) {
        super(`${where}: ${what}`);
        this.where = where;
        this.what = what;
        this.name = 'BenchgateError';
    }
    /** The single line shown to users; a line break inside (a name, a tool's message) is flattened. */
    get line() {
        return `benchgate: ${this.where}: ${this.what}`.replace(/\r?\n|\r/g, '\\n');
    }
}
/** Input that claims to be benchmark output but is not what its format requires. */
class ParseError extends BenchgateError {
    file;
    lineNumber;
    expected;
    found;
    constructor(file, lineNumber, expected, found) {
        // Line 0 is the whole file (missing, too large, of an unknown format): no line to show.
        super(lineNumber > 0 ? `${file}:${lineNumber}` : file, found === undefined ? expected : `${expected}, got ${quote(found)}`);
        this.file = file;
        this.lineNumber = lineNumber;
        this.expected = expected;
        this.found = found;
        this.name = 'ParseError';
    }
}
/** An invalid action input or configuration file entry. */
class ConfigError extends BenchgateError {
    constructor(where, what) {
        super(where, what);
        this.name = 'ConfigError';
    }
}
/** Quote a found value for a message, shortened so a huge line never floods the log. */
function quote(found, max = 60) {
    const oneLine = found.replace(/\r?\n/g, '\\n');
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    return JSON.stringify(short);
}
/**
 * What went wrong, as one line to put inside a sentence ("Job summary not written: <this>."): the
 * message of anything thrown, its first line, without a stack or the `benchgate:` prefix.
 */
function errorText(e) {
    const text = e instanceof BenchgateError ? e.message : e instanceof Error ? e.message : String(e);
    return text.split(/\r?\n/)[0];
}
/** The message of anything thrown, without a stack: the one line the step fails with. */
function errorMessage(e) {
    if (e instanceof BenchgateError)
        return e.line;
    if (e instanceof Error)
        return `benchgate: internal error: ${e.message}`;
    return `benchgate: internal error: ${String(e)}`;
}
/**
 * The `default:` of a switch over a union that lists every member: a new member that is not handled
 * fails to compile here (its value is not `never`), and an impossible value at run time is a bug.
 */
function unreachable(value, what) {
    throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ apiTimeoutMs),
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   pb: () => (/* binding */ apiError)
/* harmony export */ });
/* unused harmony exports DeadlineError, scrubSecrets */
/* harmony import */ var _log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66963);
/**
 * The Octokit client: GHES through GITHUB_API_URL, retries for 5xx, and the throttling plugin so a
 * rate-limit answer is waited out (a bounded number of times) instead of failing the step.
 *
 * Every call has a deadline (BENCHGATE_API_TIMEOUT_SECONDS, default 30 s) that covers its retries and
 * rate-limit waits: an API that accepts the connection and never answers cannot hold the job. Failed
 * calls are described by status, route and a short message scrubbed of anything token-like; the body
 * of an error answer is never printed as it came.
 *
 * Octokit and its plugins are loaded when the first client is made, not at startup: a run without a
 * token (a fork, the job summary only) never pays for them. The base URL is always passed explicitly
 * (@actions/github's default is read from the environment at import time), so in-process tests point
 * the client at a stand-in through the `apiUrl` they pass.
 */

/** The deadline of one API call: BENCHGATE_API_TIMEOUT_SECONDS, default 30 s. */
function apiTimeoutMs(env = process.env) {
    const s = Number(env.BENCHGATE_API_TIMEOUT_SECONDS);
    return Number.isFinite(s) && s > 0 ? s * 1000 : 30_000;
}
/** An API call that got no answer before its deadline. */
class DeadlineError extends Error {
    constructor(what, ms) {
        super(`no answer from ${what} within ${+(ms / 1000).toFixed(1)} s (BENCHGATE_API_TIMEOUT_SECONDS)`);
        this.name = 'DeadlineError';
    }
}
/**
 * `fn` or a DeadlineError after `ms`: the caller goes on even when the call never settles. `abort` is
 * signalled at the deadline, so the request behind it is cancelled too.
 */
async function withDeadline(what, ms, fn) {
    const controller = new AbortController();
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const e = new DeadlineError(what, ms);
            controller.abort(e);
            reject(e);
        }, ms);
        timer.unref();
    });
    try {
        return await Promise.race([fn(controller.signal), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function createClient({ token, apiUrl, log = () => { }, retries = 3, maxWaitSeconds = 60, timeoutMs = apiTimeoutMs(), }) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const decide = (kind, retryAfter, options, retryCount) => {
        const retry = retryCount < retries && retryAfter <= maxWaitSeconds;
        log(`GitHub ${kind} on ${options.method} ${route(options.url)}; ${retry ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return retry;
    };
    const gh = getOctokit(token, {
        baseUrl: apiUrl.replace(/\/$/, ''),
        // Only the retry plugin's own budget: `request.retries` would make it retry every error, 403s too.
        retry: { retries },
        throttle: {
            onRateLimit: (retryAfter, options, _o, retryCount) => decide('rate limit', retryAfter, options, retryCount),
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => decide('secondary rate limit', retryAfter, options, retryCount),
        },
    }, retry, throttling);
    // Registered after the plugins, so it wraps them: one deadline for the call, its retries and waits.
    gh.hook.wrap('request', (request, options) => withDeadline(`the GitHub API (${options.method} ${route(options.url)})`, timeoutMs, async (signal) => request({ ...options, request: { ...options.request, signal } })));
    return gh;
}
/** The path of a request without its query or host: what a log line may say about it. */
function route(url) {
    if (!url)
        return '?';
    const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
    return (0,_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(path, 200);
}
/** The longest API error message benchgate prints. */
const MAX_ERROR_MESSAGE = 200;
/**
 * Text with anything token-like replaced by "***": GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_,
 * github_pat_), JWTs, and whatever follows "Bearer", "token", "Basic" or an Authorization header.
 */
function scrubSecrets(text) {
    return text
        .replace(/\b(?:gh[opsur]_[A-Za-z0-9_]{4,}|github_pat_[A-Za-z0-9_]{4,})/g, '***')
        .replace(/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?/g, '***')
        .replace(/(authorization|x-access-token|access_token|private-token)(["']?\s*[:=]\s*)[^\s,;}]+(?:\s+[^\s,;}"']+)?/gi, '$1$2***')
        .replace(/\b(bearer|token|basic)\s+(?!\*\*\*)[^\s,;}"']+/gi, '$1 ***')
        .replace(/\/\/[^/@\s]*:[^/@\s]*@/g, '//***@');
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}
/**
 * A short message for a failed API call: status, route and at most 200 characters of the message,
 * scrubbed of anything token-like and made safe for a log line. Never the raw answer body.
 */
function apiError(e) {
    const status = statusOf(e);
    const req = e?.request;
    const on = req && typeof req.method === 'string' && typeof req.url === 'string'
        ? ` on ${req.method} ${route(req.url)}`
        : '';
    const raw = e instanceof Error ? e.message : String(e);
    const msg = (0,_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(scrubSecrets(raw.split('\n')[0]), MAX_ERROR_MESSAGE);
    return status ? `HTTP ${status}${on}: ${msg}` : `${msg}${on && !msg.includes(on.trim()) ? on : ''}`;
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j_: () => (/* binding */ readEvent),
/* harmony export */   pK: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_1__.pK),
/* harmony export */   vr: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_1__.vr),
/* harmony export */   yI: () => (/* binding */ readContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/**
 * What the run is: event, repository, PR, branches, commits. Read from the environment and the event
 * payload a runner provides (not from @actions/github's import-time globals), so it is testable.
 */


function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function readEvent(env) {
    const p = env.GITHUB_EVENT_PATH;
    if (!p)
        return {};
    try {
        return obj(JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(p, 'utf8'))) ?? {};
    }
    catch {
        return {};
    }
}
function readContext(env, event = readEvent(env)) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const repository = owner && repo ? { owner, repo } : undefined;
    const pr = obj(event.pull_request);
    const eventRepo = obj(event.repository);
    const ref = env.GITHUB_REF ?? '';
    const ctx = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repository,
        sha: env.GITHUB_SHA ?? '',
        ref,
        branch: env.GITHUB_HEAD_REF || (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined),
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        defaultBranch: str(eventRepo?.default_branch),
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    };
    if (pr && typeof pr.number === 'number') {
        const base = obj(pr.base);
        const head = obj(pr.head);
        const headRepo = obj(head?.repo);
        const baseRepo = obj(base?.repo);
        ctx.pullRequest = {
            number: pr.number,
            baseRef: str(base?.ref) ?? env.GITHUB_BASE_REF ?? '',
            baseSha: str(base?.sha),
            headSha: str(head?.sha),
            fork: headRepo !== undefined && baseRepo !== undefined
                ? str(headRepo.full_name) !== str(baseRepo.full_name)
                : false,
        };
        if (ctx.pullRequest.headSha)
            ctx.sha = ctx.pullRequest.headSha;
    }
    const wr = obj(event.workflow_run);
    if (wr && typeof wr.id === 'number') {
        ctx.workflowRun = {
            id: wr.id,
            event: str(wr.event) ?? '',
            headBranch: str(wr.head_branch),
            headRepositoryFullName: str(obj(wr.head_repository)?.full_name),
        };
    }
    return ctx;
}


/***/ }),

/***/ 66963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ safeCore),
/* harmony export */   sN: () => (/* binding */ logSafe)
/* harmony export */ });
/* unused harmony export MAX_LOG_LINE */
/**
 * Log lines that untrusted text cannot take over. The runner reads every line of a step's output for
 * workflow commands (`::add-mask::`, `::stop-commands::`, `::warning::`, the older `##[command]`), so a
 * benchmark name, a runner field or an API answer that carries a newline and a command could print
 * annotations, mask values or switch command processing off in a job that holds a write token.
 *
 * `logSafe()` is the one function that makes text safe for a log line: newlines become spaces, control
 * and bidirectional-override characters are dropped, `::` and `##[` are broken with a word joiner (so no
 * command can start anywhere in the line), and the text is bounded. `safeCore()` routes every message
 * and annotation title of the action's @actions/core through it.
 */
const WORD_JOINER = '\u2060';
// Controls (but tab and line breaks, handled apart), C1 controls, zero-width and bidirectional marks.
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The longest log line benchgate prints; longer ones are cut with "…". */
const MAX_LOG_LINE = 4000;
/** One log line from any text: no line break, no workflow command, at most `max` characters. */
function logSafe(text, max = MAX_LOG_LINE) {
    const s = (typeof text === 'string' ? text : String(text))
        .replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, ' ')
        .replace(INVISIBLE, '')
        .replace(/\t/g, ' ')
        .replace(/:(?=:)/g, `:${WORD_JOINER}`)
        .replace(/#(?=#\[)/g, `#${WORD_JOINER}`);
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
function props(p) {
    return p && p.title !== undefined ? { ...p, title: logSafe(p.title, 200) } : p;
}
/** The same core, with every message and annotation title passed through `logSafe()`. */
function safeCore(core) {
    return {
        ...core,
        info: (m) => core.info(logSafe(m)),
        warning: (m, p) => core.warning(logSafe(m), props(p)),
        error: (m, p) => core.error(logSafe(m), props(p)),
        setFailed: (m) => core.setFailed(logSafe(m)),
    };
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hG: () => (/* binding */ seriesId),
/* harmony export */   pK: () => (/* binding */ isBaseBranchRun),
/* harmony export */   vr: () => (/* binding */ baseBranchOf)
/* harmony export */ });
/**
 * The data model shared by every stage (DESIGN.md §2). Parsers produce `Series`, the history store keeps
 * `Run`s, `analyze` turns them into verdicts, `report` renders verdicts. Numbers, never text.
 */
/** The identity of a series across runs. */
function seriesId(s) {
    return `${s.name}\u0000${s.metric}`;
}
/** The base branch whose history this run compares with (and, on a push to it, extends). */
function baseBranchOf(ctx, configured) {
    return configured || ctx.pullRequest?.baseRef || ctx.defaultBranch || undefined;
}
/** A push (or schedule, or manual run) on the base branch itself: the only runs that may save history. */
function isBaseBranchRun(ctx, base) {
    if (!base || ctx.pullRequest)
        return false;
    if (!['push', 'schedule', 'workflow_dispatch'].includes(ctx.eventName))
        return false;
    return ctx.ref === `refs/heads/${base}`;
}


/***/ }),

/***/ 74506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O3: () => (/* binding */ FOLDER_PARSERS),
  nE: () => (/* binding */ PARSERS),
  Wy: () => (/* binding */ folderParserByName),
  EI: () => (/* binding */ formatNames),
  oN: () => (/* binding */ parserByName)
});

// UNUSED EXPORTS: EXPLICIT_ONLY

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/units.ts
var src_units = __webpack_require__(61996);
;// CONCATENATED MODULE: ./src/parse/json-syntax.ts
/**
 * Where and why a text is not JSON, for a one-line error ("bench.json:412: expected "," or "}" after a
 * value, got "#""). JSON.parse says neither reliably: V8's messages changed between Node 20 and 24, often
 * carry no position, and quote the text around the error with its line breaks. This scanner runs only
 * after JSON.parse has failed; it is iterative (a hostile file nested a million deep cannot overflow the
 * stack) and follows RFC 8259, which is what JSON.parse accepts.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
function isWs(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** The first syntax error in `text`, or undefined when it is valid JSON. */
function jsonSyntaxError(text) {
    const n = text.length;
    let i = 0;
    const stack = []; // 0x5b '[' or 0x7b '{'
    const fail = (expected, at = i) => ({
        offset: at,
        expected,
        found: at >= n ? 'the end of the file' : text.slice(at, at + 12),
    });
    const ws = () => {
        while (i < n && isWs(text.charCodeAt(i)))
            i++;
    };
    /** Scan a string starting at i (a quote); undefined when it is well-formed. */
    const string = () => {
        i++;
        for (;;) {
            if (i >= n)
                return fail('the closing quote of a string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return undefined;
            }
            if (c < 0x20)
                return fail('control characters inside a string to be escaped');
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        return fail('four hex digits after \\u in a string');
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else
                    return fail('a valid escape (\\", \\\\, \\n, \\uXXXX …) in a string');
            }
            else
                i++;
        }
    };
    // value → after a value → (comma | close) → value …, with the container stack deciding what follows.
    let wantValue = true;
    for (;;) {
        ws();
        if (wantValue) {
            const c = text.charCodeAt(i);
            if (i >= n)
                return fail('a value');
            if (c === 0x7b || c === 0x5b) {
                stack.push(c);
                i++;
                ws();
                const close = c === 0x7b ? 0x7d : 0x5d;
                if (text.charCodeAt(i) === close) {
                    stack.pop();
                    i++;
                    wantValue = false;
                    continue;
                }
                if (c === 0x7b) {
                    if (text.charCodeAt(i) !== 0x22)
                        return fail('a quoted key or "}"');
                    const err = string();
                    if (err)
                        return err;
                    ws();
                    if (text.charCodeAt(i) !== 0x3a)
                        return fail('":" after a key');
                    i++;
                }
                continue; // a value follows
            }
            if (c === 0x22) {
                const err = string();
                if (err)
                    return err;
            }
            else if (text.startsWith('true', i))
                i += 4;
            else if (text.startsWith('false', i))
                i += 5;
            else if (text.startsWith('null', i))
                i += 4;
            else {
                NUMBER.lastIndex = i;
                const m = NUMBER.exec(text);
                if (!m || m[0] === '' || m[0] === '-')
                    return fail('a value (an object, list, string, number, true, false or null)');
                i += m[0].length;
            }
            wantValue = false;
            continue;
        }
        // after a value
        const top = stack[stack.length - 1];
        if (top === undefined) {
            return i >= n ? undefined : fail('the end of the document after its value');
        }
        const c = text.charCodeAt(i);
        const close = top === 0x7b ? 0x7d : 0x5d;
        if (c === close) {
            stack.pop();
            i++;
            continue;
        }
        if (c !== 0x2c) {
            return fail(`"," or "${String.fromCharCode(close)}" after a value`);
        }
        i++;
        if (top === 0x7b) {
            ws();
            if (text.charCodeAt(i) !== 0x22)
                return fail('a quoted key after ","');
            const err = string();
            if (err)
                return err;
            ws();
            if (text.charCodeAt(i) !== 0x3a)
                return fail('":" after a key');
            i++;
        }
        wantValue = true;
    }
}

// EXTERNAL MODULE: ./src/stats/select.ts
var stats_select = __webpack_require__(58667);
;// CONCATENATED MODULE: ./src/parse/common.ts




/** A finite number from text as tools print it ("1,234.5", "1_000"), or undefined. */
function readNumber(text) {
    return numberIn(text, 0, text.length);
}
/**
 * The number m × 10^scale for a mantissa m read exactly (below 2^53) and a decimal exponent within
 * ±22: one IEEE operation on exact operands, correctly rounded, as Number() gives it. NaN for any
 * other, which the general path must read. numberIn's exact step, and any reader's that reads its
 * digits itself.
 */
function exactDecimal(m, scale) {
    if (!(m < 2 ** 53) || scale < -22 || scale > 22)
        return NaN;
    return scale >= 0 ? m * src_units/* EXACT_POW10 */.uE[scale] : m / src_units/* EXACT_POW10 */.uE[-scale];
}
/**
 * `readNumber(text.slice(start, end))` without the slice for the usual shape (`-12.5`, `3.4e+07`,
 * ASCII blanks around it): console readers ask this several times per line of a file of millions.
 * A mantissa below 2^53 and a decimal exponent within ±22 give the correctly rounded value with one
 * IEEE operation on exact operands, as Number() does; anything else takes the general path.
 */
function numberIn(text, start, end) {
    let i = start;
    let j = end;
    while (i < j && isBlank(text.charCodeAt(i)))
        i++;
    while (j > i && isBlank(text.charCodeAt(j - 1)))
        j--;
    let c = text.charCodeAt(i);
    const negative = c === 45;
    if (c === 43 || c === 45)
        i++;
    let m = 0;
    let digits = 0;
    let scale = 0;
    let point = false;
    for (; i < j; i++) {
        c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            m = m * 10 + (c - 48);
            digits++;
            if (point)
                scale--;
        }
        else if (c === 46 /* . */ && !point)
            point = true;
        // a group separator that numberGeneral removes ("1,160.73"): one before three digits and a \b
        else if (!((c === 44 || c === 95) && isGroupSeparator(text, i, j)))
            break;
    }
    if (digits > 0 && i < j && (c === 101 || c === 69) /* e E */) {
        i++;
        const s = text.charCodeAt(i);
        const minus = s === 45;
        if (s === 43 || s === 45)
            i++;
        let exp = 0;
        const from = i;
        for (; i < j && (c = text.charCodeAt(i)) >= 48 && c <= 57 && exp < 1000; i++)
            exp = exp * 10 + (c - 48);
        if (i === from)
            i = -1; // "1e" is not a number: the general path says so
        scale += minus ? -exp : exp;
    }
    if (i === j && digits > 0) {
        const v = exactDecimal(m, scale);
        if (v === v)
            return negative ? -v : v; // not NaN
    }
    return numberGeneral(start === 0 && end === text.length ? text : text.slice(start, end));
}
/** Whether the `,` or `_` at i is followed by three digits and a word boundary (before `end`). */
function isGroupSeparator(text, i, end) {
    if (i + 3 >= end)
        return false;
    for (let k = i + 1; k <= i + 3; k++) {
        const d = text.charCodeAt(k);
        if (d < 48 || d > 57)
            return false;
    }
    if (i + 4 >= end)
        return true;
    const w = text.charCodeAt(i + 4);
    // \w: A-Z a-z 0-9 _
    return !((w >= 48 && w <= 57) || (w >= 65 && w <= 90) || (w >= 97 && w <= 122) || w === 95);
}
/** Space, tab, CR, LF: the blanks `trim` removes that a console cell has around a number. */
function isBlank(c) {
    return c === 32 || c === 9 || c === 13 || c === 10;
}
function numberGeneral(text) {
    const trimmed = text.trim();
    const t = trimmed.includes(',') || trimmed.includes('_') ? trimmed.replace(/[,_](?=\d{3}\b)/g, '') : trimmed;
    if (!isDecimal(t))
        return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
function digitsFrom(t, i) {
    let j = i;
    for (let c = t.charCodeAt(j); c >= 48 && c <= 57; c = t.charCodeAt(++j))
        ;
    return j;
}
/**
 * Whether t is `/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/`, checked by a scan: console readers ask
 * this several times per line, and the scan costs a fraction of a regex call.
 */
function isDecimal(t) {
    let i = 0;
    let c = t.charCodeAt(0);
    if (c === 43 || c === 45)
        i++; // + -
    const intEnd = digitsFrom(t, i);
    let end = intEnd;
    if (t.charCodeAt(end) === 46 /* . */) {
        end = digitsFrom(t, end + 1);
        if (intEnd === i && end === intEnd + 1)
            return false; // "." or "-." without a digit
    }
    else if (intEnd === i)
        return false;
    c = t.charCodeAt(end);
    if (c === 101 || c === 69) {
        // e E, an optional sign, at least one digit
        let e = end + 1;
        const s = t.charCodeAt(e);
        if (s === 43 || s === 45)
            e++;
        end = digitsFrom(t, e);
        if (end === e)
            return false;
    }
    return end === t.length;
}
/** Like `readNumber`, but a ParseError when the text is not a number. */
function requireNumber(text, file, line, what) {
    const n = readNumber(text);
    if (n === undefined)
        throw new ParseError(file, line, `expected a number for ${what}`, text);
    return n;
}
/** The metric a raw unit measures: "time" for durations, "throughput" for rates, else the unit itself. */
function metricOf(rawUnit) {
    const c = (0,src_units/* canonical */.$N)(rawUnit);
    if (c.kind === 'time')
        return 'time';
    if (c.kind === 'rate' || c.kind === 'byte-rate')
        return 'throughput';
    return rawUnit;
}
const SCRATCH = new Float64Array(64);
/**
 * Median of a non-empty list. A console table or `-count N` file has hundreds of thousands of short
 * lists: those are sorted by insertion in a reused buffer (a sorted copy each costs more than the sort),
 * which orders them exactly as a stable numeric sort does; a longer list (`-count 1000`) is sorted as a
 * typed array, several times faster than a sorted copy.
 */
function medianOf(values) {
    const n = values.length;
    if (n === 1)
        return values[0];
    if (n === 2)
        return (values[0] + values[1]) / 2;
    let s;
    if (n <= SCRATCH.length) {
        const buf = SCRATCH;
        for (let i = 0; i < n; i++) {
            const v = values[i];
            let j = i - 1;
            while (j >= 0 && buf[j] > v) {
                buf[j + 1] = buf[j];
                j--;
            }
            buf[j + 1] = v;
        }
        s = buf;
    }
    else
        return longMedian(values);
    const mid = n >> 1;
    return n % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
let longScratch = new Float64Array(0);
/**
 * medianOf a list longer than SCRATCH: the middle values found by selection (stats' quickselect, linear
 * on average, n log n at worst) in a reused typed array, not by sorting all of them (`-count 1000` runs
 * have thousands of such lists). A NaN or a -0 in the list takes a sorted typed array, whose order (NaN
 * last, -0 before 0) selection by `<` would not keep.
 */
function longMedian(values) {
    const n = values.length;
    if (longScratch.length < n)
        longScratch = new Float64Array(Math.max(n, 2 * longScratch.length));
    const a = longScratch;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== v || (v === 0 && 1 / v < 0)) {
            const s = Float64Array.from(values).sort();
            return n % 2 ? s[n >> 1] : (s[(n >> 1) - 1] + s[n >> 1]) / 2;
        }
        a[i] = v;
    }
    return (0,stats_select/* medianInPlace */.Te)(a, n);
}
/**
 * `canonical` and `metricOf` of a raw unit, memoised: a 100 MB Go file repeats a handful of units a
 * million times. Bounded, so random input cannot grow it without limit.
 */
const unitCache = new Map();
/** The last unit asked for: a line reader asks for the same one line after line. */
let lastUnit;
let lastInfo;
function unitInfo(rawUnit) {
    if (rawUnit === lastUnit && lastInfo !== undefined)
        return lastInfo;
    let hit = unitCache.get(rawUnit);
    if (hit === undefined) {
        hit = { c: (0,src_units/* canonical */.$N)(rawUnit), metric: metricOf(rawUnit) };
        if (unitCache.size >= 1024)
            unitCache.clear();
        unitCache.set(rawUnit, hit);
    }
    lastUnit = rawUnit;
    lastInfo = hit;
    return hit;
}
/**
 * (name, metric) keys numbered 0, 1, 2, … in the order first seen: the uniqueness and grouping tables
 * of line readers, which see a new key every few dozen bytes of a large file. A Map of millions of
 * strings spends more time growing and being traced by the GC than the readers spend reading; this
 * open-addressing table keeps its slots and hashes in typed arrays (no pointers for the GC to follow)
 * and hashes a name with one pass over its characters.
 */
class KeyTable {
    /**
     * Two int32 per slot: the key's id + 1 (0 is an empty slot) and its hash, side by side, so that a
     * probe past another key compares hashes in the cache line it has read already.
     */
    slots = new Int32Array(2048);
    names = [];
    /**
     * Each key's metric, made only when a second metric comes: most tables hold one (a reader's
     * uniqueness table of names, console.time's times), and a copy of it per key is a pointer per name
     * for nothing. `onlyMetric` is the one metric until then (undefined while the table is empty).
     */
    metrics;
    onlyMetric;
    lastMetric = '';
    lastMetricHash = hashOf('');
    lastName = '';
    lastNameHash = hashOf('');
    get size() {
        return this.names.length;
    }
    /** The id of (name, metric) when seen before, else `-1 - id` of the id it gets now. */
    idOf(name, metric) {
        const h = this.hash(name, metric);
        const i = this.slotOf(h, name, metric);
        const slots = this.slots;
        const e = slots[i];
        if (e !== 0)
            return e - 1;
        const id = this.names.length;
        this.names.push(name);
        if (this.metrics !== undefined)
            this.metrics.push(metric);
        else if (this.onlyMetric === undefined)
            this.onlyMetric = metric;
        else if (metric !== this.onlyMetric) {
            const metrics = [];
            for (let k = 0; k < id; k++)
                metrics.push(this.onlyMetric);
            metrics.push(metric);
            this.metrics = metrics;
        }
        slots[i] = id + 1;
        slots[i + 1] = h;
        if ((id + 1) * 4 > slots.length - 2)
            this.grow();
        return -1 - id;
    }
    /** The id of (name, metric), or -1 if it was never seen. */
    find(name, metric) {
        return this.slots[this.slotOf(this.hash(name, metric), name, metric)] - 1;
    }
    hash(name, metric) {
        if (metric !== this.lastMetric) {
            this.lastMetric = metric;
            this.lastMetricHash = hashOf(metric);
        }
        // a row's metrics come one after another under one name (iai's five events, a Go line's units)
        if (name !== this.lastName) {
            this.lastName = name;
            this.lastNameHash = hashOf(name);
        }
        return (this.lastNameHash ^ this.lastMetricHash) | 0;
    }
    metricOf(id) {
        return this.metrics === undefined ? this.onlyMetric : this.metrics[id];
    }
    /** The index of the slot holding (name, metric), or of the empty slot where it would go. */
    slotOf(h, name, metric) {
        const slots = this.slots;
        const mask = slots.length - 2; // slot indices are even
        let i = (h << 1) & mask;
        for (let e = slots[i]; e !== 0; e = slots[(i = (i + 2) & mask)]) {
            if (slots[i + 1] === h && this.names[e - 1] === name && this.metricOf(e - 1) === metric)
                break;
        }
        return i;
    }
    /** Twice the slots, at most half of them used: probes stay short. */
    grow() {
        const old = this.slots;
        const slots = new Int32Array(old.length * 2);
        const mask = slots.length - 2;
        for (let j = 0; j < old.length; j += 2) {
            if (old[j] === 0)
                continue;
            const h = old[j + 1];
            let i = (h << 1) & mask;
            while (slots[i] !== 0)
                i = (i + 2) & mask;
            slots[i] = old[j];
            slots[i + 1] = h;
        }
        this.slots = slots;
    }
}
/**
 * A random start per process: the table's layout then cannot be predicted, so a file cannot be made
 * of names that all land in one slot (which would make reading it quadratic); the output never
 * depends on the layout.
 */
const HASH_SEED = (Math.random() * 2 ** 32) | 0;
/** FNV-1a over the UTF-16 code units from the seed, then murmur3's finaliser so every bit counts. */
function hashOf(s) {
    let h = HASH_SEED ^ 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * Collects values per (name, metric) in the order first seen, so tools that print one line per
 * repetition (`go test -count N`) become one series with N samples.
 */
class SeriesCollector {
    keys = new KeyTable();
    /**
     * By key id, each entry the Series it becomes, its samples collected in place: one object per
     * series, not a record copied at the end (a file of millions of short series spends its time on
     * per-series objects).
     */
    order = [];
    add(name, rawUnit, rawValue, metric) {
        const info = unitInfo(rawUnit);
        const c = info.c;
        const m = metric ?? info.metric;
        const id = this.keys.idOf(name, m);
        const v = (0,src_units/* scaleBy */.Qb)(rawValue, c.factor);
        if (id < 0) {
            // the keys in the order series() has always given them; `value` starts as a non-integer so
            // V8 lays the field out as a double and the median stored later does not migrate every object;
            // `[v]`, not a push into `[]`, which would reserve room for 17 values in each of a million lists
            this.order.push({ name, metric: m, unit: c.unit, direction: c.direction, value: NaN, samples: [v] });
        }
        else
            this.order[id].samples.push(v);
    }
    get size() {
        return this.order.length;
    }
    /** One series per key; the headline is the median of the repetitions. */
    series() {
        for (const e of this.order)
            e.value = medianOf(e.samples);
        return this.order;
    }
}
/** A line of `text.split('\n')` without the CR that ends it in a CRLF file. */
function withoutCr(line) {
    return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}
/**
 * Whether `s` holds a line terminator other than \n, where a regex's `.` stops: a scan that stands in
 * for such a regex refuses the same names (and leaves the line to the regex).
 */
function holdsLineTerminator(s) {
    return s.includes('\r') || s.includes('\u2028') || s.includes('\u2029');
}
/** Split text into lines, keeping 1-based line numbers meaningful for CRLF files too. */
function lines(text) {
    return text.split(/\r?\n/);
}
/**
 * Parse JSON, turning a syntax error into a ParseError with the line it happened on and what was
 * expected there (found by json-syntax.ts: V8's own messages differ between Node versions and span lines).
 */
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw jsonParseError(text, file, e);
    }
}
/** The ParseError for a text JSON.parse refused (`offset` shifts a slice's positions into the file). */
function jsonParseError(text, file, cause, offset = 0, whole = text) {
    const err = jsonSyntaxError(text);
    if (err === undefined) {
        // JSON.parse refused what the scanner accepts (should not happen): say so without V8's excerpt.
        const msg = (cause instanceof Error ? cause.message : String(cause)).split(/[\r\n]/)[0].slice(0, 80);
        return new src_errors/* ParseError */.mB(file, lineAt(whole, offset), `expected valid JSON (${msg})`);
    }
    const line = lineAt(whole, offset + err.offset);
    if (err.offset >= text.length) {
        return new src_errors/* ParseError */.mB(file, line, `expected valid JSON: ${err.expected}, but the file ends (truncated?)`);
    }
    return new src_errors/* ParseError */.mB(file, line, `expected valid JSON: ${err.expected}`, err.found);
}
/** A cheap look at whether text is JSON of some shape, without parsing a large file twice. */
function looksLikeJson(text) {
    const t = text.trimStart();
    return t.startsWith('{') || t.startsWith('[');
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/*
 * Spread, as every parser records it: `low`/`high` bound the confidence interval the tool itself gives
 * for its central value (usually a CI of the mean), and `stddev` is the standard deviation of the
 * per-operation values; all in the series' unit. A parser records only what the tool reports or what
 * follows from it exactly, never an interval it would have to invent.
 */
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function lineOf(at) {
    return typeof at === 'number' ? at : at();
}
/**
 * The line on which the value at `path` starts in a JSON text that JSON.parse accepted, for error
 * messages ("results.json:12: expected a number"). Walks the text without building values; when the
 * path goes deeper than the document, the line of the deepest value found.
 */
function lineOfJsonPath(text, path) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i))
            ;
    };
    /** Past the string at i; its value only when asked (keys), as decoding every skipped string is slow. */
    const skipString = (decode = false) => {
        const start = i;
        i++; // opening quote
        while (i < n && text.charCodeAt(i) !== 34)
            i += text.charCodeAt(i) === 92 ? 2 : 1;
        i++;
        if (!decode)
            return '';
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return '';
        }
    };
    // Skips one value of any depth with a counter, not recursion, so a deep document cannot overflow.
    const skipValue = () => {
        let depth = 0;
        do {
            ws();
            const ch = text[i];
            if (ch === '"')
                skipString();
            else if (ch === '{' || ch === '[') {
                depth++;
                i++;
            }
            else if (ch === '}' || ch === ']') {
                depth--;
                i++;
            }
            else if (ch === ',' || ch === ':')
                i++;
            else {
                // a number or literal: up to the next delimiter
                for (let c = text.charCodeAt(i); i < n; c = text.charCodeAt(++i)) {
                    if (c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9)
                        break;
                }
            }
        } while (depth > 0 && i < text.length);
    };
    ws();
    for (const key of path) {
        const open = text[i];
        if (open === '{' && typeof key === 'string') {
            i++;
            let found = false;
            for (;;) {
                ws();
                if (text[i] !== '"')
                    break;
                const k = skipString(true);
                ws();
                i++; // colon
                ws();
                if (k === key) {
                    found = true;
                    break;
                }
                skipValue();
                ws();
                if (text[i] === ',')
                    i++;
            }
            if (!found)
                break;
        }
        else if (open === '[' && typeof key === 'number') {
            i++;
            let n = 0;
            let found = false;
            for (;;) {
                ws();
                if (text[i] === ']' || i >= text.length)
                    break;
                if (n === key) {
                    found = true;
                    break;
                }
                skipValue();
                ws();
                if (text[i] === ',')
                    i++;
                n++;
            }
            if (!found)
                break;
        }
        else
            break;
    }
    return lineAt(text, i);
}
/** What a JSON value is, for "expected a number, got …" messages (ParseError quotes it). */
function describeJson(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    return String(v);
}
/**
 * Typed access to a parsed JSON document, throwing a ParseError that names the line of the offending
 * value. One per parse; `path` is where the value sits, for the line number.
 */
class JsonReader {
    text;
    file;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    line(path) {
        return lineOfJsonPath(this.text, path);
    }
    /** The line of `path`, found only if an error asks for it. */
    at(path) {
        const p = [...path];
        return () => lineOfJsonPath(this.text, p);
    }
    fail(path, expected) {
        throw new src_errors/* ParseError */.mB(this.file, this.line(path), expected);
    }
    /** Like `fail`, saying what was found instead. */
    wrong(path, expected, found) {
        throw new src_errors/* ParseError */.mB(this.file, this.line(path), expected, describeJson(found));
    }
    record(v, path, what) {
        if (!isRecord(v))
            this.wrong(path, `expected an object for ${what}`, v);
        return v;
    }
    array(v, path, what) {
        if (!Array.isArray(v))
            this.wrong(path, `expected a list for ${what}`, v);
        return v;
    }
    string(v, path, what) {
        if (typeof v !== 'string' || v.trim() === '')
            this.wrong(path, `expected a non-empty string for ${what}`, v);
        return v;
    }
    number(v, path, what) {
        if (typeof v !== 'number' || !Number.isFinite(v))
            this.wrong(path, `expected a number for ${what}`, v);
        return v;
    }
    /** A number, or undefined when absent or null; anything else is an error. */
    optionalNumber(v, path, what) {
        if (v === undefined || v === null)
            return undefined;
        return this.number(v, path, what);
    }
    /** A list of finite numbers. */
    numbers(v, path, what) {
        const list = this.array(v, path, what);
        return list.map((x, i) => this.number(x, [...path, i], `each of ${what}`));
    }
}
/**
 * A Series in canonical units, checked: a finite headline and samples, a non-empty name. A value
 * that overflows on conversion (1e300 s in ns) is an error at `line`, not an Infinity in the history.
 */
function makeSeries(raw, file, at, origin = raw.origin) {
    // no closures here: console readers call this once per line of a file of millions of lines
    const { c, metric } = unitInfo(raw.rawUnit);
    const factor = c.factor;
    // a name led by a printable ASCII non-blank is not empty once trimmed: no trim for the usual one
    const first = raw.name.charCodeAt(0);
    if (!(first > 32 && first < 127) && raw.name.trim() === '')
        throw new src_errors/* ParseError */.mB(file, lineOf(at), 'expected a benchmark name, got an empty one');
    const value = (0,src_units/* scaleBy */.Qb)(raw.value, factor);
    if (!Number.isFinite(value)) {
        throw new src_errors/* ParseError */.mB(file, lineOf(at), `expected a finite value for "${raw.name}"`, String(raw.value));
    }
    let samples;
    if (raw.samples && raw.samples.length > 0) {
        samples = raw.samples.map((x) => (0,src_units/* scaleBy */.Qb)(x, factor));
        const bad = samples.findIndex((x) => !Number.isFinite(x));
        if (bad >= 0) {
            throw new src_errors/* ParseError */.mB(file, lineOf(at), `expected finite samples for "${raw.name}"`, String(raw.samples[bad]));
        }
    }
    const spread = raw.spread ? spreadOf(raw.spread, factor) : undefined;
    const name = raw.name;
    const m = raw.metric ?? metric;
    const unit = c.unit;
    const direction = raw.direction ?? c.direction;
    // The usual shapes as one literal each, in the key order of the rest: a key added to an object
    // after it is made costs V8 a separate store (some 50 bytes more for each of a million series).
    if (samples === undefined) {
        if (spread === undefined) {
            return origin
                ? { name, metric: m, unit, direction, value, origin }
                : { name, metric: m, unit, direction, value };
        }
        return origin
            ? { name, metric: m, unit, direction, value, spread, origin }
            : { name, metric: m, unit, direction, value, spread };
    }
    const s = { name, metric: m, unit, direction, value, samples };
    if (spread)
        s.spread = spread;
    if (origin)
        s.origin = origin;
    return s;
}
/**
 * The finite bounds of a tool's spread in canonical units (in low, high, stddev order), if any. Each
 * shape is one literal (no loop over the keys, no key added later): every series with a spread passes
 * here, and a keyed store per key made this a fifth of a console reader's time.
 */
function spreadOf(raw, factor) {
    const low = raw.low === undefined ? NaN : (0,src_units/* scaleBy */.Qb)(raw.low, factor);
    const high = raw.high === undefined ? NaN : (0,src_units/* scaleBy */.Qb)(raw.high, factor);
    const stddev = raw.stddev === undefined ? NaN : (0,src_units/* scaleBy */.Qb)(raw.stddev, factor);
    const l = Number.isFinite(low);
    const h = Number.isFinite(high);
    if (!Number.isFinite(stddev)) {
        if (l)
            return h ? { low, high } : { low };
        return h ? { high } : undefined;
    }
    if (l)
        return h ? { low, high, stddev } : { low, stddev };
    return h ? { high, stddev } : { stddev };
}
/**
 * Refuse a second series with the same (name, metric): two benchmarks printed under one name would
 * otherwise be compared as one. `where` is the line of the second one.
 */
class UniqueNames {
    file;
    /**
     * The names, each with its first (metric, line of first series) and a list of the others, newest
     * first, in flat arrays; past MAX_LISTED metrics a name keys each pair in `keyed` instead. A run of
     * series under one name (iai's events, a time and its throughput) then costs one lookup of the
     * name, and the table holds a key per name, not per series: it is read at a random place for each
     * new key, and once it outgrows the cache those reads are most of what checking costs.
     */
    names = new KeyTable();
    /** By name id: its first metric and line, and its newest other pair (-1: none, KEYED: keyed). */
    firstMetric = [];
    firstLine = [];
    newest = [];
    /** By pair: its metric, its line, and the name's pair before it (-1: the name's first). */
    pairMetric = [];
    pairLine = [];
    pairBefore = [];
    /** (name, metric) of the names with many metrics, and their lines by key id. */
    keyed = new KeyTable();
    keyedLine = [];
    lastName;
    lastId = -1;
    constructor(file) {
        this.file = file;
    }
    check(s, line) {
        const name = s.name;
        const metric = s.metric;
        let id = this.lastId;
        if (name !== this.lastName) {
            id = this.names.idOf(name, '');
            this.lastName = name;
            if (id < 0) {
                this.lastId = -1 - id;
                this.firstMetric.push(metric);
                this.firstLine.push(line);
                this.newest.push(-1);
                return;
            }
            this.lastId = id;
        }
        const newest = this.newest[id];
        if (newest === KEYED) {
            const key = this.keyed.idOf(name, metric);
            if (key >= 0)
                this.duplicate(s, line, this.keyedLine[key]);
            this.keyedLine.push(line);
            return;
        }
        let count = 1;
        for (let p = newest; p >= 0; p = this.pairBefore[p], count++)
            if (this.pairMetric[p] === metric)
                this.duplicate(s, line, this.pairLine[p]);
        if (this.firstMetric[id] === metric)
            this.duplicate(s, line, this.firstLine[id]);
        if (count < MAX_LISTED) {
            this.pairBefore.push(newest);
            this.newest[id] = this.pairMetric.length;
            this.pairMetric.push(metric);
            this.pairLine.push(line);
            return;
        }
        // a name with many metrics: each pair its own key from now on, so a check stays constant time
        this.keyed.idOf(name, this.firstMetric[id]);
        this.keyedLine.push(this.firstLine[id]);
        const others = [];
        for (let p = newest; p >= 0; p = this.pairBefore[p])
            others.push(p);
        for (let k = others.length - 1; k >= 0; k--) {
            this.keyed.idOf(name, this.pairMetric[others[k]]);
            this.keyedLine.push(this.pairLine[others[k]]);
        }
        this.keyed.idOf(name, metric);
        this.keyedLine.push(line);
        this.newest[id] = KEYED;
    }
    duplicate(s, line, first) {
        throw new src_errors/* ParseError */.mB(this.file, lineOf(line), `expected each benchmark name once, "${s.name}" (${s.metric}) already appeared on line ${lineOf(first)}`);
    }
}
/** How many metrics of one name UniqueNames compares one by one before it keys each pair. */
const MAX_LISTED = 8;
const KEYED = -2;
/**
 * The series of a line reader in file order, each (name, metric) once, and the error a file without
 * any gets: `add` checks and keeps, `done` returns them or throws `expected` at `line`.
 */
class SeriesList {
    file;
    items = [];
    unique;
    constructor(file) {
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    add(s, line) {
        this.unique.check(s, line);
        this.items.push(s);
    }
    done(line, expected) {
        if (this.items.length === 0)
            throw new src_errors/* ParseError */.mB(this.file, line, expected);
        return this.items;
    }
}

;// CONCATENATED MODULE: ./src/parse/go.ts



const go_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** Go's ReportMetric can print these; such a pair carries no value and is left out. */
const NOT_A_VALUE = /^[-+]?(?:NaN|Inf)$/;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
/** Go's unicode.IsSpace: ASCII blanks, U+0085, U+00A0 and the Unicode space separators. */
function isGoSpace(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 0x85)
        return false;
    return (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
/** Whether the code units u[a, a + s.length) are s. */
function regionIs(u, a, s) {
    const n = s.length;
    for (let k = 0; k < n; k++)
        if (u[a + k] !== s.charCodeAt(k))
            return false;
    return true;
}
const POW10 = [];
for (let k = 0; k <= 22; k++)
    POW10.push(Number(`1e${k}`));
function newMetric(rawUnit) {
    const { c, metric } = unitInfo(rawUnit);
    const k = Math.log10(c.factor);
    return {
        rawUnit,
        metric,
        unit: c.unit,
        direction: c.direction,
        factor: c.factor,
        pow10: Number.isInteger(k) && Math.abs(k) <= 22 ? k : undefined,
        values: [],
    };
}
/**
 * The one reader of the format. Feed it lines with `line`, switch streams with `stream` (test2json
 * packages), then take `series()`. Every pass over a line is bounded by the line: linear in the input.
 */
/** Code units a view of a file holds at least (GoReader's view). */
const VIEW = 1 << 20;
class GoReader {
    file;
    sink;
    streams = new Map();
    contexts = new Map();
    current;
    last;
    lastContext;
    results = 0;
    /* the number just read by readPlainDecimal: exact mantissa and decimals (or -1), and where it ended */
    mantissa = 0;
    decimals = -1;
    numberEnd = 0;
    /*
     * The text being read as UTF-16 code units, u[i - base] for text[i] over [base, viewEnd), a 0 after
     * them: indexing a typed array is about twice as fast as charCodeAt, which runs for every character
     * of a file. A view always ends after a line's newline, or at the end of the text, so reading one
     * character past a line (as the scans do) sees what charCodeAt would, and a 0 where it sees NaN.
     */
    bytes = Buffer.alloc(0);
    u = new Uint16Array(0);
    base = 0;
    viewText;
    viewEnd = -1;
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
        this.current = this.streamNamed('');
    }
    streamNamed(name) {
        let s = this.streams.get(name);
        if (!s) {
            s = { config: new Map(), context: undefined };
            if (name !== '')
                s.config.set('pkg', name);
            this.streams.set(name, s);
        }
        return s;
    }
    /** Switch to the lines of another stream (a test2json `Package`); its `pkg` is preset to the name. */
    stream(name) {
        this.current = this.streamNamed(name);
    }
    /** How many result lines were read. */
    get size() {
        return this.results;
    }
    /**
     * Make the view text[a, b), b after the first newline from `from` and at least VIEW code units on
     * (one view for many lines of a file, one per line of test2json's Output strings), or the text's end.
     */
    view(text, a, from) {
        const nl = text.indexOf('\n', Math.max(from, a + VIEW));
        const b = nl < 0 ? text.length : nl + 1;
        const n = b - a;
        if (this.u.length < n + 1) {
            this.bytes = Buffer.alloc(2 * (n + 1));
            this.u = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, n + 1);
        }
        this.bytes.write(text.slice(a, b), 0, 'utf16le');
        this.u[n] = 0;
        this.viewText = text;
        this.base = a;
        this.viewEnd = b;
    }
    /** Read the line text[start, end) (without its newline) as line `lineNumber` of the file. */
    line(text, start, end, lineNumber) {
        // the view must hold the line and the character after it (its newline, or the 0 at the text's end)
        const inView = text === this.viewText &&
            start >= this.base &&
            (end < this.viewEnd || (end === text.length && this.viewEnd === text.length));
        if (!inView)
            this.view(text, start, end);
        const u = this.u;
        const o = this.base;
        let i = start;
        while (i < end && isGoSpace(u[i - o]))
            i++;
        const c = u[i - o];
        if (c === 66 /* B */) {
            if (regionIs(u, i - o, 'Benchmark'))
                this.result(text, i, end, lineNumber);
        }
        else if (c === 45 /* - */) {
            if (regionIs(u, i - o, '--- FAIL:'))
                this.failed(text, i + 9, end, lineNumber);
        }
        else if (c === 70 /* F */) {
            if (regionIs(u, i - o, 'FAIL') && (i + 4 >= end || isGoSpace(u[i + 4 - o])))
                this.packageFailed(text, i + 4, end, lineNumber);
        }
        else if (i === start && i < end)
            this.configLine(text, start, end);
    }
    failed(text, a, end, lineNumber) {
        const what = text.slice(a, end).trim().split(/\s/u, 1)[0];
        const kind = what.startsWith('Benchmark') ? 'benchmark' : 'test';
        throw new src_errors/* ParseError */.mB(this.file, lineNumber, `expected every ${kind} to pass, ${what || 'one'} failed (a failing run is not recorded)`);
    }
    packageFailed(text, a, end, lineNumber) {
        const pkg = text.slice(a, end).trim().split(/\s/u, 1)[0];
        throw new src_errors/* ParseError */.mB(this.file, lineNumber, pkg
            ? `expected the package to pass, ${pkg} failed (a failing run is not recorded)`
            : 'expected a passing run, go test printed FAIL (a failing run is not recorded)');
    }
    /** `key: value` with a lower-case first letter, no space or upper-case letter in the key. */
    configLine(text, start, end) {
        const first = text.charCodeAt(start);
        if (!(first >= 97 && first <= 122) && !(first > 127 && LOWER.test(String.fromCodePoint(first))))
            return;
        let i = start + 1;
        for (; i < end; i++) {
            const c = text.charCodeAt(i);
            if (c === 58 /* : */)
                break;
            if ((c >= 65 && c <= 90) || isGoSpace(c))
                return;
            if (c > 127 && UPPER.test(text[i]))
                return;
        }
        if (i >= end)
            return;
        const after = i + 1;
        if (after < end && text.charCodeAt(after) !== 32 && text.charCodeAt(after) !== 9)
            return;
        const key = text.slice(start, i);
        const value = text.slice(after, end).trim();
        const s = this.current;
        if (s.config.get(key) === value)
            return;
        s.config.set(key, value);
        s.context = undefined;
    }
    contextOf(s) {
        const entries = [...s.config].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const id = JSON.stringify(entries);
        let ctx = this.contexts.get(id);
        if (!ctx) {
            ctx = { config: new Map(entries), byName: new Map(), order: [] };
            this.contexts.set(id, ctx);
        }
        s.context = ctx;
        return ctx;
    }
    /** The benchmark whose name is text[a, b) in the current context. */
    benchAt(text, a, b) {
        const ctx = this.current.context ?? this.contextOf(this.current);
        // -count N repeats a name on consecutive lines; comparing the slice natively beats a loop or a hash
        const name = text.slice(a, b);
        const last = this.last;
        if (last && this.lastContext === ctx && last.name === name)
            return last;
        let bench = ctx.byName.get(name);
        if (!bench) {
            bench = { name, metrics: [] };
            ctx.byName.set(name, bench);
            ctx.order.push(bench);
        }
        this.last = bench;
        this.lastContext = ctx;
        return bench;
    }
    /**
     * A decimal without exponent and with at most 15 digits read from text[a, ...) up to the first other
     * character (its offset left in `numberEnd`); NaN when there is none. Keeps the exact mantissa and
     * decimals for `canonical`.
     */
    readPlainDecimal(text, a, end) {
        const u = this.u;
        const o = this.base;
        let i = a;
        let negative = false;
        const first = u[i - o];
        if (first === 45 || first === 43) {
            negative = first === 45;
            i++;
        }
        let m = 0;
        let digits = 0;
        let decimals = -1;
        for (; i < end; i++) {
            const c = u[i - o];
            if (c >= 48 && c <= 57) {
                m = m * 10 + (c - 48);
                digits++;
                if (decimals >= 0)
                    decimals++;
            }
            else if (c === 46 && decimals < 0)
                decimals = 0;
            else
                break;
        }
        this.numberEnd = i;
        if (digits === 0 || digits > 15) {
            this.decimals = -1;
            return NaN;
        }
        this.mantissa = negative ? -m : m;
        this.decimals = decimals < 0 ? 0 : decimals;
        return this.mantissa / POW10[this.decimals];
    }
    /** `value` (just read) in the metric's canonical unit, shifted exactly when possible. */
    canonical(m, value) {
        if (m.factor === 1)
            return value;
        if (this.decimals >= 0 && m.pow10 !== undefined) {
            const e = m.pow10 - this.decimals;
            if (e >= 0 && e <= 22)
                return this.mantissa * POW10[e];
            if (e < 0 && e >= -22)
                return this.mantissa / POW10[-e];
        }
        return (0,src_units/* scaleBy */.Qb)(value, m.factor);
    }
    /** A line whose first field, at text[nameStart...), starts with "Benchmark". */
    result(text, nameStart, end, lineNumber) {
        const file = this.file;
        const u = this.u;
        const o = this.base;
        // -count N prints a name on N lines in a row: the last benchmark's name again, then a space, is the
        // name the scan would find (a name holds no space), without scanning, slicing or comparing a slice
        const last = this.last;
        const again = last !== undefined &&
            this.lastContext === this.current.context &&
            nameStart + last.name.length < end &&
            isGoSpace(u[nameStart + last.name.length - o]) &&
            regionIs(u, nameStart - o, last.name);
        let i = again ? nameStart + last.name.length : nameStart + 9;
        while (i < end && !isGoSpace(u[i - o]))
            i++;
        const nameEnd = i;
        while (i < end && isGoSpace(u[i - o]))
            i++;
        if (i >= end)
            return; // a bare name: `-v` prints one before each result
        const itersStart = i;
        while (i < end) {
            const c = u[i - o];
            if (c < 48 || c > 57)
                break;
            i++;
        }
        if (i === itersStart || (i < end && !isGoSpace(u[i - o]))) {
            this.sink?.warn(lineNumber, `skipped a line starting with "${text.slice(nameStart, Math.min(nameEnd, nameStart + 60))}": ` +
                'no iteration count after the name, so it is not a benchmark result');
            return;
        }
        const itersEnd = i;
        while (i < end && isGoSpace(u[i - o]))
            i++;
        if (i >= end) {
            throw new src_errors/* ParseError */.mB(file, lineNumber, 'expected "<value> <unit>" pairs after the iteration count', text.slice(nameStart, end).trim());
        }
        const bench = again ? last : this.benchAt(text, nameStart, nameEnd);
        let k = 0;
        let prevStart = itersStart;
        let prevEnd = itersEnd;
        while (i < end) {
            const vStart = i;
            // a plain decimal in one pass; anything else (an exponent, NaN) takes the general path
            let value = this.readPlainDecimal(text, i, end);
            let vEnd = this.numberEnd;
            if (value !== value || (vEnd < end && !isGoSpace(u[vEnd - o]))) {
                while (i < end && !isGoSpace(u[i - o]))
                    i++;
                vEnd = i;
                const t = text.slice(vStart, vEnd);
                this.decimals = -1;
                value = go_NUMBER.test(t) ? Number(t) : NaN;
            }
            i = vEnd;
            while (i < end && isGoSpace(u[i - o]))
                i++;
            const uStart = i;
            // the unit Go printed at this position on the previous line, if it is that one again
            const guess = bench.metrics[k];
            let known;
            if (guess !== undefined &&
                regionIs(u, uStart - o, guess.rawUnit) &&
                (uStart + guess.rawUnit.length >= end || isGoSpace(u[uStart + guess.rawUnit.length - o]))) {
                i = uStart + guess.rawUnit.length;
                known = guess;
            }
            else {
                while (i < end && !isGoSpace(u[i - o]))
                    i++;
            }
            const uEnd = i;
            while (i < end && isGoSpace(u[i - o]))
                i++;
            if (value !== value) {
                // NaN: not a number, unless Go's NaN/Inf spelling of a ReportMetric value (which is left out)
                if (uStart < uEnd && NOT_A_VALUE.test(text.slice(vStart, vEnd))) {
                    prevStart = uStart;
                    prevEnd = uEnd;
                    continue;
                }
                throw new src_errors/* ParseError */.mB(file, lineNumber, `expected a number after "${text.slice(prevStart, prevEnd)}" in a benchmark result`, text.slice(vStart, vEnd));
            }
            if (uStart === uEnd) {
                throw new src_errors/* ParseError */.mB(file, lineNumber, `expected a unit after ${text.slice(vStart, vEnd)} in a benchmark result`);
            }
            const m = known ?? GoReader.metricAt(bench, text.slice(uStart, uEnd));
            k++;
            const v = this.canonical(m, value);
            if (!Number.isFinite(v)) {
                throw new src_errors/* ParseError */.mB(file, lineNumber, `expected a finite ${m.rawUnit} value in a benchmark result`, text.slice(vStart, vEnd));
            }
            m.values.push(v);
            prevStart = uStart;
            prevEnd = uEnd;
        }
        this.results++;
    }
    static metricAt(b, unit) {
        let m = b.metrics.find((x) => x.rawUnit === unit);
        if (!m) {
            m = newMetric(unit);
            b.metrics.push(m);
        }
        return m;
    }
    /** The series read so far, labelled where a configuration key tells them apart (module comment). */
    series() {
        const contexts = [...this.contexts.values()].filter((c) => c.order.length > 0);
        // keys and whether their value (absent = "") differs between the contexts that hold results
        const keys = [];
        for (const c of contexts)
            for (const k of c.config.keys())
                if (!keys.includes(k))
                    keys.push(k);
        const varying = keys.filter((k) => new Set(contexts.map((c) => c.config.get(k) ?? '')).size > 1);
        for (const k of keys)
            if (!varying.includes(k)) {
                const v = contexts[0].config.get(k);
                if (v !== undefined)
                    this.sink?.meta(k, v);
            }
        const contextsOf = new Map();
        for (const c of contexts)
            for (const b of c.order) {
                const list = contextsOf.get(b.name);
                if (list)
                    list.push(c);
                else
                    contextsOf.set(b.name, [c]);
            }
        const out = [];
        for (const c of contexts) {
            for (const b of c.order) {
                const others = contextsOf.get(b.name);
                const name = others.length > 1 ? labelled(b.name, c, others, varying) : b.name;
                // metrics by the (name, metric) identity: two raw units of one metric ("MB/s" and "GB/s")
                // would be one series with mixed samples, so the first keeps the metric and others their unit
                // (a list, not a Set: a benchmark has a handful of metrics, and there may be a million benchmarks)
                const metricsSeen = [];
                for (const m of b.metrics) {
                    if (m.values.length === 0)
                        continue;
                    const metric = metricsSeen.includes(m.metric) ? m.rawUnit : m.metric;
                    metricsSeen.push(metric);
                    out.push({
                        name,
                        metric,
                        unit: m.unit,
                        direction: m.direction,
                        value: medianOf(m.values),
                        samples: m.values,
                    });
                }
            }
        }
        return out;
    }
}
/** `name` qualified by the keys whose values differ between the contexts that share it. */
function labelled(name, c, all, varying) {
    let prefix = '';
    let suffix = '';
    for (const k of varying) {
        const v = c.config.get(k) ?? '';
        if (all.every((o) => (o.config.get(k) ?? '') === v))
            continue;
        if (k === 'pkg')
            prefix = v === '' ? '' : `${v}.`;
        else
            suffix += ` ${k}=${v}`;
    }
    return prefix + name + suffix;
}
/** Read `text` line by line into `reader` (a manual scan: a 100 MB file never becomes a million strings). */
function readGoText(reader, text, firstLine = 1) {
    let start = 0;
    let lineNumber = firstLine - 1;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        lineNumber++;
        let e = end;
        if (e > start && text.charCodeAt(e - 1) === 13)
            e--;
        reader.line(text, start, e, lineNumber);
        start = end + 1;
    }
    return lineNumber;
}
const goBench = {
    name: 'go',
    describe: 'go test -bench . -benchmem -count 10 (text output)',
    detect(text) {
        // 1 MB, not 64 KB: `go test -v -run . -bench .` prints every test's log before the first result.
        // Bounded quantifiers: a long line of spaces or digits must not make the search quadratic.
        return /^[ \t]{0,16}Benchmark\S{0,1000}[ \t]{1,100}\d{1,20}[ \t]{1,100}[-+\d.eE]{1,40} \S{0,100}\/op\b/m.test(text.slice(0, 1 << 20));
    },
    parse(text, file, sink) {
        const reader = new GoReader(file, sink);
        const lines = readGoText(reader, text);
        if (reader.size === 0) {
            const hint = /^\s*\{.*"Action"/.test(text.slice(0, 4096))
                ? ' (this is go test -json output: use format gojson)'
                : '';
            throw new src_errors/* ParseError */.mB(file, lines, `expected at least one "BenchmarkName  N  value ns/op" line${hint}`);
        }
        return reader.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/gojson.ts



const EVENT = /^\{.*"Action"\s*:\s*"[a-z-]+"/;
const goJson = {
    name: 'gojson',
    describe: 'go test -json -bench . (test2json events)',
    detect(text) {
        const first = /^[ \t]*\{.*$/m.exec(text.slice(0, 65536));
        return first !== null && EVENT.test(first[0].trim()) && /"(?:Package|ImportPath)"\s*:/.test(first[0]);
    },
    parse(text, file, sink) {
        const reader = new GoReader(file, sink);
        // per package: the text after the last newline, and the event line on which it started
        const pending = new Map();
        const flushLine = (pkg, line, lineNo) => {
            reader.stream(pkg);
            reader.line(line, 0, line.endsWith('\r') ? line.length - 1 : line.length, lineNo);
        };
        let start = 0;
        let lineNo = 0;
        while (start < text.length) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            lineNo++;
            const raw = text.slice(start, end).trim();
            start = end + 1;
            if (!raw.startsWith('{'))
                continue; // plain text go test prints around the stream ("no test files")
            let ev;
            try {
                ev = JSON.parse(raw);
            }
            catch {
                throw new src_errors/* ParseError */.mB(file, lineNo, 'expected one test2json event per line', raw);
            }
            if (!isRecord(ev))
                continue;
            const pkg = typeof ev.Package === 'string' ? ev.Package : '';
            if (ev.Action === 'fail') {
                // the output's own `--- FAIL:` line has usually been read already; this covers the rest
                const test = typeof ev.Test === 'string' ? ev.Test : '';
                throw new src_errors/* ParseError */.mB(file, lineNo, test
                    ? `expected every ${test.startsWith('Benchmark') ? 'benchmark' : 'test'} to pass, ${test} failed (a failing run is not recorded)`
                    : `expected the package to pass, ${pkg || 'the package'} failed (a failing run is not recorded)`);
            }
            if (ev.Action !== 'output' || typeof ev.Output !== 'string')
                continue;
            const p = pending.get(pkg) ?? { text: '', line: lineNo };
            if (p.text === '')
                p.line = lineNo;
            let chunk = p.text + ev.Output;
            let nl = chunk.indexOf('\n');
            let lineStart = p.line;
            while (nl >= 0) {
                flushLine(pkg, chunk.slice(0, nl), lineStart);
                chunk = chunk.slice(nl + 1);
                lineStart = lineNo;
                nl = chunk.indexOf('\n');
            }
            p.text = chunk;
            p.line = chunk === '' ? lineNo : lineStart;
            pending.set(pkg, p);
        }
        for (const [pkg, p] of pending)
            if (p.text !== '')
                flushLine(pkg, p.text, p.line);
        if (reader.size === 0) {
            throw new src_errors/* ParseError */.mB(file, lineNo, 'expected benchmark results in the go test -json output, found none (was -bench given?)');
        }
        return reader.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/lazyline.ts


const UNKNOWN_LINE = -1;
/** `makeSeries`, with the line of the offending element computed only if it fails. */
function makeSeriesAt(raw, file, line) {
    try {
        return makeSeries(raw, file, UNKNOWN_LINE);
    }
    catch (e) {
        if (e instanceof src_errors/* ParseError */.mB && e.lineNumber === UNKNOWN_LINE)
            throw new src_errors/* ParseError */.mB(file, line(), e.expected, e.found);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/parse/console-table.ts


// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
/** The text without ANSI colour codes (vitest, Google Benchmark on a terminal). */
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
/** Lines without their line ends (LF or CRLF), for a loop with `i + 1` as the line number. */
function textLines(text) {
    const lines = text.split('\n');
    // one array, edited in place, and no pass at all over LF-only text
    if (text.includes('\r')) {
        for (let i = 0; i < lines.length; i++)
            lines[i] = withoutCr(lines[i]);
    }
    return lines;
}
/**
 * Calls `each(line, n)` for every line of `text` (without its LF or CRLF; `n` from 1), the lines
 * `textLines` would return, without building an array of the whole file. Returns the number of lines.
 */
function eachLine(text, each) {
    let n = 0;
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        each(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end), ++n);
        if (nl < 0)
            return n;
        start = nl + 1;
    }
}
/**
 * `eachLine(stripAnsi(text), each)` without a colour-free copy of the whole file: colour codes never
 * hold a line end, so each line is stripped on its own (before its CR is dropped, as in the copy).
 */
function eachPlainLine(text, each) {
    if (!text.includes('\u001b'))
        return eachLine(text, each);
    let n = 0;
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        let line = text.slice(start, end);
        if (line.includes('\u001b'))
            line = line.replace(ANSI, '');
        each(withoutCr(line), ++n);
        if (nl < 0)
            return n;
        start = nl + 1;
    }
}
/**
 * JavaScript's `\s` (what `trim` removes, what `\S+` splits on): Go's set without U+0085, with U+FEFF.
 * The ASCII space is asked first and the rest of ASCII next: console columns are padded with spaces.
 */
function isJsSpace(c) {
    if (c === 32)
        return true;
    if (c < 128)
        return c >= 9 && c <= 13;
    return isGoSpace(c) ? c !== 0x85 : c === 0xfeff;
}
/**
 * A series read from a printed summary: no samples, marked as such. `statistic: 'mean'` when the
 * console prints only the mean of a tool whose JSON headline is the median (Series.statistic).
 */
function consoleSeries(raw, file, line, statistic) {
    const s = makeSeries(raw, file, line, 'console');
    if (statistic)
        s.statistic = statistic;
    return s;
}
/** Fields of one CSV record (RFC 4180 quoting: `"a, b"`, `""` for a quote); undefined if a quote is open. */
function csvFields(line) {
    const out = [];
    let i = 0;
    const n = line.length;
    for (;;) {
        if (line.charCodeAt(i) === 34 /* " */) {
            let v = '';
            i++;
            for (;;) {
                const q = line.indexOf('"', i);
                if (q < 0)
                    return undefined;
                v += line.slice(i, q);
                if (line.charCodeAt(q + 1) === 34) {
                    v += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            out.push(v);
            if (i < n && line.charCodeAt(i) !== 44)
                return undefined;
        }
        else {
            let c = line.indexOf(',', i);
            if (c < 0)
                c = n;
            out.push(line.slice(i, c));
            i = c;
        }
        if (i >= n)
            return out;
        i++; // the comma
    }
}
/**
 * The fields of CSV records as `csvFields` reads them, as offsets into the line: a reader of a large
 * CSV file slices only the fields it keeps (the name) and reads numbers in place. One per file.
 */
class CsvRow {
    line = '';
    start = [];
    end = [];
    /** Quoted with `""` inside: its text is not a plain slice. */
    escaped = [];
    count = 0;
    /** Read `line`; false where `csvFields` gives undefined (a quote left open or text after one). */
    scan(line) {
        this.line = line;
        const n = line.length;
        let k = 0;
        let i = 0;
        for (;; k++) {
            if (line.charCodeAt(i) === 34 /* " */) {
                const from = i + 1;
                let escaped = false;
                i = from;
                for (;;) {
                    const q = line.indexOf('"', i);
                    if (q < 0)
                        return false;
                    if (line.charCodeAt(q + 1) === 34) {
                        escaped = true;
                        i = q + 2;
                    }
                    else {
                        this.start[k] = from;
                        this.end[k] = q;
                        this.escaped[k] = escaped;
                        i = q + 1;
                        break;
                    }
                }
                if (i < n && line.charCodeAt(i) !== 44)
                    return false;
            }
            else {
                let c = line.indexOf(',', i);
                if (c < 0)
                    c = n;
                this.start[k] = i;
                this.end[k] = c;
                this.escaped[k] = false;
                i = c;
            }
            if (i >= n)
                break;
            i++; // the comma
        }
        this.count = k + 1;
        return true;
    }
    text(j) {
        const t = this.line.slice(this.start[j], this.end[j]);
        return this.escaped[j] ? t.replace(/""/g, '"') : t;
    }
    isEmpty(j) {
        return this.start[j] === this.end[j];
    }
    /** Whether field j is exactly `s`, without slicing it. */
    is(j, s) {
        if (this.escaped[j])
            return this.text(j) === s;
        const a = this.start[j];
        return this.end[j] - a === s.length && this.line.startsWith(s, a);
    }
    /** `readNumber` of field j. */
    number(j) {
        return this.escaped[j] ? readNumber(this.text(j)) : numberIn(this.line, this.start[j], this.end[j]);
    }
}
/** The interval `mean ∓ rme%` that tinybench and vitest print as `±4.40%`, as a spread. */
function rmeInterval(mean, rmePercent) {
    return { low: mean * (1 - rmePercent / 100), high: mean * (1 + rmePercent / 100) };
}

;// CONCATENATED MODULE: ./src/parse/line-scan.ts
/**
 * Small scanning helpers for the console readers that read a large log in place (offsets into the
 * text instead of split lines and sliced fields).
 */

/** Runs of spaces by length, made when first asked for: the blank padding of console columns. */
const SPACE_RUNS = [''];
const MAX_RUN = 256;
/**
 * Whether text[s, e) is nothing but spaces, by one comparison with a run of spaces (a console's
 * padding is long, and a look at each of its characters is most of the cost of reading it; a slice
 * compared with `===` is several times faster than `startsWith` or a loop). False for a longer range
 * or any other blank: the caller then looks at each character itself.
 */
function isSpaceRun(text, s, e) {
    const n = e - s;
    if (n > MAX_RUN)
        return false;
    // most ranges that are not spaces show it at an end, before any slice is made
    if (n > 0 && (text.charCodeAt(s) !== 32 || text.charCodeAt(e - 1) !== 32))
        return false;
    let run = SPACE_RUNS[n];
    if (run === undefined) {
        for (let k = SPACE_RUNS.length; k <= n; k++)
            SPACE_RUNS.push(' '.repeat(k));
        run = SPACE_RUNS[n];
    }
    return text.slice(s, e) === run;
}
/**
 * `text.startsWith(s, at)` for a short `s` (a unit, a line's first word): most calls differ in the
 * first character, and the builtin's call costs more than the comparison.
 */
function isAt(text, s, at) {
    for (let k = 0; k < s.length; k++)
        if (text.charCodeAt(at + k) !== s.charCodeAt(k))
            return false;
    return true;
}
/** The first character of text[from, to) that is not JavaScript whitespace (`isJsSpace`), or `to`. */
function skipBlanks(text, from, to) {
    let i = from;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    return i;
}

;// CONCATENATED MODULE: ./src/parse/libtest.ts





const CLAIM = /^test (.+?) \.\.\. bench:/;
const RESULT = /^test (.+?) \.\.\. bench:\s+([\d,._]+) (\S+?)(\/iter|\/s) \(\+\/- ([\d,._]+)\)(?: = ([\d,._]+) MB\/s)?\s*$/;
const CLAIMED = ' ... bench:';
/** `[\d,._]` */
function isNumberChar(c) {
    return (c >= 48 && c <= 57) || c === 44 || c === 46 || c === 95;
}
/**
 * RESULT's groups by a scan, for a line RESULT matches at the first ` ... bench:` after a name (the
 * one its lazy name tries first; its other parts have one way each to match); undefined for any other
 * line, which RESULT itself then reads. A file of a million results spends less than half the time.
 */
function resultOf(line) {
    const p = line.startsWith('test ') ? line.indexOf(CLAIMED, 6) : -1;
    if (p < 0)
        return undefined;
    const name = line.slice(5, p);
    if (holdsLineTerminator(name))
        return undefined;
    const len = line.length;
    const run = (from, ok) => {
        let i = from;
        while (i < len && ok(line.charCodeAt(i)))
            i++;
        return i;
    };
    const v0 = run(p + CLAIMED.length, isJsSpace);
    const v1 = run(v0, isNumberChar);
    if (v0 === p + CLAIMED.length || v1 === v0 || line.charCodeAt(v1) !== 32)
        return undefined;
    const t1 = run(v1 + 1, (c) => !isJsSpace(c));
    const suffix = line.endsWith('/iter', t1) ? '/iter' : line.endsWith('/s', t1) ? '/s' : undefined;
    if (suffix === undefined || t1 - suffix.length <= v1 + 1 || !line.startsWith(' (+/- ', t1))
        return undefined;
    const d0 = t1 + 6;
    const d1 = run(d0, isNumberChar);
    if (d1 === d0 || line.charCodeAt(d1) !== 41 /* ) */)
        return undefined;
    let end = d1 + 1;
    let mbs;
    if (line.startsWith(' = ', end)) {
        const m1 = run(end + 3, isNumberChar);
        if (m1 > end + 3 && line.startsWith(' MB/s', m1)) {
            mbs = line.slice(end + 3, m1);
            end = m1 + 5;
        }
    }
    if (run(end, isJsSpace) !== len)
        return undefined;
    return [
        line,
        name,
        line.slice(v0, v1),
        line.slice(v1 + 1, t1 - suffix.length),
        suffix,
        line.slice(d0, d1),
        mbs,
    ];
}
/** "ns/iter" and the other times per iteration are "time", a rate "throughput"; else the unit's name. */
function metricOfUnit(unit) {
    const metric = unitInfo(unit).metric;
    return metric === 'time' || metric === 'throughput' ? metric : unit.replace(/\/iter$/, '');
}
function seriesOf(kind, name, unit, value, dev, mbs) {
    const out = [
        {
            name,
            // "ns/iter" and the other times per iteration are "time"; a count per iteration ("cycles/iter")
            // or a rate ("MS/s") is a metric of its own, named by its unit.
            metric: metricOfUnit(unit),
            rawUnit: unit,
            value,
            spread: kind === 'libtest' ? { low: Math.max(0, value - dev), high: value + dev } : { stddev: dev },
        },
    ];
    if (mbs !== undefined)
        out.push({ name, metric: 'throughput', rawUnit: 'MB/s', value: mbs });
    return out;
}
class Collected {
    file;
    series = [];
    /** The names seen, and the line of each (KeyTable: a Map of a million names costs more). */
    seen = new KeyTable();
    lines = [];
    constructor(file) {
        this.file = file;
    }
    /** Refuse a name seen before; remember where this one was. */
    first(name, line) {
        const id = this.seen.idOf(name, '');
        if (id >= 0) {
            throw new src_errors/* ParseError */.mB(this.file, line, `expected each benchmark once, "${name}" already appeared on line ${this.lines[id]}`);
        }
        this.lines.push(line);
    }
    add(raws, line) {
        this.first(raws[0].name, line);
        for (const raw of raws)
            this.series.push(makeSeriesAt(raw, this.file, () => line));
    }
}
/* The end of the run from `i` (before `end`) of `[\d,._]`, or of anything but spaces (skipBlanks for
   spaces).
   One loop each, not one loop taking a test: a call per character that V8 cannot inline. */
function numberCharsFrom(text, i, end) {
    while (i < end && isNumberChar(text.charCodeAt(i)))
        i++;
    return i;
}
function wordFrom(text, i, end) {
    while (i < end && !isJsSpace(text.charCodeAt(i)))
        i++;
    return i;
}
/**
 * The line text[start, end) read in place when it is the usual result, `test <name> ... bench: <v>
 * ns/iter (+/- <d>)[ = <m> MB/s]`, with what `readLine` would make of it; false for any other line
 * (another unit, a name holding a line terminator, a number readNumber refuses, `test result:`), which
 * `readLine` then reads. `claim` is where the first ` ... bench:` at or after start + 6 is.
 */
function readUsual(kind, text, start, end, claim, n, out) {
    const p = claim;
    // "test result: FAILED" lines are failedTest's
    if (p + CLAIMED.length > end || text.charCodeAt(start + 5) === 114 /* r */)
        return false;
    // the name as resultOf slices it (no line terminator in it), trimmed as parseText trims it
    let a = -1;
    let b = -1;
    for (let i = start + 5; i < p; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 0x2028 || c === 0x2029)
            return false;
        if (!isJsSpace(c)) {
            if (a < 0)
                a = i;
            b = i + 1;
        }
    }
    if (a < 0)
        return false;
    const v0 = skipBlanks(text, p + CLAIMED.length, end);
    const v1 = numberCharsFrom(text, v0, end);
    if (v0 === p + CLAIMED.length || v1 === v0 || text.charCodeAt(v1) !== 32)
        return false;
    const t1 = wordFrom(text, v1 + 1, end);
    if (t1 !== v1 + 8 || !isAt(text, 'ns/iter', v1 + 1) || !isAt(text, ' (+/- ', t1))
        return false;
    const d0 = t1 + 6;
    const d1 = numberCharsFrom(text, d0, end);
    if (d1 === d0 || d1 >= end || text.charCodeAt(d1) !== 41 /* ) */)
        return false;
    let tail = d1 + 1;
    let m0 = -1;
    let m1 = -1;
    if (isAt(text, ' = ', tail)) {
        const e = numberCharsFrom(text, tail + 3, end);
        if (e > tail + 3 && e + 5 <= end && isAt(text, ' MB/s', e)) {
            m0 = tail + 3;
            m1 = e;
            tail = e + 5;
        }
    }
    if (skipBlanks(text, tail, end) !== end)
        return false;
    const value = numberIn(text, v0, v1);
    const dev = numberIn(text, d0, d1);
    const mbs = m0 < 0 ? undefined : numberIn(text, m0, m1);
    if (value === undefined || dev === undefined || (m0 >= 0 && mbs === undefined))
        return false;
    const name = text.slice(a, b);
    out.first(name, n);
    const spread = kind === 'libtest' ? { low: Math.max(0, value - dev), high: value + dev } : { stddev: dev };
    out.series.push(makeSeries({ name, metric: 'time', rawUnit: 'ns', value, spread }, out.file, n));
    if (mbs !== undefined)
        out.series.push(makeSeries({ name, metric: 'throughput', rawUnit: 'MB/s', value: mbs }, out.file, n));
    return true;
}
/** Any `test ` line, as a string: failures, other units and every line readUsual leaves. */
function readLine(kind, line, n, out) {
    const file = out.file;
    failedTest(line, file, n);
    // "test x ... ok", "test x ... ignored", "test result: ok. ...": no CLAIM without " ... bench:"
    if (!line.includes(' ... bench:') || !CLAIM.test(line))
        return;
    const m = resultOf(line) ?? RESULT.exec(line);
    if (!m) {
        throw new src_errors/* ParseError */.mB(file, n, 'expected "bench: <value> ns/iter (+/- <deviation>)"', line);
    }
    const num = (s, what) => {
        const v = readNumber(s);
        if (v === undefined)
            throw new src_errors/* ParseError */.mB(file, n, `expected a number for the ${what} of "${m[1]}"`, s);
        return v;
    };
    out.add(seriesOf(kind, m[1].trim(), m[4] === '/s' ? `${m[3]}/s` : m[3], num(m[2], 'time'), num(m[5], 'deviation'), m[6] === undefined ? undefined : num(m[6], 'throughput')), n);
}
/**
 * The lines of `text` (LF or CRLF, as `eachLine` splits them): a line that does not start with
 * `test ` is never sliced, the usual result is read in place, every other `test ` line as a string.
 */
function parseText(kind, text, file) {
    const out = new Collected(file);
    let n = 0;
    let start = 0;
    // the next " ... bench:" at or after the last line's start + 6 (each search goes on from the one
    // before, so finding them all reads the file once)
    let claim = -1;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const stop = nl < 0 ? text.length : nl;
        const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
        n++;
        if (end - start >= 5 && isAt(text, 'test ', start)) {
            if (claim < start + 6 && claim !== Infinity) {
                const at = text.indexOf(CLAIMED, start + 6);
                claim = at < 0 ? Infinity : at;
            }
            if (claim + CLAIMED.length <= end) {
                if (!readUsual(kind, text, start, end, claim, n, out))
                    readLine(kind, text.slice(start, end), n, out);
            }
            else if (mayMatter(text, start, end))
                readLine(kind, text.slice(start, end), n, out);
        }
        if (nl < 0)
            break;
        start = nl + 1;
    }
    if (out.series.length === 0) {
        throw new src_errors/* ParseError */.mB(file, n, 'expected at least one "test <name> ... bench: <value> ns/iter" line');
    }
    return out.series;
}
/**
 * Whether the `test ` line text[start, end), which holds no ` ... bench:` from start + 6 on, is one
 * readLine acts on: a failure (failedTest) or a claim just after "test" (` ... bench:` at start + 4
 * or 5, an empty name). "test x ... ignored", "test x ... ok" and "test result: ok. …" are not: they
 * are passed by without a line string.
 */
function mayMatter(text, start, end) {
    const t = skipBlanksBack(text, start, end); // line.trimEnd()
    return ((t - start >= 19 && isAt(text, 'test result: FAILED', start)) ||
        (t - start >= 11 && isAt(text, ' ... FAILED', t - 11)) ||
        (end - start >= 4 + CLAIMED.length && isAt(text, CLAIMED, start + 4)) ||
        (end - start >= 5 + CLAIMED.length && isAt(text, CLAIMED, start + 5)));
}
/** The end of text[from, to) without the JavaScript whitespace at its end (what trimEnd keeps). */
function skipBlanksBack(text, from, to) {
    let j = to;
    while (j > from && isJsSpace(text.charCodeAt(j - 1)))
        j--;
    return j;
}
/**
 * A failed benchmark is never silent: `test <name> ... FAILED` names it, and `test result: FAILED` (the
 * summary of a binary whose failing line was not captured) fails the whole run.
 */
function failedTest(line, file, lineNumber) {
    const t = line.trimEnd();
    if (t.endsWith(' ... FAILED')) {
        throw new src_errors/* ParseError */.mB(file, lineNumber, `expected every benchmark to pass, ${t.slice(5, -11).trim()} FAILED (a failing run is not recorded)`);
    }
    if (t.startsWith('test result: FAILED')) {
        throw new src_errors/* ParseError */.mB(file, lineNumber, 'expected a passing run, libtest printed "test result: FAILED" (a failing run is not recorded)');
    }
}
/** libtest's `--format json` events, one object per line; only `"type": "bench"` events are results. */
function parseJsonEvents(text, file) {
    const out = new Collected(file);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line.startsWith('{'))
            continue; // cargo's own lines when stderr was captured too
        let ev;
        try {
            ev = JSON.parse(line);
        }
        catch {
            throw new src_errors/* ParseError */.mB(file, i + 1, 'expected one JSON event per line', line);
        }
        if (typeof ev !== 'object' || ev === null)
            continue;
        const e = ev;
        if (e.event === 'failed' && (e.type === 'test' || e.type === 'bench' || e.type === 'suite')) {
            throw new src_errors/* ParseError */.mB(file, i + 1, typeof e.name === 'string' && e.type !== 'suite'
                ? `expected every benchmark to pass, ${e.name} failed (a failing run is not recorded)`
                : 'expected a passing run, the libtest suite failed (a failing run is not recorded)');
        }
        if (e.type !== 'bench')
            continue;
        const name = e.name;
        if (typeof name !== 'string' || name === '')
            throw new src_errors/* ParseError */.mB(file, i + 1, 'expected a "name" in the bench event', line);
        const num = (k, optional = false) => {
            const v = e[k];
            if (v === undefined && optional)
                return undefined;
            if (typeof v !== 'number' || !Number.isFinite(v))
                throw new src_errors/* ParseError */.mB(file, i + 1, `expected a number for "${k}" of "${name}"`, JSON.stringify(v) ?? 'nothing');
            return v;
        };
        out.add(seriesOf('libtest', name, 'ns', num('median'), num('deviation'), num('mib_per_second', true)), i + 1);
    }
    if (out.series.length === 0)
        throw new src_errors/* ParseError */.mB(file, lines.length, 'expected at least one { "type": "bench" } event');
    return out.series;
}
const HEAD = 65536;
const BENCH_LINE = /^test .+? \.\.\. bench:\s+[\d,._]+ \S+\/(?:iter|s) \(\+\/- /m;
const JSON_EVENT = /^\{\s*"type"\s*:\s*"(?:suite|test|bench)"\s*,\s*"(?:event|name)"\s*:/;
const libtest = {
    name: 'libtest',
    describe: 'cargo bench with the built-in #[bench] harness (text, or -Z unstable-options --format json)',
    detect(text) {
        const head = text.slice(0, HEAD);
        const firstJson = /^\s*(\{.*)$/m.exec(head);
        if (firstJson && JSON_EVENT.test(firstJson[1]))
            return true;
        return BENCH_LINE.test(head) && /^running \d+ tests?$/m.test(head);
    },
    parse(text, file) {
        const firstJson = /^\s*(\{.*)$/m.exec(text.slice(0, HEAD));
        if (firstJson && JSON_EVENT.test(firstJson[1]))
            return parseJsonEvents(text, file);
        return parseText('libtest', text, file);
    },
};
const criterionBencher = {
    name: 'criterionbencher',
    describe: 'Criterion.rs: cargo bench -- --output-format bencher',
    detect(text) {
        const head = text.slice(0, HEAD);
        return BENCH_LINE.test(head) && !/^running \d+ tests?$/m.test(head);
    },
    parse(text, file) {
        return parseText('criterionbencher', text, file);
    },
};

;// CONCATENATED MODULE: ./src/parse/criterion.ts




/**
 * `[<n> <unit> <n> <unit> <n> <unit>]` at the start of `rest`: its six fields, or undefined. Found with
 * indexOf and a split, not a regex, so a long line of brackets or blanks stays linear.
 */
function tripleFields(rest) {
    if (!rest.startsWith('['))
        return undefined;
    const close = rest.indexOf(']');
    if (close < 0)
        return undefined;
    const fields = rest.slice(1, close).trim().split(/\s+/);
    return fields.length === 6 ? fields : undefined;
}
function isWordChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function criterion_isBlank(c) {
    return c === 32 || (c >= 9 && c <= 13);
}
/**
 * `<before> time: [<rest>`: the text before the first "time:" that starts a word and is followed by
 * blanks and `[`, and the text after the `[`. Linear: each candidate looks only at the blanks after it.
 */
function timeLine(line) {
    for (let at = line.indexOf('time:'); at >= 0; at = line.indexOf('time:', at + 5)) {
        if (at > 0 && isWordChar(line.charCodeAt(at - 1)))
            continue;
        let i = at + 5;
        if (i >= line.length || !criterion_isBlank(line.charCodeAt(i)))
            continue;
        while (i < line.length && criterion_isBlank(line.charCodeAt(i)))
            i++;
        if (line.charCodeAt(i) === 91 /* [ */)
            return { before: line.slice(0, at), rest: line.slice(i + 1) };
    }
    return undefined;
}
const THRPT_LINE = /^\s+thrpt:\s+\[/;
// eslint-disable-next-line no-control-regex
const criterion_ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
function clean(raw) {
    let line = withoutCr(raw);
    const cr = line.lastIndexOf('\r');
    if (cr >= 0)
        line = line.slice(cr + 1);
    if (line.includes('\u001b'))
        line = line.replace(criterion_ANSI, '');
    return line;
}
/** Lines that are never an id standing alone. */
function isNoise(line) {
    const t = line.trim();
    return (t === '' ||
        line.startsWith(' ') ||
        line.startsWith('\t') ||
        t.startsWith('Benchmarking ') ||
        t.startsWith('Found ') ||
        t.startsWith('WARNING') ||
        t.startsWith('Warning') ||
        t.startsWith('Gnuplot not found') ||
        t.startsWith('running ') ||
        t.startsWith('test result:') ||
        t.startsWith('Running ') ||
        t.startsWith('Finished ') ||
        t.startsWith('Compiling '));
}
const criterionConsole = {
    name: 'criterion',
    describe: 'Criterion.rs console output of cargo bench',
    detect(text) {
        // bounded quantifiers: a run of digits must not be split every way between two of them
        return /time:\s{1,40}\[[-+\d.]{1,30}\s?[^\s\d]\S{0,20} [-+\d.]{1,30}\s?[^\s\d]\S{0,20} [-+\d.]{1,30}\s?[^\s\d]\S{0,20}\]/.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const lines = text.split('\n');
        const out = [];
        const seen = new Map();
        let pendingId; // an id printed alone, waiting for its time: line
        let current; // the last result, for its thrpt: line
        let inChange = false;
        const triple = (rest, lineNo, name, what) => {
            const m = tripleFields(rest);
            if (!m)
                throw new src_errors/* ParseError */.mB(file, lineNo, `expected "${what}: [<low> <unit> <estimate> <unit> <high> <unit>]" for "${name}"`, rest.trim());
            const v = [m[0], m[2], m[4]].map((s) => {
                const n = readNumber(s);
                if (n === undefined)
                    throw new src_errors/* ParseError */.mB(file, lineNo, `expected a number in the ${what} of "${name}"`, s);
                return n;
            });
            return { v, u: [m[1], m[3], m[5]] };
        };
        for (let i = 0; i < lines.length; i++) {
            const lineNo = i + 1;
            const line = clean(lines[i]);
            const time = timeLine(line);
            if (time) {
                const before = time.before;
                const head = before.trimEnd();
                if ((head.endsWith('change:') &&
                    (head.length === 7 || !isWordChar(head.charCodeAt(head.length - 8)))) ||
                    line.includes('%')) {
                    // a change estimate (percentages), never a result
                    continue;
                }
                let name;
                if (before.trim() !== '')
                    name = before.trim();
                else if (pendingId !== undefined && !inChange)
                    name = pendingId;
                else
                    throw new src_errors/* ParseError */.mB(file, lineNo, 'expected a benchmark id before "time:"', line.trim());
                const { v, u } = triple(`[${time.rest}`, lineNo, name, 'time');
                const first = seen.get(name);
                if (first !== undefined)
                    throw new src_errors/* ParseError */.mB(file, lineNo, `expected each benchmark once, "${name}" already appeared on line ${first}`);
                seen.set(name, lineNo);
                // the three numbers may carry different units ("999.1 ns 1.0012 µs 1.0031 µs"): convert each.
                // A custom Measurement prints its own unit ("cycles"), kept as the metric and unit.
                const c = (0,src_units/* canonical */.$N)(u[1]);
                const conv = (k) => inUnit(v[k], u[k], c.unit, file, lineNo);
                out.push(makeSeriesAt({
                    name,
                    metric: c.kind === 'time' ? 'time' : c.unit,
                    rawUnit: c.unit,
                    value: conv(1),
                    spread: { low: conv(0), high: conv(2) },
                }, file, () => lineNo));
                current = { name, line: lineNo };
                pendingId = undefined;
                inChange = false;
                continue;
            }
            if (THRPT_LINE.test(line)) {
                if (inChange || line.includes('%'))
                    continue;
                if (!current)
                    throw new src_errors/* ParseError */.mB(file, lineNo, 'expected a "time:" line before "thrpt:"', line.trim());
                const { v, u } = triple(line.slice(line.indexOf('[')), lineNo, current.name, 'thrpt');
                const unit = rateUnit(u[1]);
                const conv = (k) => {
                    return (0,src_units/* scaleBy */.Qb)(v[k], rateFactor(u[k], unit, file, lineNo));
                };
                out.push(makeSeriesAt({
                    name: current.name,
                    metric: 'throughput',
                    rawUnit: unit,
                    value: conv(1),
                    spread: { low: conv(0), high: conv(2) },
                }, file, () => lineNo));
                current = undefined;
                continue;
            }
            if (/^\s+change:\s*$/.test(line)) {
                inChange = true;
                continue;
            }
            if (/^\s+change:/.test(line))
                continue; // one-line change of a benchmark without throughput
            if (!isNoise(line)) {
                pendingId = line.trim();
                inChange = false;
                current = undefined;
            }
            else if (line.trim() === '' || line.trim().startsWith('Benchmarking ')) {
                inChange = false;
            }
        }
        if (out.length === 0)
            throw new src_errors/* ParseError */.mB(file, lines.length, 'expected at least one "<id>  time:   [...]" result');
        return out;
    },
};
/** `v` in `raw` units, converted to the canonical `unit` the estimate's own unit maps to. */
function inUnit(v, raw, unit, file, line) {
    const c = (0,src_units/* canonical */.$N)(raw);
    if (c.unit !== unit)
        throw new src_errors/* ParseError */.mB(file, line, `expected the same kind of unit as ${unit}`, raw);
    return (0,src_units/* scaleBy */.Qb)(v, c.factor);
}
/** The canonical unit of a throughput ("GiB/s" → "B/s", "Melem/s" → "elem/s"), for all three numbers. */
function rateUnit(raw) {
    return (0,src_units/* canonical */.$N)(raw).unit;
}
/** Factor from a raw rate unit to `unit`, in which makeSeries will then leave it (factor 1 for canonical). */
function rateFactor(raw, unit, file, line) {
    const c = (0,src_units/* canonical */.$N)(raw);
    if (c.unit !== unit || (c.kind !== 'rate' && c.kind !== 'byte-rate'))
        throw new src_errors/* ParseError */.mB(file, line, `expected throughput units like ${unit}`, raw);
    return c.factor;
}

;// CONCATENATED MODULE: ./src/parse/criterion-estimates.ts

function criterionSeries(m, file, line) {
    const time = {
        name: m.name,
        metric: 'time',
        rawUnit: m.unit,
        value: m.median.estimate,
        samples: m.samples,
        spread: { low: m.median.low, high: m.median.high, stddev: m.stddev },
    };
    const out = [makeSeriesAt(time, file, line)];
    const t = m.throughput;
    if (t && out[0].unit === 'ns' && t.perIteration > 0 && out[0].value > 0) {
        // work per iteration / ns per iteration, per second; a larger time is a smaller rate
        const rate = (ns) => ns === undefined || ns <= 0 ? undefined : (t.perIteration * 1e9) / ns;
        const s = out[0];
        const samples = s.samples?.every((x) => x > 0) ? s.samples.map((x) => rate(x)) : undefined;
        out.push(makeSeriesAt({
            name: m.name,
            metric: 'throughput',
            rawUnit: t.kind === 'bytes' ? 'B/s' : 'elem/s',
            value: rate(s.value),
            samples,
            spread: { low: rate(s.spread?.high), high: rate(s.spread?.low) },
        }, file, line));
    }
    return out;
}
/** Criterion's throughput names: `Bytes`/`BytesDecimal`/`Elements` (folder) or `bytes`/`elements` (JSON). */
function throughputKind(name) {
    const k = name.toLowerCase();
    if (k === 'bytes' || k === 'bytesdecimal' || k === 'bytes_decimal')
        return 'bytes';
    if (k === 'elements')
        return 'elements';
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/criterion-folder.ts



const NEW_FILE = /^(?:(.*)\/)?new\/(benchmark|estimates|sample)\.json$/;
function estimate(r, doc, key, required) {
    const e = doc[key];
    if (e === undefined || e === null) {
        if (required)
            r.fail([], `expected "${key}" in estimates.json`);
        return undefined;
    }
    const rec = r.record(e, [key], `"${key}"`);
    const point = r.number(rec.point_estimate, [key, 'point_estimate'], `"${key}.point_estimate"`);
    const ci = isRecord(rec.confidence_interval) ? rec.confidence_interval : {};
    return {
        estimate: point,
        low: r.optionalNumber(ci.lower_bound, [key, 'confidence_interval', 'lower_bound'], `"${key}" lower bound`),
        high: r.optionalNumber(ci.upper_bound, [key, 'confidence_interval', 'upper_bound'], `"${key}" upper bound`),
    };
}
const criterionFolder = {
    name: 'criterion',
    describe: "Criterion.rs's target/criterion folder (cargo bench)",
    detectFolder(paths) {
        return (paths.some((p) => /(?:^|\/)new\/benchmark\.json$/.test(p)) &&
            paths.some((p) => /(?:^|\/)new\/estimates\.json$/.test(p)));
    },
    wants(path) {
        return NEW_FILE.test(path);
    },
    parseFolder(files, folder) {
        const dirs = new Map();
        for (const f of files) {
            const m = NEW_FILE.exec(f.path);
            if (!m)
                continue;
            const dir = m[1] ?? '';
            const d = dirs.get(dir) ?? {};
            d[m[2]] = f;
            dirs.set(dir, d);
        }
        const found = [];
        for (const [dir, d] of dirs) {
            const where = (f) => `${folder}/${dir ? `${dir}/` : ''}new/${f}`;
            if (!d.estimates) {
                if (d.benchmark || d.sample)
                    throw new src_errors/* ParseError */.mB(where('estimates.json'), 0, 'expected estimates.json beside benchmark.json, it is missing');
                continue;
            }
            if (!d.benchmark) {
                throw new src_errors/* ParseError */.mB(where('benchmark.json'), 0, 'expected benchmark.json beside estimates.json (written by Criterion.rs 0.3 and later), it is missing');
            }
            const bFile = where('benchmark.json');
            const br = new JsonReader(d.benchmark.text, bFile);
            const bench = br.record(parseJson(d.benchmark.text, bFile), [], 'benchmark.json');
            const name = br.string(bench.full_id, ['full_id'], '"full_id"');
            let throughput;
            if (isRecord(bench.throughput)) {
                for (const [k, v] of Object.entries(bench.throughput)) {
                    const kind = throughputKind(k);
                    if (kind)
                        throughput = { kind, perIteration: br.number(v, ['throughput', k], `"throughput.${k}"`) };
                }
            }
            const eFile = where('estimates.json');
            const er = new JsonReader(d.estimates.text, eFile);
            const est = er.record(parseJson(d.estimates.text, eFile), [], 'estimates.json');
            const median = estimate(er, est, 'median', true);
            const stddev = estimate(er, est, 'std_dev', false)?.estimate;
            let samples;
            if (d.sample) {
                const sFile = where('sample.json');
                const sr = new JsonReader(d.sample.text, sFile);
                const sample = sr.record(parseJson(d.sample.text, sFile), [], 'sample.json');
                const iters = sr.numbers(sample.iters, ['iters'], '"iters"');
                const times = sr.numbers(sample.times, ['times'], '"times"');
                if (iters.length !== times.length)
                    sr.fail(['times'], `expected as many "times" as "iters" (${iters.length}), got ${times.length}`);
                const zero = iters.findIndex((n) => n <= 0);
                if (zero >= 0)
                    sr.fail(['iters', zero], 'expected a positive iteration count');
                samples = times.map((t, i) => t / iters[i]);
            }
            found.push({
                name,
                where: bFile,
                series: criterionSeries({ name, unit: 'ns', samples, median, stddev, throughput }, eFile, () => 1),
            });
        }
        if (found.length === 0)
            throw new src_errors/* ParseError */.mB(folder, 0, 'expected at least one <benchmark>/new/estimates.json in the Criterion folder');
        found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (let i = 1; i < found.length; i++) {
            if (found[i].name === found[i - 1].name)
                throw new src_errors/* ParseError */.mB(found[i].where, 1, `expected each benchmark id once, "${found[i].name}" is also in ${found[i - 1].where}`);
        }
        return found.flatMap((f) => f.series);
    },
};

;// CONCATENATED MODULE: ./src/parse/cargocriterion.ts



const cargoCriterion = {
    name: 'cargocriterion',
    describe: 'cargo criterion --message-format=json',
    detect(text) {
        return /^\{\s*"reason"\s*:\s*"(?:benchmark-complete|group-complete)"/m.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const out = [];
        const seen = new Map();
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const lineNo = i + 1;
            const line = lines[i].trim();
            if (!line.startsWith('{'))
                continue;
            let msg;
            try {
                msg = JSON.parse(line);
            }
            catch {
                throw new src_errors/* ParseError */.mB(file, lineNo, 'expected one JSON message per line', line);
            }
            if (!isRecord(msg) || msg.reason !== 'benchmark-complete')
                continue;
            const fail = (what, v) => {
                throw new src_errors/* ParseError */.mB(file, lineNo, what, describeJson(v));
            };
            const num = (v, what) => typeof v === 'number' && Number.isFinite(v) ? v : fail(`expected a number for ${what}`, v);
            const name = typeof msg.id === 'string' && msg.id !== '' ? msg.id : fail('expected a non-empty "id"', msg.id);
            const unit = typeof msg.unit === 'string' ? msg.unit : fail(`expected a "unit" for "${name}"`, msg.unit);
            const first = seen.get(name);
            if (first !== undefined)
                throw new src_errors/* ParseError */.mB(file, lineNo, `expected each benchmark once, "${name}" already appeared on line ${first}`);
            seen.set(name, lineNo);
            const median = isRecord(msg.median)
                ? msg.median
                : fail(`expected a "median" estimate for "${name}"`, msg.median);
            const m = {
                name,
                unit,
                median: {
                    estimate: num(median.estimate, `"median.estimate" of "${name}"`),
                    low: median.lower_bound === undefined
                        ? undefined
                        : num(median.lower_bound, `"median.lower_bound" of "${name}"`),
                    high: median.upper_bound === undefined
                        ? undefined
                        : num(median.upper_bound, `"median.upper_bound" of "${name}"`),
                },
            };
            if (msg.measured_values !== undefined || msg.iteration_count !== undefined) {
                const values = Array.isArray(msg.measured_values)
                    ? msg.measured_values
                    : fail(`expected a list for "measured_values" of "${name}"`, msg.measured_values);
                const iters = Array.isArray(msg.iteration_count)
                    ? msg.iteration_count
                    : fail(`expected a list for "iteration_count" of "${name}"`, msg.iteration_count);
                if (values.length !== iters.length)
                    throw new src_errors/* ParseError */.mB(file, lineNo, `expected as many "measured_values" as "iteration_count" for "${name}"`);
                m.samples = values.map((v, k) => {
                    const n = num(iters[k], `"iteration_count" of "${name}"`);
                    if (n <= 0)
                        fail(`expected positive iteration counts for "${name}"`, n);
                    return num(v, `"measured_values" of "${name}"`) / n;
                });
            }
            if (Array.isArray(msg.throughput) && msg.throughput.length > 0) {
                const t = msg.throughput[0];
                if (isRecord(t) && typeof t.unit === 'string') {
                    const kind = throughputKind(t.unit);
                    if (kind)
                        m.throughput = {
                            kind,
                            perIteration: num(t.per_iteration, `"throughput.per_iteration" of "${name}"`),
                        };
                }
            }
            for (const s of criterionSeries(m, file, () => lineNo))
                out.push(s);
        }
        if (out.length === 0)
            throw new src_errors/* ParseError */.mB(file, lines.length, 'expected at least one "benchmark-complete" message');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/jsonscan.ts
/**
 * Read the elements of one top-level array of a large JSON document one at a time, so a 100 MB Google
 * Benchmark file never exists twice in memory (once as text, once as a tree of objects). The scanner
 * only finds where each element starts and ends (strings and nesting respected); each element is then
 * handed to JSON.parse, which also validates it. Every other top-level value is validated with
 * JSON.parse too, so what this accepts is exactly what JSON.parse of the whole text would accept.
 */


const QUOTE = 34;
const BACKSLASH = 92;
function jsonscan_isWs(c) {
    return c === 32 || c === 10 || c === 13 || c === 9;
}
/** Counts lines incrementally: offsets are asked for in increasing order, so the file is scanned once. */
class LineCounter {
    text;
    pos = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (offset < this.pos) {
            this.pos = 0;
            this.line = 1;
        }
        let nl = this.text.indexOf('\n', this.pos);
        while (nl >= 0 && nl < offset) {
            this.line++;
            nl = this.text.indexOf('\n', nl + 1);
        }
        this.pos = offset;
        return this.line;
    }
}
/** Index just past the string that opens at `i`, or -1 when the text ends inside it. */
function endOfString(text, i) {
    let j = i + 1;
    for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
            return -1;
        let k = q - 1;
        let backslashes = 0;
        while (text.charCodeAt(k) === BACKSLASH) {
            backslashes++;
            k--;
        }
        if (backslashes % 2 === 0)
            return q + 1;
        j = q + 1;
    }
}
/** Index just past the value that starts at `i`, or -1 when the text ends inside it. */
function endOfValue(text, i) {
    const n = text.length;
    const first = text.charCodeAt(i);
    if (first === QUOTE)
        return endOfString(text, i);
    if (first === 123 || first === 91) {
        let depth = 0;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
                i = endOfString(text, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c === 123 || c === 91)
                depth++;
            else if (c === 125 || c === 93) {
                depth--;
                if (depth === 0)
                    return i + 1;
            }
            i++;
        }
        return -1;
    }
    // a number, true, false or null: up to the next delimiter
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 44 || c === 93 || c === 125 || jsonscan_isWs(c))
            return i;
        i++;
    }
    return i;
}
function skipWs(text, i) {
    while (i < text.length && jsonscan_isWs(text.charCodeAt(i)))
        i++;
    return i;
}
/**
 * Walk a document `{ ..., "<key>": [ e0, e1, ... ], ... }`. Returns false when the top level is an
 * object without `key` (or `key` is not an array); throws a ParseError naming the line for anything
 * that is not valid JSON.
 */
function scanArrayUnderKey(text, file, key, h) {
    const lines = new LineCounter(text);
    const fail = (at, expected, found) => {
        throw new src_errors/* ParseError */.mB(file, lines.at(Math.min(at, text.length)), expected, found);
    };
    const truncated = () => fail(text.length, 'expected complete JSON, the file ends early (truncated?)');
    const parse = (start, end) => {
        try {
            return JSON.parse(text.slice(start, end));
        }
        catch (e) {
            // One line with the exact spot, whatever V8's message looks like in this Node version.
            throw jsonParseError(text.slice(start, end), file, e, start, text);
        }
    };
    const lineAt = (offset) => lines.at(offset);
    const foundAt = (i) => (i >= text.length ? 'the end of the file' : text.slice(i, i + 20));
    let i = skipWs(text, 0);
    if (text.charCodeAt(i) !== 123)
        fail(i, 'expected a JSON object', foundAt(i));
    i = skipWs(text, i + 1);
    let sawKey = false;
    if (text.charCodeAt(i) === 125)
        i++;
    else {
        for (;;) {
            if (i >= text.length)
                truncated();
            if (text.charCodeAt(i) !== QUOTE)
                fail(i, 'expected a quoted key in the JSON object', foundAt(i));
            const keyEnd = endOfString(text, i);
            if (keyEnd < 0)
                truncated();
            const k = parse(i, keyEnd);
            i = skipWs(text, keyEnd);
            if (text.charCodeAt(i) !== 58)
                fail(i, `expected ":" after the key "${k}"`, foundAt(i));
            i = skipWs(text, i + 1);
            if (i >= text.length)
                truncated();
            if (k === key && text.charCodeAt(i) === 91) {
                sawKey = true;
                i = skipWs(text, i + 1);
                let index = 0;
                if (text.charCodeAt(i) === 93)
                    i++;
                else {
                    for (;;) {
                        if (i >= text.length)
                            truncated();
                        // Fast path for flat objects (every Google Benchmark row): try the text up to the first
                        // "}". If that parses, it is the element, since a JSON value has exactly one end; if the
                        // "}" sat inside a string or closed a nested object, it fails and the element is scanned.
                        let end = -1;
                        let value;
                        if (text.charCodeAt(i) === 123) {
                            const close = text.indexOf('}', i);
                            if (close > 0) {
                                try {
                                    value = JSON.parse(text.slice(i, close + 1));
                                    end = close + 1;
                                }
                                catch {
                                    end = -1;
                                }
                            }
                        }
                        if (end < 0) {
                            end = endOfValue(text, i);
                            if (end < 0)
                                truncated();
                            value = parse(i, end);
                        }
                        h.element(value, i, index++, lineAt);
                        i = skipWs(text, end);
                        const c = text.charCodeAt(i);
                        if (c === 93) {
                            i++;
                            break;
                        }
                        if (c !== 44) {
                            if (i >= text.length)
                                truncated();
                            fail(i, `expected "," or "]" after element ${index - 1} of "${key}"`, foundAt(i));
                        }
                        i = skipWs(text, i + 1);
                    }
                }
            }
            else {
                const end = endOfValue(text, i);
                if (end < 0)
                    truncated();
                const value = parse(i, end);
                h.other?.(k, value, lines.at(i));
                i = end;
            }
            i = skipWs(text, i);
            const c = text.charCodeAt(i);
            if (c === 125) {
                i++;
                break;
            }
            if (c !== 44) {
                if (i >= text.length)
                    truncated();
                fail(i, 'expected "," or "}" in the JSON object', foundAt(i));
            }
            i = skipWs(text, i + 1);
        }
    }
    i = skipWs(text, i);
    if (i < text.length)
        fail(i, 'expected the end of the JSON document', foundAt(i));
    return sawKey;
}

;// CONCATENATED MODULE: ./src/parse/googlebenchmark.ts




/** Keys of a row that are not measurements. */
const NOT_COUNTERS = new Set([
    'name',
    'family_index',
    'per_family_instance_index',
    'run_name',
    'run_type',
    'repetitions',
    'repetition_index',
    'threads',
    'iterations',
    'real_time',
    'cpu_time',
    'time_unit',
    'aggregate_name',
    'aggregate_unit',
    'error_occurred',
    'error_message',
    'skipped',
    'skip_message',
    'label',
    'big_o',
    'cpu_coefficient',
    'real_coefficient',
    'rms',
]);
const TIME_UNITS = new Set(['ns', 'us', 'ms', 's']);
function counterUnit(key) {
    if (key === 'bytes_per_second')
        return { rawUnit: 'B/s' };
    if (key === 'items_per_second')
        return { rawUnit: 'items/s' };
    const rate = /(?:per_?sec(?:ond)?|_rate|rate$|\/s)$/i.test(key);
    return { rawUnit: '', direction: rate ? 'bigger' : 'smaller' };
}
/** `BM_x_mean` etc.: an aggregate's name in versions before run_type / aggregate_name. */
const LEGACY_AGGREGATE = /^(.+)_(mean|median|stddev|cv|BigO|RMS)$/;
const googleBenchmark = {
    name: 'googlebenchmark',
    describe: 'Google Benchmark --benchmark_format=json (or --benchmark_out=FILE)',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/^\s*\{\s*"context"\s*:/.test(head) &&
            /"benchmarks"\s*:\s*\[/.test(head) &&
            /"(?:run_type|time_unit|real_time)"\s*:/.test(head));
    },
    parse(text, file) {
        const runs = new Map();
        let lineOf = () => 1;
        let rows = 0;
        let skipped = 0;
        const deferred = [];
        /** Record one row under `runName`; `aggName` says which aggregate it is, undefined for an iteration. */
        const take = (row, runName, aggName, offset) => {
            const name = row.name;
            const line = () => lineOf(offset);
            const wrong = (what, v) => {
                throw new src_errors/* ParseError */.mB(file, line(), what, describeJson(v));
            };
            if (aggName !== undefined && aggName !== 'mean' && aggName !== 'median' && aggName !== 'stddev')
                return;
            const stat = aggName;
            const unit = row.time_unit;
            if (typeof unit !== 'string' || !TIME_UNITS.has(unit))
                wrong(`expected "time_unit" of "${name}" to be ns, us, ms or s`, unit);
            let run = runs.get(runName);
            if (!run) {
                run = { name: runName, offset, metrics: new Map() };
                runs.set(runName, run);
            }
            const record = (metric, rawUnit, v, direction) => {
                let m = run.metrics.get(metric);
                if (!m) {
                    m = { rawUnit, direction, samples: [] };
                    run.metrics.set(metric, m);
                }
                if (stat === undefined)
                    m.samples.push(v);
                else
                    m[stat] = v;
            };
            for (const key of ['real_time', 'cpu_time']) {
                const v = row[key];
                if (typeof v !== 'number' || !Number.isFinite(v))
                    wrong(`expected a number for "${key}" of "${name}"`, v);
                record(key === 'real_time' ? 'time' : 'cpu_time', unit, v);
            }
            for (const key in row) {
                if (NOT_COUNTERS.has(key))
                    continue;
                const v = row[key];
                if (typeof v !== 'number')
                    continue; // a string field a newer version added; not a measurement
                if (!Number.isFinite(v))
                    wrong(`expected a finite number for "${key}" of "${name}"`, v);
                const cu = counterUnit(key);
                record(key, cu.rawUnit, v, cu.direction);
            }
        };
        const found = scanArrayUnderKey(text, file, 'benchmarks', {
            element(row, offset, index, lineAt) {
                rows++;
                lineOf = lineAt;
                const line = () => lineAt(offset);
                if (!isRecord(row)) {
                    throw new src_errors/* ParseError */.mB(file, line(), `expected an object for benchmark ${index}`, describeJson(row));
                }
                const wrong = (what, v) => {
                    throw new src_errors/* ParseError */.mB(file, line(), what, describeJson(v));
                };
                if (typeof row.name !== 'string' || row.name === '')
                    wrong(`expected a non-empty string for "name" of benchmark ${index}`, row.name);
                const name = row.name;
                if (row.error_occurred === true || row.skipped === true) {
                    skipped++;
                    return;
                }
                const legacy = LEGACY_AGGREGATE.exec(name);
                if (legacy &&
                    row.run_type === undefined &&
                    row.aggregate_name === undefined &&
                    row.run_name === undefined) {
                    // Before run_type (Google Benchmark < 1.5), aggregates were only a name suffix. Decided once every
                    // row is in: a "_mean" row is an aggregate only beside its iterations or sibling aggregates.
                    deferred.push({ row, offset, base: legacy[1], stat: legacy[2] });
                    return;
                }
                const runName = typeof row.run_name === 'string' && row.run_name !== '' ? row.run_name : name;
                const aggregate = row.run_type === 'aggregate' ||
                    (row.run_type === undefined && typeof row.aggregate_name === 'string');
                take(row, runName, aggregate ? row.aggregate_name : undefined, offset);
            },
        });
        const siblings = new Map();
        for (const d of deferred)
            siblings.set(d.base, (siblings.get(d.base) ?? 0) + 1);
        for (const d of deferred) {
            if (runs.has(d.base) || siblings.get(d.base) > 1)
                take(d.row, d.base, d.stat, d.offset);
            else
                take(d.row, d.row.name, undefined, d.offset);
        }
        if (!found)
            throw new src_errors/* ParseError */.mB(file, 1, 'expected a "benchmarks" list in the Google Benchmark JSON');
        if (runs.size === 0) {
            throw new src_errors/* ParseError */.mB(file, 1, rows === 0
                ? 'expected at least one benchmark in "benchmarks", got []'
                : `expected at least one benchmark with a result, ${skipped} reported errors or were skipped`);
        }
        const out = [];
        for (const run of runs.values()) {
            for (const [metric, m] of run.metrics) {
                const hasSamples = m.samples.length > 0;
                const value = hasSamples ? medianOf(m.samples) : (m.median ?? m.mean);
                if (value === undefined)
                    continue; // only a stddev row: nothing to compare
                const raw = { name: run.name, metric, rawUnit: m.rawUnit, value, direction: m.direction };
                if (hasSamples)
                    raw.samples = m.samples;
                if (m.stddev !== undefined)
                    raw.spread = { stddev: m.stddev };
                out.push(makeSeriesAt(raw, file, () => lineOf(run.offset)));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/text-scan.ts
/**
 * For the line readers that read a text in place: its lines as offsets (`LineCursor`), and searches of
 * the whole text that go on from the last one's result instead of starting again at every line, so
 * that answering them for every line of a file reads the file once (an `indexOf` bounded by the line
 * would not find out more cheaply that a line holds no such string, and an unbounded one per line is
 * quadratic).
 */

/**
 * The lines of a text as `eachLine` splits them (LF or CRLF; the text after the last LF is a line too),
 * at their offsets: `while (lines.next())` visits each, with no string and no closure per line.
 */
class LineCursor {
    text;
    /** The line's first offset. */
    start = 0;
    /** Its end, before its CR LF or LF (or the text's end). */
    end = 0;
    /** Its LF, or text.length for the last line. */
    stop = 0;
    /** Its number from 1; after the last line, the number of lines. */
    n = 0;
    /** Where the next line starts, or -1 after the last. */
    following = 0;
    constructor(text) {
        this.text = text;
    }
    /** Move to the next line; false when there is none. */
    next() {
        const start = this.following;
        if (start < 0)
            return false;
        const text = this.text;
        const nl = text.indexOf('\n', start);
        const stop = nl < 0 ? text.length : nl;
        this.start = start;
        this.stop = stop;
        this.end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
        this.n++;
        this.following = nl < 0 ? -1 : nl + 1;
        return true;
    }
}
/** The first occurrence of one string at or after an offset that never decreases between calls. */
class NextOf {
    text;
    s;
    /** The first occurrence at or after the last search's start, or text.length when there is none. */
    at = -1;
    constructor(text, s) {
        this.text = text;
        this.s = s;
    }
    /** The first offset at or after `from` where the string starts, or text.length; `from` >= last call's. */
    from(from) {
        if (this.at < from) {
            const i = this.text.indexOf(this.s, from);
            this.at = i < 0 ? this.text.length : i;
        }
        return this.at;
    }
    /** Whether the string occurs within text[from, to) (`from` >= last call's). */
    within(from, to) {
        return this.from(from) + this.s.length <= to;
    }
}
/**
 * Where `holdsLineTerminator` of a slice is asked of offsets: whether text[from, to) holds a CR,
 * U+2028 or U+2029 (where a regex's `.` stops), `from` never decreasing between calls.
 */
class LineTerminators {
    cr;
    ls;
    ps;
    constructor(text) {
        this.cr = new NextOf(text, '\r');
        this.ls = new NextOf(text, '\u2028');
        this.ps = new NextOf(text, '\u2029');
    }
    within(from, to) {
        return this.cr.from(from) < to || this.ls.from(from) < to || this.ps.from(from) < to;
    }
}
/** `[0-9]` */
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/**
 * The plain decimal a console prints (`35.96`, `1.2345e-4`) read in the one pass that finds where it
 * ends, with the value `numberIn` gives it: a reader that checks a number's syntax by hand need not
 * have numberIn read it again. One per reader.
 */
class PlainDecimal {
    /**
     * The value of the number `end` returned, as numberIn reads it (an exact mantissa below 2^53 and a
     * decimal exponent within ±22, one IEEE operation); NaN for any other, which numberIn must read.
     */
    value = NaN;
    /**
     * The end of `\d+(?:\.\d+)?(?:e[-+]?\d+)?` at text[from, to), as far as it goes: a `.` or an `e`
     * without its digits after it is not read. `from` when no digit starts there.
     */
    read(text, from, to) {
        let i = from;
        let m = 0;
        let c = 0;
        while (i < to && isDigit((c = text.charCodeAt(i)))) {
            m = m * 10 + (c - 48);
            i++;
        }
        if (i === from)
            return from;
        let scale = 0;
        if (i + 1 < to && text.charCodeAt(i) === 46 /* . */ && isDigit(text.charCodeAt(i + 1))) {
            i++;
            while (i < to && isDigit((c = text.charCodeAt(i)))) {
                m = m * 10 + (c - 48);
                scale--;
                i++;
            }
        }
        if (i + 1 < to && text.charCodeAt(i) === 101 /* e */) {
            let j = i + 1;
            const sign = text.charCodeAt(j);
            if (sign === 43 || sign === 45)
                j++;
            const digits = j;
            let exp = 0;
            while (j < to && isDigit((c = text.charCodeAt(j)))) {
                exp = exp * 10 + (c - 48);
                j++;
            }
            if (j > digits) {
                scale += sign === 45 ? -exp : exp;
                i = j;
            }
        }
        this.value = exactDecimal(m, scale);
        return i;
    }
}
/**
 * What an in-place line reader keeps for its whole text: the text, its line-terminator searches and a
 * decimal reader. Readers extend it.
 */
class TextReader {
    text;
    terminators;
    num = new PlainDecimal();
    constructor(text) {
        this.text = text;
        this.terminators = new LineTerminators(text);
    }
}

;// CONCATENATED MODULE: ./src/parse/googlebenchmark-text.ts






const googlebenchmark_text_TIME_UNITS = ['ns', 'us', 'ms', 's'];
const CONSOLE_UNITS = [...googlebenchmark_text_TIME_UNITS, '%'];
const AGGREGATES = ['_mean', '_median', '_stddev', '_cv'];
/** `204.287M/s`, `4.096k`, `64`, `1.12893k/s` → the number (1024-based for bytes), or undefined. */
function counterValue(text, key) {
    const t = text.endsWith('/s') ? text.slice(0, -2) : text;
    const last = t.charAt(t.length - 1);
    const power = 'kMGTPE'.indexOf(last) + 1;
    const n = readNumber(power > 0 ? t.slice(0, -1) : t);
    if (n === undefined)
        return undefined;
    return n * (key === 'bytes_per_second' ? 1024 : 1000) ** power;
}
/**
 * The rows read so far, merged per printed name as they come: a 100 MB table holds millions of rows
 * and several series per row, so nothing is kept per row, and each printed (name, metric) is a record
 * in parallel arrays (its metric, first line, place in that row, unit, direction, values) rather than
 * an object with a list of values. Names in order of first appearance.
 */
class PrintedRows {
    names = new KeyTable();
    nameList = [];
    /** Each name's first and last record, -1 before it has one. */
    firstRec = [];
    lastRec = [];
    // the records, by record number
    metric = [];
    line = [];
    pos = [];
    rawUnit = [];
    direction = [];
    /** The first value; the later ones (repetitions) in `more`. */
    first = [];
    more = [];
    /** The name's next record, -1 for its last. */
    next = [];
    lastName;
    lastId = -1;
    /** The number of a printed name, registered on its first row. */
    name(name) {
        // repetitions print a name on consecutive rows: comparing it with the last one beats hashing it
        if (name === this.lastName)
            return this.lastId;
        let id = this.names.idOf(name, '');
        if (id < 0) {
            this.nameList.push(name);
            this.firstRec.push(-1);
            this.lastRec.push(-1);
            id = -1 - id;
        }
        this.lastName = name;
        this.lastId = id;
        return id;
    }
    /** `name(t.slice(a, b))`, without the slice when it is the last name again (repetitions). */
    nameAt(t, a, b) {
        const last = this.lastName;
        if (last !== undefined && last.length === b - a && isAt(t, last, a))
            return this.lastId;
        return this.name(t.slice(a, b));
    }
    /** Value number `pos` of a row of name `g`: another value of its metric, or the metric's first. */
    value(g, line, pos, metric, rawUnit, value, dir) {
        for (let r = this.firstRec[g]; r >= 0; r = this.next[r]) {
            if (this.metric[r] === metric) {
                const more = this.more[r];
                if (more)
                    more.push(value);
                else
                    this.more[r] = [value];
                return;
            }
        }
        const r = this.metric.length;
        this.metric.push(metric);
        this.line.push(line);
        this.pos.push(pos);
        this.rawUnit.push(rawUnit);
        this.direction.push(dir);
        this.first.push(value);
        this.more.push(undefined);
        this.next.push(-1);
        if (this.lastRec[g] < 0)
            this.firstRec[g] = r;
        else
            this.next[this.lastRec[g]] = r;
        this.lastRec[g] = r;
    }
    /** A counter's value, with its unit and direction from the key. */
    counter(g, line, pos, key, value) {
        const cu = counterUnit(key);
        this.value(g, line, pos, key, cu.rawUnit, value, cu.direction);
    }
    records(g) {
        return this.firstRec[g];
    }
    /** A record's values in file order. */
    values(r) {
        const more = this.more[r];
        return more ? [this.first[r], ...more] : [this.first[r]];
    }
}
/** Rows grouped by benchmark, aggregates told apart, turned into series. */
function googlebenchmark_text_seriesOf(rows, file) {
    const names = rows.nameList;
    const printed = (name) => rows.names.find(name, '') >= 0;
    const aggregateOf = (name) => {
        for (const kind of AGGREGATES) {
            if (!name.endsWith(kind))
                continue;
            const base = name.slice(0, -kind.length);
            if (printed(base) || AGGREGATES.some((k) => k !== kind && printed(base + k)))
                return { base, kind };
        }
        return undefined;
    };
    // The runs in order of first appearance: a name without aggregates (most of them) is a run of its
    // own, its records already in (line, place) order, kept as its number; the names of a benchmark
    // with aggregates are merged into a list of accumulators per base name.
    // (base names numbered by a KeyTable, their lists by number: Maps of a million names cost more)
    const aggs = names.map(aggregateOf);
    const bases = new KeyTable();
    const merged = [];
    for (const a of aggs)
        if (a && bases.idOf(a.base, '') < 0)
            merged.push([]);
    const runs = [];
    const started = [];
    for (let g = 0; g < names.length; g++) {
        const agg = aggs[g];
        const base = agg ? agg.base : names[g];
        const id = merged.length > 0 ? bases.find(base, '') : -1;
        if (id < 0) {
            runs.push({ name: base, run: g });
            continue;
        }
        const run = merged[id];
        if (!started[id]) {
            started[id] = true;
            runs.push({ name: base, run });
        }
        for (let r = rows.records(g); r >= 0; r = rows.next[r]) {
            const metric = rows.metric[r];
            let acc = run.find((a) => a.metric === metric);
            if (!acc)
                run.push((acc = {
                    metric,
                    line: rows.line[r],
                    pos: rows.pos[r],
                    rawUnit: rows.rawUnit[r],
                    direction: rows.direction[r],
                    samples: [],
                    agg: {},
                }));
            else if (rows.line[r] < acc.line) {
                // the metric's first row in the file decides its unit, line and place, as row by row would
                Object.assign(acc, {
                    line: rows.line[r],
                    pos: rows.pos[r],
                    rawUnit: rows.rawUnit[r],
                    direction: rows.direction[r],
                });
            }
            // only the base name itself gives samples; an aggregate name gives its last printed value
            const values = rows.values(r);
            if (agg)
                acc.agg[agg.kind] = values[values.length - 1];
            else
                acc.samples = values;
        }
    }
    const out = [];
    for (const { name, run } of runs) {
        if (typeof run === 'number') {
            for (let r = rows.records(run); r >= 0; r = rows.next[r]) {
                const raw = {
                    name,
                    metric: rows.metric[r],
                    rawUnit: rows.rawUnit[r],
                    value: rows.first[r],
                    direction: rows.direction[r],
                };
                if (rows.more[r]) {
                    const samples = rows.values(r);
                    raw.value = medianOf(samples);
                    raw.samples = samples;
                }
                else
                    raw.origin = 'console';
                out.push(makeSeries(raw, file, rows.line[r]));
            }
            continue;
        }
        run.sort((x, y) => x.line - y.line || x.pos - y.pos);
        for (const a of run) {
            const metric = a.metric;
            const value = a.samples.length > 0 ? medianOf(a.samples) : (a.agg._median ?? a.agg._mean);
            if (value === undefined)
                continue;
            const raw = { name, metric, rawUnit: a.rawUnit, value, direction: a.direction };
            if (a.samples.length > 1)
                raw.samples = a.samples;
            else
                raw.origin = 'console';
            if (a.agg._stddev !== undefined)
                raw.spread = { stddev: a.agg._stddev };
            out.push(makeSeries(raw, file, a.line));
        }
    }
    if (out.length === 0)
        throw new src_errors/* ParseError */.mB(file, 1, 'expected at least one benchmark row');
    return out;
}
/**
 * The whitespace-separated fields (`\S+`) of a line, text[s, e), as offsets into the text: `start[j]`,
 * `end[j]` for j < `count`. One scanner reused for every line, so a row allocates only the fields it
 * reads.
 */
class Fields {
    start = [];
    end = [];
    count = 0;
    line = '';
    scan(t, s, e) {
        this.line = t;
        let n = 0;
        let i = s;
        while (i < e) {
            // printable ASCII other than the space is never a blank: most characters are decided here
            for (; i < e; i++) {
                const c = t.charCodeAt(i);
                if ((c > 32 && c < 127) || !isJsSpace(c))
                    break;
            }
            if (i >= e)
                break;
            const a = i;
            for (; i < e; i++) {
                const c = t.charCodeAt(i);
                if (!(c > 32 && c < 127) && isJsSpace(c))
                    break;
            }
            this.start[n] = a;
            this.end[n] = i;
            n++;
        }
        this.count = n;
    }
    text(j) {
        return this.line.slice(this.start[j], this.end[j]);
    }
    /** Whether field j is exactly `s`, without slicing it. */
    is(j, s) {
        return this.end[j] - this.start[j] === s.length && isAt(this.line, s, this.start[j]);
    }
    /** Field j as one of the time units or `%` (a shared string, not a slice per row), else undefined. */
    unit(j) {
        for (let u = 0; u < CONSOLE_UNITS.length; u++)
            if (this.is(j, CONSOLE_UNITS[u]))
                return CONSOLE_UNITS[u];
        return undefined;
    }
    /** `readNumber` of field j, read in place. */
    number(j) {
        return numberIn(this.line, this.start[j], this.end[j]);
    }
    /** Whether field j is all ASCII digits (`/^\d+$/`). */
    isDigits(j) {
        for (let k = this.start[j]; k < this.end[j]; k++) {
            const c = this.line.charCodeAt(k);
            if (c < 48 || c > 57)
                return false;
        }
        return true;
    }
    /** Whether the line is a rule (`-----`): one field of dashes only. */
    isRule() {
        if (this.count !== 1)
            return false;
        for (let k = this.start[0]; k < this.end[0]; k++)
            if (this.line.charCodeAt(k) !== 45)
                return false;
        return true;
    }
}
const CONSOLE_HEADER = /^Benchmark\s+Time\s+CPU\s+Iterations(?:\s|$)/;
/** The console table's rows, one line at a time. */
class ConsoleReader {
    file;
    rows = new PrintedRows();
    tabular;
    inTable = false;
    f = new Fields();
    constructor(file) {
        this.file = file;
    }
    /** The line text[s, e) (no line end, no colours) as line n. */
    line(t, s, e, n) {
        const file = this.file;
        if (e - s >= 9 && isAt(t, 'Benchmark', s)) {
            const line = t.slice(s, e);
            if (CONSOLE_HEADER.test(line)) {
                const extra = line.trim().split(/\s+/).slice(4);
                this.tabular =
                    extra.length === 0 || (extra.length === 1 && extra[0] === 'UserCounters...') ? undefined : extra;
                this.inTable = true;
                return;
            }
        }
        if (!this.inTable)
            return;
        const f = this.f;
        f.scan(t, s, e);
        if (f.count === 0 || f.isRule())
            return;
        let k = 1;
        for (; k + 4 < f.count; k++) {
            if (f.unit(k + 1) !== undefined &&
                f.unit(k + 3) !== undefined &&
                f.isDigits(k + 4) &&
                f.number(k) !== undefined &&
                f.number(k + 2) !== undefined)
                break;
        }
        if (k + 4 >= f.count) {
            const line = t.slice(s, e);
            // complexity fits (`BM_Sort_BigO 2.43 NlgN`, `BM_Sort_RMS 29 %`) and SkipWithError rows, as in the JSON
            if (/_(?:BigO|RMS)$/.test(f.count > 0 ? f.text(0) : '') || /ERROR OCCURRED|SKIPPED/.test(line))
                return;
            throw new src_errors/* ParseError */.mB(file, n, 'expected "<name> <time> <unit> <cpu> <unit> <iterations>"', line.trim());
        }
        // the name is the line before the numbers, trimmed: from the first field to the end of field k - 1
        const a = f.start[0];
        const b = f.end[k - 1];
        const percent = f.is(k + 1, '%');
        // a _cv row (percentages) adds nothing, not even its name, but its counters are still checked
        const rows = this.rows;
        const g = percent && b - a >= 3 && isAt(t, '_cv', b - 3) ? -1 : rows.nameAt(t, a, b);
        let pos = 0;
        if (!percent) {
            rows.value(g, n, pos++, 'time', f.unit(k + 1) ?? '', Number(f.number(k)));
            rows.value(g, n, pos++, 'cpu_time', f.unit(k + 3) ?? '', Number(f.number(k + 2)));
        }
        const tabular = this.tabular;
        for (let j = 0; k + 5 + j < f.count; j++) {
            const c = f.text(k + 5 + j);
            const eq = c.indexOf('=');
            const key = tabular ? tabular[j] : c.slice(0, eq);
            const value = tabular ? c : c.slice(eq + 1);
            if (key === undefined || (!tabular && eq <= 0))
                throw new src_errors/* ParseError */.mB(file, n, `expected a counter "key=value" after the iterations of "${t.slice(a, b)}"`, c);
            if (value.endsWith('%'))
                continue; // a _cv row's counters
            const v = counterValue(value, key);
            if (v === undefined)
                throw new src_errors/* ParseError */.mB(file, n, `expected a number for counter "${key}" of "${t.slice(a, b)}"`, value);
            if (g >= 0)
                rows.counter(g, n, pos++, key, v);
        }
    }
}
function parseConsole(text, file) {
    const r = new ConsoleReader(file);
    if (text.includes('\u001b')) {
        eachPlainLine(text, (line, n) => r.line(line, 0, line.length, n));
        return googlebenchmark_text_seriesOf(r.rows, file);
    }
    // without colours, each line is read in place: the lines eachLine would give, unsliced
    const lines = new LineCursor(text);
    while (lines.next())
        r.line(text, lines.start, lines.end, lines.n);
    return googlebenchmark_text_seriesOf(r.rows, file);
}
const CSV_HEADER = 'name,iterations,real_time,cpu_time,time_unit,';
function parseCsv(text, file) {
    const rows = new PrintedRows();
    let columns;
    // the columns every row reads, found once in the header
    let at = { real: -1, cpu: -1, unit: -1, error: -1, counters: [] };
    const f = new CsvRow();
    eachLine(text, (line, n) => {
        if (!columns) {
            if (!line.startsWith(CSV_HEADER))
                return;
            columns = csvFields(line) ?? [];
            const cols = columns;
            at = {
                real: cols.indexOf('real_time'),
                cpu: cols.indexOf('cpu_time'),
                unit: cols.indexOf('time_unit'),
                error: cols.indexOf('error_occurred'),
                counters: cols.flatMap((c, j) => j < 5 || c === 'label' || c === 'error_occurred' || c === 'error_message' ? [] : [j]),
            };
            return;
        }
        if (line.trim() === '')
            return;
        // fields read in place: a row is a few dozen bytes and several series
        if (!f.scan(line) || f.count !== columns.length)
            throw new src_errors/* ParseError */.mB(file, n, `expected ${columns.length} comma-separated fields`, line);
        const name = f.text(0);
        if ((at.error >= 0 && f.is(at.error, 'true')) || name.endsWith('_BigO') || name.endsWith('_RMS'))
            return;
        const cols = columns;
        const num = (j) => {
            const v = f.number(j);
            if (v === undefined)
                throw new src_errors/* ParseError */.mB(file, n, `expected a number for "${cols[j]}" of "${name}"`, f.text(j));
            return v;
        };
        const unit = googlebenchmark_text_TIME_UNITS.find((u) => f.is(at.unit, u));
        if (unit === undefined)
            throw new src_errors/* ParseError */.mB(file, n, 'expected a time_unit of ns, us, ms or s', f.text(at.unit));
        const g = rows.name(name);
        if (!name.endsWith('_cv')) {
            rows.value(g, n, 0, 'time', unit, num(at.real));
            rows.value(g, n, 1, 'cpu_time', unit, num(at.cpu));
            let pos = 2;
            for (const j of at.counters)
                if (!f.isEmpty(j))
                    rows.counter(g, n, pos++, cols[j], num(j));
        }
    });
    if (!columns)
        throw new src_errors/* ParseError */.mB(file, 1, `expected the Google Benchmark CSV header "${CSV_HEADER}…"`);
    return googlebenchmark_text_seriesOf(rows, file);
}
const googleBenchmarkConsole = {
    name: 'googlebenchmark-console',
    describe: 'Google Benchmark console output (the table a benchmark binary prints)',
    detect(text) {
        const head = stripAnsi(text.slice(0, 65536));
        return /^-{20,400}\r?\nBenchmark {2,200}Time {2,200}CPU {2,200}Iterations/m.test(head);
    },
    parse: parseConsole,
};
const googleBenchmarkCsv = {
    name: 'googlebenchmark-csv',
    describe: 'Google Benchmark --benchmark_format=csv (or --benchmark_out=FILE --benchmark_out_format=csv)',
    detect(text) {
        return /^name,iterations,real_time,cpu_time,time_unit,/m.test(text.slice(0, 65536));
    },
    parse: parseCsv,
};

;// CONCATENATED MODULE: ./src/parse/pytest.ts



const pytestBenchmark = {
    name: 'pytest',
    describe: 'pytest-benchmark --benchmark-json=FILE',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/"machine_info"\s*:/.test(head) &&
            /"python_(?:implementation|version)"\s*:/.test(head) &&
            /"(?:benchmarks|commit_info)"\s*:/.test(head));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'the pytest-benchmark JSON');
        if (top.benchmarks === undefined)
            r.fail([], 'expected a "benchmarks" list, as pytest --benchmark-json writes');
        const benchmarks = r.array(top.benchmarks, ['benchmarks'], '"benchmarks"');
        if (benchmarks.length === 0) {
            r.fail(['benchmarks'], 'expected at least one benchmark in "benchmarks", got [] (did any test use the benchmark fixture?)');
        }
        const seen = new Map();
        return benchmarks.map((item, i) => {
            const at = ['benchmarks', i];
            const b = r.record(item, at, `benchmark ${i}`);
            const name = b.fullname === undefined
                ? r.string(b.name, [...at, 'name'], `"name" of benchmark ${i}`)
                : r.string(b.fullname, [...at, 'fullname'], `"fullname" of benchmark ${i}`);
            const stats = r.record(b.stats, [...at, 'stats'], `"stats" of "${name}"`);
            let samples = stats.data === undefined || stats.data === null
                ? undefined
                : r.numbers(stats.data, [...at, 'stats', 'data'], `"stats.data" of "${name}"`);
            // Fewer values than rounds: the list was cut (by a tool or an editor), and its median is not the
            // run's. The summary stays right, so it is used without samples.
            const rounds = typeof stats.rounds === 'number' ? stats.rounds : undefined;
            if (samples && samples.length > 0 && rounds !== undefined && samples.length < rounds) {
                sink?.warn(r.line([...at, 'stats', 'data']), `"stats.data" of "${name}" holds ${samples.length} of ${rounds} rounds; its summary is used, without samples`);
                samples = undefined;
            }
            let value;
            if (samples && samples.length > 0)
                value = medianOf(samples);
            else
                value = r.number(stats.median, [...at, 'stats', 'median'], `"stats.median" of "${name}"`);
            const stddev = r.optionalNumber(stats.stddev, [...at, 'stats', 'stddev'], `"stats.stddev" of "${name}"`);
            const first = seen.get(name);
            if (first !== undefined) {
                throw new src_errors/* ParseError */.mB(file, r.line(at), `expected each benchmark once, "${name}" is also benchmark ${first}`);
            }
            seen.set(name, i);
            return makeSeriesAt({
                name,
                metric: 'time',
                rawUnit: 's',
                value,
                samples,
                spread: stddev === undefined ? undefined : { stddev },
            }, file, () => r.line(at));
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/pytest-console.ts



const HEADER = /^Name \(time in (ns|us|ms|s)\)\s{2}/;
const pytestConsole = {
    name: 'pytest-console',
    describe: 'pytest-benchmark console tables (pytest output without --benchmark-json)',
    detect(text) {
        const head = stripAnsi(text.slice(0, 1 << 20));
        return /^Name \(time in (?:ns|us|ms|s)\) {2,200}\S/m.test(head) && /benchmark[: ]/.test(head);
    },
    parse(text, file) {
        const lines = textLines(stripAnsi(text)).map((l) => l.slice(l.lastIndexOf('\r') + 1));
        const out = [];
        const unique = new UniqueNames(file);
        let table;
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            const h = HEADER.exec(line);
            if (h) {
                table = {
                    unit: h[1],
                    columns: line
                        .slice(h[0].length)
                        .trim()
                        .split(/\s{2,}/),
                };
                continue;
            }
            if (!table)
                continue;
            const t = line.trim();
            if (t === '' || /^-+(?: benchmark.*-+)?$/.test(t) || t.startsWith('Legend')) {
                if (t === '' || t.startsWith('Legend'))
                    table = undefined;
                continue;
            }
            // cells from the right: a value, maybe followed by its "(relative)" factor
            const tokens = t.split(/\s+/);
            const cells = [];
            let k = tokens.length - 1;
            while (k >= 1 && cells.length < table.columns.length) {
                if (/^\(.*\)$/.test(tokens[k]))
                    k--;
                cells.unshift(tokens[k]);
                k--;
            }
            const name = tokens.slice(0, k + 1).join(' ');
            if (cells.length < table.columns.length || name === '')
                throw new src_errors/* ParseError */.mB(file, i + 1, `expected a name and ${table.columns.join(', ')}`, t);
            const cell = (col) => {
                const j = table.columns.indexOf(col);
                if (j < 0)
                    return undefined;
                const v = readNumber(cells[j]);
                if (v === undefined)
                    throw new src_errors/* ParseError */.mB(file, i + 1, `expected a number for ${col} of "${name}"`, cells[j]);
                return v;
            };
            const value = cell('Median') ?? cell('Mean') ?? cell('Min');
            if (value === undefined)
                throw new src_errors/* ParseError */.mB(file, i + 1, 'expected a Median, Mean or Min column (--benchmark-columns)');
            const sd = cell('StdDev');
            const s = consoleSeries({
                name,
                metric: 'time',
                rawUnit: table.unit,
                value,
                spread: sd === undefined ? undefined : { stddev: sd },
            }, file, i + 1);
            unique.check(s, i + 1);
            out.push(s);
        }
        if (out.length === 0)
            throw new src_errors/* ParseError */.mB(file, lines.length, 'expected at least one pytest-benchmark table row');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/hyperfine.ts



const hyperfine = {
    name: 'hyperfine',
    describe: 'hyperfine --export-json FILE',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/^\s*\{\s*"results"\s*:\s*\[/.test(head) &&
            /"command"\s*:/.test(head) &&
            /"(?:times|mean)"\s*:/.test(head));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'the hyperfine export');
        if (top.results === undefined)
            r.fail([], 'expected a "results" list, as hyperfine --export-json writes');
        const results = r.array(top.results, ['results'], '"results"');
        if (results.length === 0)
            r.fail(['results'], 'expected at least one benchmark in "results", got []');
        const seen = new Map();
        return results.map((item, i) => {
            const at = ['results', i];
            const res = r.record(item, at, `result ${i}`);
            const name = r.string(res.command, [...at, 'command'], `"command" of result ${i}`);
            const samples = res.times === undefined || res.times === null
                ? undefined
                : r.numbers(res.times, [...at, 'times'], `"times" of "${name}"`);
            let value;
            if (samples && samples.length > 0)
                value = medianOf(samples);
            else {
                const fallback = r.optionalNumber(res.median, [...at, 'median'], `"median" of "${name}"`) ??
                    r.optionalNumber(res.mean, [...at, 'mean'], `"mean" of "${name}"`);
                if (fallback === undefined)
                    r.fail(at, `expected "times" or "mean" for "${name}"`);
                value = fallback;
            }
            const stddev = r.optionalNumber(res.stddev, [...at, 'stddev'], `"stddev" of "${name}"`);
            const first = seen.get(name);
            if (first !== undefined) {
                throw new src_errors/* ParseError */.mB(file, r.line(at), `expected each command once, "${name}" is also result ${first} (line ${r.line(['results', first])})`);
            }
            seen.set(name, i);
            if (Array.isArray(res.exit_codes)) {
                const failed = res.exit_codes.filter((c) => c !== 0 && c !== null).length;
                if (failed > 0)
                    sink?.warn(r.line([...at, 'exit_codes']), `"${name}" exited with a non-zero status in ${failed} of ${res.exit_codes.length} runs (hyperfine -i kept them)`);
            }
            const s = makeSeriesAt({
                name,
                metric: 'time',
                rawUnit: 's',
                value,
                samples,
                spread: stddev === undefined ? undefined : { stddev },
            }, file, () => r.line(at));
            return s;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/hyperfine-export.ts




const hyperfine_export_CSV_HEADER = 'command,mean,stddev,median,user,system,min,max';
/** The CSV reader of one file: the header's columns, then a row per line. */
class CsvReader {
    file;
    out = [];
    unique;
    f = new CsvRow();
    columns = [];
    /** Where `median` and `stddev` are among the columns (-1 before the header). */
    median = -1;
    stddev = -1;
    /** The commas of the usual row, by offset in the text. */
    commas = new Int32Array(0);
    constructor(file) {
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    /** Line `n` as `eachLine` gives it (without its LF or CRLF): the definition of the format. */
    line(line, n) {
        const file = this.file;
        const columns = this.columns;
        if (n === 1) {
            const head = line.replace(/^\uFEFF/, '');
            if (!head.startsWith(hyperfine_export_CSV_HEADER))
                throw new src_errors/* ParseError */.mB(file, 1, `expected the hyperfine CSV header "${hyperfine_export_CSV_HEADER}"`, head);
            this.columns = csvFields(head) ?? [];
            this.median = this.columns.indexOf('median');
            this.stddev = this.columns.indexOf('stddev');
            this.commas = new Int32Array(Math.max(0, this.columns.length - 1));
            return;
        }
        if (line.trim() === '')
            return;
        const f = this.f;
        // fields read in place: a file of a million commands slices only their names
        if (!f.scan(line) || f.count !== columns.length)
            throw new src_errors/* ParseError */.mB(file, n, `expected ${columns.length} comma-separated fields`, line);
        const num = (name) => {
            const j = columns.indexOf(name);
            const v = f.number(j);
            if (v === undefined)
                throw new src_errors/* ParseError */.mB(file, n, `expected a number of seconds for "${name}"`, f.text(j));
            return v;
        };
        this.add(f.text(0), num('median'), num('stddev'), n);
    }
    /**
     * The row text[s, e) (e before its CR, if any) read in place when it is the usual one: the first
     * character not a blank, no field quoted, as many fields as columns, a plain number of seconds in
     * `median` and `stddev`; false for any other line, which `line` then reads.
     */
    usual(text, s, e, n) {
        const c0 = text.charCodeAt(s);
        if (s === e || c0 === 34 /* " */ || isJsSpace(c0))
            return false;
        const commas = this.commas;
        const last = commas.length;
        if (this.median < 0 || this.stddev < 0)
            return false;
        // every comma of the line, as csvFields splits a line without quotes (each search stops at the
        // next comma of the text, which is in this line or the next row: linear over the file)
        let k = 0;
        for (let i = s;; k++) {
            const c = text.indexOf(',', i);
            if (c < 0 || c >= e)
                break;
            if (k === last || text.charCodeAt(c + 1) === 34)
                return false;
            commas[k] = c;
            i = c + 1;
        }
        if (k !== last)
            return false;
        const median = fieldNumber(text, this.fieldStart(s, this.median), this.fieldEnd(e, this.median));
        const stddev = fieldNumber(text, this.fieldStart(s, this.stddev), this.fieldEnd(e, this.stddev));
        if (median === undefined || stddev === undefined)
            return false;
        this.add(text.slice(s, commas[0]), median, stddev, n);
        return true;
    }
    fieldStart(s, j) {
        return j === 0 ? s : this.commas[j - 1] + 1;
    }
    fieldEnd(e, j) {
        return j === this.commas.length ? e : this.commas[j];
    }
    add(name, median, stddev, n) {
        const s = consoleSeries({ name, metric: 'time', rawUnit: 's', value: median, spread: { stddev } }, this.file, n);
        this.unique.check(s, n);
        this.out.push(s);
    }
}
/**
 * `numberIn(text, a, b)` of a CSV field: hyperfine prints seconds with up to 19 significant digits
 * (`0.016727229500000003`), too many for numberIn's exact path, whose general path would look at them
 * four more times before Number; both give the correctly rounded value.
 */
function fieldNumber(text, a, b) {
    let m = 0;
    let point = false;
    for (let i = a; i < b; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57)
            m = m * 10 + (c - 48);
        else if (c === 46 /* . */ && !point)
            point = true;
        else
            return numberIn(text, a, b);
    }
    // digits and at most one point: a mantissa below 2^53 is numberIn's exact path
    if (m < 2 ** 53)
        return numberIn(text, a, b);
    const v = Number(text.slice(a, b));
    return Number.isFinite(v) ? v : undefined;
}
function hyperfine_export_parseCsv(text, file) {
    const r = new CsvReader(file);
    let n = 0;
    for (let s = 0;;) {
        const nl = text.indexOf('\n', s);
        const end = nl < 0 ? text.length : nl;
        const e = end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        if (++n === 1 || !r.usual(text, s, e, n))
            r.line(text.slice(s, e), n);
        if (nl < 0)
            break;
        s = nl + 1;
    }
    if (r.out.length === 0)
        throw new src_errors/* ParseError */.mB(file, n, 'expected at least one command row');
    return r.out;
}
const hyperfineCsv = {
    name: 'hyperfine-csv',
    describe: 'hyperfine --export-csv FILE',
    detect(text) {
        return text.replace(/^\uFEFF/, '').startsWith(hyperfine_export_CSV_HEADER);
    },
    parse: hyperfine_export_parseCsv,
};
function flavourOf(text) {
    const head = text.slice(0, 4096);
    if (/^\| Command \| Mean \[[^\]\n]{1,3}\] \| Min \[/m.test(head))
        return 'markdown';
    if (/^\| Command\s{0,4}\|\s{0,4}Mean \[[^\]\n]{1,3}\] \|/m.test(head))
        return 'orgmode';
    if (/^\|===\r?\n\| Command \r?\n\| Mean \[[^\]\n]{1,3}\] \r?\n/m.test(head))
        return 'asciidoc';
    return undefined;
}
/** A command cell without its markup: `` `cmd` `` (Markdown, AsciiDoc) or `=cmd=` (Org). */
function commandOf(cell, flavour) {
    const t = cell.trim();
    if (flavour === 'orgmode' && t.length >= 2 && t.startsWith('=') && t.endsWith('='))
        return t.slice(1, -1);
    if (t.length >= 2 && t.startsWith('`') && t.endsWith('`'))
        return t.slice(1, -1);
    return t;
}
const MEAN_HEADER = /^Mean \[([^\]]+)\]$/;
/**
 * The series of one row from its command and mean cells (`20.9 ± 12.6`, or `1.052` for a single
 * run), read in place: a 100 MB table has a row every hundred bytes.
 */
function rowSeries(name, line, meanFrom, meanTo, unit, file, n) {
    const pm = plusMinus(line, meanFrom, meanTo);
    const meanEnd = pm >= 0 ? pm : meanTo;
    const mean = numberIn(line, meanFrom, meanEnd);
    if (mean === undefined)
        throw new src_errors/* ParseError */.mB(file, n, `expected "<mean> ± <stddev>" in ${unit} for "${name}"`, line.slice(meanFrom, meanTo).trim());
    let stddev;
    if (meanEnd < meanTo) {
        // the part after the first ±, up to a second one if any (as `split('±')[1]`)
        const next = plusMinus(line, meanEnd + 1, meanTo);
        stddev = numberIn(line, meanEnd + 1, next >= 0 ? next : meanTo);
    }
    return consoleSeries({
        name,
        metric: 'time',
        rawUnit: unit,
        value: mean,
        spread: stddev === undefined ? undefined : { stddev },
    }, file, n);
}
/** The first `±` in t[from, to), or -1 (a search bounded by the cell: a row may have none). */
function plusMinus(t, from, to) {
    for (let i = from; i < to; i++)
        if (t.charCodeAt(i) === 0xb1)
            return i;
    return -1;
}
/** Whether the trimmed line `l` is a header row, `| Command | …`. */
function isHeaderRow(l) {
    return l.startsWith('|') && l.slice(1, firstBar(l, innerEnd(l))).trim() === 'Command';
}
/**
 * The unit of the last header row (`| Command | Mean [ms] | …`), which gives the unit of every row,
 * found from the end of the text: a table repeated in one file has its last header near the end.
 * Each line is looked at in place up to the first character of its first cell; only a line whose
 * cell starts with `C` is sliced. Undefined when there is none, or its mean has no unit.
 */
function lastHeaderUnit(text) {
    for (let end = text.length;;) {
        const nl = end === 0 ? -1 : text.lastIndexOf('\n', end - 1);
        const s = skipBlanks(text, nl + 1, end);
        if (s < end && text.charCodeAt(s) === 124 /* | */) {
            const c = skipBlanks(text, s + 1, end);
            if (c < end && text.charCodeAt(c) === 67 /* C */) {
                const l = text.slice(nl + 1, end).trim();
                if (isHeaderRow(l))
                    return MEAN_HEADER.exec(cellsOf(l)[1] ?? '')?.[1];
            }
        }
        if (nl < 0)
            return undefined;
        end = nl;
    }
}
/**
 * The rows of a Markdown or Org table, each line given as `line` (its text, the definition of the
 * format) or first tried in place by `usual`.
 */
class PipeReader {
    file;
    flavour;
    unit;
    out = [];
    unique;
    constructor(file, flavour, unit) {
        this.file = file;
        this.flavour = flavour;
        this.unit = unit;
        this.unique = new UniqueNames(file);
    }
    line(raw, n) {
        const l = raw.trim();
        if (!l.startsWith('|'))
            return;
        // the cells between the bars, found in place: the first (command), the second (mean), how many
        const inner = innerEnd(l);
        const b1 = firstBar(l, inner);
        const name0 = l.slice(1, b1).trim();
        if (name0 === 'Command')
            return;
        if (isRule(l, 1, inner))
            return; // |:---|---:| or |--+--|
        let cells = 1;
        for (let b = b1; b >= 0 && b < inner; b = l.indexOf('|', b + 1))
            cells++;
        const b2 = b1 < inner ? firstBarFrom(l, b1 + 1, inner) : inner;
        if (cells < 4)
            throw new src_errors/* ParseError */.mB(this.file, n, 'expected "Command | Mean | Min | Max | Relative" cells', cellsOf(l).join(' | '));
        this.add(commandOf(name0, this.flavour), l, b1 + 1, b2, n);
    }
    /**
     * The line text[ls, le) read in place as `line` reads it, when it is not a row, or a header, a rule
     * or a row of at least four cells; false for a row of fewer (an error), which `line` then reads.
     */
    usual(text, ls, le, n) {
        // the line trimmed is text[s, te)
        const s = skipBlanks(text, ls, le);
        if (s === le || text.charCodeAt(s) !== 124 /* | */)
            return true;
        let te = le;
        while (isJsSpace(text.charCodeAt(te - 1)))
            te--;
        const inner = te - s > 1 && text.charCodeAt(te - 1) === 124 ? te - 1 : te;
        // each search for a bar stops at the next bar of the text, in this line or the next row
        const b1 = firstBarFrom(text, s + 1, inner);
        const a = skipBlanks(text, s + 1, b1);
        let z = b1;
        while (z > a && isJsSpace(text.charCodeAt(z - 1)))
            z--;
        if (z - a === 7 && isAt(text, 'Command', a))
            return true;
        // a command's first character is not a rule's: the rule's check only for a cell that may be one
        if ((a === z || isRuleChar(text.charCodeAt(a))) && isRuleAt(text, s + 1, inner))
            return true;
        const b2 = b1 < inner ? firstBarFrom(text, b1 + 1, inner) : inner;
        const b3 = b2 < inner ? firstBarFrom(text, b2 + 1, inner) : inner;
        if (b3 >= inner)
            return false;
        this.add(commandAt(text, a, z, this.flavour), text, b1 + 1, b2, n);
        return true;
    }
    add(name, line, meanFrom, meanTo, n) {
        const s = rowSeries(name, line, meanFrom, meanTo, this.unit, this.file, n);
        this.unique.check(s, n);
        this.out.push(s);
    }
}
/**
 * Markdown and Org rows: `| cell | cell | … |`, the header row `| Command | Mean [unit] | …` (the last
 * one in the file gives the unit of every row, as before), rule rows of `-:+` only. The header's
 * unit first (from the end), then the rows, so that no row is kept as cells in between.
 */
function parsePipeTable(text, file, flavour) {
    const unit = lastHeaderUnit(text);
    if (unit === undefined)
        throw new src_errors/* ParseError */.mB(file, 1, 'expected a "Mean [<unit>]" column header');
    const r = new PipeReader(file, flavour, unit);
    let n = 0;
    for (let s = 0;;) {
        const nl = text.indexOf('\n', s);
        const end = nl < 0 ? text.length : nl;
        if (!r.usual(text, s, end, ++n))
            r.line(text.slice(s, end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end), n);
        if (nl < 0)
            break;
        s = nl + 1;
    }
    if (r.out.length === 0)
        throw new src_errors/* ParseError */.mB(file, n, 'expected at least one command row');
    return r.out;
}
/** `commandOf(t.slice(a, z), flavour)` for a cell t[a, z) already trimmed, with one slice. */
function commandAt(t, a, z, flavour) {
    if (z - a >= 2) {
        const c = t.charCodeAt(a);
        const d = t.charCodeAt(z - 1);
        if ((flavour === 'orgmode' && c === 61 && d === 61) || (c === 96 && d === 96))
            return t.slice(a + 1, z - 1);
    }
    return t.slice(a, z);
}
/** Where the cells of a `| a | b |` line end: before its closing bar, if it has one. */
function innerEnd(l) {
    return l.length > 1 && l.endsWith('|') ? l.length - 1 : l.length;
}
/** The end of the first cell: the next bar inside the cells, or their end. */
function firstBar(l, inner) {
    return firstBarFrom(l, 1, inner);
}
function firstBarFrom(l, from, inner) {
    const bar = l.indexOf('|', from);
    return bar < 0 || bar > inner ? inner : bar;
}
/** The trimmed cells of a `| a | b |` line (for a header, or an error's excerpt). */
function cellsOf(l) {
    return l
        .slice(1, l.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((c) => c.trim());
}
/**
 * `isRule(t, from, inner)` by one look at each character when no cell holds a blank (`|:---|---:|`,
 * `|--+--|`): every character a bar, `-`, `:` or `+`.
 */
function isRuleAt(t, from, inner) {
    for (let i = from; i < inner; i++) {
        const c = t.charCodeAt(i);
        if (c !== 124 && !isRuleChar(c))
            return isJsSpace(c) ? isRule(t, from, inner) : false;
    }
    return true;
}
/** `-`, `:` or `+`. */
function isRuleChar(c) {
    return c === 45 || c === 58 || c === 43;
}
/**
 * Whether the cells of `l` from `from` (after the opening bar) up to `inner`, each trimmed, hold only
 * `-`, `:` and `+` (`/^[-:+]*$/`).
 */
function isRule(l, from, inner) {
    for (let a = from;;) {
        const bar = l.indexOf('|', a);
        const b = bar < 0 || bar > inner ? inner : bar;
        let i = a;
        let j = b;
        while (i < j && isJsSpace(l.charCodeAt(i)))
            i++;
        while (j > i && isJsSpace(l.charCodeAt(j - 1)))
            j--;
        for (; i < j; i++) {
            if (!isRuleChar(l.charCodeAt(i)))
                return false;
        }
        if (b >= inner)
            return true;
        a = b + 1;
    }
}
function parseTable(text, file) {
    const flavour = flavourOf(text);
    if (!flavour)
        throw new src_errors/* ParseError */.mB(file, 1, 'expected a hyperfine --export-markdown, --export-asciidoc or --export-orgmode table');
    if (flavour !== 'asciidoc')
        return parsePipeTable(text, file, flavour);
    return parseAsciidoc(text, file);
}
/**
 * AsciiDoc: a cell per line (`| 20.9 ± 12.6`) between `|===` lines, rows separated by blank lines, the
 * first row the header. Rows become series as they end, keeping only where their first cells are;
 * a row's error waits until the whole file has been checked for cells that are not cells, which it
 * always reported first. Each line is read in place; only a command is sliced.
 */
function parseAsciidoc(text, file) {
    const r = new AsciidocRows(text, file);
    const at = r.at;
    let inTable = false;
    // the row being read: its first line and how many cells (locals: the loop runs once a line)
    let start = 0;
    let cells = 0;
    let n = 0;
    for (let ls = 0;;) {
        const nl = text.indexOf('\n', ls);
        const end = nl < 0 ? text.length : nl;
        // the line without its CR is text[ls, le)
        const le = end > ls && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        n++;
        if (le - ls === 4 && isAt(text, '|===', ls))
            inTable = !inTable;
        else if (inTable) {
            const a = skipBlanks(text, ls, le);
            if (a === le) {
                if (cells > 0)
                    r.endRow(cells, start);
                cells = 0;
            }
            else if (text.charCodeAt(ls) !== 124 /* | */)
                throw new src_errors/* ParseError */.mB(file, n, 'expected an AsciiDoc cell "| …"', text.slice(ls, le));
            else {
                if (cells === 0)
                    start = n;
                if (cells < 3) {
                    // the cell after its bar, trimmed
                    const c = skipBlanks(text, ls + 1, le);
                    let z = le;
                    while (z > c && isJsSpace(text.charCodeAt(z - 1)))
                        z--;
                    at[2 * cells] = c;
                    at[2 * cells + 1] = z;
                }
                cells++;
            }
        }
        if (nl < 0)
            break;
        ls = nl + 1;
    }
    if (cells > 0)
        r.endRow(cells, start);
    if (r.unit === undefined)
        throw new src_errors/* ParseError */.mB(file, 1, 'expected a "Mean [<unit>]" column header');
    if (r.rowError !== undefined)
        throw r.rowError;
    if (r.out.length === 0)
        throw new src_errors/* ParseError */.mB(file, n, 'expected at least one command row');
    return r.out;
}
/** The rows of an AsciiDoc table as they end: the header's unit first, then a series per row. */
class AsciidocRows {
    text;
    file;
    /** Where the first three cells of the row being read are in the text (trimmed): start, end. */
    at = new Int32Array(6);
    out = [];
    unit;
    rowError;
    header = true;
    unique;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    cell(k) {
        return this.text.slice(this.at[2 * k], this.at[2 * k + 1]);
    }
    /** The row of `cells` cells that started on line `start` has ended. */
    endRow(cells, start) {
        if (this.header) {
            this.header = false;
            this.unit = cells > 1 ? MEAN_HEADER.exec(this.cell(1))?.[1] : undefined;
            return;
        }
        const unit = this.unit;
        if (unit === undefined || this.rowError !== undefined)
            return;
        try {
            if (cells < 4)
                throw new src_errors/* ParseError */.mB(this.file, start, 'expected "Command | Mean | Min | Max | Relative" cells', [0, 1, 2]
                    .slice(0, cells)
                    .map((k) => this.cell(k))
                    .join(' | '));
            const at = this.at;
            const name = commandAt(this.text, at[0], at[1], 'asciidoc');
            const s = rowSeries(name, this.text, at[2], at[3], unit, this.file, start);
            this.unique.check(s, start);
            this.out.push(s);
        }
        catch (e) {
            this.rowError = e;
        }
    }
}
const hyperfineTable = {
    name: 'hyperfine-table',
    describe: 'hyperfine --export-markdown FILE (or --export-asciidoc, --export-orgmode)',
    detect(text) {
        return flavourOf(text) !== undefined;
    },
    parse: parseTable,
};

;// CONCATENATED MODULE: ./src/parse/hyperfine-console.ts




const BENCHMARK = 'Benchmark ';
const MEAN = 'Time (mean ± σ):';
const ABS = 'Time (abs ≡):';
/** Where the digits from i end, before e. */
function digitsEnd(t, i, e) {
    while (i < e && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57)
        i++;
    return i;
}
/**
 * The lines of one output, each given as `t` with the line at [s, e): the text itself with offsets
 * for plain LF text (nothing is sliced but what is kept), a line string of its own otherwise.
 */
class Reader {
    file;
    terminators;
    out;
    pending;
    /** Start and end of the fields of a time line. */
    fs = new Int32Array(6);
    fe = new Int32Array(6);
    /** The last unit read, kept as one string while the lines repeat it. */
    unit = '';
    /**
     * @param terminators whether a line may hold a CR, U+2028 or U+2029, where the block regex's `.`
     *   stops: a plain text without any is looked at once, not each command
     */
    constructor(file, terminators) {
        this.file = file;
        this.terminators = terminators;
        this.out = new SeriesList(file);
    }
    line(t, s, e, n) {
        const file = this.file;
        // `Benchmark N: <command>`, as /^Benchmark \d{1,9}: (.+)$/ reads it
        if (isAt(t, BENCHMARK, s)) {
            const d = s + BENCHMARK.length;
            const de = digitsEnd(t, d, e);
            if (de > d && de - d <= 9 && t.charCodeAt(de) === 58 && t.charCodeAt(de + 1) === 32 && de + 2 < e) {
                const command = t.slice(de + 2, e);
                if (!this.terminators || !holdsLineTerminator(command)) {
                    if (this.pending)
                        throw new src_errors/* ParseError */.mB(file, this.pending.line, `expected a "Time (mean ± σ):" line for "${this.pending.name}"`);
                    this.pending = { name: command.trim(), line: n };
                    return;
                }
            }
        }
        // most lines are neither: the time line is the one that starts with "Time" after blanks
        let at = s;
        while (at < e && isJsSpace(t.charCodeAt(at)))
            at++;
        if (t.charCodeAt(at) !== 84 /* T */)
            return;
        const mean = isAt(t, MEAN, at) ? MEAN.length : isAt(t, ABS, at) ? ABS.length : -1;
        if (mean < 0)
            return;
        const pending = this.pending;
        if (!pending)
            throw new src_errors/* ParseError */.mB(file, n, 'expected "Benchmark N: <command>" before "Time"', t.slice(at, e));
        // `20.9 ms ±  12.6 ms` or `10.3 ms`: the blank-separated fields before any "["
        const fs = this.fs;
        const fe = this.fe;
        let count = 0;
        for (let i = at + mean; count < 6;) {
            while (i < e && isJsSpace(t.charCodeAt(i)))
                i++;
            if (i === e || t.charCodeAt(i) === 91 /* [ */)
                break;
            fs[count] = i;
            while (i < e && !isJsSpace(t.charCodeAt(i)) && t.charCodeAt(i) !== 91)
                i++;
            fe[count++] = i;
        }
        const value = count === 0 ? undefined : numberIn(t, fs[0], fe[0]);
        let sd;
        let ok = value !== undefined && count >= 2;
        if (ok && count !== 2) {
            ok = count === 5 && fe[2] - fs[2] === 1 && t.charCodeAt(fs[2]) === 0xb1; /* ± */
            if (ok)
                sd = numberIn(t, fs[3], fe[3]);
            ok = ok && sd !== undefined;
        }
        if (!ok) {
            throw new src_errors/* ParseError */.mB(file, n, `expected "<mean> <unit> ± <σ> <unit>" for "${pending.name}"`, t.slice(at, e));
        }
        const uLen = fe[1] - fs[1];
        if (!(this.unit.length === uLen && isAt(t, this.unit, fs[1])))
            this.unit = t.slice(fs[1], fe[1]);
        const unit = this.unit;
        // σ in the mean's unit: hyperfine prints both in one unit
        const sameUnit = sd !== undefined && fe[4] - fs[4] === uLen && isAt(t, unit, fs[4]);
        const s2 = consoleSeries({
            name: pending.name,
            metric: 'time',
            rawUnit: unit,
            value: value,
            spread: sameUnit ? { stddev: sd } : undefined,
        }, file, n);
        this.out.add(s2, n);
        this.pending = undefined;
    }
}
const hyperfineConsole = {
    name: 'hyperfine-console',
    describe: 'hyperfine console output (stdout of hyperfine without an export)',
    detect(text) {
        return /^Benchmark \d{1,9}: [^\n]{1,2000}\n(?:[^\n]{0,2000}\n){0,3}\s{0,8}Time \((?:mean ± σ|abs ≡)\):/m.test(stripAnsi(text.slice(0, 65536)));
    },
    parse(text, file) {
        let count = 0;
        const plain = !text.includes('\u001b') && !text.includes('\r');
        const r = new Reader(file, !plain || text.includes('\u2028') || text.includes('\u2029'));
        if (!plain) {
            // colours and progress-bar redraws: each line as a string of its own, the part after its last CR
            count = eachPlainLine(text, (raw, n) => {
                const cr = raw.lastIndexOf('\r');
                const l = cr >= 0 ? raw.slice(cr + 1) : raw;
                r.line(l, 0, l.length, n);
            });
        }
        else {
            for (let s = 0;;) {
                const nl = text.indexOf('\n', s);
                r.line(text, s, nl < 0 ? text.length : nl, ++count);
                if (nl < 0)
                    break;
                s = nl + 1;
            }
        }
        const pending = r.pending;
        if (pending)
            throw new src_errors/* ParseError */.mB(file, pending.line, `expected a "Time (mean ± σ):" line for "${pending.name}"`);
        return r.out.done(count, 'expected at least one "Benchmark N: <command>" block');
    },
};

;// CONCATENATED MODULE: ./src/parse/generic.ts



/** The line on which the n-th element of a top-level array starts, for messages. */
function lineOfElement(text, index) {
    let depth = 0;
    let element = -1;
    let line = 1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n')
            line++;
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '[' || ch === '{') {
            if (depth === 1 && ch === '{') {
                element++;
                if (element === index)
                    return line;
            }
            depth++;
        }
        else if (ch === ']' || ch === '}')
            depth--;
    }
    return 1;
}
/** "± 0.5", "+/- 12", "±1.2%" → a stddev in the value's raw unit, when it can be read. */
function readRange(range, value) {
    if (typeof range !== 'string')
        return undefined;
    const m = /^\s*(?:±|\+\/-|\+-)\s*([-+\d.,eE_]+)\s*(%)?/.exec(range);
    if (!m)
        return undefined;
    const n = readNumber(m[1]);
    if (n === undefined)
        return undefined;
    return m[2] ? (Math.abs(value) * n) / 100 : n;
}
function makeGenericList(name, forced) {
    return {
        name,
        describe: forced === undefined
            ? 'a JSON list [{"name", "unit", "value", "range"?}] (the github-action-benchmark custom format)'
            : `the github-action-benchmark ${name} JSON list`,
        detect(text) {
            if (!looksLikeJson(text) || !text.trimStart().startsWith('['))
                return false;
            // cheap: the first element has the three keys
            const head = text.slice(0, 4096);
            return /"name"\s*:/.test(head) && /"unit"\s*:/.test(head) && /"value"\s*:/.test(head);
        },
        parse(text, file) {
            const doc = parseJson(text, file);
            if (!Array.isArray(doc)) {
                throw new src_errors/* ParseError */.mB(file, 1, 'expected a JSON list of {"name", "unit", "value"} objects');
            }
            if (doc.length === 0)
                throw new src_errors/* ParseError */.mB(file, 1, 'expected at least one benchmark in the list, got []');
            const seen = new Set();
            return doc.map((item, i) => {
                const at = () => lineOfElement(text, i);
                if (!isRecord(item))
                    throw new src_errors/* ParseError */.mB(file, at(), `expected an object at index ${i}`);
                if (typeof item.name !== 'string' || item.name === '') {
                    throw new src_errors/* ParseError */.mB(file, at(), `expected a non-empty string for "name" at index ${i}`);
                }
                if (typeof item.unit !== 'string') {
                    throw new src_errors/* ParseError */.mB(file, at(), `expected a string for "unit" of "${item.name}"`);
                }
                const raw = typeof item.value === 'number'
                    ? item.value
                    : typeof item.value === 'string'
                        ? readNumber(item.value)
                        : undefined;
                if (raw === undefined || !Number.isFinite(raw)) {
                    throw new src_errors/* ParseError */.mB(file, at(), `expected a number for "value" of "${item.name}"`, JSON.stringify(item.value) ?? 'nothing');
                }
                const c = (0,src_units/* canonical */.$N)(item.unit);
                const metric = metricOf(item.unit);
                const key = `${item.name}\u0000${metric}`;
                if (seen.has(key))
                    throw new src_errors/* ParseError */.mB(file, at(), `expected each benchmark once, "${item.name}" appears twice`);
                seen.add(key);
                const s = {
                    name: item.name,
                    metric,
                    unit: c.unit,
                    direction: forced ?? c.direction,
                    value: raw * c.factor,
                };
                const sd = readRange(item.range, raw);
                if (sd !== undefined)
                    s.spread = { stddev: sd * c.factor };
                return s;
            });
        },
    };
}
const genericList = makeGenericList('generic', undefined);
const customBiggerIsBetter = makeGenericList('customBiggerIsBetter', 'bigger');
const customSmallerIsBetter = makeGenericList('customSmallerIsBetter', 'smaller');

;// CONCATENATED MODULE: ./src/parse/catch2-failures.ts
/**
 * A failed Catch2 benchmark is never silent. Catch2 v2 prints `<name>  Benchmark failed (<message>)`
 * in the console table and `<failed message="…"/>` inside `<BenchmarkResults>` in XML, and still counts
 * the test case as passed; a failed check (`file:line: FAILED:`, `<OverallResult success="false"/>`)
 * fails the test case. Each is an error naming what failed, so a failing run is never recorded.
 */


const NOT_RECORDED = '(a failing run is not recorded)';
const BENCHMARK_FAILED = ' Benchmark failed (';
const FAILED_CHECK = ': FAILED:';
/**
 * `text.indexOf(BENCHMARK_FAILED, from)`, searching for the words without the spaces around them:
 * several times faster in a text of blank-padded columns, where a space in the mark shortens the
 * search's skips.
 */
function findFailedBenchmark(text, from) {
    for (let i = from + 1;;) {
        const hit = text.indexOf('Benchmark failed', i);
        if (hit < 0)
            return -1;
        if (text.startsWith(BENCHMARK_FAILED, hit - 1))
            return hit - 1;
        i = hit + 1;
    }
}
/** The start of the line (from one LF to the next) that holds offset `at`. */
function lineStart(text, at) {
    return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}
/**
 * The start of the first line (from one LF to the next) where `line.indexOf(' Benchmark failed (') > 0`
 * (its first occurrence, not at its start), or -1.
 */
function lineOfFailedBenchmark(text) {
    for (let i = 0;;) {
        const hit = findFailedBenchmark(text, i);
        if (hit < 0)
            return -1;
        const start = lineStart(text, hit);
        // the search starts at a line start or before the line, so `hit` is the line's first occurrence
        if (hit > start)
            return start;
        const nl = text.indexOf('\n', hit);
        if (nl < 0)
            return -1;
        i = nl + 1;
    }
}
/** The start of the first line where `line.trimEnd().endsWith(': FAILED:')`, or -1. */
function lineOfFailedCheck(text) {
    for (let i = 0;;) {
        const hit = text.indexOf(FAILED_CHECK, i);
        if (hit < 0)
            return -1;
        let k = hit + FAILED_CHECK.length;
        while (k < text.length && text.charCodeAt(k) !== 10 && isJsSpace(text.charCodeAt(k)))
            k++;
        if (k === text.length || text.charCodeAt(k) === 10)
            return lineStart(text, hit);
        i = hit + 1;
    }
}
function catch2_failures_lineAt(text, at) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Throw a ParseError for the first failure the console output or XML report shows. */
function throwCatch2Failure(text, file, xml) {
    if (xml) {
        const failed = text.indexOf('<failed ');
        if (failed >= 0) {
            const open = text.lastIndexOf('<BenchmarkResults', failed);
            const name = open >= 0 ? /name="([^"]*)"/.exec(text.slice(open, failed))?.[1] : undefined;
            const message = /message="([^"]*)"/.exec(text.slice(failed, failed + 4096))?.[1];
            throw new src_errors/* ParseError */.mB(file, catch2_failures_lineAt(text, failed), `expected every benchmark to pass, ${name ?? 'one'} failed${message ? ` (${message})` : ''} ${NOT_RECORDED}`);
        }
        const bad = text.indexOf('<OverallResult success="false"');
        if (bad >= 0) {
            const open = text.lastIndexOf('<TestCase ', bad);
            const name = open >= 0 ? /name="([^"]*)"/.exec(text.slice(open, bad))?.[1] : undefined;
            throw new src_errors/* ParseError */.mB(file, catch2_failures_lineAt(text, bad), `expected every test case to pass, "${name ?? 'one'}" failed ${NOT_RECORDED}`);
        }
        return;
    }
    // Two searches of the whole text instead of a look at every line: the first line with either mark.
    const failed = lineOfFailedBenchmark(text);
    const check = lineOfFailedCheck(text);
    if (failed < 0 && check < 0)
        return;
    const start = failed >= 0 && (check < 0 || failed <= check) ? failed : check;
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    const lineNo = catch2_failures_lineAt(text, start);
    const at = line.indexOf(BENCHMARK_FAILED);
    if (start === failed) {
        const message = line
            .slice(at + BENCHMARK_FAILED.length)
            .trimEnd()
            .replace(/\)$/, '');
        throw new src_errors/* ParseError */.mB(file, lineNo, `expected every benchmark to pass, ${line.slice(0, at).trim()} failed (${message}) ${NOT_RECORDED}`);
    }
    throw new src_errors/* ParseError */.mB(file, lineNo, `expected every check to pass, ${line.trimEnd().slice(0, -FAILED_CHECK.length)} failed ${NOT_RECORDED}`);
}

;// CONCATENATED MODULE: ./src/parse/catch2.ts






/** `benchmark name  samples  iterations  estimated|est run time|mean` (v2 / v3 / no-analysis). */
const catch2_HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time|mean)\s*$/;
const RULE = /^-{20,}\s*$|^={20,}\s*$|^\.{20,}\s*$/;
/** The blanks that separate Catch2's columns. */
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}
/**
 * The console table read in place: the lines of a 100 MB log are never split into an array, and a
 * line's columns are offsets into the text, sliced only for what is kept (the name).
 */
class Table {
    text;
    file;
    /** Start and end offsets of the fields `fields` found, leftmost first, from `base`. */
    fs = new Int32Array(12);
    fe = new Int32Array(12);
    /** The end of the text before the fields (the name column). */
    head = 0;
    /** Time units seen, and what each is. */
    units = [];
    canonicals = [];
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    /**
     * The last `k` blank-separated fields of the line [s, e), scanning from the right, as fields
     * `base` to `base + k - 1`: false when it has fewer. Linear in the line, unlike a regex with a lazy name group, which a line of a million
     * blanks would keep busy for minutes.
     */
    fields(s, e, k, base = 0) {
        const t = this.text;
        let i = e;
        for (let f = base + k - 1; f >= base; f--) {
            while (i > s && isSpace(t.charCodeAt(i - 1)))
                i--;
            if (i === s)
                return false;
            this.fe[f] = i;
            while (i > s && !isSpace(t.charCodeAt(i - 1)))
                i--;
            this.fs[f] = i;
        }
        this.head = i;
        return true;
    }
    /** Whether field f is `/^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|-?nan|-?inf)$/`. */
    isNum(f) {
        const t = this.text;
        const e = this.fe[f];
        let i = this.fs[f];
        let c = t.charCodeAt(i);
        if (c === 45 /* - */ && e - i === 4)
            i++;
        if (e - i === 3 && (t.startsWith('nan', i) || t.startsWith('inf', i)))
            return true;
        i = this.fs[f];
        if (c === 43 || c === 45)
            i++;
        const intEnd = digitsTo(t, i, e);
        let end = intEnd;
        if (end < e && t.charCodeAt(end) === 46 /* . */) {
            end = digitsTo(t, end + 1, e);
            if (intEnd === i && end === intEnd + 1)
                return false; // "." or "-." without a digit
        }
        else if (intEnd === i)
            return false;
        if (end < e) {
            c = t.charCodeAt(end);
            if (c !== 101 && c !== 69)
                return false; // e E, an optional sign, at least one digit
            let x = end + 1;
            const sign = t.charCodeAt(x);
            if (x < e && (sign === 43 || sign === 45))
                x++;
            end = digitsTo(t, x, e);
            if (end === x)
                return false;
        }
        return end === e;
    }
    /** Whether field f is `/^\d+$/`. */
    isDigits(f) {
        const s = this.fs[f];
        const e = this.fe[f];
        return digitsTo(this.text, s, e) === e;
    }
    /** Whether [s, e) is all blanks as `trim` sees them. */
    isBlank(s, e) {
        const t = this.text;
        // the usual blank line or name column is spaces: one comparison, not a look at each
        if (isSpaceRun(t, s, e))
            return true;
        for (let i = s; i < e; i++)
            if (!isJsSpace(t.charCodeAt(i)))
                return false;
        return true;
    }
    /**
     * A line of three durations, "mean  low mean  high mean" or "std dev  low std dev  high std dev",
     * as fields `base` to `base + 5`. It starts with blanks (the name column).
     */
    triple(s, e, base) {
        return (s < e &&
            isSpace(this.text.charCodeAt(s)) &&
            this.fields(s, e, 6, base) &&
            this.isBlank(s, this.head) &&
            this.isNum(base) &&
            this.isNum(base + 2) &&
            this.isNum(base + 4));
    }
    /** The first line of a benchmark: its name (or last piece), samples, iterations, one duration. */
    row(s, e) {
        return this.fields(s, e, 4) && this.isDigits(0) && this.isDigits(1) && this.isNum(2);
    }
    /** Field `value` with unit field `value + 1` as Catch2 prints it ("7.50614 us") in ns; undefined for nan/inf. */
    duration(value, line) {
        const t = this.text;
        const us = this.fs[value + 1];
        const ue = this.fe[value + 1];
        const units = this.units;
        let c;
        for (let k = 0; k < units.length; k++) {
            const u = units[k];
            if (u.length === ue - us && isAt(t, u, us)) {
                c = this.canonicals[k];
                break;
            }
        }
        if (c === undefined) {
            const unit = t.slice(us, ue);
            c = (0,src_units/* canonical */.$N)(unit);
            if (c.kind !== 'time') {
                throw new src_errors/* ParseError */.mB(this.file, line, 'expected a duration unit (ns, us, ms, s) in a Catch2 benchmark', unit);
            }
            // the few time units Catch2 prints, each read once
            if (units.length < 8) {
                units.push(unit);
                this.canonicals.push(c);
            }
        }
        const n = numberIn(t, this.fs[value], this.fe[value]);
        if (n === undefined)
            return undefined;
        const ns = (0,src_units/* scaleBy */.Qb)(n, c.factor);
        return Number.isFinite(ns) ? ns : undefined;
    }
    field(f) {
        return this.text.slice(this.fs[f], this.fe[f]);
    }
}
/** The end of the run of ASCII digits from i, before e. */
function digitsTo(t, i, e) {
    while (i < e) {
        const c = t.charCodeAt(i);
        if (c < 48 || c > 57)
            break;
        i++;
    }
    return i;
}
/** The end of the line starting at s (the text's length for the last), before a CR that ends it. */
function lineEnd(text, s, nl) {
    const end = nl < 0 ? text.length : nl;
    return end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
/**
 * The line after the one whose LF is at nl ("" past the end), which must be a line of three
 * durations `what` of benchmark `name` (read into fields `base` to `base + 5`): its LF.
 */
function tripleAfter(t, nl, base, line, what, name) {
    const text = t.text;
    const s = nl < 0 ? text.length : nl + 1;
    const next = nl < 0 ? -1 : text.indexOf('\n', s);
    const e = nl < 0 ? s : lineEnd(text, s, next);
    if (!t.triple(s, e, base))
        throw new src_errors/* ParseError */.mB(t.file, line, `expected "${what}" for "${name}"`, text.slice(s, e));
    return next;
}
/** `lines(text).length`: the line count of an error about the whole file. */
function lineCount(text) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The lines are those of `text.split(/\r?\n/)`: [s, e) from one LF to the next, without the CR
 * before an LF.
 */
function catch2_parseConsole(text, file) {
    const t = new Table(text, file);
    const out = [];
    const unique = new UniqueNames(file);
    let mode = 'none';
    let analysis = false;
    let nameParts = [];
    let nameLine = 0;
    let lineNo = 0;
    for (let s = 0, nl = text.indexOf('\n');;) {
        lineNo++;
        const e = lineEnd(text, s, nl);
        const c = text.charCodeAt(s);
        // "b…… " before the slower look at the whole prefix: names often start with a b
        const h = c === 98 /* b */ && text.charCodeAt(s + 9) === 32 && text.startsWith('benchmark name', s)
            ? catch2_HEADER.exec(text.slice(s, e))
            : null;
        if (h) {
            analysis = h[1] !== 'mean';
            mode = 'header';
            nameParts = [];
        }
        else if (mode === 'none') {
            // outside a table
        }
        else if ((c === 45 || c === 61 || c === 46) /* - = . */ && RULE.test(text.slice(s, e))) {
            // The rule under the header opens the rows; any other rule closes the table (a new test case).
            mode = mode === 'header' ? (analysis ? 'analysis' : 'plain') : 'none';
            nameParts = [];
        }
        else if (mode === 'header') {
            // the "mean / low mean / high mean" header lines
        }
        else if (t.isBlank(s, e)) {
            nameParts = [];
        }
        else if (t.triple(s, e, 0)) {
            throw new src_errors/* ParseError */.mB(file, lineNo, 'expected a benchmark name with samples, iterations and estimate before a line of durations', text.slice(s, e).trim());
        }
        else if (!t.row(s, e)) {
            if (nameParts.length === 0)
                nameLine = lineNo;
            nameParts.push(text.slice(s, e).trim()); // a piece of a wrapped name
        }
        else {
            const firstLine = nameParts.length > 0 ? nameLine : lineNo;
            const last = text.slice(s, t.head).trim();
            // the pieces are never empty (a blank line clears them)
            const name = nameParts.length === 0 ? last : last === '' ? nameParts.join(' ') : `${nameParts.join(' ')} ${last}`;
            nameParts = [];
            if (name === '')
                throw new src_errors/* ParseError */.mB(file, lineNo, 'expected a benchmark name before its samples');
            let series;
            if (!analysis) {
                const mean = t.duration(2, lineNo);
                if (mean === undefined)
                    throw new src_errors/* ParseError */.mB(file, lineNo, `expected a mean for "${name}"`, t.field(2));
                series = makeSeries({ name, rawUnit: 'ns', value: mean }, file, lineNo);
            }
            else {
                // The estimate column is the predicted total run time, not a per-iteration time: checked, not kept.
                t.duration(2, lineNo);
                // the next two lines, "" past the end
                const nl1 = tripleAfter(t, nl, 0, lineNo + 1, 'mean  low mean  high mean', name);
                const nl2 = tripleAfter(t, nl1, 6, lineNo + 2, 'std dev  low std dev  high std dev', name);
                const mean = t.duration(0, lineNo + 1);
                if (mean === undefined) {
                    throw new src_errors/* ParseError */.mB(file, lineNo + 1, `expected a mean for "${name}"`, t.field(0));
                }
                const low = t.duration(2, lineNo + 1);
                const high = t.duration(4, lineNo + 1);
                const stddev = t.duration(6, lineNo + 2);
                series = makeSeries({ name, rawUnit: 'ns', value: mean, spread: { low, high, stddev } }, file, lineNo);
                lineNo += 2;
                nl = nl2;
            }
            unique.check(series, firstLine);
            out.push(series);
        }
        if (nl < 0)
            break;
        s = nl + 1;
        nl = text.indexOf('\n', s);
    }
    if (out.length === 0) {
        throw new src_errors/* ParseError */.mB(file, lineCount(text), 'expected at least one Catch2 benchmark row under a "benchmark name  samples  iterations" header');
    }
    return out;
}
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXml(s) {
    return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e) => {
        if (e.startsWith('#')) {
            const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
        }
        return ENTITIES[e] ?? all;
    });
}
/** Attributes of one tag. Values are quoted, and Catch2 leaves `>` unescaped inside them. */
function attributes(raw) {
    const attrs = new Map();
    for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs.set(m[1], decodeXml(m[2] ?? m[3] ?? ''));
    }
    return attrs;
}
const ATTRS = String.raw `((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const OPEN = new RegExp(String.raw `<BenchmarkResults${ATTRS}(/?)>`, 'g');
function parseXml(text, file) {
    const out = [];
    const unique = new UniqueNames(file);
    for (const open of text.matchAll(OPEN)) {
        const at = open.index;
        const line = lineAt(text, at);
        const attrs = attributes(open[1]);
        const name = attrs.get('name') ?? '';
        if (name.trim() === '')
            throw new src_errors/* ParseError */.mB(file, line, 'expected a "name" on <BenchmarkResults>');
        const close = open[2] === '/' ? -1 : text.indexOf('</BenchmarkResults>', at);
        if (close < 0) {
            throw new src_errors/* ParseError */.mB(file, line, `expected <mean> and </BenchmarkResults> for "${name}"`);
        }
        const body = text.slice(at + open[0].length, close);
        const child = (tag) => {
            const m = new RegExp(String.raw `<${tag}${ATTRS}/?>`).exec(body);
            return m ? attributes(m[1]) : undefined;
        };
        const num = (a, key) => a?.has(key) ? readNumber(a.get(key)) : undefined;
        const mean = child('mean');
        const value = num(mean, 'value');
        if (value === undefined) {
            throw new src_errors/* ParseError */.mB(file, line, `expected <mean value="…"/> in nanoseconds for "${name}"`, mean?.get('value') ?? 'nothing');
        }
        const sd = child('standardDeviation');
        // ci="0" is Catch2's mark of --benchmark-no-analysis: bounds equal the mean and the std dev is 0.
        const analysed = mean?.get('ci') !== '0';
        const series = makeSeries({
            name,
            rawUnit: 'ns',
            value,
            spread: analysed
                ? { low: num(mean, 'lowerBound'), high: num(mean, 'upperBound'), stddev: num(sd, 'value') }
                : undefined,
        }, file, line);
        unique.check(series, line);
        out.push(series);
    }
    if (out.length === 0) {
        throw new src_errors/* ParseError */.mB(file, 1, 'expected at least one <BenchmarkResults> element in the Catch2 XML report');
    }
    return out;
}
function isXml(text) {
    return text.trimStart().startsWith('<');
}
const catch2 = {
    name: 'catch2',
    describe: './tests --benchmark-samples 100 -r xml > catch2.xml (or the console output)',
    detect(text) {
        const head = text.slice(0, 1 << 20);
        if (isXml(head))
            return /<BenchmarkResults\s/.test(head);
        return /^benchmark name\s+samples\s+iterations\s+(estimated|est run time|mean)\s*$/m.test(head);
    },
    parse(text, file) {
        throwCatch2Failure(text, file, isXml(text));
        return isXml(text) ? parseXml(text, file) : catch2_parseConsole(text, file);
    },
};

;// CONCATENATED MODULE: ./src/parse/benchmarkjs.ts





const benchmarkjs_RESULT = /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+\/-|\+-|Â±)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
/**
 * Any line that claims to be a result, so a malformed one is an error rather than skipped: " x <rate>"
 * then "ops/sec", or " x <rate>" ending the line (output cut short), but not "a 3 x 5 matrix".
 */
const benchmarkjs_CLAIM = / x [\d,]+(?:\.\d*)?(?: ops\/sec\b|\s*$)/;
/** Two-sided 95% Student-t critical values for df = 1…30, as Benchmark.js 2.x tabulates them. */
const T_TABLE = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
    2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
/** The t value Benchmark.js divides by for `df` degrees of freedom (1.96 beyond its table). */
function tCritical(df) {
    return df >= 1 && df <= T_TABLE.length ? T_TABLE[df - 1] : 1.96;
}
/** `\d` */
function benchmarkjs_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** `[\d.]` */
function isDigitOrPoint(c) {
    return (c >= 48 && c <= 57) || c === 46;
}
class benchmarkjs_Reader extends TextReader {
    file;
    out = [];
    unique;
    constructor(text, file) {
        super(text);
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    /** Any line holding ` x `, as a string: the definition of the format. */
    line(line, lineNo) {
        const file = this.file;
        if (!line.includes(' x ') || !benchmarkjs_CLAIM.test(line))
            return;
        const m = benchmarkjs_RESULT.exec(line);
        if (!m) {
            throw new src_errors/* ParseError */.mB(file, lineNo, 'expected "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)"', line.trim());
        }
        const name = m[1].trim();
        const hz = readNumber(m[2]);
        const rme = readNumber(m[3]);
        if (hz === undefined)
            throw new src_errors/* ParseError */.mB(file, lineNo, `expected ops/sec for "${name}"`, m[2]);
        if (rme === undefined)
            throw new src_errors/* ParseError */.mB(file, lineNo, `expected a ±% margin for "${name}"`, m[3]);
        this.add(name, hz, rme, Number(m[4]), lineNo);
    }
    /**
     * The line text[start, end) added when RESULT matches it with its name ending at the first ` x `
     * (at x, the one its lazy name tries first) and the usual `±`, read at its offsets in the whole text
     * (only the name sliced); false for any other line, which `line` then reads. Calls come in file order.
     */
    usual(start, x, end, lineNo) {
        const text = this.text;
        // every string compared below holds no CR or LF, so none matches past the line's end
        const h0 = x + 3;
        let i = h0;
        // `[\d,]+(?:\.\d+)?`, its digits read as numberIn reads them when every comma is a group separator
        // (three digits after it, then a comma, the point or the blank: no word character)
        let m = 0;
        let grouped = true;
        let comma = -1;
        for (let c = text.charCodeAt(i); i < end; c = text.charCodeAt(++i)) {
            if (c >= 48 && c <= 57)
                m = m * 10 + (c - 48);
            else if (c === 44) {
                if (i === h0 || (comma >= 0 && i - comma !== 4))
                    grouped = false;
                comma = i;
            }
            else
                break;
        }
        if (i === h0)
            return false;
        if (comma >= 0 && i - comma !== 4)
            grouped = false;
        let scale = 0;
        if (text.charCodeAt(i) === 46 /* . */) {
            const f = ++i;
            for (let c = text.charCodeAt(i); i < end && benchmarkjs_isDigit(c); c = text.charCodeAt(++i)) {
                m = m * 10 + (c - 48);
                scale--;
            }
            if (i === f)
                return false;
        }
        const h1 = i;
        if (!isAt(text, ' ops/sec \u00b1', i))
            return false;
        i = skipBlanks(text, i + 10, end);
        const r0 = i;
        while (i < end && isDigitOrPoint(text.charCodeAt(i)))
            i++;
        if (i === r0 || !isAt(text, '% (', i))
            return false;
        const r1 = i;
        i += 3;
        const n0 = i;
        let runs = 0;
        for (let c = text.charCodeAt(i); i < end && benchmarkjs_isDigit(c); c = text.charCodeAt(++i))
            runs = runs * 10 + (c - 48);
        if (i === n0 || i - n0 > 15 || !isAt(text, ' run', i))
            return false;
        i += 4;
        if (text.charCodeAt(i) === 115 /* s */)
            i++;
        if (!isAt(text, ' sampled)', i) || skipBlanks(text, i + 9, end) !== end)
            return false;
        // `.` stops at a line terminator: RESULT does not match such a name
        if (this.terminators.within(start, x))
            return false;
        const num = this.num;
        const exact = grouped ? exactDecimal(m, scale) : NaN;
        const hz = Number.isNaN(exact) ? numberIn(text, h0, h1) : exact;
        const rme = num.read(text, r0, r1) === r1 && !Number.isNaN(num.value) ? num.value : numberIn(text, r0, r1);
        if (hz === undefined || rme === undefined)
            return false; // line's errors
        // m[1].trim()
        const a = skipBlanks(text, start, x);
        let b = x;
        while (b > a && isJsSpace(text.charCodeAt(b - 1)))
            b--;
        this.add(text.slice(a, b), hz, rme, runs, lineNo);
        return true;
    }
    add(name, hz, rme, runs, lineNo) {
        const r = rme / 100;
        const series = makeSeries({
            name,
            rawUnit: 'ops/s',
            value: hz,
            spread: {
                low: hz / (1 + r),
                high: r < 1 ? hz / (1 - r) : undefined,
                stddev: runs > 1 ? (hz * r * Math.sqrt(runs)) / tCritical(runs - 1) : undefined,
            },
        }, this.file, lineNo);
        this.unique.check(series, lineNo);
        this.out.push(series);
    }
}
const benchmarkjs = {
    name: 'benchmarkjs',
    describe: "node bench.js | tee bench.txt (suite.on('cycle', e => console.log(String(e.target))))",
    detect(text) {
        return /^.+ x [\d,]+(?:\.\d+)? ops\/sec (?:±|\+\/-|\+-|Â±)\s*[\d.]+% \(\d+ runs? sampled\)/m.test(text.slice(0, 1 << 20));
    },
    parse(text, file) {
        const r = new benchmarkjs_Reader(text, file);
        const xs = new NextOf(text, ' x ');
        const lines = new LineCursor(text);
        while (lines.next()) {
            const { start, end, n } = lines;
            // RESULT's name ends at the first ` x ` after one character; a line with none anywhere is skipped
            const x = xs.from(start + 1);
            if (x + 3 <= end ? !r.usual(start, x, end, n) : isAt(text, ' x ', start) && end - start >= 3)
                r.line(text.slice(start, end), n);
        }
        if (r.out.length === 0) {
            throw new src_errors/* ParseError */.mB(file, lines.n, 'expected at least one "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)" line');
        }
        return r.out;
    },
};

;// CONCATENATED MODULE: ./src/parse/tinybench.ts

const tinybench = {
    name: 'tinybench',
    describe: 'JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result }))) written to a file after bench.run()',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('['))
            return false;
        const head = text.slice(0, 1 << 16);
        return (/"name"\s*:/.test(head) &&
            /"result"\s*:\s*\{/.test(head) &&
            /"(latency|period|hz|error|state)"\s*:/.test(head) &&
            !/"groups"\s*:/.test(head));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const tasks = r.array(doc, [], 'the list of tasks [{"name", "result"}]');
        if (tasks.length === 0)
            r.fail([], 'expected at least one task in the list, got []');
        const unique = new UniqueNames(file);
        return tasks.map((t, i) => {
            const task = r.record(t, [i], `task ${i}`);
            const name = r.string(task.name, [i, 'name'], `the name of task ${i}`);
            const result = task.result;
            if (result === undefined || result === null) {
                r.fail([i], `expected a result for task "${name}"; was bench.run() awaited?`);
            }
            const res = r.record(result, [i, 'result'], `the result of "${name}"`);
            if (res.error !== undefined || (res.state !== undefined && res.state !== 'completed')) {
                r.fail([i, 'result'], `expected task "${name}" to have completed, its state is ${JSON.stringify(res.state ?? 'errored')} ` +
                    '(a benchmark that fails is reported as an error; fix or remove it)');
            }
            // v3+ nests the statistics under `latency`; v2 has them flat on the result.
            const nested = res.latency !== undefined;
            const statsPath = nested ? [i, 'result', 'latency'] : [i, 'result'];
            const stats = nested ? r.record(res.latency, statsPath, `the latency of "${name}"`) : res;
            const at = (k) => [...statsPath, k];
            const samples = stats.samples === undefined
                ? undefined
                : r.numbers(stats.samples, at('samples'), `the samples of "${name}"`);
            const mean = r.optionalNumber(stats.mean, at('mean'), `the mean of "${name}"`);
            const p50 = r.optionalNumber(stats.p50, at('p50'), `the median (p50) of "${name}"`);
            const value = p50 ?? (samples && samples.length > 0 ? medianOf(samples) : mean);
            if (value === undefined) {
                r.fail(statsPath, `expected latency statistics (p50, mean or samples) for "${name}"`);
            }
            const moe = r.optionalNumber(stats.moe, at('moe'), `the margin of error of "${name}"`);
            const sd = r.optionalNumber(stats.sd, at('sd'), `the standard deviation of "${name}"`);
            const line = r.at([i]);
            const series = makeSeries({
                name,
                rawUnit: 'ms',
                value,
                samples,
                spread: {
                    low: mean !== undefined && moe !== undefined ? mean - moe : undefined,
                    high: mean !== undefined && moe !== undefined ? mean + moe : undefined,
                    stddev: sd,
                },
            }, file, line);
            unique.check(series, line);
            return series;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/vitest.ts

const vitest = {
    name: 'vitest',
    describe: 'vitest bench --run --outputJson bench.json',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('{'))
            return false;
        const head = text.slice(0, 1 << 16);
        return /"files"\s*:/.test(head) && /"groups"\s*:/.test(head) && /"benchmarks"\s*:/.test(head);
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const root = r.record(doc, [], 'the vitest report {"files": [...]}');
        const files = r.array(root.files, ['files'], '"files"');
        const unique = new UniqueNames(file);
        const out = [];
        files.forEach((f, fi) => {
            const fileRec = r.record(f, ['files', fi], `files[${fi}]`);
            const groups = r.array(fileRec.groups, ['files', fi, 'groups'], `"groups" of files[${fi}]`);
            groups.forEach((g, gi) => {
                const gp = ['files', fi, 'groups', gi];
                const group = r.record(g, gp, 'a group');
                const fullName = r.string(group.fullName, [...gp, 'fullName'], 'the group\'s "fullName"');
                const benches = r.array(group.benchmarks, [...gp, 'benchmarks'], `"benchmarks" of "${fullName}"`);
                benches.forEach((b, bi) => {
                    const bp = [...gp, 'benchmarks', bi];
                    const bench = r.record(b, bp, `a benchmark of "${fullName}"`);
                    const name = `${fullName} > ${r.string(bench.name, [...bp, 'name'], 'the benchmark\'s "name"')}`;
                    const num = (k) => r.optionalNumber(bench[k], [...bp, k], `"${k}" of "${name}"`);
                    const samples = bench.samples === undefined
                        ? []
                        : r.numbers(bench.samples, [...bp, 'samples'], `"samples" of "${name}"`);
                    const median = num('median');
                    const mean = num('mean');
                    const moe = num('moe');
                    const value = median ?? (samples.length > 0 ? medianOf(samples) : mean);
                    if (value === undefined)
                        r.fail(bp, `expected a "median" or "mean" for "${name}"`);
                    const line = r.at(bp);
                    const series = makeSeries({
                        name,
                        rawUnit: 'ms',
                        value,
                        samples,
                        spread: {
                            low: mean !== undefined && moe !== undefined ? mean - moe : undefined,
                            high: mean !== undefined && moe !== undefined ? mean + moe : undefined,
                            stddev: num('sd'),
                        },
                    }, file, line);
                    unique.check(series, line);
                    out.push(series);
                });
            });
        });
        if (out.length === 0)
            r.fail(['files'], 'expected at least one benchmark in "files[].groups[].benchmarks"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/mitata.ts

const mitata = {
    name: 'mitata',
    describe: 'node bench.mjs > mitata.json with run({ format: { json: { samples: true, debug: false } } })',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('{'))
            return false;
        const head = text.slice(0, 1 << 16);
        return /"layout"\s*:/.test(head) && /"benchmarks"\s*:/.test(head) && /"runs"\s*:/.test(head);
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const root = r.record(doc, [], 'the mitata report {"layout", "benchmarks", "context"}');
        const layout = root.layout === undefined ? [] : r.array(root.layout, ['layout'], '"layout"');
        const trials = r.array(root.benchmarks, ['benchmarks'], '"benchmarks"');
        const unique = new UniqueNames(file);
        const out = [];
        trials.forEach((t, ti) => {
            const tp = ['benchmarks', ti];
            const trial = r.record(t, tp, `benchmarks[${ti}]`);
            const g = typeof trial.group === 'number' ? layout[trial.group] : undefined;
            const groupName = isRecord(g) && typeof g.name === 'string' && g.name !== '' ? g.name : undefined;
            const runs = r.array(trial.runs, [...tp, 'runs'], `the runs of benchmarks[${ti}]`);
            runs.forEach((u, ui) => {
                const up = [...tp, 'runs', ui];
                const run = r.record(u, up, 'a run');
                const own = r.string(run.name, [...up, 'name'], 'the run\'s "name"');
                const name = groupName === undefined ? own : `${groupName}/${own}`;
                if (run.error !== undefined || run.stats === undefined) {
                    const err = isRecord(run.error) && typeof run.error.message === 'string' ? `: ${run.error.message}` : '';
                    r.fail(up, `expected benchmark "${name}" to have run, it failed${err} (fix or remove it)`);
                }
                const sp = [...up, 'stats'];
                const stats = r.record(run.stats, sp, `the stats of "${name}"`);
                const samples = stats.samples === undefined || stats.samples === null
                    ? undefined
                    : r.numbers(stats.samples, [...sp, 'samples'], `the samples of "${name}"`);
                const p50 = r.number(stats.p50, [...sp, 'p50'], `"p50" of "${name}"`);
                const line = r.at(up);
                const time = makeSeries({ name, rawUnit: 'ns', value: p50, samples }, file, line);
                unique.check(time, line);
                out.push(time);
                if (isRecord(stats.heap) && stats.heap.avg !== undefined) {
                    const avg = r.number(stats.heap.avg, [...sp, 'heap', 'avg'], `"heap.avg" of "${name}"`);
                    const heap = makeSeries({ name, rawUnit: 'B', metric: 'heap', value: avg }, file, line);
                    unique.check(heap, line);
                    out.push(heap);
                }
            });
        });
        if (out.length === 0)
            r.fail(['benchmarks'], 'expected at least one benchmark run in "benchmarks"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/tinybench-table.ts



const BAR = '│';
const NAME = /^Task [Nn]ame$/;
const MEDIAN = /^Latency (?:med|median) \(([^()]+)\)$/;
const tinybench_table_MEAN = /^(?:Latency (?:avg|average)|Average Time) \(([^()]+)\)$/;
/** The cells of a `│ a │ b │` row, trimmed. */
function cells(line) {
    return line
        .split(BAR)
        .slice(1, -1)
        .map((c) => c.trim());
}
/** A string cell without the quotes util.inspect put around it. */
function unquote(cell) {
    const q = cell[0];
    if (cell.length >= 2 && (q === "'" || q === '"' || q === '`') && cell.endsWith(q))
        return cell.slice(1, -1);
    return cell;
}
/** `531.33 ± 4.40%` → value and relative margin; `511.00 ± 1.00` → value; `532.3` → value. */
function readCell(cell) {
    const t = unquote(cell);
    const pm = t.indexOf('±');
    const value = readNumber(pm < 0 ? t : t.slice(0, pm));
    if (value === undefined)
        return undefined;
    if (pm < 0)
        return { value };
    const rest = t.slice(pm + 1).trim();
    if (!rest.endsWith('%'))
        return readNumber(rest) === undefined ? undefined : { value };
    const rme = readNumber(rest.slice(0, -1));
    return rme === undefined ? undefined : { value, rme };
}
/** `±0.60%` → 0.6. */
function readMargin(cell) {
    const t = unquote(cell);
    return t.startsWith('±') && t.endsWith('%') ? readNumber(t.slice(1, -1)) : undefined;
}
function columns(header, file, line) {
    const find = (re) => header.findIndex((h) => re.test(h));
    const name = find(NAME);
    const median = find(MEDIAN);
    const mean = find(tinybench_table_MEAN);
    if (name < 0 || (median < 0 && mean < 0))
        throw new src_errors/* ParseError */.mB(file, line, 'expected "Task name" and "Latency … (ns)" columns in the table header');
    const unit = (median >= 0 ? MEDIAN.exec(header[median]) : tinybench_table_MEAN.exec(header[mean]))[1];
    return {
        count: header.length,
        name,
        median,
        mean,
        unit,
        margin: header.indexOf('Margin'),
        error: header.indexOf('Error'),
    };
}
const tinybenchTable = {
    name: 'tinybench-table',
    describe: 'console.table(bench.table()) of tinybench (v2 or v3+), as printed',
    detect(text) {
        return /^│ \(index\) +│ Task [Nn]ame +│[^\n]{0,2000}(?:Latency|Average Time) /m.test(stripAnsi(text.slice(0, 65536)));
    },
    parse(text, file, sink) {
        const lines = textLines(stripAnsi(text));
        const out = new SeriesList(file);
        let cols;
        for (let i = 0; i < lines.length; i++) {
            const l = lines[i];
            if (!l.startsWith(BAR)) {
                if (!l.startsWith('├') && !l.startsWith('┌'))
                    cols = undefined;
                continue;
            }
            const row = cells(l);
            if (row[0] === '(index)') {
                cols = columns(row, file, i + 1);
                continue;
            }
            if (!cols)
                continue;
            if (row.length !== cols.count)
                throw new src_errors/* ParseError */.mB(file, i + 1, `expected ${cols.count} cells in a tinybench table row`, l.trim());
            const name = unquote(row[cols.name]);
            if (cols.error >= 0 && row[cols.error] !== '') {
                sink?.warn(i + 1, `tinybench task "${name}" failed (${unquote(row[cols.error])}): no result`);
                continue;
            }
            const mean = cols.mean >= 0 ? readCell(row[cols.mean]) : undefined;
            const median = cols.median >= 0 ? readCell(row[cols.median]) : undefined;
            const head = cols.median >= 0 ? median : mean;
            if (!head || (cols.mean >= 0 && !mean))
                throw new src_errors/* ParseError */.mB(file, i + 1, `expected latencies in (${cols.unit}) for "${name}"`, row[cols.median >= 0 ? cols.median : cols.mean]);
            const rme = mean?.rme ?? (cols.margin >= 0 ? readMargin(row[cols.margin]) : undefined);
            if (cols.margin >= 0 && rme === undefined)
                throw new src_errors/* ParseError */.mB(file, i + 1, `expected a margin like "±0.60%" for "${name}"`, row[cols.margin]);
            const s = consoleSeries({
                name,
                metric: 'time',
                rawUnit: cols.unit,
                value: head.value,
                spread: mean && rme !== undefined ? rmeInterval(mean.value, rme) : undefined,
            }, file, i + 1, cols.median >= 0 ? undefined : 'mean');
            out.add(s, i + 1);
        }
        return out.done(lines.length, 'expected a console.table(bench.table()) with at least one task');
    },
};

;// CONCATENATED MODULE: ./src/parse/mitata-console.ts



const mitata_console_CONSOLE_HEADER = /^benchmark +avg \(min … max\)/;
const SEPARATOR = /^-{10,} -{10,}$/;
/**
 * The lines are read in place, as offsets into the text (or into the line, colour codes removed):
 * a file of a million lines would otherwise spend more on the line and cell strings than on reading
 * them. Each step below says which string operation of the line it stands for.
 */
class mitata_console_Reader {
    file;
    sink;
    out = [];
    unique;
    started = false;
    group;
    named; // a `• name` line waiting for its separator
    /** `readAvg`'s result. */
    value = 0;
    unit = '';
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
        this.unique = new UniqueNames(file);
    }
    /** The line s[from, to) (no LF, no CR at its end), number n. */
    line(s, from, to, n) {
        const first = s.charCodeAt(from);
        if (first === 124 /* | */ && from < to) {
            this.row(s, from, to, n);
            return;
        }
        if (first === 98 /* b */ && s.startsWith('benchmark', from) && mitata_console_CONSOLE_HEADER.test(s.slice(from, to))) {
            this.started = true;
            return;
        }
        if (!this.started || from === to || first === 32)
            return; // the min … max and heap lines, summaries
        if (first === 0x2022 /* • */ && s.charCodeAt(from + 1) === 32) {
            // `l.slice(2).trim()`
            this.named = trim(s, from + 2, to);
            return;
        }
        if (first === 45 /* - */ && SEPARATOR.test(s.slice(from, to))) {
            this.group = this.named;
            this.named = undefined;
            return;
        }
        // a result line (or the program's own): one string, searched as the line (not the text after it)
        const l = s.slice(from, to);
        const err = errorAt(l);
        if (err > 0) {
            this.sink?.warn(n, `mitata benchmark "${trim(l, 0, err)}" failed (${trim(l, err + 8, l.length)}): no result`);
            return;
        }
        const iter = l.indexOf('/iter');
        if (iter < 0)
            return; // `summary`, plots, the program's own output
        // `<name>  <value> <unit>/iter`: the unit and value are the last two words (mitata pads `  s`), as
        // before = l.slice(0, iter).trimEnd(); valueEnd = before.slice(0, before.lastIndexOf(' ') + 1).trimEnd()
        const before = trimmedEnd(l, 0, iter);
        const space = lastSpace(l, 0, before);
        const valueEnd = space < 0 ? 0 : trimmedEnd(l, 0, space + 1);
        const valueAt = lastSpace(l, 0, valueEnd);
        if (valueAt < 0 || !this.readAvg(l, valueAt, iter + 5))
            this.fail(l, n);
        const a = trimmedStart(l, 0, valueAt);
        const b = trimmedEnd(l, a, valueAt);
        if (a === b)
            this.fail(l, n);
        this.add(l.slice(a, b), n);
    }
    /** A markdown row: the cells between the first and the last bar, only the first two read. */
    row(s, from, to, n) {
        const bar1 = barIn(s, from + 1, to);
        const bar2 = bar1 < 0 ? -1 : barIn(s, bar1 + 1, to);
        if (bar2 >= 0 && isAvgHeader(s, bar1, bar2)) {
            this.started = true;
            const a = trimmedStart(s, from + 1, bar1);
            const b = trimmedEnd(s, a, bar1);
            this.group = s.startsWith('• ', a) && b - a >= 2 ? trim(s, a + 2, b) : undefined;
            return;
        }
        if (!this.started || bar1 < 0)
            return;
        const a = trimmedStart(s, from + 1, bar1);
        const b = trimmedEnd(s, a, bar1);
        if (a < b && allDashes(s, a, b))
            return;
        let c = bar1;
        let d = bar1;
        if (bar2 >= 0) {
            c = trimmedStart(s, bar1 + 1, bar2);
            d = trimmedEnd(s, c, bar2);
        }
        // count === 2: bar1, bar2 and no bar after them
        if (bar2 >= 0 && s.startsWith('error:', c) && d - c >= 6 && barIn(s, bar2 + 1, to) < 0) {
            this.sink?.warn(n, `mitata benchmark "${s.slice(a, b)}" failed (${trim(s, c + 6, d)}): no result`);
            return;
        }
        // unquoted(cell1): one backtick off each end
        if (s.charCodeAt(c) === 96 && c < d)
            c++;
        if (d - 1 >= c && s.charCodeAt(d - 1) === 96)
            d--;
        if (bar2 < 0 || !this.readAvg(s, c, d) || a === b) {
            throw new src_errors/* ParseError */.mB(this.file, n, `expected "| <name> | \`<avg> <unit>/iter\` | …" for "${s.slice(a, b)}"`, s.slice(from, to));
        }
        this.add(s.slice(a, b), n);
    }
    /**
     * `483.24 ns/iter` in s[from, to) after trimming, split as `t.slice(0, -5).trim().split(/ +/)`:
     * exactly two words, a number and its unit; sets `value` and `unit`.
     */
    readAvg(s, from, to) {
        const a = trimmedStart(s, from, to);
        const b = trimmedEnd(s, a, to);
        if (b - a < 5 || !s.startsWith('/iter', b - 5))
            return false;
        const c = trimmedStart(s, a, b - 5);
        const d = trimmedEnd(s, c, b - 5);
        if (c === d)
            return false;
        const p = s.indexOf(' ', c);
        if (p < 0 || p >= d)
            return false;
        let q = p + 1;
        while (s.charCodeAt(q) === 32)
            q++;
        const r = s.indexOf(' ', q);
        if (r >= 0 && r < d)
            return false;
        const value = numberIn(s, c, p);
        if (value === undefined)
            return false;
        this.value = value;
        this.unit = unitOf(s, q, d);
        return true;
    }
    add(bench, line) {
        const group = this.group;
        const s = consoleSeries({ name: group ? `${group}/${bench}` : bench, metric: 'time', rawUnit: this.unit, value: this.value }, this.file, line, 'mean');
        this.unique.check(s, line);
        this.out.push(s);
    }
    fail(l, n) {
        throw new src_errors/* ParseError */.mB(this.file, n, 'expected "<name>  <avg> <unit>/iter  <p75> <unit>"', l.trim());
    }
}
/**
 * `l.indexOf(' error: ')`, searched as `error: ` after a space: a search for a pattern that starts with
 * a blank stops at every blank of a padded line.
 */
function errorAt(l) {
    for (let p = l.indexOf('error: ', 1); p >= 0; p = l.indexOf('error: ', p + 1)) {
        if (l.charCodeAt(p - 1) === 32)
            return p - 1;
    }
    return -1;
}
/** The common units as constants: not a new two-character string per line. */
const UNITS = ['ns', 'µs', 'ms', 's', 'ps', 'us'];
function unitOf(s, from, to) {
    for (const u of UNITS)
        if (u.length === to - from && s.startsWith(u, from))
            return u;
    return s.slice(from, to);
}
/** The start of s[from, to) without the blanks `trimStart` removes. */
function trimmedStart(s, from, to) {
    let a = from;
    while (a < to && isJsSpace(s.charCodeAt(a)))
        a++;
    return a;
}
/** s[from, to).trim() */
function trim(s, from, to) {
    const a = trimmedStart(s, from, to);
    return s.slice(a, trimmedEnd(s, a, to));
}
/** The end of s[from, to) without the blanks `trimEnd` removes. */
function trimmedEnd(s, from, to) {
    let b = to;
    while (b > from && isJsSpace(s.charCodeAt(b - 1)))
        b--;
    return b;
}
/** The last ASCII space in s[from, to), or -1. */
function lastSpace(s, from, to) {
    if (to <= from)
        return -1;
    const p = s.lastIndexOf(' ', to - 1);
    return p >= from ? p : -1;
}
/** The first `|` in s[from, to), or -1. */
function barIn(s, from, to) {
    if (from >= to)
        return -1;
    const p = s.indexOf('|', from);
    return p >= 0 && p < to ? p : -1;
}
/** Whether the cell between the bars is ` +avg ` (`/^\|[^|]*\| +avg \|/`). */
function isAvgHeader(s, bar1, bar2) {
    if (bar2 - bar1 < 6 || !s.startsWith('avg ', bar2 - 4))
        return false;
    for (let i = bar1 + 1; i < bar2 - 4; i++)
        if (s.charCodeAt(i) !== 32)
            return false;
    return true;
}
/** `/^-+$/` on a non-empty s[from, to). */
function allDashes(s, from, to) {
    for (let i = from; i < to; i++)
        if (s.charCodeAt(i) !== 45)
            return false;
    return true;
}
const mitataConsole = {
    name: 'mitata-console',
    describe: "mitata's console output, or its run({ format: 'markdown' }) tables",
    detect(text) {
        const head = stripAnsi(text.slice(0, 65536));
        return (/^benchmark +avg \(min … max\) +p75/m.test(head) ||
            /^\|[^|\n]{0,2000}\| +avg \| +min \| +p75 \|/m.test(head));
    },
    parse(text, file, sink) {
        const r = new mitata_console_Reader(file, sink);
        let count = 0;
        if (text.includes('\u001b'))
            count = eachPlainLine(text, (l, n) => r.line(l, 0, l.length, n));
        else {
            // eachLine's lines, as offsets
            for (let start = 0;;) {
                const nl = text.indexOf('\n', start);
                const end = nl < 0 ? text.length : nl;
                r.line(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, ++count);
                if (nl < 0)
                    break;
                start = nl + 1;
            }
        }
        if (r.out.length === 0)
            throw new src_errors/* ParseError */.mB(file, count, 'expected mitata results ("<name>  <avg> <unit>/iter")');
        return r.out;
    },
};

;// CONCATENATED MODULE: ./src/parse/vitest-console.ts




// eslint-disable-next-line no-control-regex
const vitest_console_ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const vitest_console_HEADER = /^ {2,12}name +hz +min +max +mean +/;
/** ` ✓ file > describe` (passed) or ` × file` / ` ❯ file` (failed or running). */
const GROUP = /^ [✓×❯✗] (\S.*)$/;
/** `--compare`'s marker at the end of a row: ` [1.10x] ⇑`. */
const MARK = /\s\[\d{1,9}(?:\.\d{1,9})?x\] [⇑⇓]$/;
/** The group's name: a file's top-level group is printed with its duration (` 517ms`). */
function groupName(header) {
    const t = header.trim();
    if (t.includes(' > '))
        return t;
    return t.replace(/ \d{1,12}(?:\.\d{1,12})?m?s$/, '');
}
function headerOf(names) {
    return { names, hz: names.indexOf('hz'), mean: names.indexOf('mean'), rme: names.indexOf('rme') };
}
/** Where the ANSI colour code at i (`ESC [ 0-9; letter`) ends, or -1 if there is none at i. */
function ansiEnd(t, i, end) {
    if (t.charCodeAt(i + 1) !== 91 /* [ */)
        return -1;
    let j = i + 2;
    for (; j < end; j++) {
        const c = t.charCodeAt(j);
        if (!((c >= 48 && c <= 57) || c === 59))
            break;
    }
    const c = t.charCodeAt(j);
    return j < end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ? j + 1 : -1;
}
/** The first five of a header's words, which HEADER requires. */
const HEADER_WORDS = ['name', 'hz', 'min', 'max', 'mean'];
/** Past the colour codes from i (-1 at an ESC that starts none). */
function skipAnsi(t, i, end) {
    while (i >= 0 && i < end && t.charCodeAt(i) === 0x1b)
        i = ansiEnd(t, i, end);
    return i;
}
/** Whether l[a, b) is a printed column value, `/^\d[\d,]*(?:\.\d+)?$/` (`1,695,265.66`, `0.0005`, `84764`). */
function isColumnNumber(l, a, b) {
    if (a >= b || !vitest_console_isDigit(l.charCodeAt(a)))
        return false;
    let i = a + 1;
    while (i < b && (vitest_console_isDigit(l.charCodeAt(i)) || l.charCodeAt(i) === 44))
        i++;
    if (i === b)
        return true;
    if (l.charCodeAt(i) !== 46 || i + 1 === b)
        return false;
    for (i++; i < b; i++)
        if (!vitest_console_isDigit(l.charCodeAt(i)))
            return false;
    return true;
}
function vitest_console_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Digits after the decimal point as printed, in t[a, b). */
function decimals(t, a, b) {
    for (let i = a; i < b; i++)
        if (t.charCodeAt(i) === 46)
            return b - i - 1;
    return 0;
}
/** A key of printed columns with its colours gone and its runs of blanks made one. */
function normalKey(key) {
    const plain = key.includes('\u001b') ? key.replace(vitest_console_ANSI, '') : key;
    return plain.includes('  ') ? plain.replace(/ +/g, ' ') : plain;
}
function grown(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}
/** The reading of one console output. */
class vitest_console_Reader {
    file;
    out = [];
    unique;
    /** Each name's printed columns, to tell a group printed again from a second benchmark of the name. */
    printed = new KeyTable();
    /**
     * The columns by name id: `values.join(' ')`, or the text they were read from in place (normalKey
     * makes the first of the second), compared only when a name comes again.
     */
    printedKeys = [];
    group;
    header;
    /** The last group and header line read (as printed) and what each gave: the tables repeat them. */
    groupLine;
    lastGroup;
    headerLine;
    lastHeader;
    /** Start and end of the fields of a row read in place, left to right. */
    ts = new Int32Array(32);
    te = new Int32Array(32);
    constructor(file) {
        this.file = file;
        this.unique = new UniqueNames(file);
    }
    /** Whether `raw` is the last group or header line read (as printed), which it then reads again. */
    again(raw, first) {
        if (first === 110 /* n */) {
            if (raw !== this.headerLine)
                return false;
            this.header = this.lastHeader;
        }
        else if (first !== 0xb7 /* · */) {
            if (raw !== this.groupLine)
                return false;
            this.group = this.lastGroup;
            this.header = undefined;
        }
        else
            return false;
        return true;
    }
    /** A line (colours removed, no CR) that starts with k blanks and then `first`; `raw` as printed. */
    line(l, k, first, lineNo, raw) {
        if (k === 1) {
            const g = GROUP.exec(l);
            if (g) {
                this.group = groupName(g[1]);
                this.header = undefined;
                this.groupLine = raw;
                this.lastGroup = this.group;
            }
        }
        else if (first === 110 /* n */) {
            if (vitest_console_HEADER.test(l)) {
                this.header = headerOf(l.trim().split(/ +/).slice(1));
                this.headerLine = raw;
                this.lastHeader = this.header;
            }
        }
        else if (l.charCodeAt(k + 1) === 32 &&
            k + 2 < l.length &&
            !isJsSpace(l.charCodeAt(k + 2)) &&
            !holdsLineTerminator(l)) {
            this.row(l, k + 2, lineNo); // ROW, /^ {2,12}· (\S.*)$/: its group from k + 2
        }
    }
    /** A result row, its text from l[bodyStart]. */
    row(l, bodyStart, lineNo) {
        const file = this.file;
        const header = this.header;
        const group = this.group;
        if (!header || group === undefined)
            throw new src_errors/* ParseError */.mB(file, lineNo, 'expected a group line and a "name hz min max mean …" header before a result', l);
        let bodyEnd = l.length;
        while (bodyEnd > bodyStart && isJsSpace(l.charCodeAt(bodyEnd - 1)))
            bodyEnd--;
        const lastChar = l.charCodeAt(bodyEnd - 1);
        if (lastChar === 0x21d1 || lastChar === 0x21d3) {
            // ⇑ ⇓
            const mark = MARK.exec(l.slice(bodyStart, bodyEnd));
            if (mark) {
                bodyEnd = bodyStart + mark.index;
                while (bodyEnd > bodyStart && isJsSpace(l.charCodeAt(bodyEnd - 1)))
                    bodyEnd--;
            }
        }
        const body = l.slice(bodyStart, bodyEnd);
        const fields = body.split(/ +/);
        const names = header.names;
        const n = names.length;
        if (fields.length <= n)
            throw new src_errors/* ParseError */.mB(file, lineNo, `expected a name and ${n} columns (${names.join(' ')})`, body);
        const values = fields.slice(-n);
        const name = `${group} > ${fields.slice(0, -n).join(' ')}`;
        const col = (at) => values[at] ?? '';
        const hzText = col(header.hz);
        const meanText = col(header.mean);
        const hz = readNumber(hzText);
        const mean = readNumber(meanText);
        const rmeText = col(header.rme);
        const rme = rmeText.startsWith('±') && rmeText.endsWith('%') ? readNumber(rmeText.slice(1, -1)) : undefined;
        const unreadable = values.some((v, k) => k !== header.rme && !isColumnNumber(v, 0, v.length));
        if (hz === undefined || mean === undefined || rme === undefined || hz <= 0 || unreadable)
            throw new src_errors/* ParseError */.mB(file, lineNo, `expected numbers (${names.join(' ')}) for "${name}"`, body);
        const meanDecimals = decimals(meanText, 0, meanText.length);
        const hzDecimals = decimals(hzText, 0, hzText.length);
        this.add(name, hz, mean, rme, meanDecimals, hzDecimals, values.join(' '), lineNo);
    }
    /**
     * A result row read in place from t[at, end), just after its "·" (in a text without a CR, U+2028
     * or U+2029): true when read, false to leave the line to `line`, which then says what is wrong with
     * it. Its fields are the runs between blanks once the colours are gone, here each without a colour
     * inside.
     */
    rowInPlace(t, at, end, lineNo) {
        const header = this.header;
        const group = this.group;
        if (!header || group === undefined)
            return false;
        // "· " and the first field's first character, colours between them
        let i = skipAnsi(t, at, end);
        if (i < 0 || t.charCodeAt(i) !== 32)
            return false;
        i = skipAnsi(t, i + 1, end);
        if (i < 0 || i === end || t.charCodeAt(i) === 32)
            return false;
        const count = this.fields(t, i, end);
        if (count < 0)
            return false;
        const ts = this.ts;
        const te = this.te;
        const n = header.names.length;
        if (count <= n)
            return false;
        const last = t.charCodeAt(te[count - 1] - 1);
        if (isJsSpace(last) || last === 0x21d1 || last === 0x21d3 || isJsSpace(t.charCodeAt(ts[0])))
            return false;
        // the name's fields as one slice: single blanks and no colour between them
        const v0 = count - n;
        for (let f = 1; f < v0; f++)
            if (ts[f] !== te[f - 1] + 1)
                return false;
        if (header.rme < 0 || header.hz < 0 || header.mean < 0)
            return false;
        const ra = ts[v0 + header.rme];
        const rb = te[v0 + header.rme];
        if (!(rb - ra >= 2 && t.charCodeAt(ra) === 0xb1 && t.charCodeAt(rb - 1) === 37))
            return false;
        const rme = numberIn(t, ra + 1, rb - 1);
        for (let v = 0; v < n; v++)
            if (v !== header.rme && !isColumnNumber(t, ts[v0 + v], te[v0 + v]))
                return false;
        const ha = ts[v0 + header.hz];
        const hb = te[v0 + header.hz];
        const ma = ts[v0 + header.mean];
        const mb = te[v0 + header.mean];
        const hz = numberIn(t, ha, hb);
        const mean = numberIn(t, ma, mb);
        if (hz === undefined || mean === undefined || rme === undefined || hz <= 0)
            return false;
        const name = `${group} > ${t.slice(ts[0], te[v0 - 1])}`;
        const key = t.slice(ts[v0], te[count - 1]);
        this.add(name, hz, mean, rme, decimals(t, ma, mb), decimals(t, ha, hb), key, lineNo);
        return true;
    }
    /**
     * The fields of t[i, end) from i (a field's first character) into ts/te: the runs between blanks
     * once the colours are gone, or -1 when a colour is inside one (or an ESC starts none).
     */
    fields(t, i, end) {
        let ts = this.ts;
        let te = this.te;
        let count = 0;
        while (i < end) {
            const c = t.charCodeAt(i);
            if (c === 32)
                i++;
            else if (c === 0x1b) {
                const after = ansiEnd(t, i, end);
                if (after < 0)
                    return -1;
                i = after;
            }
            else {
                const from = i;
                while (i < end && t.charCodeAt(i) !== 32 && t.charCodeAt(i) !== 0x1b)
                    i++;
                if (count === ts.length) {
                    ts = this.ts = grown(ts);
                    te = this.te = grown(te);
                }
                ts[count] = from;
                te[count++] = i;
                i = skipAnsi(t, i, end);
                if (i < 0 || (i < end && t.charCodeAt(i) !== 32))
                    return -1;
            }
        }
        return count;
    }
    /**
     * A header line read in place from t[i, end), i at its "name" (in a text without a CR, U+2028 or
     * U+2029): true when read, false to leave it to `line`.
     */
    headerInPlace(t, i, end) {
        const count = this.fields(t, i, end);
        if (count < 6)
            return false;
        const ts = this.ts;
        const te = this.te;
        for (let f = 0; f < 5; f++) {
            const word = HEADER_WORDS[f];
            if (te[f] - ts[f] !== word.length || !isAt(t, word, ts[f]))
                return false;
        }
        if (isJsSpace(t.charCodeAt(te[count - 1] - 1)))
            return false; // trim() would take it
        // the columns as the last header had them: the same list
        const last = this.lastHeader;
        let same = last !== undefined && last.names.length === count - 1;
        for (let f = 1; same && f < count; f++) {
            const name = last.names[f - 1];
            same = te[f] - ts[f] === name.length && isAt(t, name, ts[f]);
        }
        if (!same) {
            const names = [];
            for (let f = 1; f < count; f++)
                names.push(t.slice(ts[f], te[f]));
            this.lastHeader = headerOf(names);
            this.headerLine = undefined;
        }
        this.header = this.lastHeader;
        return true;
    }
    /** A row read: a series, unless it is the same group printed again. */
    add(name, hz, mean, rme, meanDecimals, hzDecimals, key, lineNo) {
        const id = this.printed.idOf(name, '');
        if (id >= 0) {
            const before = this.printedKeys[id];
            if (before === key || normalKey(before) === normalKey(key))
                return; // the same group printed again
            this.printedKeys[id] = key;
        }
        else
            this.printedKeys.push(key);
        // relative rounding error of each: hz to 2 decimals, the mean to `decimals` decimals
        const meanErr = (0.5 * 10 ** -meanDecimals) / (mean || Number.MIN_VALUE);
        const hzErr = (0.5 * 10 ** -hzDecimals) / hz;
        const ms = hzErr < meanErr ? 1000 / hz : mean;
        const s = consoleSeries({
            name,
            metric: 'time',
            rawUnit: 'ms',
            value: ms,
            spread: rmeInterval(ms, rme),
        }, this.file, lineNo, 'mean');
        this.unique.check(s, lineNo);
        this.out.push(s);
    }
    done(lines) {
        if (this.out.length === 0)
            throw new src_errors/* ParseError */.mB(this.file, lines, 'expected vitest bench tables with at least one result row');
        return this.out;
    }
}
const vitestConsole = {
    name: 'vitest-console',
    describe: 'vitest bench --run > bench.txt (its console output, with or without colours)',
    detect(text) {
        return /^ {2,12}name +hz +min +max +mean +p75 +p99 +p995 +p999 +rme +samples/m.test(stripAnsi(text.slice(0, 65536)));
    },
    parse(text, file) {
        const r = new vitest_console_Reader(file);
        // a line terminator other than LF ends `.` in the regexes and a CR is dropped after the colours:
        // such a text is read line by line as strings, without the in-place reading of rows
        const inPlace = !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
        // the next ESC from where it was last looked for (-1: none left)
        let nextEsc = 0;
        let lineNo = 0;
        for (let s = 0;;) {
            lineNo++;
            const nl = text.indexOf('\n', s);
            const end = nl < 0 ? text.length : nl;
            if (nextEsc >= 0 && nextEsc < s)
                nextEsc = text.indexOf('\u001b', s);
            // Which of the three lines this can be, from the blanks and the first character after them once
            // the colours are gone: most lines are none, and are never stripped or sliced.
            let k = 0;
            let i = s;
            while (i < end) {
                const c = text.charCodeAt(i);
                if (c === 32) {
                    k++;
                    i++;
                }
                else if (c === 0x1b) {
                    const after = ansiEnd(text, i, end);
                    if (after < 0)
                        break;
                    i = after;
                }
                else
                    break;
            }
            const first = i < end ? text.charCodeAt(i) : -1;
            const candidate = k === 1
                ? first === 0x2713 || first === 0xd7 || first === 0x276f || first === 0x2717 // ✓ × ❯ ✗
                : k >= 2 && k <= 12 && (first === 110 /* n */ || first === 0xb7); /* · */
            const read = candidate &&
                inPlace &&
                (first === 0xb7
                    ? r.rowInPlace(text, i + 1, end, lineNo)
                    : first === 110 && r.headerInPlace(text, i, end));
            if (candidate && !read) {
                const raw = text.slice(s, end);
                // a group or header line as printed before: what it gave then, without removing its colours again
                if (!r.again(raw, first)) {
                    const l = withoutCr(nextEsc >= 0 && nextEsc < end ? raw.replace(vitest_console_ANSI, '') : raw);
                    r.line(l, k, first, lineNo, raw);
                }
            }
            if (nl < 0)
                break;
            s = nl + 1;
        }
        return r.done(lineNo);
    },
};

;// CONCATENATED MODULE: ./src/parse/jmh.ts


const MODE_METRIC = {
    thrpt: 'throughput',
    avgt: 'time',
    sample: 'sample time',
    ss: 'single-shot time',
};
/**
 * The metric of a primary score: the mode's, unless the score's unit says otherwise. A throughput-mode
 * score in a time per operation (`thrpt` with `us/op`, as hand-made or converted files have it) is a
 * time, smaller is better, and is labelled "time (thrpt)"; a time mode scored in ops per time is a
 * throughput. The unit decides the direction either way.
 */
function modeMetric(mode, unit) {
    const metric = MODE_METRIC[mode] ?? mode;
    const kind = unitInfo(unit).metric;
    if (metric === 'throughput' && kind === 'time')
        return `time (${mode})`;
    if (metric !== 'throughput' && MODE_METRIC[mode] !== undefined && kind === 'throughput')
        return `throughput (${mode})`;
    return metric;
}
/** JMH's unit spelling to one units.ts reads the way JMH means it. */
function jmhUnit(unit) {
    return unit === 'MB/sec' ? 'MiB/s' : unit;
}
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** Read one metric object; undefined when its score is not a number (JMH's "NaN"). */
function readMetric(r, m, path, what) {
    const rec = r.record(m, path, what);
    const unit = typeof rec.scoreUnit === 'string'
        ? rec.scoreUnit
        : r.wrong([...path, 'scoreUnit'], `expected a "scoreUnit" for ${what}`, rec.scoreUnit);
    const value = finite(rec.score);
    if (value === undefined)
        return undefined;
    const samples = [];
    if (rec.rawData !== undefined) {
        r.array(rec.rawData, [...path, 'rawData'], `"rawData" of ${what}`).forEach((fork, fi) => {
            const fp = [...path, 'rawData', fi];
            for (const [ii, x] of r.array(fork, fp, `a fork's iterations in ${what}`).entries()) {
                samples.push(r.number(x, [...fp, ii], `an iteration's score in ${what}`));
            }
        });
    }
    else if (rec.rawDataHistogram !== undefined) {
        const hp = [...path, 'rawDataHistogram'];
        r.array(rec.rawDataHistogram, hp, `"rawDataHistogram" of ${what}`).forEach((fork, fi) => {
            r.array(fork, [...hp, fi], `a fork in ${what}`).forEach((iter, ii) => {
                const ip = [...hp, fi, ii];
                let sum = 0;
                let count = 0;
                r.array(iter, ip, `an iteration's histogram in ${what}`).forEach((pair, pi) => {
                    const pp = [...ip, pi];
                    const p = r.array(pair, pp, `a [value, count] pair in ${what}`);
                    const v = r.number(p[0], pp, `a histogram value in ${what}`);
                    const c = r.number(p[1], pp, `a histogram count in ${what}`);
                    sum += v * c;
                    count += c;
                });
                if (count > 0 && Number.isFinite(sum / count))
                    samples.push(sum / count);
            });
        });
    }
    const conf = Array.isArray(rec.scoreConfidence) ? rec.scoreConfidence : [];
    return { value, unit: jmhUnit(unit), samples, low: finite(conf[0]), high: finite(conf[1]) };
}
const jmh = {
    name: 'jmh',
    describe: 'java -jar target/benchmarks.jar -rf json -rff jmh.json',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('['))
            return false;
        const head = text.slice(0, 1 << 16);
        return /"benchmark"\s*:/.test(head) && /"primaryMetric"\s*:/.test(head);
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const list = r.array(doc, [], 'the JMH result list [{"benchmark", "mode", "primaryMetric"}]');
        if (list.length === 0)
            r.fail([], 'expected at least one JMH result, got []');
        const out = [];
        const taken = new Map();
        const add = (s, line) => {
            const key = `${s.name}\u0000${s.metric}`;
            const first = taken.get(key);
            if (first !== undefined) {
                throw new src_errors/* ParseError */.mB(file, lineOf(line), `expected each benchmark, params and mode once, "${s.name}" (${s.metric}) already appeared on line ${lineOf(first)}`);
            }
            taken.set(key, line);
            out.push(s);
        };
        list.forEach((b, i) => {
            const bench = r.record(b, [i], `result ${i}`);
            const method = r.string(bench.benchmark, [i, 'benchmark'], `"benchmark" of result ${i}`);
            const mode = r.string(bench.mode, [i, 'mode'], `"mode" of "${method}"`);
            let name = method;
            if (bench.params !== undefined) {
                const params = r.record(bench.params, [i, 'params'], `"params" of "${method}"`);
                const pairs = Object.entries(params).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
                if (pairs.length > 0)
                    name = `${method} (${pairs.join(', ')})`;
            }
            const line = r.at([i]);
            const primary = readMetric(r, bench.primaryMetric, [i, 'primaryMetric'], `"${name}"`);
            if (primary === undefined) {
                r.fail([i, 'primaryMetric', 'score'], `expected a number for the score of "${name}"`);
            }
            add(makeSeries({
                name,
                rawUnit: primary.unit,
                metric: modeMetric(mode, primary.unit),
                value: primary.value,
                samples: primary.samples,
                spread: { low: primary.low, high: primary.high },
            }, file, line), line);
            if (bench.secondaryMetrics === undefined)
                return;
            const secondary = r.record(bench.secondaryMetrics, [i, 'secondaryMetrics'], `"secondaryMetrics" of "${name}"`);
            for (const [key, m] of Object.entries(secondary)) {
                const mp = [i, 'secondaryMetrics', key];
                const metric = readMetric(r, m, mp, `"${key}" of "${name}"`);
                if (metric === undefined)
                    continue;
                let label = key.replace(/^\u00b7/, '');
                if (taken.has(`${name}\u0000${label}`))
                    label = `${label} (${mode})`;
                const at = r.at(mp);
                add(makeSeries({
                    name,
                    rawUnit: metric.unit,
                    metric: label,
                    // Profiler metrics are costs: a higher allocation rate is not an improvement.
                    direction: /^gc\./.test(label) ? 'smaller' : undefined,
                    value: metric.value,
                    samples: metric.samples,
                    spread: { low: metric.low, high: metric.high },
                }, file, at), at);
            }
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/julia.ts

const julia = {
    name: 'julia',
    describe: 'BenchmarkTools.save("bench.json", run(SUITE)) (or median(results))',
    detect(text) {
        return (/^\s*\[\s*\{\s*"Julia"\s*:/.test(text.slice(0, 4096)) &&
            text.slice(0, 4096).includes('"BenchmarkTools"'));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.array(doc, [], "BenchmarkTools' [versions, [value]]");
        r.record(top[0], [0], 'the version record {"Julia", "BenchmarkTools"}');
        const values = r.array(top[1], [1], 'the saved values');
        if (values.length !== 1) {
            r.fail([1], `expected one saved value (a BenchmarkGroup, Trial or TrialEstimate), found ${values.length}; ` +
                'save one per file, e.g. BenchmarkTools.save("bench.json", median(results))');
        }
        const out = [];
        const unique = new UniqueNames(file);
        const push = (s, line) => {
            unique.check(s, line);
            out.push(s);
        };
        // Iterative walk: a hostile file nested a million deep must not overflow the stack.
        const stack = [
            { value: values[0], path: [1, 0], name: [] },
        ];
        while (stack.length > 0) {
            const { value, path, name } = stack.pop();
            const lowered = r.array(value, path, 'a ["TypeName", {fields}] value');
            const type = typeof lowered[0] === 'string'
                ? lowered[0]
                : r.wrong([...path, 0], 'expected a type name', lowered[0]);
            const fields = r.record(lowered[1], [...path, 1], `the fields of a ${type}`);
            const fp = [...path, 1];
            const label = name.length > 0 ? name.join('/') : 'trial';
            const line = r.at(path);
            if (type === 'BenchmarkGroup') {
                const data = r.record(fields.data, [...fp, 'data'], 'the "data" of a BenchmarkGroup');
                // Reverse, so that popping the stack visits keys in file order.
                const children = Object.entries(data).map(([k, v]) => ({
                    value: v,
                    path: [...fp, 'data', k],
                    name: [...name, k],
                }));
                // A loop, not a spread: a hostile file's node may have more children than a call takes arguments.
                for (let c = children.length - 1; c >= 0; c--)
                    stack.push(children[c]);
                continue;
            }
            if (type !== 'Trial' && type !== 'TrialEstimate') {
                r.fail([...path, 0], `expected a BenchmarkGroup, Trial or TrialEstimate, got ${JSON.stringify(type)}`);
            }
            if (type === 'Trial') {
                const times = r.numbers(fields.times, [...fp, 'times'], `the times of "${label}"`);
                if (times.length === 0)
                    r.fail([...fp, 'times'], `expected at least one sample in the times of "${label}"`);
                push(makeSeries({ name: label, rawUnit: 'ns', value: medianOf(times), samples: times }, file, line), line);
            }
            else {
                const time = r.number(fields.time, [...fp, 'time'], `the time of "${label}"`);
                push(makeSeries({ name: label, rawUnit: 'ns', value: time }, file, line), line);
            }
            const memory = r.number(fields.memory, [...fp, 'memory'], `the memory of "${label}"`);
            push(makeSeries({ name: label, rawUnit: 'B', metric: 'memory', value: memory }, file, line), line);
            const allocs = r.number(fields.allocs, [...fp, 'allocs'], `the allocs of "${label}"`);
            push(makeSeries({ name: label, rawUnit: 'allocs', metric: 'allocs', value: allocs }, file, line), line);
        }
        if (out.length === 0)
            r.fail([1, 0], 'expected at least one Trial or TrialEstimate in the BenchmarkGroup');
        return out;
    },
};

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/parse/validate.generated.js
// Generated by scripts/validators.ts (npm run validators) with ajv 8.20.0 from benchgate-schema.ts.
// Do not edit: edit the schema and regenerate.
/* eslint-disable */

const ajvRuntime_ucs2length = ((m) => (typeof m === 'function' ? m : m.default))(ucs2length);

const validateResults_ = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/benchgate/benchgate/main/schema/benchgate-results.schema.json","title":"benchgate results","description":"Benchmark results for benchgate from any tool: one entry per metric of each benchmark. Values are in the unit given; benchgate converts known units (ns, us, ms, s, B, KiB, MB/s, ops/s, …) to its canonical ones (ns, B, B/s, ops/s).","type":"object","additionalProperties":false,"required":["benchgate","results"],"properties":{"$schema":{"type":"string","description":"This schema, for editors."},"benchgate":{"const":1,"description":"The format version: 1."},"tool":{"type":"string","minLength":1,"maxLength":200,"description":"What produced the results (shown in reports), e.g. \"my-harness 2.1\"."},"results":{"type":"array","minItems":1,"maxItems":100000,"items":{"$ref":"#/definitions/result"},"description":"One entry per (name, metric); a pair may appear once."}},"definitions":{"result":{"type":"object","additionalProperties":false,"required":["name","unit"],"anyOf":[{"required":["value"]},{"required":["samples"]}],"properties":{"name":{"type":"string","minLength":1,"maxLength":2000,"pattern":"\\S","description":"The benchmark, e.g. \"parse/large\". Names are compared across runs as written."},"metric":{"type":"string","minLength":1,"maxLength":200,"description":"What is measured. Default: \"time\" for a duration unit, \"throughput\" for a rate, else the unit."},"unit":{"type":"string","maxLength":100,"description":"The unit of value, samples and spread: \"ns\", \"us\", \"ms\", \"s\", \"B\", \"KiB\", \"MB/s\", \"ops/s\", or your own (\"requests\", \"\" for a plain count)."},"direction":{"enum":["smaller","bigger"],"description":"Which way is better. Default from the unit: rates (…/s) bigger, everything else smaller."},"value":{"type":"number","description":"The headline. Default: the median of samples."},"samples":{"type":"array","minItems":1,"maxItems":1000000,"items":{"type":"number"},"description":"Independent measurements (per repetition or per batch, each a per-operation value). With several, benchgate compares distributions instead of single values."},"origin":{"enum":["console"],"description":"Where the numbers come from: \"console\" for a tool's printed summary table, which carries no samples."},"spread":{"type":"object","additionalProperties":false,"minProperties":1,"description":"What the tool reports about the noise: low/high bound its confidence interval of the central value, stddev is the standard deviation of the samples.","properties":{"low":{"type":"number"},"high":{"type":"number"},"stddev":{"type":"number","minimum":0}}},"exact":{"const":true,"description":"A deterministic count (instructions, cache misses): no noise, so the thresholds apply to the change directly, without statistics."}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["name","unit"],"anyOf":[{"required":["value"]},{"required":["samples"]}],"properties":{"name":{"type":"string","minLength":1,"maxLength":2000,"pattern":"\\S","description":"The benchmark, e.g. \"parse/large\". Names are compared across runs as written."},"metric":{"type":"string","minLength":1,"maxLength":200,"description":"What is measured. Default: \"time\" for a duration unit, \"throughput\" for a rate, else the unit."},"unit":{"type":"string","maxLength":100,"description":"The unit of value, samples and spread: \"ns\", \"us\", \"ms\", \"s\", \"B\", \"KiB\", \"MB/s\", \"ops/s\", or your own (\"requests\", \"\" for a plain count)."},"direction":{"enum":["smaller","bigger"],"description":"Which way is better. Default from the unit: rates (…/s) bigger, everything else smaller."},"value":{"type":"number","description":"The headline. Default: the median of samples."},"samples":{"type":"array","minItems":1,"maxItems":1000000,"items":{"type":"number"},"description":"Independent measurements (per repetition or per batch, each a per-operation value). With several, benchgate compares distributions instead of single values."},"origin":{"enum":["console"],"description":"Where the numbers come from: \"console\" for a tool's printed summary table, which carries no samples."},"spread":{"type":"object","additionalProperties":false,"minProperties":1,"description":"What the tool reports about the noise: low/high bound its confidence interval of the central value, stddev is the standard deviation of the samples.","properties":{"low":{"type":"number"},"high":{"type":"number"},"stddev":{"type":"number","minimum":0}}},"exact":{"const":true,"description":"A deterministic count (instructions, cache misses): no noise, so the thresholds apply to the change directly, without statistics."}}};
const func2 = ajvRuntime_ucs2length;
const func4 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("\\S", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/benchgate/benchgate/main/schema/benchgate-results.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.benchgate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "benchgate"},message:"must have required property '"+"benchgate"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.results === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "benchgate")) || (key0 === "tool")) || (key0 === "results"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.benchgate !== undefined){
if(1 !== data.benchgate){
const err4 = {instancePath:instancePath+"/benchgate",schemaPath:"#/properties/benchgate/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tool !== undefined){
let data2 = data.tool;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err5 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.results !== undefined){
let data3 = data.results;
if(Array.isArray(data3)){
if(data3.length > 100000){
const err8 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.value === undefined){
const err10 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/anyOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs14 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.samples === undefined){
const err11 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/anyOf/1/required",keyword:"required",params:{missingProperty: "samples"},message:"must have required property '"+"samples"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs14 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err12 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err13 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.unit === undefined){
const err14 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!(func4.call(schema12.properties, key1))){
const err15 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(func2(data5) > 2000){
const err16 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data5) < 1){
const err17 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern0.test(data5)){
const err18 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/results/" + i0+"/name",schemaPath:"#/definitions/result/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.metric !== undefined){
let data6 = data4.metric;
if(typeof data6 === "string"){
if(func2(data6) > 200){
const err20 = {instancePath:instancePath+"/results/" + i0+"/metric",schemaPath:"#/definitions/result/properties/metric/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/results/" + i0+"/metric",schemaPath:"#/definitions/result/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/results/" + i0+"/metric",schemaPath:"#/definitions/result/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.unit !== undefined){
let data7 = data4.unit;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err23 = {instancePath:instancePath+"/results/" + i0+"/unit",schemaPath:"#/definitions/result/properties/unit/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/results/" + i0+"/unit",schemaPath:"#/definitions/result/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.direction !== undefined){
let data8 = data4.direction;
if(!((data8 === "smaller") || (data8 === "bigger"))){
const err25 = {instancePath:instancePath+"/results/" + i0+"/direction",schemaPath:"#/definitions/result/properties/direction/enum",keyword:"enum",params:{allowedValues: schema12.properties.direction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.value !== undefined){
let data9 = data4.value;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/results/" + i0+"/value",schemaPath:"#/definitions/result/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.samples !== undefined){
let data10 = data4.samples;
if(Array.isArray(data10)){
if(data10.length > 1000000){
const err27 = {instancePath:instancePath+"/results/" + i0+"/samples",schemaPath:"#/definitions/result/properties/samples/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.length < 1){
const err28 = {instancePath:instancePath+"/results/" + i0+"/samples",schemaPath:"#/definitions/result/properties/samples/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/results/" + i0+"/samples/" + i1,schemaPath:"#/definitions/result/properties/samples/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/results/" + i0+"/samples",schemaPath:"#/definitions/result/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data4.origin !== undefined){
if(!(data4.origin === "console")){
const err31 = {instancePath:instancePath+"/results/" + i0+"/origin",schemaPath:"#/definitions/result/properties/origin/enum",keyword:"enum",params:{allowedValues: schema12.properties.origin.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data4.spread !== undefined){
let data13 = data4.spread;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length < 1){
const err32 = {instancePath:instancePath+"/results/" + i0+"/spread",schemaPath:"#/definitions/result/properties/spread/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data13){
if(!(((key2 === "low") || (key2 === "high")) || (key2 === "stddev"))){
const err33 = {instancePath:instancePath+"/results/" + i0+"/spread",schemaPath:"#/definitions/result/properties/spread/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.low !== undefined){
let data14 = data13.low;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err34 = {instancePath:instancePath+"/results/" + i0+"/spread/low",schemaPath:"#/definitions/result/properties/spread/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.high !== undefined){
let data15 = data13.high;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err35 = {instancePath:instancePath+"/results/" + i0+"/spread/high",schemaPath:"#/definitions/result/properties/spread/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.stddev !== undefined){
let data16 = data13.stddev;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err36 = {instancePath:instancePath+"/results/" + i0+"/spread/stddev",schemaPath:"#/definitions/result/properties/spread/properties/stddev/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/results/" + i0+"/spread/stddev",schemaPath:"#/definitions/result/properties/spread/properties/stddev/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/results/" + i0+"/spread",schemaPath:"#/definitions/result/properties/spread/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data4.exact !== undefined){
if(true !== data4.exact){
const err39 = {instancePath:instancePath+"/results/" + i0+"/exact",schemaPath:"#/definitions/result/properties/exact/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/definitions/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


/** A document in benchgate's own results format: `false`, with `.errors` set, when it does not match. */
const validateResults = validateResults_;

;// CONCATENATED MODULE: ./src/parse/benchgate.ts



/** Checked with the schema in benchgate-schema.ts, compiled by ajv at build time. */
function validate(doc) {
    return validateResults(doc) ? [] : (validateResults.errors ?? []);
}
function pathOf(e) {
    return e.instancePath
        .split('/')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}
/** `results[3].value`, as a user finds it in the file. */
function display(path) {
    if (path.length === 0)
        return 'the document';
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
function valueAt(doc, path) {
    let v = doc;
    for (const p of path)
        v = v?.[p];
    return v;
}
function describe(e, doc) {
    const path = pathOf(e);
    const at = display(path);
    const found = describeJson(valueAt(doc, path));
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return { path, expected: `expected "${String(p.missingProperty)}" in ${at}` };
        case 'anyOf':
            return { path, expected: `expected "value" or "samples" (or both) in ${at}` };
        case 'additionalProperties':
            return {
                path,
                expected: `expected only the keys the format defines in ${at}, found "${String(p.additionalProperty)}"`,
            };
        case 'const':
            return { path, expected: `expected ${at} to be ${JSON.stringify(p.allowedValue)}`, found };
        case 'enum':
            return {
                path,
                expected: `expected ${at} to be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
                found,
            };
        case 'type':
            return {
                path,
                expected: `expected ${at} to be ${p.type === 'array' ? 'a list' : `a ${String(p.type)}`}`,
                found,
            };
        case 'minItems':
            return { path, expected: `expected at least one entry in ${at}` };
        case 'minLength':
        case 'pattern':
            return { path, expected: `expected a non-empty ${at}`, found };
        case 'minProperties':
            return { path, expected: `expected "low", "high" or "stddev" in ${at}` };
        case 'minimum':
            return { path, expected: `expected ${at} to be at least ${String(p.limit)}`, found };
        default:
            return {
                path,
                expected: `expected ${at} to match the benchgate results schema (${e.message ?? e.keyword})`,
            };
    }
}
const benchgateResults = {
    name: 'benchgate',
    describe: 'benchgate\'s own JSON: {"benchgate": 1, "results": [{"name", "unit", "value" | "samples"}]}',
    detect(text) {
        return looksLikeJson(text) && /^\s*\{[\s\S]{0,4096}?"benchgate"\s*:\s*1\b/.test(text.slice(0, 8192));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const errors = validate(doc);
        if (errors.length > 0) {
            // The deepest error is the most specific. At one depth a misspelt key explains the rest best,
            // and "value or samples" (anyOf, reported with its branches' "required") comes last.
            const rank = (e) => e.keyword === 'additionalProperties'
                ? 0
                : e.keyword === 'anyOf'
                    ? 2
                    : e.schemaPath.includes('anyOf')
                        ? 3
                        : 1;
            const sorted = [...errors].sort((a, b) => pathOf(b).length - pathOf(a).length || rank(a) - rank(b));
            const { path, expected, found } = describe(sorted[0], doc);
            throw new src_errors/* ParseError */.mB(file, r.line(path), expected, found);
        }
        const results = doc.results;
        const unique = new UniqueNames(file);
        return results.map((e, i) => {
            const line = r.at(['results', i]);
            const value = e.value ?? medianOf(e.samples);
            const s = makeSeries({
                name: e.name,
                rawUnit: e.unit,
                metric: e.metric,
                direction: e.direction,
                value,
                samples: e.samples,
                spread: e.spread,
                origin: e.origin,
            }, file, line);
            unique.check(s, line);
            if (e.exact)
                s.exact = true;
            return s;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/benchmarkdotnet.ts

/** The job part of `DisplayInfo` ("StringBenchmarks.Concat: Job-ABC [N=10]" → "Job-ABC"). */
function jobOf(displayInfo) {
    if (typeof displayInfo !== 'string')
        return undefined;
    const m = /^[^:]*:\s*([^[]+?)\s*(?:\[.*)?$/.exec(displayInfo);
    return m ? m[1] : undefined;
}
/**
 * The name older BenchmarkDotNet versions (before `FullName` was exported) imply: `Namespace.Type.Method`
 * and the `Parameters` string (`N=10&Mode=fast`) in FullName's form, `(N: 10, Mode: fast)`.
 */
function nameFromParts(b) {
    const ns = typeof b.Namespace === 'string' && b.Namespace !== '' ? `${b.Namespace}.` : '';
    const params = typeof b.Parameters === 'string' && b.Parameters !== ''
        ? `(${b.Parameters.split('&')
            .map((p) => p.replace('=', ': '))
            .join(', ')})`
        : '';
    return `${ns}${b.Type}.${b.Method}${params}`;
}
const benchmarkdotnet = {
    name: 'benchmarkdotnet',
    describe: 'dotnet run -c Release -- --exporters json (BenchmarkDotNet.Artifacts/results/*-report-full.json)',
    detect(text) {
        if (!looksLikeJson(text) || !text.trimStart().startsWith('{'))
            return false;
        const head = text.slice(0, 1 << 16);
        return (/"Benchmarks"\s*:/.test(head) && (/"HostEnvironmentInfo"\s*:/.test(head) || /"FullName"\s*:/.test(head)));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const root = r.record(doc, [], 'the BenchmarkDotNet report {"Title", "Benchmarks"}');
        const list = r.array(root.Benchmarks, ['Benchmarks'], '"Benchmarks"');
        if (list.length === 0)
            r.fail(['Benchmarks'], 'expected at least one entry in "Benchmarks", got []');
        const records = list.map((b, i) => r.record(b, ['Benchmarks', i], `Benchmarks[${i}]`));
        const fullNames = records.map((b, i) => b.FullName === undefined && typeof b.Type === 'string' && typeof b.Method === 'string'
            ? nameFromParts(b)
            : r.string(b.FullName, ['Benchmarks', i, 'FullName'], `"FullName" of Benchmarks[${i}]`));
        const count = new Map();
        for (const n of fullNames)
            count.set(n, (count.get(n) ?? 0) + 1);
        const unique = new UniqueNames(file);
        const out = [];
        records.forEach((b, i) => {
            const bp = ['Benchmarks', i];
            const job = jobOf(b.DisplayInfo);
            const name = (count.get(fullNames[i]) ?? 0) > 1 && job ? `${fullNames[i]} [${job}]` : fullNames[i];
            const line = r.at(bp);
            if (b.Statistics === null || b.Statistics === undefined) {
                r.fail(bp, `expected "Statistics" for "${name}"; the benchmark did not run (fix or remove it)`);
            }
            const sp = [...bp, 'Statistics'];
            const stats = r.record(b.Statistics, sp, `"Statistics" of "${name}"`);
            const median = r.number(stats.Median, [...sp, 'Median'], `the median of "${name}"`);
            let samples = [];
            if (b.Measurements !== undefined && b.Measurements !== null) {
                const mp = [...bp, 'Measurements'];
                const rows = r.array(b.Measurements, mp, `"Measurements" of "${name}"`).map((m, j) => ({
                    m: r.record(m, [...mp, j], `a measurement of "${name}"`),
                    j,
                }));
                const workload = rows.filter(({ m }) => m.IterationMode === 'Workload');
                const result = workload.filter(({ m }) => m.IterationStage === 'Result');
                const chosen = result.length > 0 ? result : workload.filter(({ m }) => m.IterationStage === 'Actual');
                samples = chosen.map(({ m, j }) => {
                    const ns = r.number(m.Nanoseconds, [...mp, j, 'Nanoseconds'], `"Nanoseconds" of a measurement of "${name}"`);
                    const ops = r.number(m.Operations, [...mp, j, 'Operations'], `"Operations" of a measurement of "${name}"`);
                    if (ops <= 0)
                        r.fail([...mp, j, 'Operations'], `expected a positive "Operations" in a measurement of "${name}"`);
                    return ns / ops;
                });
            }
            if (samples.length === 0 && Array.isArray(stats.OriginalValues)) {
                samples = r.numbers(stats.OriginalValues, [...sp, 'OriginalValues'], `"OriginalValues" of "${name}"`);
            }
            const ci = isRecord(stats.ConfidenceInterval) ? stats.ConfidenceInterval : {};
            const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
            const time = makeSeries({
                name,
                rawUnit: 'ns',
                value: median,
                samples,
                spread: { low: num(ci.Lower), high: num(ci.Upper), stddev: num(stats.StandardDeviation) },
            }, file, line);
            unique.check(time, line);
            out.push(time);
            if (isRecord(b.Memory) && b.Memory.BytesAllocatedPerOperation !== undefined) {
                const bytes = r.number(b.Memory.BytesAllocatedPerOperation, [...bp, 'Memory', 'BytesAllocatedPerOperation'], `"BytesAllocatedPerOperation" of "${name}"`);
                const mem = makeSeries({ name, rawUnit: 'B', metric: 'allocated', value: bytes }, file, line);
                unique.check(mem, line);
                out.push(mem);
            }
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/counts.ts


/** One exact count series; `text` is the number as printed, checked to be a non-negative count. */
function countSeries(name, metric, unit, text, file, line) {
    // Counts are plain digits almost always; readNumber handles separators and the rest.
    const value = /^\d{1,15}$/.test(text) ? Number(text) : readNumber(text);
    if (value === undefined || value < 0) {
        throw new src_errors/* ParseError */.mB(file, line, `expected a count for ${metric} of "${name}"`, text);
    }
    if (name.trim() === '')
        throw new src_errors/* ParseError */.mB(file, line, 'expected a benchmark name, got an empty one');
    return { name, metric, unit, direction: 'smaller', value, exact: true };
}
/**
 * `countSeries` of the digits text[s, e) (one to 15 of them, so exact as a double) under a name known
 * not to be blank: what the console readers make of their usual count line, without its slice.
 */
function digitCountSeries(name, metric, unit, text, s, e) {
    let value = 0;
    for (let i = s; i < e; i++)
        value = value * 10 + (text.charCodeAt(i) - 48);
    return { name, metric, unit, direction: 'smaller', value, exact: true };
}
/** The unit of an event as iai and gungraun label it ("Instructions", "L1 Hits", "Estimated Cycles"). */
const units = new Map();
function eventUnit(label) {
    let u = units.get(label);
    if (u === undefined) {
        u = unitOfLabel(label);
        if (units.size < 256)
            units.set(label, u);
    }
    return u;
}
/** One string per event label, so a million series of a file share a handful (bounded like `units`). */
const labels = new Map();
function eventLabel(label) {
    const known = labels.get(label);
    if (known !== undefined)
        return known;
    if (labels.size < 256)
        labels.set(label, label);
    return label;
}
function unitOfLabel(label) {
    const l = label.toLowerCase();
    if (l === 'instructions' || l === 'ir')
        return 'instructions';
    if (l.includes('cycles'))
        return 'cycles';
    if (l.endsWith('hits'))
        return 'hits';
    if (l.endsWith('accesses') || l.includes('read+write'))
        return 'accesses';
    if (l.endsWith('misses'))
        return 'misses';
    return 'events';
}

;// CONCATENATED MODULE: ./src/parse/valgrind.ts



const valgrind_HEAD = 8192;
function parseProfile(text, file, tool) {
    const out = [];
    const unique = new UniqueNames(file);
    let p = { eventsLine: 0 };
    let done = false;
    const emit = (values, line, key) => {
        if (!p.events)
            throw new src_errors/* ParseError */.mB(file, line, `expected an "events:" line before "${key}:"`);
        const counts = values.trim().split(/\s+/);
        // Valgrind omits trailing zero counts on cost lines; a summary always has every event.
        if (counts.length !== p.events.length) {
            throw new src_errors/* ParseError */.mB(file, line, `expected ${p.events.length} counts in "${key}:" (one per event: ${p.events.join(' ')})`, values.trim());
        }
        const base = p.cmd ?? tool;
        const name = p.part && p.part !== '1' ? `${base} (part ${p.part})` : base;
        p.events.forEach((ev, k) => {
            const s = countSeries(name, ev, ev === 'Ir' ? 'instructions' : ev, counts[k], file, line);
            unique.check(s, line);
            out.push(s);
        });
        done = true;
    };
    // a profile is mostly cost lines: a line is sliced from the text only if it may be a header line
    let count = 0;
    for (let start = 0; start <= text.length; count++) {
        const i = count;
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        const c0 = text.charCodeAt(start);
        const raw = c0 < 97 || c0 > 122 ? '' : text.slice(start, end);
        start = end + 1;
        if (raw === '')
            continue; // cost lines start with a digit, a "+" or a "-"
        const line = withoutCr(raw);
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const key = line.slice(0, colon);
        const value = line.slice(colon + 1);
        if (key === 'cmd') {
            if (done)
                p = { eventsLine: 0 };
            p.cmd = value.trim();
        }
        else if (key === 'part') {
            if (done)
                p = { cmd: p.cmd, eventsLine: 0 };
            p.part = value.trim();
        }
        else if (key === 'events') {
            if (done)
                p = { cmd: p.cmd, part: p.part, eventsLine: 0 };
            p.events = value.trim().split(/\s+/).filter(Boolean);
            p.eventsLine = i + 1;
            if (p.events.length === 0)
                throw new src_errors/* ParseError */.mB(file, i + 1, 'expected event names after "events:"');
        }
        else if (key === 'summary') {
            emit(value, i + 1, key);
        }
        else if (key === 'totals' && !done) {
            // callgrind without a header summary (older versions): the totals are the program's cost
            emit(value, i + 1, key);
        }
    }
    if (out.length === 0) {
        throw new src_errors/* ParseError */.mB(file, count, `expected a "summary:" line with the program's ${tool} counts`);
    }
    return out;
}
const callgrind = {
    name: 'callgrind',
    describe: 'valgrind --tool=callgrind --callgrind-out-file=callgrind.out PROGRAM',
    detect(text) {
        const head = text.slice(0, valgrind_HEAD);
        return (/^(?:# callgrind format\r?\n|version: \d)/.test(head) &&
            /^creator: callgrind/m.test(head) &&
            /^events: /m.test(head));
    },
    parse(text, file) {
        return parseProfile(text, file, 'callgrind');
    },
};
const cachegrind = {
    name: 'cachegrind',
    describe: 'valgrind --tool=cachegrind --cachegrind-out-file=cachegrind.out PROGRAM',
    detect(text) {
        const head = text.slice(0, valgrind_HEAD);
        return (/^(?:desc: .*\r?\n)*cmd: .*\r?\n(?:desc: .*\r?\n)*events: \S/.test(head) &&
            !/^creator: callgrind/m.test(head));
    },
    parse(text, file) {
        return parseProfile(text, file, 'cachegrind');
    },
};

;// CONCATENATED MODULE: ./src/parse/iai.ts




const iai_NAME = /^(\S.*?)\s*$/;
const COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s/;
const COUNT = /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s+(\d+)(?:\s+\((?:No change|[-+]?(?:\d+\.?\d*|inf)%)\))?\s*$/;
const isLabelStart = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where `countAt` found a count line's parts: its label (interned) and the digits text[d0, d1). */
const found = { label: '', d0: 0, d1: 0 };
/** The labels met so far, compared in place before one is sliced (a file has a handful). */
const seenLabels = [];
/**
 * COUNT's label and count for the line text[s, e) (it starts with two spaces: the caller checks), read
 * in place into `found`; false for any other line, which the regexes then read. Its parts have one way
 * each to match: the label ends at the first colon, the count at the first non-digit.
 */
function countAt(text, s, e) {
    if (!isLabelStart(text.charCodeAt(s + 2)))
        return false;
    // the first colon, with only label characters before it (a scan: a search could run past the line)
    let colon = s + 3;
    for (let c = text.charCodeAt(colon); colon < e && (isLabelStart(c) || c === 32 || c === 43);)
        c = text.charCodeAt(++colon);
    if (colon >= e || text.charCodeAt(colon) !== 58 /* : */)
        return false;
    const d0 = skipBlanks(text, colon + 1, e);
    let d1 = d0;
    while (d1 < e && text.charCodeAt(d1) >= 48 && text.charCodeAt(d1) <= 57)
        d1++;
    if (d0 === colon + 1 || d1 === d0)
        return false;
    let end = skipBlanks(text, d1, e);
    if (end < e) {
        // ` (No change)`, ` (+12.5%)`, ` (-inf%)`
        if (end === d1 || text.charCodeAt(end) !== 40 /* ( */)
            return false;
        let i = end + 1;
        if (isAt(text, 'No change)', i))
            i += 10;
        else {
            const sign = text.charCodeAt(i);
            if (sign === 43 || sign === 45)
                i++;
            if (isAt(text, 'inf', i))
                i += 3;
            else {
                const n0 = i;
                while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
                    i++;
                if (i === n0)
                    return false;
                if (i < e && text.charCodeAt(i) === 46)
                    i++;
                while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
                    i++;
            }
            if (!isAt(text, '%)', i) || i + 2 > e)
                return false;
            i += 2;
        }
        end = skipBlanks(text, i, e);
        if (end < e)
            return false;
    }
    let label;
    for (const l of seenLabels)
        if (colon - (s + 2) === l.length && isAt(text, l, s + 2)) {
            label = l;
            break;
        }
    if (label === undefined) {
        label = eventLabel(text.slice(s + 2, colon));
        if (seenLabels.length < 16 && !seenLabels.includes(label))
            seenLabels.push(label);
    }
    found.label = label;
    found.d0 = d0;
    found.d1 = d1;
    return true;
}
const iai = {
    name: 'iai',
    describe: 'cargo bench with the iai crate (console output)',
    detect(text) {
        const head = text.slice(0, 65536);
        return /^\S[^\n]*\r?\n {2}Instructions: +\d+[^\n]*\r?\n {2}L1 Accesses: +\d+/m.test(head);
    },
    parse(text, file) {
        const out = [];
        const unique = new UniqueNames(file);
        // the lines (LF-separated, as text.split('\n') gives them), read in place; a line is sliced when
        // it may be a name (the line above an indented count) or a count the scan leaves to the regexes
        let name;
        let n = 0;
        for (let s = 0;;) {
            const nl = text.indexOf('\n', s);
            const stop = nl < 0 ? text.length : nl;
            const e = stop > s && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
            n++;
            if (name !== undefined && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 32 && e - s >= 2) {
                if (countAt(text, s, e)) {
                    const { label, d0, d1 } = found;
                    const series = d1 - d0 <= 15
                        ? digitCountSeries(name, label, eventUnit(label), text, d0, d1)
                        : countSeries(name, label, eventUnit(label), text.slice(d0, d1), file, n);
                    unique.check(series, n);
                    out.push(series);
                }
                else {
                    const line = text.slice(s, e);
                    const claim = COUNT_CLAIM.exec(line);
                    if (claim) {
                        const m = COUNT.exec(line);
                        if (!m)
                            throw new src_errors/* ParseError */.mB(file, n, `expected "${claim[1]}: <count>" for "${name}"`, line.trim());
                        const series = countSeries(name, m[1], eventUnit(m[1]), m[2], file, n);
                        unique.check(series, n);
                        out.push(series);
                    }
                }
            }
            else {
                // A name is the line right above an indented count (that line as split, its CR kept).
                const next = nl + 1;
                name = undefined;
                if (nl >= 0 && text.charCodeAt(next) === 32) {
                    const nextNl = text.indexOf('\n', next);
                    if (COUNT_CLAIM.test(text.slice(next, nextNl < 0 ? text.length : nextNl)))
                        name = iai_NAME.exec(text.slice(s, e))?.[1];
                }
            }
            if (nl < 0)
                break;
            s = nl + 1;
        }
        if (out.length === 0)
            throw new src_errors/* ParseError */.mB(file, n, 'expected a benchmark name followed by "  Instructions: <count>"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/divan.ts




const divan_HEADER = /^(\S.*?)\s+fastest\s+│ slowest\s+│ median\s+│ mean\s+│ samples\s+│ iters\s*$/;
/**
 * The header's lazy name group backtracks over long runs of blanks: only a line that could be a header
 * (short, with the column titles in it) is matched against it, so reading stays linear on any input.
 */
const MAX_HEADER = 4096;
function divan_headerOf(line) {
    return line.length <= MAX_HEADER && line.includes('fastest') && line.includes('iters')
        ? divan_HEADER.exec(line)
        : null;
}
/** The tree part of the first cell: "│  " / "   " per level, then "├─ " or "╰─ " before a name. */
const BRANCH = /^((?:[│ ] {2})*)([├╰]─ )/;
/** Where t[a, b) starts once `trim` removed its blanks (b when all blank). */
function trimStartAt(t, a, b) {
    while (a < b && isJsSpace(t.charCodeAt(a)))
        a++;
    return a;
}
/** Where t[a, b) ends once `trim` removed its blanks (a when all blank). */
function trimEndAt(t, a, b) {
    while (b > a && isJsSpace(t.charCodeAt(b - 1)))
        b--;
    return b;
}
/**
 * `[root, ...path.slice(0, d)].join('/')`, kept in `joined` (root first) for the rows that follow:
 * siblings share it. A hole in the path (a row deeper than its parent) is an empty segment, as in join.
 */
function prefixOf(joined, path, d) {
    let p = joined[d];
    if (p === undefined) {
        p = `${prefixOf(joined, path, d - 1)}/${path[d - 1] ?? ''}`;
        joined[d] = p;
    }
    return p;
}
/** Where cell k starts as the header's separators bound it, in a line t[s, s + len). */
function cellStart(seps, s, len, k) {
    return s + Math.min(k === 0 ? 0 : seps[k - 1] + 1, len);
}
/** Where cell k ends (never before it starts): `line.slice(seps[k - 1] + 1, seps[k])`. */
function cellEnd(seps, s, len, k) {
    return Math.max(cellStart(seps, s, len, k), s + Math.min(seps[k] ?? len, len));
}
/**
 * A cell's value, `1.825 GB/s`, `238.2 ns`, read from t[a, b) as /^(\S+) (\S+)$/ reads its trimmed
 * text: undefined for an empty cell, null for one that is not a number and a unit.
 */
class CellReader {
    value = 0;
    /** The last unit read, one string while the rows repeat it. */
    unit = '';
    read(t, a, b) {
        if (isSpaceRun(t, a, b))
            return undefined; // the usual empty cell, at a glance
        const i = trimStartAt(t, a, b);
        if (i === b)
            return undefined;
        const j = trimEndAt(t, i, b);
        let sp = i;
        while (sp < j && !isJsSpace(t.charCodeAt(sp)))
            sp++;
        if (sp === j || t.charCodeAt(sp) !== 32)
            return false;
        for (let k = sp + 1; k < j; k++)
            if (isJsSpace(t.charCodeAt(k)))
                return false;
        const value = numberIn(t, i, sp);
        if (value === undefined)
            return false;
        this.value = value;
        const u = this.unit;
        if (!(u.length === j - sp - 1 && isAt(t, u, sp + 1)))
            this.unit = t.slice(sp + 1, j);
        return true;
    }
}
/** The tree of a row's first cell t[a, b): the end of "│  " / "   " per level, then "├─ " or "╰─ ". */
function branchEnd(t, a, b) {
    let i = a;
    while (i + 2 < b) {
        const c = t.charCodeAt(i);
        if ((c !== 0x2502 && c !== 32) || t.charCodeAt(i + 1) !== 32 || t.charCodeAt(i + 2) !== 32)
            break;
        i += 3;
    }
    if (i + 2 >= b)
        return -1;
    const c = t.charCodeAt(i);
    return (c === 0x251c || c === 0x2570) && t.charCodeAt(i + 1) === 0x2500 && t.charCodeAt(i + 2) === 32
        ? i + 3
        : -1;
}
const divan = {
    name: 'divan',
    describe: 'cargo bench with divan (console output)',
    detect(text) {
        return text
            .slice(0, 65536)
            .split('\n')
            .some((line) => divan_headerOf(line.replace(/\r$/, '')) !== null);
    },
    parse(text, file, sink) {
        const out = [];
        const unique = new UniqueNames(file);
        let root;
        const path = [];
        /** `[root, ...path.slice(0, d)].join('/')` by d, as far as it is known. */
        const joined = [];
        /** The benchmark the previous rows belong to, for counter rows. */
        let last;
        let nameWidth = 0;
        let seps = [];
        /**
         * Whether `last` has its `throughput` series already. A name comes once (a second is an error
         * at its row), so this is whether a counter row of this benchmark was read.
         */
        let counted = false;
        const cell = new CellReader();
        // The next "fastest" and "│" from where each was last looked for (-1: none left): a line holds
        // one when the next is before its end, and the whole text is searched once.
        let nextFastest = 0;
        let nextBar = 0;
        let lineNo = 0;
        for (let s = 0;;) {
            lineNo++;
            const nl = text.indexOf('\n', s);
            const end = nl < 0 ? text.length : nl;
            const e = end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
            const len = e - s;
            if (nextFastest >= 0 && nextFastest < s)
                nextFastest = text.indexOf('fastest', s);
            if (nextBar >= 0 && nextBar < s)
                nextBar = text.indexOf('│', s);
            const header = nextFastest >= 0 && nextFastest + 7 <= e && len <= MAX_HEADER ? divan_headerOf(text.slice(s, e)) : null;
            if (header) {
                const line = text.slice(s, e);
                root = header[1];
                path.length = 0;
                joined.length = 0;
                joined.push(root);
                last = undefined;
                nameWidth = line.indexOf('fastest');
                seps = [];
                for (let k = line.indexOf('│'); k >= 0; k = line.indexOf('│', k + 1))
                    seps.push(k);
            }
            else if (root === undefined || nextBar < 0 || nextBar >= e) {
                if (root !== undefined && text.slice(s, e).trim() === '')
                    root = undefined;
            }
            else {
                // Columns sit where the header put its separators; the tree's own "│" come before the first.
                let aligned = true;
                for (const k of seps) {
                    if (k < len ? text.charCodeAt(s + k) === 0x2502 : trimEndAt(text, s, e) - s <= k)
                        continue;
                    aligned = false;
                    break;
                }
                if (!aligned) {
                    // A benchmark row cut short or shifted is not the end of the table: say which one it was.
                    const line = text.slice(s, e);
                    if (BRANCH.test(line)) {
                        throw new src_errors/* ParseError */.mB(file, lineNo, "expected a divan row with its columns under the header's", line.trim());
                    }
                    root = undefined;
                }
                else {
                    // cells are ranges of the text, sliced only when kept: most rows read two
                    const firstEnd = s + Math.min(seps[0], len);
                    const b = branchEnd(text, s, firstEnd);
                    const medianA = s + Math.min(seps[1] + 1, len);
                    const medianB = Math.max(medianA, s + Math.min(seps[2] ?? len, len));
                    if (b >= 0) {
                        // the name column is as wide as the header's, the values start where "fastest" starts
                        const depth = (b - 3 - s) / 3;
                        const w = Math.min(s + Math.max(nameWidth, b - s), firstEnd);
                        const name = text.slice(b, w).trim() || text.slice(b, firstEnd).trim();
                        // path.length = depth (a pop, for the usual sibling), then the name
                        while (path.length > depth)
                            path.pop();
                        if (path.length < depth)
                            path.length = depth;
                        path.push(name);
                        while (joined.length > depth + 1)
                            joined.pop();
                        last = undefined;
                        const got = cell.read(text, medianA, medianB);
                        if (got === undefined) {
                            // A group (module, function with arguments) has no values at all; a row with some is cut short.
                            let empty = text.slice(w, firstEnd).trim() === '';
                            for (let k = 1; empty && k <= seps.length; k++)
                                empty = text.slice(cellStart(seps, s, len, k), cellEnd(seps, s, len, k)).trim() === '';
                            if (!empty) {
                                throw new src_errors/* ParseError */.mB(file, lineNo, "expected a divan row with its columns under the header's", text.slice(s, e).trim());
                            }
                        }
                        else {
                            // joined, not concatenated: a flat string, which the name's many lookups read faster
                            const full = [prefixOf(joined, path, depth), name].join('/');
                            const value = cell.value;
                            const unit = cell.unit;
                            if (got === false || cell.read(text, w, firstEnd) === false) {
                                throw new src_errors/* ParseError */.mB(file, lineNo, `expected "<number> <unit>" as the median of "${full}"`, text.slice(medianA, medianB).trim());
                            }
                            const series = makeSeries({ name: full, rawUnit: unit, value }, file, lineNo);
                            if (series.metric !== 'time') {
                                throw new src_errors/* ParseError */.mB(file, lineNo, `expected a time as the median of "${full}"`, text.slice(medianA, medianB).trim());
                            }
                            unique.check(series, lineNo);
                            out.push(series);
                            last = full;
                            counted = false;
                        }
                    }
                    else {
                        // A row without a branch: a counter's rate, or a profiler's label / values.
                        const row = text.slice(s, firstEnd).replace(/^[│ ]*/, '');
                        const label = /^\s*([a-z][a-z ]*):\s*$/.exec(row);
                        if (label) {
                            sink?.warn(lineNo, `divan's "${label[1]}" rows of "${last ?? root}" are not read (only times and counters)`);
                            last = undefined; // the rows under a profiler label are not counters
                        }
                        else if (last !== undefined) {
                            const got = cell.read(text, medianA, medianB);
                            if (got !== undefined) {
                                if (got === false || unitInfo(cell.unit).metric !== 'throughput') {
                                    throw new src_errors/* ParseError */.mB(file, lineNo, `expected a rate ("<number> <unit>/s") as the counter of "${last}"`, text.slice(medianA, medianB).trim());
                                }
                                const series = makeSeries({ name: last, rawUnit: cell.unit, value: cell.value, metric: 'throughput' }, file, lineNo);
                                if (counted) {
                                    // a second counter (items and bytes): its own metric, by its unit
                                    series.metric = `throughput (${series.unit})`;
                                }
                                unique.check(series, lineNo);
                                out.push(series);
                                counted = true;
                            }
                        }
                    }
                }
            }
            if (nl < 0)
                break;
            s = nl + 1;
        }
        if (out.length === 0) {
            throw new src_errors/* ParseError */.mB(file, lineNo, 'expected a divan table: "<bench> fastest │ slowest │ median │ mean │ samples │ iters"');
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/gungraun.ts





const gungraun_COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+\S+\|/;
const gungraun_COUNT = /^ {2}([A-Za-z0-9][A-Za-z0-9 +()./-]*?):\s+(\d+|N\/A)\|(\d+|N\/A)\s*(?:\(.*\))?\s*$/;
const TOOL = /^ {2}=+ ([A-Za-z][\w-]*) =+\s*$/;
const CONSOLE_NAME = {
    Ir: 'Instructions',
    L1hits: 'L1 Hits',
    LLhits: 'LL Hits',
    RamHits: 'RAM Hits',
    TotalRW: 'Total read+write',
    EstimatedCycles: 'Estimated Cycles',
};
function metricName(tool, label) {
    return tool === '' || /^callgrind$/i.test(tool) ? label : `${tool} ${label}`;
}
/** [A-Za-z0-9] */
function isAlnum(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** [A-Za-z0-9 +()./-]: the rest of a count's label. */
function isLabelChar(c) {
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
    text;
    terminators;
    /** Labels read so far (`Instructions`, `L1 Hits`, …), checked as the regexes do, with their units. */
    labels = [];
    units = [];
    /** Of the line COUNT_LINE was said of: the label's index, the new count's start, the bar. */
    label = 0;
    countAt = 0;
    bar = 0;
    /** The next "|" and "(" at or after where they were last looked for (-1: none left). */
    nextBar = 0;
    nextParen = 0;
    constructor(text, 
    /** Whether the text holds a CR, U+2028 or U+2029 anywhere (where `.` stops). */
    terminators) {
        this.text = text;
        this.terminators = terminators;
    }
    /** The label of the last COUNT_LINE. */
    labelText() {
        return this.labels[this.label];
    }
    unit() {
        return this.units[this.label];
    }
    scan(s, e) {
        const t = this.text;
        if (e - s < 3 || t.charCodeAt(s) !== 32 || t.charCodeAt(s + 1) !== 32 || !isAlnum(t.charCodeAt(s + 2)))
            return NO_CLAIM;
        // the label, up to the first ":"
        const from = s + 2;
        let colon = -1;
        const labels = this.labels;
        // the labels come in the same order under each benchmark: the one after the last first
        for (let j = 0, k = this.label + 1; j < labels.length; j++, k++) {
            if (k >= labels.length)
                k = 0;
            const l = labels[k];
            if (t.charCodeAt(from + l.length) === 58 /* : */ && from + l.length < e && isAt(t, l, from)) {
                colon = from + l.length;
                this.label = k;
                break;
            }
        }
        if (colon < 0) {
            let i = from + 1;
            while (i < e && isLabelChar(t.charCodeAt(i)))
                i++;
            if (i === e || t.charCodeAt(i) !== 58)
                return NO_CLAIM;
            colon = i;
            if (labels.length >= 64)
                return UNSURE; // a bounded list
            const label = t.slice(from, colon);
            this.label = labels.length;
            labels.push(label);
            this.units.push(eventUnit(label));
        }
        // the bar, and before it the new count after blanks
        if (this.nextBar >= 0 && this.nextBar <= colon)
            this.nextBar = t.indexOf('|', colon);
        const bar = this.nextBar;
        if (bar < 0 || bar >= e)
            return UNSURE;
        let d = bar;
        while (d > colon && gungraun_isDigit(t.charCodeAt(d - 1)))
            d--;
        if (d === bar) {
            if (!(bar - colon > 3 && isAt(t, 'N/A', bar - 3)))
                return UNSURE;
            d = bar - 3;
        }
        if (d === colon + 1 || !isSpaceRun(t, colon + 1, d))
            return UNSURE;
        // the old count, then nothing or a "(…)" between blanks
        let r = bar + 1;
        if (isAt(t, 'N/A', r))
            r += 3;
        else {
            while (r < e && gungraun_isDigit(t.charCodeAt(r)))
                r++;
            if (r === bar + 1)
                return UNSURE;
        }
        if (r > e)
            return UNSURE;
        if (this.nextParen >= 0 && this.nextParen < r)
            this.nextParen = t.indexOf('(', r);
        const paren = this.nextParen;
        if (paren < 0 || paren >= e) {
            if (!isSpaceRun(t, r, e))
                return UNSURE;
        }
        else {
            if (!isSpaceRun(t, r, paren) || t.charCodeAt(e - 1) !== 41 /* ) */ || e - 1 === paren)
                return UNSURE;
            if (this.terminators && holdsLineTerminator(t.slice(paren, e)))
                return UNSURE;
        }
        this.countAt = d;
        this.bar = bar;
        return COUNT_LINE;
    }
}
function gungraun_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** The end of the line starting at s whose LF (or the text's end) is at nl, before one CR. */
function gungraun_lineEnd(text, s, nl) {
    const end = nl < 0 ? text.length : nl;
    return end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
function gungraun_parseConsole(text, file, sink) {
    const out = [];
    const unique = new UniqueNames(file);
    const c = new Console(text, text.includes('\r') || text.includes('\u2028') || text.includes('\u2029'));
    let name;
    let tool = '';
    /** metricName(tool, label) by label index, for the tool of the moment. */
    let metrics = [];
    let lineNo = 0;
    for (let s = 0, nl = text.indexOf('\n');;) {
        lineNo++;
        const e = gungraun_lineEnd(text, s, nl);
        const nextStart = nl + 1;
        const nextNl = nl < 0 ? -1 : text.indexOf('\n', nextStart);
        if (name !== undefined && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 32) {
            const kind = text.charCodeAt(s + 2) === 61 /* = */ ? UNSURE : c.scan(s, e);
            if (kind === COUNT_LINE) {
                const label = c.labelText();
                const metric = (metrics[c.label] ??= metricName(tool, label));
                if (c.countAt + 3 === c.bar && isAt(text, 'N/A', c.countAt)) {
                    sink?.warn(lineNo, `"${name}" has no new ${label} count (N/A)`);
                }
                else {
                    const series = c.bar - c.countAt <= 15
                        ? digitCountSeries(name, metric, c.unit(), text, c.countAt, c.bar)
                        : countSeries(name, metric, c.unit(), text.slice(c.countAt, c.bar), file, lineNo);
                    unique.check(series, lineNo);
                    out.push(series);
                }
            }
            else if (kind === UNSURE) {
                const line = text.slice(s, e);
                const t = TOOL.exec(line);
                if (t) {
                    tool = t[1];
                    metrics = [];
                }
                else {
                    const claim = gungraun_COUNT_CLAIM.exec(line);
                    if (claim) {
                        const m = gungraun_COUNT.exec(line);
                        if (!m)
                            throw new src_errors/* ParseError */.mB(file, lineNo, `expected "${claim[1]}: <new>|<old>" for "${name}"`, line.trim());
                        if (m[2] === 'N/A')
                            sink?.warn(lineNo, `"${name}" has no new ${claim[1]} count (N/A)`);
                        else {
                            const series = countSeries(name, metricName(tool, m[1]), eventUnit(m[1]), m[2], file, lineNo);
                            unique.check(series, lineNo);
                            out.push(series);
                        }
                    }
                }
            }
        }
        else {
            // a name, when the next line starts its counts
            name = undefined;
            if (nl >= 0 && s < e && !isJsSpace(text.charCodeAt(s))) {
                const ne = gungraun_lineEnd(text, nextStart, nextNl);
                const kind = text.charCodeAt(nextStart + 2) === 61 /* = */ ? UNSURE : c.scan(nextStart, ne);
                let starts = kind === COUNT_LINE;
                if (kind === UNSURE) {
                    const next = text.slice(nextStart, ne);
                    starts = gungraun_COUNT_CLAIM.test(next) || TOOL.test(next);
                }
                if (starts)
                    name = text.slice(s, e).trim();
            }
            tool = '';
            metrics = [];
        }
        if (nl < 0)
            break;
        s = nextStart;
        nl = nextNl;
    }
    if (out.length === 0)
        throw new src_errors/* ParseError */.mB(file, lineNo, 'expected a benchmark name followed by "  Instructions: <new>|<old>"');
    return out;
}
function parseJsonLines(text, file) {
    const out = [];
    const unique = new UniqueNames(file);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line.startsWith('{'))
            continue;
        let doc;
        try {
            doc = JSON.parse(line);
        }
        catch {
            throw new src_errors/* ParseError */.mB(file, i + 1, 'expected one gungraun summary (JSON) per line', line.slice(0, 80));
        }
        const r = new JsonReader(line, file);
        const fail = (what, found) => {
            throw new src_errors/* ParseError */.mB(file, i + 1, what, found === undefined ? undefined : JSON.stringify(found)?.slice(0, 80));
        };
        const d = r.record(doc, [], 'a gungraun summary');
        if (typeof d.module_path !== 'string' || d.module_path === '')
            fail('expected a "module_path" in the summary');
        const id = typeof d.id === 'string' && d.id !== '' ? d.id : undefined;
        const name = id === undefined
            ? d.module_path
            : `${d.module_path} ${id}:${typeof d.description === 'string' ? d.description : ''}`;
        if (!Array.isArray(d.profiles))
            fail(`expected "profiles" for "${name}"`, d.profiles);
        for (const p of d.profiles) {
            if (!isRecord(p) || !isRecord(p.data) || !isRecord(p.data.total) || !isRecord(p.data.total.metrics))
                fail(`expected "data.total.metrics" in each profile of "${name}"`);
            const prof = p;
            const tool = typeof prof.tool === 'string' ? prof.tool : '';
            for (const [key, m] of Object.entries(prof.data.total.metrics)) {
                if (/Rate$/.test(key))
                    continue;
                const v = isRecord(m) && isRecord(m.values) ? m.values.new : undefined;
                if (v === null || v === undefined)
                    continue; // not measured in this run
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
        throw new src_errors/* ParseError */.mB(file, lines.length, 'expected gungraun summaries with "profiles"');
    return out;
}
const gungraun = {
    name: 'gungraun',
    describe: 'cargo bench with gungraun / iai-callgrind (console, or -- --output-format=json)',
    detect(text) {
        const head = text.slice(0, 65536);
        if (/^\s*\{/.test(head)) {
            return (/"module_path"\s*:/.test(head) &&
                /"profiles"\s*:/.test(head) &&
                /"(?:benchmark_exe|kind)"\s*:/.test(head));
        }
        return /^\S[^\n]*\r?\n {2}(?:=+ \w+ =+\r?\n {2})?Instructions: +(?:\d+|N\/A)\|(?:\d+|N\/A)/m.test(head);
    },
    parse(text, file, sink) {
        return /^\s*\{/.test(text) ? parseJsonLines(text, file) : gungraun_parseConsole(text, file, sink);
    },
};

;// CONCATENATED MODULE: ./src/parse/bmf.ts

const BUILT_IN = {
    latency: { rawUnit: 'ns', metric: 'time' },
    throughput: { rawUnit: 'ops/s', metric: 'throughput' },
    'build-time': { rawUnit: 's', metric: 'build-time' },
    'file-size': { rawUnit: 'B', metric: 'file-size' },
};
/** The Valgrind-based measures Bencher's iai and gungraun adapters create: deterministic counts. */
const bmf_COUNT = /^(?:instructions|(?:l1|l2|ll|ram)-(?:hits|accesses)|total-read-write|estimated-cycles|(?:i1|d1|ll|il|dl)-?m[rw]|d[rw]|ir|bc|bcm|bi|bim|global-bus-events|sys-count)$/i;
const KEY = '"(?:[^"\\\\]|\\\\.)*"\\s*:\\s*';
const SHAPE = new RegExp(`^\\s*\\{\\s*${KEY}\\{\\s*${KEY}\\{\\s*"(?:value|lower_value|upper_value)"\\s*:`);
const bmf = {
    name: 'bmf',
    describe: 'Bencher Metric Format JSON: {"<benchmark>": {"<measure>": {"value", "lower_value"?, "upper_value"?}}}',
    detect(text) {
        return looksLikeJson(text) && SHAPE.test(text.slice(0, 4096));
    },
    parse(text, file) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'a BMF object {"<benchmark>": {"<measure>": {"value"}}}');
        const out = [];
        for (const [name, measures] of Object.entries(top)) {
            const m = r.record(measures, [name], `the measures of "${name}"`);
            const keys = Object.keys(m);
            if (keys.length === 0)
                r.fail([name], `expected at least one measure for "${name}"`);
            for (const measure of keys) {
                const at = [name, measure];
                const metric = r.record(m[measure], at, `the "${measure}" metric of "${name}"`);
                const value = r.number(metric.value, [...at, 'value'], `"value" of "${name}" ${measure}`);
                const low = r.optionalNumber(metric.lower_value, [...at, 'lower_value'], `"lower_value" of "${name}"`);
                const high = r.optionalNumber(metric.upper_value, [...at, 'upper_value'], `"upper_value" of "${name}"`);
                if (bmf_COUNT.test(measure)) {
                    out.push({
                        name,
                        metric: measure,
                        unit: measure === 'instructions' ? 'instructions' : measure,
                        direction: 'smaller',
                        value,
                        exact: true,
                    });
                    continue;
                }
                const known = BUILT_IN[measure];
                const spread = low === undefined && high === undefined ? undefined : { low, high };
                out.push(makeSeries(known
                    ? { name, metric: known.metric, rawUnit: known.rawUnit, value, spread }
                    : { name, metric: measure, rawUnit: '', value, spread, direction: 'smaller' }, file, r.at(at)));
            }
        }
        if (out.length === 0)
            r.fail([], 'expected at least one benchmark in the BMF object');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/pyperf.ts

const pyperf_UNITS = { second: 's', byte: 'B', integer: '' };
const META_KEYS = ['perf_version', 'python_version', 'cpu_model_name', 'platform'];
const pyperf = {
    name: 'pyperf',
    describe: 'python -m pyperf timeit … -o out.json, or a pyperf.Runner script with -o out.json',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        return (/^\s*\{\s*"benchmarks"\s*:\s*\[\s*\{\s*"(?:metadata|runs)"\s*:/.test(text.slice(0, 256)) &&
            /"version"\s*:\s*"1\.\d+"\s*\}\s*$/.test(text.slice(-256)));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'a pyperf suite {"benchmarks", "metadata", "version"}');
        const common = top.metadata === undefined ? {} : r.record(top.metadata, ['metadata'], '"metadata"');
        for (const k of META_KEYS)
            if (typeof common[k] === 'string')
                sink?.meta(k, common[k]);
        const benches = r.array(top.benchmarks, ['benchmarks'], '"benchmarks"');
        if (benches.length === 0)
            r.fail(['benchmarks'], 'expected at least one benchmark in "benchmarks"');
        const unique = new UniqueNames(file);
        return benches.map((b, i) => {
            const at = ['benchmarks', i];
            const bench = r.record(b, at, 'a benchmark {"metadata", "runs"}');
            const own = bench.metadata === undefined ? {} : r.record(bench.metadata, [...at, 'metadata'], '"metadata"');
            const meta = { ...common, ...own };
            const name = r.string(meta.name, [...at, 'metadata'], 'the benchmark\'s "name"');
            const unitName = meta.unit ?? 'second';
            if (typeof unitName !== 'string' || !(unitName in pyperf_UNITS))
                r.wrong([...at, 'metadata'], `expected "unit" second, byte or integer for "${name}"`, unitName);
            const values = [];
            r.array(bench.runs, [...at, 'runs'], `the runs of "${name}"`).forEach((run, k) => {
                const rp = [...at, 'runs', k];
                const rec = r.record(run, rp, `a run of "${name}"`);
                if (rec.values !== undefined)
                    for (const v of r.numbers(rec.values, [...rp, 'values'], `the values of "${name}"`))
                        values.push(v);
            });
            if (values.length === 0)
                r.fail([...at, 'runs'], `expected a run with "values" in "${name}" (only warmups found)`);
            const mean = values.reduce((a, x) => a + x, 0) / values.length;
            const sd = values.length > 1
                ? Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1))
                : undefined;
            const s = makeSeries({
                name,
                rawUnit: pyperf_UNITS[unitName],
                metric: unitName === 'second' ? 'time' : unitName === 'byte' ? 'memory' : 'value',
                value: mean,
                samples: values,
                spread: sd === undefined ? undefined : { stddev: sd },
            }, file, r.at(at));
            unique.check(s, r.at(at));
            return s;
        });
    },
};

;// CONCATENATED MODULE: ./src/parse/asv.ts

function kindOf(name) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (last.startsWith('time_'))
        return { rawUnit: 's', metric: 'time' };
    if (last.startsWith('peakmem_'))
        return { rawUnit: 'B', metric: 'peak memory' };
    if (last.startsWith('mem_'))
        return { rawUnit: 'B', metric: 'memory' };
    return { rawUnit: '', metric: 'track' };
}
/** Every combination of the parameter lists, first list slowest, as asv orders `result`. */
function combinations(params) {
    return params.reduce((acc, list) => acc.flatMap((c) => list.map((v) => [...c, v])), [[]]);
}
const asv = {
    name: 'asv',
    describe: 'asv run (the results/<machine>/<commit>-<env>.json file)',
    detect(text) {
        if (!looksLikeJson(text))
            return false;
        const head = text.slice(0, 65536);
        return (/"commit_hash"\s*:/.test(head) && /"env_name"\s*:/.test(head) && /"result(?:_columns|s)"\s*:/.test(head));
    },
    parse(text, file, sink) {
        const doc = parseJson(text, file);
        const r = new JsonReader(text, file);
        const top = r.record(doc, [], 'an asv results file');
        if (top.version !== 2)
            r.wrong(['version'], 'expected an asv results file of "version" 2 (asv 0.5 or later)', top.version);
        if (typeof top.commit_hash === 'string')
            sink?.meta('commit', top.commit_hash);
        const columns = r.array(top.result_columns, ['result_columns'], '"result_columns"');
        const col = (n) => columns.indexOf(n);
        const results = r.record(top.results, ['results'], '"results"');
        const out = [];
        for (const [name, row] of Object.entries(results)) {
            const at = ['results', name];
            const cells = r.array(row, at, `the result of "${name}"`);
            const cell = (n) => (col(n) >= 0 ? cells[col(n)] : undefined);
            const params = cell('params') === undefined ? [] : r.array(cell('params'), at, `"params" of "${name}"`);
            const lists = params.map((p) => r.array(p, at, `a parameter list of "${name}"`).map(String));
            const combos = lists.length === 0 ? [[]] : combinations(lists);
            const values = cell('result');
            if (values === null || values === undefined) {
                sink?.warn(r.line(at), `asv recorded no result for "${name}" (it failed or was skipped)`);
                continue;
            }
            const list = r.array(values, at, `"result" of "${name}"`);
            if (list.length !== combos.length)
                r.fail(at, `expected ${combos.length} results for "${name}" (one per parameter combination), got ${list.length}`);
            const per = (n) => {
                const v = cell(n);
                return Array.isArray(v) ? v : undefined;
            };
            const lo = per('stats_ci_99_a');
            const hi = per('stats_ci_99_b');
            const samples = per('samples');
            const kind = kindOf(name);
            list.forEach((v, k) => {
                const full = lists.length === 0 ? name : `${name}(${combos[k].join(', ')})`;
                if (v === null) {
                    sink?.warn(r.line(at), `asv recorded no result for "${full}" (it failed or was skipped)`);
                    return;
                }
                const value = r.number(v, at, `the result of "${full}"`);
                const num = (x) => typeof x === 'number' && Number.isFinite(x) ? x : undefined;
                const low = num(lo?.[k]);
                const high = num(hi?.[k]);
                const own = samples?.[k];
                out.push(makeSeries({
                    name: full,
                    ...kind,
                    value,
                    samples: Array.isArray(own) ? r.numbers(own, at, `the samples of "${full}"`) : undefined,
                    spread: low === undefined && high === undefined ? undefined : { low, high },
                }, file, r.at(at)));
            });
        }
        if (out.length === 0)
            r.fail(['results'], 'expected at least one benchmark result in "results"');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/parse/ruby.ts




const ruby_HEADER = /^(.*?)\s*user\s+system\s+total\s+real\s*$/;
const ROW = /^(.*?)\s*(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+\(\s*(-?\d+\.\d+)\)\s*$/;
const ROW_CLAIM = /\(\s*-?\d+\.\d+\)\s*$/;
/**
 * No Benchmark report line is longer: the label regexes above backtrack on long runs of blanks, so a
 * longer line is never matched against them (linear time on any input).
 */
const MAX_LINE = 2000;
/*
 * The usual line of either console is read by a scan that finds exactly the regex's groups, as offsets
 * into the text (a file of a million rows spends more on the regex, its match and the line strings than
 * on the rest); a line the scan is not sure of goes to the regex. Each scan says why its groups are the
 * regex's: a regex whose groups are all fixed by the line's shape has one way to match.
 */
function ruby_isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Where the scans found the groups (offsets into the text). */
const at = { name: 0, nameEnd: 0, a: 0, aEnd: 0, b: 0, bEnd: 0 };
/** The start of the blanks that end at `to` (not before `from`). */
function blanksBefore(text, from, to) {
    let i = to;
    while (i > from && isJsSpace(text.charCodeAt(i - 1)))
        i--;
    return i;
}
/** Whether text[from, to) holds a character `.` does not match (no LF in a line: CR, U+2028, U+2029). */
function holdsTerminator(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 0x2028 || c === 0x2029)
            return true;
    }
    return false;
}
/**
 * The start of `-?\d+\.\d+` ending at `end` (not before `from`), or -1: its digits taken as far back
 * as they go and its minus sign, so that the character before it is not a digit (where the regex
 * needs a blank or a `(` there, no shorter reading would do).
 */
function decimalBefore(text, from, end) {
    let i = end;
    while (i > from && ruby_isDigit(text.charCodeAt(i - 1)))
        i--;
    if (i === end || i <= from || text.charCodeAt(i - 1) !== 46 /* . */)
        return -1;
    const dot = --i;
    while (i > from && ruby_isDigit(text.charCodeAt(i - 1)))
        i--;
    if (i === dot)
        return -1;
    if (i > from && text.charCodeAt(i - 1) === 45 /* - */)
        i--;
    return i;
}
/**
 * ROW_CLAIM on the line text[from, to): the offset of its `(`, or -1; the real time's number is then
 * at.b … at.bEnd. Anchored at the end, its match is read backwards.
 */
function rowClaim(text, from, to) {
    const close = blanksBefore(text, from, to) - 1;
    if (close < from || text.charCodeAt(close) !== 41 /* ) */)
        return -1;
    const real = decimalBefore(text, from, close);
    if (real < 0)
        return -1;
    const open = blanksBefore(text, from, real) - 1;
    if (open < from || text.charCodeAt(open) !== 40 /* ( */)
        return -1;
    at.b = real;
    at.bEnd = close;
    return open;
}
/**
 * ROW on a claimed line (its `(` at `open`): true with the label at.name … at.nameEnd (trimmed) and
 * the total at at.a … at.aEnd, or false for the regex to decide. The three numbers before the `(`
 * are read backwards, each after blanks; the lazy label then ends where the blanks before the first
 * one start.
 */
function rowAt(text, from, open) {
    let end = blanksBefore(text, from, open);
    if (end === open)
        return false;
    const total = decimalBefore(text, from, end);
    if (total < 0)
        return false;
    at.a = total;
    at.aEnd = end;
    end = blanksBefore(text, from, total);
    if (end === total)
        return false;
    const system = decimalBefore(text, from, end);
    if (system < 0)
        return false;
    end = blanksBefore(text, from, system);
    if (end === system)
        return false;
    const user = decimalBefore(text, from, end);
    if (user < 0)
        return false;
    const labelEnd = blanksBefore(text, from, user);
    if (holdsTerminator(text, from, labelEnd))
        return false;
    at.name = skipBlanks(text, from, labelEnd);
    at.nameEnd = labelEnd;
    return true;
}
const rubyBenchmark = {
    name: 'rubybenchmark',
    describe: "Ruby's Benchmark.bm / Benchmark.bmbm report",
    detect(text) {
        const lines = text.slice(0, 65536).split('\n');
        for (let i = 0; i + 1 < lines.length; i++) {
            const [line, next] = [lines[i].replace(/\r$/, ''), lines[i + 1]];
            if (line.length > MAX_LINE || next.length > MAX_LINE || !line.includes('user'))
                continue;
            if (/^ *(?:\S.*?)? {2,}user +system +total +real *$/.test(line) &&
                /\d\.\d{6} +\( *\d+\.\d{6}\)/.test(next))
                return true;
        }
        return false;
    },
    parse(text, file, sink) {
        const out = new SeriesList(file);
        let inTable = false;
        let rehearsal = false;
        let unnamed = 0;
        let n = 0;
        const row = (name, real, total) => {
            // both made before either is added: a value error comes before a repeated name
            const time = makeSeries({ name, metric: 'time', rawUnit: 's', value: real }, file, n);
            const cpu = makeSeries({ name, metric: 'cpu time', rawUnit: 's', value: total }, file, n);
            out.add(time, n);
            out.add(cpu, n);
        };
        const named = (label) => {
            if (label !== '')
                return label;
            const name = `report ${++unnamed}`;
            sink?.warn(n, `a Benchmark report without a label is named "${name}" by its position`);
            return name;
        };
        // Each regex below is tried only on lines holding a string it needs (a table of a million rows
        // would otherwise run every one of them on every row); a row is read by rowClaim and rowAt.
        for (let start = 0;;) {
            const nl = text.indexOf('\n', start);
            let end = nl < 0 ? text.length : nl;
            n++;
            if (end > start && text.charCodeAt(end - 1) === 13)
                end--; // withoutCr
            const open = end - start > MAX_LINE ? -1 : rowClaim(text, start, end);
            if (open >= 0) {
                // a row ("Rehearsal -+" and "-+ total: …sec" never end in ")"): read by the scan or by ROW
                if (inTable || rehearsal) {
                    if (rowAt(text, start, open)) {
                        if (!rehearsal) {
                            const name = named(text.slice(at.name, at.nameEnd));
                            row(name, numberIn(text, at.b, at.bEnd), numberIn(text, at.a, at.aEnd));
                        }
                    }
                    else {
                        const line = text.slice(start, end);
                        const m = ROW.exec(line);
                        if (!m)
                            throw new src_errors/* ParseError */.mB(file, n, 'expected "<label> <user> <system> <total> (<real>)"', line);
                        if (!rehearsal)
                            row(named(m[1].trim()), readNumber(m[5]), readNumber(m[4]));
                    }
                }
            }
            else {
                const line = text.slice(start, end);
                if (line.length > MAX_LINE) {
                    if (ROW_CLAIM.test(line.slice(-200)))
                        throw new src_errors/* ParseError */.mB(file, n, `a Benchmark report row of at most ${MAX_LINE} characters`, line);
                }
                else if (line.startsWith('Rehearsal -') && /^Rehearsal -+$/.test(line)) {
                    rehearsal = true;
                    inTable = false;
                }
                else if (line.includes('real') && ruby_HEADER.test(line)) {
                    inTable = true;
                    rehearsal = false;
                }
                else if (!(inTable || rehearsal) || (line.startsWith('-') && /^-+ total: [\d.]+sec$/.test(line))) {
                    // not in a table, or the rehearsal's total
                }
                else if (line.trim() === '')
                    inTable = false;
                // Three numbers in a row of the table but no "(real)": a row cut short.
                else if (/\d\.\d+\s+-?\d+\.\d+\s+-?\d+\.\d+/.test(line))
                    throw new src_errors/* ParseError */.mB(file, n, 'expected "<label> <user> <system> <total> (<real>)"', line);
            }
            if (nl < 0)
                break;
            start = nl + 1;
        }
        return out.done(n, 'expected a Benchmark table: "user system total real" and its rows');
    },
};
const SCALE = { '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12, Q: 1e15 };
const IPS = /^\s*(.*?)\s+(\d+(?:\.\d+)?)([kKMBTQ]?) \(±\s*(\d+(?:\.\d+)?)%\) i\/s\b/;
const IPS_CLAIM = /\(±\s*\S*%\) i\/s/;
function parseIpsJson(text, file) {
    const doc = parseJson(text, file);
    const r = new JsonReader(text, file);
    const list = r.array(doc, [], 'the benchmark-ips report list [{"name", "central_tendency", …}]');
    if (list.length === 0)
        r.fail([], 'expected at least one benchmark-ips entry, got []');
    const unique = new UniqueNames(file);
    return list.map((e, i) => {
        const rec = r.record(e, [i], 'a benchmark-ips entry');
        const name = r.string(rec.name, [i, 'name'], '"name"');
        const ips = r.number(rec.central_tendency ?? rec.ips, [i, 'central_tendency'], `"central_tendency" of "${name}"`);
        const err = r.optionalNumber(rec.error ?? rec.stddev, [i, 'error'], `"error" of "${name}"`);
        const s = makeSeries({
            name,
            metric: 'throughput',
            rawUnit: 'ops/s',
            value: ips,
            spread: err === undefined ? undefined : { stddev: err },
        }, file, r.at([i]));
        unique.check(s, r.at([i]));
        return s;
    });
}
/** A result's scale letter (IPS's third group) as its factor; not one of them: 0. */
function scaleOf(c) {
    if (c === 107 || c === 75)
        return 1e3; // k K
    if (c === 77)
        return 1e6; // M
    if (c === 66)
        return 1e9; // B
    if (c === 84)
        return 1e12; // T
    if (c === 81)
        return 1e15; // Q
    return 0;
}
/** `\w`: the characters `\b` tells from the others. */
function ruby_isWordChar(c) {
    return ruby_isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** `\d+(?:\.\d+)?` from `from` on, greedy as the regex is: its end, or -1 when it cannot end there. */
function decimalFrom(text, from, to) {
    let i = from;
    while (i < to && ruby_isDigit(text.charCodeAt(i)))
        i++;
    if (i === from)
        return -1;
    if (i < to && text.charCodeAt(i) === 46 /* . */) {
        const frac = i + 1;
        i = frac;
        while (i < to && ruby_isDigit(text.charCodeAt(i)))
            i++;
        if (i === frac)
            return -1; // "1." then `%`: the regex fails too
    }
    return i;
}
/**
 * IPS on the line text[start, end) (its first non-blank at `from`), around its first "(±" at `p`:
 * true with the label at.name … at.nameEnd (empty when the numbers stand alone), the rate at
 * at.a … at.aEnd scaled by `ipsScale` and the error at at.b … at.bEnd; false for the regex to decide.
 * Before "(±" come `' '`, the scale, the rate and blanks, all fixed by the line read backwards, so the
 * lazy label ends where those blanks start; with every blank of the indent taken, no shorter label
 * can match (one that ends earlier would need blanks up to the rate). An empty label is the regex's
 * only when no later "(±" could close a label holding these numbers: the caller asks. Without
 * `terminators` (no CR, U+2028 or U+2029 in the text) the label is not looked through for one.
 */
function ipsAt(text, start, from, end, p, terminators) {
    let e = p - 1;
    if (e <= start || text.charCodeAt(e) !== 32)
        return false;
    const scale = scaleOf(text.charCodeAt(e - 1));
    if (scale !== 0)
        e--;
    let k = e;
    while (k > start && ruby_isDigit(text.charCodeAt(k - 1)))
        k--;
    if (k === e)
        return false;
    if (k > start && text.charCodeAt(k - 1) === 46) {
        const dot = --k;
        while (k > start && ruby_isDigit(text.charCodeAt(k - 1)))
            k--;
        if (k === dot)
            return false;
    }
    if (k <= start || !isJsSpace(text.charCodeAt(k - 1)))
        return false;
    const labelEnd = blanksBefore(text, start, k);
    if (terminators && labelEnd > from && holdsTerminator(text, from, labelEnd))
        return false;
    const v = skipBlanks(text, p + 2, end);
    const ve = decimalFrom(text, v, end);
    if (ve < 0 || ve + 6 > end || !text.startsWith('%) i/s', ve))
        return false;
    if (ve + 6 < end && ruby_isWordChar(text.charCodeAt(ve + 6)))
        return false; // \b
    at.name = labelEnd > from ? from : k;
    at.nameEnd = labelEnd > from ? labelEnd : k;
    at.a = k;
    at.aEnd = e;
    at.b = v;
    at.bEnd = ve;
    ipsScale = scale === 0 ? 1 : scale;
    return true;
}
let ipsScale = 1;
/** The console of benchmark-ips read line by line, as the regex loop it stands for read it. */
class IpsConsole {
    text;
    file;
    out;
    calculating = false;
    /** A long label printed alone on the line above its numbers, as offsets (-1: none). */
    pending = -1;
    pendingEnd = -1;
    /** The first "(±" from the line on (-1: none left): one search serves the lines before it. */
    claim = -2;
    ips = 0;
    error = 0;
    /** Whether the text holds a CR, U+2028 or U+2029 at all: without one no label is looked through. */
    terminators;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.out = new SeriesList(file);
        this.terminators = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
    }
    /** The line text[start, end) (no LF, no CR at its end), number n. */
    line(start, end, n) {
        const text = this.text;
        // the first character tells the three marker lines from a result before any startsWith
        if (text.charCodeAt(start) === 67 /* C */ &&
            text.startsWith('Calculating -', start) &&
            /^Calculating -+\s*$/.test(text.slice(start, end))) {
            this.calculating = true;
            return;
        }
        if (!this.calculating)
            return; // a "Warming up" or "Comparison:" line would change nothing
        const from = skipBlanks(text, start, end); // the line trimmed: from … its last non-blank
        const first = text.charCodeAt(from);
        if ((first === 87 /* W */ && text.startsWith('Warming up', from)) ||
            (first === 67 /* C */ && text.startsWith('Comparison:', from))) {
            this.calculating = false;
            return;
        }
        if (this.claim !== -1 && this.claim < start)
            this.claim = text.indexOf('(±', start);
        const p = this.claim >= 0 && this.claim < end ? this.claim : -1;
        let name;
        if (p >= 0 && ipsAt(text, start, from, end, p, this.terminators)) {
            this.claim = text.indexOf('(±', p + 2);
            if (at.name === at.nameEnd && this.claim >= 0 && this.claim < end)
                name = this.byRegex(start, end, n);
            else {
                name = at.name < at.nameEnd ? text.slice(at.name, at.nameEnd) : this.pendingLabel();
                this.ips = numberIn(text, at.a, at.aEnd) * ipsScale;
                this.error = numberIn(text, at.b, at.bEnd);
            }
        }
        else if (p < 0 || !IPS_CLAIM.test(text.slice(start, end))) {
            const to = blanksBefore(text, from, end);
            const dashes = text.charCodeAt(from) === 45 /* - */ && /^-+$/.test(text.slice(from, to));
            this.pending = from === to || dashes ? -1 : from;
            this.pendingEnd = to;
            return;
        }
        else
            name = this.byRegex(start, end, n);
        this.pending = -1;
        if (name === undefined)
            throw new src_errors/* ParseError */.mB(this.file, n, 'expected a label before the numbers', this.trimmed(start, end));
        const ips = this.ips;
        const s = makeSeries({
            name,
            metric: 'throughput',
            rawUnit: 'ops/s',
            value: ips,
            spread: { stddev: (ips * this.error) / 100 },
        }, this.file, n);
        this.out.add(s, n);
    }
    /** IPS's match on the line: its name (`m[1].trim() || pending`); sets `ips` and `error`. */
    byRegex(start, end, n) {
        const m = IPS.exec(this.text.slice(start, end));
        if (!m)
            throw new src_errors/* ParseError */.mB(this.file, n, 'expected "<label> <ips> (±<error>%) i/s"', this.trimmed(start, end));
        this.ips = readNumber(m[2]) * SCALE[m[3]];
        this.error = readNumber(m[4]);
        return m[1].trim() || this.pendingLabel();
    }
    pendingLabel() {
        return this.pending < 0 ? undefined : this.text.slice(this.pending, this.pendingEnd);
    }
    trimmed(start, end) {
        return this.text.slice(start, end).trim();
    }
}
const benchmarkIps = {
    name: 'benchmarkips',
    describe: "Ruby's benchmark-ips: the console, or x.json! 'ips.json'",
    detect(text) {
        if (looksLikeJson(text)) {
            const head = text.slice(0, 4096);
            return (/^\s*\[\s*\{\s*"name"\s*:/.test(head) &&
                /"central_tendency"\s*:/.test(head) &&
                /"cycles"\s*:/.test(head));
        }
        const head = text.slice(0, 65536);
        return /^Calculating -+\s*$/m.test(head) && IPS_CLAIM.test(head);
    },
    parse(text, file) {
        if (looksLikeJson(text))
            return parseIpsJson(text, file);
        const r = new IpsConsole(text, file);
        let n = 0;
        for (let start = 0;;) {
            const nl = text.indexOf('\n', start);
            const end = nl < 0 ? text.length : nl;
            r.line(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, ++n); // withoutCr
            if (nl < 0)
                break;
            start = nl + 1;
        }
        return r.out.done(n, 'expected "Calculating ---" and "<label> <ips> (±<error>%) i/s" lines');
    },
};

;// CONCATENATED MODULE: ./src/parse/consoletime.ts





const CLOCK = /^(.+?): (?:(\d+):)?(\d+):(\d{2}(?:\.\d+)?) \((?:h:mm|m):ss\.mmm\)$/;
const BUN = /^\[(\d+(?:\.\d+)?) ?(ms|s)\] (.+)$/;
const NO_LABEL = /Warning: No such label '(.*)' for console\.time(?:End|Log)\(\)/;
function consoletime_digitsFrom(line, i) {
    let j = i;
    for (let c = line.charCodeAt(j); c >= 48 && c <= 57; c = line.charCodeAt(++j))
        ;
    return j;
}
/**
 * `/^(.+?): (\d+(?:\.\d+)?(?:e[-+]?\d+)?) ?(ms|s)$/` by a scan (most lines of such a log are timings;
 * the regex and its match cost more than the rest of the line): its number and unit hold no colon,
 * so the label ends at the line's last colon.
 */
function plain(line) {
    const p = line.lastIndexOf(':');
    if (p < 1 || line.charCodeAt(p + 1) !== 32)
        return undefined;
    const from = p + 2;
    let i = consoletime_digitsFrom(line, from);
    if (i === from)
        return undefined;
    if (line.charCodeAt(i) === 46 /* . */) {
        const frac = i + 1;
        i = consoletime_digitsFrom(line, frac);
        if (i === frac)
            return undefined;
    }
    if (line.charCodeAt(i) === 101 /* e */) {
        let exp = i + 1;
        const sign = line.charCodeAt(exp);
        if (sign === 43 || sign === 45)
            exp++;
        i = consoletime_digitsFrom(line, exp);
        if (i === exp)
            return undefined;
    }
    const numEnd = i;
    if (line.charCodeAt(i) === 32)
        i++;
    const rest = line.length - i;
    const seconds = rest === 1 && line.charCodeAt(i) === 115; // s
    if (!seconds && !(rest === 2 && line.charCodeAt(i) === 109 && line.charCodeAt(i + 1) === 115))
        return undefined;
    const name = line.slice(0, p);
    if (holdsLineTerminator(name))
        return undefined;
    // the number's syntax is checked above; Number() only for one too large for numberIn (Infinity)
    const n = numberIn(line, from, numEnd) ?? Number(line.slice(from, numEnd));
    return { name, ms: n * (seconds ? 1000 : 1) };
}
function read(line) {
    const p = plain(line);
    if (p)
        return p;
    let m = CLOCK.exec(line);
    if (m) {
        const h = m[2] === undefined ? 0 : Number(m[2]);
        const mins = m[2] === undefined ? Number(m[3]) : Number(m[3]);
        return { name: m[1], ms: ((h * 60 + mins) * 60 + Number(m[4])) * 1000 };
    }
    m = BUN.exec(line);
    if (m)
        return { name: m[3], ms: Number(m[1]) * (m[2] === 's' ? 1000 : 1) };
    return undefined;
}
/** Any line `Reader.usual` leaves, as a string (trimmed): the definition of the format. */
function consoletime_readLine(line, n, out, file, sink) {
    const r = read(line);
    if (r) {
        if (!Number.isFinite(r.ms * 1e6))
            throw new src_errors/* ParseError */.mB(file, n, `expected a finite time for "${r.name}"`, line);
        out.add(r.name, 'ms', r.ms);
        return;
    }
    const missing = line.includes('Warning: No such label') ? NO_LABEL.exec(line) : null;
    if (missing)
        sink?.warn(n, `console.timeEnd('${missing[1]}') had no matching console.time: no timing printed`);
}
/** What may follow a plain timing's colon: its number's `[0-9.e+-]`, a space, the unit's `m` and `s`. */
function isTimeChar(c) {
    return ((c >= 48 && c <= 57) ||
        c === 46 ||
        c === 101 ||
        c === 43 ||
        c === 45 ||
        c === 32 ||
        c === 109 ||
        c === 115);
}
/**
 * The usual line, a timing `plain` reads, read at its offsets in the whole text: no line string, no
 * `{ name, ms }` per line, only the label sliced.
 */
class consoletime_Reader extends TextReader {
    out;
    constructor(text, out) {
        super(text);
        this.out = out;
    }
    /**
     * text[a, b), a trimmed line, added when `plain` reads it and its time is finite; false for any other
     * line (`readLine` then reads it). Calls come in file order.
     */
    usual(a, b) {
        const text = this.text;
        // plain's colon is the line's last: nothing after it but the number, a blank and the unit, whose
        // characters hold no colon (so a line that ends otherwise is not plain)
        let p = b - 1;
        while (p > a && isTimeChar(text.charCodeAt(p)))
            p--;
        if (p <= a || p + 1 >= b || text.charCodeAt(p) !== 58 /* : */ || text.charCodeAt(p + 1) !== 32)
            return false;
        const from = p + 2;
        // plain's number, its `.` and `e` each with the digits after them: a `.` or an `e` left unread is
        // not a unit, so the line is not plain either way
        const num = this.num;
        let i = num.read(text, from, b);
        if (i === from)
            return false;
        const numEnd = i;
        if (i < b && text.charCodeAt(i) === 32)
            i++;
        const rest = b - i;
        const seconds = rest === 1 && text.charCodeAt(i) === 115; // s
        if (!seconds && !(rest === 2 && text.charCodeAt(i) === 109 && text.charCodeAt(i + 1) === 115))
            return false;
        if (this.terminators.within(a, p))
            return false;
        const n = Number.isNaN(num.value)
            ? (numberIn(text, from, numEnd) ?? Number(text.slice(from, numEnd)))
            : num.value;
        const ms = n * (seconds ? 1000 : 1);
        if (!Number.isFinite(ms * 1e6))
            return false; // readLine's error
        this.out.add(text.slice(a, p), 'ms', ms);
        return true;
    }
}
const consoleTime = {
    name: 'consoletime',
    describe: 'JavaScript console.time / console.timeEnd lines ("label: 1.234ms")',
    detect(text) {
        // Most lines of such a log are the program's own; ask for two timings, or one in a short file.
        const lines = text.slice(0, 65536).split('\n', 2000);
        let hits = 0;
        for (const l of lines)
            if (read(l.replace(/\r$/, '').trim()) && ++hits >= 2)
                return true;
        return hits === 1 && lines.length <= 3;
    },
    parse(text, file, sink) {
        const out = new SeriesCollector();
        const reader = new consoletime_Reader(text, out);
        const colons = new NextOf(text, ':');
        const lines = new LineCursor(text);
        while (lines.next()) {
            // the line as `raw.trim()` leaves it (its CR, a blank, goes with the trimmed end)
            const a = skipBlanks(text, lines.start, lines.stop);
            let b = lines.stop;
            while (b > a && isJsSpace(text.charCodeAt(b - 1)))
                b--;
            // a line without a colon that does not start with `[` is none of read's forms nor the warning
            if (!reader.usual(a, b) && (text.charCodeAt(a) === 91 /* [ */ || colons.within(a, b)))
                consoletime_readLine(text.slice(a, b), lines.n, out, file, sink);
        }
        if (out.size === 0)
            throw new src_errors/* ParseError */.mB(file, lines.n, 'expected "<label>: <time>ms" lines from console.timeEnd');
        return out.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/dart.ts





const dart_CLAIM = /^(.+)\(RunTime\): /;
const LINE = /^(.+)\(RunTime\): (\S+) us\.$/;
const dart_MARK = '(RunTime): ';
/**
 * LINE by a scan, for the lines it matches with the last `(RunTime): ` (the one its greedy name takes
 * first); any other line takes the regexes.
 */
function readFast(line) {
    const p = line.lastIndexOf(dart_MARK);
    const from = p + dart_MARK.length;
    const to = line.length - 4;
    if (p < 1 || to <= from || !line.endsWith(' us.'))
        return undefined;
    for (let i = from; i < to; i++)
        if (isJsSpace(line.charCodeAt(i)))
            return undefined;
    const name = line.slice(0, p);
    if (holdsLineTerminator(name))
        return undefined;
    return { name, us: numberIn(line, from, to) };
}
function checked(file, us, line, n) {
    if (us === undefined || !Number.isFinite(us * 1000))
        throw new src_errors/* ParseError */.mB(file, n, 'expected "<name>(RunTime): <number> us."', line);
    return us;
}
/** A line holding `(RunTime): `, as a string: the definition of the format. */
function dart_readLine(raw, n, out, file) {
    const line = raw.trim();
    const fast = readFast(line);
    if (fast) {
        out.add(fast.name, 'us', checked(file, fast.us, line, n));
        return;
    }
    if (!dart_CLAIM.test(line))
        return;
    const m = LINE.exec(line);
    out.add(m ? m[1] : '', 'us', checked(file, m ? readNumber(m[2]) : undefined, line, n));
}
/**
 * The usual line, one `readFast` reads with a finite number, read at its offsets in the whole text:
 * no line string, no `{ name, us }` per line, only the name sliced.
 */
class dart_Reader extends TextReader {
    out;
    constructor(text, out) {
        super(text);
        this.out = out;
    }
    /**
     * The line text[start, end), whose first `(RunTime): ` is at p, added when it is the usual line;
     * false for any other line, which `readLine` then reads. Calls come in file order.
     *
     * The number ends the line, before ` us.`; one with no blank at its ends holds none (numberIn trims
     * only its ends), so this first mark is readFast's last one too: a later one would need a blank in
     * the number, or `(RunTime):` at its end, which no number has.
     */
    usual(start, end, p) {
        const text = this.text;
        // the line as `trim` leaves it; the mark starts with a non-blank, so p is in it
        const a = skipBlanks(text, start, end);
        let b = end;
        while (b > a && isJsSpace(text.charCodeAt(b - 1)))
            b--;
        const from = p + dart_MARK.length;
        const to = b - 4;
        if (p <= a || to <= from || !isAt(text, ' us.', to) || this.terminators.within(a, p))
            return false;
        const num = this.num;
        let us = num.read(text, from, to) === to ? num.value : NaN;
        if (Number.isNaN(us)) {
            if (isJsSpace(text.charCodeAt(from)) || isJsSpace(text.charCodeAt(to - 1)))
                return false;
            const v = numberIn(text, from, to);
            if (v === undefined)
                return false; // readLine's error
            us = v;
        }
        if (!Number.isFinite(us * 1000))
            return false; // readLine's error
        this.out.add(text.slice(a, p), 'us', us);
        return true;
    }
}
const dartBenchmarkHarness = {
    name: 'dartbenchmarkharness',
    describe: 'Dart\'s benchmark_harness ("Name(RunTime): 123.4 us.")',
    detect(text) {
        return /^.+\(RunTime\): [-+\d.eE]+ us\.\r?$/m.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const out = new SeriesCollector();
        const reader = new dart_Reader(text, out);
        const marks = new NextOf(text, dart_MARK);
        const lines = new LineCursor(text);
        while (lines.next()) {
            // what CLAIM asks for, found by one search of the text for all lines
            const { start, end } = lines;
            const p = marks.from(start);
            if (p + dart_MARK.length <= end && !reader.usual(start, end, p))
                dart_readLine(text.slice(start, end), lines.n, out, file);
        }
        if (out.size === 0)
            throw new src_errors/* ParseError */.mB(file, lines.n, 'expected "<name>(RunTime): <number> us." lines');
        return out.series();
    },
};

;// CONCATENATED MODULE: ./src/parse/luau.ts



const luau_LINE = /^SUCCESS\s*:\s*(.+?)\s*:\s*(\S+?)(ms|s|us)\s+\+\/-\s*(\S+?)%\s+on\s+(\S+)\s*$/;
/** Where `scan` found the parts of a SUCCESS line (offsets into the text; the driver ends the line). */
const luau_at = { name: 0, nameEnd: 0, value: 0, unit: 0, unitEnd: 0, pct: 0, pctEnd: 0, driver: 0 };
/**
 * LINE's groups on the trimmed line text[from, to), found by a scan (a file of a million lines spends
 * more on the regex and its match than on the rest): true when it finds them, false when the regex
 * must decide. With the blanks after the first colon all taken, LINE's lazy name ends before the first
 * colon whose remainder matches, and every part after that colon is one run of `\s` or `\S`; the scan
 * tries that first colon only, and leaves a name holding a character `.` does not match to the regex.
 */
function scan(text, from, to) {
    let i = from + 7; // SUCCESS
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    if (i >= to || text.charCodeAt(i) !== 58 /* : */)
        return false;
    i++;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const name = i;
    if (name >= to || text.charCodeAt(name) === 58)
        return false;
    const colon = text.indexOf(':', name + 1);
    if (colon < 0 || colon >= to)
        return false;
    let nameEnd = colon;
    while (isJsSpace(text.charCodeAt(nameEnd - 1)))
        nameEnd--; // stops at `name`, not a blank
    for (let k = name; k < nameEnd; k++) {
        const c = text.charCodeAt(k);
        if (c === 13 || c === 0x2028 || c === 0x2029)
            return false;
    }
    i = colon + 1;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const value = i;
    while (i < to && !isJsSpace(text.charCodeAt(i)))
        i++;
    const unitEnd = i;
    if (unitEnd >= to)
        return false; // `\s+` must follow
    // the lazy value leaves the unit as much as it can: `ms` or `us` before `s`
    let unit;
    if (text.charCodeAt(unitEnd - 1) !== 115 /* s */ || unitEnd - value < 2)
        return false;
    const u = text.charCodeAt(unitEnd - 2);
    if (unitEnd - value >= 3 && (u === 109 /* m */ || u === 117) /* u */)
        unit = unitEnd - 2;
    else
        unit = unitEnd - 1;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    if (i + 3 > to || !text.startsWith('+/-', i))
        return false;
    i += 3;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const pct = i;
    while (i < to && !isJsSpace(text.charCodeAt(i)))
        i++;
    const pctEnd = i - 1; // the `%`
    if (i >= to || pctEnd <= pct || text.charCodeAt(pctEnd) !== 37 /* % */)
        return false;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    if (i + 2 > to || text.charCodeAt(i) !== 111 /* o */ || text.charCodeAt(i + 1) !== 110 /* n */)
        return false;
    i += 2;
    const on = i;
    while (i < to && isJsSpace(text.charCodeAt(i)))
        i++;
    const driver = i;
    while (i < to && !isJsSpace(text.charCodeAt(i)))
        i++;
    if (driver === on || driver === to || i !== to)
        return false;
    luau_at.name = name;
    luau_at.nameEnd = nameEnd;
    luau_at.value = value;
    luau_at.unit = unit;
    luau_at.unitEnd = unitEnd;
    luau_at.pct = pct;
    luau_at.pctEnd = pctEnd;
    luau_at.driver = driver;
    return true;
}
/** Whether only blanks stand before `p` on its line (what `trim` removes, LF aside). */
function startsLine(text, p) {
    for (let k = p; k > 0; k--) {
        const c = text.charCodeAt(k - 1);
        if (c === 10)
            return true;
        if (!isJsSpace(c))
            return false;
    }
    return true;
}
/** The first offset from `from` on where `word` starts a trimmed line, or -1. */
function lineStarting(text, word, from) {
    for (let p = text.indexOf(word, from); p >= 0; p = text.indexOf(word, p + 1)) {
        if (startsLine(text, p))
            return p;
    }
    return -1;
}
/** The end of the trimmed line holding `p`, a non-blank (a CR at its end goes with the blanks). */
function luau_trimmedEnd(text, p, nl) {
    let to = nl < 0 ? text.length : nl;
    while (to > p && isJsSpace(text.charCodeAt(to - 1)))
        to--;
    return to;
}
/**
 * Calls `row` for each SUCCESS line, in file order, with the offset where the line starts; throws for
 * a FAILED line or a SUCCESS line that is not one. Only the lines starting with either word are
 * visited (found by indexOf): the RESULTS table and the rest are never split into lines.
 */
function eachRow(text, file, row) {
    let driver = ''; // the last driver, compared in place: one driver is usual
    let fail = lineStarting(text, 'FAIL', 0);
    let from = lineStarting(text, 'SUCCESS', 0);
    while (from >= 0 || fail >= 0) {
        if (fail >= 0 && (from < 0 || fail < from)) {
            const nl = text.indexOf('\n', fail);
            const line = text.slice(fail, luau_trimmedEnd(text, fail, nl));
            if (/^FAIL(?:ED|URE)?\s*:/.test(line)) {
                throw new src_errors/* ParseError */.mB(file, lineAt(text, fail), 'expected every benchmark to succeed, one failed', line);
            }
            fail = nl < 0 ? -1 : lineStarting(text, 'FAIL', nl + 1);
            continue;
        }
        const nl = text.indexOf('\n', from);
        const to = luau_trimmedEnd(text, from, nl);
        let name;
        let value;
        let pct;
        let unit;
        if (scan(text, from, to)) {
            name = text.slice(luau_at.name, luau_at.nameEnd);
            value = numberIn(text, luau_at.value, luau_at.unit);
            pct = numberIn(text, luau_at.pct, luau_at.pctEnd);
            const u = text.charCodeAt(luau_at.unit);
            unit = luau_at.unitEnd - luau_at.unit === 1 ? 's' : u === 109 ? 'ms' : 'us';
            const d = to - luau_at.driver;
            if (driver.length !== d || !text.startsWith(driver, luau_at.driver))
                driver = text.slice(luau_at.driver, to);
        }
        else {
            const m = luau_LINE.exec(text.slice(from, to));
            name = m?.[1] ?? '';
            value = m ? readNumber(m[2]) : undefined;
            pct = m ? readNumber(m[4]) : undefined;
            unit = m?.[3] ?? '';
            driver = m?.[5] ?? '';
        }
        if (value === undefined || pct === undefined) {
            throw new src_errors/* ParseError */.mB(file, lineAt(text, from), 'expected "SUCCESS: <name> : <time>ms +/- <dev>% on <driver>"', text.slice(from, to));
        }
        row(name, value, unit, pct, driver, from);
        from = nl < 0 ? -1 : lineStarting(text, 'SUCCESS', nl + 1);
    }
}
function luau_seriesOf(name, value, unit, pct, file, line) {
    return makeSeries({ name, rawUnit: unit, value, spread: { stddev: (value * pct) / 100 } }, file, line);
}
/**
 * The series of the rows as they come: named without the driver until a second driver appears, then
 * those made so far are renamed. A first pass (`strict` false) has no line numbers and only notes that
 * a series was refused (an empty name, a value beyond a double, a name twice): a FAILED line further
 * down must win, and the name the error quotes may still change. The strict pass, made only then,
 * knows whether there are several drivers, numbers the lines and throws the first refusal.
 */
class Direct {
    text;
    file;
    several;
    strict;
    series = [];
    unique;
    first;
    drivers = 0;
    failed = false;
    /** The line at `offset` (strict pass): LFs counted up to there from the last row's. */
    line = 1;
    counted = 0;
    constructor(text, file, several, strict) {
        this.text = text;
        this.file = file;
        this.several = several;
        this.strict = strict;
        this.unique = new UniqueNames(file);
    }
    add = (name, value, unit, pct, driver, offset) => {
        if (this.first === undefined) {
            this.first = driver;
            this.drivers = 1;
        }
        else if (this.drivers === 1 && driver !== this.first) {
            this.drivers = 2;
            if (!this.several && !this.failed)
                this.nameDrivers();
        }
        if (this.failed)
            return;
        const line = this.strict ? this.lineAt(offset) : 0;
        try {
            const s = luau_seriesOf(this.several ? `${name} (${driver})` : name, value, unit, pct, this.file, line);
            this.unique.check(s, line);
            this.series.push(s);
        }
        catch (e) {
            if (this.strict || !(e instanceof src_errors/* ParseError */.mB))
                throw e;
            this.failed = true;
        }
    };
    lineAt(offset) {
        for (let nl = this.text.indexOf('\n', this.counted); nl >= 0 && nl < offset;) {
            this.line++;
            this.counted = nl + 1;
            nl = this.text.indexOf('\n', this.counted);
        }
        return this.line;
    }
    /** The series so far all ran on the first driver: their names say so now (and stay unique). */
    nameDrivers() {
        this.several = true;
        this.unique = new UniqueNames(this.file);
        for (const s of this.series) {
            s.name = `${s.name} (${this.first})`;
            this.unique.check(s, 0);
        }
    }
}
const luau = {
    name: 'luau',
    describe: 'Luau\'s bench/bench.py ("SUCCESS: <name> : <time>ms +/- <dev>% on <driver>")',
    detect(text) {
        return /^SUCCESS\s*:\s*.+?\s:\s+[\d.]+m?s \+\/- /m.test(text.slice(0, 65536));
    },
    parse(text, file) {
        const direct = new Direct(text, file, false, false);
        eachRow(text, file, direct.add);
        if (direct.drivers === 0) {
            throw new src_errors/* ParseError */.mB(file, lineAt(text, text.length), 'expected "SUCCESS: <name> : <time>ms" lines');
        }
        if (!direct.failed)
            return direct.series;
        const strict = new Direct(text, file, direct.drivers > 1, true);
        eachRow(text, file, strict.add);
        return strict.series;
    },
};

;// CONCATENATED MODULE: ./src/parse/index.ts





































const PARSERS = [
    benchgateResults,
    goJson,
    goBench,
    libtest,
    criterionBencher,
    criterionConsole,
    cargoCriterion,
    googleBenchmark,
    googleBenchmarkCsv,
    googleBenchmarkConsole,
    pytestBenchmark,
    pytestConsole,
    hyperfine,
    hyperfineCsv,
    hyperfineTable,
    hyperfineConsole,
    catch2,
    benchmarkjs,
    vitest,
    mitata,
    jmh,
    benchmarkdotnet,
    julia,
    tinybench,
    tinybenchTable,
    mitataConsole,
    vitestConsole,
    callgrind,
    cachegrind,
    iai,
    divan,
    gungraun,
    pyperf,
    asv,
    benchmarkIps,
    rubyBenchmark,
    dartBenchmarkHarness,
    luau,
    bmf,
    genericList,
    consoleTime,
];
/** Formats that can be named with `format:` but are never auto-detected (they need the user's intent). */
const EXPLICIT_ONLY = [customBiggerIsBetter, customSmallerIsBetter];
/** A folder format may share its name with a file format of the same tool (`criterion`). */
const FOLDER_PARSERS = [criterionFolder];
/** Every format name a user may give, for messages and the action.yml description. */
function formatNames() {
    return [
        ...new Set([
            'auto',
            ...PARSERS.map((p) => p.name),
            ...EXPLICIT_ONLY.map((p) => p.name),
            ...FOLDER_PARSERS.map((p) => p.name),
        ]),
    ];
}
function parserByName(name) {
    return [...PARSERS, ...EXPLICIT_ONLY].find((p) => p.name === name);
}
function folderParserByName(name) {
    return FOLDER_PARSERS.find((p) => p.name === name);
}


/***/ }),

/***/ 58667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ mad),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Te: () => (/* binding */ medianInPlace),
/* harmony export */   Z4: () => (/* binding */ quantileSorted),
/* harmony export */   qX: () => (/* binding */ quantileInPlace),
/* harmony export */   r$: () => (/* binding */ selectInPlace),
/* harmony export */   tT: () => (/* binding */ MAD_TO_SD)
/* harmony export */ });
/**
 * Order statistics without sorting: quickselect on typed arrays, the median, type-7 quantiles (R's
 * default, numpy's "linear") and the median absolute deviation. Functions ending in `InPlace` reorder
 * their argument; the others copy into a scratch buffer first.
 */
/**
 * Move the k-th smallest value of a[lo..hi] to a[k], smaller ones before it and larger ones after it.
 * Median-of-three pivots with Hoare partitioning; deterministic, no allocation. NaN is not supported.
 * Samples come from outside (a history artifact, a tool's output), and a list can be made so that
 * every median of three is a bad pivot: after 2·log2(n) + 8 rounds the rest of the range is sorted,
 * so selection never takes more than n log n.
 */
function selectInPlace(a, k, lo = 0, hi = a.length - 1) {
    let rounds = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
    while (hi > lo) {
        if (--rounds < 0) {
            a.subarray(lo, hi + 1).sort();
            return a[k];
        }
        if (hi - lo < 16) {
            // Insertion sort is faster than partitioning for a handful of values.
            for (let i = lo + 1; i <= hi; i++) {
                const v = a[i];
                let j = i - 1;
                while (j >= lo && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return a[k];
        }
        const mid = (lo + hi) >>> 1;
        // Order a[lo], a[mid], a[hi] so the pivot is their median and both ends are sentinels.
        if (a[mid] < a[lo])
            swap(a, mid, lo);
        if (a[hi] < a[lo])
            swap(a, hi, lo);
        if (a[hi] < a[mid])
            swap(a, hi, mid);
        const pivot = a[mid];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                swap(a, i, j);
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return a[k];
    }
    return a[k];
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}
/** The smallest value of a[lo..hi]. */
function minOf(a, lo, hi) {
    let m = a[lo];
    for (let i = lo + 1; i <= hi; i++)
        if (a[i] < m)
            m = a[i];
    return m;
}
/** Median of a[0..n-1] (mean of the two middle values when n is even); reorders `a`. */
function medianInPlace(a, n = a.length) {
    if (n === 0)
        return NaN;
    const m = n >>> 1;
    const upper = selectInPlace(a, m, 0, n - 1);
    if (n % 2 === 1)
        return upper;
    // After selecting m, everything before it is ≤ a[m]: the lower middle is their maximum.
    let lower = a[0];
    for (let i = 1; i < m; i++)
        if (a[i] > lower)
            lower = a[i];
    return (lower + upper) / 2;
}
/** Median of any numbers, leaving them untouched. */
function median(values, scratch) {
    const n = values.length;
    const buf = scratch && scratch.length >= n ? scratch : new Float64Array(n);
    for (let i = 0; i < n; i++)
        buf[i] = values[i];
    return medianInPlace(buf, n);
}
/** Type-7 quantile (Hyndman & Fan 1996) of a[0..n-1] at probability p ∈ [0, 1]; reorders `a`. */
function quantileInPlace(a, p, n = a.length) {
    if (n === 0)
        return NaN;
    const h = (n - 1) * Math.min(1, Math.max(0, p));
    const k = Math.floor(h);
    const v = selectInPlace(a, k, 0, n - 1);
    if (k === n - 1 || h === k)
        return v;
    return v + (h - k) * (minOf(a, k + 1, n - 1) - v);
}
/** Type-7 quantile of values already sorted ascending. */
function quantileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = (n - 1) * Math.min(1, Math.max(0, p));
    const k = Math.floor(h);
    if (k === n - 1)
        return sorted[k];
    return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
}
/** Median absolute deviation from the median, unscaled (multiply by 1.4826 for a normal σ). */
function mad(values, scratch) {
    const n = values.length;
    if (n === 0)
        return NaN;
    const buf = scratch && scratch.length >= n ? scratch : new Float64Array(n);
    for (let i = 0; i < n; i++)
        buf[i] = values[i];
    const m = medianInPlace(buf, n);
    for (let i = 0; i < n; i++)
        buf[i] = Math.abs(values[i] - m);
    return medianInPlace(buf, n);
}
/** 1 / Φ⁻¹(0.75): scales a MAD to a standard deviation under normality. */
const MAD_TO_SD = 1.482602218505602;


/***/ }),

/***/ 61996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   E1: () => (/* binding */ scaleFor),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   Qb: () => (/* binding */ scaleBy),
/* harmony export */   _K: () => (/* binding */ scaleOf),
/* harmony export */   eI: () => (/* binding */ formatLevel),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   td: () => (/* binding */ formatPValue),
/* harmony export */   uE: () => (/* binding */ EXACT_POW10)
/* harmony export */ });
/* unused harmony exports toCanonical, directionOf, kindOf */
const TIME = {
    ps: 1e-3,
    ns: 1,
    nanosecond: 1,
    nanoseconds: 1,
    us: 1e3,
    µs: 1e3,
    μs: 1e3,
    microsecond: 1e3,
    microseconds: 1e3,
    ms: 1e6,
    millisecond: 1e6,
    milliseconds: 1e6,
    s: 1e9,
    sec: 1e9,
    secs: 1e9,
    second: 1e9,
    seconds: 1e9,
    min: 60e9,
    minute: 60e9,
    minutes: 60e9,
    h: 3600e9,
};
// Decimal prefixes mean powers of 1000 and binary ones powers of 1024, as each tool means them: Go's
// MB/s is 1e6 bytes per second, Google Benchmark's bytes_per_second is plain bytes.
const SIZE = {
    b: 1,
    byte: 1,
    bytes: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
};
/** Per-time denominators of rates, as a factor to "per second". */
const PER = {
    ns: 1e9,
    us: 1e6,
    µs: 1e6,
    μs: 1e6,
    ms: 1e3,
    s: 1,
    sec: 1,
    second: 1,
    min: 1 / 60,
    minute: 1 / 60,
    h: 1 / 3600,
    hr: 1 / 3600,
};
/** Decimal prefixes on counted things (elements, items, operations), never on units of their own. */
const SI_PREFIX = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const SI_COUNT = /^([kKMGT])(elem|elements|items?|ops?|operations)$/;
const OPS = new Set(['op', 'ops', 'operation', 'operations', 'iter', 'iters', 'iteration', 'iterations']);
function timeUnit(u) {
    return Object.prototype.hasOwnProperty.call(TIME, u) ? TIME[u] : undefined;
}
function sizeUnit(u) {
    // "B" is bytes; a lower-case lone "b" would be bits, which no tool we read emits, so require "B".
    if (u === 'b')
        return undefined;
    const k = u.toLowerCase();
    return Object.prototype.hasOwnProperty.call(SIZE, k) ? SIZE[k] : undefined;
}
/**
 * The canonical form of a raw unit as a tool prints it. Time per operation ("ns/op", "us/iter",
 * "s/op") is time; "B/op" is a size; "MB/s", "ops/s", "ops/ms", "items/s" are rates. Anything else is
 * kept as the tool's own unit and is smaller-is-better unless it reads as a rate.
 */
function canonical(raw) {
    const u = raw.trim();
    const t = timeUnit(u);
    if (t !== undefined)
        return { unit: 'ns', factor: t, kind: 'time', direction: 'smaller' };
    const sz = sizeUnit(u);
    if (sz !== undefined)
        return { unit: 'B', factor: sz, kind: 'size', direction: 'smaller' };
    const slash = u.lastIndexOf('/');
    if (slash > 0) {
        const num = u.slice(0, slash).trim();
        const den = u.slice(slash + 1).trim();
        // time per operation: "ns/op", "us/iter", "sec/op"
        const tn = timeUnit(num);
        if (tn !== undefined && OPS.has(den.toLowerCase())) {
            return { unit: 'ns', factor: tn, kind: 'time', direction: 'smaller' };
        }
        // bytes per operation
        const sn = sizeUnit(num);
        if (sn !== undefined && OPS.has(den.toLowerCase())) {
            return { unit: 'B', factor: sn, kind: 'size', direction: 'smaller' };
        }
        const per = Object.prototype.hasOwnProperty.call(PER, den) ? PER[den] : undefined;
        if (per !== undefined) {
            if (sn !== undefined)
                return { unit: 'B/s', factor: sn * per, kind: 'byte-rate', direction: 'bigger' };
            if (OPS.has(num.toLowerCase()))
                return { unit: 'ops/s', factor: per, kind: 'rate', direction: 'bigger' };
            // SI-prefixed counts per time, as Criterion.rs prints element throughput ("Kelem/s", "Gelem/s")
            const counted = SI_COUNT.exec(num);
            if (counted) {
                const f = SI_PREFIX[counted[1]] * per;
                if (OPS.has(counted[2].toLowerCase()))
                    return { unit: 'ops/s', factor: f, kind: 'rate', direction: 'bigger' };
                return { unit: `${counted[2]}/s`, factor: f, kind: 'rate', direction: 'bigger' };
            }
            return { unit: `${num}/s`, factor: per, kind: 'rate', direction: 'bigger' };
        }
    }
    if (/per[_ ]?s(ec(ond)?)?$/i.test(u) || (/\bops?\b/i.test(u) && /\b(sec|s)\b/i.test(u))) {
        return { unit: u, factor: 1, kind: 'rate', direction: 'bigger' };
    }
    return { unit: u, factor: 1, kind: u === '' ? 'count' : 'other', direction: 'smaller' };
}
/** Convert a value in a raw unit to its canonical unit. */
function toCanonical(value, raw) {
    const c = canonical(raw);
    return { value: value * c.factor, unit: c.unit, direction: c.direction };
}
/** Which way is better for a canonical unit (the config may override it per series). */
function directionOf(unit) {
    return canonical(unit).direction;
}
/** The kind of a canonical unit, for display. */
function kindOf(unit) {
    if (unit === 'ns')
        return 'time';
    if (unit === 'B')
        return 'size';
    if (unit === 'B/s')
        return 'byte-rate';
    if (unit.endsWith('/s'))
        return 'rate';
    return 'other';
}
const TIME_SCALES = [
    { divisor: 3600e9, suffix: 'h' },
    { divisor: 60e9, suffix: 'min' },
    { divisor: 1e9, suffix: 's' },
    { divisor: 1e6, suffix: 'ms' },
    { divisor: 1e3, suffix: 'µs' },
    { divisor: 1, suffix: 'ns' },
];
const SIZE_SCALES = [
    { divisor: 1024 ** 4, suffix: 'TiB' },
    { divisor: 1024 ** 3, suffix: 'GiB' },
    { divisor: 1024 ** 2, suffix: 'MiB' },
    { divisor: 1024, suffix: 'KiB' },
    { divisor: 1, suffix: 'B' },
];
const SI_SCALES = [
    { divisor: 1e12, suffix: 'T' },
    { divisor: 1e9, suffix: 'G' },
    { divisor: 1e6, suffix: 'M' },
    { divisor: 1e3, suffix: 'k' },
    { divisor: 1, suffix: '' },
];
/** The largest scale under which `magnitude` is at least 1 (the smallest scale otherwise). */
function pick(scales, magnitude) {
    for (const s of scales)
        if (magnitude >= s.divisor)
            return s;
    return scales[scales.length - 1];
}
/** Three significant digits, without a trailing ".0". */
function digits(x) {
    if (!Number.isFinite(x))
        return String(x);
    const a = Math.abs(x);
    if (a === 0)
        return '0';
    if (a >= 100)
        return x.toFixed(0);
    if (a >= 10)
        return x.toFixed(1).replace(/\.0$/, '');
    if (a >= 1)
        return x.toFixed(2).replace(/\.?0+$/, '');
    return x.toPrecision(3);
}
/**
 * A scale to show several values of one unit with one prefix (a row of a table), picked from the
 * smallest magnitude so no value shows as "0.00".
 */
/** The smallest non-zero finite |v|, 0 when there is none (a loop: no argument spread of a long list). */
function smallestMagnitude(values) {
    let m = Infinity;
    for (const v of values)
        if (Number.isFinite(v) && v !== 0 && Math.abs(v) < m)
            m = Math.abs(v);
    return m === Infinity ? 0 : m;
}
function scaleFor(unit, values) {
    const m = smallestMagnitude(values);
    const kind = kindOf(unit);
    if (kind === 'time') {
        const s = pick(TIME_SCALES, m);
        return (v) => `${digits(v / s.divisor)} ${s.suffix}`;
    }
    if (kind === 'size') {
        const s = pick(SIZE_SCALES, m);
        return (v) => `${digits(v / s.divisor)} ${s.suffix}`;
    }
    if (kind === 'byte-rate') {
        const s = pick(SI_SCALES, m);
        return (v) => `${digits(v / s.divisor)} ${s.suffix}B/s`;
    }
    if (kind === 'rate') {
        const s = pick(SI_SCALES, m);
        return (v) => `${digits(v / s.divisor)}${s.suffix ? ` ${s.suffix}` : ''} ${unit}`;
    }
    return (v) => (unit ? `${digits(v)} ${unit}` : digits(v));
}
/**
 * The scale `scaleFor` picks, as numbers, for charts: show `value / divisor` on an axis labelled `label`
 * ("µs", "MiB", "kB/s", "k ops/s").
 */
function scaleOf(unit, values) {
    const m = smallestMagnitude(values);
    const kind = kindOf(unit);
    if (kind === 'time' || kind === 'size') {
        const s = pick(kind === 'time' ? TIME_SCALES : SIZE_SCALES, m);
        return { divisor: s.divisor, label: s.suffix };
    }
    if (kind === 'byte-rate' || kind === 'rate') {
        const s = pick(SI_SCALES, m);
        const tail = kind === 'byte-rate' ? 'B/s' : unit;
        return {
            divisor: s.divisor,
            label: kind === 'byte-rate' ? `${s.suffix}${tail}` : `${s.suffix ? `${s.suffix} ` : ''}${tail}`,
        };
    }
    return { divisor: 1, label: unit };
}
/** One value in human units: 1234567 ns → "1.23 ms". */
function formatValue(value, unit) {
    return scaleFor(unit, [value])(value);
}
/**
 * A p-value as every report, reason and log line prints it: "p = 0.340", "p = 0.012", "p < 0.001"
 * (the one place that formats one).
 */
function formatPValue(p) {
    if (!Number.isFinite(p))
        return 'p —';
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${p.toFixed(3)}`;
}
/**
 * A confidence level as reasons and report rows print it: 0.999 → "99.9%", 0.975 → "97.5%" (one
 * function, so a row's figures and its sentence always name the same level).
 */
function formatLevel(confidence) {
    return `${+(confidence * 100).toPrecision(4)}%`;
}
/** A relative change as a signed percentage: 0.1234 → "+12.3%". */
function formatPercent(change) {
    const pct = change * 100;
    const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
    const a = Math.abs(pct);
    const body = a >= 100 ? a.toFixed(0) : a >= 10 ? a.toFixed(1) : a.toFixed(2);
    return `${sign}${body}%`;
}
/**
 * Read a quantity with a unit as users write it in the config ("2ms", "80MB/s", "1.5 KiB") into the
 * canonical unit. Returns undefined when the text is not a number followed by a known unit.
 */
function parseQuantity(text) {
    const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(\S.*?)?\s*$/.exec(text);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    if (!Number.isFinite(n))
        return undefined;
    const raw = m[2] ?? '';
    const c = canonical(raw);
    if (raw !== '' && c.kind === 'other')
        return { value: n, unit: raw };
    return { value: n * c.factor, unit: c.unit };
}
/** Powers of ten that unit factors use, by exponent. */
const POW10 = new Map([
    [1e-9, -9],
    [1e-6, -6],
    [1e-3, -3],
    [1e3, 3],
    [1e6, 6],
    [1e9, 9],
    [1e12, 12],
]);
/** 10^0 … 10^22: every one an exact double. */
const EXACT_POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/**
 * `value * factor`, exactly as a decimal shift when the factor is a power of ten: 1.6403 µs is
 * 1640.3 ns, not the 1640.3000000000002 a binary multiplication gives. Tools print decimals, so
 * shifting the shortest decimal form of the value keeps what they printed.
 */
function scaleBy(value, factor) {
    if (factor === 1)
        return value;
    const k = POW10.get(factor);
    if (k === undefined || !Number.isFinite(value))
        return value * factor;
    // Fast path, no string: a value that is M / 10^j for an integer M of at most 15 digits prints as
    // that decimal (two such decimals never round to one double), so the shift is M × 10^(k-j), and one
    // IEEE operation on exact operands (M < 2^53, 10^|k-j| ≤ 10^22) rounds it as Number() would.
    if (value !== 0) {
        for (let j = 0; j <= 8; j++) {
            const m = value * EXACT_POW10[j];
            if (Number.isInteger(m) && Math.abs(m) < 1e15 && m / EXACT_POW10[j] === value) {
                const e = k - j;
                return e >= 0 ? m * EXACT_POW10[e] : m / EXACT_POW10[-e];
            }
        }
    }
    const s = String(value);
    const e = s.indexOf('e');
    return e < 0 ? Number(`${s}e${k}`) : Number(`${s.slice(0, e)}e${Number(s.slice(e + 1)) + k}`);
}


/***/ })

};

//# sourceMappingURL=316.index.js.map
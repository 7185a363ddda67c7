export const id = 643;
export const ids = [643];
export const modules = {

/***/ 69643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheOsName: () => (/* binding */ cacheOsName),
  loadBaseline: () => (/* binding */ loadBaseline),
  mayRecord: () => (/* binding */ mayRecord),
  openStore: () => (/* binding */ openStore),
  recordRun: () => (/* binding */ recordRun)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/history/validate.ts + 2 modules
var validate = __webpack_require__(82753);
;// CONCATENATED MODULE: ./src/history/file.ts
/**
 * The file store: a JSON file at a path, for self-hosted runners, tests, and users who commit their
 * history. Writes go to a temporary file (flushed to disk) renamed into place, so a crash never leaves
 * half a history; an unreadable file is moved aside to `<file>.invalid-<time>`, never overwritten. A
 * file holding another suite's history is left alone: it is someone else's.
 */




class FileStore {
    file;
    now;
    name = 'file';
    constructor(file, now = () => new Date()) {
        this.file = file;
        this.now = now;
    }
    async load(suite) {
        let text;
        try {
            text = external_node_fs_.readFileSync(this.file, 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return { kind: 'empty', reason: `no history at ${this.file} yet` };
            return { kind: 'unavailable', reason: `cannot read ${this.file} (${code ?? (0,errors/* errorText */.kc)(e)})` };
        }
        const v = (0,validate/* decodeHistory */.F)(text, suite);
        if (v.ok)
            return {
                kind: 'found',
                history: v.history,
                source: v.migratedFrom === undefined
                    ? this.file
                    : `${this.file} (migrated from schemaVersion ${v.migratedFrom})`,
            };
        if (v.kind === 'foreign')
            return {
                kind: 'unavailable',
                reason: `${this.file}: ${v.reason}; give each suite its own history-path`,
            };
        return this.keepAside(`${this.file}: ${v.reason}`);
    }
    /** Move an unusable history aside so that the next save cannot overwrite it. */
    keepAside(reason) {
        const stamp = this.now().toISOString().replace(/[:.]/g, '-');
        let aside = `${this.file}.invalid-${stamp}`;
        for (let i = 2; external_node_fs_.existsSync(aside); i++)
            aside = `${this.file}.invalid-${stamp}-${i}`;
        try {
            external_node_fs_.renameSync(this.file, aside);
            return { kind: 'invalid', reason, keptAt: aside };
        }
        catch (e) {
            // It could not be moved (a read-only checkout): then it must not be replaced either.
            return {
                kind: 'unavailable',
                reason: `${reason}; it could not be moved aside (${e.code ?? (0,errors/* errorText */.kc)(e)})`,
            };
        }
    }
    async save(history) {
        const tmp = `${this.file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
        try {
            external_node_fs_.mkdirSync(external_node_path_.dirname(external_node_path_.resolve(this.file)), { recursive: true });
            const fd = external_node_fs_.openSync(tmp, 'wx');
            try {
                external_node_fs_.writeFileSync(fd, `${JSON.stringify(history)}\n`);
                external_node_fs_.fsyncSync(fd);
            }
            finally {
                external_node_fs_.closeSync(fd);
            }
            external_node_fs_.renameSync(tmp, this.file);
            return { kind: 'saved', where: this.file };
        }
        catch (e) {
            try {
                external_node_fs_.rmSync(tmp, { force: true });
            }
            catch {
                // Nothing was created where nothing can be created.
            }
            return {
                kind: 'failed',
                reason: `cannot write ${this.file} (${e.code ?? (0,errors/* errorText */.kc)(e)})`,
            };
        }
    }
}

// EXTERNAL MODULE: ./src/history/model.ts
var history_model = __webpack_require__(24245);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
;// CONCATENATED MODULE: ./src/history/fit.ts


/** The bytes a store writes for the document (`JSON.stringify` and a newline). */
function bytesOf(value) {
    return Buffer.byteLength(JSON.stringify(value));
}
function withoutSamples(r) {
    return { ...r, series: r.series.map(({ samples: _samples, runs: _runs, ...s }) => s) };
}
/**
 * `next` as it may be saved, under LIMITS.documentBytes: first the samples of older runs go (oldest
 * first; the newest run keeps its own), then the oldest runs. The newest run is never dropped: when
 * it alone does not fit, or breaks another cap (series per run, name length, …), nothing may be
 * saved and the reason says which.
 */
function storable(next, suite, maxBytes = limits/* LIMITS */.b.documentBytes) {
    const newest = next.runs[next.runs.length - 1];
    if (newest && newest.series.length > limits/* LIMITS */.b.seriesPerRun) {
        return {
            ok: false,
            reason: `the run has ${newest.series.length.toLocaleString('en-US')} series, more than the ` +
                `${limits/* LIMITS */.b.seriesPerRun.toLocaleString('en-US')} a stored run may hold`,
        };
    }
    const runs = next.runs.slice();
    const sizes = runs.map(bytesOf);
    // the document without its runs, the runs' commas and the newline
    let total = bytesOf({ ...next, runs: [] }) + Math.max(0, runs.length - 1) + 1;
    for (const s of sizes)
        total += s;
    let trimmedSamples = 0;
    for (let i = 0; total > maxBytes && i < runs.length - 1; i++) {
        if (!runs[i].series.some((s) => s.samples !== undefined || s.runs !== undefined))
            continue;
        runs[i] = withoutSamples(runs[i]);
        const size = bytesOf(runs[i]);
        total -= sizes[i] - size;
        sizes[i] = size;
        trimmedSamples++;
    }
    let droppedRuns = 0;
    while (total > maxBytes && droppedRuns < runs.length - 1)
        total -= sizes[droppedRuns++] + 1;
    const history = trimmedSamples === 0 && droppedRuns === 0 ? next : { ...next, runs: runs.slice(droppedRuns) };
    if (total > maxBytes) {
        return {
            ok: false,
            reason: `the run alone is ${(total / 1024 / 1024).toFixed(0)} MiB as a history, more than the ${maxBytes / 1024 / 1024} MiB a store may hold`,
        };
    }
    const loaded = (0,validate/* decodeHistory */.F)(`${JSON.stringify(history)}\n`, suite);
    if (!loaded.ok)
        return { ok: false, reason: `it would not load again (${loaded.reason})` };
    return { ok: true, history, trimmedSamples, droppedRuns };
}

// EXTERNAL MODULE: ./src/history/runner.ts
var history_runner = __webpack_require__(59444);
// EXTERNAL MODULE: ./src/history/toolkit.ts
var toolkit = __webpack_require__(67226);
;// CONCATENATED MODULE: ./src/history/index.ts
/**
 * Picks the history store the config asks for, loads the baseline and records base-branch runs.
 * Storage never decides a verdict: every failure here becomes a warning and the run goes on.
 */









/** One name per OS for cache keys, whether it comes from RUNNER_OS ("Windows") or Node ("win32"). */
function cacheOsName(raw) {
    const v = raw.toLowerCase();
    if (v === 'win32' || v === 'windows')
        return 'windows';
    if (v === 'darwin' || v === 'macos')
        return 'macos';
    return v;
}
/**
 * The store the config names. The cache and artifact stores, and the toolkit clients behind them, are
 * loaded only when configured: most runs need one of them, none needs both.
 */
async function openStore(e) {
    const { config, ctx, env } = e;
    const tempDir = env.RUNNER_TEMP || external_node_os_.tmpdir();
    const timeoutMs = (0,toolkit/* storeTimeoutMs */.$t)(env);
    switch (config.store) {
        case 'none':
            return undefined;
        case 'file':
            return new FileStore(config.historyPath);
        case 'cache': {
            const { CacheStore } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(110), __webpack_require__.e(902), __webpack_require__.e(474)]).then(__webpack_require__.bind(__webpack_require__, 5474));
            return new CacheStore({
                suite: config.suite,
                os: cacheOsName(e.runnerOs || env.RUNNER_OS || process.platform),
                branch: ctx.branch,
                base: e.baseBranch,
                runId: ctx.runId || '0',
                runAttempt: ctx.runAttempt || '1',
                tempDir,
                env,
                timeoutMs,
                log: e.log,
            });
        }
        case 'artifact': {
            const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 61072));
            return new ArtifactStore({
                suite: config.suite,
                base: e.baseBranch,
                token: config.token,
                repository: ctx.repository,
                listing: e.artifacts,
                tempDir,
                retentionDays: config.retentionDays,
                timeoutMs,
                log: e.log,
            });
        }
        default:
            return (0,errors/* unreachable */.HB)(config.store, 'store');
    }
}
/**
 * Load the base branch's history; every failure becomes a warning and the run goes on without one.
 * With `runner`, the analysis gets only the runs from the same kind of runner when there are at least
 * min-samples of them, else all runs and a `runner-changed` warning.
 */
async function loadBaseline(store, e, runner) {
    if (!store)
        return { status: 'none', warnings: [] };
    const loaded = await store.load(e.config.suite);
    switch (loaded.kind) {
        case 'found': {
            e.log(`benchgate: history of ${loaded.history.runs.length} run(s) from ${loaded.source}`);
            const same = (0,history_runner/* sameRunner */.TH)(loaded.history, runner, e.config.analysis.minSamples);
            if (same.dropped > 0)
                e.log(`benchgate: comparing with the ${same.history.runs.length} run(s) from this kind of runner (${same.dropped} from other hardware left out)`);
            return {
                history: same.history,
                stored: loaded.history,
                status: 'found',
                warnings: same.warning ? [same.warning] : [],
            };
        }
        case 'empty':
            e.log(`benchgate: ${loaded.reason}`);
            return { status: 'empty', warnings: [] };
        case 'unavailable':
            return {
                status: 'unavailable',
                warnings: [
                    {
                        kind: 'store',
                        message: `No baseline: the history (${store.name}) could not be read: ${loaded.reason}.`,
                        hint: 'The run goes on without one; storage problems never fail the check.',
                    },
                ],
            };
        case 'invalid':
            return {
                status: 'invalid',
                warnings: [
                    {
                        kind: 'store',
                        message: `No baseline: the stored history (${store.name}) is unusable: ${loaded.reason}.`,
                        hint: `A fresh history starts with the next base-branch run.${loaded.keptAt ? ` The unusable copy is kept: ${loaded.keptAt}.` : ''}`,
                    },
                ],
            };
    }
}
/** Events that may record with `save: always`: ones only the repository itself can trigger. */
const TRUSTED_EVENTS = [
    'push',
    'schedule',
    'workflow_dispatch',
    'repository_dispatch',
    'release',
    'merge_group',
];
/**
 * Whether this run may extend a history: never from a pull request or any event a pull request can
 * trigger (pull_request_target, workflow_run, issue_comment…). `auto`: pushes, schedules and manual
 * runs on the base branch; `always`: also other branches (each branch's history is its own: the cache
 * keys and artifact lookups are per branch); `never`.
 */
function mayRecord(e) {
    if (e.ctx.pullRequest || !TRUSTED_EVENTS.includes(e.ctx.eventName))
        return false;
    if (e.config.save === 'never')
        return false;
    return e.config.save === 'always' || (0,model/* isBaseBranchRun */.pK)(e.ctx, e.baseBranch);
}
/**
 * Append this run and save. Returns warnings when that did not happen (the verdict is unaffected).
 * Never saves over a history it could not read (that would replace a long history with this one run),
 * and merges what another run saved meanwhile, so a race loses nothing.
 */
async function recordRun(store, e, baseline, run) {
    if (!store || !mayRecord(e))
        return [];
    if (baseline.status === 'unavailable')
        return [
            {
                kind: 'store',
                message: 'This run was not added to the history: the stored history could not be read, and saving now would replace it.',
                hint: 'The next base-branch run tries again.',
            },
        ];
    let history = baseline.stored ?? (0,history_model/* emptyHistory */.s4)(e.config.suite);
    const again = await store.load(e.config.suite);
    if (again.kind === 'found') {
        const merged = (0,history_model/* mergeHistories */.dk)(history, again.history);
        if (merged !== history)
            e.log(`benchgate: merged ${merged.runs.length - history.runs.length} run(s) another run saved meanwhile`);
        history = merged;
    }
    // what would not load again is never saved: an unreadable history would stop all later recording
    const fit = storable((0,history_model/* appendRun */.ah)(history, run, e.config.historySize), e.config.suite);
    if (!fit.ok)
        return [
            {
                kind: 'store',
                message: `This run was not added to the history: ${fit.reason}.`,
                hint: 'docs/security.md#the-caps lists what a stored history may hold.',
            },
        ];
    const next = fit.history;
    const trimmed = [];
    if (fit.trimmedSamples > 0 || fit.droppedRuns > 0)
        trimmed.push({
            kind: 'store',
            message: `The history was trimmed to stay under ${limits/* LIMITS */.b.documentBytes / 1024 / 1024} MiB: ` +
                `${fit.trimmedSamples} older run(s) lost their samples, the ${fit.droppedRuns} oldest run(s) were dropped.`,
            hint: 'A smaller history-size keeps more of each run.',
        });
    const saved = await store.save(next);
    if (saved.kind === 'saved') {
        e.log(`benchgate: history of ${next.runs.length} run(s) saved to ${saved.where}`);
        return [...trimmed, ...((await e.onSaved?.(next)) ?? [])];
    }
    return [{ kind: 'store', message: `This run was not added to the history: ${saved.reason}.` }];
}


/***/ }),

/***/ 24245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ah: () => (/* binding */ appendRun),
/* harmony export */   cI: () => (/* binding */ historyFileName),
/* harmony export */   dk: () => (/* binding */ mergeHistories),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   s4: () => (/* binding */ emptyHistory)
/* harmony export */ });
/* unused harmony export RUNS_WITH_SAMPLES */
const SCHEMA_VERSION = 1;
/** Raw samples are kept for the newest few runs only; older runs keep their headlines and spreads. */
const RUNS_WITH_SAMPLES = 5;
function emptyHistory(suite) {
    return { schemaVersion: SCHEMA_VERSION, suite, runs: [] };
}
/**
 * Append a run, keep at most `cap` runs (oldest dropped first) and samples for the newest
 * `runsWithSamples` runs. A run for a commit already in the history replaces it (a re-run of the same
 * push must not count twice).
 */
function appendRun(h, run, cap, runsWithSamples = RUNS_WITH_SAMPLES) {
    const runs = h.runs.filter((r) => r.commit !== run.commit || r.commit === '');
    runs.push(run);
    const kept = runs.slice(Math.max(0, runs.length - cap));
    const firstWithSamples = kept.length - runsWithSamples;
    return {
        ...h,
        runs: kept.map((r, i) => i >= firstWithSamples
            ? r
            : { ...r, series: r.series.map(({ samples: _samples, runs: _runs, ...s }) => s) }),
    };
}
/**
 * The runs of `theirs` that `ours` lacks, merged in: what another base-branch run saved while this one
 * was benchmarking (a race that `concurrency:` would have prevented), so that saving this run does not
 * drop that one. Runs are identified by commit; order is by timestamp, oldest first.
 */
function mergeHistories(ours, theirs) {
    const known = new Set(ours.runs.map((r) => r.commit));
    const extra = theirs.runs.filter((r) => !known.has(r.commit));
    if (extra.length === 0)
        return ours;
    const runs = [...ours.runs, ...extra].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    return { ...ours, runs };
}
/** The file that holds a suite's history inside a cache entry or an artifact. */
function historyFileName(suite) {
    return `benchgate-history-${suite}.json`;
}


/***/ }),

/***/ 59444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TH: () => (/* binding */ sameRunner),
/* harmony export */   Tz: () => (/* binding */ runnerKind),
/* harmony export */   Yg: () => (/* binding */ describeRunner)
/* harmony export */ });
/* unused harmony exports RUNNER_OS, RUNNER_ARCH, RUNNER_SCHEMA */
/** Every value of Node's `os.platform()`: what a runner fingerprint's `os` may be. */
const RUNNER_OS = [
    'aix',
    'android',
    'cygwin',
    'darwin',
    'freebsd',
    'haiku',
    'linux',
    'netbsd',
    'openbsd',
    'sunos',
    'win32',
];
/** Every value of Node's `os.arch()`: what a runner fingerprint's `arch` may be. */
const RUNNER_ARCH = [
    'arm',
    'arm64',
    'ia32',
    'loong64',
    'mips',
    'mipsel',
    'ppc',
    'ppc64',
    'riscv64',
    's390',
    's390x',
    'x64',
];
/**
 * The JSON schema of a runner fingerprint read from history or a collected artifact (untrusted): OS
 * and architecture from Node's enums, the CPU model a bounded printable string (no control, line or
 * bidirectional characters), a plausible core count. The runner's own fingerprint always matches it.
 */
const RUNNER_SCHEMA = {
    type: 'object',
    required: ['os', 'arch'],
    properties: {
        os: { enum: [...RUNNER_OS] },
        arch: { enum: [...RUNNER_ARCH] },
        cpu: { type: 'string', maxLength: 200, pattern: '^[ -~\\u00a0-\\u00ff\\u2122]*$' },
        cores: { type: 'integer', minimum: 1, maximum: 100000 },
    },
};
/** The kind of runner: what makes timings comparable. The core count is shown, not compared. */
function runnerKind(r, withCpu = true) {
    if (!r)
        return undefined;
    return [r.os, r.arch, ...(withCpu ? [r.cpu ?? ''] : [])].join('/');
}
function describeRunner(r) {
    if (!r)
        return 'an unrecorded runner';
    const cpu = r.cpu ? `${r.cpu}${r.cores ? ` ×${r.cores}` : ''}` : r.cores ? `${r.cores} cores` : '';
    return [`${r.os}/${r.arch}`, cpu].filter(Boolean).join(', ');
}
/**
 * @param minRuns the fewest same-kind runs worth comparing with alone (the analysis' min-samples).
 */
function sameRunner(history, current, minRuns) {
    // Without a CPU model on this run, OS and architecture are all that can be matched.
    const withCpu = current?.cpu !== undefined;
    const kind = runnerKind(current, withCpu);
    // Runs that recorded no runner cannot be told apart: with none recorded there is nothing to say.
    if (kind === undefined || !history.runs.some((r) => r.runner))
        return { history, dropped: 0 };
    const same = history.runs.filter((r) => runnerKind(r.runner, withCpu) === kind);
    if (same.length === history.runs.length)
        return { history, dropped: 0 };
    if (same.length >= minRuns)
        return { history: { ...history, runs: same }, dropped: history.runs.length - same.length };
    const others = history.runs.filter((r) => runnerKind(r.runner, withCpu) !== kind);
    const last = others[others.length - 1];
    return {
        history,
        dropped: 0,
        warning: {
            kind: 'runner-changed',
            message: `The runner changed: this run is on ${describeRunner(current)}, ` +
                `${history.runs.length - same.length} of the ${history.runs.length} base-branch runs were on other hardware ` +
                `(latest: ${describeRunner(last.runner)}).`,
            hint: `Only ${same.length} ran on this kind of runner, fewer than ${minRuns}, so all runs are compared; ` +
                'a change may come from the hardware rather than the code.',
        },
    };
}


/***/ }),

/***/ 67226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ storeTimeoutMs),
/* harmony export */   L7: () => (/* binding */ callToolkit),
/* harmony export */   kc: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.kc)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Calling the toolkit's cache and artifact clients so that every outcome becomes a value.
 *
 * @actions/cache reports most failures (an unreachable service, a 4xx, a refused write) by logging a
 * warning annotation and returning "nothing restored" / -1, indistinguishable from a plain miss. So
 * while a call runs, the annotation lines it prints are taken out of stdout and handed back: the store
 * turns them into one warning of its own (printed once, with a hint) and keeps the text in the log as
 * plain lines. A deadline bounds the whole call, because a service that accepts a connection and never
 * answers would otherwise hold the job until its timeout.
 */

const ANNOTATION = /^::(warning|error)(?: [^:]*)?::(.*)$/;
function unescapeData(s) {
    return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

async function callToolkit(fn, timeoutMs) {
    const out = { problems: [], lines: [], timedOut: false };
    const write = process.stdout.write;
    const hooked = function (chunk, ...rest) {
        const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
        // @actions/core writes whole lines; anything else passes through untouched.
        if (text === undefined || !text.endsWith('\n'))
            return write.call(this, chunk, ...rest);
        const kept = [];
        for (const line of text.replace(/\r?\n$/, '').split(/\r?\n/)) {
            const m = ANNOTATION.exec(line);
            if (m) {
                const message = unescapeData(m[2]);
                out.problems.push(message);
                kept.push(`  (${m[1]}) ${message}`);
            }
            else {
                out.lines.push(line);
                kept.push(line);
            }
        }
        return write.call(this, `${kept.join('\n')}\n`, ...rest);
    };
    process.stdout.write = hooked;
    let timer;
    try {
        const deadline = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), timeoutMs);
            timer.unref();
        });
        const result = await Promise.race([fn().then((v) => ({ v })), deadline]);
        if (result === 'timeout')
            out.timedOut = true;
        else
            out.value = result.v;
    }
    catch (e) {
        out.error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(e);
    }
    finally {
        clearTimeout(timer);
        process.stdout.write = write;
    }
    return out;
}
/** The deadline for one store operation: BENCHGATE_STORE_TIMEOUT_SECONDS, default 120 s. */
function storeTimeoutMs(env) {
    const s = Number(env.BENCHGATE_STORE_TIMEOUT_SECONDS);
    return Number.isFinite(s) && s > 0 ? s * 1000 : 120_000;
}


/***/ }),

/***/ 82753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ decodeHistory)
});

// UNUSED EXPORTS: validateHistory

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/history/validate.generated.js
// Generated by scripts/validators.ts (npm run validators) with ajv 8.20.0 from schema.ts.
// Do not edit: edit the schema and regenerate.
/* eslint-disable */

const ajvRuntime_ucs2length = ((m) => (typeof m === 'function' ? m : m.default))(ucs2length);

const validateHistoryDocument_ = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/benchgate/benchgate/main/schema/history.schema.json","title":"benchgate history: the base-branch runs of one suite, oldest first","type":"object","required":["schemaVersion","suite","runs"],"properties":{"schemaVersion":{"const":1},"suite":{"type":"string","minLength":1,"maxLength":200},"runs":{"type":"array","maxItems":10000,"items":{"type":"object","required":["suite","tool","commit","ref","timestamp","series"],"properties":{"suite":{"type":"string","maxLength":200},"tool":{"type":"string","maxLength":200},"commit":{"type":"string","maxLength":200},"ref":{"type":"string","maxLength":200},"runId":{"type":"string","maxLength":200},"timestamp":{"type":"string","minLength":1,"maxLength":200},"runner":{"type":"object","required":["os","arch"],"properties":{"os":{"enum":["aix","android","cygwin","darwin","freebsd","haiku","linux","netbsd","openbsd","sunos","win32"]},"arch":{"enum":["arm","arm64","ia32","loong64","mips","mipsel","ppc","ppc64","riscv64","s390","s390x","x64"]},"cpu":{"type":"string","maxLength":200,"pattern":"^[ -~\\u00a0-\\u00ff\\u2122]*$"},"cores":{"type":"integer","minimum":1,"maximum":100000}}},"series":{"type":"array","maxItems":100000,"items":{"type":"object","required":["name","metric","unit","direction","value"],"properties":{"name":{"type":"string","minLength":1,"maxLength":2000},"metric":{"type":"string","minLength":1,"maxLength":200},"unit":{"type":"string","maxLength":100},"direction":{"enum":["smaller","bigger"]},"value":{"type":"number"},"samples":{"type":"array","maxItems":1000000,"items":{"type":"number"}},"origin":{"enum":["console"]},"statistic":{"enum":["mean"]},"runs":{"type":"array","maxItems":1000,"items":{"type":"object","required":["value"],"properties":{"value":{"type":"number"},"samples":{"type":"array","maxItems":1000000,"items":{"type":"number"}}}}},"spread":{"type":"object","properties":{"low":{"type":"number"},"high":{"type":"number"},"stddev":{"type":"number"}}},"exact":{"const":true}}}}}}}}};
const func2 = ajvRuntime_ucs2length;
const pattern0 = new RegExp("^[ -~\\u00a0-\\u00ff\\u2122]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/benchgate/benchgate/main/schema/history.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.suite === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.runs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runs"},message:"must have required property '"+"runs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err3 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.suite !== undefined){
let data1 = data.suite;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err4 = {instancePath:instancePath+"/suite",schemaPath:"#/properties/suite/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/suite",schemaPath:"#/properties/suite/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/suite",schemaPath:"#/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.runs !== undefined){
let data2 = data.runs;
if(Array.isArray(data2)){
if(data2.length > 10000){
const err7 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.suite === undefined){
const err8 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.tool === undefined){
const err9 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.commit === undefined){
const err10 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.ref === undefined){
const err11 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.timestamp === undefined){
const err12 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.series === undefined){
const err13 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.suite !== undefined){
let data4 = data3.suite;
if(typeof data4 === "string"){
if(func2(data4) > 200){
const err14 = {instancePath:instancePath+"/runs/" + i0+"/suite",schemaPath:"#/properties/runs/items/properties/suite/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/runs/" + i0+"/suite",schemaPath:"#/properties/runs/items/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.tool !== undefined){
let data5 = data3.tool;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err16 = {instancePath:instancePath+"/runs/" + i0+"/tool",schemaPath:"#/properties/runs/items/properties/tool/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/runs/" + i0+"/tool",schemaPath:"#/properties/runs/items/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.commit !== undefined){
let data6 = data3.commit;
if(typeof data6 === "string"){
if(func2(data6) > 200){
const err18 = {instancePath:instancePath+"/runs/" + i0+"/commit",schemaPath:"#/properties/runs/items/properties/commit/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
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
const err19 = {instancePath:instancePath+"/runs/" + i0+"/commit",schemaPath:"#/properties/runs/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.ref !== undefined){
let data7 = data3.ref;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err20 = {instancePath:instancePath+"/runs/" + i0+"/ref",schemaPath:"#/properties/runs/items/properties/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/runs/" + i0+"/ref",schemaPath:"#/properties/runs/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.runId !== undefined){
let data8 = data3.runId;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err22 = {instancePath:instancePath+"/runs/" + i0+"/runId",schemaPath:"#/properties/runs/items/properties/runId/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
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
const err23 = {instancePath:instancePath+"/runs/" + i0+"/runId",schemaPath:"#/properties/runs/items/properties/runId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.timestamp !== undefined){
let data9 = data3.timestamp;
if(typeof data9 === "string"){
if(func2(data9) > 200){
const err24 = {instancePath:instancePath+"/runs/" + i0+"/timestamp",schemaPath:"#/properties/runs/items/properties/timestamp/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data9) < 1){
const err25 = {instancePath:instancePath+"/runs/" + i0+"/timestamp",schemaPath:"#/properties/runs/items/properties/timestamp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err26 = {instancePath:instancePath+"/runs/" + i0+"/timestamp",schemaPath:"#/properties/runs/items/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data3.runner !== undefined){
let data10 = data3.runner;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.os === undefined){
const err27 = {instancePath:instancePath+"/runs/" + i0+"/runner",schemaPath:"#/properties/runs/items/properties/runner/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.arch === undefined){
const err28 = {instancePath:instancePath+"/runs/" + i0+"/runner",schemaPath:"#/properties/runs/items/properties/runner/required",keyword:"required",params:{missingProperty: "arch"},message:"must have required property '"+"arch"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.os !== undefined){
let data11 = data10.os;
if(!(((((((((((data11 === "aix") || (data11 === "android")) || (data11 === "cygwin")) || (data11 === "darwin")) || (data11 === "freebsd")) || (data11 === "haiku")) || (data11 === "linux")) || (data11 === "netbsd")) || (data11 === "openbsd")) || (data11 === "sunos")) || (data11 === "win32"))){
const err29 = {instancePath:instancePath+"/runs/" + i0+"/runner/os",schemaPath:"#/properties/runs/items/properties/runner/properties/os/enum",keyword:"enum",params:{allowedValues: schema11.properties.runs.items.properties.runner.properties.os.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.arch !== undefined){
let data12 = data10.arch;
if(!((((((((((((data12 === "arm") || (data12 === "arm64")) || (data12 === "ia32")) || (data12 === "loong64")) || (data12 === "mips")) || (data12 === "mipsel")) || (data12 === "ppc")) || (data12 === "ppc64")) || (data12 === "riscv64")) || (data12 === "s390")) || (data12 === "s390x")) || (data12 === "x64"))){
const err30 = {instancePath:instancePath+"/runs/" + i0+"/runner/arch",schemaPath:"#/properties/runs/items/properties/runner/properties/arch/enum",keyword:"enum",params:{allowedValues: schema11.properties.runs.items.properties.runner.properties.arch.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.cpu !== undefined){
let data13 = data10.cpu;
if(typeof data13 === "string"){
if(func2(data13) > 200){
const err31 = {instancePath:instancePath+"/runs/" + i0+"/runner/cpu",schemaPath:"#/properties/runs/items/properties/runner/properties/cpu/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern0.test(data13)){
const err32 = {instancePath:instancePath+"/runs/" + i0+"/runner/cpu",schemaPath:"#/properties/runs/items/properties/runner/properties/cpu/pattern",keyword:"pattern",params:{pattern: "^[ -~\\u00a0-\\u00ff\\u2122]*$"},message:"must match pattern \""+"^[ -~\\u00a0-\\u00ff\\u2122]*$"+"\""};
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
const err33 = {instancePath:instancePath+"/runs/" + i0+"/runner/cpu",schemaPath:"#/properties/runs/items/properties/runner/properties/cpu/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.cores !== undefined){
let data14 = data10.cores;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err34 = {instancePath:instancePath+"/runs/" + i0+"/runner/cores",schemaPath:"#/properties/runs/items/properties/runner/properties/cores/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100000 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/runs/" + i0+"/runner/cores",schemaPath:"#/properties/runs/items/properties/runner/properties/cores/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/runs/" + i0+"/runner/cores",schemaPath:"#/properties/runs/items/properties/runner/properties/cores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/runs/" + i0+"/runner",schemaPath:"#/properties/runs/items/properties/runner/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data3.series !== undefined){
let data15 = data3.series;
if(Array.isArray(data15)){
if(data15.length > 100000){
const err38 = {instancePath:instancePath+"/runs/" + i0+"/series",schemaPath:"#/properties/runs/items/properties/series/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name === undefined){
const err39 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data16.metric === undefined){
const err40 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.unit === undefined){
const err41 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.direction === undefined){
const err42 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.value === undefined){
const err43 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.name !== undefined){
let data17 = data16.name;
if(typeof data17 === "string"){
if(func2(data17) > 2000){
const err44 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/name",schemaPath:"#/properties/runs/items/properties/series/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func2(data17) < 1){
const err45 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/name",schemaPath:"#/properties/runs/items/properties/series/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err46 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/name",schemaPath:"#/properties/runs/items/properties/series/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.metric !== undefined){
let data18 = data16.metric;
if(typeof data18 === "string"){
if(func2(data18) > 200){
const err47 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/metric",schemaPath:"#/properties/runs/items/properties/series/items/properties/metric/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data18) < 1){
const err48 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/metric",schemaPath:"#/properties/runs/items/properties/series/items/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/metric",schemaPath:"#/properties/runs/items/properties/series/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.unit !== undefined){
let data19 = data16.unit;
if(typeof data19 === "string"){
if(func2(data19) > 100){
const err50 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/unit",schemaPath:"#/properties/runs/items/properties/series/items/properties/unit/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
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
const err51 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/unit",schemaPath:"#/properties/runs/items/properties/series/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.direction !== undefined){
let data20 = data16.direction;
if(!((data20 === "smaller") || (data20 === "bigger"))){
const err52 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/direction",schemaPath:"#/properties/runs/items/properties/series/items/properties/direction/enum",keyword:"enum",params:{allowedValues: schema11.properties.runs.items.properties.series.items.properties.direction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.value !== undefined){
let data21 = data16.value;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err53 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/value",schemaPath:"#/properties/runs/items/properties/series/items/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data16.samples !== undefined){
let data22 = data16.samples;
if(Array.isArray(data22)){
if(data22.length > 1000000){
const err54 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/samples/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err55 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/samples/" + i2,schemaPath:"#/properties/runs/items/properties/series/items/properties/samples/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data16.origin !== undefined){
if(!(data16.origin === "console")){
const err57 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/origin",schemaPath:"#/properties/runs/items/properties/series/items/properties/origin/enum",keyword:"enum",params:{allowedValues: schema11.properties.runs.items.properties.series.items.properties.origin.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data16.statistic !== undefined){
if(!(data16.statistic === "mean")){
const err58 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/statistic",schemaPath:"#/properties/runs/items/properties/series/items/properties/statistic/enum",keyword:"enum",params:{allowedValues: schema11.properties.runs.items.properties.series.items.properties.statistic.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data16.runs !== undefined){
let data26 = data16.runs;
if(Array.isArray(data26)){
if(data26.length > 1000){
const err59 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.value === undefined){
const err60 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3,schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data27.value !== undefined){
let data28 = data27.value;
if(!((typeof data28 == "number") && (isFinite(data28)))){
const err61 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/value",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data27.samples !== undefined){
let data29 = data27.samples;
if(Array.isArray(data29)){
if(data29.length > 1000000){
const err62 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/samples/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(!((typeof data30 == "number") && (isFinite(data30)))){
const err63 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/samples/" + i4,schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/samples/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3+"/samples",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/properties/samples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs/" + i3,schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/runs",schemaPath:"#/properties/runs/items/properties/series/items/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data16.spread !== undefined){
let data31 = data16.spread;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.low !== undefined){
let data32 = data31.low;
if(!((typeof data32 == "number") && (isFinite(data32)))){
const err67 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread/low",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data31.high !== undefined){
let data33 = data31.high;
if(!((typeof data33 == "number") && (isFinite(data33)))){
const err68 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread/high",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data31.stddev !== undefined){
let data34 = data31.stddev;
if(!((typeof data34 == "number") && (isFinite(data34)))){
const err69 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread/stddev",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/properties/stddev/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/spread",schemaPath:"#/properties/runs/items/properties/series/items/properties/spread/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data16.exact !== undefined){
if(true !== data16.exact){
const err71 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1+"/exact",schemaPath:"#/properties/runs/items/properties/series/items/properties/exact/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/runs/" + i0+"/series/" + i1,schemaPath:"#/properties/runs/items/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/runs/" + i0+"/series",schemaPath:"#/properties/runs/items/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/runs/" + i0,schemaPath:"#/properties/runs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


/** A stored history document, migrated to the current schemaVersion: `false`, with `.errors` set, when it does not match. */
const validateHistoryDocument = validateHistoryDocument_;

// EXTERNAL MODULE: ./src/history/model.ts
var model = __webpack_require__(24245);
;// CONCATENATED MODULE: ./src/history/migrate.ts
/**
 * Migrations of stored history documents, one step at a time: MIGRATIONS[n] turns a version-n document
 * into version n+1, so a history written by any earlier benchgate reaches the current version by
 * applying the steps in order. A document from a newer benchgate is never guessed at.
 *
 * Version 0 is the shape a user writes by hand before ever running benchgate, for `store: file`: a bare
 * list of runs (each as `benchgate` results or the CLI's `--baseline` files describe them), oldest first.
 */

const MIGRATIONS = {
    0: (runs, ctx) => {
        const list = runs;
        const named = list.map((r) => r?.suite).find((s) => typeof s === 'string');
        return { schemaVersion: 1, suite: named ?? ctx.suite, runs: list };
    },
};
/** The version of a document: 0 for a bare list, its `schemaVersion` otherwise; undefined when neither. */
function versionOf(doc) {
    if (Array.isArray(doc))
        return 0;
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const v = doc.schemaVersion;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}
function migrate(doc, ctx, table = MIGRATIONS, current = model/* SCHEMA_VERSION */.f$) {
    const from = versionOf(doc);
    if (from === undefined)
        return {
            ok: false,
            kind: 'corrupt',
            reason: 'expected a history object with a "schemaVersion" (or a list of runs)',
        };
    if (from > current)
        return {
            ok: false,
            kind: 'newer',
            reason: `written by a newer benchgate (schemaVersion ${from}; this version reads up to ${current})`,
        };
    let out = doc;
    for (let v = from; v < current; v++) {
        const step = table[v];
        if (!step)
            return { ok: false, kind: 'corrupt', reason: `no migration from schemaVersion ${v}` };
        out = step(out, ctx);
    }
    return { ok: true, doc: out, from };
}

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
;// CONCATENATED MODULE: ./src/history/validate.ts




function where(e) {
    const parts = e.instancePath.split('/').slice(1);
    let out = '';
    for (const p of parts)
        out += /^\d+$/.test(p) ? `[${p}]` : `${out ? '.' : ''}${p.replace(/~1/g, '/').replace(/~0/g, '~')}`;
    return out || '(top level)';
}
function describe(e) {
    if (e.keyword === 'required')
        return `${where(e)}: expected key "${e.params.missingProperty}"`;
    if (e.keyword === 'enum')
        return `${where(e)}: expected one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return `${where(e)}: ${e.message ?? 'invalid'}`;
}
function validateHistory(value, suite) {
    const m = migrate(value, { suite });
    if (!m.ok)
        return m;
    if (!validateHistoryDocument(m.doc)) {
        const errors = validateHistoryDocument.errors ?? [];
        const shown = errors.slice(0, 3).map(describe).join('; ');
        const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
        return { ok: false, kind: 'corrupt', reason: `not a valid history: ${shown}${more}` };
    }
    const history = m.doc;
    if (history.suite !== suite)
        return {
            ok: false,
            kind: 'foreign',
            reason: `it holds the history of suite "${history.suite}", not "${suite}"`,
        };
    return m.from < history.schemaVersion ? { ok: true, history, migratedFrom: m.from } : { ok: true, history };
}
/** A stored history's text → a validated history: every store reads its bytes and hands them here. */
function decodeHistory(text, suite) {
    if (text.length > limits/* LIMITS */.b.documentBytes)
        return {
            ok: false,
            kind: 'corrupt',
            reason: `the history is larger than ${limits/* LIMITS */.b.documentBytes / 1024 / 1024} MiB, the most benchgate reads`,
        };
    if (text.trim() === '')
        return { ok: false, kind: 'corrupt', reason: 'the history is empty (a truncated write?)' };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { ok: false, kind: 'corrupt', reason: `not valid JSON (${(0,errors/* errorText */.kc)(e)})` };
    }
    return validateHistory(value, suite);
}


/***/ }),

/***/ 30351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
/**
 * The caps on untrusted documents (collected results, any stored history, benchgate's results format).
 * No real suite comes near them; they keep a privileged job that reads a fork's data within seconds
 * and its memory bounded. docs/security.md lists them.
 */
const LIMITS = {
    /** Series in one run. */
    seriesPerRun: 100_000,
    /** Samples in one series (tinybench keeps one per iteration). */
    samplesPerSeries: 1_000_000,
    /** Replicate runs of one series (several output files, one run each). */
    runsPerSeries: 1000,
    /** Runs in one history document. */
    runsPerHistory: 10_000,
    /** Characters of a benchmark name. */
    name: 2000,
    /** Characters of a metric. */
    metric: 200,
    /** Characters of a unit. */
    unit: 100,
    /** Characters of other short strings: suite, tool, ref, commit, run id, timestamp. */
    text: 200,
    /** Bytes of a collected-results file or a history document. */
    documentBytes: 64 * 1024 * 1024,
    /** Files a folder format reads from one folder (Criterion.rs writes three per benchmark). */
    folderFiles: 100_000,
    /** Bytes of all the files a folder format reads from one folder, together: as much as one output file. */
    folderBytes: 256 * 1024 * 1024,
};


/***/ })

};

//# sourceMappingURL=643.index.js.map
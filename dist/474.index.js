export const id = 474;
export const ids = [474];
export const modules = {

/***/ 5474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheStore: () => (/* binding */ CacheStore)
/* harmony export */ });
/* unused harmony exports restorePrefix, saveKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49902);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24245);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82753);
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67226);
/**
 * The cache store (the default): the history as one JSON file in the Actions cache, through the real
 * @actions/cache client (DESIGN.md §5).
 *
 * - Save key `benchgate-v1-<suite>-<os>-<branch>-<run_id>-<attempt>`: every base-branch run saves a new
 *   entry (entries are immutable, so there is no "key that never updates"), and two racing runs never
 *   collide. Restore by the prefix `benchgate-v1-<suite>-<os>-<base>-`: the service answers with the
 *   newest entry under it, from this run's own scope or the base branch's.
 * - Pull requests only restore; the cache service itself keeps a PR's writes in `refs/pull/N/merge`,
 *   where no base-branch run ever looks.
 * - The file is archived relative to a private folder under RUNNER_TEMP with a fixed name, so the cache
 *   "version" (a hash of the paths) is the same on every runner, whatever its folder layout.
 * - Every failure is a value: unreachable → `unavailable`, nothing stored → `empty`, a stored entry
 *   that cannot be used → `invalid` (it stays in the cache, untouched, until evicted: entries cannot be
 *   overwritten, and the next save goes under a new key anyway).
 */







/** Keys may not contain commas (the service splits on them); branch names may. */
function keyPart(s) {
    return s.replace(/,/g, '_');
}
function restorePrefix(o, base) {
    return `benchgate-v1-${o.suite}-${o.os}-${keyPart(base)}-`;
}
function saveKey(o, branch) {
    return `${restorePrefix(o, branch)}${o.runId}-${o.runAttempt}`;
}
const NOT_CONFIGURED = 'the Actions cache service is not available to this step (no ACTIONS_RESULTS_URL: a self-hosted runner ' +
    'or GHES without the cache service, or a local runner); use store: artifact or store: file';
class CacheStore {
    o;
    name = 'cache';
    constructor(o) {
        this.o = o;
    }
    /**
     * Run a cache call from a private folder: @actions/cache resolves paths against the working
     * directory and archives them relative to GITHUB_WORKSPACE, and both are read at call time.
     */
    async inFolder(dir, fn) {
        const cwd = process.cwd();
        const workspace = this.o.env.GITHUB_WORKSPACE;
        process.chdir(dir);
        process.env.GITHUB_WORKSPACE = dir;
        try {
            return await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_5__/* .callToolkit */ .L7)(fn, this.o.timeoutMs);
        }
        finally {
            process.chdir(cwd);
            if (workspace === undefined)
                delete process.env.GITHUB_WORKSPACE;
            else
                process.env.GITHUB_WORKSPACE = workspace;
        }
    }
    folder() {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.o.tempDir, `benchgate-cache-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}`);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
        return dir;
    }
    problem(call) {
        if (call.timedOut)
            return `no answer within ${Math.round(this.o.timeoutMs / 1000)} s`;
        // The client's own "Failed to restore: " / "Failed to save: " would only repeat ours.
        return (call.error ?? call.problems[0])?.replace(/^Failed to (restore|save): /, '');
    }
    async load(suite) {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .isFeatureAvailable */ .w3())
            return { kind: 'unavailable', reason: NOT_CONFIGURED };
        if (!this.o.base)
            return { kind: 'unavailable', reason: 'no base branch is known for this run' };
        const prefix = restorePrefix(this.o, this.o.base);
        const file = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .historyFileName */ .cI)(suite);
        const dir = this.folder();
        try {
            const call = await this.inFolder(dir, () => _actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .restoreCache */ .P3([file], prefix));
            const key = call.value;
            if (!key) {
                const problem = this.problem(call);
                if (!problem)
                    return {
                        kind: 'empty',
                        reason: `no history in the cache under ${prefix}* yet (a first run, or evicted after 7 days unused)`,
                    };
                const hit = call.lines.map((l) => /Cache hit for(?: restore-key)?: (.+)$/.exec(l)?.[1]).find(Boolean);
                // An entry was found but its archive would not unpack: it is broken for good, not unreachable.
                if (hit && /tar|zstd|exit code/i.test(problem))
                    return {
                        kind: 'invalid',
                        reason: `cache entry ${hit} cannot be unpacked (${problem})`,
                        keptAt: `cache entry ${hit}, left untouched (cache entries are immutable; it is evicted after 7 days unused)`,
                    };
                return { kind: 'unavailable', reason: `cache restore failed: ${problem}` };
            }
            const kept = `cache entry ${key}, left untouched (cache entries are immutable; it is evicted after 7 days unused)`;
            let text;
            try {
                text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, file), 'utf8');
            }
            catch {
                return { kind: 'invalid', reason: `cache entry ${key} holds no ${file}`, keptAt: kept };
            }
            const v = (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeHistory */ .F)(text, suite);
            if (!v.ok)
                return { kind: 'invalid', reason: `cache entry ${key}: ${v.reason}`, keptAt: kept };
            return { kind: 'found', history: v.history, source: `cache entry ${key}` };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
        }
    }
    async save(history) {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .isFeatureAvailable */ .w3())
            return { kind: 'failed', reason: NOT_CONFIGURED };
        if (!this.o.branch)
            return { kind: 'failed', reason: 'this run is on no branch' };
        const key = saveKey(this.o, this.o.branch);
        const file = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .historyFileName */ .cI)(history.suite);
        const dir = this.folder();
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, file), `${JSON.stringify(history)}\n`);
            const call = await this.inFolder(dir, () => _actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .saveCache */ .Io([file], key));
            if (call.value !== undefined && call.value !== -1)
                return { kind: 'saved', where: `cache key ${key}` };
            if (call.lines.some((l) => /another job may be creating this cache/.test(l)))
                return {
                    kind: 'skipped',
                    reason: `the cache already holds key ${key}: this run attempt saved before (a second step with suite "${history.suite}"?)`,
                };
            return {
                kind: 'failed',
                reason: `cache save failed: ${this.problem(call) ?? 'the cache service did not accept it'}`,
            };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
        }
    }
}


/***/ })

};

//# sourceMappingURL=474.index.js.map
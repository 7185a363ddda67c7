export const id = 84;
export const ids = [84];
export const modules = {

/***/ 72084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReport: () => (/* binding */ runReport)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3440);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10182);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50765);
/* harmony import */ var _deliver_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48868);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39246);
/* harmony import */ var _dashboard_write_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75430);
/**
 * `mode: report`: one job after a matrix of `collect` jobs. Downloads every `benchgate-results-*`
 * artifact of this workflow run and compares each suite with its own history, then posts one report —
 * one comment with a section per suite, under this job's `suite` as the marker — so matrix jobs never
 * race to edit comments or history. On a base-branch run it records each suite's run, and writes one
 * dashboard of every suite (`dashboard`).
 *
 * The collected files come from jobs of this same workflow run, so their comparison inputs (thresholds,
 * base branch, config file) apply where this job does not set its own.
 */










const FROM_COLLECTED = {
    [_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.warnThreshold]: 'warnThreshold',
    [_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.failThreshold]: 'failThreshold',
    [_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.baseBranch]: 'baseBranch',
    [_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.config]: 'config',
};
async function runReport(deps, config, ctx, input) {
    const { core } = deps;
    const transfer = deps.transfer();
    const found = await transfer.list();
    if (found.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BenchgateError */ .Q9('mode: report', 'expected benchgate-results-* artifacts in this workflow run; run `mode: collect` in the jobs this one `needs:`');
    const suites = [];
    // Every suite's saved history, for one dashboard of them all once every suite is recorded.
    const saved = [];
    const keep = (h) => {
        saved.push(h);
        return Promise.resolve([]);
    };
    const records = [];
    const skipped = [];
    const scratch = node_path__WEBPACK_IMPORTED_MODULE_1__.join(deps.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(), 'benchgate-report');
    for (const a of found) {
        let text;
        try {
            text = await transfer.read(a, scratch);
        }
        catch (e) {
            skipped.push({ kind: 'publish', message: `Artifact ${a.name} not read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(e)}.` });
            continue;
        }
        const checked = (0,_payload_js__WEBPACK_IMPORTED_MODULE_7__/* .readCollected */ .qu)(text, a.name);
        if (!checked.ok) {
            skipped.push({ kind: 'publish', message: `Artifact ${checked.reason}; left out of the report.` });
            continue;
        }
        const c = checked.value;
        // This job's inputs win; the collecting job's fill what this one leaves unset.
        const suiteConfig = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)({
            input: (n) => {
                if (n === _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.suite)
                    return c.suite;
                const own = input(n);
                const key = FROM_COLLECTED[n];
                return own.trim() === '' && key ? (c.inputs[key] ?? '') : own;
            },
            readFile: (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .readFileOrUndefined */ .Ug)(deps.cwd),
        });
        core.info(`benchgate: comparing suite ${c.suite} (${c.current.series.length} series from ${a.name})`);
        const compared = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .compareRun */ .XZ)(deps, suiteConfig, ctx, c.current, c.baseline, keep);
        compared.verdict.warnings.push(...skipped.splice(0));
        suites.push({ verdict: compared.verdict, history: compared.history, runner: c.current.runner });
        records.push(compared.record);
    }
    if (suites.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BenchgateError */ .Q9('mode: report', `expected readable collected results; ${skipped.map((w) => w.message).join(' ')}`);
    if (skipped.length)
        suites[suites.length - 1].verdict.warnings.push(...skipped);
    return (0,_deliver_js__WEBPACK_IMPORTED_MODULE_6__/* .deliver */ .c)(deps, config, ctx, {
        key: config.suite,
        suites,
        onBaseBranch: (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .isBaseBranchRun */ .pK)(ctx, (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .baseBranchOf */ .vr)(ctx, config.baseBranch)),
        afterPublish: async () => {
            const warnings = [];
            for (const record of records)
                warnings.push(...(await record()));
            const log = (m) => core.info(m);
            const d = { config, ctx, env: deps.env, cwd: deps.cwd, log };
            warnings.push(...(await (0,_dashboard_write_js__WEBPACK_IMPORTED_MODULE_8__/* .publishCombinedDashboard */ .dC)(d, saved, config.suite)));
            return warnings;
        },
    });
}


/***/ })

};

//# sourceMappingURL=84.index.js.map
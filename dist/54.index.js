export const id = 54;
export const ids = [54];
export const modules = {

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCollect: () => (/* binding */ runCollect)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50765);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39246);
/**
 * `mode: collect`: parse the results and upload them, with what a later job needs to compare them (the
 * PR, the commits, the suite, the comparison inputs), as the artifact `benchgate-results-<suite>`. Used
 * by each job of a matrix (a `report` job merges them) and by a fork's PR workflow (a `workflow_run`
 * workflow with `mode: comment` reads them). No comparison, no token needed.
 */







/** Collected results are read within hours; a week is plenty unless `retention-days` says otherwise. */
const DEFAULT_RETENTION_DAYS = 7;
function collectedInputs(input) {
    const out = {};
    const set = (key, name) => {
        const v = input(name).trim();
        if (v)
            out[key] = v.slice(0, 200);
    };
    set('warnThreshold', _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.warnThreshold);
    set('failThreshold', _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.failThreshold);
    set('failOn', _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.failOn);
    set('baseBranch', _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.baseBranch);
    set('config', _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .m.config);
    return out;
}
async function runCollect(deps, config, ctx, input) {
    const { core } = deps;
    const { current, baselineRun } = (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRuns */ .oI)(deps, config, ctx);
    const pr = ctx.pullRequest;
    const payload = {
        benchgateCollected: 1,
        suite: config.suite,
        ...(ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {}),
        event: ctx.eventName,
        sha: ctx.sha,
        ref: ctx.ref,
        ...(ctx.runId ? { runId: ctx.runId } : {}),
        ...(pr
            ? {
                pullRequest: {
                    number: pr.number,
                    baseRef: pr.baseRef,
                    fork: pr.fork,
                    ...(pr.headSha ? { headSha: pr.headSha } : {}),
                    ...(pr.baseSha ? { baseSha: pr.baseSha } : {}),
                },
            }
            : {}),
        inputs: collectedInputs(input),
        current,
        ...(baselineRun ? { baseline: baselineRun } : {}),
    };
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(deps.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), `benchgate-collect-`));
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _payload_js__WEBPACK_IMPORTED_MODULE_6__/* .PAYLOAD_FILE */ .Yr);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, JSON.stringify(payload));
    const name = (0,_payload_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactName */ .Cs)(config.suite);
    // Without the upload nothing downstream can report: this is the one failure collect does not soften.
    await deps.transfer().upload(name, [file], config.retentionDays ?? DEFAULT_RETENTION_DAYS);
    const line = `benchgate ▸ collected ${current.series.length} series of suite \`${config.suite}\` as artifact \`${name}\`${pr ? ` for pull request #${pr.number}` : ''}; a \`report\` job or a \`workflow_run\` workflow with \`mode: comment\` compares them.`;
    core.info(line.replace(/`/g, ''));
    if (config.summary) {
        try {
            await core.summary.addRaw(`${line}\n`, true).write();
        }
        catch (e) {
            core.warning(`benchgate: Job summary not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(e)}.`);
        }
    }
    core.setOutput(_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUTS */ .p.verdict, '');
    core.setOutput(_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUTS */ .p.regressions, 0);
    core.setOutput(_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUTS */ .p.improvements, 0);
    core.setOutput(_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUTS */ .p.reportJson, '');
    core.setOutput(_config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUTS */ .p.commentUrl, '');
    return { exitCode: 0 };
}


/***/ })

};

//# sourceMappingURL=54.index.js.map
export const id = 21;
export const ids = [21];
export const modules = {

/***/ 64021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRun: () => (/* binding */ runRun)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _deliver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48868);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50765);
/**
 * `mode: run` (the default): this job's results against the base branch's history (or the baseline
 * output of the same job), one report, and the run recorded on base-branch pushes.
 */



async function runRun(deps, config, ctx) {
    const { current, baselineRun } = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRuns */ .oI)(deps, config, ctx);
    const compared = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRun */ .XZ)(deps, config, ctx, current, baselineRun);
    return (0,_deliver_js__WEBPACK_IMPORTED_MODULE_0__/* .deliver */ .c)(deps, config, ctx, {
        key: config.suite,
        suites: [{ verdict: compared.verdict, history: compared.history, runner: current.runner }],
        onBaseBranch: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isBaseBranchRun */ .pK)(ctx, (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .baseBranchOf */ .vr)(ctx, config.baseBranch)),
        afterPublish: compared.record,
    });
}


/***/ })

};

//# sourceMappingURL=21.index.js.map
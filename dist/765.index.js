export const id = 765;
export const ids = [765];
export const modules = {

/***/ 52886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ decideAll)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26204);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65217);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85184);
/**
 * Evidence for every series of a suite → verdicts (DESIGN.md §4).
 *
 * - Significance is decided across the suite with Benjamini–Hochberg at q = `fdr-q`, separately for
 *   "worse" and "better", so a suite of hundreds of unchanged benchmarks rarely raises anything.
 * - warn: significantly worse after BH, and the confidence interval reaches the warn threshold (a change
 *   that large is plausible). fail: the one-sided confidence bound is beyond the fail threshold, at the
 *   stricter of the displayed interval's level and the false-coverage-adjusted level k·q/m (Benjamini &
 *   Yekutieli 2005), so a fail always has its whole displayed interval beyond the threshold.
 * - Exact series (no variance) compare with the thresholds directly; series with too little data warn at
 *   most (unless `insufficient-data: fail`). Improvements mirror regressions and never fail.
 */




function decideAll(items, input) {
    const s = input.settings;
    const q = s.fdrQ;
    const ciTail = (1 - s.confidence) / 2;
    const tested = [];
    items.forEach((it, index) => {
        const e = it.evidence;
        if (e.pWorse !== undefined && e.pBetter !== undefined)
            tested.push({ index, pWorse: e.pWorse, pBetter: e.pBetter });
    });
    const m = tested.length;
    const worse = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .benjaminiHochberg */ .Uh)(tested.map((t) => t.pWorse), q);
    const better = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .benjaminiHochberg */ .Uh)(tested.map((t) => t.pBetter), q);
    // False-coverage-adjusted one-sided level for the fail bound, never looser than the displayed CI.
    const failTail = m ? Math.min(ciTail, (Math.max(1, worse.k) * q) / m) : ciTail;
    const slot = new Map();
    tested.forEach((t, j) => slot.set(t.index, j));
    return items.map((it, index) => {
        const j = slot.get(index);
        if (j === undefined)
            return untested(it, input);
        return statistical(it, input, {
            m,
            ciTail,
            failTail,
            worse: worse.rejected[j],
            better: better.rejected[j],
            adjustedWorse: worse.adjusted[j],
            adjustedBetter: better.adjusted[j],
        });
    });
}
function base(it) {
    const e = it.evidence;
    const s = it.input.current;
    return {
        name: s.name,
        metric: s.metric,
        unit: s.unit,
        direction: it.input.direction,
        status: 'unchanged',
        verdict: 'pass',
        mode: e.mode,
        method: e.method,
        baseline: e.baseline,
        current: e.current,
        change: Math.expm1(e.estimate),
        n: e.n,
        reason: '',
        warnings: [],
        ...(e.segment ? { segment: e.segment } : {}),
    };
}
function statistical(it, input, c) {
    const e = it.evidence;
    const rule = it.input.rule;
    const w = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .wordsFor */ .tu)(it.input.current.metric);
    const lnWarn = Math.log1p(rule.warnThreshold);
    const lnFail = Math.log1p(rule.failThreshold);
    const v = base(it);
    const est = e.estimate;
    // With a rank-based bound as well, each bound gets half the level, so the larger is at the full level.
    const share = e.rankBound ? 2 : 1;
    const failTail = Math.min(c.failTail, e.failTailCap ?? 1);
    const [lo, hi, bootstrapBound] = e.interval([c.ciTail, 1 - c.ciTail, failTail / share]);
    let failBound = bootstrapBound;
    if (e.rankBound && est >= lnFail && failBound <= lnFail)
        failBound = Math.max(failBound, e.rankBound(failTail / share));
    v.ci = [Math.expm1(lo), Math.expm1(hi)];
    v.p = est >= 0 ? e.pWorse : e.pBetter;
    v.pAdjusted = est >= 0 ? c.adjustedWorse : c.adjustedBetter;
    v.resolvable = Math.expm1((hi - lo) / 2);
    const failLevel = 1 - failTail;
    const mag = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(v.change);
    const across = c.m > 1 ? ` across ${c.m} series` : '';
    if (est >= lnFail && failBound > lnFail) {
        v.status = 'regression';
        v.verdict = 'fail';
        v.bound = { confidence: failLevel, change: Math.expm1(failBound) };
        v.reason = `${mag} ${w.worse}; with ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .level */ .Rc)(failLevel)} confidence at least ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(Math.expm1(failBound))} ${w.worse}, beyond the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.failThreshold)} fail threshold.`;
    }
    else if (c.worse && est > 0 && hi >= lnWarn) {
        v.status = 'regression';
        v.verdict = 'warn';
        // The bound is shown (and said) only where the sentence speaks of it, so a row's figures and its
        // sentence are at one level: the fail level here, the displayed interval's level otherwise.
        if (est >= lnFail)
            v.bound = { confidence: failLevel, change: Math.expm1(failBound) };
        v.reason =
            est >= lnFail
                ? `${mag} ${w.worse} and significant${across}, but not surely beyond the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.failThreshold)} fail threshold (${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .level */ .Rc)(failLevel)} bound ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .signed */ .x8)(Math.expm1(failBound))}); more samples would settle it.`
                : `${mag} ${w.worse}, significant${across}; the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .level */ .Rc)(input.settings.confidence)} interval reaches the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.warnThreshold)} warn threshold.`;
    }
    else if (c.better && est < 0 && lo <= -lnWarn) {
        v.status = 'improvement';
        v.reason = `${mag} ${w.better}, significant${across}.`;
    }
    else if (c.worse && est > 0) {
        v.reason = `${mag} ${w.worse}, significant; the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .level */ .Rc)(input.settings.confidence)} interval stays below the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.warnThreshold)} warn threshold.`;
    }
    else if (c.better && est < 0) {
        v.reason = `${mag} ${w.better}, significant but within the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.warnThreshold)} threshold.`;
    }
    else {
        const unresolved = v.resolvable > rule.warnThreshold;
        const against = e.method === 'bootstrap'
            ? `with ${e.n.baseline} + ${e.n.current} samples`
            : e.method === 'paired'
                ? `in ${e.n.current} paired rounds`
                : e.method === 'history-two-sample'
                    ? `between two runners with ${e.n.baseline} + ${e.n.current} samples`
                    : 'against this history';
        v.reason =
            `no significant change (${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .signed */ .x8)(v.change)}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(v.p)})` +
                (unresolved && !e.noise ? `; changes below ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(v.resolvable)} cannot be resolved ${against}.` : '.');
    }
    if (e.noise)
        v.reason = `${v.reason.replace(/\.$/, '')}; ${noiseNote(e, v.resolvable)}.`;
    if (e.runs)
        v.runs = e.runs;
    if (v.resolvable > rule.warnThreshold)
        v.warnings.push(unresolvable(input));
    if (e.minP !== undefined && e.minP > input.settings.fdrQ)
        v.warnings.push(tooFewForRanks(input));
    if (v.status === 'regression')
        v.severity = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .severityOf */ .xJ)(v.change, input.severity);
    if (it.unstable && it.unstable.length > 0)
        notDecided(v, it.unstable, e.method === 'replicates');
    return v;
}
/**
 * What the comparison accounted for and could not resolve: "one run per side: run-to-run noise of ±25%
 * assumed; changes below 98% cannot be resolved", or the replicates' measured spread.
 */
function noiseNote(e, resolvable) {
    const n = e.noise;
    const sd = `±${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(Math.expm1(n.sigma))}`;
    const below = `changes below ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(resolvable)} cannot be resolved`;
    if (e.method === 'replicates') {
        const from = n.historyRuns !== undefined ? ` (pooled with ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n.historyRuns, 'base-branch run')})` : '';
        return `${e.runs.baseline} + ${e.runs.current} runs: run-to-run spread ${sd} measured${from}; ${below}`;
    }
    const source = n.source === 'assumed'
        ? 'assumed (runner-noise)'
        : `measured over ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n.historyRuns ?? 0, 'base-branch run')}`;
    return `one run per side: run-to-run noise of ${sd} ${source}; ${below}`;
}
/**
 * An unstable run is reported, not decided on: never a fail, never a warn (issue 11 §1). With replicates
 * the decision stands and the finding is only named: the runs are the replicates, so whatever made one of
 * them unstable is already in the between-run spread the test used.
 */
function notDecided(v, unstable, replicated) {
    v.unstable = unstable;
    const what = unstable.join('; ');
    if (replicated) {
        v.reason = `${v.reason.replace(/\.$/, '')}; unstable run (${what}), part of the measured run-to-run spread.`;
        return;
    }
    v.warnings.push({
        kind: 'unstable',
        message: 'Some runs were unstable (two modes, drift within the run, or a spread far above the history): those series are reported but not decided on.',
        hint: 'Rerun the job; pin the benchmark to a core, quiet the machine, or give benchgate several runs per side.',
    });
    if (v.verdict === 'pass' && v.status === 'unchanged') {
        v.reason = `${v.reason.replace(/\.$/, '')}; unstable run (${what}).`;
        return;
    }
    v.reason = `unstable run (${what}): the measured ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .signed */ .x8)(v.change)} is not decided on.`;
    v.status = 'unchanged';
    v.verdict = 'pass';
    delete v.severity;
    delete v.bound;
}
function untested(it, input) {
    const e = it.evidence;
    const rule = it.input.rule;
    const v = base(it);
    const est = e.estimate;
    const lnWarn = Math.log1p(rule.warnThreshold);
    const lnFail = Math.log1p(rule.failThreshold);
    const fmt = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .scaleFor */ .E1)(it.input.current.unit, [e.baseline, e.current]);
    const chg = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .signed */ .x8)(v.change);
    if (e.method === 'exact') {
        const counts = `${fmt(e.baseline)} → ${fmt(e.current)}`;
        if (est >= lnFail) {
            v.status = 'regression';
            v.verdict = 'fail';
            v.reason = `${counts} (${chg}), beyond the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.failThreshold)} fail threshold; an exact count has no noise, so no statistics.`;
        }
        else if (est >= lnWarn) {
            v.status = 'regression';
            v.verdict = 'warn';
            v.reason = `${counts} (${chg}), beyond the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.warnThreshold)} warn threshold; an exact count has no noise, so no statistics.`;
        }
        else if (est <= -lnWarn) {
            v.status = 'improvement';
            v.reason = `${counts} (${chg}), an exact count.`;
        }
        else if (v.change === 0) {
            v.reason = `unchanged exact count (${fmt(e.current)}).`;
        }
        else {
            v.reason = `${counts} (${chg}), within the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(rule.warnThreshold)} warn threshold for an exact count.`;
        }
        if (v.status === 'regression')
            v.severity = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .severityOf */ .xJ)(v.change, input.severity);
        return v;
    }
    // Threshold mode: too little data to test.
    const strict = (input.settings.insufficientData ?? 'warn') === 'fail';
    if (est >= lnFail) {
        v.status = 'regression';
        v.verdict = strict ? 'fail' : 'warn';
    }
    else if (strict && est >= lnWarn) {
        v.status = 'regression';
        v.verdict = 'warn';
    }
    else if (est <= -(strict ? lnWarn : lnFail)) {
        v.status = 'improvement';
    }
    const short = e.shortOf;
    const consequence = v.verdict === 'warn' && !strict
        ? 'so this warns instead of failing'
        : strict
            ? 'so the thresholds apply to the change as measured'
            : 'so only a change beyond the fail threshold would be flagged';
    if (short.what === 'positive') {
        v.reason = `${chg}; values at or below zero cannot be compared as ratios, ${consequence}.`;
        v.warnings.push({
            kind: 'unresolvable',
            message: 'Some series have values at or below zero: they are compared by threshold only.',
        });
    }
    else if (short.what === 'samples') {
        v.reason = `${chg} with ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(short.have, 'sample')} per side, too few to test (min-samples ${short.need}), ${consequence}; run each benchmark at least ${short.need} times.`;
        v.warnings.push({
            kind: 'too-few-samples',
            message: `Some series have fewer than ${short.need} samples per side: their changes are reported but not tested.`,
            hint: `Run each benchmark at least ${short.need} times (e.g. \`go test -count 10\`, repetitions, or more rounds).`,
        });
    }
    else {
        v.reason = `${chg} against ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(short.have, 'base-branch run')}, too few to learn the run-to-run noise (need ${short.need}), ${consequence}.`;
        v.warnings.push({
            kind: 'insufficient-history',
            message: `The history has fewer than ${short.need} base-branch runs for some series: their changes are reported but not tested.`,
            hint: 'The history grows with each push to the base branch; or benchmark the base commit in the same job and pass it as `baseline-output`.',
        });
    }
    if (v.status === 'regression')
        v.severity = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .severityOf */ .xJ)(v.change, input.severity);
    return v;
}
function unresolvable(input) {
    return {
        kind: 'unresolvable',
        message: `Some comparisons are too noisy to resolve a ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(input.settings.warnThreshold)} change: their reason says what they could resolve.`,
        hint: 'More samples per run (or the same-job mode, `baseline-output`) narrow the interval.',
    };
}
function tooFewForRanks(input) {
    return {
        kind: 'too-few-samples',
        message: `Some series have so few samples that a rank test cannot reach p ≤ ${input.settings.fdrQ}: only large changes can fail and none can warn.`,
        hint: 'Run each benchmark at least 8 times per side.',
    };
}


/***/ }),

/***/ 81739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ orientedLogChange),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   sm: () => (/* binding */ valuesOf)
/* harmony export */ });
/* unused harmony exports BETWEEN_RUN_FAIL_TAIL, MAX_TEST_SAMPLES, thin */
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26204);

/**
 * One-sided level of the fail bound where the run-to-run noise dominates (see Evidence.failTailCap):
 * 99.9%. At 97.5% a spread of the fail threshold's size fails 1–2.5% of unchanged series; and a run-wide
 * shift (a contended process moves every series of the suite together) makes fails arrive together, where
 * Benjamini–Hochberg no longer protects the PR. Measured in bench/accuracy.ts (shared-VM scenarios): 99.5%
 * let 8% of unchanged 30-series PRs fail in history mode, 99.9% keeps them under 5%.
 */
const BETWEEN_RUN_FAIL_TAIL = 0.001;
/**
 * Above this many samples per side the tests run on this many evenly spaced order statistics of each side
 * (the headline medians stay exact). At 20,000 samples the sd of a log median is 0.9% of the samples'
 * own spread — 0.09% at a 10% CV — so only a change within a tenth of a percent of a threshold could be
 * decided differently, while a million samples compare in well under a second.
 */
const MAX_TEST_SAMPLES = 20_000;
/** `values` unchanged up to `max`; above, `max` evenly spaced order statistics (the (i + ½)/max quantiles). */
function thin(values, max = MAX_TEST_SAMPLES) {
    const n = values.length;
    if (n <= max)
        return values;
    const sorted = Float64Array.from(values).sort();
    const out = new Array(max);
    for (let i = 0; i < max; i++)
        out[i] = sorted[Math.floor(((i + 0.5) * n) / max)];
    return out;
}
/** Metrics that count rather than time: without variance by nature. */
const EXACT_METRICS = /^(allocs\/op|B\/op)$|instruction|^instr(s|uctions)?$|^Ir$/i;
/** Below this relative spread a history is treated as noise-free rather than infinitely precise. */
const MIN_RUN_SPREAD = 0.005;
function valuesOf(s) {
    return s.samples && s.samples.length > 0 ? s.samples : [s.value];
}
function allEqual(v) {
    for (let i = 1; i < v.length; i++)
        if (v[i] !== v[0])
            return false;
    return true;
}
function allPositive(v) {
    for (const x of v)
        if (!(x > 0) || !Number.isFinite(x))
            return false;
    return true;
}
/**
 * ln(1 + change), signed so that positive is worse. For positive values that is ±ln(current/base); from
 * zero any increase is infinitely worse (or better); for values at or below zero (custom metrics) the
 * change is taken relative to the baseline's magnitude, so −5 → −4 is 20% more.
 */
function orientedLogChange(base, current, direction) {
    const d = direction === 'smaller' ? 1 : -1;
    if (base > 0 && current > 0)
        return d * (Math.log(current) - Math.log(base));
    if (base === current)
        return 0;
    if (base === 0)
        return current > 0 ? d * Infinity : -d * Infinity;
    const rel = (d * (current - base)) / Math.abs(base);
    return rel > -1 ? Math.log1p(rel) : -Infinity;
}
function evaluate(si, ctx) {
    const cur = valuesOf(si.current);
    const minSamples = si.rule.minSamples;
    const hist = si.history;
    const newest = hist.length ? hist[hist.length - 1].series : undefined;
    // Exact counts first: statistics on values without variance only add noise to the answer.
    const exactBase = si.sameJob
        ? valuesOf(si.sameJob)
        : newest && valuesOf(newest).length > 1
            ? valuesOf(newest)
            : hist.slice(-10).map((h) => h.series.value);
    if (exactBase.length > 0) {
        const knownExact = EXACT_METRICS.test(si.current.metric);
        const configured = si.rule.deterministic === true || si.current.exact === true;
        if (configured ||
            (allEqual(cur) && allEqual(exactBase) && (cur.length > 1 || exactBase.length > 1 || knownExact))) {
            // Configured exact series may still jitter: compare their medians. Truly constant ones are equal.
            const baseline = si.sameJob || configured ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(exactBase) : newest.value;
            const current = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(cur);
            return {
                mode: si.sameJob ? 'same-job' : 'history',
                method: 'exact',
                baseline,
                current,
                estimate: orientedLogChange(baseline, current, si.direction),
                n: { baseline: exactBase.length, current: cur.length },
            };
        }
    }
    if (si.sameJob) {
        const baseRuns = runsOf(si.sameJob);
        const curRuns = runsOf(si.current);
        if (baseRuns.length + curRuns.length > 2 &&
            allPositive(baseRuns.map(runHeadline)) &&
            allPositive(curRuns.map(runHeadline)))
            return replicates(si, baseRuns, curRuns, ctx);
        const base = valuesOf(si.sameJob);
        if (cur.length >= minSamples && base.length >= minSamples && allPositive(cur) && allPositive(base)) {
            const noise = historyNoise(si, ctx) ?? assumedNoise(ctx);
            return noise ? oneRun(si, thin(base), thin(cur), noise, ctx) : sameJob(si, thin(base), thin(cur), ctx);
        }
    }
    // History runs are compared by their headline values: the store keeps samples for the newest few runs
    // only, and a headline that is a mean would make a false step where the medians of samples begin.
    const usable = usableHistory(si);
    if (allPositive(cur) && si.current.value > 0) {
        if (usable.length >= minSamples)
            return fromHistory(si, usable, cur, ctx);
        const last = usable.length ? valuesOf(usable[usable.length - 1].series) : [];
        if (usable.length > 0 && cur.length >= minSamples && last.length >= minSamples)
            return historyTwoSample(si, usable, last, cur, ctx);
    }
    // Too little data: a relative change of headlines, never a test.
    const baseHeadlines = si.sameJob
        ? [(0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(valuesOf(si.sameJob))]
        : hist.slice(-5).map((h) => h.series.value);
    if (baseHeadlines.length === 0)
        return undefined;
    const baseline = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(baseHeadlines);
    const current = si.sameJob ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(cur) : si.current.value;
    const positive = allPositive(cur) && allPositive(si.sameJob ? valuesOf(si.sameJob) : baseHeadlines);
    const baseSamples = si.sameJob ? valuesOf(si.sameJob).length : 0;
    return {
        mode: 'threshold',
        method: 'threshold',
        baseline,
        current,
        estimate: orientedLogChange(baseline, current, si.direction),
        n: { baseline: si.sameJob ? baseSamples : hist.length, current: cur.length },
        shortOf: !positive
            ? { what: 'positive', have: 0, need: 0 }
            : si.sameJob
                ? { what: 'samples', have: Math.min(cur.length, baseSamples), need: minSamples }
                : { what: 'runs', have: hist.length, need: minSamples },
    };
}
/** +1 where smaller is better, −1 where bigger is: multiplied into a log, positive is then worse. */
function sign(direction) {
    return direction === 'smaller' ? 1 : -1;
}
/** Mode 1: base and head in one job. BCa CI of the ratio of medians; Mann–Whitney for p-values. */
function sameJob(si, base, cur, ctx) {
    const d = sign(si.direction);
    const ranks = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .twoSampleInflation */ .ZL)(base.length, cur.length, (n) => (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rankInflation */ .L4)(n, ctx.rho));
    const medians = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .twoSampleInflation */ .ZL)(base.length, cur.length, (n) => (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianInflation */ .tR)(n, ctx.rho));
    const lx = base.map((v) => d * Math.log(v));
    const ly = cur.map((v) => d * Math.log(v));
    const bm = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(base);
    const cm = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(cur);
    return {
        mode: 'same-job',
        method: 'bootstrap',
        baseline: bm,
        current: cm,
        estimate: d * (Math.log(cm) - Math.log(bm)),
        n: { baseline: base.length, current: cur.length },
        pWorse: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mannWhitney */ .Pi)(lx, ly, 'greater', 0, ranks).p,
        pBetter: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mannWhitney */ .Pi)(lx, ly, 'less', 0, ranks).p,
        minP: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .minimumP */ .JI)(base.length, cur.length),
        rankBound: (alpha) => (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shiftBound */ .pG)(lx, ly, alpha, 'lower', ranks),
        interval: (levels) => {
            // The bootstrap works on ln(head/base); for bigger-is-better the oriented interval is mirrored.
            const r = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .bcaLogRatioOfMedians */ .YZ)(base, cur, {
                resamples: ctx.resamples,
                rng: new _stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Rng */ .Kd(`${ctx.seed}\u0000${si.id}`),
                levels: d === 1 ? levels : levels.map((l) => 1 - l),
                buffer: ctx.buffer,
                randomBuffer: ctx.randomBuffer,
            });
            // Correlated samples: the bootstrap (which assumes independence) is too narrow by √inflation.
            const widen = Math.sqrt(medians);
            return r.endpoints.map((e) => d * (r.estimate + widen * (e - r.estimate)));
        },
    };
}
/** Var(ln median) of a run from its samples: (π/2)·σ²/n with σ from the MAD of the log samples. */
function withinVariance(values) {
    if (values.length < 2)
        return undefined;
    const s = _stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MAD_TO_SD */ .tT * (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mad */ .Fm)(values.map(Math.log));
    return ((Math.PI / 2) * s * s) / values.length;
}
/** Variance factor of the median of N values relative to one value (π/2N for large N; exact for 1–2). */
function medianFactor(N) {
    return N <= 2 ? 1 / N : Math.PI / (2 * N);
}
/**
 * Mode 2: one value (the run's headline) per base-branch run since the last change point. Robust centre
 * and spread on logs; a Student-t prediction bound whose variance includes the run-to-run noise learned
 * from the history. When this run has samples, its own within-run variance replaces the history's.
 */
function fromHistory(si, usable, cur, ctx) {
    const d = sign(si.direction);
    const N = usable.length;
    const runValues = usable.map((h) => valuesOf(h.series));
    const { m, spread, dof, start } = historySpread(usable, d, ctx);
    const Nseg = N - start;
    const c = d * Math.log(si.current.value);
    // Several runs of this commit (replicates): its value is the median of their headlines, so its
    // run-to-run variance is that of a median of k runs, not of one run.
    const k = si.current.runs && si.current.runs.length > 1 ? si.current.runs.length : 1;
    let variance = spread * spread * (medianFactor(k) + medianFactor(Nseg));
    const wc = k === 1 && cur.length >= si.rule.minSamples ? withinVariance(cur) : undefined;
    const wh = runValues
        .slice(start)
        .map(withinVariance)
        .filter((v) => v !== undefined);
    if (wc !== undefined && wh.length > 0) {
        // Run-to-run variance = spread of run medians minus their own sampling variance.
        const between = Math.max(spread * spread - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(wh), 0);
        variance = between + wc + spread * spread * medianFactor(Nseg);
    }
    const se = Math.sqrt(variance);
    const estimate = c - m;
    const t = estimate / se;
    return {
        mode: 'history',
        method: 'history',
        baseline: Math.exp(d * m),
        current: si.current.value,
        estimate,
        n: { baseline: Nseg, current: cur.length },
        ...(k > 1 ? { runs: { baseline: Nseg, current: k } } : {}),
        pWorse: 1 - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(t, dof),
        pBetter: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(t, dof),
        interval: (levels) => levels.map((l) => estimate + (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(l, dof) * se),
        segment: { runs: Nseg, since: start > 0 ? usable[start].run.commit : undefined },
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
    };
}
/**
 * The robust centre of the history since its last change point, and the run-to-run spread of its
 * headlines: residuals about each segment's median, pooled (a step in the history is not noise), scaled
 * by 1.4826·median, at least 0.5%.
 */
function historySpread(usable, d, ctx) {
    const N = usable.length;
    const h = Float64Array.from(usable, (r) => d * Math.log(r.series.value));
    const cps = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .changePoints */ .UI)(h, ctx.changePoints);
    const bounds = [0, ...cps.map((c) => c.index), N];
    const start = bounds[bounds.length - 2];
    const m = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(h.subarray(start));
    const residuals = [];
    for (let s = 0; s + 1 < bounds.length; s++) {
        const seg = h.subarray(bounds[s], bounds[s + 1]);
        const c = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(seg);
        for (const v of seg)
            residuals.push(Math.abs(v - c));
    }
    const spread = Math.max(_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MAD_TO_SD */ .tT * (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(residuals), MIN_RUN_SPREAD);
    return { m, spread, dof: Math.max(1, N - (bounds.length - 1)), start };
}
function usableHistory(si) {
    return si.history.filter((h) => h.series.value > 0 && Number.isFinite(h.series.value));
}
/** The series' run-to-run noise from its base-branch history, when it has at least min-samples runs. */
function historyNoise(si, ctx) {
    const usable = usableHistory(si);
    if (usable.length < Math.max(2, si.rule.minSamples))
        return undefined;
    const { spread, dof } = historySpread(usable, 1, ctx);
    return { sigma: spread, dof, source: 'history', historyRuns: usable.length };
}
/** `runner-noise`, unless it is 0 (trust the within-run samples alone). */
function assumedNoise(ctx) {
    if (!(ctx.runnerNoise > 0))
        return undefined;
    return { sigma: Math.log1p(ctx.runnerNoise), dof: Infinity, source: 'assumed' };
}
/** Var(ln median) of one sample set from the median's exact resampling distribution, widened for ρ. */
function medianVariance(values, rho) {
    if (values.length < 2)
        return 0;
    const v = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .momentsOf */ .Zn)((0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianDistribution */ .Be)(Float64Array.from(values).sort()), Math.log).variance;
    return v * (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianInflation */ .tR)(values.length, rho);
}
function quantileOf(p, dof) {
    return Number.isFinite(dof) ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(p, dof) : (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(p);
}
function cdfOf(t, dof) {
    return Number.isFinite(dof) ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(t, dof) : (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(t);
}
/**
 * Same job, one run per side. The two runs are two processes: they differ by the run-to-run noise σ
 * (code layout, frequency, a neighbour) that no sample inside either run can show. So the change of the
 * medians is judged against Var(within, base) + Var(within, head) + 2σ², with σ from the series'
 * history when it has one, else `runner-noise`; Student t with the history's degrees of freedom, normal
 * when σ is assumed.
 */
function oneRun(si, base, cur, noise, ctx) {
    const d = sign(si.direction);
    const bm = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(base);
    const cm = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(cur);
    const se = Math.sqrt(medianVariance(base, ctx.rho) + medianVariance(cur, ctx.rho) + 2 * noise.sigma * noise.sigma);
    const estimate = d * (Math.log(cm) - Math.log(bm));
    const t = estimate / se;
    return {
        mode: 'same-job',
        method: 'one-run',
        baseline: bm,
        current: cm,
        estimate,
        n: { baseline: base.length, current: cur.length },
        pWorse: 1 - cdfOf(t, noise.dof),
        pBetter: cdfOf(t, noise.dof),
        interval: (levels) => levels.map((l) => estimate + quantileOf(l, noise.dof) * se),
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
        noise,
    };
}
/** A series' runs: its replicates, or the series itself as its one run. */
function runsOf(s) {
    return s.runs && s.runs.length > 0 ? s.runs : [{ value: s.value, samples: s.samples }];
}
/** A run's headline for the between-run test: the median of its samples, else its value. */
function runHeadline(r) {
    return r.samples && r.samples.length > 0 ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(r.samples) : r.value;
}
/**
 * Same job, several runs on at least one side: the runs are the replicates. A two-sample t test on the
 * log run medians, with the pooled between-run variance (pooled further with the history's spread when
 * the series has a history, weighted by degrees of freedom) and never below the runs' own sampling
 * variance of a median — the within-run samples refine, they never stand in for the spread between runs.
 * With one run on each side there is nothing to pool: that is oneRun.
 */
function replicates(si, baseRuns, curRuns, ctx) {
    const d = sign(si.direction);
    const a = baseRuns.map((r) => d * Math.log(runHeadline(r)));
    const b = curRuns.map((r) => d * Math.log(runHeadline(r)));
    const mean = (v) => v.reduce((x, y) => x + y, 0) / v.length;
    const ma = mean(a);
    const mb = mean(b);
    let ss = 0;
    for (const v of a)
        ss += (v - ma) ** 2;
    for (const v of b)
        ss += (v - mb) ** 2;
    let dof = a.length - 1 + b.length - 1;
    let variance = ss / dof;
    const source = 'runs';
    const fromHistory = historyNoise(si, ctx);
    let historyRuns;
    if (fromHistory) {
        variance = (dof * variance + fromHistory.dof * fromHistory.sigma ** 2) / (dof + fromHistory.dof);
        dof += fromHistory.dof;
        historyRuns = fromHistory.historyRuns;
    }
    // Refinement from the samples: a run median varies at least by its own sampling variance.
    const within = [...baseRuns, ...curRuns]
        .filter((r) => r.samples && r.samples.length >= 2)
        .map((r) => medianVariance(thin(r.samples), ctx.rho));
    const floor = Math.max(MIN_RUN_SPREAD ** 2, within.length ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(within) : 0);
    variance = Math.max(variance, floor);
    const se = Math.sqrt(variance * (1 / a.length + 1 / b.length));
    const estimate = mb - ma;
    const t = estimate / se;
    const sigma = Math.sqrt(variance);
    return {
        mode: 'same-job',
        method: 'replicates',
        baseline: Math.exp(d * ma),
        current: Math.exp(d * mb),
        estimate,
        n: { baseline: a.length, current: b.length },
        runs: { baseline: a.length, current: b.length },
        pWorse: 1 - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(t, dof),
        pBetter: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(t, dof),
        interval: (levels) => levels.map((l) => estimate + (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(l, dof) * se),
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
        noise: { sigma, dof, source, ...(historyRuns ? { historyRuns } : {}) },
    };
}
/**
 * History too short to learn run-to-run noise, but samples on both sides: compare with the newest base
 * run's samples, adding an assumed run-to-run variance for each of the two runners (2σ²) to the
 * bootstrap variance of both medians. Without that term the two-sample test fires on ~45% of unchanged
 * code when the base ran on another runner.
 */
function historyTwoSample(si, usable, base, cur, ctx) {
    const d = sign(si.direction);
    const bm = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(base);
    const cm = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(cur);
    const vb = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .momentsOf */ .Zn)((0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianDistribution */ .Be)(Float64Array.from(base).sort()), Math.log).variance;
    const vc = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .momentsOf */ .Zn)((0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianDistribution */ .Be)(Float64Array.from(cur).sort()), Math.log).variance;
    const sigma = Math.log1p(ctx.runnerNoise);
    const se = Math.sqrt(vb * (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianInflation */ .tR)(base.length, ctx.rho) +
        vc * (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianInflation */ .tR)(cur.length, ctx.rho) +
        2 * sigma * sigma);
    const estimate = d * (Math.log(cm) - Math.log(bm));
    const z = estimate / se;
    return {
        mode: 'history',
        method: 'history-two-sample',
        baseline: bm,
        current: cm,
        estimate,
        n: { baseline: base.length, current: cur.length },
        pWorse: 1 - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z),
        pBetter: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z),
        interval: (levels) => levels.map((l) => estimate + (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(l) * se),
        segment: { runs: usable.length },
        failTailCap: BETWEEN_RUN_FAIL_TAIL,
    };
}


/***/ }),

/***/ 65217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Rc: () => (/* binding */ level),
/* harmony export */   tu: () => (/* binding */ wordsFor),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* unused harmony export value */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);
/**
 * The one-sentence reasons users read next to each verdict. Numbers come from the decision; the wording
 * says what was found and, when the answer is "we cannot tell", what to do about it.
 */

/** 0.05 → "5%", 0.125 → "12.5%". */
function pct(x) {
    return `${+(x * 100).toFixed(2)}%`;
}
/** A change's size without sign: 0.1234 → "12.3%". */
function size(change) {
    if (!Number.isFinite(change))
        return 'infinitely';
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(Math.abs(change)).slice(1);
}
/** A signed change: "+12.3%", "−4.00%", "+∞" from zero. */
function signed(change) {
    if (change === Infinity)
        return '+∞%';
    if (change === -Infinity)
        return '−∞%';
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(change);
}
/** 0.999 → "99.9%", 0.975 → "97.5%" (the one level format, units.ts). */
const level = _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLevel */ .eI;
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** "slower/faster" for times, "worse/better" for everything else. */
function wordsFor(metric) {
    return metric === 'time' ? { worse: 'slower', better: 'faster' } : { worse: 'worse', better: 'better' };
}
function value(v, unit) {
    return formatValue(v, unit);
}


/***/ }),

/***/ 85184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ checkLimits),
/* harmony export */   Om: () => (/* binding */ worstOutcome),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   Zf: () => (/* binding */ sortVerdicts),
/* harmony export */   qX: () => (/* binding */ countVerdicts),
/* harmony export */   rn: () => (/* binding */ suiteOutcome),
/* harmony export */   xJ: () => (/* binding */ severityOf)
/* harmony export */ });
/* unused harmony export orientedChange */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61996);

/** Signed so that positive is worse: +0.1 means 10% worse whichever way the metric points. */
function orientedChange(base, current, direction) {
    if (base === 0)
        return current === 0 ? 0 : direction === 'smaller' ? Infinity : -Infinity;
    const ratio = current / base;
    return direction === 'smaller' ? ratio - 1 : 1 / ratio - 1;
}
function severityOf(change, s) {
    const ratio = 1 + change;
    if (ratio >= s.critical)
        return 'critical';
    if (ratio >= s.moderate)
        return 'moderate';
    if (ratio >= s.minor)
        return 'minor';
    return undefined;
}
/** Absolute limits fail regardless of history; `unit` (when given) puts both values in the reason. */
function checkLimits(value, rule, unit) {
    const both = (limit) => {
        if (unit === undefined)
            return '';
        const fmt = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .scaleFor */ .E1)(unit, [limit, value]);
        return ` of ${fmt(limit)} (this run: ${fmt(value)})`;
    };
    if (rule.max !== undefined && value > rule.max) {
        return {
            verdict: 'fail',
            status: 'regression',
            limit: { kind: 'max', value: rule.max },
            reason: `above its absolute limit${both(rule.max)}`,
        };
    }
    if (rule.min !== undefined && value < rule.min) {
        return {
            verdict: 'fail',
            status: 'regression',
            limit: { kind: 'min', value: rule.min },
            reason: `below its absolute limit${both(rule.min)}`,
        };
    }
    return undefined;
}
const STATUS_ORDER = {
    regression: 0,
    improvement: 1,
    new: 2,
    missing: 3,
    unchanged: 4,
    ignored: 5,
};
const VERDICT_ORDER = { fail: 0, warn: 1, pass: 2 };
const SEVERITY_ORDER = { critical: 0, moderate: 1, minor: 2, none: 3 };
/** Regressions first by verdict and severity and size, then improvements, then the rest; ties keep input order. */
function sortVerdicts(series) {
    return series
        .map((s, i) => ({ s, i }))
        .sort((a, b) => STATUS_ORDER[a.s.status] - STATUS_ORDER[b.s.status] ||
        VERDICT_ORDER[a.s.verdict] - VERDICT_ORDER[b.s.verdict] ||
        SEVERITY_ORDER[a.s.severity ?? 'none'] - SEVERITY_ORDER[b.s.severity ?? 'none'] ||
        (a.s.status === 'regression' || a.s.status === 'improvement'
            ? Math.abs(b.s.change ?? 0) - Math.abs(a.s.change ?? 0)
            : 0) ||
        a.i - b.i)
        .map((x) => x.s);
}
/** All counts at zero: the start of a tally. */
function emptyCounts() {
    return {
        regressions: 0,
        improvements: 0,
        unchanged: 0,
        new: 0,
        missing: 0,
        ignored: 0,
        failed: 0,
        warned: 0,
        critical: 0,
    };
}
function countVerdicts(series) {
    const c = emptyCounts();
    for (const s of series) {
        if (s.status === 'regression')
            c.regressions++;
        else if (s.status === 'improvement')
            c.improvements++;
        else if (s.status === 'unchanged')
            c.unchanged++;
        else if (s.status === 'new')
            c.new++;
        else if (s.status === 'missing')
            c.missing++;
        else if (s.status === 'ignored')
            c.ignored++;
        if (s.verdict === 'fail')
            c.failed++;
        else if (s.verdict === 'warn')
            c.warned++;
        if (s.severity === 'critical')
            c.critical++;
    }
    return c;
}
/** The worst of some verdicts (fail, then warn, then pass): the one rule for a suite and a report. */
function worstOutcome(outcomes) {
    if (outcomes.includes('fail'))
        return 'fail';
    if (outcomes.includes('warn'))
        return 'warn';
    return 'pass';
}
function suiteOutcome(series) {
    return worstOutcome(series.map((s) => s.verdict));
}


/***/ }),

/***/ 75430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dC: () => (/* binding */ publishCombinedDashboard),
  CK: () => (/* binding */ publishDashboard)
});

// UNUSED EXPORTS: dashboardArtifactName, repoUrlOf, writeDashboard

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/history/toolkit.ts
var toolkit = __webpack_require__(67226);
;// CONCATENATED MODULE: ./src/dashboard/assets.generated.ts
// Generated by scripts/dashboard-assets.ts (npm run dashboard:assets) from src/dashboard/site/ and
// node_modules/uplot 1.6.32. Do not edit: edit the sources and regenerate.
const UPLOT_VERSION = '1.6.32';
/** The site's static files by name; index.html holds the data placeholder. */
const ASSETS = {
    'LICENSES.txt': 'The benchgate dashboard bundles this third-party software:\n\nuPlot 1.6.32 (https://github.com/leeoniya/uPlot), MIT license:\n\nThe MIT License (MIT)\n\nCopyright (c) 2022 Leon Sorokin\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n',
    'app.js': "/* global document, window, performance, requestAnimationFrame, IntersectionObserver, uPlot */\n/**\n * The benchgate dashboard's page script: reads the data embedded in index.html, lists a card per series\n * and draws each card's chart (uPlot) or table when it scrolls into view. Every string from the history\n * reaches the page through textContent, element attributes set one by one, or canvas text: never as\n * markup. No request leaves the page: everything it needs is in the site's folder.\n */\n(() => {\n  'use strict';\n\n  const PAGE = 50;\n  const HEIGHT = 200;\n  const COLORS = {\n    line: '#0969da',\n    point: '#0969da',\n    mean: '#cf222e',\n    shade: 'rgba(9, 105, 218, 0.06)',\n    change: 'rgba(207, 34, 46, 0.55)',\n    runner: 'rgba(130, 80, 223, 0.8)',\n    grid: 'rgba(31, 35, 40, 0.08)',\n    axis: '#59636e',\n  };\n\n  performance.mark('benchgate:start');\n  const data = JSON.parse(document.getElementById('benchgate-data').textContent);\n  performance.mark('benchgate:data');\n  const $ = (id) => document.getElementById(id);\n\n  /** An element with text content and attributes; never HTML. */\n  function el(tag, attrs, ...children) {\n    const e = document.createElement(tag);\n    for (const [k, v] of Object.entries(attrs || {})) {\n      if (v === undefined || v === null || v === false) continue;\n      if (k === 'class') e.className = v;\n      else e.setAttribute(k, v === true ? '' : String(v));\n    }\n    for (const c of children) {\n      if (c === undefined || c === null || c === false) continue;\n      e.append(typeof c === 'string' ? document.createTextNode(c) : c);\n    }\n    return e;\n  }\n\n  // ─── numbers, dates, commits ─────────────────────────────────────────────────────────────────────\n\n  /** 1234567.5 → \"1,234,567.5\": the stored digits, grouped. */\n  function num(v) {\n    if (v === null || v === undefined) return '—';\n    const [int, frac] = String(v).split('.');\n    const grouped = int.replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',');\n    return frac === undefined ? grouped : `${grouped}.${frac}`;\n  }\n  function least(list) {\n    let m = Infinity;\n    for (const x of list) if (x < m) m = x;\n    return m;\n  }\n  function most(list) {\n    let m = -Infinity;\n    for (const x of list) if (x > m) m = x;\n    return m;\n  }\n  function withUnit(v, unit) {\n    return unit ? `${num(v)} ${unit}` : num(v);\n  }\n  function pct(a, b) {\n    if (!a) return '';\n    const p = ((b - a) / Math.abs(a)) * 100;\n    const sign = p > 0 ? '+' : p < 0 ? '−' : '±';\n    const abs = Math.abs(p);\n    return `${sign}${abs >= 100 ? abs.toFixed(0) : abs >= 10 ? abs.toFixed(1) : abs.toFixed(2)}%`;\n  }\n  function date(t) {\n    return t ? new Date(t * 1000).toISOString().slice(0, 10) : '—';\n  }\n  function dateTime(t) {\n    return t ? `${new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'unknown time';\n  }\n  /** An x-axis label: the day, or the hour when the runs span less than two days. */\n  function tick(runs, i) {\n    const t = runs.t[i];\n    if (!t) return `#${i + 1}`;\n    const known = runs.t.filter((x) => x > 0);\n    const span = known.length ? known[known.length - 1] - known[0] : 0;\n    const iso = new Date(t * 1000).toISOString();\n    return span < 2 * 86400 ? iso.slice(11, 16) : iso.slice(5, 10);\n  }\n  const HEX = /^[0-9a-f]{7,64}$/i;\n  function shortCommit(sha) {\n    const s = String(sha).replace(/[^0-9A-Za-z]/g, '');\n    return s.slice(0, 7) || '?';\n  }\n  const repo = typeof data.repo === 'string' && /^https?:\\/\\//.test(data.repo) ? data.repo : null;\n  /** A link to the commit when the repository is known and the commit is a hash; plain text otherwise. */\n  function commitNode(sha) {\n    const text = el('code', {}, shortCommit(sha));\n    if (!repo || !HEX.test(sha)) return text;\n    return el('a', { href: `${repo}/commit/${sha}`, title: sha, rel: 'noreferrer' }, text);\n  }\n\n  // ─── the series ──────────────────────────────────────────────────────────────────────────────────\n\n  const items = [];\n  for (const suite of data.suites) {\n    for (const s of suite.series) {\n      items.push({ suite, s, key: `${s.n}\\u0000${s.m}\\u0000${suite.name}`.toLowerCase(), card: null });\n    }\n  }\n  const byId = new Map(items.map((it) => [it.s.id, it]));\n\n  /** Segment means between change points, for every run index a segment spans. */\n  function segments(s) {\n    const bounds = [0, ...s.cp, s.v.length];\n    const out = [];\n    for (let k = 0; k + 1 < bounds.length; k++) {\n      let sum = 0;\n      let n = 0;\n      let first = -1;\n      let last = -1;\n      for (let i = bounds[k]; i < bounds[k + 1]; i++) {\n        if (s.v[i] === null) continue;\n        sum += s.v[i];\n        n++;\n        if (first < 0) first = i;\n        last = i;\n      }\n      if (n) out.push({ from: first, to: last, start: bounds[k], mean: Number((sum / n).toPrecision(4)) });\n    }\n    return out;\n  }\n\n  function describe(it) {\n    const { s, suite } = it;\n    const present = s.v.filter((x) => x !== null);\n    const segs = segments(s);\n    const parts = [\n      `${present.length} runs of ${s.n}, ${s.m}`,\n      present.length ? `latest ${withUnit(present[present.length - 1], s.u)}` : '',\n      present.length ? `range ${withUnit(least(present), s.u)} to ${withUnit(most(present), s.u)}` : '',\n      segs.length > 1\n        ? `${segs.length - 1} change point${segs.length > 2 ? 's' : ''}: ${segs\n            .slice(1)\n            .map(\n              (g, i) =>\n                `${withUnit(segs[i].mean, s.u)} to ${withUnit(g.mean, s.u)} at ${shortCommit(data.commits[suite.runs.c[g.start]])}`,\n            )\n            .join('; ')}`\n        : 'no change point',\n    ];\n    return parts.filter(Boolean).join('; ');\n  }\n\n  // ─── filters ─────────────────────────────────────────────────────────────────────────────────────\n\n  const state = { q: '', metric: '', suite: '', changed: false, log: false, view: 'charts', shown: PAGE };\n\n  function fillSelect(select, values) {\n    for (const v of values) select.append(el('option', { value: v }, v));\n  }\n  fillSelect($('metric'), [...new Set(items.map((it) => it.s.m))].sort());\n  fillSelect($('suite'), [...new Set(items.map((it) => it.suite.name))].sort());\n  if (data.suites.length < 2) $('suite-field').hidden = true;\n\n  function matches(it) {\n    if (state.metric && it.s.m !== state.metric) return false;\n    if (state.suite && it.suite.name !== state.suite) return false;\n    if (state.changed && it.s.cp.length === 0) return false;\n    if (!state.q) return true;\n    return state.q\n      .toLowerCase()\n      .split(/\\s+/)\n      .filter(Boolean)\n      .every((w) => it.key.includes(w));\n  }\n\n  // ─── charts ──────────────────────────────────────────────────────────────────────────────────────\n\n  function chartOptions(it, width, log) {\n    const { s, suite } = it;\n    const runs = suite.runs;\n    const segs = segments(s);\n    const tip = el('div', { class: 'tip', role: 'presentation', hidden: true });\n    return {\n      tip,\n      opts: {\n        width,\n        height: HEIGHT,\n        legend: { show: false },\n        cursor: { drag: { x: true, y: false, setScale: true }, points: { size: 8 } },\n        scales: { x: { time: false }, y: log ? { distr: 3 } : {} },\n        axes: [\n          {\n            stroke: COLORS.axis,\n            grid: { stroke: COLORS.grid },\n            ticks: { stroke: COLORS.grid },\n            incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],\n            space: 70,\n            values: (u, splits) => splits.map((i) => (Number.isInteger(i) ? tick(runs, i) : '')),\n          },\n          {\n            stroke: COLORS.axis,\n            grid: { stroke: COLORS.grid },\n            ticks: { stroke: COLORS.grid },\n            size: 60,\n            label: s.u || s.m,\n            labelSize: 18,\n            values: (u, splits) => splits.map((v) => (v === null ? '' : num(Number(v.toPrecision(4))))),\n          },\n        ],\n        series: [\n          {},\n          {\n            label: s.n,\n            stroke: COLORS.line,\n            width: 1.5,\n            spanGaps: true,\n            points: { show: true, size: 4, fill: COLORS.point, stroke: COLORS.point },\n          },\n          { label: 'segment mean', stroke: COLORS.mean, width: 2, dash: [6, 3], points: { show: false } },\n        ],\n        hooks: {\n          drawClear: [\n            (u) => {\n              // Alternate segments shaded, so each stretch between change points reads as one.\n              const ctx = u.ctx;\n              ctx.save();\n              ctx.fillStyle = COLORS.shade;\n              segs.forEach((g, k) => {\n                if (k % 2 === 0) return;\n                const end = k + 1 < segs.length ? segs[k + 1].start - 0.5 : s.v.length - 0.5;\n                const x0 = u.valToPos(g.start - 0.5, 'x', true);\n                const x1 = u.valToPos(end, 'x', true);\n                ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);\n              });\n              ctx.restore();\n            },\n          ],\n          draw: [\n            (u) => {\n              const ctx = u.ctx;\n              const line = (i, color, dash, text) => {\n                const x = Math.round(u.valToPos(i - 0.5, 'x', true));\n                if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;\n                ctx.save();\n                ctx.strokeStyle = color;\n                ctx.lineWidth = window.devicePixelRatio || 1;\n                ctx.setLineDash(dash);\n                ctx.beginPath();\n                ctx.moveTo(x, u.bbox.top);\n                ctx.lineTo(x, u.bbox.top + u.bbox.height);\n                ctx.stroke();\n                if (text) {\n                  ctx.fillStyle = color;\n                  ctx.font = `${11 * (window.devicePixelRatio || 1)}px system-ui, sans-serif`;\n                  ctx.fillText(text, x + 4, u.bbox.top + 12 * (window.devicePixelRatio || 1));\n                }\n                ctx.restore();\n              };\n              for (const i of s.cp) line(i, COLORS.change, [], '');\n              for (const i of runs.rc) line(i, COLORS.runner, [2, 3], 'runner changed');\n            },\n          ],\n          setCursor: [\n            (u) => {\n              const i = u.cursor.idx;\n              if (i === null || i === undefined || s.v[i] === null) {\n                tip.hidden = true;\n                return;\n              }\n              const sha = data.commits[runs.c[i]];\n              const runner = runs.r[i] >= 0 ? data.runners[runs.r[i]] : 'runner not recorded';\n              tip.replaceChildren(\n                el('strong', {}, withUnit(s.v[i], s.u)),\n                el('span', {}, `commit ${shortCommit(sha)}`),\n                el('span', {}, dateTime(runs.t[i])),\n                el('span', { class: 'tip-runner' }, runner),\n              );\n              tip.dataset.run = String(i);\n              tip.dataset.commit = String(sha);\n              tip.hidden = false;\n              const left = u.cursor.left;\n              const top = u.valToPos(s.v[i], 'y');\n              const w = u.over.clientWidth;\n              tip.style.left = `${Math.min(Math.max(0, left + 12), Math.max(0, w - 190))}px`;\n              tip.style.top = `${Math.max(0, top - 70)}px`;\n            },\n          ],\n        },\n      },\n      data: [\n        s.v.map((_, i) => i),\n        log ? s.v.map((x) => (x !== null && x > 0 ? x : null)) : s.v,\n        s.v.map((_, i) => {\n          const g = segs.find((x) => i >= x.from && i <= x.to);\n          return g ? g.mean : null;\n        }),\n      ],\n    };\n  }\n\n  function drawChart(it) {\n    const box = it.card.querySelector('.plot');\n    box.replaceChildren();\n    const log = state.log && it.s.v.every((x) => x === null || x > 0);\n    const { opts, data: aligned, tip } = chartOptions(it, Math.max(240, box.clientWidth), log);\n    it.chart = new uPlot(opts, aligned, box);\n    it.chart.over.append(tip);\n    it.chart.over.addEventListener('mouseleave', () => (tip.hidden = true));\n  }\n\n  function drawTable(it) {\n    const { s, suite } = it;\n    const runs = suite.runs;\n    const segs = segments(s);\n    const box = it.card.querySelector('.plot');\n    const body = el('tbody');\n    for (let i = s.v.length - 1; i >= 0; i--) {\n      if (s.v[i] === null) continue;\n      const seg = segs.findIndex((g) => i >= g.from && i <= g.to);\n      body.append(\n        el(\n          'tr',\n          { class: s.cp.includes(i) ? 'cp' : undefined },\n          el('td', { class: 'n' }, String(i + 1)),\n          el('td', {}, dateTime(runs.t[i])),\n          el('td', {}, commitNode(data.commits[runs.c[i]])),\n          el('td', { class: 'n value' }, num(s.v[i])),\n          el('td', { class: 'n' }, seg >= 0 ? `${seg + 1}${s.cp.includes(i) ? ' (change)' : ''}` : ''),\n          el('td', {}, runs.r[i] >= 0 ? data.runners[runs.r[i]] : '—'),\n        ),\n      );\n    }\n    const unit = s.u ? ` (${s.u})` : '';\n    const table = el(\n      'table',\n      {},\n      el('caption', {}, `${s.n} · ${s.m}, suite ${suite.name}: every base-branch run, newest first`),\n      el(\n        'thead',\n        {},\n        el(\n          'tr',\n          {},\n          ...['Run', 'Date', 'Commit', `Value${unit}`, 'Segment', 'Runner'].map((h) =>\n            el('th', { scope: 'col' }, h),\n          ),\n        ),\n      ),\n      body,\n    );\n    box.replaceChildren(\n      el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${s.n} values` }, table),\n    );\n  }\n\n  function draw(it) {\n    if (it.drawn) return;\n    it.drawn = true;\n    if (state.view === 'table') drawTable(it);\n    else drawChart(it);\n  }\n\n  function undraw(it) {\n    if (it.chart) it.chart.destroy();\n    it.chart = null;\n    it.drawn = false;\n  }\n\n  // Draw what scrolls into view (and a screen ahead); nothing else.\n  let firstScreen = false;\n  const observer = new IntersectionObserver(\n    (entries) => {\n      let drew = false;\n      for (const e of entries) {\n        if (!e.isIntersecting) continue;\n        const it = byId.get(e.target.id);\n        if (it && !it.drawn) {\n          draw(it);\n          drew = true;\n        }\n        observer.unobserve(e.target);\n      }\n      if (drew && !firstScreen) {\n        firstScreen = true;\n        requestAnimationFrame(() => {\n          performance.mark('benchgate:first-screen');\n          document.body.dataset.ready = 'true';\n        });\n      }\n    },\n    { rootMargin: '200px 0px' },\n  );\n\n  // ─── cards ───────────────────────────────────────────────────────────────────────────────────────\n\n  function notes(it) {\n    const { s, suite } = it;\n    const runs = suite.runs;\n    const segs = segments(s);\n    const list = el('ul', { class: 'notes' });\n    segs.slice(1).forEach((g, k) => {\n      const before = segs[k].mean;\n      const worse = s.s ? g.mean > before : g.mean < before;\n      const word = s.m === 'time' ? (worse ? 'slower' : 'faster') : worse ? 'worse' : 'better';\n      list.append(\n        el(\n          'li',\n          { class: worse ? 'worse' : 'better' },\n          el('span', { class: 'badge' }, word),\n          ` ${withUnit(before, s.u)} → ${withUnit(g.mean, s.u)} (${pct(before, g.mean)}) at `,\n          commitNode(data.commits[runs.c[g.start]]),\n          `, ${date(runs.t[g.start])}`,\n        ),\n      );\n    });\n    for (const i of runs.rc) {\n      if (i >= s.v.length) continue;\n      list.append(\n        el(\n          'li',\n          { class: 'runner' },\n          el('span', { class: 'badge' }, 'runner'),\n          ` changed to ${runs.r[i] >= 0 ? data.runners[runs.r[i]] : 'an unrecorded runner'} at `,\n          commitNode(data.commits[runs.c[i]]),\n          `, ${date(runs.t[i])}`,\n        ),\n      );\n    }\n    return list;\n  }\n\n  function card(it) {\n    const { s, suite } = it;\n    const present = s.v.filter((x) => x !== null);\n    const latest = present[present.length - 1];\n    const head = el(\n      'header',\n      {},\n      el('h2', {}, el('a', { href: `#${s.id}`, class: 'name' }, s.n)),\n      el(\n        'p',\n        { class: 'meta' },\n        el('span', { class: 'metric' }, s.m),\n        data.suites.length > 1 ? el('span', { class: 'suite' }, suite.name) : null,\n        el('span', {}, s.s ? 'lower is better' : 'higher is better'),\n        el('span', {}, `${present.length} runs`),\n        latest !== undefined ? el('span', { class: 'latest' }, `latest ${withUnit(latest, s.u)}`) : null,\n      ),\n    );\n    const plot = el('div', { class: 'plot', role: state.view === 'charts' ? 'img' : undefined });\n    if (state.view === 'charts') plot.setAttribute('aria-label', describe(it));\n    const c = el(\n      'article',\n      { class: 'card', id: s.id, 'aria-labelledby': `${s.id}-h` },\n      head,\n      plot,\n      notes(it),\n    );\n    head.querySelector('h2').id = `${s.id}-h`;\n    it.card = c;\n    it.drawn = false;\n    return c;\n  }\n\n  let current = [];\n  function render() {\n    for (const it of items) if (it.card) undraw(it);\n    observer.disconnect();\n    current = items.filter(matches);\n    const list = $('list');\n    const shown = current.slice(0, state.shown);\n    const fragment = document.createDocumentFragment();\n    for (const it of shown) fragment.append(card(it));\n    list.replaceChildren(fragment);\n    for (const it of shown) observer.observe(it.card);\n    const total = items.length;\n    $('count').textContent =\n      current.length === total\n        ? `${total} series${shown.length < current.length ? `, ${shown.length} shown` : ''}`\n        : `${current.length} of ${total} series match${shown.length < current.length ? `, ${shown.length} shown` : ''}`;\n    $('more').hidden = shown.length >= current.length;\n    $('empty').hidden = current.length > 0;\n  }\n\n  function showMore() {\n    const list = $('list');\n    const from = Math.min(state.shown, current.length);\n    state.shown += PAGE;\n    const next = current.slice(from, state.shown);\n    for (const it of next) {\n      list.append(card(it));\n      observer.observe(it.card);\n    }\n    $('more').hidden = state.shown >= current.length;\n    $('count').textContent = $('count').textContent.replace(\n      /\\d+ shown/,\n      `${Math.min(state.shown, current.length)} shown`,\n    );\n    if (next[0]) next[0].card.querySelector('h2 a').focus();\n  }\n\n  function redrawAll() {\n    for (const it of current) {\n      if (!it.card) continue;\n      undraw(it);\n      const plot = it.card.querySelector('.plot');\n      plot.replaceChildren();\n      if (state.view === 'charts') {\n        plot.setAttribute('role', 'img');\n        plot.setAttribute('aria-label', describe(it));\n      } else {\n        plot.removeAttribute('role');\n        plot.removeAttribute('aria-label');\n      }\n      if (it.card.isConnected) {\n        observer.unobserve(it.card);\n        observer.observe(it.card);\n      }\n    }\n  }\n\n  // ─── page ────────────────────────────────────────────────────────────────────────────────────────\n\n  function header() {\n    const runs = data.suites.reduce((n, x) => n + x.runs.c.length, 0);\n    const times = data.suites.flatMap((x) => x.runs.t).filter((t) => t > 0);\n    const names = data.suites.map((x) => x.name);\n    document.title = `benchgate · ${names.join(', ')}`;\n    $('suites').textContent = names.join(', ') || 'no suite';\n    const facts = [\n      `${items.length} series`,\n      `${runs} base-branch run${runs === 1 ? '' : 's'}`,\n      times.length ? `${date(least(times))} to ${date(most(times))}` : '',\n    ].filter(Boolean);\n    $('facts').textContent = facts.join(' · ');\n    if (repo) {\n      $('repo').append(el('a', { href: repo, rel: 'noreferrer' }, repo.replace(/^https?:\\/\\//, '')));\n    }\n  }\n\n  let timer = 0;\n  $('q').addEventListener('input', () => {\n    window.clearTimeout(timer);\n    timer = window.setTimeout(() => {\n      state.q = $('q').value.trim();\n      state.shown = PAGE;\n      render();\n    }, 120);\n  });\n  $('metric').addEventListener('change', () => {\n    state.metric = $('metric').value;\n    state.shown = PAGE;\n    render();\n  });\n  $('suite').addEventListener('change', () => {\n    state.suite = $('suite').value;\n    state.shown = PAGE;\n    render();\n  });\n  $('changed').addEventListener('change', () => {\n    state.changed = $('changed').checked;\n    state.shown = PAGE;\n    render();\n  });\n  $('log').addEventListener('change', () => {\n    state.log = $('log').checked;\n    if (state.view === 'charts') redrawAll();\n  });\n  for (const r of document.querySelectorAll('input[name=\"view\"]')) {\n    r.addEventListener('change', () => {\n      state.view = document.querySelector('input[name=\"view\"]:checked').value;\n      $('log').disabled = state.view !== 'charts';\n      redrawAll();\n    });\n  }\n  $('more').addEventListener('click', showMore);\n  $('controls').addEventListener('submit', (e) => e.preventDefault());\n\n  let resizing = 0;\n  window.addEventListener('resize', () => {\n    window.clearTimeout(resizing);\n    resizing = window.setTimeout(() => {\n      for (const it of current) {\n        if (!it.chart) continue;\n        const box = it.card.querySelector('.plot');\n        it.chart.setSize({ width: Math.max(240, box.clientWidth), height: HEIGHT });\n      }\n    }, 150);\n  });\n\n  /** `#s-…` opens that series' card, whatever the filters hid, and scrolls to it. */\n  function follow() {\n    const id = window.location.hash.slice(1);\n    const it = byId.get(id);\n    if (!it) return;\n    for (const x of items) if (x.card) x.card.classList.remove('target');\n    if (it.card && it.card.isConnected) {\n      it.card.classList.add('target');\n      it.card.scrollIntoView({ block: 'start' });\n      return;\n    }\n    if (!matches(it)) {\n      state.q = '';\n      state.metric = '';\n      state.suite = '';\n      state.changed = false;\n      $('q').value = '';\n      $('metric').value = '';\n      $('suite').value = '';\n      $('changed').checked = false;\n      state.shown = PAGE;\n    }\n    const pos = items.filter(matches).indexOf(it);\n    if (pos >= state.shown) state.shown = pos + 1;\n    render();\n    it.card.classList.add('target');\n    it.card.scrollIntoView({ block: 'start' });\n    it.card.querySelector('h2 a').focus({ preventScroll: true });\n  }\n  window.addEventListener('hashchange', follow);\n\n  header();\n  render();\n  follow();\n  performance.mark('benchgate:cards');\n})();\n",
    'index.html': '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <meta\n      http-equiv="Content-Security-Policy"\n      content="default-src \'none\'; script-src \'self\'; style-src \'self\'; img-src \'self\' data:; font-src \'self\'; connect-src \'none\'; base-uri \'none\'; form-action \'none\'"\n    />\n    <meta name="referrer" content="no-referrer" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n    <title>benchgate dashboard</title>\n    <link rel="icon" href="data:," />\n    <link rel="stylesheet" href="uPlot.min.css" />\n    <link rel="stylesheet" href="style.css" />\n    <script defer src="uPlot.iife.min.js"></script>\n    <script defer src="app.js"></script>\n  </head>\n  <body>\n    <a class="skip" href="#list">Skip to the charts</a>\n    <header class="top">\n      <h1><span class="brand">benchgate</span> <span id="suites"></span></h1>\n      <p class="facts"><span id="facts"></span><span id="repo"></span></p>\n    </header>\n    <form class="controls" id="controls" role="search" aria-label="Filter the series">\n      <label class="field">\n        Search by name\n        <input id="q" type="search" placeholder="e.g. Sort size=1000" autocomplete="off" spellcheck="false" />\n      </label>\n      <label class="field">\n        Metric\n        <select id="metric">\n          <option value="">All metrics</option>\n        </select>\n      </label>\n      <label class="field" id="suite-field">\n        Suite\n        <select id="suite">\n          <option value="">All suites</option>\n        </select>\n      </label>\n      <label class="check"><input id="changed" type="checkbox" /> Only with change points</label>\n      <label class="check"><input id="log" type="checkbox" /> Log scale</label>\n      <fieldset class="view">\n        <legend>View</legend>\n        <label><input type="radio" name="view" value="charts" checked /> Charts</label>\n        <label><input type="radio" name="view" value="table" /> Tables</label>\n      </fieldset>\n      <p class="count" id="count" role="status" aria-live="polite"></p>\n    </form>\n    <main>\n      <p class="hint">\n        Each chart shows a series over the base branch\'s runs, oldest on the left. Dashed red: the mean of\n        each segment between change points (red lines); purple dotted lines: the runner changed. Hover for the\n        commit and date; drag across a chart to zoom in, double-click to zoom out. The Tables view shows the\n        same numbers.\n      </p>\n      <div id="list"></div>\n      <p class="empty" id="empty" hidden>No series match the filters.</p>\n      <button class="more" id="more" type="button" hidden>Show more series</button>\n    </main>\n    <footer>\n      Made by benchgate from the stored history. Charts drawn with uPlot (MIT license, see\n      <a href="LICENSES.txt">LICENSES.txt</a>).\n    </footer>\n    <script type="application/json" id="benchgate-data">\n      @@BENCHGATE_DATA@@\n    </script>\n  </body>\n</html>\n',
    'style.css': "/* The benchgate dashboard: GitHub-like colors, system fonts, nothing loaded from elsewhere. */\n:root {\n  --fg: #1f2328;\n  --muted: #59636e;\n  --border: #d1d9e0;\n  --bg: #ffffff;\n  --bg-subtle: #f6f8fa;\n  --accent: #0969da;\n  --danger: #cf222e;\n  --success: #1a7f37;\n  --runner: #8250df;\n  --focus: #0969da;\n}\n* {\n  box-sizing: border-box;\n}\n[hidden] {\n  display: none !important;\n}\nhtml {\n  scroll-padding-top: 96px;\n}\nbody {\n  margin: 0;\n  background: var(--bg-subtle);\n  color: var(--fg);\n  font:\n    14px/1.5 -apple-system,\n    BlinkMacSystemFont,\n    'Segoe UI',\n    'Noto Sans',\n    Helvetica,\n    Arial,\n    sans-serif;\n}\na {\n  color: var(--accent);\n  text-decoration: none;\n}\na:hover {\n  text-decoration: underline;\n}\n:focus-visible {\n  outline: 2px solid var(--focus);\n  outline-offset: 2px;\n}\ncode {\n  font-family: ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace;\n  font-size: 12px;\n}\n.skip {\n  position: absolute;\n  left: -9999px;\n}\n.skip:focus {\n  left: 16px;\n  top: 8px;\n  z-index: 10;\n  background: var(--bg);\n  padding: 4px 8px;\n}\n.top {\n  background: var(--bg);\n  border-bottom: 1px solid var(--border);\n  padding: 16px 24px 0;\n}\n.top h1 {\n  font-size: 20px;\n  font-weight: 600;\n  margin: 0;\n  display: flex;\n  align-items: baseline;\n  gap: 10px;\n  flex-wrap: wrap;\n}\n.brand {\n  color: var(--muted);\n  font-weight: 500;\n}\n.facts {\n  color: var(--muted);\n  margin: 2px 0 12px;\n}\n.facts a {\n  margin-left: 8px;\n}\n.controls {\n  position: sticky;\n  top: 0;\n  z-index: 5;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 12px 20px;\n  align-items: flex-end;\n  padding: 12px 24px;\n  background: var(--bg);\n  border-bottom: 1px solid var(--border);\n}\n.field {\n  display: flex;\n  flex-direction: column;\n  gap: 2px;\n  font-size: 12px;\n  color: var(--muted);\n  font-weight: 600;\n}\n.field input[type='search'],\n.field select {\n  font: inherit;\n  font-size: 14px;\n  font-weight: 400;\n  color: var(--fg);\n  padding: 5px 8px;\n  border: 1px solid var(--border);\n  border-radius: 6px;\n  background: var(--bg);\n  min-width: 160px;\n}\n.field input[type='search'] {\n  min-width: 280px;\n}\n.check {\n  display: flex;\n  align-items: center;\n  gap: 6px;\n  font-size: 14px;\n  padding-bottom: 6px;\n}\nfieldset.view {\n  border: 1px solid var(--border);\n  border-radius: 6px;\n  display: flex;\n  padding: 0;\n  margin: 0;\n  overflow: hidden;\n}\nfieldset.view legend {\n  position: absolute;\n  left: -9999px;\n}\nfieldset.view label {\n  padding: 5px 12px;\n  cursor: pointer;\n  font-size: 14px;\n}\nfieldset.view input {\n  position: absolute;\n  opacity: 0;\n}\nfieldset.view label:has(input:checked) {\n  background: var(--accent);\n  color: #fff;\n}\nfieldset.view label:has(input:focus-visible) {\n  outline: 2px solid var(--focus);\n  outline-offset: -2px;\n}\n.count {\n  margin-left: auto;\n  color: var(--muted);\n  padding-bottom: 6px;\n}\nmain {\n  padding: 16px 24px 32px;\n  max-width: 1280px;\n  margin: 0 auto;\n}\n.hint {\n  color: var(--muted);\n  margin: 0 0 12px;\n  font-size: 12px;\n}\n#list {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(520px, 1fr));\n  gap: 16px;\n}\n.card {\n  background: var(--bg);\n  border: 1px solid var(--border);\n  border-radius: 8px;\n  padding: 12px 16px 8px;\n  min-width: 0;\n}\n.card.target {\n  border-color: var(--accent);\n  box-shadow: 0 0 0 3px rgba(9, 105, 218, 0.2);\n}\n.card h2 {\n  font-size: 14px;\n  font-weight: 600;\n  margin: 0;\n  overflow-wrap: anywhere;\n  font-family: ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace;\n}\n.card h2 a {\n  color: var(--fg);\n}\n.meta {\n  margin: 2px 0 6px;\n  color: var(--muted);\n  font-size: 12px;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 4px 12px;\n}\n.meta .metric {\n  color: var(--fg);\n  font-weight: 600;\n}\n.meta .latest {\n  margin-left: auto;\n  color: var(--fg);\n}\n.plot {\n  position: relative;\n  min-height: 200px;\n}\n.plot .tip {\n  position: absolute;\n  z-index: 3;\n  pointer-events: none;\n  display: flex;\n  flex-direction: column;\n  min-width: 150px;\n  max-width: 260px;\n  padding: 6px 8px;\n  background: rgba(31, 35, 40, 0.92);\n  color: #fff;\n  border-radius: 6px;\n  font-size: 12px;\n  line-height: 1.4;\n  white-space: nowrap;\n}\n.plot .tip[hidden] {\n  display: none;\n}\n.tip .tip-runner {\n  color: #d1d9e0;\n  white-space: normal;\n}\n.notes {\n  list-style: none;\n  margin: 4px 0 0;\n  padding: 0;\n  font-size: 12px;\n  color: var(--muted);\n}\n.notes li {\n  padding: 2px 0;\n}\n.badge {\n  display: inline-block;\n  border-radius: 2em;\n  padding: 0 7px;\n  font-size: 11px;\n  font-weight: 600;\n  border: 1px solid currentColor;\n}\n.notes .worse .badge {\n  color: var(--danger);\n}\n.notes .better .badge {\n  color: var(--success);\n}\n.notes .runner .badge {\n  color: var(--runner);\n}\n.table-wrap {\n  max-height: 320px;\n  overflow: auto;\n  border: 1px solid var(--border);\n  border-radius: 6px;\n}\ntable {\n  border-collapse: collapse;\n  width: 100%;\n  font-size: 12px;\n}\ncaption {\n  text-align: left;\n  padding: 6px 8px;\n  color: var(--muted);\n  caption-side: top;\n}\nth,\ntd {\n  padding: 3px 8px;\n  border-top: 1px solid var(--border);\n  text-align: left;\n  white-space: nowrap;\n}\nthead th {\n  position: sticky;\n  top: 0;\n  background: var(--bg-subtle);\n}\ntd.n,\nth:nth-child(1),\nth:nth-child(4),\nth:nth-child(5) {\n  text-align: right;\n  font-variant-numeric: tabular-nums;\n}\ntr.cp td {\n  background: rgba(207, 34, 46, 0.06);\n}\n.more {\n  display: block;\n  margin: 20px auto 0;\n  font: inherit;\n  padding: 6px 16px;\n  border: 1px solid var(--border);\n  border-radius: 6px;\n  background: var(--bg);\n  color: var(--fg);\n  cursor: pointer;\n}\n.empty {\n  color: var(--muted);\n  text-align: center;\n  padding: 48px 0;\n}\nfooter {\n  color: var(--muted);\n  font-size: 12px;\n  text-align: center;\n  padding: 0 24px 24px;\n}\n@media (max-width: 600px) {\n  #list {\n    grid-template-columns: 1fr;\n  }\n  .field input[type='search'] {\n    min-width: 200px;\n  }\n}\n",
    'uPlot.iife.min.js': '/*! https://github.com/leeoniya/uPlot (v1.6.32) */\nvar uPlot=function(){"use strict";const l="u-off",e="u-label",t="width",n="height",i="top",o="bottom",s="left",r="right",u="#000",a=u+"0",f="mousemove",c="mousedown",h="mouseup",d="mouseenter",p="mouseleave",m="dblclick",g="change",x="dppxchange",w="--",_="undefined"!=typeof window,b=_?document:null,v=_?window:null,k=_?navigator:null;let y,M;function S(l,e){if(null!=e){let t=l.classList;!t.contains(e)&&t.add(e)}}function T(l,e){let t=l.classList;t.contains(e)&&t.remove(e)}function E(l,e,t){l.style[e]=t+"px"}function z(l,e,t,n){let i=b.createElement(l);return null!=e&&S(i,e),null!=t&&t.insertBefore(i,n),i}function D(l,e){return z("div",l,e)}const P=new WeakMap;function A(e,t,n,i,o){let s="translate("+t+"px,"+n+"px)";s!=P.get(e)&&(e.style.transform=s,P.set(e,s),0>t||0>n||t>i||n>o?S(e,l):T(e,l))}const W=new WeakMap;function Y(l,e,t){let n=e+t;n!=W.get(l)&&(W.set(l,n),l.style.background=e,l.style.borderColor=t)}const C=new WeakMap;function H(l,e,t,n){let i=e+""+t;i!=C.get(l)&&(C.set(l,i),l.style.height=t+"px",l.style.width=e+"px",l.style.marginLeft=n?-e/2+"px":0,l.style.marginTop=n?-t/2+"px":0)}const F={passive:!0},R={...F,capture:!0};function G(l,e,t,n){e.addEventListener(l,t,n?R:F)}function I(l,e,t){e.removeEventListener(l,t,F)}function L(l,e,t,n){let i;t=t||0;let o=2147483647>=(n=n||e.length-1);for(;n-t>1;)i=o?t+n>>1:sl((t+n)/2),l>e[i]?t=i:n=i;return l-e[t]>e[n]-l?n:t}function O(l){return(e,t,n)=>{let i=-1,o=-1;for(let o=t;n>=o;o++)if(l(e[o])){i=o;break}for(let i=n;i>=t;i--)if(l(e[i])){o=i;break}return[i,o]}}_&&function l(){let e=devicePixelRatio;y!=e&&(y=e,M&&I(g,M,l),M=matchMedia(`(min-resolution: ${y-.001}dppx) and (max-resolution: ${y+.001}dppx)`),G(g,M,l),v.dispatchEvent(new CustomEvent(x)))}();const N=l=>null!=l,j=l=>null!=l&&l>0,U=O(N),V=O(j);function B(l,e,t,n){let i=hl(l),o=hl(e);l==e&&(-1==i?(l*=t,e/=t):(l/=t,e*=t));let s=10==t?dl:pl,r=1==o?ul:sl,u=(1==i?sl:ul)(s(ol(l))),a=r(s(ol(e))),f=cl(t,u),c=cl(t,a);return 10==t&&(0>u&&(f=Al(f,-u)),0>a&&(c=Al(c,-a))),n||2==t?(l=f*i,e=c*o):(l=Pl(l,f),e=Dl(e,c)),[l,e]}function $(l,e,t,n){let i=B(l,e,t,n);return 0==l&&(i[0]=0),0==e&&(i[1]=0),i}const J=.1,q={mode:3,pad:J},K={pad:0,soft:null,mode:0},X={min:K,max:K};function Z(l,e,t,n){return Ol(t)?ll(l,e,t):(K.pad=t,K.soft=n?0:null,K.mode=n?3:0,ll(l,e,X))}function Q(l,e){return null==l?e:l}function ll(l,e,t){let n=t.min,i=t.max,o=Q(n.pad,0),s=Q(i.pad,0),r=Q(n.hard,-gl),u=Q(i.hard,gl),a=Q(n.soft,gl),f=Q(i.soft,-gl),c=Q(n.mode,0),h=Q(i.mode,0),d=e-l,p=dl(d),m=fl(ol(l),ol(e)),g=dl(m),x=ol(g-p);(1e-24>d||x>10)&&(d=0,0!=l&&0!=e||(d=1e-24,2==c&&a!=gl&&(o=0),2==h&&f!=-gl&&(s=0)));let w=d||m||1e3,_=dl(w),b=cl(10,sl(_)),v=Al(Pl(l-w*(0==d?0==l?.1:1:o),b/10),24),k=a>l||1!=c&&(3!=c||v>a)&&(2!=c||a>v)?gl:a,y=fl(r,k>v&&l>=k?k:al(k,v)),M=Al(Dl(e+w*(0==d?0==e?.1:1:s),b/10),24),S=e>f||1!=h&&(3!=h||f>M)&&(2!=h||M>f)?-gl:f,T=al(u,M>S&&S>=e?S:fl(S,M));return y==T&&0==y&&(T=100),[y,T]}const el=new Intl.NumberFormat(_?k.language:"en-US"),tl=l=>el.format(l),nl=Math,il=nl.PI,ol=nl.abs,sl=nl.floor,rl=nl.round,ul=nl.ceil,al=nl.min,fl=nl.max,cl=nl.pow,hl=nl.sign,dl=nl.log10,pl=nl.log2,ml=(l,e=1)=>nl.asinh(l/e),gl=1/0;function xl(l){return 1+(0|dl((l^l>>31)-(l>>31)))}function wl(l,e,t){return al(fl(l,e),t)}function _l(l){return"function"==typeof l}function bl(l){return _l(l)?l:()=>l}const vl=l=>l,kl=(l,e)=>e,yl=()=>null,Ml=()=>!0,Sl=(l,e)=>l==e,Tl=/\\.\\d*?(?=9{6,}|0{6,})/gm,El=l=>{if(Il(l)||Wl.has(l))return l;const e=""+l,t=e.match(Tl);if(null==t)return l;let n=t[0].length-1;if(-1!=e.indexOf("e-")){let[l,t]=e.split("e");return+`${El(l)}e${t}`}return Al(l,n)};function zl(l,e){return El(Al(El(l/e))*e)}function Dl(l,e){return El(ul(El(l/e))*e)}function Pl(l,e){return El(sl(El(l/e))*e)}function Al(l,e=0){if(Il(l))return l;let t=10**e;return rl(l*t*(1+Number.EPSILON))/t}const Wl=new Map;function Yl(l){return((""+l).split(".")[1]||"").length}function Cl(l,e,t,n){let i=[],o=n.map(Yl);for(let s=e;t>s;s++){let e=ol(s),t=Al(cl(l,s),e);for(let r=0;n.length>r;r++){let u=10==l?+`${n[r]}e${s}`:n[r]*t,a=(0>s?e:0)+(o[r]>s?o[r]:0),f=10==l?u:Al(u,a);i.push(f),Wl.set(f,a)}}return i}const Hl={},Fl=[],Rl=[null,null],Gl=Array.isArray,Il=Number.isInteger;function Ll(l){return"string"==typeof l}function Ol(l){let e=!1;if(null!=l){let t=l.constructor;e=null==t||t==Object}return e}function Nl(l){return null!=l&&"object"==typeof l}const jl=Object.getPrototypeOf(Uint8Array),Ul="__proto__";function Vl(l,e=Ol){let t;if(Gl(l)){let n=l.find((l=>null!=l));if(Gl(n)||e(n)){t=Array(l.length);for(let n=0;l.length>n;n++)t[n]=Vl(l[n],e)}else t=l.slice()}else if(l instanceof jl)t=l.slice();else if(e(l)){t={};for(let n in l)n!=Ul&&(t[n]=Vl(l[n],e))}else t=l;return t}function Bl(l){let e=arguments;for(let t=1;e.length>t;t++){let n=e[t];for(let e in n)e!=Ul&&(Ol(l[e])?Bl(l[e],Vl(n[e])):l[e]=Vl(n[e]))}return l}function $l(l,e,t){for(let n,i=0,o=-1;e.length>i;i++){let s=e[i];if(s>o){for(n=s-1;n>=0&&null==l[n];)l[n--]=null;for(n=s+1;t>n&&null==l[n];)l[o=n++]=null}}}const Jl="undefined"==typeof queueMicrotask?l=>Promise.resolve().then(l):queueMicrotask,ql=["January","February","March","April","May","June","July","August","September","October","November","December"],Kl=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Xl(l){return l.slice(0,3)}const Zl=Kl.map(Xl),Ql=ql.map(Xl),le={MMMM:ql,MMM:Ql,WWWW:Kl,WWW:Zl};function ee(l){return(10>l?"0":"")+l}const te={YYYY:l=>l.getFullYear(),YY:l=>(l.getFullYear()+"").slice(2),MMMM:(l,e)=>e.MMMM[l.getMonth()],MMM:(l,e)=>e.MMM[l.getMonth()],MM:l=>ee(l.getMonth()+1),M:l=>l.getMonth()+1,DD:l=>ee(l.getDate()),D:l=>l.getDate(),WWWW:(l,e)=>e.WWWW[l.getDay()],WWW:(l,e)=>e.WWW[l.getDay()],HH:l=>ee(l.getHours()),H:l=>l.getHours(),h:l=>{let e=l.getHours();return 0==e?12:e>12?e-12:e},AA:l=>12>l.getHours()?"AM":"PM",aa:l=>12>l.getHours()?"am":"pm",a:l=>12>l.getHours()?"a":"p",mm:l=>ee(l.getMinutes()),m:l=>l.getMinutes(),ss:l=>ee(l.getSeconds()),s:l=>l.getSeconds(),fff:l=>function(l){return(10>l?"00":100>l?"0":"")+l}(l.getMilliseconds())};function ne(l,e){e=e||le;let t,n=[],i=/\\{([a-z]+)\\}|[^{]+/gi;for(;t=i.exec(l);)n.push("{"==t[0][0]?te[t[1]]:t[0]);return l=>{let t="";for(let i=0;n.length>i;i++)t+="string"==typeof n[i]?n[i]:n[i](l,e);return t}}const ie=(new Intl.DateTimeFormat).resolvedOptions().timeZone,oe=l=>l%1==0,se=[1,2,2.5,5],re=Cl(10,-32,0,se),ue=Cl(10,0,32,se),ae=ue.filter(oe),fe=re.concat(ue),ce="{YYYY}",he="\\n"+ce,de="{M}/{D}",pe="\\n"+de,me=pe+"/{YY}",ge="{aa}",xe="{h}:{mm}"+ge,we="\\n"+xe,_e=":{ss}",be=null;function ve(l){let e=1e3*l,t=60*e,n=60*t,i=24*n,o=30*i,s=365*i;return[(1==l?Cl(10,0,3,se).filter(oe):Cl(10,-3,0,se)).concat([e,5*e,10*e,15*e,30*e,t,5*t,10*t,15*t,30*t,n,2*n,3*n,4*n,6*n,8*n,12*n,i,2*i,3*i,4*i,5*i,6*i,7*i,8*i,9*i,10*i,15*i,o,2*o,3*o,4*o,6*o,s,2*s,5*s,10*s,25*s,50*s,100*s]),[[s,ce,be,be,be,be,be,be,1],[28*i,"{MMM}",he,be,be,be,be,be,1],[i,de,he,be,be,be,be,be,1],[n,"{h}"+ge,me,be,pe,be,be,be,1],[t,xe,me,be,pe,be,be,be,1],[e,_e,me+" "+xe,be,pe+" "+xe,be,we,be,1],[l,_e+".{fff}",me+" "+xe,be,pe+" "+xe,be,we,be,1]],function(e){return(r,u,a,f,c,h)=>{let d=[],p=c>=s,m=c>=o&&s>c,g=e(a),x=Al(g*l,3),w=Pe(g.getFullYear(),p?0:g.getMonth(),m||p?1:g.getDate()),_=Al(w*l,3);if(m||p){let t=m?c/o:0,n=p?c/s:0,i=x==_?x:Al(Pe(w.getFullYear()+n,w.getMonth()+t,1)*l,3),r=new Date(rl(i/l)),u=r.getFullYear(),a=r.getMonth();for(let o=0;f>=i;o++){let s=Pe(u+n*o,a+t*o,1),r=s-e(Al(s*l,3));i=Al((+s+r)*l,3),i>f||d.push(i)}}else{let o=i>c?c:i,s=_+(sl(a)-sl(x))+Dl(x-_,o);d.push(s);let p=e(s),m=p.getHours()+p.getMinutes()/t+p.getSeconds()/n,g=c/n,w=h/r.axes[u]._space;for(;s=Al(s+c,1==l?0:3),f>=s;)if(g>1){let l=sl(Al(m+g,6))%24,t=e(s).getHours()-l;t>1&&(t=-1),s-=t*n,m=(m+g)%24,.7>Al((s-d[d.length-1])/c,3)*w||d.push(s)}else d.push(s)}return d}}]}const[ke,ye,Me]=ve(1),[Se,Te,Ee]=ve(.001);function ze(l,e){return l.map((l=>l.map(((t,n)=>0==n||8==n||null==t?t:e(1==n||0==l[8]?t:l[1]+t)))))}function De(l,e){return(t,n,i,o,s)=>{let r,u,a,f,c,h,d=e.find((l=>s>=l[0]))||e[e.length-1];return n.map((e=>{let t=l(e),n=t.getFullYear(),i=t.getMonth(),o=t.getDate(),s=t.getHours(),p=t.getMinutes(),m=t.getSeconds(),g=n!=r&&d[2]||i!=u&&d[3]||o!=a&&d[4]||s!=f&&d[5]||p!=c&&d[6]||m!=h&&d[7]||d[1];return r=n,u=i,a=o,f=s,c=p,h=m,g(t)}))}}function Pe(l,e,t){return new Date(l,e,t)}function Ae(l,e){return e(l)}function We(l,e){return(t,n,i,o)=>null==o?w:e(l(n))}Cl(2,-53,53,[1]);const Ye={show:!0,live:!0,isolate:!1,mount:()=>{},markers:{show:!0,width:2,stroke:function(l,e){let t=l.series[e];return t.width?t.stroke(l,e):t.points.width?t.points.stroke(l,e):null},fill:function(l,e){return l.series[e].fill(l,e)},dash:"solid"},idx:null,idxs:null,values:[]},Ce=[0,0];function He(l,e,t,n=!0){return l=>{0==l.button&&(!n||l.target==e)&&t(l)}}function Fe(l,e,t,n=!0){return l=>{(!n||l.target==e)&&t(l)}}const Re={show:!0,x:!0,y:!0,lock:!1,move:function(l,e,t){return Ce[0]=e,Ce[1]=t,Ce},points:{one:!1,show:function(l,e){let i=l.cursor.points,o=D(),s=i.size(l,e);E(o,t,s),E(o,n,s);let r=s/-2;E(o,"marginLeft",r),E(o,"marginTop",r);let u=i.width(l,e,s);return u&&E(o,"borderWidth",u),o},size:function(l,e){return l.series[e].points.size},width:0,stroke:function(l,e){let t=l.series[e].points;return t._stroke||t._fill},fill:function(l,e){let t=l.series[e].points;return t._fill||t._stroke}},bind:{mousedown:He,mouseup:He,click:He,dblclick:He,mousemove:Fe,mouseleave:Fe,mouseenter:Fe},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(l,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(l,e,t,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ge={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ie=Bl({},Ge,{filter:kl}),Le=Bl({},Ie,{size:10}),Oe=Bl({},Ge,{show:!1}),Ne=\'12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"\',je="bold "+Ne,Ue={show:!0,scale:"x",stroke:u,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:2,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},Ve={show:!0,scale:"x",auto:!1,sorted:1,min:gl,max:-gl,idxs:[]};function Be(l,e){return e.map((l=>null==l?"":tl(l)))}function $e(l,e,t,n,i,o,s){let r=[],u=Wl.get(i)||0;for(let l=t=s?t:Al(Dl(t,i),u);n>=l;l=Al(l+i,u))r.push(Object.is(l,-0)?0:l);return r}function Je(l,e,t,n,i){const o=[],s=l.scales[l.axes[e].scale].log,r=sl((10==s?dl:pl)(t));i=cl(s,r),10==s&&(i=fe[L(i,fe)]);let u=t,a=i*s;10==s&&(a=fe[L(a,fe)]);do{o.push(u),u+=i,10!=s||Wl.has(u)||(u=Al(u,Wl.get(i))),a>u||(a=(i=u)*s,10==s&&(a=fe[L(a,fe)]))}while(n>=u);return o}function qe(l,e,t,n,i){let o=l.scales[l.axes[e].scale].asinh,s=n>o?Je(l,e,fl(o,t),n,i):[o],r=0>n||t>0?[]:[0];return(-o>t?Je(l,e,fl(o,-n),-t,i):[o]).reverse().map((l=>-l)).concat(r,s)}const Ke=/./,Xe=/[12357]/,Ze=/[125]/,Qe=/1/,lt=(l,e,t,n)=>l.map(((l,i)=>4==e&&0==l||i%n==0&&t.test(l.toExponential()[0>l?1:0])?l:null));function et(l,e,t){let n=l.axes[t],i=n.scale,o=l.scales[i],s=l.valToPos,r=n._space,u=s(10,i),a=s(9,i)-u<r?s(7,i)-u<r?s(5,i)-u<r?Qe:Ze:Xe:Ke;if(a==Qe){let l=ol(s(1,i)-u);if(r>l)return lt(e.slice().reverse(),o.distr,a,ul(r/l)).reverse()}return lt(e,o.distr,a,1)}function tt(l,e,t){let n=l.axes[t],i=n.scale,o=n._space,s=l.valToPos,r=ol(s(1,i)-s(2,i));return o>r?lt(e.slice().reverse(),3,Ke,ul(o/r)).reverse():e}function nt(l,e,t,n){return null==n?w:null==e?"":tl(e)}const it={show:!0,scale:"y",stroke:u,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:3,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},ot={scale:null,auto:!0,sorted:0,min:gl,max:-gl},st=(l,e,t,n,i)=>i,rt={show:!0,auto:!0,sorted:0,gaps:st,alpha:1,facets:[Bl({},ot,{scale:"x"}),Bl({},ot,{scale:"y"})]},ut={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:st,alpha:1,points:{show:function(l,e){let{scale:t,idxs:n}=l.series[0],i=l._data[0],o=l.valToPos(i[n[0]],t,!0),s=l.valToPos(i[n[1]],t,!0);return ol(s-o)/(l.series[e].points.space*y)>=n[1]-n[0]},filter:null},values:null,min:gl,max:-gl,idxs:[],path:null,clip:null};function at(l,e,t){return t/10}const ft={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ct=Bl({},ft,{time:!1,ori:1}),ht={};function dt(l){let e=ht[l];return e||(e={key:l,plots:[],sub(l){e.plots.push(l)},unsub(l){e.plots=e.plots.filter((e=>e!=l))},pub(l,t,n,i,o,s,r){for(let u=0;e.plots.length>u;u++)e.plots[u]!=t&&e.plots[u].pub(l,t,n,i,o,s,r)}},null!=l&&(ht[l]=e)),e}function pt(l,e,t){const n=l.mode,i=l.series[e],o=2==n?l._data[e]:l._data,s=l.scales,r=l.bbox;let u=o[0],a=2==n?o[1]:o[e],f=2==n?s[i.facets[0].scale]:s[l.series[0].scale],c=2==n?s[i.facets[1].scale]:s[i.scale],h=r.left,d=r.top,p=r.width,m=r.height,g=l.valToPosH,x=l.valToPosV;return 0==f.ori?t(i,u,a,f,c,g,x,h,d,p,m,kt,Mt,Tt,zt,Pt):t(i,u,a,f,c,x,g,d,h,m,p,yt,St,Et,Dt,At)}function mt(l,e){let t=0,n=0,i=Q(l.bands,Fl);for(let l=0;i.length>l;l++){let o=i[l];o.series[0]==e?t=o.dir:o.series[1]==e&&(n|=1==o.dir?1:2)}return[t,1==n?-1:2==n?1:3==n?2:0]}function gt(l,e,t,n,i){let o=l.series[e],s=l.scales[2==l.mode?o.facets[1].scale:o.scale];return-1==i?s.min:1==i?s.max:3==s.distr?1==s.dir?s.min:s.max:0}function xt(l,e,t,n,i,o){return pt(l,e,((l,e,s,r,u,a,f,c,h,d,p)=>{let m=l.pxRound;const g=0==r.ori?Mt:St;let x,w;1==r.dir*(0==r.ori?1:-1)?(x=t,w=n):(x=n,w=t);let _=m(a(e[x],r,d,c)),b=m(f(s[x],u,p,h)),v=m(a(e[w],r,d,c)),k=m(f(1==o?u.max:u.min,u,p,h)),y=new Path2D(i);return g(y,v,k),g(y,_,k),g(y,_,b),y}))}function wt(l,e,t,n,i,o){let s=null;if(l.length>0){s=new Path2D;const r=0==e?Tt:Et;let u=t;for(let e=0;l.length>e;e++){let t=l[e];if(t[1]>t[0]){let l=t[0]-u;l>0&&r(s,u,n,l,n+o),u=t[1]}}let a=t+i-u,f=10;a>0&&r(s,u,n-f/2,a,n+o+f)}return s}function _t(l,e,t,n,i,o,s){let r=[],u=l.length;for(let a=1==i?t:n;a>=t&&n>=a;a+=i)if(null===e[a]){let f=a,c=a;if(1==i)for(;++a<=n&&null===e[a];)c=a;else for(;--a>=t&&null===e[a];)c=a;let h=o(l[f]),d=c==f?h:o(l[c]),p=f-i;h=s>0||0>p||p>=u?h:o(l[p]);let m=c+i;d=0>s||0>m||m>=u?d:o(l[m]),h>d||r.push([h,d])}return r}function bt(l){return 0==l?vl:1==l?rl:e=>zl(e,l)}function vt(l){let e=0==l?kt:yt,t=0==l?(l,e,t,n,i,o)=>{l.arcTo(e,t,n,i,o)}:(l,e,t,n,i,o)=>{l.arcTo(t,e,i,n,o)},n=0==l?(l,e,t,n,i)=>{l.rect(e,t,n,i)}:(l,e,t,n,i)=>{l.rect(t,e,i,n)};return(l,i,o,s,r,u=0,a=0)=>{0==u&&0==a?n(l,i,o,s,r):(u=al(u,s/2,r/2),a=al(a,s/2,r/2),e(l,i+u,o),t(l,i+s,o,i+s,o+r,u),t(l,i+s,o+r,i,o+r,a),t(l,i,o+r,i,o,a),t(l,i,o,i+s,o,u),l.closePath())}}const kt=(l,e,t)=>{l.moveTo(e,t)},yt=(l,e,t)=>{l.moveTo(t,e)},Mt=(l,e,t)=>{l.lineTo(e,t)},St=(l,e,t)=>{l.lineTo(t,e)},Tt=vt(0),Et=vt(1),zt=(l,e,t,n,i,o)=>{l.arc(e,t,n,i,o)},Dt=(l,e,t,n,i,o)=>{l.arc(t,e,n,i,o)},Pt=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(e,t,n,i,o,s)},At=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(t,e,i,n,s,o)};function Wt(){return(l,e,t,n,i)=>pt(l,e,((e,o,s,r,u,a,f,c,h,d,p)=>{let m,g,{pxRound:x,points:w}=e;0==r.ori?(m=kt,g=zt):(m=yt,g=Dt);const _=Al(w.width*y,3);let b=(w.size-w.width)/2*y,v=Al(2*b,3),k=new Path2D,M=new Path2D,{left:S,top:T,width:E,height:z}=l.bbox;Tt(M,S-v,T-v,E+2*v,z+2*v);const D=l=>{if(null!=s[l]){let e=x(a(o[l],r,d,c)),t=x(f(s[l],u,p,h));m(k,e+b,t),g(k,e,t,b,0,2*il)}};if(i)i.forEach(D);else for(let l=t;n>=l;l++)D(l);return{stroke:_>0?k:null,fill:k,clip:M,flags:3}}))}function Yt(l){return(e,t,n,i,o,s)=>{n!=i&&(o!=n&&s!=n&&l(e,t,n),o!=i&&s!=i&&l(e,t,i),l(e,t,s))}}const Ct=Yt(Mt),Ht=Yt(St);function Ft(l){const e=Q(l?.alignGaps,0);return(l,t,n,i)=>pt(l,t,((o,s,r,u,a,f,c,h,d,p,m)=>{[n,i]=U(r,n,i);let g,x,w=o.pxRound,_=l=>w(f(l,u,p,h)),b=l=>w(c(l,a,m,d));0==u.ori?(g=Mt,x=Ct):(g=St,x=Ht);const v=u.dir*(0==u.ori?1:-1),k={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},y=k.stroke;let M=!1;if(i-n<4*p)for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let e=r[l];null===e?M=!0:null!=e&&g(y,_(s[l]),b(e))}else{let e,t,o,a=e=>l.posToVal(e,u.key,!0),f=null,c=null,h=_(s[1==v?n:i]),d=_(s[n]),p=_(s[i]),m=a(1==v?d+1:p-1);for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let n=s[l],i=(1==v?m>n:n>m)?h:_(n),o=r[l];i==h?null!=o?(t=o,null==f?(g(y,i,b(t)),e=f=c=t):f>t?f=t:t>c&&(c=t)):null===o&&(M=!0):(null!=f&&x(y,h,b(f),b(c),b(e),b(t)),null!=o?(t=o,g(y,i,b(t)),f=c=e=t):(f=c=null,null===o&&(M=!0)),h=i,m=a(h+v))}null!=f&&f!=c&&o!=h&&x(y,h,b(f),b(c),b(e),b(t))}let[S,T]=mt(l,t);if(null!=o.fill||0!=S){let e=k.fill=new Path2D(y),r=b(o.fillTo(l,t,o.min,o.max,S)),u=_(s[n]),a=_(s[i]);-1==v&&([a,u]=[u,a]),g(e,a,r),g(e,u,r)}if(!o.spanGaps){let a=[];M&&a.push(..._t(s,r,n,i,v,_,e)),k.gaps=a=o.gaps(l,t,n,i,a),k.clip=wt(a,u.ori,h,d,p,m)}return 0!=T&&(k.band=2==T?[xt(l,t,n,i,y,-1),xt(l,t,n,i,y,1)]:xt(l,t,n,i,y,T)),k}))}function Rt(l,e,t,n,i,o,s=gl){if(l.length>1){let r=null;for(let u=0,a=1/0;l.length>u;u++)if(void 0!==e[u]){if(null!=r){let e=ol(l[u]-l[r]);a>e&&(a=e,s=ol(t(l[u],n,i,o)-t(l[r],n,i,o)))}r=u}}return s}function Gt(l,e,t,n,i){const o=l.length;if(2>o)return null;const s=new Path2D;if(t(s,l[0],e[0]),2==o)n(s,l[1],e[1]);else{let t=Array(o),n=Array(o-1),r=Array(o-1),u=Array(o-1);for(let t=0;o-1>t;t++)r[t]=e[t+1]-e[t],u[t]=l[t+1]-l[t],n[t]=r[t]/u[t];t[0]=n[0];for(let l=1;o-1>l;l++)0===n[l]||0===n[l-1]||n[l-1]>0!=n[l]>0?t[l]=0:(t[l]=3*(u[l-1]+u[l])/((2*u[l]+u[l-1])/n[l-1]+(u[l]+2*u[l-1])/n[l]),isFinite(t[l])||(t[l]=0));t[o-1]=n[o-2];for(let n=0;o-1>n;n++)i(s,l[n]+u[n]/3,e[n]+t[n]*u[n]/3,l[n+1]-u[n]/3,e[n+1]-t[n+1]*u[n]/3,l[n+1],e[n+1])}return s}const It=new Set;function Lt(){for(let l of It)l.syncRect(!0)}_&&(G("resize",v,Lt),G("scroll",v,Lt,!0),G(x,v,(()=>{en.pxRatio=y})));const Ot=Ft(),Nt=Wt();function jt(l,e,t,n){return(n?[l[0],l[1]].concat(l.slice(2)):[l[0]].concat(l.slice(1))).map(((l,n)=>Ut(l,n,e,t)))}function Ut(l,e,t,n){return Bl({},0==e?t:n,l)}function Vt(l,e,t){return null==e?Rl:[e,t]}const Bt=Vt;function $t(l,e,t){return null==e?Rl:Z(e,t,J,!0)}function Jt(l,e,t,n){return null==e?Rl:B(e,t,l.scales[n].log,!1)}const qt=Jt;function Kt(l,e,t,n){return null==e?Rl:$(e,t,l.scales[n].log,!1)}const Xt=Kt;function Zt(l,e,t,n,i){let o=fl(xl(l),xl(e)),s=e-l,r=L(i/n*s,t);do{let l=t[r],e=n*l/s;if(e>=i&&17>=o+(5>l?Wl.get(l):0))return[l,e]}while(++r<t.length);return[0,0]}function Qt(l){let e,t;return[l=l.replace(/(\\d+)px/,((l,n)=>(e=rl((t=+n)*y))+"px")),e,t]}function ln(l){l.show&&[l.font,l.labelFont].forEach((l=>{let e=Al(l[2]*y,1);l[0]=l[0].replace(/[0-9.]+px/,e+"px"),l[1]=e}))}function en(u,g,_){const k={mode:Q(u.mode,1)},M=k.mode;function P(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?1-i:i)}function W(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?i:1-i)}function C(l,e,t,n){return 0==e.ori?P(l,e,t,n):W(l,e,t,n)}k.valToPosH=P,k.valToPosV=W;let F=!1;k.status=0;const R=k.root=D("uplot");null!=u.id&&(R.id=u.id),S(R,u.class),u.title&&(D("u-title",R).textContent=u.title);const O=z("canvas"),K=k.ctx=O.getContext("2d"),X=D("u-wrap",R);G("click",X,(l=>{l.target===el&&(Nn!=Gn||jn!=In)&&Zn.click(k,l)}),!0);const ll=k.under=D("u-under",X);X.appendChild(O);const el=k.over=D("u-over",X),tl=+Q((u=Vl(u)).pxAlign,1),sl=bt(tl);(u.plugins||[]).forEach((l=>{l.opts&&(u=l.opts(k,u)||u)}));const hl=u.ms||.001,pl=k.series=1==M?jt(u.series||[],Ve,ut,!1):function(l,e){return l.map(((l,t)=>0==t?{}:Bl({},e,l)))}(u.series||[null],rt),xl=k.axes=jt(u.axes||[],Ue,it,!0),vl=k.scales={},Tl=k.bands=u.bands||[];Tl.forEach((l=>{l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1)}));const El=2==M?pl[1].facets[0].scale:pl[0].scale,Dl={axes:function(){for(let l=0;xl.length>l;l++){let e=xl[l];if(!e.show||!e._show)continue;let t,n,u=e.side,a=u%2,f=e.stroke(k,l),c=0==u||3==u?-1:1,[h,d]=e._found;if(null!=e.label){let s=rl((e._lpos+e.labelGap*c)*y);_n(e.labelFont[0],f,"center",2==u?i:o),K.save(),1==a?(t=n=0,K.translate(s,rl(lt+st/2)),K.rotate((3==u?-il:il)/2)):(t=rl(Qe+ot/2),n=s);let r=_l(e.label)?e.label(k,l,h,d):e.label;K.fillText(r,t,n),K.restore()}if(0==d)continue;let p=vl[e.scale],m=0==a?ot:st,g=0==a?Qe:lt,x=e._splits,w=2==p.distr?x.map((l=>pn[l])):x,_=2==p.distr?pn[x[1]]-pn[x[0]]:h,b=e.ticks,v=e.border,M=b.show?b.size:0,S=rl(M*y),T=rl((2==e.alignTo?e._size-M-e.gap:e.gap)*y),E=e._rotate*-il/180,z=sl(e._pos*y),D=z+(S+T)*c;n=0==a?D:0,t=1==a?D:0,_n(e.font[0],f,1==e.align?s:2==e.align?r:E>0?s:0>E?r:0==a?"center":3==u?r:s,E||1==a?"middle":2==u?i:o);let P=e.font[1]*e.lineGap,A=x.map((l=>sl(C(l,p,m,g)))),W=e._values;for(let l=0;W.length>l;l++){let e=W[l];if(null!=e){0==a?t=A[l]:n=A[l],e=""+e;let i=-1==e.indexOf("\\n")?[e]:e.split(/\\n/gm);for(let l=0;i.length>l;l++){let e=i[l];E?(K.save(),K.translate(t,n+l*P),K.rotate(E),K.fillText(e,0,0),K.restore()):K.fillText(e,t,n+l*P)}}}b.show&&zn(A,b.filter(k,w,l,d,_),a,u,z,S,Al(b.width*y,3),b.stroke(k,l),b.dash,b.cap);let Y=e.grid;Y.show&&zn(A,Y.filter(k,w,l,d,_),a,0==a?2:1,0==a?lt:Qe,0==a?st:ot,Al(Y.width*y,3),Y.stroke(k,l),Y.dash,Y.cap),v.show&&zn([z],[1],0==a?1:0,0==a?1:2,1==a?lt:Qe,1==a?st:ot,Al(v.width*y,3),v.stroke(k,l),v.dash,v.cap)}Ci("drawAxes")},series:function(){if(Gt>0){let l=pl.some((l=>l._focus))&&dn!=Tt.alpha;l&&(K.globalAlpha=dn=Tt.alpha),pl.forEach(((l,e)=>{if(e>0&&l.show&&(kn(e,!1),kn(e,!0),null==l._paths)){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha);let n=2==M?[0,g[e][0].length-1]:function(l){let e=wl(Lt-1,0,Gt-1),t=wl(en+1,0,Gt-1);for(;null==l[e]&&e>0;)e--;for(;null==l[t]&&Gt-1>t;)t++;return[e,t]}(g[e]);l._paths=l.paths(k,e,n[0],n[1]),dn!=t&&(K.globalAlpha=dn=t)}})),pl.forEach(((l,e)=>{if(e>0&&l.show){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha),null!=l._paths&&yn(e,!1);{let t=null!=l._paths?l._paths.gaps:null,n=l.points.show(k,e,Lt,en,t),i=l.points.filter(k,e,n,t);(n||i)&&(l.points._paths=l.points.paths(k,e,Lt,en,i),yn(e,!0))}dn!=t&&(K.globalAlpha=dn=t),Ci("drawSeries",e)}})),l&&(K.globalAlpha=dn=1)}}},Pl=(u.drawOrder||["axes","series"]).map((l=>Dl[l]));function Cl(l){const e=3==l.distr?e=>dl(e>0?e:l.clamp(k,e,l.min,l.max,l.key)):4==l.distr?e=>ml(e,l.asinh):100==l.distr?e=>l.fwd(e):l=>l;return t=>{let n=e(t),{_min:i,_max:o}=l;return(n-i)/(o-i)}}function Il(l){let e=vl[l];if(null==e){let t=(u.scales||Hl)[l]||Hl;if(null!=t.from){Il(t.from);let e=Bl({},vl[t.from],t,{key:l});e.valToPct=Cl(e),vl[l]=e}else{e=vl[l]=Bl({},l==El?ft:ct,t),e.key=l;let n=e.time,i=e.range,o=Gl(i);if((l!=El||2==M&&!n)&&(!o||null!=i[0]&&null!=i[1]||(i={min:null==i[0]?q:{mode:1,hard:i[0],soft:i[0]},max:null==i[1]?q:{mode:1,hard:i[1],soft:i[1]}},o=!1),!o&&Ol(i))){let l=i;i=(e,t,n)=>null==t?Rl:Z(t,n,l)}e.range=bl(i||(n?Bt:l==El?3==e.distr?qt:4==e.distr?Xt:Vt:3==e.distr?Jt:4==e.distr?Kt:$t)),e.auto=bl(!o&&e.auto),e.clamp=bl(e.clamp||at),e._min=e._max=null,e.valToPct=Cl(e)}}}Il("x"),Il("y"),1==M&&pl.forEach((l=>{Il(l.scale)})),xl.forEach((l=>{Il(l.scale)}));for(let l in u.scales)Il(l);const jl=vl[El],Ul=jl.distr;let $l,ql;0==jl.ori?(S(R,"u-hz"),$l=P,ql=W):(S(R,"u-vt"),$l=W,ql=P);const Kl={};for(let l in vl){let e=vl[l];null==e.min&&null==e.max||(Kl[l]={min:e.min,max:e.max},e.min=e.max=null)}const Xl=u.tzDate||(l=>new Date(rl(l/hl))),Zl=u.fmtDate||ne,Ql=1==hl?Me(Xl):Ee(Xl),le=De(Xl,ze(1==hl?ye:Te,Zl)),ee=We(Xl,Ae("{YYYY}-{MM}-{DD} {h}:{mm}{aa}",Zl)),te=[],ie=k.legend=Bl({},Ye,u.legend),oe=k.cursor=Bl({},Re,{drag:{y:2==M}},u.cursor),se=ie.show,re=oe.show,ue=ie.markers;let ce,he,de;ie.idxs=te,ue.width=bl(ue.width),ue.dash=bl(ue.dash),ue.stroke=bl(ue.stroke),ue.fill=bl(ue.fill);let pe,me=[],ge=[],xe=!1,we={};if(ie.live){const l=pl[1]?pl[1].values:null;xe=null!=l,pe=xe?l(k,1,0):{_:0};for(let l in pe)we[l]=w}if(se)if(ce=z("table","u-legend",R),de=z("tbody",null,ce),ie.mount(k,ce),xe){he=z("thead",null,ce,de);let l=z("tr",null,he);for(var _e in z("th",null,l),pe)z("th",e,l).textContent=_e}else S(ce,"u-inline"),ie.live&&S(ce,"u-live");const be={show:!0},ve={show:!1},Pe=new Map;function Ce(l,e,t,n=!0){const i=Pe.get(e)||{},o=oe.bind[l](k,e,t,n);o&&(G(l,e,i[l]=o),Pe.set(e,i))}function He(l,e){const t=Pe.get(e)||{};for(let n in t)null!=l&&n!=l||(I(n,e,t[n]),delete t[n]);null==l&&Pe.delete(e)}let Fe=0,Ge=0,Ie=0,Le=0,Oe=0,Ne=0,je=Oe,Ke=Ne,Xe=Ie,Ze=Le,Qe=0,lt=0,ot=0,st=0;k.bbox={};let ht=!1,pt=!1,mt=!1,xt=!1,wt=!1,_t=!1;function vt(l,e,t){(t||l!=k.width||e!=k.height)&&kt(l,e),An(!1),mt=!0,pt=!0,Jn()}function kt(l,e){k.width=Fe=Ie=l,k.height=Ge=Le=e,Oe=Ne=0,function(){let l=!1,e=!1,t=!1,n=!1;xl.forEach((i=>{if(i.show&&i._show){let{side:o,_size:s}=i,r=s+(null!=i.label?i.labelSize:0);r>0&&(o%2?(Ie-=r,3==o?(Oe+=r,n=!0):t=!0):(Le-=r,0==o?(Ne+=r,l=!0):e=!0))}})),Ct[0]=l,Ct[1]=t,Ct[2]=e,Ct[3]=n,Ie-=Rt[1]+Rt[3],Oe+=Rt[3],Le-=Rt[2]+Rt[0],Ne+=Rt[0]}(),function(){let l=Oe+Ie,e=Ne+Le,t=Oe,n=Ne;function i(i,o){switch(i){case 1:return l+=o,l-o;case 2:return e+=o,e-o;case 3:return t-=o,t+o;case 0:return n-=o,n+o}}xl.forEach((l=>{if(l.show&&l._show){let e=l.side;l._pos=i(e,l._size),null!=l.label&&(l._lpos=i(e,l.labelSize))}}))}();let t=k.bbox;Qe=t.left=zl(Oe*y,.5),lt=t.top=zl(Ne*y,.5),ot=t.width=zl(Ie*y,.5),st=t.height=zl(Le*y,.5)}const yt=3;if(k.setSize=function({width:l,height:e}){vt(l,e)},null==oe.dataIdx){let l=oe.hover,e=l.skip=new Set(l.skip??[]);e.add(void 0);let t=l.prox=bl(l.prox),n=l.bias??=0;oe.dataIdx=(l,i,o,s)=>{if(0==i)return o;let r=o,u=t(l,i,o,s)??gl,a=u>=0&&gl>u,f=0==jl.ori?Ie:Le,c=oe.left,h=g[0],d=g[i];if(e.has(d[o])){r=null;let l,t=null,i=null;if(0==n||-1==n)for(l=o;null==t&&l-- >0;)e.has(d[l])||(t=l);if(0==n||1==n)for(l=o;null==i&&l++<d.length;)e.has(d[l])||(i=l);if(null!=t||null!=i)if(a){let l=c-(null==t?-1/0:$l(h[t],jl,f,0)),e=(null==i?1/0:$l(h[i],jl,f,0))-c;l>e?e>u||(r=i):l>u||(r=t)}else r=null==i?t:null==t||o-t>i-o?i:t}else a&&ol(c-$l(h[o],jl,f,0))>u&&(r=null);return r}}const Mt=l=>{oe.event=l};oe.idxs=te,oe._lock=!1;let St=oe.points;St.show=bl(St.show),St.size=bl(St.size),St.stroke=bl(St.stroke),St.width=bl(St.width),St.fill=bl(St.fill);const Tt=k.focus=Bl({},u.focus||{alpha:.3},oe.focus),Et=Tt.prox>=0,zt=Et&&St.one;let Dt=[],Pt=[],At=[];function Wt(l,e){let t=St.show(k,e);if(t instanceof HTMLElement)return S(t,"u-cursor-pt"),S(t,l.class),A(t,-10,-10,Ie,Le),el.insertBefore(t,Dt[e]),t}function Yt(t,n){if(1==M||n>0){let l=1==M&&vl[t.scale].time,e=t.value;t.value=l?Ll(e)?We(Xl,Ae(e,Zl)):e||ee:e||nt,t.label=t.label||(l?"Time":"Value")}if(zt||n>0){t.width=null==t.width?1:t.width,t.paths=t.paths||Ot||yl,t.fillTo=bl(t.fillTo||gt),t.pxAlign=+Q(t.pxAlign,tl),t.pxRound=bt(t.pxAlign),t.stroke=bl(t.stroke||null),t.fill=bl(t.fill||null),t._stroke=t._fill=t._paths=t._focus=null;let l=function(l){return Al(1*(3+2*(l||1)),3)}(fl(1,t.width)),e=t.points=Bl({},{size:l,width:fl(1,.2*l),stroke:t.stroke,space:2*l,paths:Nt,_stroke:null,_fill:null},t.points);e.show=bl(e.show),e.filter=bl(e.filter),e.fill=bl(e.fill),e.stroke=bl(e.stroke),e.paths=bl(e.paths),e.pxAlign=t.pxAlign}if(se){let i=function(t,n){if(0==n&&(xe||!ie.live||2==M))return Rl;let i=[],o=z("tr","u-series",de,de.childNodes[n]);S(o,t.class),t.show||S(o,l);let s=z("th",null,o);if(ue.show){let l=D("u-marker",s);if(n>0){let e=ue.width(k,n);e&&(l.style.border=e+"px "+ue.dash(k,n)+" "+ue.stroke(k,n)),l.style.background=ue.fill(k,n)}}let r=D(e,s);for(var u in t.label instanceof HTMLElement?r.appendChild(t.label):r.textContent=t.label,n>0&&(ue.show||(r.style.color=t.width>0?ue.stroke(k,n):ue.fill(k,n)),Ce("click",s,(l=>{if(oe._lock)return;Mt(l);let e=pl.indexOf(t);if((l.ctrlKey||l.metaKey)!=ie.isolate){let l=pl.some(((l,t)=>t>0&&t!=e&&l.show));pl.forEach(((t,n)=>{n>0&&oi(n,l?n==e?be:ve:be,!0,Fi.setSeries)}))}else oi(e,{show:!t.show},!0,Fi.setSeries)}),!1),Et&&Ce(d,s,(l=>{oe._lock||(Mt(l),oi(pl.indexOf(t),ai,!0,Fi.setSeries))}),!1)),pe){let l=z("td","u-value",o);l.textContent="--",i.push(l)}return[o,i]}(t,n);me.splice(n,0,i[0]),ge.splice(n,0,i[1]),ie.values.push(null)}if(re){te.splice(n,0,null);let l=null;zt?0==n&&(l=Wt(t,n)):n>0&&(l=Wt(t,n)),Dt.splice(n,0,l),Pt.splice(n,0,0),At.splice(n,0,0)}Ci("addSeries",n)}k.addSeries=function(l,e){e=null==e?pl.length:e,l=1==M?Ut(l,e,Ve,ut):Ut(l,e,{},rt),pl.splice(e,0,l),Yt(pl[e],e)},k.delSeries=function(l){if(pl.splice(l,1),se){ie.values.splice(l,1),ge.splice(l,1);let e=me.splice(l,1)[0];He(null,e.firstChild),e.remove()}re&&(te.splice(l,1),Dt.splice(l,1)[0].remove(),Pt.splice(l,1),At.splice(l,1)),Ci("delSeries",l)};const Ct=[!1,!1,!1,!1];function Ht(l,e,t){let[n,i,o,s]=t,r=e%2,u=0;return 0==r&&(s||i)&&(u=0==e&&!n||2==e&&!o?rl(Ue.size/3):0),1==r&&(n||o)&&(u=1==e&&!i||3==e&&!s?rl(it.size/2):0),u}const Ft=k.padding=(u.padding||[Ht,Ht,Ht,Ht]).map((l=>bl(Q(l,Ht)))),Rt=k._padding=Ft.map(((l,e)=>l(k,e,Ct,0)));let Gt,Lt=null,en=null;const tn=1==M?pl[0].idxs:null;let nn,on,sn,rn,un,an,fn,cn,hn,dn,pn=null,mn=!1;function gn(l,e){if(k.data=k._data=g=null==l?[]:l,2==M){Gt=0;for(let l=1;pl.length>l;l++)Gt+=g[l][0].length}else{0==g.length&&(k.data=k._data=g=[[]]),pn=g[0],Gt=pn.length;let l=g;if(2==Ul){l=g.slice();let e=l[0]=Array(Gt);for(let l=0;Gt>l;l++)e[l]=l}k._data=g=l}if(An(!0),Ci("setData"),2==Ul&&(mt=!0),!1!==e){let l=jl;l.auto(k,mn)?xn():ii(El,l.min,l.max),xt=xt||oe.left>=0,_t=!0,Jn()}}function xn(){let l,e;mn=!0,1==M&&(Gt>0?(Lt=tn[0]=0,en=tn[1]=Gt-1,l=g[0][Lt],e=g[0][en],2==Ul?(l=Lt,e=en):l==e&&(3==Ul?[l,e]=B(l,l,jl.log,!1):4==Ul?[l,e]=$(l,l,jl.log,!1):jl.time?e=l+rl(86400/hl):[l,e]=Z(l,e,J,!0))):(Lt=tn[0]=l=null,en=tn[1]=e=null)),ii(El,l,e)}function wn(l,e,t,n,i,o){l??=a,t??=Fl,n??="butt",i??=a,o??="round",l!=nn&&(K.strokeStyle=nn=l),i!=on&&(K.fillStyle=on=i),e!=sn&&(K.lineWidth=sn=e),o!=un&&(K.lineJoin=un=o),n!=an&&(K.lineCap=an=n),t!=rn&&K.setLineDash(rn=t)}function _n(l,e,t,n){e!=on&&(K.fillStyle=on=e),l!=fn&&(K.font=fn=l),t!=cn&&(K.textAlign=cn=t),n!=hn&&(K.textBaseline=hn=n)}function bn(l,e,t,n,i=0){if(n.length>0&&l.auto(k,mn)&&(null==e||null==e.min)){let e=Q(Lt,0),o=Q(en,n.length-1),s=null==t.min?function(l,e,t,n=0,i=!1){let o=i?V:U,s=i?j:N;[e,t]=o(l,e,t);let r=l[e],u=l[e];if(e>-1)if(1==n)r=l[e],u=l[t];else if(-1==n)r=l[t],u=l[e];else for(let n=e;t>=n;n++){let e=l[n];s(e)&&(r>e?r=e:e>u&&(u=e))}return[r??gl,u??-gl]}(n,e,o,i,3==l.distr):[t.min,t.max];l.min=al(l.min,t.min=s[0]),l.max=fl(l.max,t.max=s[1])}}k.setData=gn;const vn={min:null,max:null};function kn(l,e){let t=e?pl[l].points:pl[l];t._stroke=t.stroke(k,l),t._fill=t.fill(k,l)}function yn(l,e){let t=e?pl[l].points:pl[l],{stroke:n,fill:i,clip:o,flags:s,_stroke:r=t._stroke,_fill:u=t._fill,_width:a=t.width}=t._paths;a=Al(a*y,3);let f=null,c=a%2/2;e&&null==u&&(u=a>0?"#fff":r);let h=1==t.pxAlign&&c>0;if(h&&K.translate(c,c),!e){let l=Qe-a/2,e=lt-a/2,t=ot+a,n=st+a;f=new Path2D,f.rect(l,e,t,n)}e?Sn(r,a,t.dash,t.cap,u,n,i,s,o):function(l,e,t,n,i,o,s,r,u,a,f){let c=!1;0!=u&&Tl.forEach(((h,d)=>{if(h.series[0]==l){let l,p=pl[h.series[1]],m=g[h.series[1]],x=(p._paths||Hl).band;Gl(x)&&(x=1==h.dir?x[0]:x[1]);let w=null;p.show&&x&&function(l,e,t){for(e=Q(e,0),t=Q(t,l.length-1);t>=e;){if(null!=l[e])return!0;e++}return!1}(m,Lt,en)?(w=h.fill(k,d)||o,l=p._paths.clip):x=null,Sn(e,t,n,i,w,s,r,u,a,f,l,x),c=!0}})),c||Sn(e,t,n,i,o,s,r,u,a,f)}(l,r,a,t.dash,t.cap,u,n,i,s,f,o),h&&K.translate(-c,-c)}const Mn=3;function Sn(l,e,t,n,i,o,s,r,u,a,f,c){wn(l,e,t,n,i),(u||a||c)&&(K.save(),u&&K.clip(u),a&&K.clip(a)),c?(r&Mn)==Mn?(K.clip(c),f&&K.clip(f),En(i,s),Tn(l,o,e)):2&r?(En(i,s),K.clip(c),Tn(l,o,e)):1&r&&(K.save(),K.clip(c),f&&K.clip(f),En(i,s),K.restore(),Tn(l,o,e)):(En(i,s),Tn(l,o,e)),(u||a||c)&&K.restore()}function Tn(l,e,t){t>0&&(e instanceof Map?e.forEach(((l,e)=>{K.strokeStyle=nn=e,K.stroke(l)})):null!=e&&l&&K.stroke(e))}function En(l,e){e instanceof Map?e.forEach(((l,e)=>{K.fillStyle=on=e,K.fill(l)})):null!=e&&l&&K.fill(e)}function zn(l,e,t,n,i,o,s,r,u,a){let f=s%2/2;1==tl&&K.translate(f,f),wn(r,s,u,a,r),K.beginPath();let c,h,d,p,m=i+(0==n||3==n?-o:o);0==t?(h=i,p=m):(c=i,d=m);for(let n=0;l.length>n;n++)null!=e[n]&&(0==t?c=d=l[n]:h=p=l[n],K.moveTo(c,h),K.lineTo(d,p));K.stroke(),1==tl&&K.translate(-f,-f)}function Dn(l){let e=!0;return xl.forEach(((t,n)=>{if(!t.show)return;let i=vl[t.scale];if(null==i.min)return void(t._show&&(e=!1,t._show=!1,An(!1)));t._show||(e=!1,t._show=!0,An(!1));let o=t.side,s=o%2,{min:r,max:u}=i,[a,f]=function(l,e,t,n){let i,o=xl[l];if(n>0){let s=o._space=o.space(k,l,e,t,n);i=Zt(e,t,o._incrs=o.incrs(k,l,e,t,n,s),n,s)}else i=[0,0];return o._found=i}(n,r,u,0==s?Ie:Le);if(0==f)return;let c=t._splits=t.splits(k,n,r,u,a,f,2==i.distr),h=2==i.distr?c.map((l=>pn[l])):c,d=2==i.distr?pn[c[1]]-pn[c[0]]:a,p=t._values=t.values(k,t.filter(k,h,n,f,d),n,f,d);t._rotate=2==o?t.rotate(k,p,n,f):0;let m=t._size;t._size=ul(t.size(k,p,n,l)),null!=m&&t._size!=m&&(e=!1)})),e}function Pn(l){let e=!0;return Ft.forEach(((t,n)=>{let i=t(k,n,Ct,l);i!=Rt[n]&&(e=!1),Rt[n]=i})),e}function An(l){pl.forEach(((e,t)=>{t>0&&(e._paths=null,l&&(1==M?(e.min=null,e.max=null):e.facets.forEach((l=>{l.min=null,l.max=null}))))}))}let Wn,Yn,Cn,Hn,Fn,Rn,Gn,In,Ln,On,Nn,jn,Un=!1,Vn=!1,Bn=[];function $n(){Vn=!1;for(let l=0;Bn.length>l;l++)Ci(...Bn[l]);Bn.length=0}function Jn(){Un||(Jl(qn),Un=!0)}function qn(){if(ht&&(function(){for(let l in vl){let e=vl[l];null==Kl[l]&&(null==e.min||null!=Kl[El]&&e.auto(k,mn))&&(Kl[l]=vn)}for(let l in vl){let e=vl[l];null==Kl[l]&&null!=e.from&&null!=Kl[e.from]&&(Kl[l]=vn)}null!=Kl[El]&&An(!0);let l={};for(let e in Kl){let t=Kl[e];if(null!=t){let n=l[e]=Vl(vl[e],Nl);if(null!=t.min)Bl(n,t);else if(e!=El||2==M)if(0==Gt&&null==n.from){let l=n.range(k,null,null,e);n.min=l[0],n.max=l[1]}else n.min=gl,n.max=-gl}}if(Gt>0){pl.forEach(((e,t)=>{if(1==M){let n=e.scale,i=Kl[n];if(null==i)return;let o=l[n];if(0==t){let l=o.range(k,o.min,o.max,n);o.min=l[0],o.max=l[1],Lt=L(o.min,g[0]),en=L(o.max,g[0]),en-Lt>1&&(o.min>g[0][Lt]&&Lt++,g[0][en]>o.max&&en--),e.min=pn[Lt],e.max=pn[en]}else e.show&&e.auto&&bn(o,i,e,g[t],e.sorted);e.idxs[0]=Lt,e.idxs[1]=en}else if(t>0&&e.show&&e.auto){let[n,i]=e.facets,o=n.scale,s=i.scale,[r,u]=g[t],a=l[o],f=l[s];null!=a&&bn(a,Kl[o],n,r,n.sorted),null!=f&&bn(f,Kl[s],i,u,i.sorted),e.min=i.min,e.max=i.max}}));for(let e in l){let t=l[e],n=Kl[e];if(null==t.from&&(null==n||null==n.min)){let l=t.range(k,t.min==gl?null:t.min,t.max==-gl?null:t.max,e);t.min=l[0],t.max=l[1]}}}for(let e in l){let t=l[e];if(null!=t.from){let n=l[t.from];if(null==n.min)t.min=t.max=null;else{let l=t.range(k,n.min,n.max,e);t.min=l[0],t.max=l[1]}}}let e={},t=!1;for(let n in l){let i=l[n],o=vl[n];if(o.min!=i.min||o.max!=i.max){o.min=i.min,o.max=i.max;let l=o.distr;o._min=3==l?dl(o.min):4==l?ml(o.min,o.asinh):100==l?o.fwd(o.min):o.min,o._max=3==l?dl(o.max):4==l?ml(o.max,o.asinh):100==l?o.fwd(o.max):o.max,e[n]=t=!0}}if(t){pl.forEach(((l,t)=>{2==M?t>0&&e.y&&(l._paths=null):e[l.scale]&&(l._paths=null)}));for(let l in e)mt=!0,Ci("setScale",l);re&&oe.left>=0&&(xt=_t=!0)}for(let l in Kl)Kl[l]=null}(),ht=!1),mt&&(function(){let l=!1,e=0;for(;!l;){e++;let t=Dn(e),n=Pn(e);l=e==yt||t&&n,l||(kt(k.width,k.height),pt=!0)}}(),mt=!1),pt){if(E(ll,s,Oe),E(ll,i,Ne),E(ll,t,Ie),E(ll,n,Le),E(el,s,Oe),E(el,i,Ne),E(el,t,Ie),E(el,n,Le),E(X,t,Fe),E(X,n,Ge),O.width=rl(Fe*y),O.height=rl(Ge*y),xl.forEach((({_el:e,_show:t,_size:n,_pos:i,side:o})=>{if(null!=e)if(t){let t=o%2==1;E(e,t?"left":"top",i-(3===o||0===o?n:0)),E(e,t?"width":"height",n),E(e,t?"top":"left",t?Ne:Oe),E(e,t?"height":"width",t?Le:Ie),T(e,l)}else S(e,l)})),nn=on=sn=un=an=fn=cn=hn=rn=null,dn=1,_i(!0),Oe!=je||Ne!=Ke||Ie!=Xe||Le!=Ze){An(!1);let l=Ie/Xe,e=Le/Ze;if(re&&!xt&&oe.left>=0){oe.left*=l,oe.top*=e,Cn&&A(Cn,rl(oe.left),0,Ie,Le),Hn&&A(Hn,0,rl(oe.top),Ie,Le);for(let t=0;Dt.length>t;t++){let n=Dt[t];null!=n&&(Pt[t]*=l,At[t]*=e,A(n,ul(Pt[t]),ul(At[t]),Ie,Le))}}if(ei.show&&!wt&&ei.left>=0&&ei.width>0){ei.left*=l,ei.width*=l,ei.top*=e,ei.height*=e;for(let l in ki)E(ti,l,ei[l])}je=Oe,Ke=Ne,Xe=Ie,Ze=Le}Ci("setSize"),pt=!1}Fe>0&&Ge>0&&(K.clearRect(0,0,O.width,O.height),Ci("drawClear"),Pl.forEach((l=>l())),Ci("draw")),ei.show&&wt&&(ni(ei),wt=!1),re&&xt&&(xi(null,!0,!1),xt=!1),ie.show&&ie.live&&_t&&(mi(),_t=!1),F||(F=!0,k.status=1,Ci("ready")),mn=!1,Un=!1}function Kn(l,e){let t=vl[l];if(null==t.from){if(0==Gt){let n=t.range(k,e.min,e.max,l);e.min=n[0],e.max=n[1]}if(e.min>e.max){let l=e.min;e.min=e.max,e.max=l}if(Gt>1&&null!=e.min&&null!=e.max&&1e-16>e.max-e.min)return;l==El&&2==t.distr&&Gt>0&&(e.min=L(e.min,g[0]),e.max=L(e.max,g[0]),e.min==e.max&&e.max++),Kl[l]=e,ht=!0,Jn()}}k.batch=function(l,e=!1){Un=!0,Vn=e,l(k),qn(),e&&Bn.length>0&&queueMicrotask($n)},k.redraw=(l,e)=>{mt=e||!1,!1!==l?ii(El,jl.min,jl.max):Jn()},k.setScale=Kn;let Xn=!1;const Zn=oe.drag;let Qn=Zn.x,li=Zn.y;re&&(oe.x&&(Wn=D("u-cursor-x",el)),oe.y&&(Yn=D("u-cursor-y",el)),0==jl.ori?(Cn=Wn,Hn=Yn):(Cn=Yn,Hn=Wn),Nn=oe.left,jn=oe.top);const ei=k.select=Bl({show:!0,over:!0,left:0,width:0,top:0,height:0},u.select),ti=ei.show?D("u-select",ei.over?el:ll):null;function ni(l,e){if(ei.show){for(let e in l)ei[e]=l[e],e in ki&&E(ti,e,l[e]);!1!==e&&Ci("setSelect")}}function ii(l,e,t){Kn(l,{min:e,max:t})}function oi(e,t,n,i){null!=t.focus&&function(l){if(l!=ui){let e=null==l,t=1!=Tt.alpha;pl.forEach(((n,i)=>{if(1==M||i>0){let o=e||0==i||i==l;n._focus=e?null:o,t&&function(l,e){pl[l].alpha=e,re&&null!=Dt[l]&&(Dt[l].style.opacity=e),se&&me[l]&&(me[l].style.opacity=e)}(i,o?1:Tt.alpha)}})),ui=l,t&&Jn()}}(e),null!=t.show&&pl.forEach(((n,i)=>{0>=i||e!=i&&null!=e||(n.show=t.show,function(e){if(pl[e].show)se&&T(me[e],l);else if(se&&S(me[e],l),re){let l=zt?Dt[0]:Dt[e];null!=l&&A(l,-10,-10,Ie,Le)}}(i),2==M?(ii(n.facets[0].scale,null,null),ii(n.facets[1].scale,null,null)):ii(n.scale,null,null),Jn())})),!1!==n&&Ci("setSeries",e,t),i&&Ii("setSeries",k,e,t)}let si,ri,ui;k.setSelect=ni,k.setSeries=oi,k.addBand=function(l,e){l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1),Tl.splice(e=null==e?Tl.length:e,0,l)},k.setBand=function(l,e){Bl(Tl[l],e)},k.delBand=function(l){null==l?Tl.length=0:Tl.splice(l,1)};const ai={focus:!0};function fi(l,e,t){let n=vl[e];t&&(l=l/y-(1==n.ori?Ne:Oe));let i=Ie;1==n.ori&&(i=Le,l=i-l),-1==n.dir&&(l=i-l);let o=n._min,s=o+l/i*(n._max-o),r=n.distr;return 3==r?cl(10,s):4==r?((l,e=1)=>nl.sinh(l)*e)(s,n.asinh):100==r?n.bwd(s):s}function ci(l,e){E(ti,s,ei.left=l),E(ti,t,ei.width=e)}function hi(l,e){E(ti,i,ei.top=l),E(ti,n,ei.height=e)}se&&Et&&Ce(p,ce,(l=>{oe._lock||(Mt(l),null!=ui&&oi(null,ai,!0,Fi.setSeries))})),k.valToIdx=l=>L(l,g[0]),k.posToIdx=function(l,e){return L(fi(l,El,e),g[0],Lt,en)},k.posToVal=fi,k.valToPos=(l,e,t)=>0==vl[e].ori?P(l,vl[e],t?ot:Ie,t?Qe:0):W(l,vl[e],t?st:Le,t?lt:0),k.setCursor=(l,e,t)=>{Nn=l.left,jn=l.top,xi(null,e,t)};let di=0==jl.ori?ci:hi,pi=1==jl.ori?ci:hi;function mi(l,e){if(null!=l&&(l.idxs?l.idxs.forEach(((l,e)=>{te[e]=l})):(l=>void 0===l)(l.idx)||te.fill(l.idx),ie.idx=te[0]),se&&ie.live){for(let l=0;pl.length>l;l++)(l>0||1==M&&!xe)&&gi(l,te[l]);!function(){if(se&&ie.live)for(let l=2==M?1:0;pl.length>l;l++){if(0==l&&xe)continue;let e=ie.values[l],t=0;for(let n in e)ge[l][t++].firstChild.nodeValue=e[n]}}()}_t=!1,!1!==e&&Ci("setLegend")}function gi(l,e){let t,n=pl[l],i=0==l&&2==Ul?pn:g[l];xe?t=n.values(k,l,e)??we:(t=n.value(k,null==e?null:i[e],l,e),t=null==t?we:{_:t}),ie.values[l]=t}function xi(l,e,t){let n;Ln=Nn,On=jn,[Nn,jn]=oe.move(k,Nn,jn),oe.left=Nn,oe.top=jn,re&&(Cn&&A(Cn,rl(Nn),0,Ie,Le),Hn&&A(Hn,0,rl(jn),Ie,Le)),si=gl,ri=null;let i=0==jl.ori?Ie:Le,o=1==jl.ori?Ie:Le;if(0>Nn||0==Gt||Lt>en){n=oe.idx=null;for(let l=0;pl.length>l;l++){let e=Dt[l];null!=e&&A(e,-10,-10,Ie,Le)}Et&&oi(null,ai,!0,null==l&&Fi.setSeries),ie.live&&(te.fill(n),_t=!0)}else{let l,e,t;1==M&&(l=0==jl.ori?Nn:jn,e=fi(l,El),n=oe.idx=L(e,g[0],Lt,en),t=$l(g[0][n],jl,i,0));let s=-10,r=-10,u=0,a=0,f=!0,c="",h="";for(let l=2==M?1:0;pl.length>l;l++){let d=pl[l],p=te[l],m=null==p?null:1==M?g[l][p]:g[l][1][p],x=oe.dataIdx(k,l,n,e),w=null==x?null:1==M?g[l][x]:g[l][1][x];if(_t=_t||w!=m||x!=p,te[l]=x,l>0&&d.show){let e=null==x?-10:x==n?t:$l(1==M?g[0][x]:g[l][0][x],jl,i,0),p=null==w?-10:ql(w,1==M?vl[d.scale]:vl[d.facets[1].scale],o,0);if(Et&&null!=w){let e=1==jl.ori?Nn:jn,t=ol(Tt.dist(k,l,x,p,e));if(si>t){let n=Tt.bias;if(0!=n){let i=fi(e,d.scale),o=0>i?-1:1;o!=(0>w?-1:1)||(1==o?1==n?i>w:w>i:1==n?w>i:i>w)||(si=t,ri=l)}else si=t,ri=l}}if(_t||zt){let t,n;0==jl.ori?(t=e,n=p):(t=p,n=e);let i,o,d,m,g,x,w=!0,_=St.bbox;if(null!=_){w=!1;let e=_(k,l);d=e.left,m=e.top,i=e.width,o=e.height}else d=t,m=n,i=o=St.size(k,l);if(x=St.fill(k,l),g=St.stroke(k,l),zt)l!=ri||si>Tt.prox||(s=d,r=m,u=i,a=o,f=w,c=x,h=g);else{let e=Dt[l];null!=e&&(Pt[l]=d,At[l]=m,H(e,i,o,w),Y(e,x,g),A(e,ul(d),ul(m),Ie,Le))}}}}if(zt){let l=Tt.prox;if(_t||(null==ui?l>=si:si>l||ri!=ui)){let l=Dt[0];null!=l&&(Pt[0]=s,At[0]=r,H(l,u,a,f),Y(l,c,h),A(l,ul(s),ul(r),Ie,Le))}}}if(ei.show&&Xn)if(null!=l){let[e,t]=Fi.scales,[n,s]=Fi.match,[r,u]=l.cursor.sync.scales,a=l.cursor.drag;if(Qn=a._x,li=a._y,Qn||li){let a,f,c,h,d,{left:p,top:m,width:g,height:x}=l.select,w=l.scales[r].ori,_=l.posToVal,b=null!=e&&n(e,r),v=null!=t&&s(t,u);b&&Qn?(0==w?(a=p,f=g):(a=m,f=x),c=vl[e],h=$l(_(a,r),c,i,0),d=$l(_(a+f,r),c,i,0),di(al(h,d),ol(d-h))):di(0,i),v&&li?(1==w?(a=p,f=g):(a=m,f=x),c=vl[t],h=ql(_(a,u),c,o,0),d=ql(_(a+f,u),c,o,0),pi(al(h,d),ol(d-h))):pi(0,o)}else yi()}else{let l=ol(Ln-Fn),e=ol(On-Rn);if(1==jl.ori){let t=l;l=e,e=t}Qn=Zn.x&&l>=Zn.dist,li=Zn.y&&e>=Zn.dist;let t,n,s=Zn.uni;null!=s?Qn&&li&&(Qn=l>=s,li=e>=s,Qn||li||(e>l?li=!0:Qn=!0)):Zn.x&&Zn.y&&(Qn||li)&&(Qn=li=!0),Qn&&(0==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),di(al(t,n),ol(n-t)),li||pi(0,o)),li&&(1==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),pi(al(t,n),ol(n-t)),Qn||di(0,i)),Qn||li||(di(0,0),pi(0,0))}if(Zn._x=Qn,Zn._y=li,null==l){if(t){if(null!=Ri){let[l,e]=Fi.scales;Fi.values[0]=null!=l?fi(0==jl.ori?Nn:jn,l):null,Fi.values[1]=null!=e?fi(1==jl.ori?Nn:jn,e):null}Ii(f,k,Nn,jn,Ie,Le,n)}if(Et){let l=t&&Fi.setSeries,e=Tt.prox;null==ui?si>e||oi(ri,ai,!0,l):si>e?oi(null,ai,!0,l):ri!=ui&&oi(ri,ai,!0,l)}}_t&&(ie.idx=n,mi()),!1!==e&&Ci("setCursor")}k.setLegend=mi;let wi=null;function _i(l=!1){l?wi=null:(wi=el.getBoundingClientRect(),Ci("syncRect",wi))}function bi(l,e,t,n,i,o){oe._lock||Xn&&null!=l&&0==l.movementX&&0==l.movementY||(vi(l,e,t,n,i,o,0,!1,null!=l),null!=l?xi(null,!0,!0):xi(e,!0,!1))}function vi(l,e,t,n,i,o,s,r,u){if(null==wi&&_i(!1),Mt(l),null!=l)t=l.clientX-wi.left,n=l.clientY-wi.top;else{if(0>t||0>n)return Nn=-10,void(jn=-10);let[l,s]=Fi.scales,r=e.cursor.sync,[u,a]=r.values,[f,c]=r.scales,[h,d]=Fi.match,p=e.axes[0].side%2==1,m=0==jl.ori?Ie:Le,g=1==jl.ori?Ie:Le,x=p?o:i,w=p?i:o,_=p?n:t,b=p?t:n;if(t=null!=f?h(l,f)?C(u,vl[l],m,0):-10:m*(_/x),n=null!=c?d(s,c)?C(a,vl[s],g,0):-10:g*(b/w),1==jl.ori){let l=t;t=n,n=l}}!u||null!=e&&e.cursor.event.type!=f||(t>1&&Ie-1>t||(t=zl(t,Ie)),n>1&&Le-1>n||(n=zl(n,Le))),r?(Fn=t,Rn=n,[Gn,In]=oe.move(k,t,n)):(Nn=t,jn=n)}Object.defineProperty(k,"rect",{get:()=>(null==wi&&_i(!1),wi)});const ki={width:0,height:0,left:0,top:0};function yi(){ni(ki,!1)}let Mi,Si,Ti,Ei;function zi(l,e,t,n,i,o){Xn=!0,Qn=li=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!0,!1),null!=l&&(Ce(h,b,Di,!1),Ii(c,k,Gn,In,Ie,Le,null));let{left:s,top:r,width:u,height:a}=ei;Mi=s,Si=r,Ti=u,Ei=a}function Di(l,e,t,n,i,o){Xn=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!1,!0);let{left:s,top:r,width:u,height:a}=ei,f=u>0||a>0,c=Mi!=s||Si!=r||Ti!=u||Ei!=a;if(f&&c&&ni(ei),Zn.setScale&&f&&c){let l=s,e=u,t=r,n=a;if(1==jl.ori&&(l=r,e=a,t=s,n=u),Qn&&ii(El,fi(l,El),fi(l+e,El)),li)for(let l in vl){let e=vl[l];l!=El&&null==e.from&&e.min!=gl&&ii(l,fi(t+n,l),fi(t,l))}yi()}else oe.lock&&(oe._lock=!oe._lock,xi(e,!0,null!=l));null!=l&&(He(h,b),Ii(h,k,Nn,jn,Ie,Le,null))}function Pi(l){oe._lock||(Mt(l),xn(),yi(),null!=l&&Ii(m,k,Nn,jn,Ie,Le,null))}function Ai(){xl.forEach(ln),vt(k.width,k.height,!0)}G(x,v,Ai);const Wi={};Wi.mousedown=zi,Wi.mousemove=bi,Wi.mouseup=Di,Wi.dblclick=Pi,Wi.setSeries=(l,e,t,n)=>{-1!=(t=(0,Fi.match[2])(k,e,t))&&oi(t,n,!0,!1)},re&&(Ce(c,el,zi),Ce(f,el,bi),Ce(d,el,(l=>{Mt(l),_i(!1)})),Ce(p,el,(function(l){if(oe._lock)return;Mt(l);let e=Xn;if(Xn){let l,e,t=!0,n=!0,i=10;0==jl.ori?(l=Qn,e=li):(l=li,e=Qn),l&&e&&(t=i>=Nn||Nn>=Ie-i,n=i>=jn||jn>=Le-i),l&&t&&(Nn=Gn>Nn?0:Ie),e&&n&&(jn=In>jn?0:Le),xi(null,!0,!0),Xn=!1}Nn=-10,jn=-10,te.fill(null),xi(null,!0,!0),e&&(Xn=e)})),Ce(m,el,Pi),It.add(k),k.syncRect=_i);const Yi=k.hooks=u.hooks||{};function Ci(l,e,t){Vn?Bn.push([l,e,t]):l in Yi&&Yi[l].forEach((l=>{l.call(null,k,e,t)}))}(u.plugins||[]).forEach((l=>{for(let e in l.hooks)Yi[e]=(Yi[e]||[]).concat(l.hooks[e])}));const Hi=(l,e,t)=>t,Fi=Bl({key:null,setSeries:!1,filters:{pub:Ml,sub:Ml},scales:[El,pl[1]?pl[1].scale:null],match:[Sl,Sl,Hi],values:[null,null]},oe.sync);2==Fi.match.length&&Fi.match.push(Hi),oe.sync=Fi;const Ri=Fi.key,Gi=dt(Ri);function Ii(l,e,t,n,i,o,s){Fi.filters.pub(l,e,t,n,i,o,s)&&Gi.pub(l,e,t,n,i,o,s)}function Li(){Ci("init",u,g),gn(g||u.data,!1),Kl[El]?Kn(El,Kl[El]):xn(),wt=ei.show&&(ei.width>0||ei.height>0),xt=_t=!0,vt(u.width,u.height)}return Gi.sub(k),k.pub=function(l,e,t,n,i,o,s){Fi.filters.sub(l,e,t,n,i,o,s)&&Wi[l](null,e,t,n,i,o,s)},k.destroy=function(){Gi.unsub(k),It.delete(k),Pe.clear(),I(x,v,Ai),R.remove(),ce?.remove(),Ci("destroy")},pl.forEach(Yt),xl.forEach((function(l,e){if(l._show=l.show,l.show){let t=vl[l.scale];null==t&&(l.scale=l.side%2?pl[1].scale:El,t=vl[l.scale]);let n=t.time;l.size=bl(l.size),l.space=bl(l.space),l.rotate=bl(l.rotate),Gl(l.incrs)&&l.incrs.forEach((l=>{!Wl.has(l)&&Wl.set(l,Yl(l))})),l.incrs=bl(l.incrs||(2==t.distr?ae:n?1==hl?ke:Se:fe)),l.splits=bl(l.splits||(n&&1==t.distr?Ql:3==t.distr?Je:4==t.distr?qe:$e)),l.stroke=bl(l.stroke),l.grid.stroke=bl(l.grid.stroke),l.ticks.stroke=bl(l.ticks.stroke),l.border.stroke=bl(l.border.stroke);let i=l.values;l.values=Gl(i)&&!Gl(i[0])?bl(i):n?Gl(i)?De(Xl,ze(i,Zl)):Ll(i)?function(l,e){let t=ne(e);return(e,n)=>n.map((e=>t(l(e))))}(Xl,i):i||le:i||Be,l.filter=bl(l.filter||(3>t.distr||10!=t.log?3==t.distr&&2==t.log?tt:kl:et)),l.font=Qt(l.font),l.labelFont=Qt(l.labelFont),l._size=l.size(k,null,e,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Ct[e]=!0,l._el=D("u-axis",X))}})),_?_ instanceof HTMLElement?(_.appendChild(R),Li()):_(k,Li):Li(),k}en.assign=Bl,en.fmtNum=tl,en.rangeNum=Z,en.rangeLog=B,en.rangeAsinh=$,en.orient=pt,en.pxRatio=y,en.join=function(l,e){if(function(l){let e=l[0][0],t=e.length;for(let n=1;l.length>n;n++){let i=l[n][0];if(i.length!=t)return!1;if(i!=e)for(let l=0;t>l;l++)if(i[l]!=e[l])return!1}return!0}(l)){let e=l[0].slice();for(let t=1;l.length>t;t++)e.push(...l[t].slice(1));return function(l,e=100){const t=l.length;if(1>=t)return!0;let n=0,i=t-1;for(;i>=n&&null==l[n];)n++;for(;i>=n&&null==l[i];)i--;if(n>=i)return!0;const o=fl(1,sl((i-n+1)/e));for(let e=l[n],t=n+o;i>=t;t+=o){const n=l[t];if(null!=n){if(e>=n)return!1;e=n}}return!0}(e[0])||(e=function(l){let e=l[0],t=e.length,n=Array(t);for(let l=0;n.length>l;l++)n[l]=l;n.sort(((l,t)=>e[l]-e[t]));let i=[];for(let e=0;l.length>e;e++){let o=l[e],s=Array(t);for(let l=0;t>l;l++)s[l]=o[n[l]];i.push(s)}return i}(e)),e}let t=new Set;for(let e=0;l.length>e;e++){let n=l[e][0],i=n.length;for(let l=0;i>l;l++)t.add(n[l])}let n=[Array.from(t).sort(((l,e)=>l-e))],i=n[0].length,o=new Map;for(let l=0;i>l;l++)o.set(n[0][l],l);for(let t=0;l.length>t;t++){let s=l[t],r=s[0];for(let l=1;s.length>l;l++){let u=s[l],a=Array(i).fill(void 0),f=e?e[t][l]:1,c=[];for(let l=0;u.length>l;l++){let e=u[l],t=o.get(r[l]);null===e?0!=f&&(a[t]=e,2==f&&c.push(t)):a[t]=e}$l(a,c,i),n.push(a)}}return n},en.fmtDate=ne,en.tzDate=function(l,e){let t;return"UTC"==e||"Etc/UTC"==e?t=new Date(+l+6e4*l.getTimezoneOffset()):e==ie?t=l:(t=new Date(l.toLocaleString("en-US",{timeZone:e})),t.setMilliseconds(l.getMilliseconds())),t},en.sync=dt;{en.addGap=function(l,e,t){let n=l[l.length-1];n&&n[0]==e?n[1]=t:l.push([e,t])},en.clipGaps=wt;let l=en.paths={points:Wt};l.linear=Ft,l.stepped=function(l){const e=Q(l.align,1),t=Q(l.ascDesc,!1),n=Q(l.alignGaps,0),i=Q(l.extend,!1);return(l,o,s,r)=>pt(l,o,((u,a,f,c,h,d,p,m,g,x,w)=>{[s,r]=U(f,s,r);let _=u.pxRound,{left:b,width:v}=l.bbox,k=l=>_(d(l,c,x,m)),M=l=>_(p(l,h,w,g)),S=0==c.ori?Mt:St;const T={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},E=T.stroke,z=c.dir*(0==c.ori?1:-1);let D=M(f[1==z?s:r]),P=k(a[1==z?s:r]),A=P,W=P;i&&-1==e&&(W=b,S(E,W,D)),S(E,P,D);for(let l=1==z?s:r;l>=s&&r>=l;l+=z){let t=f[l];if(null==t)continue;let n=k(a[l]),i=M(t);1==e?S(E,n,D):S(E,A,i),S(E,n,i),D=i,A=n}let Y=A;i&&1==e&&(Y=b+v,S(E,Y,D));let[C,H]=mt(l,o);if(null!=u.fill||0!=C){let e=T.fill=new Path2D(E),t=M(u.fillTo(l,o,u.min,u.max,C));S(e,Y,t),S(e,W,t)}if(!u.spanGaps){let i=[];i.push(..._t(a,f,s,r,z,k,n));let h=u.width*y/2,d=t||1==e?h:-h,p=t||-1==e?-h:h;i.forEach((l=>{l[0]+=d,l[1]+=p})),T.gaps=i=u.gaps(l,o,s,r,i),T.clip=wt(i,c.ori,m,g,x,w)}return 0!=H&&(T.band=2==H?[xt(l,o,s,r,E,-1),xt(l,o,s,r,E,1)]:xt(l,o,s,r,E,H)),T}))},l.bars=function(l){const e=Q((l=l||Hl).size,[.6,gl,1]),t=l.align||0,n=l.gap||0;let i=l.radius;i=null==i?[0,0]:"number"==typeof i?[i,0]:i;const o=bl(i),s=1-e[0],r=Q(e[1],gl),u=Q(e[2],1),a=Q(l.disp,Hl),f=Q(l.each,(()=>{})),{fill:c,stroke:h}=a;return(l,e,i,d)=>pt(l,e,((p,m,g,x,w,_,b,v,k,M,S)=>{let T,E,z=p.pxRound,D=t,P=n*y,A=r*y,W=u*y;0==x.ori?[T,E]=o(l,e):[E,T]=o(l,e);const Y=x.dir*(0==x.ori?1:-1);let C,H,F,R=0==x.ori?Tt:Et,G=0==x.ori?f:(l,e,t,n,i,o,s)=>{f(l,e,t,i,n,s,o)},I=Q(l.bands,Fl).find((l=>l.series[0]==e)),L=p.fillTo(l,e,p.min,p.max,null!=I?I.dir:0),O=z(b(L,w,S,k)),N=M,j=z(p.width*y),U=!1,V=null,B=null,$=null,J=null;null==c||0!=j&&null==h||(U=!0,V=c.values(l,e,i,d),B=new Map,new Set(V).forEach((l=>{null!=l&&B.set(l,new Path2D)})),j>0&&($=h.values(l,e,i,d),J=new Map,new Set($).forEach((l=>{null!=l&&J.set(l,new Path2D)}))));let{x0:q,size:K}=a;if(null!=q&&null!=K){D=1,m=q.values(l,e,i,d),2==q.unit&&(m=m.map((e=>l.posToVal(v+e*M,x.key,!0))));let t=K.values(l,e,i,d);H=2==K.unit?t[0]*M:_(t[0],x,M,v)-_(0,x,M,v),N=Rt(m,g,_,x,M,v,N),F=N-H+P}else N=Rt(m,g,_,x,M,v,N),F=N*s+P,H=N-F;1>F&&(F=0),H/2>j||(j=0),5>F&&(z=vl);let X=F>0;H=z(wl(N-F-(X?j:0),W,A)),C=(0==D?H/2:D==Y?0:H)-D*Y*((0==D?P/2:0)+(X?j/2:0));const Z={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ll=U?null:new Path2D;let el=null;if(null!=I)el=l.data[I.series[1]];else{let{y0:t,y1:n}=a;null!=t&&null!=n&&(g=n.values(l,e,i,d),el=t.values(l,e,i,d))}let tl=T*H,nl=E*H;for(let t=1==Y?i:d;t>=i&&d>=t;t+=Y){let n=g[t];if(null==n)continue;if(null!=el){let l=el[t]??0;if(n-l==0)continue;O=b(l,w,S,k)}let i=_(2!=x.distr||null!=a?m[t]:t,x,M,v),o=b(Q(n,L),w,S,k),s=z(i-C),r=z(fl(o,O)),u=z(al(o,O)),f=r-u;if(null!=n){let i=0>n?nl:tl,o=0>n?tl:nl;U?(j>0&&null!=$[t]&&R(J.get($[t]),s,u+sl(j/2),H,fl(0,f-j),i,o),null!=V[t]&&R(B.get(V[t]),s,u+sl(j/2),H,fl(0,f-j),i,o)):R(ll,s,u+sl(j/2),H,fl(0,f-j),i,o),G(l,e,t,s-j/2,u,H+j,f)}}return j>0?Z.stroke=U?J:ll:U||(Z._fill=0==p.width?p._fill:p._stroke??p._fill,Z.width=0),Z.fill=U?B:ll,Z}))},l.spline=function(l){return function(l,e){const t=Q(e?.alignGaps,0);return(e,n,i,o)=>pt(e,n,((s,r,u,a,f,c,h,d,p,m,g)=>{[i,o]=U(u,i,o);let x,w,_,b=s.pxRound,v=l=>b(c(l,a,m,d)),k=l=>b(h(l,f,g,p));0==a.ori?(x=kt,_=Mt,w=Pt):(x=yt,_=St,w=At);const y=a.dir*(0==a.ori?1:-1);let M=v(r[1==y?i:o]),S=M,T=[],E=[];for(let l=1==y?i:o;l>=i&&o>=l;l+=y)if(null!=u[l]){let e=v(r[l]);T.push(S=e),E.push(k(u[l]))}const z={stroke:l(T,E,x,_,w,b),fill:null,clip:null,band:null,gaps:null,flags:1},D=z.stroke;let[P,A]=mt(e,n);if(null!=s.fill||0!=P){let l=z.fill=new Path2D(D),t=k(s.fillTo(e,n,s.min,s.max,P));_(l,S,t),_(l,M,t)}if(!s.spanGaps){let l=[];l.push(..._t(r,u,i,o,y,v,t)),z.gaps=l=s.gaps(e,n,i,o,l),z.clip=wt(l,a.ori,d,p,m,g)}return 0!=A&&(z.band=2==A?[xt(e,n,i,o,D,-1),xt(e,n,i,o,D,1)]:xt(e,n,i,o,D,A)),z}))}(Gt,l)}}return en}();\n',
    'uPlot.min.css': '.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}',
};

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/history/runner.ts
var runner = __webpack_require__(59444);
// EXTERNAL MODULE: ./src/stats/change-points.ts
var change_points = __webpack_require__(32411);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
// EXTERNAL MODULE: ./src/report/anchor.ts
var report_anchor = __webpack_require__(94501);
;// CONCATENATED MODULE: ./src/dashboard/data.ts





const DATA_VERSION = 1;
/** Only an http(s) address without credentials, normalized, may become a link. */
function safeRepoUrl(url) {
    if (!url)
        return null;
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return null;
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password)
        return null;
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
/**
 * Four significant digits, and every integer digit: what the page shows, one digit more than the PR
 * comment's three, so the chart, the tooltip and the table agree with the report.
 */
function roundValue(x) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    const decimals = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));
    return Number(x.toFixed(Math.min(decimals, 20)));
}
function seconds(iso) {
    const ms = Date.parse(iso);
    return Number.isFinite(ms) ? Math.round(ms / 1000) : 0;
}
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function dashboardData(histories, options = {}) {
    const commits = [];
    const commitIndex = new Map();
    const runners = [];
    const runnerIndex = new Map();
    const intern = (list, index, key) => {
        let i = index.get(key);
        if (i === undefined) {
            i = list.length;
            list.push(key);
            index.set(key, i);
        }
        return i;
    };
    // Suites in name order; one history per suite (a later one of the same name is merged run by run).
    const bySuite = new Map();
    for (const h of histories)
        bySuite.set(h.suite, [...(bySuite.get(h.suite) ?? []), ...h.runs]);
    const suites = [...bySuite.entries()]
        .sort((a, b) => byText(a[0], b[0]))
        .map(([name, runs]) => {
        const c = runs.map((r) => intern(commits, commitIndex, r.commit));
        const t = runs.map((r) => seconds(r.timestamp));
        const r = runs.map((run) => run.runner ? intern(runners, runnerIndex, (0,runner/* describeRunner */.Yg)(run.runner)) : -1);
        const rc = [];
        let kind;
        runs.forEach((run, i) => {
            const k = (0,runner/* runnerKind */.Tz)(run.runner);
            if (k === undefined)
                return;
            if (kind !== undefined && k !== kind)
                rc.push(i);
            kind = k;
        });
        // Every series of the suite, with its values per run.
        const found = new Map();
        const values = new Map();
        runs.forEach((run, i) => {
            for (const s of run.series) {
                if (!Number.isFinite(s.value))
                    continue;
                const id = (0,model/* seriesId */.hG)(s);
                if (!found.has(id)) {
                    found.set(id, {
                        name: s.name,
                        metric: s.metric,
                        unit: s.unit,
                        smaller: s.direction !== 'bigger',
                    });
                    values.set(id, new Array(runs.length));
                }
                // The newest run decides unit and direction, as the analysis does.
                const meta = found.get(id);
                meta.unit = s.unit;
                meta.smaller = s.direction !== 'bigger';
                values.get(id)[i] = s.value;
            }
        });
        const ids = [...found.keys()].sort((a, b) => byText(a, b));
        const series = ids.map((id) => {
            const meta = found.get(id);
            const raw = values.get(id);
            const present = [];
            const at = [];
            raw.forEach((x, i) => {
                if (x !== undefined) {
                    present.push(x);
                    at.push(i);
                }
            });
            const scale = (0,units/* scaleOf */._K)(meta.unit, present);
            return {
                id: (0,report_anchor/* seriesAnchor */.r)(name, meta.name, meta.metric),
                n: meta.name,
                m: meta.metric,
                u: scale.label,
                s: meta.smaller ? 1 : 0,
                v: raw.map((x) => (x === undefined ? null : roundValue(x / scale.divisor))),
                cp: (0,change_points/* changePoints */.U)(present).map((p) => at[p.index]),
            };
        });
        return { name, runs: { c, t, r, rc }, series };
    });
    return { v: DATA_VERSION, repo: safeRepoUrl(options.repoUrl), commits, runners, suites };
}

// EXTERNAL MODULE: ./src/report/dashboard-links.ts
var dashboard_links = __webpack_require__(23154);
;// CONCATENATED MODULE: ./src/dashboard/index.ts





const PLACEHOLDER = '@@BENCHGATE_DATA@@';
/** JSON that is inert inside an HTML <script> element. */
function embedJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** The site's files, by name, in name order. */
function buildDashboard(histories, options = {}) {
    const data = embedJson(dashboardData(histories, options));
    const files = {};
    for (const name of Object.keys(ASSETS).sort()) {
        const text = ASSETS[name];
        files[name] = name === 'index.html' ? text.split(PLACEHOLDER).join(data) : text;
    }
    return files;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/dashboard/folder.ts
/** The site on disk: each file written beside its final name and renamed, so a reader never sees half. */


/** Write the site into `dir` (created when missing); returns the files written. */
function writeDashboard(dir, files) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    return Object.entries(files).map(([name, text]) => {
        const file = external_node_path_.join(dir, name);
        const tmp = `${file}.tmp-${process.pid}`;
        external_node_fs_.writeFileSync(tmp, text);
        external_node_fs_.renameSync(tmp, file);
        return file;
    });
}

;// CONCATENATED MODULE: ./src/dashboard/write.ts
/**
 * The dashboard on disk and as an artifact: the action's `dashboard` input and the CLI write the site
 * that `buildDashboard` returns into a folder; on GitHub the action also uploads that folder as the
 * artifact `benchgate-dashboard-<suite>` (`mode: report`: one site of every suite, see below) (through @actions/artifact, as the history's artifact store
 * does). Failures here are warnings: a dashboard never decides a verdict.
 */





function dashboardArtifactName(suite) {
    return `benchgate-dashboard-${suite}`;
}
/** The repository's web address from the run's context, for commit links. */
function repoUrlOf(ctx) {
    return ctx.repository ? `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}` : undefined;
}
async function upload(d, name, files, dir) {
    if (!d.env.ACTIONS_RUNTIME_TOKEN || !d.env.ACTIONS_RESULTS_URL) {
        d.log(`benchgate: not on GitHub Actions, so the dashboard was not uploaded as ${name}`);
        return [];
    }
    const timeoutMs = (0,toolkit/* storeTimeoutMs */.$t)(d.env);
    // Loaded only by the runs that write a dashboard (and so never at startup).
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(251), __webpack_require__.e(110), __webpack_require__.e(351), __webpack_require__.e(991), __webpack_require__.e(482)]).then(__webpack_require__.bind(__webpack_require__, 36482));
    const client = new DefaultArtifactClient();
    const send = () => client.uploadArtifact(name, files, dir, { retentionDays: d.config.retentionDays });
    let call = await (0,toolkit/* callToolkit */.L7)(send, timeoutMs);
    // A re-run attempt finds its first attempt's artifact under the same name: replace it.
    if (!call.value && /already exists|\(409\)/i.test(call.error ?? '')) {
        await (0,toolkit/* callToolkit */.L7)(() => client.deleteArtifact(name), timeoutMs);
        call = await (0,toolkit/* callToolkit */.L7)(send, timeoutMs);
    }
    if (call.value?.id !== undefined) {
        d.log(`benchgate: dashboard uploaded as artifact ${name} (id ${call.value.id})`);
        return [];
    }
    const problem = call.timedOut
        ? `no answer within ${Math.round(timeoutMs / 1000)} s`
        : (call.error ?? call.problems[0] ?? 'unknown error');
    return [
        { kind: 'store', message: `The dashboard was not uploaded as ${name}: ${problem.split('\n')[0]}.` },
    ];
}
/** Write the site of `histories` into `dir` and upload it as `name`; failures are warnings. */
async function publish(d, dir, histories, name) {
    try {
        const files = writeDashboard(dir, buildDashboard(histories, { repoUrl: repoUrlOf(d.ctx) }));
        const runs = histories.reduce((n, h) => n + h.runs.length, 0);
        const of = histories.length > 1 ? ` (${histories.length} suites)` : '';
        d.log(`benchgate: dashboard of ${runs} run(s)${of} written to ${dir}`);
        return await upload(d, name, files, dir);
    }
    catch (e) {
        return [{ kind: 'store', message: `The dashboard was not written to ${dir}: ${(0,toolkit/* errorText */.kc)(e)}.` }];
    }
}
/**
 * After a base-branch run saved its history: write the dashboard of that history (with the new run)
 * into the `dashboard` folder and upload it as `benchgate-dashboard-<suite>`.
 */
async function publishDashboard(d, history) {
    if (!d.config.dashboard)
        return [];
    return publish(d, external_node_path_.resolve(d.cwd, d.config.dashboard), [history], dashboardArtifactName(history.suite));
}
/**
 * `mode: report`: one site for every suite the report job saved, with the dashboard's suite filter, in
 * the `dashboard` folder, uploaded as `benchgate-dashboard-<key>` (the report job's `suite`). One site
 * means one `dashboard-url` serves every suite's links, since anchors include the suite.
 */
async function publishCombinedDashboard(d, histories, key) {
    if (!d.config.dashboard || histories.length === 0)
        return [];
    // The order artifacts were listed in is not the suites' order: sort by name, for the same site.
    const sorted = [...histories].sort((a, b) => (a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0));
    return publish(d, external_node_path_.resolve(d.cwd, d.config.dashboard), sorted, dashboardArtifactName(key));
}


/***/ }),

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ artifactListing)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);

function artifactListing(github, o) {
    return {
        async *pages({ owner, repo, name, token }) {
            const gh = await github({ token, apiUrl: o.apiUrl, log: o.log });
            for await (const page of gh.paginate.iterator(gh.rest.actions.listArtifactsForRepo, {
                owner,
                repo,
                name,
                per_page: 100,
            }))
                yield page.data;
        },
        async runEvent({ owner, repo, runId, token }) {
            const gh = await github({ token, apiUrl: o.apiUrl, log: o.log });
            const r = await gh.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
            return String(r.data.event);
        },
        explain: (e) => ({ status: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(e), message: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiError */ .pb)(e) }),
    };
}


/***/ }),

/***/ 50765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XZ: () => (/* binding */ compareRun),
  ug: () => (/* binding */ failsStep),
  oI: () => (/* binding */ parseRuns),
  Ug: () => (/* binding */ readFileOrUndefined),
  P3: () => (/* binding */ toRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/config/index.ts + 6 modules
var src_config = __webpack_require__(3440);
// EXTERNAL MODULE: ./src/results.ts + 1 modules
var results = __webpack_require__(61297);
// EXTERNAL MODULE: ./src/history/index.ts + 2 modules
var src_history = __webpack_require__(69643);
// EXTERNAL MODULE: ./src/stats/index.ts + 7 modules
var stats = __webpack_require__(26204);
// EXTERNAL MODULE: ./src/analyze/decide.ts
var decide = __webpack_require__(52886);
// EXTERNAL MODULE: ./src/analyze/evidence.ts
var analyze_evidence = __webpack_require__(81739);
// EXTERNAL MODULE: ./src/analyze/text.ts
var analyze_text = __webpack_require__(65217);
;// CONCATENATED MODULE: ./src/analyze/stability.ts


/** A spread this many times the history's typical within-run spread (and at least 1%) is unstable. */
const SPREAD_FACTOR = 3;
const MIN_SPREAD = 0.01;
/** History runs with samples needed before a spread is called high for this series. */
const MIN_HISTORY_SETS = 3;
/** Above this many samples the checks look at every k-th sample (order kept). */
const MAX_ORDERED = 20_000;
function logsOf(samples) {
    if (samples.length < stats/* MIN_STABILITY_SAMPLES */.TK)
        return undefined;
    const out = new Float64Array(samples.length);
    for (let i = 0; i < samples.length; i++) {
        if (!(samples[i] > 0) || !Number.isFinite(samples[i]))
            return undefined;
        out[i] = Math.log(samples[i]);
    }
    return out;
}
/** Every k-th value, in order, so that at most MAX_ORDERED remain (a systematic subsample). */
function decimate(v) {
    if (v.length <= MAX_ORDERED)
        return v;
    const step = Math.ceil(v.length / MAX_ORDERED);
    const out = new Float64Array(Math.ceil(v.length / step));
    for (let i = 0, j = 0; i < v.length; i += step)
        out[j++] = v[i];
    return out;
}
/** The sample sets of a series' runs: its replicates, else its own samples. */
function sampleSets(s) {
    if (s.runs && s.runs.length > 0)
        return s.runs.flatMap((r) => (r.samples ? [r.samples] : []));
    return s.samples ? [s.samples] : [];
}
/** Findings, one phrase each ("head run: two modes, 30% of samples 25% slower"); empty when stable. */
function instability(si) {
    const found = [];
    const worse = si.current.metric === 'time' ? 'slower' : 'higher';
    const history = si.history
        .map((h) => (h.series.samples ? logsOf(h.series.samples) : undefined))
        .filter((l) => l !== undefined)
        .map((l) => (0,stats/* logSpread */.WD)(decimate(l)));
    const typical = history.length >= MIN_HISTORY_SETS ? (0,stats/* median */.JZ)(history) : undefined;
    const sides = [
        ['head', si.current],
        ['base', si.sameJob],
    ];
    for (const [side, s] of sides) {
        if (!s)
            continue;
        const sets = sampleSets(s);
        sets.forEach((samples, i) => {
            const logs = logsOf(samples);
            if (!logs)
                return;
            const which = sets.length > 1 ? `${side} run ${i + 1}` : `${side} run`;
            // Above MAX_ORDERED samples the checks see a systematic subsample: modes, drift and spread of a
            // large run show in 20,000 of its samples as well as in all of them.
            const sub = decimate(logs);
            const modes = (0,stats/* bimodality */.hF)(sub);
            if (modes)
                found.push(`${which}: two modes, ${(0,analyze_text/* size */.Ej)(modes.share)} of samples ${(0,analyze_text/* size */.Ej)(modes.gap)} ${worse} than the rest`);
            const trend = (0,stats/* drift */.UL)(sub);
            if (trend)
                found.push(`${which}: drift of ${(0,analyze_text/* signed */.x8)(trend.change)} from its first third to its last`);
            if (typical !== undefined && side === 'head') {
                const spread = (0,stats/* logSpread */.WD)(sub);
                if (spread >= MIN_SPREAD && spread > SPREAD_FACTOR * typical)
                    found.push(`${which}: sample spread ±${(0,analyze_text/* size */.Ej)(Math.expm1(spread))}, ${(spread / typical).toFixed(1)}× its history's ±${(0,analyze_text/* size */.Ej)(Math.expm1(typical))}`);
            }
        });
    }
    return found;
}

// EXTERNAL MODULE: ./src/analyze/verdicts.ts
var analyze_verdicts = __webpack_require__(85184);
;// CONCATENATED MODULE: ./src/analyze/index.ts









const ANALYSIS_DEFAULTS = {
    changePoints: { window: stats/* CHANGE_POINT_DEFAULTS */.r_.window, p: stats/* CHANGE_POINT_DEFAULTS */.r_.p },
    runnerNoise: 0.25,
    insufficientData: 'warn',
};
/**
 * Scratch buffers for the bootstrap, kept between calls: a suite reuses one pair for all its series, and
 * a caller analysing many small suites does not allocate 240 kB per call. analyze() is synchronous, so
 * nothing else can be using them meanwhile.
 */
let scratchBuffers;
function scratch(B) {
    if (!scratchBuffers || scratchBuffers.buffer.length < B)
        scratchBuffers = { buffer: new Float64Array(B), randomBuffer: new Uint32Array(2 * B) };
    return scratchBuffers;
}
const MODE_RANK = { ab: -1, 'same-job': 0, history: 1, threshold: 2, none: 3 };
function analyze(input) {
    const settings = input.settings;
    const warnings = [];
    const baseRun = input.baselineRun;
    const runs = input.history?.runs ?? [];
    // Index the baselines by series id once: suites have thousands of series and hundreds of runs.
    const sameJob = new Map();
    for (const s of baseRun?.series ?? [])
        sameJob.set((0,model/* seriesId */.hG)(s), s);
    const history = new Map();
    for (const run of runs)
        for (const s of run.series) {
            const id = (0,model/* seriesId */.hG)(s);
            const list = history.get(id);
            if (list)
                list.push({ run, series: s });
            else
                history.set(id, [{ run, series: s }]);
        }
    if (!baseRun && runs.length === 0)
        warnings.push({
            kind: 'baseline-unavailable',
            message: 'No baseline yet: this run is reported, not compared.',
            hint: 'The history fills on pushes to the base branch; or set `baseline-output` to compare with the base commit in the same job.',
        });
    // Serial correlation within runs, pooled over every sample set of this run and the same-job baseline.
    const sets = [];
    for (const s of [...input.current.series, ...(baseRun?.series ?? [])])
        if (s.samples && s.samples.every((x) => x > 0))
            sets.push(Float64Array.from(s.samples, Math.log));
    const correlation = (0,stats/* pooledAutocorrelation */.LG)(sets);
    if (correlation.rho >= 0.1)
        warnings.push({
            kind: 'autocorrelated',
            message: `Samples within a run are serially correlated (lag-1 ≈ ${correlation.rho.toFixed(2)} across ${correlation.sets} sample sets): intervals and p-values were widened to account for it.`,
            hint: 'Interleave base and head runs (ABAB…) or shuffle the benchmark order to reduce it.',
        });
    const B = settings.resamples;
    const ctx = {
        seed: input.seed,
        resamples: B,
        changePoints: settings.changePoints ?? ANALYSIS_DEFAULTS.changePoints,
        runnerNoise: settings.runnerNoise ?? ANALYSIS_DEFAULTS.runnerNoise,
        rho: correlation.rho,
        ...scratch(B),
    };
    const items = [];
    const verdicts = [];
    const seen = new Set();
    const statisticWarnings = new Map();
    for (const cur of input.current.series) {
        const id = (0,model/* seriesId */.hG)(cur);
        seen.add(id);
        const rule = input.ruleFor(cur);
        const direction = rule.direction ?? cur.direction;
        const shell = {
            name: cur.name,
            metric: cur.metric,
            unit: cur.unit,
            direction,
            status: 'unchanged',
            verdict: 'pass',
            mode: 'none',
            current: (0,stats/* median */.JZ)((0,analyze_evidence/* valuesOf */.sm)(cur)),
            reason: '',
            warnings: [],
        };
        if (rule.ignore) {
            verdicts.push({ ...shell, status: 'ignored', reason: 'ignored by the configuration' });
            continue;
        }
        const base = sameJob.get(id);
        const past = history.get(id) ?? [];
        const changed = unitChange(cur, base ?? past[past.length - 1]?.series);
        if (changed) {
            verdicts.push({ ...shell, ...changed });
            continue;
        }
        const si = {
            current: cur,
            id,
            rule,
            direction,
            sameJob: base,
            // Runs in another unit are another quantity: never compared (issue 10).
            history: past.filter((h) => h.series.unit === cur.unit),
        };
        const statistic = statisticChange(cur, base ?? past[past.length - 1]?.series);
        if (statistic)
            statisticWarnings.set(id, statistic);
        const evidence = (0,analyze_evidence/* evaluate */._3)(si, ctx);
        if (!evidence) {
            const limit = (0,analyze_verdicts/* checkLimits */.J5)(shell.current, rule, cur.unit);
            verdicts.push({
                ...shell,
                status: 'new',
                reason: 'no baseline for this benchmark yet',
                ...(limit ?? {}),
            });
            continue;
        }
        const unstable = evidence.method === 'exact' || evidence.method === 'threshold' ? [] : instability(si);
        items.push({ input: si, evidence, ...(unstable.length ? { unstable } : {}) });
    }
    for (const v of (0,decide/* decideAll */.k)(items, input))
        verdicts.push(v);
    for (const v of verdicts) {
        const w = statisticWarnings.get((0,model/* seriesId */.hG)(v));
        if (w)
            v.warnings.push(w);
    }
    // Absolute limits fail regardless of the comparison.
    for (const v of verdicts) {
        if (v.status === 'ignored' || v.status === 'new' || v.current === undefined)
            continue;
        const rule = input.ruleFor(v);
        const limit = (0,analyze_verdicts/* checkLimits */.J5)(v.current, rule, v.unit);
        if (limit)
            Object.assign(v, limit, { reason: `${limit.reason}; ${v.reason}` });
    }
    const lastBase = baseRun?.series ?? runs[runs.length - 1]?.series ?? [];
    for (const s of lastBase) {
        if (seen.has((0,model/* seriesId */.hG)(s)))
            continue;
        verdicts.push({
            name: s.name,
            metric: s.metric,
            unit: s.unit,
            direction: s.direction,
            status: 'missing',
            verdict: 'pass',
            mode: 'none',
            baseline: s.value,
            reason: 'in the baseline but not in this run',
            warnings: [],
        });
    }
    const shift = globalShift(verdicts);
    if (shift) {
        warnings.push({
            kind: 'global-shift',
            message: `${shift.moved} of ${shift.of} compared series moved the same way (median ${(0,analyze_text/* signed */.x8)(shift.change)}): a runner or global shift is more likely than that many separate changes.`,
            hint: 'Rerun the job, or compare on one runner with `baseline-output`; if the code changed something shared (compiler flags, runtime, allocator), this is real.',
        });
        discountShift(verdicts, shift.change, input);
    }
    const sorted = (0,analyze_verdicts/* sortVerdicts */.Zf)(verdicts);
    let mode = 'none';
    for (const v of sorted)
        if (MODE_RANK[v.mode] < MODE_RANK[mode])
            mode = v.mode;
    return {
        suite: input.suite,
        verdict: (0,analyze_verdicts/* suiteOutcome */.rn)(sorted),
        mode,
        counts: (0,analyze_verdicts/* countVerdicts */.qX)(sorted),
        series: sorted,
        warnings,
        settings,
        baselineCommit: baseRun?.commit ?? runs[runs.length - 1]?.commit,
        baselineRuns: baseRun ? 1 : runs.length,
        ...(shift ? { globalShift: { change: shift.change } } : {}),
    };
}
/**
 * A series whose baseline has another unit (MB/s → ops/s under the same name and metric) measures
 * something else now: reported as such, never compared. Units are canonical (src/units.ts), so ns and ms
 * of one quantity never differ here.
 */
function unitChange(cur, base) {
    if (!base || base.unit === cur.unit)
        return undefined;
    return {
        unitChanged: { from: base.unit, to: cur.unit },
        reason: `unit changed from ${base.unit} to ${cur.unit}: not compared`,
        warnings: [
            {
                kind: 'unit-changed',
                message: 'Some series changed their unit since the baseline: they are reported, not compared.',
                hint: 'A unit change usually means the benchmark now measures something else; the comparison resumes once the baseline has the new unit.',
            },
        ],
    };
}
/**
 * A console output that prints only the mean (vitest, tinybench v2, mitata: `statistic: 'mean'`) against
 * a baseline read from the JSON (the median), or the reverse: the two are compared, since they measure the
 * same code, but a skewed benchmark's mean and median differ by more than a threshold, so the report says
 * that the change may be the statistic's, not the code's.
 */
function statisticChange(cur, base) {
    const name = (s) => (s.statistic === 'mean' ? 'the mean' : "the tool's median");
    if (!base || (cur.statistic === 'mean') === (base.statistic === 'mean'))
        return undefined;
    return {
        kind: 'statistic-changed',
        message: `Some series hold ${name(cur)} now and ${name(base)} in the baseline (a console output compared with a JSON one): their change mixes the two statistics.`,
        hint: 'Keep one output of the tool for the comparison: its JSON export gives the median and the samples.',
    };
}
/**
 * Under a suite-wide shift (an outlying runner, a runner image update too recent for change-point
 * detection) many series cross the warn threshold together, and each warn is a false alarm about that
 * series. A warn or an improvement that does not stand out from the shared move by the warn threshold
 * is therefore reported as moving with the suite. Fails are never discounted: they are decided on the
 * raw change, so a real suite-wide regression beyond the fail bound still fails, and the shift itself
 * is reported either way.
 */
function discountShift(verdicts, shift, input) {
    for (const v of verdicts) {
        if (v.change === undefined || !Number.isFinite(v.change) || v.verdict === 'fail' || v.limit)
            continue;
        const worse = v.status === 'regression' && v.verdict === 'warn';
        const better = v.status === 'improvement';
        if (!worse && !better)
            continue;
        // The series' own change once the shared move is taken out, on the ratio scale.
        const residual = (1 + v.change) / (1 + shift) - 1;
        const threshold = input.ruleFor(v).warnThreshold;
        if (worse ? residual >= threshold : residual <= -threshold)
            continue;
        v.status = 'unchanged';
        v.verdict = 'pass';
        v.severity = undefined;
        v.reason = `moved with the suite-wide shift of ${(0,analyze_text/* signed */.x8)(shift)} (${(0,analyze_text/* signed */.x8)(residual)} beyond it, under the ${(0,analyze_text/* pct */.Oe)(threshold)} warn threshold); ${v.reason}`;
    }
}
/**
 * "Most series moved together": at least 5 statistically compared series, at least three quarters of
 * them on one side, a sign test across series at p < 0.01, and a median change of at least 2%.
 */
function globalShift(verdicts) {
    const changes = verdicts
        .filter((v) => (v.method === 'bootstrap' ||
        v.method === 'history' ||
        v.method === 'history-two-sample' ||
        v.method === 'one-run' ||
        v.method === 'replicates') &&
        Number.isFinite(v.change))
        .map((v) => Math.log1p(v.change));
    const n = changes.length;
    if (n < 5)
        return undefined;
    const up = changes.filter((c) => c > 0).length;
    const down = changes.filter((c) => c < 0).length;
    const moved = Math.max(up, down);
    const mid = (0,stats/* median */.JZ)(changes);
    const p = Math.min(1, 2 * (0,stats/* binomialUpperTail */.Yw)(n, 0.5, moved));
    if (moved < 0.75 * n || p >= 0.01 || Math.abs(mid) < Math.log(1.02))
        return undefined;
    return { change: Math.expm1(mid), moved, of: n };
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/dashboard/write.ts + 4 modules
var write = __webpack_require__(75430);
;// CONCATENATED MODULE: ./src/modes/shared.ts
/**
 * What every mode shares: the world it runs in (`Deps`), reading this run's results, comparing one suite
 * with its baseline, and the exit rule. main.ts only picks the mode; the modes import this module,
 * never main.ts.
 */









/** Does this verdict fail the step under `fail-on`? */
function failsStep(verdict, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warn')
        return verdict !== 'pass';
    return verdict === 'fail';
}
function readFileOrUndefined(cwd) {
    return (p) => {
        try {
            return external_node_fs_.readFileSync(external_node_path_.resolve(cwd, p), 'utf8');
        }
        catch {
            return undefined;
        }
    };
}
function toRun(deps, config, ctx, series, tool, commit = ctx.sha) {
    return {
        suite: config.suite,
        tool,
        commit,
        ref: ctx.ref,
        runId: ctx.runId,
        timestamp: deps.now().toISOString(),
        runner: deps.runner(),
        series,
    };
}
/** This run's results, and the baseline run of same-job mode, parsed from the configured files. */
function parseRuns(deps, config, ctx) {
    const parsed = (0,results/* readOutputs */.T7)(config.outputFiles, config.format, deps.cwd);
    deps.core.info(`benchgate: read ${parsed.series.length} series (${parsed.format}) from ${parsed.files.join(', ')}`);
    const current = toRun(deps, config, ctx, (0,src_config/* applyOverrides */.iu)(config.analysis, parsed.series), parsed.format);
    let baselineRun;
    if (config.baselineOutput.length > 0) {
        const base = (0,results/* readOutputs */.T7)(config.baselineOutput, config.format, deps.cwd);
        baselineRun = toRun(deps, config, ctx, (0,src_config/* applyOverrides */.iu)(config.analysis, base.series), base.format, ctx.pullRequest?.baseSha ?? 'base');
    }
    return { current, baselineRun };
}
/**
 * One suite: load the base branch's history, analyze, and offer to record the run. Once saved, the
 * history goes to `onSaved` (default: this suite's dashboard).
 */
async function compareRun(deps, config, ctx, current, baselineRun, onSaved) {
    const { core, env } = deps;
    const log = (m) => core.info(m);
    const storeEnv = {
        config,
        ctx,
        env,
        baseBranch: (0,model/* baseBranchOf */.vr)(ctx, config.baseBranch),
        log,
        runnerOs: current.runner?.os,
        artifacts: (0,artifacts/* artifactListing */.F)(deps.github, { apiUrl: ctx.apiUrl, log }),
        onSaved: onSaved ?? ((h) => (0,write/* publishDashboard */.CK)({ config, ctx, env, cwd: deps.cwd, log }, h)),
    };
    const store = await deps.openStore(storeEnv);
    const baseline = await (0,src_history.loadBaseline)(store, storeEnv, current.runner);
    const { history, warnings } = baseline;
    const verdict = analyze((0,src_config/* analyzeInput */.fv)(config, current, { baselineRun, history }, `${deps.seed}${config.suite}:${baselineRun?.commit ?? history?.runs.at(-1)?.commit ?? ''}:${current.commit}`));
    verdict.warnings.push(...warnings);
    return { verdict, history, record: () => (0,src_history.recordRun)(store, storeEnv, baseline, current) };
}


/***/ }),

/***/ 79344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lG: () => (/* binding */ detectFolderFormat),
/* harmony export */   r4: () => (/* binding */ parseText)
/* harmony export */ });
/* unused harmony export detectFormat */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74506);


function detectFormat(text, file) {
    if (text.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(file, 1, 'expected benchmark output, the file is empty');
    const hit = _index_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSERS */ .nE.find((p) => p.detect(text));
    if (hit)
        return hit;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(file, 1, `expected the output of a known benchmark tool; tried ${_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSERS */ .nE.map((p) => p.name).join(', ')} ` +
        `(set "format" to one of: ${(0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNames */ .EI)().join(', ')})`);
}
function detectFolderFormat(paths, folder) {
    const hit = _index_js__WEBPACK_IMPORTED_MODULE_1__/* .FOLDER_PARSERS */ .O3.find((p) => p.detectFolder(paths));
    if (hit)
        return hit;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(folder, 0, `expected a benchmark results folder (${_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FOLDER_PARSERS */ .O3.map((p) => p.name).join(', ') || 'none known'}), found none of their files`);
}
/** Parse one file's text with the named format, or the detected one for "auto". */
function parseText(text, file, format, sink) {
    if (text.includes('\u0000'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(file, 1, 'expected text benchmark output, the file is binary');
    let parser;
    if (format === 'auto')
        parser = detectFormat(text, file);
    else {
        parser = (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parserByName */ .oN)(format);
        if (!parser) {
            if ((0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .folderParserByName */ .Wy)(format))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(file, 0, `expected a folder for format "${format}", got a file`);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(file, 0, `expected "format" to be one of ${(0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNames */ .EI)().join(', ')}`, format);
        }
        if (text.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(file, 1, 'expected benchmark output, the file is empty');
    }
    return { format: parser.name, series: parser.parse(text, file, sink) };
}


/***/ }),

/***/ 94501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ seriesAnchor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Stable anchors for a series' chart on the dashboard: `#s-<12 hex digits>`, from the suite, the name and
 * the metric. The PR comment links to them (`dashboard-url`), so they never depend on the order of series
 * or on anything but the identity. Pure.
 */

function seriesAnchor(suite, name, metric) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${suite}\u0000${name}\u0000${metric}`, 'utf8').digest('hex');
    return `s-${h.slice(0, 12)}`;
}


/***/ }),

/***/ 23154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y2: () => (/* binding */ dashboardLinks)
/* harmony export */ });
/* unused harmony export chartUrl */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _anchor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94501);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92877);




/** How many series get their own link; the rest are counted. */
const MAX_LINKS = 10;
/** The link to one series' chart. */
function chartUrl(base, suite, name, metric) {
    return `${base}#${(0,_anchor_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesAnchor */ .r)(suite, name, metric)}`;
}
/**
 * "dashboard: [`Sort/1000` · time](…#s-…), …" for the series that regressed (warn or fail), or a link to
 * the dashboard when none did; empty without a valid `dashboard-url`.
 */
function dashboardLinks(v, url) {
    const base = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .dashboardBase */ .en)(url);
    if (!base)
        return '';
    const regressed = v.series.filter((s) => s.status === 'regression' || s.verdict !== 'pass');
    if (regressed.length === 0)
        return `[dashboard](${base})`;
    const links = regressed
        .slice(0, MAX_LINKS)
        .map((s) => `[${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.name, { max: 60, table: false })} · ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.metric, { max: 30, table: false })}](${chartUrl(base, v.suite, s.name, s.metric)})`);
    const more = regressed.length > MAX_LINKS
        ? ` and ${regressed.length - MAX_LINKS} more on the [dashboard](${base})`
        : '';
    return `dashboard: ${links.join(', ')}${more}`;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ prose),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Lm: () => (/* binding */ superscript),
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   s8: () => (/* binding */ markerKey),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Markdown escaping in one place. Benchmark names come from user code (and from untrusted fork PRs in
 * the workflow_run recipe): nothing in them may open a tag, break a table, mention a user, link an
 * issue or turn into a link.
 *
 * Two tools:
 * - `code()` shows a name as an inline code span. Inside a code span Markdown and HTML mean nothing, and
 *   GitHub links no @mention or #123 in code, so the name shows exactly as the tool printed it. In a
 *   table, its pipes are escaped the one way GFM tables allow inside code (`\|`).
 * - `cell()` makes prose inert: entities for every character Markdown or HTML could act on. Entities are
 *   decoded back to "@" and "#" before GitHub looks for mentions and issue references, so those two also
 *   get an invisible word joiner (U+2060) after them, which neither pattern accepts.
 */
const WORD_JOINER = '\u2060';
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    '#': `&#35;${WORD_JOINER}`,
    '@': `&#64;${WORD_JOINER}`,
    '!': '&#33;',
    $: '&#36;',
    ':': '&#58;',
};
/** Newlines become spaces; control and bidi characters, which could hide or reorder text, are dropped. */
function clean(text) {
    return (text
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\t/g, ' '));
}
/** At most `max` characters (code points), with "…" when cut: one huge name must not eat the comment. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
/**
 * Prose safe inside a table cell or a line: entities for every character Markdown or HTML could act on,
 * newlines as spaces. `@user` cannot mention, `#12` and `GH-12` cannot link, `www.x.org` and `https://…` cannot
 * autolink.
 */
function cell(text) {
    return (clean(text)
        .replace(/[&<>|`*_[\]\\~#@!$:]/g, (c) => ENTITIES[c])
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`)
        // GitHub links "GH-123" to issue 123 as it links "#123".
        .replace(/\b(GH)-(?=\d)/gi, `$1-${WORD_JOINER}`));
}
/**
 * Prose we wrote (reasons, notes) that may name things in `backticks`: escaped like `cell()`, then each
 * backtick pair shown as code. What is inside stays escaped, so a name quoted in a message is still inert.
 */
function prose(text) {
    return cell(text).replace(/&#96;((?:(?!&#96;).)+?)&#96;/g, '<code>$1</code>');
}
/** The longest run of backticks in a string. */
function longestTicks(text) {
    let best = 0;
    for (const m of text.matchAll(/`+/g))
        best = Math.max(best, m[0].length);
    return best;
}
/**
 * A name shown as inline code, exactly as printed. The fence is one backtick longer than any run inside,
 * so the span always closes where it should.
 */
function code(text, opts = {}) {
    const table = opts.table ?? true;
    const t = truncate(clean(text), opts.max ?? 200);
    if (t.trim() === '')
        return '<code>&#32;</code>';
    // A backslash right before a pipe would escape the escape: GFM reads `\\|` as "\" and a cell break.
    // Such names are shown as entities in a <code> element instead, which is just as inert.
    // A name that holds "<!--" could reproduce a comment marker in the Markdown source: entities too.
    if ((table && /\\\|/.test(t)) || t.includes('<!--'))
        return `<code>${cell(t)}</code>`;
    const body = table ? t.replace(/\|/g, '\\|') : t;
    const fence = '`'.repeat(longestTicks(body) + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' '));
    return pad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}
/**
 * A key that is safe inside an HTML comment marker (`<!-- benchgate:<key> -->`): letters, digits and
 * `._/-` only, so no key can end the comment early or reproduce another key's marker.
 */
function markerKey(key) {
    return truncate(key.replace(/[^A-Za-z0-9._/-]/g, '_'), 100) || '_';
}
/** One table row from cells that are already escaped. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** The header and separator lines of a table. */
function tableHead(header, align) {
    const sep = align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : ':---'));
    return `${tableRow(header)}\n${tableRow(sep)}`;
}
/** A Markdown table from a header and rows whose cells are already escaped. */
function table(header, align, rows) {
    return [tableHead(header, align), ...rows.map(tableRow)].join('\n');
}
/** A collapsed section. The blank lines around the body let GitHub render Markdown inside. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Footnote marks: 12 → "¹²". */
function superscript(n) {
    return String(n)
        .split('')
        .map((d) => SUPERSCRIPT[Number(d)])
        .join('');
}


/***/ }),

/***/ 61297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T7: () => (/* binding */ readOutputs)
});

// UNUSED EXPORTS: MAX_FILE_BYTES, collectingSink, expandPaths, readFolder, readOutput, readRegularFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/stats/index.ts + 7 modules
var stats = __webpack_require__(26204);
;// CONCATENATED MODULE: ./src/replicates.ts


/** Series of all files, in first-seen order; a series in several files becomes one series with `runs`. */
function combineFiles(files) {
    const groups = new Map();
    for (const f of files)
        for (const s of f.series) {
            const id = (0,model/* seriesId */.hG)(s);
            const g = groups.get(id);
            if (g)
                g.push(s);
            else
                groups.set(id, [s]);
        }
    const series = [];
    let runs = 1;
    for (const g of groups.values()) {
        series.push(g.length === 1 ? g[0] : mergeRuns(g));
        if (g.length > runs)
            runs = g.length;
    }
    return { series, runs };
}
/**
 * One series from several runs of it: the headline is the median of the runs' headlines (a run-level
 * value, which is what the history compares), the samples are all runs' samples in run order, and `runs`
 * keeps each run for the between-run test. Name, metric, unit and direction are the first run's (a unit
 * that differs between runs is an error: the runs are not of one thing).
 */
function mergeRuns(list) {
    const first = list[0];
    const runs = [];
    const samples = [];
    let allSamples = true;
    for (const s of list) {
        if (s.unit !== first.unit)
            throw new Error(`expected every run of "${first.name}" (${first.metric}) in one unit, got ${first.unit} and ${s.unit}`);
        runs.push(s.samples && s.samples.length > 0 ? { value: s.value, samples: s.samples } : { value: s.value });
        if (s.samples && s.samples.length > 0)
            for (const v of s.samples)
                samples.push(v);
        else
            allSamples = false;
    }
    const { spread: _spread, samples: _samples, runs: _runs, ...rest } = first;
    return {
        ...rest,
        value: (0,stats/* median */.JZ)(runs.map((r) => r.value)),
        ...(allSamples ? { samples } : {}),
        runs,
    };
}

// EXTERNAL MODULE: ./src/parse/detect.ts
var detect = __webpack_require__(79344);
// EXTERNAL MODULE: ./src/parse/index.ts + 48 modules
var parse = __webpack_require__(74506);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
;// CONCATENATED MODULE: ./src/results.ts
/**
 * Reading benchmark output from disk: globs, several files, folder formats. The only place parse input
 * touches the file system; the parsers themselves get text.
 */








/** Larger outputs are refused before they are read: no benchmark tool writes this much. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** A ParseSink collecting one file's warnings and metadata into `into`. */
function collectingSink(file, into) {
    return {
        warn(line, message) {
            into.warnings.push(line === undefined ? { file, message } : { file, line, message });
        },
        meta(key, value) {
            if (!Object.hasOwn(into.metadata, key))
                into.metadata[key] = value;
        },
    };
}
function isGlob(p) {
    return /[*?[\]{}]/.test(p);
}
/** Expand patterns relative to `cwd`; a plain path that does not exist is an error, not an empty glob. */
function expandPaths(patterns, cwd) {
    const out = [];
    for (const pattern of patterns) {
        if (isGlob(pattern)) {
            const hits = (0,dist/* globSync */.AZ)(pattern, { cwd, onlyFiles: false, dot: true, absolute: false }).sort();
            if (hits.length === 0)
                throw new errors/* ParseError */.mB(pattern, 0, 'expected the pattern to match at least one file, it matched none');
            for (const h of hits)
                out.push(h);
        }
        else {
            if (!external_node_fs_.existsSync(external_node_path_.resolve(cwd, pattern)))
                throw new errors/* ParseError */.mB(pattern, 0, 'expected a benchmark output file, no such file');
            out.push(pattern);
        }
    }
    return [...new Set(out)];
}
function kindOf(st) {
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    if (st.isDirectory())
        return 'a folder';
    return 'not a regular file';
}
/**
 * A regular file's text, at most MAX_FILE_BYTES. Opened without blocking and checked on the open
 * descriptor, so a FIFO, /dev/zero or a file swapped for one after a check can neither hang the job
 * nor fill its memory.
 */
function readRegularFile(abs, display, max = MAX_FILE_BYTES) {
    let fd;
    try {
        fd = external_node_fs_.openSync(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        throw new errors/* ParseError */.mB(display, 0, 'expected a readable benchmark output file');
    }
    try {
        const st = external_node_fs_.fstatSync(fd);
        if (!st.isFile())
            throw new errors/* ParseError */.mB(display, 0, `expected a regular file with benchmark output, got ${kindOf(st)}`);
        if (st.size > max)
            throw new errors/* ParseError */.mB(display, 0, `expected benchmark output under ${max / 1024 / 1024} MiB, the file has ${(st.size / 1024 / 1024).toFixed(0)} MiB`);
        // Read what the size said, and one byte more to notice a file that grows while it is read.
        const buf = Buffer.alloc(st.size + 1);
        let n = 0;
        for (;;) {
            const got = external_node_fs_.readSync(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n === buf.length)
                throw new errors/* ParseError */.mB(display, 0, 'expected a file that does not grow while benchgate reads it');
        }
        return buf.subarray(0, n).toString('utf8');
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
const FOLDER_CAPS = { files: limits/* LIMITS */.b.folderFiles, bytes: limits/* LIMITS */.b.folderBytes };
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}
/**
 * A folder format's files, read. The count and the sizes are checked before any file is read; each
 * file is then read with what is left of the total, so a file that grows after the check cannot
 * exceed it either.
 */
function readFolder(dir, display, format, caps = FOLDER_CAPS) {
    const rel = (0,dist/* globSync */.AZ)('**/*', { cwd: dir, onlyFiles: true, dot: false }).sort();
    const parser = format === 'auto' ? (0,detect/* detectFolderFormat */.lG)(rel, display) : (0,parse/* folderParserByName */.Wy)(format);
    if (!parser) {
        throw new errors/* ParseError */.mB(display, 0, `expected a file for format "${format}", got a folder (folder formats: ${parse/* FOLDER_PARSERS */.O3.map((p) => p.name).join(', ') || 'none'})`);
    }
    const wanted = rel.filter((p) => parser.wants(p));
    if (wanted.length > caps.files)
        throw new errors/* ParseError */.mB(display, 0, `expected at most ${caps.files.toLocaleString('en')} ${parser.name} files in the folder, it has ${wanted.length.toLocaleString('en')}`);
    let total = 0;
    for (const p of wanted) {
        try {
            total += external_node_fs_.statSync(external_node_path_.join(dir, p)).size;
        }
        catch {
            // Gone since the listing: reading it says so.
        }
    }
    if (total > caps.bytes)
        throw new errors/* ParseError */.mB(display, 0, `expected ${parser.name} files under ${mib(caps.bytes)} in all, the folder's have ${mib(total)}`);
    let left = caps.bytes;
    const files = wanted.map((p) => {
        const text = readRegularFile(external_node_path_.join(dir, p), external_node_path_.join(display, p), Math.min(MAX_FILE_BYTES, left));
        left = Math.max(0, left - Buffer.byteLength(text));
        return { path: p, text };
    });
    return { format: parser.name, series: parser.parseFolder(files, display) };
}
/** Read one file or folder with the given format ("auto" detects). */
function readOutput(file, format, cwd, sink) {
    const abs = external_node_path_.resolve(cwd, file);
    let st;
    try {
        st = external_node_fs_.statSync(abs);
    }
    catch {
        throw new errors/* ParseError */.mB(file, 0, 'expected a benchmark output file, no such file');
    }
    if (st.isDirectory())
        return readFolder(abs, file, format);
    const text = readRegularFile(abs, file);
    return (0,detect/* parseText */.r4)(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, format, sink);
}
/**
 * Read every file the patterns name. Files with different series are parts of one run; a series that
 * several files carry is several runs of it (replicates, src/replicates.ts).
 */
function readOutputs(patterns, format, cwd) {
    const files = expandPaths(patterns, cwd);
    const formats = [];
    const parts = [];
    const found = { warnings: [], metadata: Object.create(null) };
    for (const file of files) {
        const r = readOutput(file, format, cwd, collectingSink(file, found));
        formats.push(r.format);
        parts.push({ file, series: r.series });
    }
    let combined;
    try {
        combined = combineFiles(parts);
    }
    catch (e) {
        throw new errors/* BenchgateError */.Q9(files.join(', '), (0,errors/* errorMessage */.gJ)(e));
    }
    return {
        format: formats[0] ?? format,
        formats,
        files,
        series: combined.series,
        runs: combined.runs,
        warnings: found.warnings,
        metadata: { ...found.metadata },
    };
}


/***/ }),

/***/ 32411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ changePoints),
/* harmony export */   r: () => (/* binding */ CHANGE_POINT_DEFAULTS)
/* harmony export */ });
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99808);
/**
 * Change points in a history series: E-divisive means (Matteson & James, JASA 2014) with the two changes
 * Hunter made to it (Fleming et al., ICPE 2023) and Apache Otava keeps:
 *
 * 1. Candidates come from E-divisive on overlapping windows (length `window`, step window/2), each
 *    candidate maximising the energy statistic Q̂(τ, κ) over split τ and right end κ, and tested with
 *    Student's t-test instead of a permutation test — deterministic, and fast. This pass uses a relaxed
 *    level (10·p for p < 0.05) and keeps "weak" change points.
 * 2. A merge pass repeatedly drops the weakest change point (largest p-value, recomputed between its
 *    neighbours) until every survivor has p < `p`.
 *
 * Differences from Otava, on purpose: both sides of a change point need at least `minSize` points (3 by
 * default), so a single outlying run does not cut the history; the t-test uses sample standard deviations
 * (ddof 1); after a removal every change point's statistics are recomputed, not only the neighbours'.
 */

const CHANGE_POINT_DEFAULTS = { window: 50, p: 0.001, minSize: 3 };
function changePoints(values, options = {}) {
    const window = Math.max(2, Math.floor(options.window ?? CHANGE_POINT_DEFAULTS.window));
    const maxP = options.p ?? CHANGE_POINT_DEFAULTS.p;
    const minSize = Math.max(1, options.minSize ?? CHANGE_POINT_DEFAULTS.minSize);
    const z = Float64Array.from(values);
    const n = z.length;
    if (n < 2 * minSize)
        return [];
    const firstPassP = maxP < 0.05 ? maxP * 10 : maxP < 0.5 ? maxP * 2 : maxP;
    // Split: E-divisive on overlapping windows, keeping the union of what each finds.
    const found = new Set();
    const step = Math.max(1, Math.floor(window / 2));
    let start = 0;
    while (start < n) {
        const end = Math.min(start + window, n);
        const cps = eDivisive(z, start, end, firstPassP, minSize);
        for (const c of cps)
            found.add(c);
        const last = cps.length ? cps.reduce((m, c) => Math.max(m, c), -Infinity) : 0;
        start = Math.max(last, start + step);
    }
    let indices = [...found].sort((a, b) => a - b);
    // Merge: drop the weakest until every change point holds at the final level.
    for (;;) {
        if (indices.length === 0)
            return [];
        const stats = indices.map((idx, i) => tTest(z, i === 0 ? 0 : indices[i - 1], idx, i === indices.length - 1 ? n : indices[i + 1]));
        let weakest = 0;
        for (let i = 1; i < stats.length; i++)
            if (stats[i].p > stats[weakest].p)
                weakest = i;
        if (stats[weakest].p < maxP) {
            return indices.map((index, i) => ({
                index,
                p: stats[i].p,
                meanBefore: stats[i].meanBefore,
                meanAfter: stats[i].meanAfter,
            }));
        }
        indices = indices.filter((_, i) => i !== weakest);
    }
}
/**
 * Hierarchical E-divisive on z[start..end): find the best split of any current segment; keep it if the
 * t-test between the two halves of its segment has p ≤ level, else stop. Returns split indices.
 */
function eDivisive(z, start, end, level, minSize) {
    const L = end - start;
    if (L < 2 * minSize)
        return [];
    // prefix[i][j] = Σ_{a<i, b<j} |z_a − z_b| over the window, for O(1) block sums.
    const W = L + 1;
    const prefix = new Float64Array(W * W);
    for (let i = 1; i <= L; i++) {
        let row = 0;
        for (let j = 1; j <= L; j++) {
            row += Math.abs(z[start + i - 1] - z[start + j - 1]);
            prefix[i * W + j] = prefix[(i - 1) * W + j] + row;
        }
    }
    const block = (r0, r1, c0, c1) => prefix[r1 * W + c1] - prefix[r0 * W + c1] - prefix[r1 * W + c0] + prefix[r0 * W + c0];
    const withinMean = (u, v) => {
        const m = v - u;
        return m < 2 ? 0 : block(u, v, u, v) / (m * (m - 1)); // the block counts each pair twice
    };
    const cuts = [];
    for (;;) {
        const bounds = [0, ...cuts.map((c) => c - start).sort((a, b) => a - b), L];
        let best;
        for (let seg = 0; seg + 1 < bounds.length; seg++) {
            const s = bounds[seg];
            const e = bounds[seg + 1];
            for (let tau = s + minSize; tau + minSize <= e; tau++) {
                const left = tau - s;
                const wl = withinMean(s, tau);
                for (let kappa = tau + minSize; kappa <= e; kappa++) {
                    const right = kappa - tau;
                    const between = (2 * block(s, tau, tau, kappa)) / (left * right);
                    const energy = between - wl - withinMean(tau, kappa);
                    const q = ((left * right) / (left + right)) * energy;
                    if (!best || q > best.q)
                        best = { tau, q, s, e };
                }
            }
        }
        if (!best)
            return cuts;
        const t = tTest(z, start + best.s, start + best.tau, start + best.e);
        if (t.p > level)
            return cuts;
        cuts.push(start + best.tau);
    }
}
/** Student's two-sample t-test (pooled variance) between z[a..b) and z[b..c). */
function tTest(z, a, b, c) {
    const n1 = b - a;
    const n2 = c - b;
    let m1 = 0;
    let m2 = 0;
    for (let i = a; i < b; i++)
        m1 += z[i];
    for (let i = b; i < c; i++)
        m2 += z[i];
    m1 /= n1;
    m2 /= n2;
    const df = n1 + n2 - 2;
    if (df < 1)
        return { p: 1, meanBefore: m1, meanAfter: m2 };
    let ss = 0;
    for (let i = a; i < b; i++)
        ss += (z[i] - m1) ** 2;
    for (let i = b; i < c; i++)
        ss += (z[i] - m2) ** 2;
    const se = Math.sqrt((ss / df) * (1 / n1 + 1 / n2));
    if (se === 0)
        return { p: m1 === m2 ? 1 : 0, meanBefore: m1, meanAfter: m2 };
    const t = Math.abs(m2 - m1) / se;
    return { p: Math.min(1, 2 * (1 - (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(t, df))), meanBefore: m1, meanAfter: m2 };
}


/***/ }),

/***/ 99808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YW: () => (/* binding */ tQuantile),
/* harmony export */   Ys: () => (/* binding */ lnChoose),
/* harmony export */   Yw: () => (/* binding */ binomialUpperTail),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   w_: () => (/* binding */ tCdf)
/* harmony export */ });
/* unused harmony export lnFactorial */
/* harmony import */ var jstat__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32453);
/* harmony import */ var jstat__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jstat__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The normal and Student-t distributions, from jstat (a well-tested implementation), behind names that
 * say what they compute. Everything else statistical in benchgate is in this folder.
 */

/** Φ(x), the standard normal CDF. */
function normalCdf(x) {
    if (x === Infinity)
        return 1;
    if (x === -Infinity)
        return 0;
    return jstat__WEBPACK_IMPORTED_MODULE_0___default().normal.cdf(x, 0, 1);
}
/** Φ⁻¹(p); ±Infinity at 0 and 1. */
function normalQuantile(p) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    return jstat__WEBPACK_IMPORTED_MODULE_0___default().normal.inv(p, 0, 1);
}
/** P(T ≤ t) for Student's t with `dof` degrees of freedom. */
function tCdf(t, dof) {
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    return jstat__WEBPACK_IMPORTED_MODULE_0___default().studentt.cdf(t, dof);
}
/** The p-quantile of Student's t with `dof` degrees of freedom. */
function tQuantile(p, dof) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    return jstat__WEBPACK_IMPORTED_MODULE_0___default().studentt.inv(p, dof);
}
/** ln C(n, k) from a table of ln k!, exact to rounding for the sizes benchgate sees. */
const lnFactorials = [0];
function lnFactorial(n) {
    for (let i = lnFactorials.length; i <= n; i++)
        lnFactorials[i] = lnFactorials[i - 1] + Math.log(i);
    return lnFactorials[n];
}
function lnChoose(n, k) {
    return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}
/**
 * P(X ≥ k) for X ~ Binomial(n, p). The sum starts at the term nearest the mode and walks away from it
 * with a multiplicative recurrence, so the first term is the largest (an underflow there means the whole
 * sum is negligible) and nothing cancels except in the final 1 − lower tail.
 */
function binomialUpperTail(n, p, k) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    const lp = Math.log(p);
    const lq = Math.log1p(-p);
    const ratio = p / (1 - p);
    if (k > n * p) {
        // Upper tail above the mean: terms shrink as j grows.
        let term = Math.exp(lnChoose(n, k) + k * lp + (n - k) * lq);
        let sum = term;
        for (let j = k + 1; j <= n && term > sum * 1e-17; j++) {
            term *= ((n - j + 1) / j) * ratio;
            sum += term;
        }
        return Math.min(1, sum);
    }
    // k is at or below the mean: 1 − P(X ≤ k − 1), whose terms shrink as j falls.
    const top = k - 1;
    let term = Math.exp(lnChoose(n, top) + top * lp + (n - top) * lq);
    let sum = term;
    for (let j = top; j > 0 && term > sum * 1e-17; j--) {
        term *= j / (n - j + 1) / ratio;
        sum += term;
    }
    return Math.max(0, 1 - sum);
}


/***/ }),

/***/ 26204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r_: () => (/* reexport */ change_points/* CHANGE_POINT_DEFAULTS */.r),
  tT: () => (/* reexport */ stats_select/* MAD_TO_SD */.tT),
  TK: () => (/* reexport */ MIN_STABILITY_SAMPLES),
  Kd: () => (/* reexport */ prng/* Rng */.K),
  YZ: () => (/* reexport */ bcaLogRatioOfMedians),
  Uh: () => (/* reexport */ benjaminiHochberg),
  hF: () => (/* reexport */ bimodality),
  Yw: () => (/* reexport */ distributions/* binomialUpperTail */.Yw),
  UI: () => (/* reexport */ change_points/* changePoints */.U),
  UL: () => (/* reexport */ drift),
  WD: () => (/* reexport */ logSpread),
  Fm: () => (/* reexport */ stats_select/* mad */.Fm),
  Pi: () => (/* reexport */ mannWhitney),
  JZ: () => (/* reexport */ stats_select/* median */.JZ),
  Be: () => (/* reexport */ medianDistribution),
  tR: () => (/* reexport */ medianInflation),
  JI: () => (/* reexport */ minimumP),
  Zn: () => (/* reexport */ momentsOf),
  vr: () => (/* reexport */ distributions/* normalCdf */.vr),
  Zl: () => (/* reexport */ distributions/* normalQuantile */.Zl),
  T9: () => (/* reexport */ pairedSign),
  er: () => (/* reexport */ pairedSignedRank),
  ue: () => (/* reexport */ pairedT),
  a1: () => (/* reexport */ pairedTrimmed),
  LG: () => (/* reexport */ pooledAutocorrelation),
  L4: () => (/* reexport */ rankInflation),
  pG: () => (/* reexport */ shiftBound),
  w_: () => (/* reexport */ distributions/* tCdf */.w_),
  YW: () => (/* reexport */ distributions/* tQuantile */.YW),
  ZL: () => (/* reexport */ twoSampleInflation)
});

// UNUSED EXPORTS: AliasTable, MIN_SETS, exactCdf, hashSeed, hodgesLehmann, lag1, medianInPlace, quantileInPlace, quantileSorted, selectInPlace, signedRank, walshAverages

// EXTERNAL MODULE: ./src/stats/prng.ts
var prng = __webpack_require__(12562);
// EXTERNAL MODULE: ./src/stats/select.ts
var stats_select = __webpack_require__(58667);
// EXTERNAL MODULE: ./src/stats/distributions.ts
var distributions = __webpack_require__(99808);
;// CONCATENATED MODULE: ./src/stats/median-distribution.ts
/**
 * The exact resampling distribution of a sample median. Resampling n values with replacement from a
 * sorted sample x and taking the median is the same as drawing n uniform indices and taking x at their
 * middle order statistic(s): the median of the indices for odd n, the mean of x at the two middle ones
 * for even n. Those order statistics have closed-form distributions, so a bootstrap replicate of the
 * median can be drawn in O(1) from an alias table instead of O(n) by resampling and selecting — the same
 * distribution, about a hundred times faster at n = 100.
 *
 * For odd n, with F(a) = (a + 1)/n and k = (n + 1)/2: P(I₍ₖ₎ ≤ a) = P(Binomial(n, F(a)) ≥ k).
 * For even n, with k = n/2 and a < b: P(I₍ₖ₎ = a, I₍ₖ₊₁₎ = b) = C(n, k)·[F(a)ᵏ − F(a−1)ᵏ]·
 * [(1 − F(b−1))ⁿ⁻ᵏ − (1 − F(b))ⁿ⁻ᵏ] (k draws at or below a, exactly one of them at a, none strictly
 * between a and b, the rest at or above b, one of them at b); a = b takes the remaining mass of
 * P(I₍ₖ₎ = a).
 */

/**
 * Beyond this many samples only index pairs within ±10√n of the middle and gaps of at most 60 are kept;
 * the mass left out is below 1e-20 (the index median's sd is √n/2; a gap beyond g has probability ≈ e⁻ᵍ).
 */
const PRUNE_ABOVE = 200;
const MAX_GAP = 60;
/**
 * Pairs less likely than this (relative to their row) are left out and the rest renormalised: at most
 * n·1e-15 of the mass moves, far below the Monte-Carlo error of any bootstrap quantile.
 */
const NEGLIGIBLE = 1e-15;
/** `sorted` must be ascending. */
function medianDistribution(sorted) {
    const n = sorted.length;
    if (n === 0)
        throw new Error('medianDistribution: empty sample');
    if (n === 1)
        return { values: Float64Array.of(sorted[0]), probs: Float64Array.of(1) };
    const odd = n % 2 === 1;
    const k = odd ? (n + 1) / 2 : n / 2;
    const mid = k - 1;
    const half = n > PRUNE_ABOVE ? Math.ceil(10 * Math.sqrt(n)) : n;
    const lo = Math.max(0, mid - half);
    const hi = Math.min(n - 1, mid + half);
    // P(I₍ₖ₎ = a) for a in [lo, hi].
    const marginal = new Float64Array(hi - lo + 1);
    let prev = lo === 0 ? 0 : (0,distributions/* binomialUpperTail */.Yw)(n, lo / n, k);
    for (let a = lo; a <= hi; a++) {
        const cur = a === n - 1 ? 1 : (0,distributions/* binomialUpperTail */.Yw)(n, (a + 1) / n, k);
        marginal[a - lo] = Math.max(0, cur - prev);
        prev = cur;
    }
    if (odd) {
        const values = new Float64Array(hi - lo + 1);
        for (let a = lo; a <= hi; a++)
            values[a - lo] = sorted[a];
        return normalise(values, marginal);
    }
    const lnC = (0,distributions/* lnChoose */.Ys)(n, k);
    const m = n - k;
    const gap = n > PRUNE_ABOVE ? MAX_GAP : n;
    // The pair probability factorises: ln P(a, b) = ln C + lnDA[a] + lnDB[b] for a < b, with
    // lnDA[a] = ln[F(a)ᵏ − F(a−1)ᵏ] and lnDB[b] = ln[(1 − F(b−1))ᵐ − (1 − F(b))ᵐ].
    const lnDA = new Float64Array(n);
    const lnDB = new Float64Array(n);
    for (let a = lo; a <= hi; a++)
        lnDA[a] = k * Math.log((a + 1) / n) + Math.log1p(-Math.pow(a / (a + 1), k));
    for (let b = Math.max(1, lo); b < n; b++)
        lnDB[b] = m * Math.log((n - b) / n) + Math.log1p(-Math.pow((n - 1 - b) / (n - b), m));
    const vals = [];
    const probs = [];
    for (let a = lo; a <= hi; a++) {
        const row = marginal[a - lo];
        // A row's pairs sum to P(I₍ₖ₎ = a); rows this unlikely cannot move any bootstrap quantile.
        if (row < NEGLIGIBLE)
            continue;
        // The mass with I₍ₖ₊₁₎ > a is C·[F(a)ᵏ − F(a−1)ᵏ]·(1 − F(a))ᵐ; the rest of the row is the tie a = b.
        const above = a === n - 1 ? 0 : Math.exp(lnC + lnDA[a] + m * Math.log((n - 1 - a) / n));
        const tie = Math.max(0, row - above);
        if (tie > 0) {
            vals.push(sorted[a]);
            probs.push(tie);
        }
        const bMax = Math.min(n - 1, a + gap);
        const base = lnC + lnDA[a];
        for (let b = a + 1; b <= bMax; b++) {
            const p = Math.exp(base + lnDB[b]);
            // The next order statistic's pmf falls with the gap: once negligible, the rest is too.
            if (p < NEGLIGIBLE * row)
                break;
            vals.push((sorted[a] + sorted[b]) / 2);
            probs.push(p);
        }
    }
    return normalise(Float64Array.from(vals), Float64Array.from(probs));
}
function normalise(values, probs) {
    let total = 0;
    for (let i = 0; i < probs.length; i++)
        total += probs[i];
    for (let i = 0; i < probs.length; i++)
        probs[i] /= total;
    return { values, probs };
}
/** Mean and variance of a function of the resampled median (e.g. its logarithm). */
function momentsOf(d, f = (v) => v) {
    let mean = 0;
    for (let i = 0; i < d.values.length; i++)
        mean += d.probs[i] * f(d.values[i]);
    let variance = 0;
    for (let i = 0; i < d.values.length; i++)
        variance += d.probs[i] * (f(d.values[i]) - mean) ** 2;
    return { mean, variance };
}
/**
 * Walker's alias method (Vose's construction): draws an index with the given probabilities from two
 * uniform 32-bit numbers. Built in index order, so the table, and every draw, is deterministic.
 */
class AliasTable {
    size;
    threshold;
    alias;
    constructor(probs) {
        const n = probs.length;
        this.size = n;
        this.threshold = new Float64Array(n);
        this.alias = new Int32Array(n);
        const scaled = new Float64Array(n);
        const small = new Int32Array(n);
        const large = new Int32Array(n);
        let ns = 0;
        let nl = 0;
        for (let i = 0; i < n; i++) {
            scaled[i] = probs[i] * n;
            if (scaled[i] < 1)
                small[ns++] = i;
            else
                large[nl++] = i;
        }
        while (ns > 0 && nl > 0) {
            const s = small[--ns];
            const l = large[nl - 1];
            this.threshold[s] = scaled[s];
            this.alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                nl--;
                small[ns++] = l;
            }
        }
        // What is left is 1 up to rounding: those columns always pick themselves.
        while (nl > 0) {
            const l = large[--nl];
            this.threshold[l] = 1;
            this.alias[l] = l;
        }
        while (ns > 0) {
            const s = small[--ns];
            this.threshold[s] = 1;
            this.alias[s] = s;
        }
    }
    sample(rng) {
        return this.pick(rng.nextU32());
    }
    /**
     * The draw for one uniform 32-bit number: its high part picks the column, the remaining fraction decides
     * between the column and its alias (resolution 2⁻³²·size per column, below 1e-6 for tables < 4,000).
     */
    pick(u32) {
        const x = u32 * 2.3283064365386963e-10 * this.size;
        const col = Math.floor(x);
        return x - col < this.threshold[col] ? col : this.alias[col];
    }
}

;// CONCATENATED MODULE: ./src/stats/bootstrap.ts
/**
 * Two-sample BCa bootstrap confidence interval of the ratio of medians, on the log scale:
 * θ = ln median(y) − ln median(x). Efron (1987); Efron & Tibshirani (1993) §14.3, eq. 14.14–14.15; the
 * two-sample jackknife as in scipy.stats.bootstrap (each sample left out in turn, the other kept whole).
 *
 * - x and y are resampled independently (never pooled: pooling builds a null distribution, not a CI).
 * - Each replicate's medians are drawn from their exact resampling distribution (median-distribution.ts):
 *   the same distribution as resample-then-select, in O(1) per replicate.
 * - Bias correction z₀ counts replicates equal to θ̂ as one half (as scipy ≥ 1.11 does); the fraction is
 *   clamped to [½/B, 1 − ½/B] so z₀ stays finite when every replicate falls on one side.
 * - Acceleration: the jackknife of the statistic itself, within each sample (the textbook choice, and
 *   scipy's). For the median it is nearly degenerate — for even n the leave-one-out medians take two
 *   values, k each, and â ≡ 0; for odd n, three values and |â| = O(n^-1.5) — which is what the median's
 *   influence function (±1/2f, skewness zero) says â should be, so the interval is in effect BC.
 *   The alternative the research note suggests, â from the jackknife of mean(ln y) − mean(ln x), is kept
 *   as `acceleration: 'log-mean'` but not used: one outlier the median ignores drives that â to ±0.15,
 *   and at the strict levels fails are decided on, that turned a clean 50% slowdown's 99.75% bound
 *   into −36% in the heavy-tailed accuracy scenario.
 * - The 1 − â(z₀ + z_α) denominator is kept ≥ 1e-6 so extreme levels map to the bootstrap's extremes
 *   instead of wrapping around.
 */



/** Both samples must be non-empty and strictly positive (the ratio is taken on the log scale). */
function bcaLogRatioOfMedians(x, y, opts) {
    const xs = Float64Array.from(x).sort();
    const ys = Float64Array.from(y).sort();
    const estimate = Math.log(medianSorted(ys)) - Math.log(medianSorted(xs));
    const B = opts.resamples;
    const theta = opts.buffer && opts.buffer.length >= B ? opts.buffer : new Float64Array(B);
    const dx = medianDistribution(xs);
    const dy = medianDistribution(ys);
    const lx = dx.values.map(Math.log);
    const ly = dy.values.map(Math.log);
    const ax = new AliasTable(dx.probs);
    const ay = new AliasTable(dy.probs);
    const rng = opts.rng;
    const u = opts.randomBuffer && opts.randomBuffer.length >= 2 * B ? opts.randomBuffer : new Uint32Array(2 * B);
    rng.fill(u, 2 * B);
    let below = 0;
    let equal = 0;
    let sum = 0;
    let sumSq = 0;
    // A replicate within rounding of θ̂ is a tie (the same pair of medians, or a ratio equal in exact
    // arithmetic): rounding must not decide z₀, or rescaling the data (ns → ms) would move the interval.
    const tol = 1e-12 * Math.max(1, Math.abs(estimate));
    const tieLow = estimate - tol;
    const tieHigh = estimate + tol;
    for (let b = 0; b < B; b++) {
        const t = ly[ay.pick(u[2 * b])] - lx[ax.pick(u[2 * b + 1])];
        theta[b] = t;
        if (t < tieLow)
            below++;
        else if (t <= tieHigh)
            equal++;
        sum += t;
        sumSq += t * t;
    }
    const mean = sum / B;
    const sd = Math.sqrt(Math.max(0, sumSq / B - mean * mean));
    const frac = Math.min(1 - 0.5 / B, Math.max(0.5 / B, (below + 0.5 * equal) / B));
    const z0 = (0,distributions/* normalQuantile */.Zl)(frac);
    const a = opts.acceleration === 'log-mean' ? accelerationOfLogMeans(xs, ys) : accelerationOfStatistic(xs, ys);
    const endpoints = opts.levels.map((level) => {
        if (sd === 0)
            return estimate;
        const w = z0 + (0,distributions/* normalQuantile */.Zl)(level);
        if (!Number.isFinite(w))
            return w > 0 ? maxOf(theta, B) : minOf(theta, B);
        const denom = Math.max(1e-6, 1 - a * w);
        return (0,stats_select/* quantileInPlace */.qX)(theta, (0,distributions/* normalCdf */.vr)(z0 + w / denom), B);
    });
    return { estimate, endpoints, z0, a, sd, resamples: B };
}
function medianSorted(s) {
    const n = s.length;
    const m = n >>> 1;
    return n % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function minOf(a, n) {
    let m = a[0];
    for (let i = 1; i < n; i++)
        if (a[i] < m)
            m = a[i];
    return m;
}
function maxOf(a, n) {
    let m = a[0];
    for (let i = 1; i < n; i++)
        if (a[i] > m)
            m = a[i];
    return m;
}
/**
 * â = (1/6)·Σₖ Σᵢ U³ₖᵢ/nₖ³ ÷ (Σₖ Σᵢ U²ₖᵢ/nₖ²)^{3/2} with Uₖᵢ = (nₖ − 1)(θ̄ₖ − θₖ₍ᵢ₎), the jackknife of
 * sample k with the other sample whole (scipy's `_bca_interval`).
 */
function accelerationFrom(ux, uy) {
    let num = 0;
    let den = 0;
    for (const u of [ux, uy]) {
        const n = u.length;
        let s3 = 0;
        let s2 = 0;
        for (let i = 0; i < n; i++) {
            s3 += u[i] ** 3;
            s2 += u[i] ** 2;
        }
        num += s3 / n ** 3;
        den += s2 / n ** 2;
    }
    return den > 0 ? num / (6 * den ** 1.5) : 0;
}
/** For θ = mean(ln y) − mean(ln x) the jackknife values are closed-form: U = ±(ln v − mean ln v). */
function accelerationOfLogMeans(xs, ys) {
    const centred = (s, sign) => {
        const l = s.map(Math.log);
        let m = 0;
        for (let i = 0; i < l.length; i++)
            m += l[i];
        m /= l.length;
        for (let i = 0; i < l.length; i++)
            l[i] = sign * (l[i] - m);
        return l;
    };
    // Leaving out x_i raises θ when x_i was large: U for x has the opposite sign of ln x_i − mean.
    return accelerationFrom(centred(xs, -1), centred(ys, 1));
}
/**
 * The textbook jackknife of θ itself (leave-one-out medians), as scipy computes it. On the sorted sample
 * the median without element i is one of two (odd n: three) order statistics, so all n of them take O(n).
 */
function accelerationOfStatistic(xs, ys) {
    const lmx = Math.log(medianSorted(xs));
    const lmy = Math.log(medianSorted(ys));
    const u = (thetas) => {
        const n = thetas.length;
        let mean = 0;
        for (let i = 0; i < n; i++)
            mean += thetas[i];
        mean /= n;
        return thetas.map((t) => (n - 1) * (mean - t));
    };
    if (xs.length < 2 || ys.length < 2)
        return 0;
    const tx = leaveOneOutLogMedians(xs).map((l) => lmy - l);
    const ty = leaveOneOutLogMedians(ys).map((l) => l - lmx);
    return accelerationFrom(u(tx), u(ty));
}
/** ln median of the sorted sample `s` without its i-th element, for every i (n ≥ 2). */
function leaveOneOutLogMedians(s) {
    const n = s.length;
    const out = new Float64Array(n);
    // The rest has r = n − 1 elements; rest[j] = s[j] for j < i, s[j + 1] otherwise.
    const r = n - 1;
    const at = (j, i) => (j < i ? s[j] : s[j + 1]);
    for (let i = 0; i < n; i++) {
        const m = r >>> 1;
        out[i] = Math.log(r % 2 ? at(m, i) : (at(m - 1, i) + at(m, i)) / 2);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/mann-whitney.ts
/**
 * Mann–Whitney U test (Mann & Whitney, Ann. Math. Statist. 18:50–60, 1947), one-sided, with an optional
 * shift: the null hypothesis "y is no larger than x + shift" lets a caller ask "is y worse than x by more
 * than a threshold?" (on log values, shift = ln(1 + threshold)).
 *
 * - Exact null distribution when there are no ties and both samples have at most 50 values (computed once
 *   per (n₁, n₂) by the recurrence p(m, n, u) = m/(m+n)·p(m−1, n, u−n) + n/(m+n)·p(m, n−1, u), cached).
 * - Otherwise the normal approximation with the tie correction of the variance and a continuity
 *   correction of ½.
 */



const EXACT_MAX = 50;
function mannWhitney(x, y, alternative, shift = 0, 
/**
 * Variance inflation for serially correlated samples (≥ 1, see autocorrelation.ts): the p-value's
 * z-score is divided by √inflation — calibrated within 10% at α from 0.05 down to 0.0005 for AR(1)
 * ρ = 0.3 at n = 10 and 30 (simulated), where the uncorrected test is 2–8× too liberal.
 */
inflation = 1) {
    const raw = mannWhitneyRaw(x, y, alternative, shift);
    if (inflation === 1)
        return raw;
    return { ...raw, p: deflate(raw.p, inflation) };
}
/** p → 1 − Φ(Φ⁻¹(1 − p)/√f). */
function deflate(p, inflation) {
    return clamp01(1 - (0,distributions/* normalCdf */.vr)((0,distributions/* normalQuantile */.Zl)(1 - p) / Math.sqrt(inflation)));
}
function mannWhitneyRaw(x, y, alternative, shift) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        return { u: 0, p: 1, method: 'normal' };
    const xs = new Float64Array(n1);
    for (let i = 0; i < n1; i++)
        xs[i] = x[i] + shift;
    xs.sort();
    const ys = Float64Array.from(y).sort();
    // Merge the two sorted samples, ranking ties by their mean rank, counting U and the tie groups.
    let u = 0;
    let tieTerm = 0;
    let ties = false;
    let i = 0;
    let j = 0;
    let xBelow = 0; // x values strictly below the current value
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && xs[i] <= ys[j]) ? xs[i] : ys[j];
        let cx = 0;
        let cy = 0;
        while (i < n1 && xs[i] === v) {
            i++;
            cx++;
        }
        while (j < n2 && ys[j] === v) {
            j++;
            cy++;
        }
        u += cy * (xBelow + 0.5 * cx);
        xBelow += cx;
        const t = cx + cy;
        if (t > 1) {
            ties = true;
            tieTerm += t * t * t - t;
        }
    }
    if (!ties && n1 <= EXACT_MAX && n2 <= EXACT_MAX) {
        const cdf = exactCdf(n1, n2);
        // U is an integer without ties. P(U ≥ u) = 1 − P(U ≤ u − 1); P(U ≤ u).
        const p = alternative === 'greater' ? (u === 0 ? 1 : 1 - cdf[u - 1]) : cdf[u];
        return { u, p: clamp01(p), method: 'exact' };
    }
    const N = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (N + 1 - tieTerm / (N * (N - 1)));
    if (variance <= 0)
        return { u, p: 1, method: 'normal' };
    const sd = Math.sqrt(variance);
    const p = alternative === 'greater' ? 1 - (0,distributions/* normalCdf */.vr)((u - mu - 0.5) / sd) : (0,distributions/* normalCdf */.vr)((u - mu + 0.5) / sd);
    return { u, p: clamp01(p), method: 'normal' };
}
function clamp01(p) {
    return Math.min(1, Math.max(0, p));
}
/** The smallest one-sided p-value any outcome can give at these sizes (complete separation). */
function minimumP(n1, n2) {
    if (n1 <= EXACT_MAX && n2 <= EXACT_MAX)
        return exactCdf(n1, n2)[0];
    const mu = (n1 * n2) / 2;
    const sd = Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
    return 1 - (0,distributions/* normalCdf */.vr)((n1 * n2 - mu - 0.5) / sd);
}
const cache = new Map();
/** P(U ≤ u), u = 0..n₁n₂, under the null without ties (symmetric in n₁ and n₂). */
function exactCdf(n1, n2) {
    const m = Math.min(n1, n2);
    const n = Math.max(n1, n2);
    const key = `${m},${n}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    // prev[jj] holds the pmf for (i − 1, jj), cur[jj] for (i, jj); pmf arrays have length i·jj + 1.
    let prev = [];
    for (let jj = 0; jj <= n; jj++)
        prev.push(Float64Array.of(1)); // i = 0: U ≡ 0
    for (let i = 1; i <= m; i++) {
        const cur = [Float64Array.of(1)]; // jj = 0: U ≡ 0
        for (let jj = 1; jj <= n; jj++) {
            const out = new Float64Array(i * jj + 1);
            // The largest observation is an x with probability i/(i+jj): it adds nothing to U of y, so
            // recurse on (i − 1, jj). It is a y with probability jj/(i+jj): that y exceeds all i x's, so U
            // gains i, recurse on (i, jj − 1).
            const wa = i / (i + jj);
            const wb = jj / (i + jj);
            const fromX = prev[jj];
            const fromY = cur[jj - 1];
            for (let t = 0; t < fromX.length; t++)
                out[t] += wa * fromX[t];
            for (let t = 0; t < fromY.length; t++)
                out[t + i] += wb * fromY[t];
            cur.push(out);
        }
        prev = cur;
    }
    const pmf = m === 0 ? Float64Array.of(1) : prev[n];
    const cdf = new Float64Array(pmf.length);
    let acc = 0;
    for (let t = 0; t < pmf.length; t++) {
        acc += pmf[t];
        cdf[t] = Math.min(1, acc);
    }
    cache.set(key, cdf);
    return cdf;
}
/**
 * The one-sided confidence bound for the shift Δ in "y ≈ x + Δ" that inverts the test above (Moses
 * 1953; Hollander & Wolfe, Nonparametric Statistical Methods, §4.3): with N = n₁n₂ pairwise differences
 * y_j − x_i sorted ascending and u* the smallest U with P(U ≥ u*) ≤ α, the lower bound is the
 * (N − u* + 1)-th difference — the largest shift the test would still reject at level α. `side: 'upper'`
 * gives the mirror bound. −Infinity (or +Infinity) when no outcome at these sizes reaches α.
 */
function shiftBound(x, y, alpha, side, inflation = 1) {
    const n1 = x.length;
    const n2 = y.length;
    const N = n1 * n2;
    // The level the uncorrected test must reach for the deflated p-value to reach α.
    const raw = inflation === 1 ? alpha : 1 - (0,distributions/* normalCdf */.vr)(Math.sqrt(inflation) * (0,distributions/* normalQuantile */.Zl)(1 - alpha));
    const uStar = criticalU(n1, n2, raw);
    if (uStar > N)
        return side === 'lower' ? -Infinity : Infinity;
    // Lower: (N − u* + 1)-th smallest (0-based N − u*); upper: the u*-th smallest (0-based u* − 1).
    return kthDifference(x, y, side === 'lower' ? N - uStar : uStar - 1);
}
/** Enumerate the differences of a band directly once it holds no more than this many. */
const BAND = 4096;
/**
 * The k-th smallest (0-based) of the n₁n₂ differences y_j − x_i, without forming them: a quickselect
 * over the implicit sorted matrix. Keep an open band (L, H) of values known to hold the answer; pick a
 * pivot uniformly among the differences in the band (row counts from two pointers over the sorted
 * samples, O(n₁ + n₂)), count the differences below and at it, and narrow the band until the pivot is
 * the answer or the band is small enough to select in directly. Expected O((n₁ + n₂)·log(n₁n₂)) time
 * and O(n₁ + n₂ + BAND) memory; ties are handled by counting < and ≤ separately. The pivots come from a
 * fixed-seed generator, and the result is the same value as sorting every difference.
 */
function kthDifference(x, y, k) {
    const xs = Float64Array.from(x).sort();
    const ys = Float64Array.from(y).sort();
    const n1 = xs.length;
    const n2 = ys.length;
    // For each y_j (ascending) the x_i with y_j − x_i ≤ d form a suffix of xs whose start only moves right
    // as y_j grows. Floating-point subtraction is monotone, so the pointers are exact.
    const count = (d, strict) => {
        let c = 0;
        let i = 0;
        for (let j = 0; j < n2; j++) {
            const yj = ys[j];
            if (strict)
                while (i < n1 && yj - xs[i] >= d)
                    i++;
            else
                while (i < n1 && yj - xs[i] > d)
                    i++;
            c += n1 - i;
        }
        return c;
    };
    const start = new Int32Array(n2);
    const end = new Int32Array(n2);
    // Row j's band is xs[start[j] .. end[j]): y_j − x_i < H from start, y_j − x_i > L before end.
    const rows = (lo, hi) => {
        let s = 0;
        let e = 0;
        let total = 0;
        for (let j = 0; j < n2; j++) {
            const yj = ys[j];
            while (s < n1 && yj - xs[s] >= hi)
                s++;
            while (e < n1 && yj - xs[e] > lo)
                e++;
            start[j] = s;
            end[j] = Math.max(s, e);
            total += end[j] - s;
        }
        return total;
    };
    const rng = new prng/* Rng */.K('kth-difference');
    let lo = -Infinity; // band is (lo, hi); below = #(≤ lo), so the answer is the (k − below)-th in the band
    let hi = Infinity;
    let below = 0;
    for (;;) {
        const total = rows(lo, hi);
        if (total <= BAND) {
            const band = new Float64Array(total);
            let t = 0;
            for (let j = 0; j < n2; j++)
                for (let i = start[j]; i < end[j]; i++)
                    band[t++] = ys[j] - xs[i];
            return (0,stats_select/* selectInPlace */.r$)(band, k - below);
        }
        let r = Math.floor(rng.next() * total);
        let j = 0;
        while (r >= end[j] - start[j])
            r -= end[j] - start[j++];
        const pivot = ys[j] - xs[start[j] + r];
        const less = count(pivot, true);
        const atMost = count(pivot, false);
        if (k >= less && k < atMost)
            return pivot;
        if (k < less)
            hi = pivot;
        else {
            lo = pivot;
            below = atMost;
        }
    }
}
/** Smallest u with P(U ≥ u) ≤ α under the null (exact for sizes up to 50, else normal with continuity). */
function criticalU(n1, n2, alpha) {
    const N = n1 * n2;
    if (n1 <= EXACT_MAX && n2 <= EXACT_MAX) {
        const cdf = exactCdf(n1, n2);
        for (let u = 0; u <= N; u++)
            if ((u === 0 ? 1 : 1 - cdf[u - 1]) <= alpha)
                return u;
        return N + 1;
    }
    const mu = N / 2;
    const sd = Math.sqrt((N * (n1 + n2 + 1)) / 12);
    return Math.ceil(mu + 0.5 + (0,distributions/* normalQuantile */.Zl)(1 - alpha) * sd);
}

;// CONCATENATED MODULE: ./src/stats/fdr.ts
function benjaminiHochberg(p, q) {
    const m = p.length;
    // Ties keep input order so the result never depends on the sort's stability.
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
    let k = 0;
    for (let r = 1; r <= m; r++)
        if (p[order[r - 1]] <= (r * q) / m)
            k = r;
    const rejected = new Array(m).fill(false);
    for (let r = 0; r < k; r++)
        rejected[order[r]] = true;
    const adjusted = new Array(m).fill(1);
    let running = 1;
    for (let r = m; r >= 1; r--) {
        const i = order[r - 1];
        running = Math.min(running, (p[i] * m) / r);
        adjusted[i] = Math.min(1, running);
    }
    return { rejected, k, adjusted };
}

// EXTERNAL MODULE: ./src/stats/change-points.ts
var change_points = __webpack_require__(32411);
;// CONCATENATED MODULE: ./src/stats/autocorrelation.ts
/**
 * Serial correlation of samples within a run. Benchmark repetitions are not independent when the machine
 * drifts (frequency scaling, thermal state, a noisy neighbour), and tests that assume independence then
 * fire far too often: at lag-1 autocorrelation 0.3, a 100-series unchanged PR raised an alert 42% of the
 * time instead of ≤ 5%.
 *
 * One sample set of 10 says little about ρ (sd ≈ 0.5 after bias correction), so ρ is pooled across all the
 * sample sets of a suite, which share the machine. The variance inflation then depends on the statistic:
 * for AR(1) with a Gaussian copula, ranks at lag k correlate by (6/π)·asin(ρᵏ/2) and "below the median"
 * indicators by (2/π)·asin(ρᵏ), so a rank test's variance grows by 1 + 2Σₖ(1 − k/n)(6/π)asin(ρᵏ/2) and a
 * median's by 1 + 2Σₖ(1 − k/n)(2/π)asin(ρᵏ) — at ρ = 0.3, n = 10: 1.70 and 1.47, not the (1 + ρ)/(1 − ρ)
 * = 1.86 of a mean.
 */
/**
 * Lag-1 autocorrelation of values in the order they were measured, bias-corrected for a short series
 * (E[r₁] ≈ ρ − (1 + 4ρ)/n for AR(1) with an estimated mean; Marriott & Pope 1954), or undefined when the
 * order carries no information: fewer than 5 values, no spread, values sorted by the tool, or a value
 * that is not finite.
 */
function lag1(values) {
    const n = values.length;
    if (n < 5)
        return undefined;
    let up = true;
    let down = true;
    let mean = 0;
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(values[i]))
            return undefined;
        mean += values[i];
        if (i > 0) {
            if (values[i] < values[i - 1])
                up = false;
            if (values[i] > values[i - 1])
                down = false;
        }
    }
    if (up || down)
        return undefined;
    mean /= n;
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        den += d * d;
        if (i + 1 < n)
            num += d * (values[i + 1] - mean);
    }
    if (den === 0)
        return undefined;
    const r = num / den;
    return (n * r + 1) / (n - 4);
}
/** Fewer sample sets than this and the pooled estimate is too noisy to act on (sd > 0.1 at n = 10). */
const MIN_SETS = 20;
/** Mean of the bias-corrected lag-1 autocorrelations of many sample sets. */
function pooledAutocorrelation(sets) {
    let sum = 0;
    let count = 0;
    for (const s of sets) {
        const r = lag1(s);
        if (r === undefined)
            continue;
        sum += r;
        count++;
    }
    if (count < MIN_SETS)
        return { rho: 0, sets: count };
    return { rho: Math.min(0.8, Math.max(0, sum / count)), sets: count };
}
function inflation(n, rho, corr) {
    if (rho <= 0 || n < 2)
        return 1;
    let f = 1;
    let rk = 1;
    for (let k = 1; k < n; k++) {
        rk *= rho;
        const c = corr(rk);
        if (c < 1e-6)
            break;
        f += 2 * (1 - k / n) * c;
    }
    return f;
}
/** Variance inflation of a rank statistic (Mann–Whitney) over n serially correlated samples. */
function rankInflation(n, rho) {
    return inflation(n, rho, (r) => (6 / Math.PI) * Math.asin(r / 2));
}
/** Variance inflation of a sample median over n serially correlated samples. */
function medianInflation(n, rho) {
    return inflation(n, rho, (r) => (2 / Math.PI) * Math.asin(r));
}
/**
 * Inflation of a two-sample statistic whose variance is the sum of one term per side, each ∝ 1/n:
 * (f₁/n₁ + f₂/n₂) / (1/n₁ + 1/n₂).
 */
function twoSampleInflation(n1, n2, f) {
    return (f(n1) / n1 + f(n2) / n2) / (1 / n1 + 1 / n2);
}

;// CONCATENATED MODULE: ./src/stats/stability.ts
/**
 * Is one run's sample set fit to decide on? Three signs that it is not (issue 11 §1): two modes (a run
 * that switched between a fast and a slow state: SMT contention, frequency steps, a second code path),
 * drift in time order (throttling, a neighbour starting), and a spread far above what the series shows in
 * its history. Each check is O(n log n) at most and tuned to stay silent on unimodal, stationary noise
 * (lognormal, AR(1) ρ ≤ 0.4, heavy tails, timer quantisation; see __tests__/stats/stability.test.ts).
 */


/** Fewer samples than this and no check says anything. */
const MIN_STABILITY_SAMPLES = 20;
/**
 * Two modes in `logs` (log samples): the best split into two groups (Otsu: the one that maximises the
 * between-group variance, found in one pass over the sorted values with prefix sums), reported when each
 * group holds at least `minShare` (15%) of the samples, Ashman's D ≥ `minD` (4: a normal sample split in two
 * gives about 2.7, a uniform one 3.5), the centres differ by at least `minGap` (relative), and the middle
 * of the way between the centres is nearly empty. Undefined otherwise.
 */
function bimodality(logs, opts = {}) {
    const n = logs.length;
    if (n < MIN_STABILITY_SAMPLES)
        return undefined;
    const minShare = opts.minShare ?? 0.15;
    const minD = opts.minD ?? 4;
    const minGap = opts.minGap ?? 0.05;
    const s = Float64Array.from(logs).sort();
    const sum = new Float64Array(n + 1);
    const sq = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
        sum[i + 1] = sum[i] + s[i];
        sq[i + 1] = sq[i] + s[i] * s[i];
    }
    const lo = Math.max(2, Math.ceil(minShare * n));
    let best = -1;
    let bestScore = -Infinity;
    for (let k = lo; k <= n - lo; k++) {
        // Between-group variance ∝ k(n − k)(μ₁ − μ₂)².
        const m1 = sum[k] / k;
        const m2 = (sum[n] - sum[k]) / (n - k);
        const score = k * (n - k) * (m2 - m1) * (m2 - m1);
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    if (best < 0)
        return undefined;
    const k = best;
    const m1 = sum[k] / k;
    const m2 = (sum[n] - sum[k]) / (n - k);
    const v1 = Math.max(0, sq[k] / k - m1 * m1);
    const v2 = Math.max(0, (sq[n] - sq[k]) / (n - k) - m2 * m2);
    const gap = Math.expm1(m2 - m1);
    const d = v1 + v2 > 0 ? (Math.SQRT2 * (m2 - m1)) / Math.sqrt(v1 + v2) : Infinity;
    if (d < minD || gap < minGap)
        return undefined;
    // Two modes leave a hole between them: the middle third of the way from one centre to the other holds
    // under a quarter of the samples it would at the average density between the centres. A unimodal
    // sample split in two has its densest part there (ratio ≈ 0.6 for a normal one); small samples reach
    // D ≥ 4 by chance, but not with a hole in the middle.
    const w = (m2 - m1) / 6;
    const mid = (m1 + m2) / 2;
    const inBand = upperBound(s, mid + w) - upperBound(s, mid - w);
    const between = upperBound(s, m2) - upperBound(s, m1);
    if (between === 0 || inBand / (between / 3) >= 0.25)
        return undefined;
    return { share: (n - k) / n, gap, d };
}
/**
 * Drift in time order: the last third of the samples against the first third, reported when they differ
 * by at least `minChange` (relative, on medians) and a Mann–Whitney test between the thirds gives
 * p < `alpha` (Bonferroni over both directions). Samples a tool reports sorted carry no time order and are
 * skipped (undefined).
 */
function drift(logs, opts = {}) {
    const n = logs.length;
    if (n < MIN_STABILITY_SAMPLES)
        return undefined;
    let up = true;
    let down = true;
    for (let i = 1; i < n; i++) {
        if (logs[i] < logs[i - 1])
            up = false;
        if (logs[i] > logs[i - 1])
            down = false;
    }
    if (up || down)
        return undefined;
    const third = Math.floor(n / 3);
    const first = Array.from({ length: third }, (_, i) => logs[i]);
    const last = Array.from({ length: third }, (_, i) => logs[n - third + i]);
    const change = Math.expm1((0,stats_select/* median */.JZ)(last) - (0,stats_select/* median */.JZ)(first));
    if (Math.abs(change) < (opts.minChange ?? 0.05))
        return undefined;
    const p = mannWhitney(first, last, change > 0 ? 'greater' : 'less').p;
    if (p >= (opts.alpha ?? 0.0005))
        return undefined;
    return { change, p };
}
/** Robust relative spread of a run's samples: 1.4826·MAD of the log samples. */
function logSpread(logs) {
    return stats_select/* MAD_TO_SD */.tT * (0,stats_select/* mad */.Fm)(logs);
}
/** Number of values in the ascending array `s` that are ≤ x. */
function upperBound(s, x) {
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if (s[m] <= x)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/stats/paired.ts
/**
 * Statistics on paired differences: A/B mode's rounds each give one base and one head run taken back to
 * back, so the unit of replication is the round and the data are the per-round log ratios
 * d_i = ±(ln head_i − ln base_i) (positive = worse). Pure and deterministic (no resampling).
 *
 * - Wilcoxon signed-rank test (exact null distribution of T⁺ by dynamic programming up to
 *   EXACT_LIMIT pairs, normal approximation with tie and continuity correction above) for the p-values,
 * - Hodges–Lehmann estimate (median of the Walsh averages (d_i + d_j)/2, i ≤ j) for the change, and
 * - the distribution-free confidence bounds on the pseudo-median from the order statistics of the Walsh
 *   averages (Hollander & Wolfe, Nonparametric Statistical Methods, §3.2) for the fail bound.
 *
 * A paired t on the log ratios is here too: the A/B benchmark (bench/ab.ts) measures both, and
 * docs/ab-mode.md says why signed-rank is the default (a noisy neighbour gives heavy tails).
 */


/** Up to this many non-zero differences the signed-rank null distribution is computed exactly. */
const EXACT_LIMIT = 200;
/** Exact null distribution of T⁺ for n untied pairs: counts[t] / 2ⁿ = P(T⁺ = t). Cached per n. */
const cdfCache = new Map();
function signedRankCdf(n) {
    const hit = cdfCache.get(n);
    if (hit)
        return hit;
    const max = (n * (n + 1)) / 2;
    // Probabilities directly (halving at every step) so nothing overflows at n = 200.
    let p = new Float64Array(max + 1);
    p[0] = 1;
    for (let k = 1; k <= n; k++) {
        const next = new Float64Array(max + 1);
        const top = (k * (k + 1)) / 2;
        for (let t = 0; t <= top; t++)
            next[t] = 0.5 * (p[t] + (t >= k ? p[t - k] : 0));
        p = next;
    }
    const cdf = new Float64Array(max + 1);
    let acc = 0;
    for (let t = 0; t <= max; t++)
        cdf[t] = acc += p[t];
    if (cdfCache.size > 64)
        cdfCache.clear();
    cdfCache.set(n, cdf);
    return cdf;
}
/** P(T⁺ ≤ t) under H₀ for n untied non-zero differences. */
function signedRankCdfAt(n, t) {
    if (t < 0)
        return 0;
    const max = (n * (n + 1)) / 2;
    if (t >= max)
        return 1;
    if (n <= EXACT_LIMIT)
        return Math.min(1, signedRankCdf(n)[Math.floor(t)]);
    const mean = max / 2;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
    return (0,distributions/* normalCdf */.vr)((Math.floor(t) + 0.5 - mean) / sd);
}
/** Wilcoxon signed-rank test of d against 0; exact without ties, normal with tie correction otherwise. */
function signedRank(d) {
    const nz = d.filter((x) => x !== 0 && Number.isFinite(x));
    const n = nz.length;
    if (n === 0)
        return { n: 0, tPlus: 0, pGreater: 1, pLess: 1, minP: 1, exact: true };
    const order = nz.map((_, i) => i).sort((a, b) => Math.abs(nz[a]) - Math.abs(nz[b]));
    const ranks = new Float64Array(n);
    let ties = false;
    let tieTerm = 0;
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && Math.abs(nz[order[j + 1]]) === Math.abs(nz[order[i]]))
            j++;
        const mid = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k]] = mid;
        const size = j - i + 1;
        if (size > 1) {
            ties = true;
            tieTerm += size ** 3 - size;
        }
        i = j + 1;
    }
    let tPlus = 0;
    for (let i = 0; i < n; i++)
        if (nz[i] > 0)
            tPlus += ranks[i];
    const max = (n * (n + 1)) / 2;
    const minP = Math.pow(2, -n);
    if (!ties && n <= EXACT_LIMIT) {
        // P(T⁺ ≥ t) = P(T⁺ ≤ max − t) by symmetry.
        return {
            n,
            tPlus,
            pGreater: signedRankCdfAt(n, max - tPlus),
            pLess: signedRankCdfAt(n, tPlus),
            minP,
            exact: true,
        };
    }
    const mean = max / 2;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
    if (!(sd > 0))
        return { n, tPlus, pGreater: 1, pLess: 1, minP, exact: false };
    return {
        n,
        tPlus,
        pGreater: 1 - (0,distributions/* normalCdf */.vr)((tPlus - 0.5 - mean) / sd),
        pLess: (0,distributions/* normalCdf */.vr)((tPlus + 0.5 - mean) / sd),
        minP,
        exact: false,
    };
}
/** The n(n+1)/2 Walsh averages (d_i + d_j)/2, i ≤ j, sorted ascending. */
function walshAverages(d) {
    const n = d.length;
    const w = new Float64Array((n * (n + 1)) / 2);
    let k = 0;
    for (let i = 0; i < n; i++)
        for (let j = i; j < n; j++)
            w[k++] = (d[i] + d[j]) / 2;
    return w.sort();
}
/** Hodges–Lehmann estimate of the centre of the differences (median of the Walsh averages). */
function hodgesLehmann(walsh) {
    if (walsh.length === 0)
        return NaN;
    return (0,stats_select/* quantileSorted */.Z4)(walsh, 0.5);
}
/**
 * How many Walsh averages lie outside a one-sided bound at level 1 − α: the largest k with
 * P(T⁺ ≤ k − 1) ≤ α (binary search over k ∈ [0, N]: P(T⁺ ≤ k − 1) is increasing in k). 0 when n is too
 * small for that level.
 */
function walshRank(N, n, alpha) {
    let lo = 0;
    let hi = N;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (signedRankCdfAt(n, mid - 1) <= alpha)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * One-sided lower confidence bound for the pseudo-median at level 1 − α: the k-th smallest Walsh
 * average, k = walshRank (then P(θ < bound) ≤ α). −Infinity when n is too small for that level.
 */
function walshLowerBound(walsh, n, alpha) {
    const k = walshRank(walsh.length, n, alpha);
    return k === 0 ? -Infinity : walsh[k - 1];
}
/** The mirror of walshLowerBound: the k-th largest Walsh average. */
function walshUpperBound(walsh, n, alpha) {
    const k = walshRank(walsh.length, n, alpha);
    return k === 0 ? Infinity : walsh[walsh.length - k];
}
/** The signed-rank / Hodges–Lehmann summary of oriented per-round log ratios (A/B mode's default test). */
function pairedSignedRank(d) {
    const finite = d.filter(Number.isFinite);
    const walsh = walshAverages(finite);
    const test = signedRank(finite);
    const n = finite.length;
    return {
        n,
        estimate: n ? hodgesLehmann(walsh) : 0,
        pWorse: test.pGreater,
        pBetter: test.pLess,
        minP: test.minP,
        interval: (levels) => levels.map((p) => (p <= 0.5 ? walshLowerBound(walsh, n, p) : walshUpperBound(walsh, n, 1 - p))),
    };
}
/** Paired t on the log ratios: mean, one-sided p-values and t bounds (for comparison; see the docs). */
function pairedT(d) {
    const x = d.filter(Number.isFinite);
    const n = x.length;
    const mean = n ? x.reduce((a, b) => a + b, 0) / n : 0;
    const sd = n > 1 ? Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : NaN;
    const se = sd / Math.sqrt(n);
    const ok = n > 1 && se > 0;
    const t = ok ? mean / se : 0;
    return {
        n,
        estimate: mean,
        pWorse: ok ? 1 - (0,distributions/* tCdf */.w_)(t, n - 1) : 1,
        pBetter: ok ? (0,distributions/* tCdf */.w_)(t, n - 1) : 1,
        minP: 0,
        interval: (levels) => levels.map((p) => (ok ? mean + (0,distributions/* tQuantile */.YW)(p, n - 1) * se : p <= 0.5 ? -Infinity : Infinity)),
    };
}
/** Share trimmed from each end by the trimmed test (Wilcox's usual 20%: robust, ~95% efficient). */
const TRIM = 0.2;
/**
 * Tukey–McLaughlin test of the 20% trimmed mean of the log ratios (Yuen's one-sample form): the
 * trimmed mean over its Winsorized standard error is compared with t on h − 2 degrees of freedom, h = n − 2g
 * the kept rounds. The textbook h − 1 is liberal at 10 rounds (5.4% at α = 5%, 0.17% at 0.1%, normal
 * d); one degree fewer holds the level at 10 and 20 rounds, normal or contaminated (a simulation in
 * __tests__/ab/paired-stats.test.ts checks it). A round where one run was hit by a neighbour is an outlier in d; signed-rank gives it the
 * largest rank (so a few such rounds hide a real shift), the trimmed mean drops it. Falls back to
 * signed-rank when the kept rounds have no spread (a quantised timer), where a t makes no sense.
 */
function pairedTrimmed(d) {
    const x = d.filter(Number.isFinite).sort((a, b) => a - b);
    const n = x.length;
    const g = Math.floor(TRIM * n);
    const h = n - 2 * g;
    if (h < 3)
        return pairedSignedRank(x);
    let sum = 0;
    for (let i = g; i < n - g; i++)
        sum += x[i];
    const mean = sum / h;
    // Winsorized: the g smallest set to x[g], the g largest to x[n − g − 1].
    const w = x.map((_, i) => x[Math.min(Math.max(i, g), n - g - 1)]);
    const wmean = w.reduce((a, b) => a + b, 0) / n;
    let ss = 0;
    for (const v of w)
        ss += (v - wmean) ** 2;
    const se = Math.sqrt(ss / (h * (h - 1)));
    if (!(se > 0))
        return pairedSignedRank(x);
    const df = h - 2;
    const t = mean / se;
    return {
        n,
        estimate: mean,
        pWorse: 1 - (0,distributions/* tCdf */.w_)(t, df),
        pBetter: (0,distributions/* tCdf */.w_)(t, df),
        minP: 0,
        interval: (levels) => levels.map((p) => mean + (0,distributions/* tQuantile */.YW)(p, df) * se),
    };
}
/**
 * The sign test on the log ratios, with the distribution-free order-statistic bounds for their median:
 * half the rounds may be wild without moving it (the trimmed mean gives way past 20%). For a statistic
 * whose rounds are either clean or disturbed — a run's floor: every run that met one undisturbed sample
 * has the same floor to a fraction of a percent, and the rest are off by anything — the count of rounds
 * on each side is the robust evidence. Rounds with d = 0 carry no sign and are left out of the test.
 */
function pairedSign(d) {
    const x = d.filter(Number.isFinite).sort((a, b) => a - b);
    const n = x.length;
    let worse = 0;
    let better = 0;
    for (const v of x) {
        if (v > 0)
            worse++;
        else if (v < 0)
            better++;
    }
    const signed = worse + better;
    // k: how many order statistics each one-sided bound at tail α leaves out (P(X ≤ k − 1) ≤ α, X ~ B(n, ½)).
    const rank = (alpha) => {
        let k = 0;
        while (k < n && (0,distributions/* binomialUpperTail */.Yw)(n, 0.5, n - k) <= alpha)
            k++;
        return k;
    };
    return {
        n,
        estimate: n ? (0,stats_select/* median */.JZ)(x) : 0,
        pWorse: (0,distributions/* binomialUpperTail */.Yw)(signed, 0.5, worse),
        pBetter: (0,distributions/* binomialUpperTail */.Yw)(signed, 0.5, better),
        minP: signed ? 0.5 ** signed : 1,
        interval: (levels) => levels.map((p) => {
            const k = rank(p <= 0.5 ? p : 1 - p);
            if (k === 0)
                return p <= 0.5 ? -Infinity : Infinity;
            return p <= 0.5 ? x[k - 1] : x[n - k];
        }),
    };
}
/** Median of per-round values, for reports. */
function medianOf(values) {
    return median([...values]);
}
/** z for a one-sided level, re-exported for callers that size the rounds. */
function zFor(alpha) {
    return -normalQuantile(alpha);
}

;// CONCATENATED MODULE: ./src/stats/index.ts
/** Pure numerics (DESIGN.md §1): no I/O, no clock; randomness only from a seeded `Rng`. */













/***/ }),

/***/ 12562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ Rng)
/* harmony export */ });
/* unused harmony export hashSeed */
/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna, 2018), seeded from a string so a
 * rerun with the same series and commits draws the same numbers and reports the same bytes.
 */
/** 128 bits of state from any string: four 32-bit lanes mixed per UTF-16 unit, then finalised. */
function hashSeed(text) {
    let a = 0x9e3779b9;
    let b = 0x243f6a88;
    let c = 0xb7e15162;
    let d = 0x85a308d3;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        a = Math.imul(a ^ ch, 0x85ebca6b);
        b = Math.imul(b ^ ch, 0xc2b2ae35);
        c = Math.imul(c ^ ch, 0x27d4eb2f);
        d = Math.imul(d ^ ch, 0x165667b1);
        // Cross the lanes so that each lane depends on every character and its position.
        a = (a ^ (d >>> 15)) >>> 0;
        b = (b ^ (a >>> 13)) >>> 0;
        c = (c ^ (b >>> 16)) >>> 0;
        d = (d ^ (c >>> 17)) >>> 0;
    }
    const out = new Uint32Array([fmix(a ^ text.length), fmix(b), fmix(c), fmix(d)]);
    // The all-zero state is the one state xoshiro never leaves.
    if ((out[0] | out[1] | out[2] | out[3]) === 0)
        out[0] = 1;
    return out;
}
/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability ~1/2. */
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
class Rng {
    s0;
    s1;
    s2;
    s3;
    constructor(seed) {
        const s = typeof seed === 'string' ? hashSeed(seed) : seed;
        this.s0 = s[0] | 0;
        this.s1 = s[1] | 0;
        this.s2 = s[2] | 0;
        this.s3 = s[3] | 0;
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** The next 32 random bits as an unsigned integer. */
    nextU32() {
        const s1 = this.s1;
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return r >>> 0;
    }
    /** Fill `out` with random 32-bit integers: the state lives in locals, several times faster in bulk. */
    fill(out, count = out.length) {
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < count; i++) {
            out[i] = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = rotl(s3, 11);
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /** Uniform in [0, 1) with 32 bits of resolution. */
    next() {
        return this.nextU32() * 2.3283064365386963e-10;
    }
    /** Uniform in [0, 1) with 53 bits of resolution (for generators that need fine tails). */
    nextDouble() {
        const hi = this.nextU32() >>> 5;
        const lo = this.nextU32() >>> 6;
        return (hi * 67108864 + lo) * 1.1102230246251565e-16;
    }
    /** Uniform integer in [0, n); the bias of the multiply-shift (≤ n / 2³²) is far below bootstrap noise. */
    int(n) {
        return Math.floor(this.nextU32() * 2.3283064365386963e-10 * n);
    }
    /** A standard normal deviate (Box–Muller; one of the pair is discarded to keep the state simple). */
    normal() {
        let u = this.nextDouble();
        while (u === 0)
            u = this.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.nextDouble());
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}


/***/ })

};

//# sourceMappingURL=765.index.js.map
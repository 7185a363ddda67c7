export const id = 925;
export const ids = [925];
export const modules = {

/***/ 31925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultBase: () => (/* binding */ defaultBase),
  runAbMode: () => (/* binding */ runAbMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/history/index.ts + 2 modules
var src_history = __webpack_require__(69643);
// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/modes/deliver.ts + 13 modules
var deliver = __webpack_require__(48868);
// EXTERNAL MODULE: ./src/modes/shared.ts + 2 modules
var shared = __webpack_require__(50765);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/ab/git.ts
/** The git operations of A/B mode, each `git` with an argument array (no shell). */



function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ code, stdout: stdout.toString(), stderr: stderr.toString() });
        });
    });
}
/** A ref a user may name: no option-like or whitespace-bearing strings reach git. */
function checkRef(ref, where) {
    if (!/^[A-Za-z0-9._/@{}~^+-]+$/.test(ref) || ref.startsWith('-') || ref.length > 255)
        throw new errors/* BenchgateError */.Q9(where, `expected a commit SHA or ref name, got "${ref.slice(0, 80)}"`);
    return ref;
}
async function revParse(cwd, ref) {
    const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    const sha = r.stdout.trim();
    return r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
async function isShallow(cwd) {
    const r = await git(cwd, ['rev-parse', '--is-shallow-repository']);
    return r.stdout.trim() === 'true';
}
/**
 * The base commit as a SHA, fetched (one commit, depth 1) when the checkout lacks it. `note` says so.
 */
async function resolveBase(cwd, ref) {
    checkRef(ref, 'ab-base');
    const local = await revParse(cwd, ref);
    if (local)
        return { sha: local };
    const shallow = await isShallow(cwd);
    const f = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
    const fetched = f.code === 0 ? await revParse(cwd, 'FETCH_HEAD') : undefined;
    if (!fetched)
        throw new errors/* BenchgateError */.Q9('ab-base', `expected a commit this checkout has or can fetch from origin, "${ref}" is neither (git fetch: ${f.stderr.trim().split('\n').pop() ?? ''})`);
    return {
        sha: fetched,
        note: `fetched the base commit with \`git fetch --depth=1 origin ${ref}\` (the checkout ${shallow ? 'is shallow' : 'did not have it'})`,
    };
}
async function addWorktree(cwd, dir, sha) {
    const r = await git(cwd, ['worktree', 'add', '--detach', dir, sha]);
    if (r.code !== 0)
        throw new errors/* BenchgateError */.Q9('ab-base', `expected to check the base commit out in ${dir}, git worktree add said: ${r.stderr.trim()}`);
}
/** Remove the worktree and its folder; synchronous, so signal handlers can use it too. Never throws. */
function removeWorktreeSync(cwd, dir) {
    (0,external_node_child_process_.spawnSync)('git', ['worktree', 'remove', '--force', '--force', dir], { cwd, stdio: 'ignore' });
    (0,external_node_child_process_.spawnSync)('git', ['worktree', 'prune'], { cwd, stdio: 'ignore' });
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/config/index.ts + 6 modules
var src_config = __webpack_require__(3440);
// EXTERNAL MODULE: ./src/stats/index.ts + 7 modules
var stats = __webpack_require__(26204);
// EXTERNAL MODULE: ./src/stats/prng.ts
var prng = __webpack_require__(12562);
;// CONCATENATED MODULE: ./src/stats/floor.ts

/** Rounds up to this many are enumerated (2ⁿ relabellings); more are sampled. */
const EXACT_ROUNDS = 11;
/**
 * Relabellings drawn beyond EXACT_ROUNDS: the smallest p is 1 / (FLIPS + 1), doubled by the Bonferroni
 * step in A/B mode (5 · 10⁻⁴), so Benjamini–Hochberg at 5% can still flag a lone change in 100 series.
 */
const FLIPS = 4000;
/** Bisection steps for a bound: the bracket shrinks 2²⁴-fold, far below a round's spread. */
const STEPS = 24;
/** Two floors this close (oriented log) are the same floor: T* and T are sums of the same numbers. */
const TIE = 1e-10;
/**
 * `base[r]`, `head[r]`: round r's per-run floors as oriented logs (larger is worse; for a
 * bigger-is-better metric the caller negates). Same length, finite.
 */
function pooledFloor(base, head, seed) {
    const n = Math.min(base.length, head.length);
    const exact = n <= EXACT_ROUNDS;
    const count = exact ? 2 ** n : FLIPS;
    // Per relabelling, the smallest base and head value in each group: under a shift δ of the head, a
    // group's floor is min(its base floor, its head floor − δ), so every δ costs O(count), not O(count·n).
    const aBase = new Float64Array(count).fill(Infinity);
    const aHead = new Float64Array(count).fill(Infinity);
    const bBase = new Float64Array(count).fill(Infinity);
    const bHead = new Float64Array(count).fill(Infinity);
    const rng = exact ? undefined : new prng/* Rng */.K(`floor:${seed}`);
    for (let k = 0; k < count; k++) {
        // A relabelling's coin flips: the bits of k when enumerating, else 32 seeded bits per word.
        let bits = k;
        for (let r = 0; r < n; r++) {
            if (rng && (r & 31) === 0)
                bits = rng.nextU32();
            // Swapped: the round's base run is labelled head (group A) and its head run base (group B).
            const swapped = ((bits >>> (r & 31)) & 1) === 1;
            if (swapped) {
                if (base[r] < aBase[k])
                    aBase[k] = base[r];
                if (head[r] < bHead[k])
                    bHead[k] = head[r];
            }
            else {
                if (head[r] < aHead[k])
                    aHead[k] = head[r];
                if (base[r] < bBase[k])
                    bBase[k] = base[r];
            }
        }
    }
    const minOf = (v) => {
        let m = Infinity;
        for (let r = 0; r < n; r++)
            if (v[r] < m)
                m = v[r];
        return m;
    };
    const baseFloor = minOf(base);
    const headFloor = minOf(head);
    const observed = headFloor - baseFloor;
    /** One-sided p-values of the head shifted by δ (δ = 0: the test itself). */
    const tails = (delta) => {
        const t = observed - delta;
        let worse = 0;
        let better = 0;
        for (let k = 0; k < count; k++) {
            const s = Math.min(aBase[k], aHead[k] - delta) - Math.min(bBase[k], bHead[k] - delta);
            if (s >= t - TIE)
                worse++;
            if (s <= t + TIE)
                better++;
        }
        return exact
            ? { worse: worse / count, better: better / count }
            : { worse: (worse + 1) / (count + 1), better: (better + 1) / (count + 1) };
    };
    const minP = exact ? 1 / count : 1 / (count + 1);
    const at0 = tails(0);
    // Every floor within the bracket's reach: shifting by more than the whole range changes no order.
    let span = TIE;
    for (let r = 0; r < n; r++)
        span = Math.max(span, Math.abs(head[r] - baseFloor), Math.abs(base[r] - headFloor));
    /**
     * The lower bound at tail α: the smallest δ the shifted test does not reject as "worse" at α. Its
     * p-value grows with δ (a larger δ leaves less of a change to explain).
     */
    const bound = (alpha, side) => {
        if (alpha < minP)
            return side === 'lower' ? -Infinity : Infinity;
        const p = (delta) => (side === 'lower' ? tails(delta).worse : tails(delta).better);
        // [rejected, kept]: far below the estimate the change is surely "worse"; at the estimate it is not.
        let rejected = side === 'lower' ? observed - 2 * span : observed + 2 * span;
        let kept = observed;
        if (p(kept) <= alpha)
            return observed;
        if (p(rejected) > alpha)
            return side === 'lower' ? -Infinity : Infinity;
        for (let i = 0; i < STEPS; i++) {
            const mid = (rejected + kept) / 2;
            if (p(mid) > alpha)
                kept = mid;
            else
                rejected = mid;
        }
        return kept;
    };
    const memo = new Map();
    return {
        n,
        estimate: observed,
        pWorse: at0.worse,
        pBetter: at0.better,
        minP,
        interval: (levels) => levels.map((l) => {
            let v = memo.get(l);
            if (v === undefined) {
                v = l <= 0.5 ? bound(l, 'lower') : bound(1 - l, 'upper');
                memo.set(l, v);
            }
            return v;
        }),
    };
}

// EXTERNAL MODULE: ./src/analyze/decide.ts
var decide = __webpack_require__(52886);
// EXTERNAL MODULE: ./src/analyze/evidence.ts
var analyze_evidence = __webpack_require__(81739);
// EXTERNAL MODULE: ./src/analyze/text.ts
var analyze_text = __webpack_require__(65217);
// EXTERNAL MODULE: ./src/analyze/verdicts.ts
var analyze_verdicts = __webpack_require__(85184);
;// CONCATENATED MODULE: ./src/analyze/paired.ts







/** Fewer paired rounds than this are reported, not tested (too few to trim, or to estimate a spread). */
const MIN_ROUNDS = 5;
/**
 * The floor's share of the level when both statistics are tested (the median gets the rest): the floor
 * is the sharper one on shared runners (docs/ab-mode.md), the median's share is for changes only it sees.
 */
const FLOOR_SHARE = 0.8;
/** Runs with fewer within-run samples than this are compared on their medians only (a floor of 3 is luck). */
const FLOOR_SAMPLES = 5;
const TESTS = {
    trimmed: (s) => (0,stats/* pairedTrimmed */.a1)(s.d),
    'signed-rank': (s) => (0,stats/* pairedSignedRank */.er)(s.d),
    t: (s) => (0,stats/* pairedT */.ue)(s.d),
    sign: (s) => (0,stats/* pairedSign */.T9)(s.d),
    pooled: (s, direction, seed) => pooledFloor(oriented(s.base, direction), oriented(s.head, direction), seed),
};
function oriented(values, direction) {
    const d = (0,analyze_evidence/* sign */._S)(direction);
    return values.map((v) => d * Math.log(v));
}
const DEFAULT_TESTS = { median: 'trimmed', floor: 'pooled' };
function headline(s) {
    return (0,stats/* median */.JZ)((0,analyze_evidence/* valuesOf */.sm)(s));
}
function floorOf(values, direction) {
    const d = (0,analyze_evidence/* sign */._S)(direction);
    let best = values[0];
    for (const v of values)
        if (d * v < d * best)
            best = v;
    return best;
}
function push(side, b, h, direction) {
    side.base.push(b);
    side.head.push(h);
    side.d.push((0,analyze_evidence/* orientedLogChange */.DH)(b, h, direction));
}
function allEqual(v) {
    return v.every((x) => x === v[0]);
}
function evidenceFor(p, direction, rule, tests, seed) {
    const m = p.median;
    const baseline = (0,stats/* median */.JZ)(m.base);
    const current = (0,stats/* median */.JZ)(m.head);
    const n = { baseline: m.d.length, current: m.d.length };
    const positive = [...m.base, ...m.head, ...p.floor.base, ...p.floor.head].every((x) => x > 0 && Number.isFinite(x));
    const exact = rule.deterministic ||
        p.first.exact === true ||
        (m.d.length > 1 && allEqual(m.base) && allEqual(m.head) && p.baseExact && p.headExact);
    if (exact || !positive || m.d.length < MIN_ROUNDS) {
        const est = (0,analyze_evidence/* orientedLogChange */.DH)(baseline, current, direction);
        const evidence = {
            mode: 'ab',
            method: exact ? 'exact' : 'threshold',
            baseline,
            current,
            estimate: est,
            n,
            ...(exact
                ? {}
                : {
                    shortOf: positive
                        ? { what: 'samples', have: m.d.length, need: MIN_ROUNDS }
                        : { what: 'positive', have: 0, need: 0 },
                }),
        };
        return { evidence, d: m.d, floor: false };
    }
    // Without enough samples for a floor, the median is tested (by its default test if none is chosen).
    const candidates = [];
    const medianTest = tests.median ?? (p.floorable ? undefined : DEFAULT_TESTS.median);
    if (medianTest)
        candidates.push({ side: m, floor: false, test: medianTest });
    if (tests.floor && p.floorable)
        candidates.push({ side: p.floor, floor: true, test: tests.floor });
    // Weighted Bonferroni over the statistics tested: each p divided by its share of the level, each bound
    // at that share of its tail, and the series decided on the smaller weighted p.
    const share = (c) => candidates.length === 1 ? 1 : c.floor ? FLOOR_SHARE : 1 - FLOOR_SHARE;
    const tested = candidates.map((c) => {
        const t = TESTS[c.test](c.side, direction, seed);
        const w = share(c);
        return { ...c, t, w, p: Math.min(t.pWorse, t.pBetter) / w };
    });
    const best = tested.reduce((a, b) => (b.p < a.p ? b : a));
    const t = best.t;
    const w = best.w;
    const tail = (l) => (l < 0.5 ? l * w : 1 - (1 - l) * w);
    const evidence = {
        mode: 'ab',
        method: 'paired',
        // The floor's headline is each side's best run; the median's, the median round.
        baseline: best.floor ? floorOf(best.side.base, direction) : (0,stats/* median */.JZ)(best.side.base),
        current: best.floor ? floorOf(best.side.head, direction) : (0,stats/* median */.JZ)(best.side.head),
        estimate: t.estimate,
        n,
        pWorse: Math.min(1, t.pWorse / w),
        pBetter: Math.min(1, t.pBetter / w),
        minP: Math.min(1, t.minP / w),
        interval: w === 1 ? t.interval : (levels) => t.interval(levels.map(tail)),
    };
    return { evidence, d: best.side.d, floor: best.floor };
}
/** The paired rounds → verdicts, with the existing decision rules (decide.ts). */
function analyzePaired(input) {
    const warnings = [];
    const pairs = new Map();
    const onlyBase = new Map();
    const onlyHead = new Map();
    let complete = 0;
    for (const round of input.rounds) {
        if (!round.base || !round.head)
            continue;
        complete++;
        const base = new Map();
        for (const s of round.base)
            base.set((0,model/* seriesId */.hG)(s), s);
        const seen = new Set();
        for (const h of round.head) {
            const id = (0,model/* seriesId */.hG)(h);
            seen.add(id);
            const b = base.get(id);
            if (!b) {
                if (!pairs.has(id))
                    onlyHead.set(id, h);
                continue;
            }
            let p = pairs.get(id);
            if (!p) {
                p = {
                    first: h,
                    median: { base: [], head: [], d: [] },
                    floor: { base: [], head: [], d: [] },
                    floorable: true,
                    baseExact: true,
                    headExact: true,
                };
                pairs.set(id, p);
            }
            const bs = (0,analyze_evidence/* valuesOf */.sm)(b);
            const hs = (0,analyze_evidence/* valuesOf */.sm)(h);
            const direction = input.ruleFor(h).direction ?? h.direction;
            push(p.median, (0,stats/* median */.JZ)(bs), (0,stats/* median */.JZ)(hs), direction);
            push(p.floor, floorOf(bs, direction), floorOf(hs, direction), direction);
            p.floorable &&= bs.length >= FLOOR_SAMPLES && hs.length >= FLOOR_SAMPLES;
            p.baseExact &&= allEqual(bs);
            p.headExact &&= allEqual(hs);
        }
        for (const [id, b] of base)
            if (!seen.has(id) && !pairs.has(id))
                onlyBase.set(id, b);
    }
    for (const id of pairs.keys()) {
        onlyBase.delete(id);
        onlyHead.delete(id);
    }
    if (complete === 0)
        warnings.push({
            kind: 'baseline-unavailable',
            message: 'No round produced output on both sides: nothing was compared.',
        });
    const current = {
        suite: input.suite,
        tool: 'ab',
        commit: input.headCommit ?? 'head',
        ref: '',
        timestamp: new Date(0).toISOString(),
        series: [...pairs.values()].map((p) => p.first),
    };
    const analyzeIn = {
        suite: input.suite,
        current,
        ruleFor: input.ruleFor,
        settings: input.settings,
        seed: input.seed,
        severity: input.severity,
    };
    const items = [];
    const verdicts = [];
    const roundsOf = new Map();
    const onFloor = new Set();
    for (const [id, p] of pairs) {
        const rule = input.ruleFor(p.first);
        const direction = rule.direction ?? p.first.direction;
        if (rule.ignore) {
            verdicts.push(shellOf(p.first, direction, 'ignored', 'ignored by the configuration', (0,stats/* median */.JZ)(p.median.head)));
            continue;
        }
        const si = { current: p.first, id, rule, direction, history: [] };
        const judged = evidenceFor(p, direction, rule, input.tests ?? DEFAULT_TESTS, `${input.seed}:${id}`);
        const item = { input: si, evidence: judged.evidence };
        items.push(item);
        roundsOf.set(item, judged.d.map(Math.expm1));
        if (judged.floor)
            onFloor.add(item);
    }
    const decided = (0,decide/* decideAll */.k)(items, analyzeIn);
    decided.forEach((v, i) => {
        const item = items[i];
        v.rounds = roundsOf.get(item);
        const missingRounds = complete - (v.rounds?.length ?? 0);
        if (missingRounds > 0)
            v.warnings.push({
                kind: 'too-few-samples',
                message: `Some series were missing from the output of some rounds: they are compared on the rounds that have them.`,
            });
        if (onFloor.has(item))
            v.reason = `${v.reason.replace(/\.$/, '')}; decided on each side’s fastest sample over all rounds, steadier here than the medians.`;
        const limit = v.current === undefined ? undefined : (0,analyze_verdicts/* checkLimits */.J5)(v.current, item.input.rule, v.unit);
        if (limit)
            Object.assign(v, limit, { reason: `${limit.reason}; ${v.reason}` });
        verdicts.push(v);
    });
    for (const h of onlyHead.values()) {
        const rule = input.ruleFor(h);
        const v = shellOf(h, rule.direction ?? h.direction, 'new', 'only in the head commit’s output: a new benchmark, nothing to compare with', headline(h));
        const limit = (0,analyze_verdicts/* checkLimits */.J5)(v.current, rule, h.unit);
        verdicts.push(limit ? { ...v, ...limit } : v);
    }
    for (const b of onlyBase.values()) {
        const v = shellOf(b, b.direction, 'missing', 'only in the base commit’s output: removed or renamed in the head commit', undefined);
        v.baseline = headline(b);
        verdicts.push(v);
    }
    const sorted = (0,analyze_verdicts/* sortVerdicts */.Zf)(verdicts);
    return {
        suite: input.suite,
        verdict: (0,analyze_verdicts/* suiteOutcome */.rn)(sorted),
        mode: 'ab',
        counts: (0,analyze_verdicts/* countVerdicts */.qX)(sorted),
        series: sorted,
        warnings,
        settings: input.settings,
        baselineCommit: input.baseCommit,
        baselineRuns: complete,
    };
}
function shellOf(s, direction, status, reason, current) {
    return {
        name: s.name,
        metric: s.metric,
        unit: s.unit,
        direction,
        status,
        verdict: 'pass',
        mode: 'none',
        ...(current !== undefined ? { current } : {}),
        reason,
        warnings: [],
    };
}
/** A first look's unadjusted one-sided p below which a worse-looking series is re-decided on all rounds. */
const CANDIDATE_P = 0.2;
/**
 * Does the first look leave this series open: it would warn or fail, or it looks worse by the warn
 * threshold with an unadjusted p ≤ CANDIDATE_P (one outlying round can hide a real change at 10 rounds).
 * Opening more series costs rounds, never false flags: a flag still needs the final test on all rounds.
 */
function isCandidate(s, warnThreshold) {
    if (s.verdict !== 'pass')
        return true;
    return (s.method === 'paired' &&
        s.change !== undefined &&
        s.change >= warnThreshold &&
        s.p !== undefined &&
        s.p <= CANDIDATE_P);
}
/** Would this look warn or fail somewhere, or leave a series open (so the engine runs confirmation rounds)? */
function needsConfirmation(v) {
    return v.series.some((s) => isCandidate(s, v.settings.warnThreshold));
}
/**
 * The confirmed verdict: every series takes the verdict of the final look on all rounds (more rounds
 * are more evidence for every series, not only the flagged ones); the reason says what the extra rounds
 * changed. See the module comment for why this does not raise false flags.
 */
function mergeLooks(first, final, extraRounds) {
    const flagged = new Set(first.series.filter((s) => isCandidate(s, first.settings.warnThreshold)).map(model/* seriesId */.hG));
    const firstById = new Map(first.series.map((s) => [(0,model/* seriesId */.hG)(s), s]));
    const extra = (0,analyze_text/* plural */.LS)(extraRounds, 'more round');
    const series = final.series.map((s) => {
        const id = (0,model/* seriesId */.hG)(s);
        const before = firstById.get(id);
        const was = before?.verdict ?? 'pass';
        if (s.verdict === 'pass')
            return was === 'pass'
                ? flagged.has(id)
                    ? { ...s, reason: `re-decided with ${extra}: ${s.reason}` }
                    : s
                : {
                    ...s,
                    reason: `not confirmed: the first look would ${was}, ${extra} did not hold it up; ${s.reason}`,
                };
        if (was === 'pass')
            return { ...s, reason: `found with ${extra}: ${s.reason}` };
        return { ...s, reason: `confirmed with ${extra}: ${s.reason}` };
    });
    // Series only in the first look (a side stopped producing them) keep their first verdict.
    const inFinal = new Set(final.series.map(model/* seriesId */.hG));
    for (const s of first.series)
        if (!inFinal.has((0,model/* seriesId */.hG)(s)))
            series.push(s);
    const sorted = (0,analyze_verdicts/* sortVerdicts */.Zf)(series);
    return {
        ...final,
        verdict: (0,analyze_verdicts/* suiteOutcome */.rn)(sorted),
        counts: (0,analyze_verdicts/* countVerdicts */.qX)(sorted),
        series: sorted,
        warnings: dedupe([...first.warnings, ...final.warnings]),
    };
}
function dedupe(list) {
    const seen = new Set();
    return list.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/parse/detect.ts
var detect = __webpack_require__(79344);
// EXTERNAL MODULE: ./src/results.ts + 1 modules
var results = __webpack_require__(61297);
;// CONCATENATED MODULE: ./src/ab/env.ts
/**
 * The environment A/B commands run with: the job's environment minus every credential benchgate can see.
 *
 * Removed (docs/ab-mode.md lists the same rule):
 * - every name matching /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|_KEY$|_AUTH$/i
 *   (GITHUB_TOKEN, GH_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, AWS_SECRET_ACCESS_KEY, …);
 * - every ACTIONS_* variable (ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL, ACTIONS_RUNTIME_URL,
 *   ACTIONS_ID_TOKEN_REQUEST_URL: they address services the runtime token opens);
 * - every INPUT_* variable (the action's own inputs, `github-token` among them);
 * - the runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH,
 *   GITHUB_STEP_SUMMARY), so benchmark code cannot set the action's outputs or later steps' environment;
 * - any variable whose value equals a removed credential's value (a token copied under another name).
 */
const CREDENTIAL_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|_KEY$|_AUTH$/i;
const RUNNER_FILES = new Set([
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
]);
function isCredentialName(name) {
    return (CREDENTIAL_NAME.test(name) ||
        /^ACTIONS_/i.test(name) ||
        /^INPUT_/i.test(name) ||
        RUNNER_FILES.has(name.toUpperCase()));
}
/** A copy of `env` without credentials; `removed` names what was taken out (names only, never values). */
function scrubEnv(env) {
    const out = {};
    const removed = [];
    const secretValues = new Set();
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (isCredentialName(k)) {
            removed.push(k);
            if (v.length >= 8 && CREDENTIAL_NAME.test(k))
                secretValues.add(v);
        }
        else
            out[k] = v;
    }
    for (const [k, v] of Object.entries(out))
        if (secretValues.has(v)) {
            delete out[k];
            removed.push(k);
        }
    return { env: out, removed: removed.sort() };
}

;// CONCATENATED MODULE: ./src/ab/process.ts
/**
 * One command run: `bash -e -o pipefail -c CMD` as a fresh process (arguments as an array, so nothing is
 * interpolated into a shell string but the user's own command), in its own process group so that a
 * cancellation can stop everything it started.
 */

/** Output beyond this is dropped from memory (the head of stdout is kept for parsing, the tail of stderr). */
const MAX_STDOUT = 64 * 1024 * 1024;
const MAX_STDERR = 256 * 1024;
/** The children running now, so a signal handler can stop them. */
const running = new Set();
function killAll(signal = 'SIGTERM') {
    for (const child of running) {
        try {
            if (child.pid)
                process.kill(-child.pid, signal);
        }
        catch {
            // Already gone.
        }
    }
}
function runCommand(command, cwd, env, now = Date.now) {
    const start = now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('bash', ['-e', '-o', 'pipefail', '-c', command], {
            cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        running.add(child);
        const out = [];
        let outBytes = 0;
        let err = '';
        child.stdout.on('data', (d) => {
            if (outBytes < MAX_STDOUT)
                out.push(d);
            outBytes += d.length;
        });
        child.stderr.on('data', (d) => {
            err += d.toString();
            if (err.length > 2 * MAX_STDERR)
                err = err.slice(-MAX_STDERR);
        });
        child.on('error', (e) => {
            running.delete(child);
            reject(e);
        });
        child.on('close', (code, signal) => {
            running.delete(child);
            resolve({
                code,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: err.slice(-MAX_STDERR),
                ms: now() - start,
            });
        });
    });
}
/**
 * The last `n` lines of a command's stderr, safe for one log line and for Markdown prose: control
 * characters removed, workflow-command prefixes (`::`) broken, each line cut at 300 characters.
 */
function stderrTail(stderr, n = 5) {
    const lines = stderr
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u009b]/g, '')
        .replace(/::/g, ': :')
        .trimEnd())
        .filter((l) => l.trim() !== '');
    const tail = lines.slice(-n).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
    return tail.length ? tail.join(' ⏎ ') : '(no output on stderr)';
}

;// CONCATENATED MODULE: ./src/ab/engine.ts
/**
 * A/B mode's engine (DESIGN.md §3 mode 0): benchgate runs base and head itself, interleaved, on one runner.
 *
 *   resolve the base commit (fetch it when the checkout lacks it) → a detached `git worktree` of it in a
 *   temp folder → build head, then base (once each) → rounds of one base and one head run, the order in
 *   each round randomized and balanced (seeded, recorded) → judge the first look → if it would warn or
 *   fail, confirmation rounds and a final judgement on all rounds → remove the worktree (also on error
 *   and on SIGINT/SIGTERM).
 *
 * Every run is a fresh `bash -e -o pipefail -c CMD` process with the credential-free environment of
 * env.ts. The base tree is a separate folder outside the head tree, each side's output is read from its
 * own tree, and an output file is deleted before each run, so a stale file is never read twice. A broken
 * base never makes a fail (its rounds are dropped, with a note); a broken head is an error.
 */











/** `n` sides, half base-first (the odd one decided by the seed), shuffled by Fisher–Yates. */
function balancedOrder(n, seed) {
    const rng = new stats/* Rng */.Kd(seed);
    const extra = rng.next() < 0.5 ? 'base' : 'head';
    const out = [];
    for (let i = 0; i < n; i++)
        out.push(i < n >> 1 ? 'base' : i < 2 * (n >> 1) ? 'head' : extra);
    for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
/** An output path must stay inside its tree: a relative path without `..` segments. */
function checkOutputPath(p) {
    if (external_node_path_.isAbsolute(p) || p.split(/[\\/]/).includes('..'))
        throw new errors/* BenchgateError */.Q9('output-file', `expected a path relative to the work tree without "..", got "${p}"`);
}
class SideFailure extends Error {
    side;
    constructor(side, message) {
        super(message);
        this.side = side;
    }
}
async function runAb(o) {
    const now = o.now ?? Date.now;
    const start = now();
    if (o.outputFile)
        checkOutputPath(o.outputFile);
    const headDir = external_node_path_.resolve(o.headDir);
    const top = await git(headDir, ['rev-parse', '--show-toplevel']);
    if (top.code !== 0)
        throw new errors/* BenchgateError */.Q9(headDir, 'expected a git work tree at the head commit (run from inside the repository)');
    const headSha = await revParse(headDir, 'HEAD');
    if (!headSha)
        throw new errors/* BenchgateError */.Q9(headDir, 'expected a checked-out head commit');
    const base = await resolveBase(headDir, o.base);
    if (base.note)
        o.log(`benchgate: ${base.note}`);
    const root = o.tmpRoot ?? o.env.RUNNER_TEMP ?? external_node_os_.tmpdir();
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(root, 'benchgate-ab-'));
    const baseDir = external_node_path_.join(tmp, 'base');
    const rel = external_node_path_.relative(headDir, baseDir);
    if (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel)) {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
        throw new errors/* BenchgateError */.Q9(root, 'expected a temp folder outside the head work tree');
    }
    let cleaned = false;
    const cleanup = () => {
        if (cleaned)
            return;
        cleaned = true;
        removeWorktreeSync(headDir, baseDir);
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    };
    const onSignal = (signal) => {
        killAll('SIGKILL');
        cleanup();
        o.log(`benchgate: ${signal}: stopped, the base worktree was removed`);
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        process.kill(process.pid, signal);
    };
    if (o.handleSignals !== false) {
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
    try {
        await addWorktree(headDir, baseDir, base.sha);
        const { env, removed } = scrubEnv(o.env);
        if (removed.length)
            o.log(`benchgate: running the commands without ${removed.length} credential variable(s): ${removed.join(', ')}`);
        const dirs = { base: baseDir, head: headDir };
        const ms = { base: 0, head: 0 };
        const warnings = [];
        let baseBroken;
        const exec = async (side, command) => {
            const r = await runCommand(command, dirs[side], env, now);
            ms[side] += r.ms;
            return r;
        };
        // Builds: head first (a broken head is an error, reported before any time is spent on rounds).
        if (o.build) {
            for (const side of ['head', 'base']) {
                o.log(`benchgate: building ${side} (${side === 'base' ? base.sha.slice(0, 12) : headSha.slice(0, 12)})`);
                const r = await exec(side, o.build);
                if (r.code !== 0) {
                    const what = `the build command exited with ${r.signal ?? r.code} in the ${side} tree; its stderr ends: ${stderrTail(r.stderr)}`;
                    if (side === 'head')
                        throw new errors/* BenchgateError */.Q9('build', `expected the head commit to build, ${what}`);
                    baseBroken = `The base commit ${base.sha.slice(0, 12)} does not build, so nothing was compared (${what}).`;
                }
            }
        }
        const runOnce = async (side) => {
            const dir = dirs[side];
            if (o.outputFile)
                external_node_fs_.rmSync(external_node_path_.join(dir, o.outputFile), { force: true, recursive: true });
            const r = await exec(side, o.run);
            if (r.code !== 0)
                throw new SideFailure(side, `the benchmark command exited with ${r.signal ?? r.code} in the ${side} tree; its stderr ends: ${stderrTail(r.stderr)}`);
            try {
                if (o.outputFile) {
                    if (!external_node_fs_.existsSync(external_node_path_.join(dir, o.outputFile)) && !/[*?[\]{}]/.test(o.outputFile))
                        throw new SideFailure(side, `the benchmark command did not write ${o.outputFile} in the ${side} tree`);
                    return (0,results/* readOutputs */.T7)([o.outputFile], o.format, dir).series;
                }
                return (0,detect/* parseText */.r4)(r.stdout, `stdout of the ${side} run`, o.format).series;
            }
            catch (e) {
                if (e instanceof SideFailure)
                    throw e;
                throw new SideFailure(side, `its output could not be read: ${(0,errors/* errorMessage */.gJ)(e).replace(/^benchgate: /, '')}`);
            }
        };
        const rounds = [];
        let roundMs = 0;
        let stoppedByBudget = false;
        let baseFailures = 0;
        const order = [];
        const seed = o.seed ?? `${base.sha}:${headSha}`;
        const runRounds = async (n, look) => {
            const sides = balancedOrder(n, `${seed}:${look}`);
            let done = 0;
            for (const first of sides) {
                const elapsed = now() - start;
                const estimate = rounds.length ? roundMs / rounds.length : 0;
                if (rounds.length > 0 && elapsed + estimate > o.timeBudgetMs) {
                    stoppedByBudget = true;
                    break;
                }
                const t0 = now();
                const round = { first };
                for (const side of first === 'base' ? ['base', 'head'] : ['head', 'base']) {
                    try {
                        round[side] = await runOnce(side);
                    }
                    catch (e) {
                        if (!(e instanceof SideFailure))
                            throw e;
                        if (side === 'head')
                            throw new errors/* BenchgateError */.Q9('run', `expected the benchmark to run on the head commit, in round ${rounds.length + 1} ${e.message}`);
                        baseFailures++;
                        warnings.push({
                            kind: 'baseline-unavailable',
                            message: `Round ${rounds.length + 1}: ${e.message}; the round was left out.`,
                            hint: 'A base that fails never makes a fail; fix the base or choose another `ab-base`.',
                        });
                    }
                }
                rounds.push(round);
                order.push(first);
                roundMs += now() - t0;
                done++;
                o.log(`benchgate: round ${rounds.length} (${first} first) done in ${((now() - t0) / 1000).toFixed(1)} s`);
            }
            return done;
        };
        const ids = { base: base.sha, head: headSha };
        let verdict;
        let confirmRounds = 0;
        if (baseBroken) {
            verdict = o.judge([], ids);
            verdict.warnings = [
                {
                    kind: 'baseline-unavailable',
                    message: baseBroken,
                    hint: 'A base that does not build never makes a fail.',
                },
            ];
        }
        else {
            await runRounds(o.rounds, 'first');
            const first = o.judge(rounds, ids);
            verdict = first;
            if (o.confirmRounds > 0 && needsConfirmation(first)) {
                if (stoppedByBudget) {
                    first.warnings.push(budgetWarning('so the flagged series were decided without confirmation rounds'));
                }
                else {
                    o.log(`benchgate: the first look would ${first.verdict} or left a worse-looking series open; running ${o.confirmRounds} confirmation rounds`);
                    confirmRounds = await runRounds(o.confirmRounds, 'confirm');
                    verdict = confirmRounds > 0 ? mergeLooks(first, o.judge(rounds, ids), confirmRounds) : first;
                    if (confirmRounds === 0)
                        verdict.warnings.push(budgetWarning('so the flagged series were decided without confirmation rounds'));
                }
            }
            if (stoppedByBudget && !verdict.warnings.some((w) => w.message.startsWith('The time budget')))
                verdict.warnings.push(budgetWarning(`after ${rounds.length} rounds; the verdict is decided on what was collected`));
            if (baseFailures === rounds.length && rounds.length > 0) {
                verdict.warnings = verdict.warnings.filter((w) => w.kind !== 'baseline-unavailable');
                warnings.unshift({
                    kind: 'baseline-unavailable',
                    message: `The benchmark failed on the base commit ${base.sha.slice(0, 12)} in every round, so nothing was compared.`,
                    hint: 'A base that fails never makes a fail.',
                });
            }
            verdict.warnings.push(...warnings);
        }
        if (base.note)
            verdict.warnings.push({ kind: 'config', message: `A/B: ${base.note}.` });
        const details = {
            rounds: rounds.length,
            confirmRounds,
            order,
            seed,
            baseCommit: base.sha,
            headCommit: headSha,
            ms: { ...ms },
            ...(stoppedByBudget ? { stoppedByBudget } : {}),
            ...(base.note ? { note: base.note } : {}),
        };
        verdict.ab = details;
        verdict.baselineCommit = base.sha;
        return { verdict, details, rounds };
        function budgetWarning(what) {
            return {
                kind: 'limit',
                message: `The time budget (${Math.round(o.timeBudgetMs / 1000)} s) stopped new rounds ${what}.`,
                hint: 'Raise `ab-time-budget`, or make one run of the benchmark command shorter.',
            };
        }
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        cleanup();
    }
}

// EXTERNAL MODULE: ./src/config/ab.ts
var config_ab = __webpack_require__(60391);
;// CONCATENATED MODULE: ./src/ab/index.ts








/** Rounds → verdict with the config's thresholds, rules and overrides. */
function judgeWith(config) {
    return (rounds, ids) => {
        const fixed = rounds.map((r) => ({
            first: r.first,
            ...(r.base ? { base: (0,src_config/* applyOverrides */.iu)(config.analysis, r.base) } : {}),
            ...(r.head ? { head: (0,src_config/* applyOverrides */.iu)(config.analysis, r.head) } : {}),
        }));
        const union = new Map();
        for (const r of fixed)
            for (const s of r.head ?? [])
                if (!union.has((0,model/* seriesId */.hG)(s)))
                    union.set((0,model/* seriesId */.hG)(s), s);
        const current = {
            suite: config.suite,
            tool: 'ab',
            commit: ids.head,
            ref: '',
            timestamp: new Date(0).toISOString(),
            series: [...union.values()],
        };
        const seed = `${config.suite}:${ids.base}:${ids.head}`;
        const a = (0,src_config/* analyzeInput */.fv)(config, current, {}, seed);
        return analyzePaired({
            suite: config.suite,
            rounds: fixed,
            ruleFor: a.ruleFor,
            settings: a.settings,
            severity: a.severity,
            seed,
            baseCommit: ids.base,
            headCommit: ids.head,
        });
    };
}
async function runAbSuite(config, ab, o) {
    return runAb({
        headDir: o.headDir,
        base: ab.base,
        run: ab.run,
        build: ab.build,
        outputFile: ab.outputFile,
        format: config.format,
        rounds: ab.rounds,
        confirmRounds: ab.confirm ? config_ab/* AB_DEFAULTS */.pM.confirmRounds : 0,
        timeBudgetMs: ab.timeBudgetMs,
        env: o.env,
        log: o.log,
        judge: judgeWith(config),
        tmpRoot: o.tmpRoot,
    });
}
/** The head side's rounds as one run for the history: each round's headline is one sample. */
function headRun(result, base) {
    const byId = new Map();
    for (const r of result.rounds) {
        if (!r.head)
            continue;
        for (const s of r.head) {
            const id = (0,model/* seriesId */.hG)(s);
            const e = byId.get(id) ?? { s, values: [] };
            e.values.push(s.value);
            byId.set(id, e);
        }
    }
    const series = [...byId.values()].map(({ s, values }) => {
        const sorted = [...values].sort((a, b) => a - b);
        const m = sorted.length >> 1;
        const value = sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
        const { spread: _spread, ...rest } = s;
        return { ...rest, value, ...(values.length > 1 ? { samples: values } : {}) };
    });
    return { ...base, series };
}

;// CONCATENATED MODULE: ./src/ab/action.ts








const ZERO = /^0+$/;
/** The base commit the event implies: PR → merge base of head and base; push → `before`. */
async function defaultBase(deps, ctx) {
    const pr = ctx.pullRequest;
    if (pr?.baseSha) {
        const head = pr.headSha ?? ctx.sha;
        for (const sha of [pr.baseSha, head])
            if (!(await revParse(deps.cwd, sha)))
                await git(deps.cwd, ['fetch', '--no-tags', '--depth=50', 'origin', sha]);
        const mb = await git(deps.cwd, ['merge-base', head, pr.baseSha]);
        const sha = mb.stdout.trim();
        if (mb.code === 0 && /^[0-9a-f]{40,64}$/.test(sha))
            return { base: sha };
        return {
            base: pr.baseSha,
            note: `the merge base of ${head.slice(0, 12)} and ${pr.baseSha.slice(0, 12)} is not in this shallow checkout: comparing with the base branch's tip, on which the PR's merge commit is built`,
        };
    }
    const before = (0,context/* readEvent */.j_)(deps.env).before;
    if (ctx.eventName === 'push' && typeof before === 'string' && !ZERO.test(before))
        return { base: before };
    throw new errors/* ConfigError */.xL("input 'ab-base'", ctx.eventName === 'push'
        ? 'expected a base commit: this push created the branch (no `before`), so name one'
        : `expected a base commit for a ${ctx.eventName || 'local'} run (defaults exist for pull_request and push)`);
}
async function runAbMode(deps, config, ctx) {
    const ab = config.ab;
    if (config.outputFiles.length > 1)
        throw new errors/* ConfigError */.xL("input 'output-file'", 'expected one output file (relative to each tree) in A/B mode');
    const chosen = ab.base ? { base: ab.base } : await defaultBase(deps, ctx);
    if (chosen.note)
        deps.core.info(`benchgate: ${chosen.note}`);
    const result = await runAbSuite(config, { ...ab, base: chosen.base, outputFile: config.outputFiles[0] }, { headDir: deps.cwd, env: deps.env, log: (m) => deps.core.info(m) });
    const verdict = result.verdict;
    if (chosen.note)
        verdict.warnings.push({ kind: 'config', message: `A/B: ${chosen.note}.` });
    const baseBranch = (0,context/* baseBranchOf */.vr)(ctx, config.baseBranch);
    const runner = deps.runner();
    const storeEnv = {
        config,
        ctx,
        env: deps.env,
        baseBranch,
        log: (m) => deps.core.info(m),
        runnerOs: runner.os,
        artifacts: (0,artifacts/* artifactListing */.F)(deps.github, { apiUrl: ctx.apiUrl, log: (m) => deps.core.info(m) }),
    };
    const onBaseBranch = (0,context/* isBaseBranchRun */.pK)(ctx, baseBranch);
    const store = onBaseBranch ? await deps.openStore(storeEnv) : undefined;
    const baseline = store ? await (0,src_history.loadBaseline)(store, storeEnv, runner) : undefined;
    const current = (0,shared/* toRun */.P3)(deps, config, ctx, [], 'ab', result.details.headCommit ?? ctx.sha);
    return (0,deliver/* deliver */.c)(deps, config, ctx, {
        key: config.suite,
        suites: [{ verdict, history: baseline?.history, runner }],
        onBaseBranch,
        afterPublish: baseline
            ? () => (0,src_history.recordRun)(store, storeEnv, baseline, { ...headRun(result, current), tool: config.format })
            : undefined,
    });
}


/***/ })

};

//# sourceMappingURL=925.index.js.map
export const id = 611;
export const ids = [611];
export const modules = {

/***/ 23611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runComment: () => (/* binding */ runComment)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/pulls.ts

async function verifyPullRequest(gh, t) {
    try {
        const run = (await gh.rest.actions.getWorkflowRun({ owner: t.owner, repo: t.repo, run_id: t.runId }))
            .data;
        if (run.event !== 'pull_request')
            return {
                ok: false,
                reason: `workflow run ${t.runId} was triggered by "${run.event}", not by a pull request`,
            };
        const pr = (await gh.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.claimed })).data;
        const runRepo = run.head_repository?.full_name;
        const prRepo = pr.head.repo?.full_name;
        if (pr.head.sha !== run.head_sha || !runRepo || prRepo !== runRepo) {
            return {
                ok: false,
                reason: `pull request #${t.claimed} is not the one workflow run ${t.runId} ran for (its head is ${prRepo ?? 'a deleted repository'}@${pr.head.sha.slice(0, 7)}, the run's ${runRepo ?? '?'}@${run.head_sha.slice(0, 7)}); a newer push may have superseded it`,
            };
        }
        return {
            ok: true,
            pull: {
                number: pr.number,
                headSha: pr.head.sha,
                baseRef: pr.base.ref,
                baseSha: pr.base.sha,
                fork: runRepo !== `${t.owner}/${t.repo}`,
            },
        };
    }
    catch (e) {
        return {
            ok: false,
            reason: `could not check pull request #${t.claimed} against workflow run ${t.runId} (${(0,client/* apiError */.pb)(e)})`,
        };
    }
}

// EXTERNAL MODULE: ./src/modes/shared.ts + 2 modules
var shared = __webpack_require__(50765);
// EXTERNAL MODULE: ./src/modes/deliver.ts + 13 modules
var deliver = __webpack_require__(48868);
// EXTERNAL MODULE: ./src/modes/payload.ts + 1 modules
var payload = __webpack_require__(39246);
;// CONCATENATED MODULE: ./src/modes/comment.ts
/**
 * `mode: comment`, in a workflow triggered by `workflow_run` (base-branch code, a write token): reads
 * the results a pull request's workflow collected — a fork's, possibly — and comments on that PR.
 *
 * The artifact is untrusted data. It is never executed; it is size-capped and schema-validated; every
 * string in it is escaped again by the report; its comparison inputs are ignored (this workflow's
 * inputs and config decide); and its PR number is believed only after GitHub confirms that the PR's head
 * commit and repository are the triggering run's. The baseline is this repository's own history of the
 * PR's base branch.
 */









async function nothingToDo(deps, config, why) {
    deps.core.info(`benchgate: ${why}`);
    if (config.summary) {
        try {
            await deps.core.summary.addRaw(`benchgate ▸ no report: ${why}\n`, true).write();
        }
        catch (e) {
            deps.core.info(`benchgate: job summary not written: ${(0,errors/* errorText */.kc)(e)}`);
        }
    }
    return { exitCode: 0 };
}
async function runComment(deps, config, ctx) {
    const { core } = deps;
    const transfer = deps.transfer();
    const runId = Number(config.workflowRunId || ctx.workflowRun?.id || NaN);
    if (!Number.isSafeInteger(runId) || runId <= 0)
        throw new errors/* ConfigError */.xL(`input '${inputs/* INPUTS */.m.workflowRunId}'`, 'expected the id of the workflow run whose results to report (set it, or trigger this workflow with `on: workflow_run`)');
    if (!ctx.repository)
        throw new errors/* ConfigError */.xL('GITHUB_REPOSITORY', 'expected owner/repo');
    if (!config.token)
        throw new errors/* ConfigError */.xL(`input '${inputs/* INPUTS */.m.githubToken}'`, 'expected a token that may read actions and write pull requests');
    // The event payload comes from GitHub, not from the PR: a run of another event has no PR to comment on.
    if (ctx.workflowRun && !config.workflowRunId && ctx.workflowRun.event !== 'pull_request')
        return nothingToDo(deps, config, `workflow run ${runId} was a ${ctx.workflowRun.event} run, not a pull request's`);
    const findBy = {
        token: config.token,
        workflowRunId: runId,
        repositoryOwner: ctx.repository.owner,
        repositoryName: ctx.repository.repo,
    };
    const found = await transfer.list(findBy);
    if (found.length === 0)
        return nothingToDo(deps, config, `workflow run ${runId} uploaded no benchgate-results-* artifact`);
    const collected = [];
    const problems = [];
    // Artifact names are never path components: each download gets a folder of a random name in here.
    const scratch = external_node_path_.join(deps.env.RUNNER_TEMP || external_node_os_.tmpdir(), `benchgate-comment-${runId}`);
    for (const a of found) {
        try {
            const checked = (0,payload/* readCollected */.qu)(await transfer.read(a, scratch, findBy), a.name);
            if (checked.ok)
                collected.push(checked.value);
            else
                problems.push({ kind: 'publish', message: `Artifact ${checked.reason}; ignored.` });
        }
        catch (e) {
            problems.push({ kind: 'publish', message: `Artifact ${a.name} not read: ${(0,errors/* errorText */.kc)(e)}.` });
        }
    }
    for (const p of problems)
        core.warning(`benchgate: ${p.message}`);
    if (collected.length === 0)
        return nothingToDo(deps, config, `no usable collected results in workflow run ${runId}`);
    const claimed = new Set(collected.map((c) => c.pullRequest?.number));
    if (claimed.size !== 1 || claimed.has(undefined))
        return nothingToDo(deps, config, `the collected results of run ${runId} do not name one pull request`);
    const number = [...claimed][0];
    const gh = await deps.github({ token: config.token, apiUrl: ctx.apiUrl, log: (m) => core.info(m) });
    const verified = await verifyPullRequest(gh, { ...ctx.repository, runId, claimed: number });
    if (!verified.ok) {
        core.warning(`benchgate: not commenting: ${verified.reason}.`);
        return nothingToDo(deps, config, verified.reason);
    }
    const pull = verified.pull;
    // From here on the PR's facts come from GitHub: head, base and fork-ness.
    const prCtx = {
        ...ctx,
        sha: pull.headSha,
        pullRequest: {
            number: pull.number,
            baseRef: pull.baseRef,
            baseSha: pull.baseSha,
            headSha: pull.headSha,
            fork: pull.fork,
        },
    };
    const suites = [];
    for (const c of collected) {
        const suiteConfig = { ...config, suite: c.suite };
        core.info(`benchgate: comparing suite ${c.suite} (${c.current.series.length} series) for pull request #${pull.number}`);
        const compared = await (0,shared/* compareRun */.XZ)(deps, suiteConfig, prCtx, c.current, c.baseline);
        suites.push({ verdict: compared.verdict, history: compared.history, runner: c.current.runner });
    }
    return (0,deliver/* deliver */.c)(deps, config, prCtx, {
        key: config.suite,
        suites,
        pull: { number: pull.number, headSha: pull.headSha },
        onBaseBranch: false,
    });
}


/***/ })

};

//# sourceMappingURL=611.index.js.map
export const id = 72;
export const ids = [72];
export const modules = {

/***/ 61072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArtifactStore: () => (/* binding */ ArtifactStore)
/* harmony export */ });
/* unused harmony exports artifactName, HISTORY_EVENTS, rejectArtifact */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82753);
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67226);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24245);
/* harmony import */ var _bounded_artifact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86628);
/**
 * The artifact store: the history as artifact `benchgate-history-<suite>`, through the real
 * @actions/artifact client (DESIGN.md §5). For repositories whose base branch is quiet for more than the
 * cache's 7-day eviction: an artifact lives for its retention (90 days by default).
 *
 * - Save (base-branch runs only): upload the history as this run's artifact.
 * - Load: list the repository's artifacts of that name, newest first, and take the first that has not
 *   expired and whose run is on the base branch of this repository itself: `head_branch` is the base
 *   and `head_repository_id` is the repository's own id. A fork's branch called `main` has the same
 *   `head_branch` but another head repository, and is ignored. Then download it with `findBy`.
 *   Listing needs a token with `actions: read`.
 * - Artifacts are immutable: an unusable one is left as it is (it expires on its own), and the next
 *   base-branch run uploads a fresh history under its own run.
 */







class DownloadFailed extends Error {
}
/** The toolkit's artifact client, loaded only by runs that use artifacts. */
async function artifactClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(251), __webpack_require__.e(110), __webpack_require__.e(351), __webpack_require__.e(482)]).then(__webpack_require__.bind(__webpack_require__, 36482));
    return new DefaultArtifactClient();
}
function artifactName(suite) {
    return `benchgate-history-${suite}`;
}
/**
 * The events whose runs may write the base branch's history (the events isBaseBranchRun() saves on).
 * Runs of anything a pull request can trigger — pull_request*, pull_request_target, workflow_run,
 * issue_comment, … — are never the base branch's history, whatever branch they name.
 */
const HISTORY_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Why an artifact is not the base branch's history, or undefined when it is. */
function rejectArtifact(a, base) {
    if (a.expired)
        return 'expired';
    const run = a.workflow_run;
    if (!run || run.id === undefined)
        return 'no workflow run';
    if (run.head_branch !== base)
        return `from branch ${run.head_branch ?? '?'}`;
    if (run.head_repository_id === undefined || run.head_repository_id !== run.repository_id)
        return `from a fork's ${base}`;
    return undefined;
}
/** At most this many pages of 100 are searched for a usable artifact. */
const MAX_PAGES = 10;
class ArtifactStore {
    o;
    name = 'artifact';
    constructor(o) {
        this.o = o;
    }
    folder() {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.o.tempDir, `benchgate-artifact-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}`);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
        return dir;
    }
    /** The newest usable artifact, or why none was found. */
    async find(suite) {
        const { owner, repo } = this.o.repository;
        const base = this.o.base;
        const listing = this.o.listing;
        const skipped = [];
        let pages = 0;
        try {
            const events = new Map();
            const eventOf = async (runId) => {
                let event = events.get(runId);
                if (event === undefined) {
                    event = await listing.runEvent({ owner, repo, runId, token: this.o.token });
                    events.set(runId, event);
                }
                return event;
            };
            for await (const page of listing.pages({
                owner,
                repo,
                name: artifactName(suite),
                token: this.o.token,
            })) {
                for (const a of page) {
                    let why = rejectArtifact(a, base);
                    if (!why) {
                        const event = await eventOf(a.workflow_run.id);
                        if (!HISTORY_EVENTS.includes(event))
                            why = `from a ${event} run`;
                    }
                    if (!why) {
                        if (skipped.length)
                            this.o.log(`benchgate: skipped newer history artifacts: ${skipped.join(', ')}`);
                        return { artifact: a };
                    }
                    skipped.push(`${a.id} (${why})`);
                }
                if (++pages >= MAX_PAGES)
                    break;
            }
        }
        catch (e) {
            const { status, message } = listing.explain(e);
            const hint = status === 403 || status === 404
                ? '; store: artifact needs a github-token with `actions: read` (add `permissions: actions: read` to the job)'
                : '';
            return { failed: `listing artifacts failed (${message})${hint}` };
        }
        return {
            none: `no usable artifact ${artifactName(suite)} from ${base} yet` +
                (skipped.length
                    ? ` (skipped: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''})`
                    : '') +
                ' (a first run, or the last one expired after its retention)',
        };
    }
    async load(suite) {
        if (!this.o.token)
            return {
                kind: 'unavailable',
                reason: 'store: artifact needs a github-token (with `actions: read`) to find the base branch history',
            };
        if (!this.o.repository)
            return { kind: 'unavailable', reason: 'GITHUB_REPOSITORY is not set' };
        if (!this.o.base)
            return { kind: 'unavailable', reason: 'no base branch is known for this run' };
        if (!this.o.listing)
            return { kind: 'unavailable', reason: 'no GitHub client to list artifacts with' };
        const found = await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .callToolkit */ .L7)(() => this.find(suite), this.o.timeoutMs);
        if (found.timedOut || !found.value)
            return {
                kind: 'unavailable',
                reason: found.timedOut
                    ? `no answer from the artifacts API within ${Math.round(this.o.timeoutMs / 1000)} s`
                    : `listing artifacts failed: ${found.error ?? found.problems[0] ?? 'unknown error'}`,
            };
        const f = found.value;
        if ('failed' in f)
            return { kind: 'unavailable', reason: f.failed };
        if ('none' in f)
            return { kind: 'empty', reason: f.none };
        const a = f.artifact;
        const runId = a.workflow_run.id;
        const kept = `artifact ${a.id} of run ${runId}, left untouched (artifacts are immutable and expire after their retention)`;
        const { owner, repo } = this.o.repository;
        let read;
        try {
            read = await (0,_bounded_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .readArtifactEntry */ .Ll)({
                tempDir: this.o.tempDir,
                entry: (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .historyFileName */ .cI)(suite),
                listedSize: a.size_in_bytes,
                download: async (into) => {
                    const call = await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .callToolkit */ .L7)(async () => (await artifactClient()).downloadArtifact(a.id, {
                        path: into,
                        skipDecompress: true,
                        expectedHash: a.digest ?? undefined,
                        findBy: {
                            token: this.o.token,
                            workflowRunId: runId,
                            repositoryOwner: owner,
                            repositoryName: repo,
                        },
                    }), this.o.timeoutMs);
                    if (call.value)
                        return call.value;
                    const problem = call.timedOut
                        ? `no answer within ${Math.round(this.o.timeoutMs / 1000)} s`
                        : (call.error ?? call.problems[0] ?? 'unknown error');
                    throw new DownloadFailed(problem.split('\n')[0]);
                },
            });
        }
        catch (e) {
            if (e instanceof DownloadFailed)
                return { kind: 'unavailable', reason: `downloading artifact ${a.id} failed: ${e.message}` };
            if (e instanceof _bounded_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtifactReadError */ .tZ)
                return { kind: 'invalid', reason: `artifact ${a.id}: ${e.message}`, keptAt: kept };
            throw e;
        }
        if (read.digestMismatch)
            return {
                kind: 'invalid',
                reason: `artifact ${a.id} does not match its digest ${a.digest}`,
                keptAt: kept,
            };
        const v = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeHistory */ .F)(read.text, suite);
        if (!v.ok)
            return { kind: 'invalid', reason: `artifact ${a.id}: ${v.reason}`, keptAt: kept };
        return { kind: 'found', history: v.history, source: `artifact ${a.id} (run ${runId})` };
    }
    async save(history) {
        const name = artifactName(history.suite);
        const dir = this.folder();
        try {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .historyFileName */ .cI)(history.suite));
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, `${JSON.stringify(history)}\n`);
            const client = await artifactClient();
            const upload = () => client.uploadArtifact(name, [file], dir, { retentionDays: this.o.retentionDays });
            let call = await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .callToolkit */ .L7)(upload, this.o.timeoutMs);
            // A re-run attempt finds its first attempt's artifact under the same name (names are unique per
            // run): that one is replaced — it holds nothing the history loaded by this attempt lacks.
            if (!call.value && /already exists|\(409\)/i.test(call.error ?? '')) {
                this.o.log(`benchgate: replacing this run's earlier ${name} artifact (a re-run)`);
                await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .callToolkit */ .L7)(() => client.deleteArtifact(name), this.o.timeoutMs);
                call = await (0,_toolkit_js__WEBPACK_IMPORTED_MODULE_4__/* .callToolkit */ .L7)(upload, this.o.timeoutMs);
            }
            if (call.value?.id !== undefined)
                return { kind: 'saved', where: `artifact ${name} (id ${call.value.id})` };
            const problem = call.timedOut
                ? `no answer within ${Math.round(this.o.timeoutMs / 1000)} s`
                : (call.error ?? call.problems[0] ?? 'unknown error');
            return { kind: 'failed', reason: `artifact upload failed: ${problem.split('\n')[0]}` };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 86628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ readArtifactEntry),
/* harmony export */   tZ: () => (/* binding */ ArtifactReadError)
/* harmony export */ });
/* unused harmony exports ARTIFACT_CAPS, readZipEntry */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var unzip_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33991);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30351);
/**
 * Reading one file out of a workflow artifact without trusting its size. An artifact's zip can hold a
 * bomb (1 MiB that inflates to gigabytes) or other files than the one expected, so nothing is ever
 * extracted to disk: the zip is downloaded as it is (@actions/artifact's `skipDecompress`) into a
 * fresh scratch folder — after its listed size was checked — and only the expected entry is inflated,
 * in memory, up to a byte cap; other entries are read through and dropped, under a total cap. The
 * scratch folder is removed whatever happens. Artifact names are never used as path components.
 */





const ARTIFACT_CAPS = {
    zipBytes: _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.documentBytes,
    entryBytes: _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.documentBytes,
    totalBytes: 2 * _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b.documentBytes,
};
/** Why an artifact was not read: a one-line reason for the report. */
class ArtifactReadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArtifactReadError';
    }
}
function mib(n) {
    return `${+(n / 1024 / 1024).toFixed(1)} MiB`;
}
/** The expected entry of a zip file on disk, inflated in memory under the caps. */
function readZipEntry(zipFile, entryName, caps = ARTIFACT_CAPS) {
    return new Promise((resolve, reject) => {
        const source = node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream(zipFile);
        const parser = unzip_stream__WEBPACK_IMPORTED_MODULE_3__.Parse();
        let total = 0;
        let wantedSeen = false;
        let settled = false;
        const entries = [];
        /** Stop reading: no entry goes on inflating in the background. */
        const stop = () => {
            settled = true;
            source.destroy();
            parser.destroy();
            for (const e of entries)
                e.destroy();
        };
        const fail = (message) => {
            if (settled)
                return;
            stop();
            reject(new ArtifactReadError(message));
        };
        parser.on('entry', (entry) => {
            entries.push(entry);
            const wanted = entry.type === 'File' && entry.path === entryName && !wantedSeen;
            if (wanted)
                wantedSeen = true;
            const chunks = [];
            let size = 0;
            // Every entry is read (the parser waits for each), counted and, but for the expected one, dropped.
            entry.on('data', (chunk) => {
                size += chunk.length;
                total += chunk.length;
                if (wanted && size > caps.entryBytes)
                    fail(`its ${entryName} inflates to more than ${mib(caps.entryBytes)}`);
                else if (total > caps.totalBytes)
                    fail(`it inflates to more than ${mib(caps.totalBytes)}`);
                else if (wanted)
                    chunks.push(chunk);
            });
            // The parser may close before its entries end: the wanted entry's end settles the read.
            entry.on('end', () => {
                if (!wanted || settled)
                    return;
                stop();
                resolve(Buffer.concat(chunks, size));
            });
            entry.on('error', (e) => fail(`it is not a readable zip (${e.message.split('\n')[0]})`));
        });
        parser.on('error', (e) => fail(`it is not a readable zip (${e.message.split('\n')[0]})`));
        parser.on('close', () => {
            if (!wantedSeen)
                fail(`it holds no ${entryName}`);
        });
        source.on('error', (e) => fail(`the download could not be read (${e.message.split('\n')[0]})`));
        source.pipe(parser);
    });
}
/**
 * One entry of an artifact as text: size checked before the download (when the listing gave one) and
 * after it, then read under the caps. `tempDir` gets a scratch folder of a random name, always removed.
 */
async function readArtifactEntry(o) {
    const caps = o.caps ?? ARTIFACT_CAPS;
    if (o.listedSize !== undefined && o.listedSize > caps.zipBytes)
        throw new ArtifactReadError(`it is ${mib(o.listedSize)}, more than the ${mib(caps.zipBytes)} benchgate reads`);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(o.tempDir, `benchgate-download-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
    try {
        const r = await o.download(dir);
        const files = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true });
        const zips = files.filter((f) => f.isFile());
        if (zips.length !== 1 || files.length !== 1)
            throw new ArtifactReadError(`the download gave ${files.length} files, expected one zip`);
        const zip = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, zips[0].name);
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(zip).size;
        if (size > caps.zipBytes)
            throw new ArtifactReadError(`it is ${mib(size)}, more than the ${mib(caps.zipBytes)} benchgate reads`);
        const data = await readZipEntry(zip, o.entry, caps);
        return { text: data.toString('utf8'), digestMismatch: Boolean(r.digestMismatch) };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
    }
}


/***/ })

};

//# sourceMappingURL=72.index.js.map
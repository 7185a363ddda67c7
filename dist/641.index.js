export const id = 641;
export const ids = [641];
export const modules = {

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


/***/ }),

/***/ 97641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactTransfer: () => (/* binding */ artifactTransfer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);
/* harmony import */ var _history_bounded_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86628);
/* harmony import */ var _history_toolkit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67226);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39246);
/**
 * Collected results move between jobs as workflow artifacts, through the real @actions/artifact client:
 * uploaded by `collect`, listed and downloaded by `report` (this run) and `comment` (another run, via
 * `findBy`). Downloads go to a fresh folder of a random name under RUNNER_TEMP, never the workspace,
 * and are never extracted: only the one expected file is read out of the zip, under byte caps
 * (src/history/bounded-artifact.ts). Every call has a deadline.
 */





/** Through the real @actions/artifact client, loaded on the first call. */
function artifactTransfer() {
    let loaded;
    const artifacts = () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(251), __webpack_require__.e(110), __webpack_require__.e(351), __webpack_require__.e(482)]).then(__webpack_require__.bind(__webpack_require__, 36482)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient()));
    return {
        async upload(name, files, retentionDays) {
            const client = await artifacts();
            // A re-run of the job finds its first attempt's artifact under the same name: replace it.
            try {
                await client.deleteArtifact(name);
            }
            catch {
                // none to replace
            }
            await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .withDeadline */ .NE)('the artifact service (upload)', (0,_history_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .storeTimeoutMs */ .$t)(process.env), () => client.uploadArtifact(name, files, node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(files[0]), retentionDays ? { retentionDays } : {}));
        },
        async list(findBy) {
            const client = await artifacts();
            const r = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .withDeadline */ .NE)('the artifact service (list)', (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiTimeoutMs */ .Mq)(), () => client.listArtifacts({ latest: true, ...(findBy ? { findBy } : {}) }));
            return r.artifacts
                .filter((a) => a.name.startsWith(_payload_js__WEBPACK_IMPORTED_MODULE_4__/* .ARTIFACT_PREFIX */ .Cw))
                .map((a) => ({ id: a.id, name: a.name, size: a.size }))
                .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        },
        async read(artifact, dir, findBy) {
            const client = await artifacts();
            const r = await (0,_history_bounded_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .readArtifactEntry */ .Ll)({
                tempDir: dir,
                entry: _payload_js__WEBPACK_IMPORTED_MODULE_4__/* .PAYLOAD_FILE */ .Yr,
                listedSize: artifact.size,
                download: (into) => (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .withDeadline */ .NE)('the artifact service (download)', (0,_history_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .storeTimeoutMs */ .$t)(process.env), () => client.downloadArtifact(artifact.id, {
                    path: into,
                    skipDecompress: true,
                    ...(findBy ? { findBy } : {}),
                })),
            });
            return r.text;
        },
    };
}


/***/ })

};

//# sourceMappingURL=641.index.js.map
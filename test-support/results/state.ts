/**
 * The state of the Actions results stand-in: cache entries per scope, artifacts per workflow run,
 * blobs, and the workflow runs that runtime tokens were minted for. Tests read it to assert what the
 * real clients did, and seed it with what no client in the test wrote (a fork's artifact, a corrupt
 * cache entry).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Signer } from './sas.js';
import { readZip, writeZip } from './zip.js';

/** The repository every run belongs to (octo-org/octo-repo, as in the GitHub stand-in). */
export const REPOSITORY_ID = 1;
/** The repository id of "a fork": runs whose head lives there are not the base repository's. */
export const FORK_REPOSITORY_ID = 2;

export interface WorkflowRun {
  /** GITHUB_RUN_ID, the id the REST API uses. */
  id: number;
  backendId: string;
  event: string;
  headBranch: string;
  headSha: string;
  repositoryId: number;
  headRepositoryId: number;
}

export interface Blob {
  data: Buffer;
  contentType: string;
  /** Staged blocks (`comp=block`) not yet committed by a block list. */
  staged: Map<string, Buffer>;
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** The ref scope it was written to. */
  scope: string;
  blobPath: string;
  sizeBytes?: number;
  finalized: boolean;
  createdAt: Date;
}

export interface Artifact {
  id: number;
  name: string;
  run: WorkflowRun;
  jobBackendId: string;
  blobPath: string;
  size: number;
  /** `sha256:<hex>`, as FinalizeArtifact reports it. */
  digest?: string;
  createdAt: Date;
  expiresAt: Date;
  finalized: boolean;
  deleted: boolean;
}

export class ResultsState {
  readonly signer = new Signer();
  readonly blobs = new Map<string, Blob>();
  readonly cache: CacheEntry[] = [];
  readonly artifacts: Artifact[] = [];
  readonly runs: WorkflowRun[] = [];
  /** Added to the real clock: lets a test make artifacts expire or signed URLs lapse. */
  clockOffsetMs = 0;
  /** Filled in by startResults once the port is known. */
  baseUrl = '';
  private nextId = 1;
  private nextRunId = 5000;

  id(): number {
    return this.nextId++;
  }

  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  /** The run a token's `Actions.Results:<run>:<job>` names, created on first sight. */
  runFor(backendId: string): WorkflowRun {
    let run = this.runs.find((r) => r.backendId === backendId);
    if (!run) {
      run = {
        id: this.nextRunId++,
        backendId,
        event: 'push',
        headBranch: 'main',
        headSha: 'a'.repeat(40),
        repositoryId: REPOSITORY_ID,
        headRepositoryId: REPOSITORY_ID,
      };
      this.runs.push(run);
    }
    return run;
  }

  /** Record (or update) the run a runtime token is minted for. */
  registerRun(run: Partial<WorkflowRun> & { id?: number }): WorkflowRun {
    const id = run.id ?? this.nextRunId++;
    const backendId = run.backendId ?? `run-be-${id}`;
    const existing = this.runs.find((r) => r.backendId === backendId);
    const merged: WorkflowRun = {
      event: 'push',
      headBranch: 'main',
      headSha: 'a'.repeat(40),
      repositoryId: REPOSITORY_ID,
      headRepositoryId: REPOSITORY_ID,
      ...existing,
      ...run,
      id,
      backendId,
    };
    if (existing) Object.assign(existing, merged);
    else this.runs.push(merged);
    return existing ?? merged;
  }

  /** A signed URL for a blob, the way the service hands them out (short-lived). */
  signedUrl(blobPath: string, sp: string, ttlMs = 10 * 60_000): string {
    return this.signer.sign(this.baseUrl, blobPath, sp, new Date(this.now().getTime() + ttlMs));
  }

  // ---- cache ---------------------------------------------------------------------------------------

  /** Finalized cache entries, oldest first; optionally those of one scope. */
  cacheEntries(scope?: string): CacheEntry[] {
    return this.cache.filter((e) => e.finalized && (scope === undefined || e.scope === scope));
  }

  cacheKeys(scope?: string): string[] {
    return this.cacheEntries(scope).map((e) => e.key);
  }

  /** The files inside a cache entry's archive (tar, zstd- or gzip-compressed, as the client made it). */
  cacheFiles(entry: CacheEntry): Record<string, string> {
    const blob = this.blobs.get(entry.blobPath);
    if (!blob) throw new Error(`no blob for cache entry ${entry.key}`);
    return untar(blob.data);
  }

  /**
   * Add a finalized entry the client did not write (a corrupt history, another benchgate's), with the
   * version of an existing entry so that the real client's lookup can match it. Newest by construction.
   */
  seedCacheEntry(o: {
    key: string;
    scope: string;
    version: string;
    files: Record<string, string>;
  }): CacheEntry {
    const blobPath = `/devstoreaccount1/actions-cache/${this.nextId}`;
    this.blobs.set(blobPath, {
      data: tar(o.files),
      contentType: 'application/octet-stream',
      staged: new Map(),
    });
    const entry: CacheEntry = {
      id: this.id(),
      key: o.key,
      version: o.version,
      scope: o.scope,
      blobPath,
      sizeBytes: this.blobs.get(blobPath)!.data.length,
      finalized: true,
      createdAt: this.now(),
    };
    this.cache.push(entry);
    return entry;
  }

  // ---- artifacts -----------------------------------------------------------------------------------

  /** Finalized, undeleted artifacts, oldest first; optionally by name. */
  liveArtifacts(name?: string): Artifact[] {
    return this.artifacts.filter((a) => a.finalized && !a.deleted && (name === undefined || a.name === name));
  }

  isExpired(a: Artifact): boolean {
    return a.expiresAt.getTime() <= this.now().getTime();
  }

  /** The files inside an artifact's zip. */
  artifactFiles(a: Artifact): Record<string, string> {
    const blob = this.blobs.get(a.blobPath);
    if (!blob) throw new Error(`no blob for artifact ${a.name}`);
    return Object.fromEntries(Object.entries(readZip(blob.data)).map(([k, v]) => [k, v.toString('utf8')]));
  }

  /** Add an artifact no client in the test uploaded: a fork's `main`, an expired one, a corrupt one. */
  seedArtifact(o: {
    name: string;
    files: Record<string, string | Buffer>;
    run?: Partial<WorkflowRun>;
    /** Days from now; negative for an artifact that has expired. */
    expiresInDays?: number;
    /** Deflate the files (a zip bomb is a small deflated zip). */
    deflate?: boolean;
  }): Artifact {
    const run = this.registerRun(o.run ?? {});
    const id = this.id();
    const blobPath = `/devstoreaccount1/actions-results/artifact-${id}`;
    const data = writeZip(o.files, { deflate: o.deflate });
    this.blobs.set(blobPath, { data, contentType: 'application/zip', staged: new Map() });
    const a: Artifact = {
      id,
      name: o.name,
      run,
      jobBackendId: `job-be-${run.id}`,
      blobPath,
      size: data.length,
      createdAt: this.now(),
      expiresAt: new Date(this.now().getTime() + (o.expiresInDays ?? 90) * 86_400_000),
      finalized: true,
      deleted: false,
    };
    this.artifacts.push(a);
    return a;
  }
}

/** Extract every file of a (compressed) tar with the system tar, which detects the compression. */
function untar(data: Buffer): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-untar-'));
  try {
    const file = path.join(dir, 'archive');
    fs.writeFileSync(file, data);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const zstd = data.readUInt32LE(0) === 0xfd2fb528;
    execFileSync('tar', [...(zstd ? ['--use-compress-program', 'unzstd'] : []), '-xf', file, '-C', out], {
      stdio: 'pipe',
    });
    const files: Record<string, string> = {};
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files[path.relative(out, p)] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(out);
    return files;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A zstd-compressed tar of `files`, as @actions/cache makes one where zstd is installed. */
function tar(files: Record<string, string>): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-tar-'));
  try {
    const src = path.join(dir, 'src');
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
      fs.writeFileSync(path.join(src, name), content);
    }
    const file = path.join(dir, 'archive.tzst');
    execFileSync(
      'tar',
      ['--posix', '--use-compress-program', 'zstd -T0', '-cf', file, '-C', src, ...Object.keys(files)],
      {
        stdio: 'pipe',
      },
    );
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

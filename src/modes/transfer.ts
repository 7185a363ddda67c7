/**
 * Collected results move between jobs as workflow artifacts, through the real @actions/artifact client:
 * uploaded by `collect`, listed and downloaded by `report` (this run) and `comment` (another run, via
 * `findBy`). Downloads go to a fresh folder under RUNNER_TEMP, never the workspace, and only the one
 * expected file is read from it, as a regular file under a size cap.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTIFACT_PREFIX, MAX_PAYLOAD_BYTES, PAYLOAD_FILE } from './payload.js';

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

export interface FoundArtifact {
  id: number;
  name: string;
}

/** The artifact operations the modes use; tests of the modes' logic can pass their own. */
export interface Transfer {
  /** Upload `files` (siblings in one folder) as artifact `name`, replacing one of that name. */
  upload(name: string, files: string[], retentionDays?: number): Promise<void>;
  list(findBy?: FindBy): Promise<FoundArtifact[]>;
  /** Download into `dir` and return the payload's text. */
  read(artifact: FoundArtifact, dir: string, findBy?: FindBy): Promise<string>;
}

/** Through the real @actions/artifact client, loaded on the first call. */
export function artifactTransfer(): Transfer {
  let loaded: Promise<import('@actions/artifact').ArtifactClient> | undefined;
  const artifacts = () =>
    (loaded ??= import('@actions/artifact').then(({ DefaultArtifactClient }) => new DefaultArtifactClient()));
  return {
    async upload(name, files, retentionDays) {
      const client = await artifacts();
      // A re-run of the job finds its first attempt's artifact under the same name: replace it.
      try {
        await client.deleteArtifact(name);
      } catch {
        // none to replace
      }
      await client.uploadArtifact(
        name,
        files,
        path.dirname(files[0]),
        retentionDays ? { retentionDays } : {},
      );
    },
    async list(findBy) {
      const client = await artifacts();
      const r = await client.listArtifacts({ latest: true, ...(findBy ? { findBy } : {}) });
      return r.artifacts
        .filter((a) => a.name.startsWith(ARTIFACT_PREFIX))
        .map((a) => ({ id: a.id, name: a.name }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async read(artifact, dir, findBy) {
      fs.mkdirSync(dir, { recursive: true });
      const client = await artifacts();
      await client.downloadArtifact(artifact.id, { path: dir, ...(findBy ? { findBy } : {}) });
      return readPayloadFile(dir);
    },
  };
}

/** The payload file of a downloaded artifact: a regular file of bounded size, or an error saying why not. */
export function readPayloadFile(dir: string): string {
  const file = path.join(dir, PAYLOAD_FILE);
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    throw new Error(`it holds no ${PAYLOAD_FILE}`);
  }
  if (!st.isFile()) throw new Error(`its ${PAYLOAD_FILE} is not a regular file`);
  if (st.size > MAX_PAYLOAD_BYTES)
    throw new Error(`its ${PAYLOAD_FILE} is larger than ${MAX_PAYLOAD_BYTES} bytes`);
  return fs.readFileSync(file, 'utf8');
}

/**
 * Collected results move between jobs as workflow artifacts, through the real @actions/artifact client:
 * uploaded by `collect`, listed and downloaded by `report` (this run) and `comment` (another run, via
 * `findBy`). Downloads go to a fresh folder of a random name under RUNNER_TEMP, never the workspace,
 * and are never extracted: only the one expected file is read out of the zip, under byte caps
 * (src/history/bounded-artifact.ts). Every call has a deadline.
 */
import * as path from 'node:path';
import { apiTimeoutMs, withDeadline } from '../github/client.js';
import { readArtifactEntry } from '../history/bounded-artifact.js';
import { storeTimeoutMs } from '../history/toolkit.js';
import { ARTIFACT_PREFIX, PAYLOAD_FILE } from './payload.js';

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

export interface FoundArtifact {
  id: number;
  name: string;
  /** The zip's size as listed, checked before anything is downloaded. */
  size?: number;
}

/** The artifact operations the modes use; tests of the modes' logic can pass their own. */
export interface Transfer {
  /** Upload `files` (siblings in one folder) as artifact `name`, replacing one of that name. */
  upload(name: string, files: string[], retentionDays?: number): Promise<void>;
  list(findBy?: FindBy): Promise<FoundArtifact[]>;
  /** Download into a scratch folder under `dir` (removed again) and return the payload's text. */
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
      await withDeadline('the artifact service (upload)', storeTimeoutMs(process.env), () =>
        client.uploadArtifact(name, files, path.dirname(files[0]), retentionDays ? { retentionDays } : {}),
      );
    },
    async list(findBy) {
      const client = await artifacts();
      const r = await withDeadline('the artifact service (list)', apiTimeoutMs(), () =>
        client.listArtifacts({ latest: true, ...(findBy ? { findBy } : {}) }),
      );
      return r.artifacts
        .filter((a) => a.name.startsWith(ARTIFACT_PREFIX))
        .map((a) => ({ id: a.id, name: a.name, size: a.size }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    async read(artifact, dir, findBy) {
      const client = await artifacts();
      const r = await readArtifactEntry({
        tempDir: dir,
        entry: PAYLOAD_FILE,
        listedSize: artifact.size,
        download: (into) =>
          withDeadline('the artifact service (download)', storeTimeoutMs(process.env), () =>
            client.downloadArtifact(artifact.id, {
              path: into,
              skipDecompress: true,
              ...(findBy ? { findBy } : {}),
            }),
          ),
      });
      return r.text;
    },
  };
}

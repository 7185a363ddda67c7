/**
 * A blob endpoint that behaves like Azure Blob Storage behind a SAS URL, for what the Azure SDK and
 * the toolkit do with it: PUT (single shot, `x-ms-blob-type: BlockBlob`), PUT `comp=block`, PUT
 * `comp=blocklist` (committing `<Latest>` ids in order) and GET. Every request must carry a valid
 * signature, a permission that allows it (`r` to read, `c`/`w` to write) and an unexpired `se`.
 */
import { randomUUID } from 'node:crypto';
import type { Router, StandinRequest, StandinResponse } from '../http.js';
import type { ResultsState } from './state.js';

const BLOB = /^(\/devstoreaccount1\/[^/]+\/.+)$/;

function azureError(status: number, code: string, message: string): StandinResponse {
  return {
    status,
    headers: { 'x-ms-error-code': code, 'content-type': 'application/xml', 'x-ms-request-id': randomUUID() },
    body: Buffer.from(
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    ),
  };
}

function written(data: Buffer): StandinResponse {
  return {
    status: 201,
    headers: {
      etag: `"0x${data.length.toString(16)}${Date.now().toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2024-11-04',
      'x-ms-request-server-encrypted': 'true',
    },
  };
}

export function blobRoutes(router: Router, s: ResultsState): void {
  const authorize = (req: StandinRequest, need: string): StandinResponse | undefined => {
    const why = s.signer.check(req.url.pathname, req.url.searchParams, need, s.now());
    return why ? azureError(403, why.code, why.message) : undefined;
  };

  router.route('PUT', BLOB, (req) => {
    const denied = authorize(req, 'cw');
    if (denied) return denied;
    const path = req.params[0];
    const comp = req.url.searchParams.get('comp');
    const contentType = String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
    const blob = s.blobs.get(path) ?? {
      data: Buffer.alloc(0),
      contentType,
      staged: new Map<string, Buffer>(),
    };
    s.blobs.set(path, blob);
    if (comp === 'block') {
      const id = req.url.searchParams.get('blockid');
      if (!id) return azureError(400, 'InvalidQueryParameterValue', 'blockid is required');
      blob.staged.set(id, req.body);
      return written(req.body);
    }
    if (comp === 'blocklist') {
      const ids = [...req.body.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)<\//g)].map(
        (m) => m[1],
      );
      const parts: Buffer[] = [];
      for (const id of ids) {
        const part = blob.staged.get(id);
        if (!part) return azureError(400, 'InvalidBlockList', `block ${id} was never staged`);
        parts.push(part);
      }
      blob.data = Buffer.concat(parts);
      blob.contentType = contentType;
      blob.staged.clear();
      return written(blob.data);
    }
    if (comp) return azureError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported here`);
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
      return azureError(400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required');
    blob.data = req.body;
    blob.contentType = contentType;
    return written(blob.data);
  });

  router.route('GET', BLOB, (req) => {
    const denied = authorize(req, 'r');
    if (denied) return denied;
    const blob = s.blobs.get(req.params[0]);
    if (!blob || (blob.data.length === 0 && blob.staged.size > 0))
      return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
    return {
      status: 200,
      headers: {
        'content-type': blob.contentType,
        etag: `"0x${blob.data.length.toString(16)}"`,
        'x-ms-request-id': randomUUID(),
        'x-ms-blob-type': 'BlockBlob',
      },
      body: blob.data,
    };
  });
}

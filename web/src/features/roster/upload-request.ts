import { client } from '../../app/urql-client';
import { graphql } from '../../gql';
import type { PersonImportProgressQuery } from '../../gql/graphql';

/** Where the SPA uploads a roster file (`POST /imports/persons`, the server's streamed import). */
export const UPLOAD_URL = '/imports/persons';

export const PersonImportProgressDocument = graphql(`
  query PersonImportProgress($id: ID!) {
    personImport(id: $id) {
      id
      status
      dryRun
      totalRows
      rowsRead
      validRows
      created
      updated
      rejectedRows
      progress
      errorCode
      unknownAgencyCodes
      rowErrors { line field code }
    }
  }
`);

export type PersonImportProgress = NonNullable<PersonImportProgressQuery['personImport']>;

/** The upload was refused (a code from the shared list, with the CSV column when it names one), or `network`. */
export class UploadRefusal extends Error {
  constructor(
    readonly code: string,
    readonly field: string | null = null,
  ) {
    super(code);
  }
}

/**
 * Uploads a roster file as the request body (`text/csv`), with the session cookie and the
 * GraphQL endpoint's CSRF header, through XMLHttpRequest: only XHR reports upload
 * progress. Answers the import's id; the import then runs on the server.
 */
export function uploadRoster(file: Blob, dryRun: boolean, onProgress?: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${UPLOAD_URL}${dryRun ? '?dryRun=true' : ''}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new UploadRefusal('network'));
    xhr.ontimeout = () => reject(new UploadRefusal('network'));
    xhr.onload = () => {
      const body = xhr.response as { id?: string; error?: { code?: string; field?: string | null } } | null;
      if (xhr.status === 202 && body?.id) resolve(body.id);
      else reject(new UploadRefusal(body?.error?.code ?? (xhr.status >= 500 || !body ? 'server/internal' : 'request/bad'), body?.error?.field ?? null));
    };
    xhr.send(file);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads the import through GraphQL until it is COMPLETED or FAILED, telling each reading. */
export async function followImport(id: string, onProgress: (imp: PersonImportProgress) => void, everyMs = 500): Promise<PersonImportProgress> {
  for (;;) {
    const res = await client.query(PersonImportProgressDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    const imp = res.data?.personImport;
    if (res.error || !imp) throw new UploadRefusal((res.error?.graphQLErrors[0]?.extensions?.code as string | undefined) ?? (res.error?.networkError ? 'network' : 'object/not-found'));
    onProgress(imp);
    if (imp.status === 'COMPLETED' || imp.status === 'FAILED') return imp;
    await sleep(everyMs);
  }
}

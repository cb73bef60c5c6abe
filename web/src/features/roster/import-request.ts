import { print } from 'graphql';
import { GRAPHQL_URL } from '../../app/urql-client';
import { graphql } from '../../gql';
import type { ImportPersonsMutation } from '../../gql/graphql';

export const ImportPersonsDocument = graphql(`
  mutation ImportPersons($csv: String!, $dryRun: Boolean!) {
    importPersons(csv: $csv, dryRun: $dryRun) {
      dryRun
      totalRows
      validRows
      created
      updated
      rejectedRows
      errors { code field }
      rowErrors { row field code }
      unknownAgencyCodes
    }
  }
`);

export type ImportResult = ImportPersonsMutation['importPersons'];

export class ImportRequestError extends Error {
  constructor(
    /** `network`, or a top-level error code from the server. */
    readonly code: string,
  ) {
    super(code);
  }
}

/**
 * Sends the import through XMLHttpRequest rather than urql's fetch: only XHR reports
 * upload progress, which drives the progress bar of a large roster file.
 */
export function sendImport(
  csv: string,
  dryRun: boolean,
  on: { progress?: (share: number) => void; uploaded?: () => void } = {},
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', GRAPHQL_URL);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) on.progress?.(e.loaded / e.total);
    };
    xhr.upload.onload = () => on.uploaded?.();
    xhr.onerror = () => reject(new ImportRequestError('network'));
    xhr.ontimeout = () => reject(new ImportRequestError('network'));
    xhr.onload = () => {
      const body = xhr.response as { data?: ImportPersonsMutation | null; errors?: { extensions?: { code?: string } }[] } | null;
      if (body?.data?.importPersons) resolve(body.data.importPersons);
      else reject(new ImportRequestError(body?.errors?.[0]?.extensions?.code ?? (xhr.status >= 500 || !body ? 'server/internal' : 'request/bad')));
    };
    xhr.send(JSON.stringify({ query: print(ImportPersonsDocument), variables: { csv, dryRun }, operationName: 'ImportPersons' }));
  });
}

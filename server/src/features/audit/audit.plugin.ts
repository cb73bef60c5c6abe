import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { audit, personalReadEntries, type AuditEntry } from './audit.service.js';

/** Mutations that write their own, more precise entries. */
const SELF_AUDITED = new Set(['signIn', 'verifyMfa', 'redeemInvitation', 'confirmMfaEnrolment', 'exportPersonData']);

/**
 * The trail: one entry per mutation field a caller ran (without its arguments,
 * which may hold personal values), and one per person whose personal fields a token read.
 */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, operation, response }) {
        if (!contextValue?.viewer) return;
        const entries: AuditEntry[] = [];
        if (operation?.operation === 'mutation') {
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          for (const sel of (operation as OperationDefinitionNode).selectionSet.selections) {
            if (sel.kind !== Kind.FIELD || SELF_AUDITED.has(sel.name.value)) continue;
            const key = sel.alias?.value ?? sel.name.value;
            const payload = (body?.data as Record<string, { errors?: unknown[] } | null> | undefined)?.[key];
            entries.push({ action: `mutation.${sel.name.value}`, details: { ok: !!payload && !(payload.errors?.length), operation: operation.name?.value ?? null } });
          }
        }
        entries.push(...personalReadEntries(contextValue.personalReads));
        if (entries.length > 0) await audit(contextValue.em.fork(), contextValue.viewer, contextValue.ip, entries);
      },
    };
  },
};

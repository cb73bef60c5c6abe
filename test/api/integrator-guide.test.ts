import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { ALL_ERROR_CODES, SCOPES } from '@lintas/shared';
import { DEMO, startServer, type RunningServer } from '../support/server.js';
import { tokenClient } from '../support/auth.js';
import { REQUIRE_ALL } from '../support/requirements.js';

// The integrator guide is a contract: its codes, scopes and limits are the real ones, and
// every curl example in it runs against the real server here, so the guide cannot rot.
const GUIDE = readFileSync(new URL('../../docs/INTEGRATORS.md', import.meta.url), 'utf8');
const SCHEMA = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'));

interface Block { lang: string; code: string; heading: string }
const BLOCKS: Block[] = [...GUIDE.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({
  lang: m[1]!, code: m[2]!, heading: [...GUIDE.slice(0, m.index).replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? '',
}));
/** GraphQL documents saved as files: the first line names the file. */
const DOCUMENTS = BLOCKS.filter((b) => b.lang === 'graphql').map((b) => ({ file: /^# (\S+\.graphql)/.exec(b.code)?.[1], code: b.code }));
/** Shell examples that talk to a server. */
const EXAMPLES = BLOCKS.filter((b) => b.lang === 'sh' && b.code.includes('$LINTAS_URL'));

/** Documents written inline in the shell examples: JSON `"query":"…"` and `--data-urlencode 'query=…'`. */
function inlineDocuments(): string[] {
  const found: string[] = [];
  for (const { code } of EXAMPLES) {
    for (const m of code.matchAll(/"query":("(?:[^"\\]|\\.)*")/g)) found.push(JSON.parse(m[1]!));
    for (const m of code.matchAll(/'query=([^']*)'/g)) found.push(m[1]!);
  }
  return found;
}

/** Splits what `jq .` and `jq -c` print into the JSON values printed. */
function jsonValues(stdout: string): unknown[] {
  const values: unknown[] = [];
  let pending = '';
  for (const line of stdout.split('\n')) {
    if (!pending && !line.trim()) continue;
    pending += `${line}\n`;
    try {
      values.push(JSON.parse(pending));
      pending = '';
    } catch {
      /* a value spread over several lines: read on */
    }
  }
  if (pending.trim()) throw new Error(`not JSON: ${pending.slice(0, 300)}`);
  return values;
}

/** Every `errors` / `rowErrors` list in a response, wherever it sits. */
function errorsIn(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => errorsIn(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    (k === 'errors' || k === 'rowErrors') && Array.isArray(v) && v.length ? [`${path}.${k}: ${JSON.stringify(v)}`] : errorsIn(v, `${path}.${k}`));
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

describe('docs/INTEGRATORS.md', () => {
  it('lists every error code of shared/src/errors.ts', () => {
    const missing = ALL_ERROR_CODES.filter((code) => !GUIDE.includes(`\`${code}\``));
    expect(missing, 'add these codes to the error table of docs/INTEGRATORS.md').toEqual([]);
  });

  it('explains every token scope', () => {
    expect(SCOPES.filter((s) => !GUIDE.includes(`| \`${s}\` |`))).toEqual([]);
  });

  it('states the limits the server enforces', async () => {
    const { LIMITS } = await import('../../server/dist/graphql/protection.js');
    const n = (x: number) => x.toLocaleString('en-US');
    for (const figure of [`${n(LIMITS.maxQueryCost)}`, `${n(LIMITS.budget)}`, `${n(LIMITS.restorePerSecond)} points a second`,
      `depth ${LIMITS.maxDepth}`, `${LIMITS.maxAliases} aliases`, `${n(LIMITS.maxTokens)} tokens`, `${LIMITS.maxDirectives} directives`]) {
      expect(GUIDE, figure).toContain(figure);
    }
  });

  it('has GraphQL examples that are valid against the committed schema', () => {
    const documents = [...DOCUMENTS.map((d) => d.code), ...inlineDocuments()];
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(4);
    expect(DOCUMENTS.every((d) => d.file)).toBe(true);
    for (const doc of documents) {
      expect(validate(SCHEMA, parse(doc)).map((e) => e.message), doc).toEqual([]);
    }
  });
});

describe('the curl examples of docs/INTEGRATORS.md against the real server', () => {
  let server: RunningServer;
  let token: string;
  let dir: string;
  const tools = has('curl') && has('jq') && has('bash');

  beforeAll(async () => {
    if (!tools) return;
    server = await startServer({ seed: 'demo' });
    const organizer = await server.signIn(...DEMO.organizerBabel);
    token = (await tokenClient(server, organizer, ['roster:read', 'roster:write', 'schedule:read', 'reports:read'], 'guide examples')).secret;
    dir = mkdtempSync(join(tmpdir(), 'lintas-guide-'));
    for (const d of DOCUMENTS) writeFileSync(join(dir, d.file!), d.code);
  });
  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the worked examples the guide promises', () => {
    const all = EXAMPLES.map((e) => e.code).join('\n');
    for (const needle of ['import-persons.graphql', 'cohort-schedule.graphql', 'monthly-participation.graphql', 'below-20-jp.graphql', 'createApiToken', 'persistedQuery']) {
      expect(all, needle).toContain(needle);
    }
  });

  it.each(EXAMPLES.map((e) => [e.heading, e.code] as const))(
    '"%s" runs without an error',
    (_heading, code) => {
      if (!tools) {
        const msg = 'curl, jq or bash missing: the guide\'s curl examples were SKIPPED (their GraphQL was still validated).';
        if (REQUIRE_ALL) throw new Error(msg);
        console.warn(`\n*** ${msg}\n`);
        return;
      }
      const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', code], {
        cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LINTAS_URL: server.url, LINTAS_TOKEN: token },
      });
      expect(run.status, `${run.stderr}\n${run.stdout.slice(0, 2000)}`).toBe(0);
      const values = jsonValues(run.stdout);
      expect(values.length).toBeGreaterThan(0);
      expect(values.flatMap((v) => errorsIn(v))).toEqual([]);

      if (code.includes('persistedQuery')) {
        // Hash alone: unknown; hash and query: registered and run; hash alone: run.
        expect(values).toEqual(['PERSISTED_QUERY_NOT_FOUND', 'DLA-2026-02', 15]);
      }
      if (code.includes('below-20-jp.graphql')) {
        expect(values.length).toBeGreaterThan(100); // more than one page was walked
        for (const p of values as { nip: string; agency: { code: string } }[]) {
          expect(p.nip).toMatch(/^\d{18}$/);
          expect(p.agency.code).toBe('BABEL-DISKOMINFO');
        }
        expect(new Set((values as { nip: string }[]).map((p) => p.nip)).size).toBe(values.length);
      }
      if (code.includes('import-persons.graphql')) {
        const [dry, real] = values as { data: { importPersons: { dryRun: boolean; created: number; updated: number } } }[];
        expect(dry!.data.importPersons).toMatchObject({ dryRun: true, created: 2, updated: 0 });
        expect(real!.data.importPersons).toMatchObject({ dryRun: false, created: 2, updated: 0 });
      }
    },
    150_000,
  );
});

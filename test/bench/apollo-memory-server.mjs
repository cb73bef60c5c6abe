// The baseline of benchmark 3: a plain Apollo Server (standalone, graphql-js resolvers)
// with Lintas's own schema, answering `cohorts` from memory with the data Lintas returned.
// Given a PostgreSQL URL, the mixed load's three writes (withdraw, enroll, recordAttendance)
// are each one UPDATE on that database: the least a server must do for them.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pg from 'pg';

const { fromGlobalId } = await import(new URL('../../server/dist/graphql/global-id.js', import.meta.url));

const [schemaPath, dataPath, port, databaseUrl] = process.argv.slice(2);
const data = JSON.parse(readFileSync(dataPath, 'utf8'));
const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 10 }) : null;
const id = (globalId) => fromGlobalId(globalId)?.id;
const done = { errors: [] };
const Mutation = pool ? {
  withdraw: async (_, { input }) => {
    await pool.query("update enrollment set status = 'WITHDRAWN', updated_at = now() where id = $1", [id(input.enrollmentId)]);
    return done;
  },
  enroll: async (_, { input }) => {
    await pool.query("update enrollment set status = 'ENROLLED', updated_at = now() where cohort_id = $1 and person_id = any($2::int[])", [id(input.cohortId), input.personIds.map(id)]);
    return done;
  },
  recordAttendance: async (_, { sessionId, entries }) => {
    for (const e of entries) await pool.query('update attendance set status = $1, recorded_at = now(), updated_at = now() where session_id = $2 and person_id = $3', [e.status, id(sessionId), id(e.personId)]);
    return done;
  },
} : undefined;
const server = new ApolloServer({
  typeDefs: readFileSync(schemaPath, 'utf8'),
  // Every other field is graphql-js's default resolver reading the object in memory.
  resolvers: { Query: { cohorts: () => data.cohorts }, Cohort: { enrollments: (c) => c.enrollments }, ...(Mutation ? { Mutation } : {}) },
});
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`ready ${url}`);
process.on('SIGTERM', () => server.stop().then(() => pool?.end()).then(() => process.exit(0)));

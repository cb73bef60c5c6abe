// The baseline of benchmark 3: a plain Apollo Server (standalone, graphql-js resolvers)
// with Lintas's own schema, answering `cohorts` from memory with the data Lintas returned.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const [schemaPath, dataPath, port] = process.argv.slice(2);
const data = JSON.parse(readFileSync(dataPath, 'utf8'));
const server = new ApolloServer({
  typeDefs: readFileSync(schemaPath, 'utf8'),
  // Every other field is graphql-js's default resolver reading the object in memory.
  resolvers: { Query: { cohorts: () => data.cohorts }, Cohort: { enrollments: (c) => c.enrollments } },
});
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`ready ${url}`);
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));

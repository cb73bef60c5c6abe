// Issue 7, benchmark 1: SQL statements per GraphQL request for a three-level list.
import { ROSTER, rosterFixture } from './roster-fixture.mjs';
import { fmt, gql, machine, signIn, startLintas } from './support.mjs';

export async function statementsBench() {
  const rows = [];
  for (const dialect of ['sqlite', 'postgresql']) {
    const { databaseUrl } = await rosterFixture(dialect);
    // The count is reported only outside production, so a second process on the same database answers.
    const server = await startLintas(databaseUrl, { production: false, seed: 'none' });
    const headers = await signIn(server.url);
    const counts = [];
    for (const first of [1, 10, 100]) {
      const res = await gql(server.url, ROSTER, { first }, headers);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      const people = res.data.cohorts.nodes.flatMap((c) => c.enrollments.nodes.map((e) => e.person.name)).length;
      counts.push({ first, people, statements: res.extensions.sqlStatements });
    }
    // The same request again, nothing changed since: the kept answer, after one statement that compares versions.
    const page1 = await gql(server.url, ROSTER, { first: 10 }, headers);
    if (page1.extensions.cachedAnswer !== true) throw new Error('the repeated request did not reuse the kept answer');
    const page2 = await gql(server.url, ROSTER, { first: 10, after: page1.data.cohorts.pageInfo.endCursor }, headers);
    await server.stop();
    for (const c of counts) rows.push(`| ${dialect} | cohorts(first: ${c.first}) | ${fmt(c.people)} | ${c.statements} |`);
    rows.push(`| ${dialect} | cohorts(first: 10) again, answer kept | ${fmt(page1.data.cohorts.nodes.length * 10)} | ${page1.extensions.sqlStatements} |`);
    rows.push(`| ${dialect} | next page (first: 10, after) | ${fmt(page2.data.cohorts.nodes.length * 10)} | ${page2.extensions.sqlStatements} |`);
  }
  return [
    '## SQL statements per GraphQL request (issue 7, benchmark 1)',
    '',
    `Machine: ${machine()}. The query an integrator sends to copy rosters, three levels deep:`,
    '`cohorts(first: N) { totalCount pageInfo nodes { … enrollments(first: 10) { totalCount nodes { id status person { id name eselonGroup generation } } } } }`,',
    'as the Babel organizer (session cookie), every cohort holding ten people. Counted is every statement the request runs:',
    'the session lookup, the cost budget (one `INSERT … ON CONFLICT DO UPDATE … RETURNING`), and the answer: the planner',
    'compiles this query into one statement whose result is the JSON of `data` (server/src/graphql/sql-plan/); asked again',
    'with the data unchanged, that statement only compares the data version and the kept answer is sent. Through the',
    "resolvers (`LINTAS_SQL_PLAN=0`, checked by test/api/sql-statements.test.ts) it is 4: the cohort page with the list's size",
    "beside it as a scalar subquery, then all those cohorts' enrolments with their people (window functions, one join).",
    '',
    '| database | request | people in the answer | SQL statements |',
    '|---|---|---:|---:|',
    ...rows,
    '',
    'Target: constant and at most 4.',
  ].join('\n');
}

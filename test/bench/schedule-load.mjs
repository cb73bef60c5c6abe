// Issue 7 benchmark 6: p50 and p99 latency of `mySchedule` under load (autocannon, 50
// connections, bounded duration, 127.0.0.1 only), against baselines measured in the same
// run on the same server: `GET /healthz` and a trivial GraphQL query by the same callers.
import autocannon from 'autocannon';
import { fmt, gql, participantCookies } from './national.mjs';

const CONNECTIONS = 50;
const SECONDS = 15;
const PARTICIPANTS = 200;
const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
const MY_SCHEDULE = 'query($from: DateTimeISO!, $to: DateTimeISO!) { mySchedule(from: $from, to: $to) { date startTime endTime zone title place cohortCode cancelled } }';
const TRIVIAL = 'query { viewer { role } }';

function run(url, { method = 'POST', path, body, cookies }) {
  let next = 0;
  return autocannon({
    url, connections: CONNECTIONS, duration: SECONDS, timeout: 60,
    requests: [{
      method, path, ...(body ? { body: JSON.stringify(body) } : {}),
      headers: body ? { 'content-type': 'application/json' } : {},
      setupRequest: (req) => (cookies ? { ...req, headers: { ...req.headers, cookie: cookies[next++ % cookies.length] } } : req),
    }],
  });
}

const summary = (r) => ({ p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, total: r.requests.total, non2xx: r.non2xx, errors: r.errors });

export async function scheduleLoad(db, server) {
  const cookies = await participantCookies(db, PARTICIPANTS);
  // Every caller sees a schedule (the query does real work), checked once before the load.
  const sizes = [];
  for (const cookie of cookies.slice(0, 5)) sizes.push((await gql(server.url, { cookie }, MY_SCHEDULE, WINDOW)).data.mySchedule.length);
  if (sizes.some((n) => n === 0)) throw new Error(`participants without sessions: ${sizes}`);
  const healthz = summary(await run(server.url, { method: 'GET', path: '/healthz' }));
  const trivial = summary(await run(server.url, { path: '/graphql', body: { query: TRIVIAL }, cookies }));
  const schedule = summary(await run(server.url, { path: '/graphql', body: { query: MY_SCHEDULE, variables: WINDOW }, cookies }));
  console.log(`  load: healthz ${JSON.stringify(healthz)}\n  trivial ${JSON.stringify(trivial)}\n  mySchedule ${JSON.stringify(schedule)}`);
  return {
    healthz, trivial, schedule,
    section: (r) => [
      '## mySchedule under load (issue 7 benchmark 6)',
      '',
      `PostgreSQL with the national dataset of this run (${fmt(r.persons)} people, ${fmt(r.counts.sessions)} sessions, ${fmt(r.counts.enrollments)} enrolments), the built server in production mode. autocannon ${'`'}9.0.0${'`'}, ${CONNECTIONS} connections for ${SECONDS} s each, only to 127.0.0.1, in turn: ${'`'}GET /healthz${'`'} (database ping), a trivial GraphQL query (${'`'}viewer { role }${'`'}: session check and cost budget, no data) and ${'`'}mySchedule${'`'} (${WINDOW.from.slice(0, 10)}..${WINDOW.to.slice(0, 10)}), both by ${PARTICIPANTS} signed-in participants in rotation, each with ${sizes.join(', ')}… sessions in that window. The load generator shares the two cores with the server and PostgreSQL.`,
      '',
      '| request | p50 ms | p99 ms | requests/s | requests | non-2xx | errors |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...[['GET /healthz', healthz], ['trivial GraphQL query', trivial], ['mySchedule', schedule]].map(([name, s]) => `| ${name} | ${s.p50} | ${s.p99} | ${s.rps.toFixed(0)} | ${fmt(s.total)} | ${s.non2xx} | ${s.errors} |`),
      '',
      `mySchedule ÷ trivial query: p50 **${(schedule.p50 / trivial.p50).toFixed(2)}**, p99 **${(schedule.p99 / trivial.p99).toFixed(2)}**; ÷ /healthz: p50 ${(schedule.p50 / healthz.p50).toFixed(2)}, p99 ${(schedule.p99 / healthz.p99).toFixed(2)}.`,
    ].join('\n'),
  };
}

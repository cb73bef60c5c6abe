import pg from 'pg';
import sqlite3 from 'sqlite3';

/**
 * Reads a server's database directly (`DATABASE_URL` as the test server runs on it),
 * for tests that assert what was written beside what the API answers.
 */
export async function sqlRows<T = Record<string, unknown>>(databaseUrl: string, sql: string): Promise<T[]> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new sqlite3.Database(databaseUrl.slice('sqlite:'.length), sqlite3.OPEN_READONLY);
    try {
      return await new Promise<T[]>((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
    } finally {
      await new Promise((resolve) => db.close(resolve));
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Writes to a server's database directly, for tests that set up a state the API cannot make (data from before a feature). */
export async function sqlRun(databaseUrl: string, sql: string): Promise<void> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new sqlite3.Database(databaseUrl.slice('sqlite:'.length));
    try {
      await new Promise<void>((resolve, reject) => db.run(sql, (err) => (err ? reject(err) : resolve())));
    } finally {
      await new Promise((resolve) => db.close(resolve));
    }
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Direct database access for specs that must set up state the UI is not for (who a flag enables). The
 * e2e runner passes the URL of the database it started; never the UI, never another database.
 */
import pg from "pg";

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const url = process.env.DATABASE_URL;
  if (!url || !/@(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error("e2e specs need the local DATABASE_URL");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Enrols people in a flag as staff would, and bumps its version so every app instance sees it. */
export async function enrol(flagName: string, emails: string[]): Promise<void> {
  await sql(
    `INSERT INTO user_feature_flags (user_id, flag_name, enabled, source, enrolled_at)
     SELECT id, $1, true, 'manual', now() FROM users WHERE email = ANY($2)
     ON CONFLICT (user_id, flag_name) DO UPDATE SET enabled = true`,
    [flagName, emails],
  );
  await sql(`UPDATE feature_flags SET version = version + 1 WHERE flag_name = $1`, [flagName]);
}

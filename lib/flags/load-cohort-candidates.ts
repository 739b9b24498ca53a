import { Prisma } from "@/lib/db";
import { BETA_TESTER_TAG, DEFAULT_ACTIVE_WITHIN_DAYS } from "@/lib/flags/cohorts";
import type { AutomaticCohort, StoredCandidate } from "@/lib/flags/select-cohort";

const DAY_MS = 86_400_000;

interface CandidateRow {
  id: string;
  email: string;
  name: string;
  tags: string[];
  last_sign_in_at: Date | null;
  in_beta_program: boolean;
  enrolment_enabled: boolean | null;
  enrolment_source: string | null;
}

// "+beta" before the last "@" is "+beta" in the local part, as `isBetaTester` reads it; unlike split_part(),
// the trigram index on email can answer this pattern.
const PLUS_BETA_ADDRESS = Prisma.raw(`'%+beta%@%'`);

/** The SQL twin of `isBetaTester` for one row: programme, tag or a "+beta" sub-address. */
const IS_BETA_TESTER = Prisma.sql`(b.user_id IS NOT NULL OR u.tags @> ARRAY[${BETA_TESTER_TAG}]::text[]
  OR u.email ILIKE ${PLUS_BETA_ADDRESS})`;

/**
 * The same people as a set each index answers (programme table, tag GIN index, e-mail trigram index). With
 * the OR above as the filter, PostgreSQL read and sorted every user to find them: 3.9 s of a million users
 * against 0.6 s this way.
 */
const BETA_TESTER_IDS = Prisma.sql`u.id IN (
  SELECT user_id FROM beta_program_enrollment
  UNION SELECT id FROM users WHERE tags @> ARRAY[${BETA_TESTER_TAG}]::text[]
  UNION SELECT id FROM users WHERE email ILIKE ${PLUS_BETA_ADDRESS})`;

interface Tier {
  where: Prisma.Sql;
  /**
   * Only people who signed in: their order is the same with nulls first, and that order is the sign-in
   * index read backwards, so PostgreSQL stops after `limit` rows instead of sorting every active person.
   */
  hasSignedIn: boolean;
}

function candidateQuery(flagName: string | null, tier: Tier, limit: number): Prisma.Sql {
  const nulls = tier.hasSignedIn ? Prisma.sql`NULLS FIRST` : Prisma.sql`NULLS LAST`;
  return Prisma.sql`
    SELECT u.id, u.email, u.name, u.tags, u.last_sign_in_at,
           (b.user_id IS NOT NULL) AS in_beta_program,
           uff.enabled AS enrolment_enabled, uff.source AS enrolment_source
    FROM users u
    LEFT JOIN beta_program_enrollment b ON b.user_id = u.id
    LEFT JOIN user_feature_flags uff ON uff.user_id = u.id AND uff.flag_name = ${flagName ?? ""}
    WHERE u.deleted_at IS NULL AND uff.enabled IS DISTINCT FROM false AND ${tier.where}
    ORDER BY u.last_sign_in_at DESC ${nulls}, u.id
    LIMIT ${limit}`;
}

function toCandidate(row: CandidateRow): StoredCandidate {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    tags: row.tags,
    inBetaProgram: row.in_beta_program,
    lastLoginAt: row.last_sign_in_at,
    deletedAt: null,
    enrolment:
      row.enrolment_enabled === null
        ? null
        : { enabled: row.enrolment_enabled, source: row.enrolment_source ?? "manual" },
  };
}

/**
 * At most `limit` users of each tier an automatic cohort draws from (beta testers, then people active in the
 * last 30 days, most recent sign-in first), opt-outs of the flag left out. Bounded by the cohort's target, so
 * picking 50,000 of a million people reads about 50,000 rows, not a million; the ordering and the choice stay
 * with the pure `selectCohort`.
 */
export async function loadCohortCandidates(
  client: Prisma.TransactionClient,
  flagName: string | null,
  cohort: AutomaticCohort,
  limit: number,
  now: Date,
): Promise<StoredCandidate[]> {
  if (limit <= 0) return [];
  const activeSince = new Date(now.getTime() - DEFAULT_ACTIVE_WITHIN_DAYS * DAY_MS);
  const isActive = Prisma.sql`u.last_sign_in_at > ${activeSince}`;
  const tiers: Tier[] =
    cohort === "beta_testers"
      ? [
          { where: BETA_TESTER_IDS, hasSignedIn: false },
          { where: Prisma.sql`${isActive} AND NOT ${IS_BETA_TESTER}`, hasSignedIn: true },
        ]
      : [{ where: isActive, hasSignedIn: true }];
  const rows = (
    await Promise.all(
      tiers.map((tier) => client.$queryRaw<CandidateRow[]>(candidateQuery(flagName, tier, limit))),
    )
  ).flat();
  return rows.map(toCandidate);
}

/** Live users with one of these addresses (compared case-insensitively), with their enrolment in the flag. */
export async function loadCandidatesByEmail(
  client: Prisma.TransactionClient,
  flagName: string | null,
  emails: readonly string[],
): Promise<StoredCandidate[]> {
  if (emails.length === 0) return [];
  const rows = await client.$queryRaw<CandidateRow[]>`
    SELECT u.id, u.email, u.name, u.tags, u.last_sign_in_at,
           (b.user_id IS NOT NULL) AS in_beta_program,
           uff.enabled AS enrolment_enabled, uff.source AS enrolment_source
    FROM users u
    LEFT JOIN beta_program_enrollment b ON b.user_id = u.id
    LEFT JOIN user_feature_flags uff ON uff.user_id = u.id AND uff.flag_name = ${flagName ?? ""}
    WHERE u.deleted_at IS NULL AND lower(u.email) = ANY(${[...emails]}::text[])`;
  return rows.map(toCandidate);
}
